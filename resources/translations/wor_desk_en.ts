<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name></name>
    <message>
        <location filename="../../ui/launcher.py" line="64"/>
        <source>selftest_translation</source>
        <extracomment>A Dutch source string of the interface and its context: the English translation must differ.</extracomment>
        <translation>selftest_translation</translation>
    </message>
    <message>
        <location filename="../../ui/launcher.py" line="93"/>
        <source>selftest_window</source>
        <translation>selftest_window</translation>
    </message>
</context>
<context>
    <name>ActivityForm</name>
    <message>
        <location filename="../../ui/views/catalogue.py" line="143"/>
        <source>— kies —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="177"/>
        <location filename="../../ui/views/catalogue.py" line="197"/>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="178"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="179"/>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="191"/>
        <source>t/m</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="195"/>
        <source>bijv. nl, en, ar</source>
        <translation>e.g. nl, en, ar</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="226"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="227"/>
        <source>Soort aanbod</source>
        <translation>Type of offer</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="228"/>
        <source>Aanbieder</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="229"/>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="230"/>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="231"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="232"/>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="233"/>
        <source>Wijk</source>
        <translation>Neighbourhood</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="234"/>
        <source>Dagen</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="235"/>
        <source>Tijden</source>
        <translation>Times</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="236"/>
        <source>Kosten</source>
        <translation>Costs</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="237"/>
        <source>Aanmelden</source>
        <translation>How to sign up</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="238"/>
        <source>Contactpersoon</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="239"/>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="240"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="241"/>
        <source>Toegankelijkheid</source>
        <translation>Accessibility</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="242"/>
        <source>Rolstoeltoegankelijk</source>
        <translation>Wheelchair accessible</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="243"/>
        <source>Leeftijd</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="244"/>
        <source>Talen</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="245"/>
        <source>Actief vanaf</source>
        <translation>Active from</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="246"/>
        <source>Actief tot</source>
        <translation>Active until</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="247"/>
        <source>Plek</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="248"/>
        <source>Laatst gecontroleerd</source>
        <translation>Last checked</translation>
    </message>
</context>
<context>
    <name>ActivityModel</name>
    <message>
        <location filename="../../ui/views/catalogue.py" line="76"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="77"/>
        <source>Soort aanbod</source>
        <translation>Type of offer</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="78"/>
        <source>Wijk</source>
        <translation>Neighbourhood</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="79"/>
        <source>Dagen</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="80"/>
        <source>Plek</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="81"/>
        <source>Gecontroleerd</source>
        <translation>Checked</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="82"/>
        <source>Deelnemers</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="83"/>
        <source>Aanbieder</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="98"/>
        <source>  (regio)</source>
        <translation>  (region)</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="99"/>
        <source>  (gesloten)</source>
        <translation>  (closed)</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="104"/>
        <source>hele %1</source>
        <translation>all of %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="110"/>
        <source>nooit</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="116"/>
        <source>Uit de sociale kaart van de regio (wijzigen via een voorstel)</source>
        <translation>From the region&apos;s sociale kaart (change it through a proposal)</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="118"/>
        <source>Al lang niet gecontroleerd: kijk na of deze activiteit nog klopt</source>
        <translation>Not checked for a long time: check whether this activity is still correct</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../ui/views/privacy.py" line="151"/>
        <source>Logboek van de cliënt</source>
        <translation>The client&apos;s log</translation>
    </message>
    <message>
        <location filename="../../ui/views/privacy.py" line="155"/>
        <source>Wie (profiel), wanneer (UTC), wat en welke velden. De inhoud van gevoelige velden staat niet in het logboek. Het logboek kan niet worden gewijzigd.</source>
        <translation>Who (profile), when (UTC), what and which fields. The content of sensitive fields is not in the log. The log cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../ui/views/privacy.py" line="162"/>
        <source>Logboek</source>
        <translation>Log</translation>
    </message>
    <message>
        <location filename="../../ui/views/privacy.py" line="165"/>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/views/privacy.py" line="166"/>
        <source>Profiel</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../../ui/views/privacy.py" line="167"/>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/views/privacy.py" line="168"/>
        <source>Tabel</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../ui/views/privacy.py" line="169"/>
        <source>Velden</source>
        <translation>Fields</translation>
    </message>
    <message>
        <location filename="../../ui/views/privacy.py" line="177"/>
        <source>vastgelegd</source>
        <translation>recorded</translation>
    </message>
    <message>
        <location filename="../../ui/views/privacy.py" line="178"/>
        <source>gewijzigd</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../ui/views/privacy.py" line="179"/>
        <source>verwijderd</source>
        <translation>removed</translation>
    </message>
    <message>
        <location filename="../../ui/views/privacy.py" line="180"/>
        <source>gewist</source>
        <translation>erased</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../../ui/views/backup.py" line="29"/>
        <source>Even geduld</source>
        <translation>Please wait</translation>
    </message>
    <message>
        <location filename="../../ui/views/backup.py" line="39"/>
        <source>Back-up opslaan als</source>
        <translation>Save backup as</translation>
    </message>
    <message>
        <location filename="../../ui/views/backup.py" line="41"/>
        <source>WoR Desk-back-up (*.wdbak);;Alle bestanden (*)</source>
        <translation>WoR Desk backup (*.wdbak);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/views/backup.py" line="46"/>
        <source>Back-up maken…</source>
        <translation>Making backup…</translation>
    </message>
    <message>
        <location filename="../../ui/views/backup.py" line="52"/>
        <source>Back-up klaar</source>
        <translation>Backup ready</translation>
    </message>
    <message>
        <location filename="../../ui/views/backup.py" line="53"/>
        <source>De back-up staat in %1. Hij is versleuteld met uw wachtwoord en gecontroleerd.</source>
        <translation>The backup is in %1. It is encrypted with your passphrase and verified.</translation>
    </message>
    <message>
        <location filename="../../ui/views/backup.py" line="63"/>
        <source>Back-up mislukt</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <location filename="../../ui/views/backup.py" line="76"/>
        <location filename="../../ui/views/backup.py" line="84"/>
        <location filename="../../ui/views/backup.py" line="94"/>
        <location filename="../../ui/views/backup.py" line="111"/>
        <source>Wachtwoord wijzigen</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/views/backup.py" line="77"/>
        <source>Nieuw wachtwoord (minstens 8 tekens):</source>
        <translation>New passphrase (at least 8 characters):</translation>
    </message>
    <message>
        <location filename="../../ui/views/backup.py" line="85"/>
        <source>Herhaal het nieuwe wachtwoord:</source>
        <translation>Repeat the new passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/views/backup.py" line="97"/>
        <source>Opslag opnieuw versleutelen…</source>
        <translation>Re-encrypting the store…</translation>
    </message>
    <message>
        <location filename="../../ui/views/backup.py" line="103"/>
        <source>Wachtwoord gewijzigd</source>
        <translation>Passphrase changed</translation>
    </message>
    <message>
        <location filename="../../ui/views/backup.py" line="104"/>
        <source>Gebruik voortaan het nieuwe wachtwoord.</source>
        <translation>From now on, use the new passphrase.</translation>
    </message>
</context>
<context>
    <name>CatalogueView</name>
    <message>
        <location filename="../../ui/views/catalogue.py" line="326"/>
        <location filename="../../ui/views/catalogue.py" line="328"/>
        <source>Sociale kaart</source>
        <extracomment>The one-line text fields, filled by `load` and read by `values` alike.</extracomment>
        <translation>Social map</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="331"/>
        <source>Zoek op naam, aanbieder, omschrijving, adres…</source>
        <translation>Search by name, provider, description, address…</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="332"/>
        <source>Zoeken in de sociale kaart</source>
        <translation>Search the social map</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="334"/>
        <source>Alle soorten</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="335"/>
        <source>Filter op soort aanbod</source>
        <translation>Filter by type of offer</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="337"/>
        <source>Filter op wijk</source>
        <translation>Filter by neighbourhood</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="338"/>
        <source>Alle dagen</source>
        <translation>All days</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="339"/>
        <source>Filter op dag</source>
        <translation>Filter by day</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="340"/>
        <source>Ook gesloten</source>
        <translation>Include closed</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="341"/>
        <source>Alleen na te kijken</source>
        <translation>Only those to check</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="342"/>
        <source>Nieuwe activiteit</source>
        <translation>New activity</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="343"/>
        <source>Importeren…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="344"/>
        <source>Exporteren…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="346"/>
        <source>Nieuwe activiteit toevoegen</source>
        <translation>Add a new activity</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="347"/>
        <source>Sociale kaart importeren uit CSV</source>
        <translation>Import social map from CSV</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="348"/>
        <source>Sociale kaart exporteren naar CSV</source>
        <translation>Export social map to CSV</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="367"/>
        <source>Activiteiten</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="385"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="387"/>
        <source>Details van de import</source>
        <translation>Import details</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="405"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="406"/>
        <source>Gecontroleerd vandaag</source>
        <translation>Checked today</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="408"/>
        <source>Ik heb deze activiteit vandaag nagekeken en ze klopt nog</source>
        <translation>I checked this activity today and it is still correct</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="410"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="412"/>
        <source>Activiteit opslaan</source>
        <translation>Save activity</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="413"/>
        <source>Markeer als vandaag gecontroleerd</source>
        <translation>Mark as checked today</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="414"/>
        <source>Activiteit verwijderen</source>
        <translation>Delete activity</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="422"/>
        <source>Cliënten die naar deze activiteit zijn verwezen</source>
        <translation>Clients referred to this activity</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="424"/>
        <source>Voorgesteld aan</source>
        <translation>Proposed to</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="428"/>
        <source>Eigen notitie</source>
        <translation>Own note</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="429"/>
        <source>blijft op deze desk</source>
        <translation>stays on this desk</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="430"/>
        <source>Notitie bewaren</source>
        <translation>Save note</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="432"/>
        <source>Soort voorstel</source>
        <translation>Kind of proposal</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="433"/>
        <source>Voorstel aan de regio</source>
        <translation>Propose to the region</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="436"/>
        <source>Gaat mee met de volgende synchronisatie. &apos;Verhuisd&apos; neemt het adres uit het formulier, &apos;gesloten&apos; de datum bij &apos;Actief tot&apos; (of vandaag).</source>
        <translation>Leaves with the next sync. &apos;Moved&apos; takes the address from the form, &apos;closed&apos; the date under &apos;Active until&apos; (or today).</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="440"/>
        <source>Regio</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="507"/>
        <source>Alle wijken</source>
        <translation>All neighbourhoods</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/catalogue.py" line="528"/>
        <source>%n activiteiten, %1 na te kijken</source>
        <translation>
            <numerusform>%n activity, %1 to review</numerusform>
            <numerusform>%n activities, %1 to review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/catalogue.py" line="735"/>
        <source>%n rijen ingelezen: %1 nieuw, %2 bijgewerkt.</source>
        <translation>
            <numerusform>%n row read: %1 new, %2 updated.</numerusform>
            <numerusform>%n rows read: %1 new, %2 updated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/catalogue.py" line="768"/>
        <source>%n activiteiten geschreven naar %1</source>
        <translation>
            <numerusform>%n activity written to %1</numerusform>
            <numerusform>%n activities written to %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="563"/>
        <source>Gesloten</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="564"/>
        <source>Geen plek meer</source>
        <translation>No room any more</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="565"/>
        <source>Verhuisd (adres uit het formulier)</source>
        <translation>Moved (address from the form)</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="568"/>
        <source>Op de kaart van de regio zetten</source>
        <translation>Put on the region&apos;s kaart</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="578"/>
        <source>Nieuwe activiteit: vul minstens de naam en het soort aanbod in.</source>
        <translation>New activity: fill in at least the name and the type of offer.</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="583"/>
        <source>Gesloten sinds %1: blijft in de geschiedenis, wordt niet meer aangeboden.</source>
        <translation>Closed since %1: stays in the history, but is no longer offered.</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="589"/>
        <source>⚠ Al %1 maanden of langer niet nagekeken. Klopt alles nog? Klik dan op &apos;Gecontroleerd vandaag&apos;.</source>
        <translation>⚠ Not checked for %1 months or longer. Is everything still correct? Then click &apos;Checked today&apos;.</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="598"/>
        <source>Uit de sociale kaart van de regio: wijzigen gaat via een voorstel; uw eigen notitie blijft op deze desk.</source>
        <translation>From the region&apos;s sociale kaart: changes go through a proposal; your own note stays on this desk.</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="605"/>
        <source>nog open</source>
        <translation>still open</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="610"/>
        <source>Nog aan niemand voorgesteld</source>
        <translation>Not yet proposed to anyone</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="632"/>
        <source>Een datum kan niet worden gelezen. Schrijf dd-mm-jjjj, bijvoorbeeld 01-09-2026.</source>
        <translation>A date cannot be read. Write dd-mm-yyyy, for example 01-09-2026.</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="684"/>
        <source>Voorstel klaargezet: het gaat mee met de volgende synchronisatie.</source>
        <translation>Proposal queued: it leaves with the next sync.</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="720"/>
        <source>Sociale kaart importeren</source>
        <translation>Import social map</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="722"/>
        <source>CSV of Excel (*.csv *.xlsx)</source>
        <translation>CSV or Excel (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="755"/>
        <source>Sociale kaart exporteren</source>
        <translation>Export social map</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="757"/>
        <source>CSV (*.csv);;Excel-werkmap (*.xlsx)</source>
        <translation>CSV (*.csv);;Excel workbook (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>ClientsView</name>
    <message>
        <location filename="../../ui/views/clients.py" line="44"/>
        <source>Cliënten</source>
        <extracomment>Rows loaded first after unlock, so the list shows at once; the rest follows in the background.</extracomment>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../ui/views/clients.py" line="47"/>
        <source>Zoek op naam, cliëntnummer, postcode of verwijzer</source>
        <translation>Search by name, client number, postcode or referrer</translation>
    </message>
    <message>
        <location filename="../../ui/views/clients.py" line="48"/>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/views/clients.py" line="54"/>
        <source>Stap</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../ui/views/clients.py" line="55"/>
        <source>Alle stappen</source>
        <translation>All steps</translation>
    </message>
    <message>
        <location filename="../../ui/views/clients.py" line="59"/>
        <source>Elke status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location filename="../../ui/views/clients.py" line="60"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/views/clients.py" line="61"/>
        <source>Elke verwijzer</source>
        <translation>Any referrer</translation>
    </message>
    <message>
        <location filename="../../ui/views/clients.py" line="62"/>
        <source>Type verwijzer</source>
        <translation>Referrer type</translation>
    </message>
    <message>
        <location filename="../../ui/views/clients.py" line="64"/>
        <source>Verwezen vanaf</source>
        <translation>Referred from</translation>
    </message>
    <message>
        <location filename="../../ui/views/clients.py" line="65"/>
        <source>verwezen vanaf</source>
        <translation>referred from</translation>
    </message>
    <message>
        <location filename="../../ui/views/clients.py" line="67"/>
        <source>Verwezen tot en met</source>
        <translation>Referred up to and including</translation>
    </message>
    <message>
        <location filename="../../ui/views/clients.py" line="68"/>
        <source>tot en met</source>
        <translation>up to</translation>
    </message>
    <message>
        <location filename="../../ui/views/clients.py" line="78"/>
        <source>Lijst van trajecten</source>
        <translation>List of trajectories</translation>
    </message>
    <message>
        <location filename="../../ui/views/clients.py" line="119"/>
        <source>Aantal</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../ui/views/clients.py" line="128"/>
        <source>Over&amp;dragen…</source>
        <translation>Hand &amp;over…</translation>
    </message>
    <message>
        <location filename="../../ui/views/clients.py" line="129"/>
        <source>Cliënten overdragen aan een collega</source>
        <translation>Hand clients over to a colleague</translation>
    </message>
    <message>
        <location filename="../../ui/views/clients.py" line="131"/>
        <source>Overn&amp;ame…</source>
        <translation>T&amp;ake over…</translation>
    </message>
    <message>
        <location filename="../../ui/views/clients.py" line="132"/>
        <source>Cliënten overnemen van een collega</source>
        <translation>Take clients over from a colleague</translation>
    </message>
    <message>
        <location filename="../../ui/views/clients.py" line="174"/>
        <source>Laden…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../ui/views/clients.py" line="204"/>
        <source>Laden mislukt: %1</source>
        <translation>Loading failed: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/clients.py" line="235"/>
        <source>%1 van %2 trajecten</source>
        <translation>%1 of %2 trajectories</translation>
    </message>
</context>
<context>
    <name>ConsentCombo</name>
    <message>
        <location filename="../../ui/widgets/choices.py" line="16"/>
        <source>niet vastgelegd</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/choices.py" line="17"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/choices.py" line="18"/>
        <source>nee</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../ui/views/dashboard.py" line="127"/>
        <source>Tellingen</source>
        <extracomment>How many periods of each kind the period list offers, newest first.</extracomment>
        <translation>Counts</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="130"/>
        <source>Soort periode</source>
        <translation>Type of period</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="132"/>
        <source>Maand</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="132"/>
        <source>Kwartaal</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="132"/>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="136"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="139"/>
        <location filename="../../ui/views/dashboard.py" line="140"/>
        <source>Vorige periode</source>
        <translation>Previous period</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="142"/>
        <location filename="../../ui/views/dashboard.py" line="143"/>
        <source>Volgende periode</source>
        <translation>Next period</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="147"/>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="152"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="153"/>
        <source>Excel…</source>
        <translation>Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="154"/>
        <source>PDF-rapport…</source>
        <translation>PDF report…</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="157"/>
        <source>Exporteer als %s</source>
        <translation>Export as %s</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="166"/>
        <source>Exporteer:</source>
        <translation>Export:</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="180"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="193"/>
        <source>Positieve Gezondheid verbeterd</source>
        <translation>Positive Health improved</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="196"/>
        <location filename="../../ui/views/dashboard.py" line="468"/>
        <source>Verwijzingen en intakes per maand</source>
        <translation>Referrals and intakes per month</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="207"/>
        <source>Kerncijfers</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="209"/>
        <source>Verloop over twaalf maanden</source>
        <translation>Trend over twelve months</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="211"/>
        <source>Uitsplitsingen</source>
        <translation>Breakdowns</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="244"/>
        <source>Alle gemeenten</source>
        <translation>All municipalities</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="325"/>
        <source>Tellen…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="350"/>
        <source>%1: %2 t/m %3, vergeleken met %4</source>
        <translation>%1: %2 to %3, compared with %4</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="356"/>
        <source> · alleen cliënten in de gemeente %1</source>
        <translation> · only clients living in %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="375"/>
        <source>te weinig</source>
        <translation>too few</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/dashboard.py" line="378"/>
        <source>%n afgesloten trajecten met scores bij start en afsluiting (minimaal %1)</source>
        <translation>
            <numerusform>%n closed trajectory with scores at start and close (at least %1)</numerusform>
            <numerusform>%n closed trajectories with scores at start and close (at least %1)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="386"/>
        <source>%1 van %2 afgesloten trajecten met scores bij start en afsluiting</source>
        <translation>%1 of %2 closed trajectories with scores at start and closing</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="395"/>
        <source>Contact binnen 5 werkdagen</source>
        <translation>Contact within 5 working days</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="398"/>
        <source>%1 van %2 verwijzingen</source>
        <translation>%1 of %2 referrals</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="403"/>
        <location filename="../../ui/views/dashboard.py" line="419"/>
        <location filename="../../ui/views/dashboard.py" line="425"/>
        <source>vorig jaar %1</source>
        <translation>last year %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="407"/>
        <source>vorig jaar geen verwijzingen</source>
        <translation>no referrals last year</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="409"/>
        <source>Wachttijd tot kennismaking</source>
        <translation>Waiting time until intake</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="411"/>
        <source>geen intakes</source>
        <translation>no intakes</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="413"/>
        <location filename="../../ui/views/dashboard.py" line="420"/>
        <source>dagen</source>
        <translation>days</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="417"/>
        <source>gemiddeld, kalenderdagen</source>
        <translation>average, calendar days</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="433"/>
        <source>gehaald</source>
        <translation>met</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="433"/>
        <source>niet gehaald</source>
        <translation>not met</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="434"/>
        <source>doel +%1: %2</source>
        <translation>target +%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="469"/>
        <source>Verwijzingen</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="469"/>
        <source>Intakes</source>
        <translation>Intakes</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="504"/>
        <location filename="../../ui/views/dashboard.py" line="512"/>
        <source>Overige (samen)</source>
        <translation>Other (combined)</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="517"/>
        <source>geen in deze periode</source>
        <translation>none in this period</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="557"/>
        <source>CSV-bestand (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="558"/>
        <source>Excel-werkmap (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="559"/>
        <source>PDF-rapport (*.pdf)</source>
        <translation>PDF report (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="562"/>
        <source>Tellingen exporteren</source>
        <translation>Export counts</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="575"/>
        <source>Exporteren naar %1…</source>
        <translation>Exporting to %1…</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="586"/>
        <source>Opgeslagen: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="594"/>
        <source>Exporteren lukte niet: %1</source>
        <translation>Export failed: %1</translation>
    </message>
</context>
<context>
    <name>DateLineEdit</name>
    <message>
        <location filename="../../ui/widgets/dateedit.py" line="35"/>
        <source>dd-mm-jjjj</source>
        <extracomment>What the typed text is read as, while typing (&quot;14-05-1958&quot;), or &quot;&quot; (empty or unreadable)</extracomment>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dateedit.py" line="36"/>
        <source>Typ bijvoorbeeld 12-3, 12-03-2026, vandaag of gisteren</source>
        <translation>Type for example 12-3, 12-03-2026, today or yesterday</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../ui/errors.py" line="40"/>
        <source>Er ging iets mis</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="45"/>
        <source>WoR Desk liep tegen een fout aan die niet had mogen gebeuren. Wat u al had opgeslagen is niet verloren: het staat veilig in de versleutelde opslag. Wat u net deed, is mogelijk niet opgeslagen: kijk het na en probeer het opnieuw.</source>
        <translation>WoR Desk ran into an error that should not have happened. Nothing you had saved is lost: it is safe in the encrypted store. What you just did may not have been saved: check it and try again.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="54"/>
        <source>Blijft het gebeuren, stuur dan de details naar uw beheerder. Er staan geen namen of andere gegevens van cliënten in. Ze staan ook in het logbestand: {0}</source>
        <translation>If it keeps happening, send the details to your administrator. They contain no names or other client data. They are also in the log file: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="66"/>
        <source>Details kopiëren</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="70"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="78"/>
        <source>Gekopieerd</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <location filename="../../ui/widgets/form.py" line="99"/>
        <source>gelezen als %1</source>
        <translation>read as %1</translation>
    </message>
</context>
<context>
    <name>GapsView</name>
    <message>
        <location filename="../../ui/views/gaps.py" line="35"/>
        <source>Wat ontbreekt</source>
        <translation>What is missing</translation>
    </message>
    <message>
        <location filename="../../ui/views/gaps.py" line="36"/>
        <source>Wat ontbreekt in de sociale kaart</source>
        <translation>What is missing from the social map</translation>
    </message>
    <message>
        <location filename="../../ui/views/gaps.py" line="45"/>
        <source>Begin van de periode</source>
        <translation>Start of the period</translation>
    </message>
    <message>
        <location filename="../../ui/views/gaps.py" line="46"/>
        <source>Einde van de periode</source>
        <translation>End of the period</translation>
    </message>
    <message>
        <location filename="../../ui/views/gaps.py" line="47"/>
        <source>Tonen</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../ui/views/gaps.py" line="48"/>
        <source>Opslaan als CSV…</source>
        <translation>Save as CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/views/gaps.py" line="49"/>
        <source>Hiatenrapport opslaan als CSV</source>
        <translation>Save gaps report as CSV</translation>
    </message>
    <message>
        <location filename="../../ui/views/gaps.py" line="55"/>
        <source>Van</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/views/gaps.py" line="57"/>
        <source>tot en met</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/views/gaps.py" line="67"/>
        <location filename="../../ui/views/gaps.py" line="78"/>
        <source>Gemeente / wijk</source>
        <translation>Municipality / neighbourhood</translation>
    </message>
    <message>
        <location filename="../../ui/views/gaps.py" line="68"/>
        <location filename="../../ui/views/gaps.py" line="79"/>
        <source>Soort aanbod</source>
        <translation>Type of offer</translation>
    </message>
    <message>
        <location filename="../../ui/views/gaps.py" line="69"/>
        <source>Behoeften</source>
        <translation>Needs</translation>
    </message>
    <message>
        <location filename="../../ui/views/gaps.py" line="70"/>
        <source>Gematcht</source>
        <translation>Matched</translation>
    </message>
    <message>
        <location filename="../../ui/views/gaps.py" line="71"/>
        <source>Zonder match, lopend</source>
        <translation>No match, open</translation>
    </message>
    <message>
        <location filename="../../ui/views/gaps.py" line="72"/>
        <source>Zonder match, afgesloten</source>
        <translation>No match, closed</translation>
    </message>
    <message>
        <location filename="../../ui/views/gaps.py" line="74"/>
        <source>Behoeften zonder match</source>
        <translation>Needs without a match</translation>
    </message>
    <message>
        <location filename="../../ui/views/gaps.py" line="80"/>
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/views/gaps.py" line="81"/>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/views/gaps.py" line="82"/>
        <source>Aantal</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../ui/views/gaps.py" line="84"/>
        <source>Afgewezen, niet beschikbaar en gestopt</source>
        <translation>Declined, not available and stopped</translation>
    </message>
    <message>
        <location filename="../../ui/views/gaps.py" line="90"/>
        <source>Behoeften (kennismaking in de periode)</source>
        <translation>Needs (intake in the period)</translation>
    </message>
    <message>
        <location filename="../../ui/views/gaps.py" line="92"/>
        <source>Afgewezen, niet beschikbaar en gestopt (in de periode)</source>
        <translation>Declined, not available and stopped (in the period)</translation>
    </message>
    <message>
        <location filename="../../ui/views/gaps.py" line="118"/>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../ui/views/gaps.py" line="140"/>
        <source>Gestopt</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <location filename="../../ui/views/gaps.py" line="167"/>
        <source>Hiatenrapport opslaan</source>
        <translation>Save gaps report</translation>
    </message>
    <message>
        <location filename="../../ui/views/gaps.py" line="167"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>HandoverExportDialog</name>
    <message>
        <location filename="../../ui/views/handover.py" line="77"/>
        <source>Cliënten overdragen</source>
        <translation>Hand over clients</translation>
    </message>
    <message>
        <location filename="../../ui/views/handover.py" line="80"/>
        <source>Kies de cliënten die een collega overneemt. Hun trajecten met alle geschiedenis gaan versleuteld in één bestand; de code geeft u apart door (bijvoorbeeld telefonisch). Hier worden de trajecten daarna alleen-lezen.</source>
        <translation>Choose the clients a colleague takes over. Their trajectories with all history go encrypted into one file; you pass the code on separately (for example by phone). Here the trajectories become read-only afterwards.</translation>
    </message>
    <message>
        <location filename="../../ui/views/handover.py" line="87"/>
        <source>&amp;Alle cliënten</source>
        <translation>&amp;All clients</translation>
    </message>
    <message>
        <location filename="../../ui/views/handover.py" line="90"/>
        <source>Cliënten om over te dragen</source>
        <translation>Clients to hand over</translation>
    </message>
    <message>
        <location filename="../../ui/views/handover.py" line="92"/>
        <location filename="../../ui/views/handover.py" line="98"/>
        <source>Aan</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/views/handover.py" line="93"/>
        <source>naam van de collega</source>
        <translation>the colleague&apos;s name</translation>
    </message>
    <message>
        <location filename="../../ui/views/handover.py" line="95"/>
        <location filename="../../ui/views/handover.py" line="99"/>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/views/handover.py" line="100"/>
        <source>&amp;Overdragen</source>
        <translation>Hand &amp;over</translation>
    </message>
    <message>
        <location filename="../../ui/views/handover.py" line="108"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/views/handover.py" line="111"/>
        <source>Bevestigingscode van de ontvanger</source>
        <translation>The receiver&apos;s confirmation code</translation>
    </message>
    <message>
        <location filename="../../ui/views/handover.py" line="112"/>
        <source>bevestigingscode van de ontvanger</source>
        <translation>the receiver&apos;s confirmation code</translation>
    </message>
    <message>
        <location filename="../../ui/views/handover.py" line="113"/>
        <source>&amp;Bevestigen</source>
        <translation>&amp;Confirm</translation>
    </message>
    <message>
        <location filename="../../ui/views/handover.py" line="116"/>
        <source>Wis deze cliënten hier (kan niet ongedaan worden)</source>
        <translation>Erase these clients here (cannot be undone)</translation>
    </message>
    <message>
        <location filename="../../ui/views/handover.py" line="119"/>
        <source>&amp;Wissen</source>
        <translation>&amp;Erase</translation>
    </message>
    <message>
        <location filename="../../ui/views/handover.py" line="129"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/handover.py" line="154"/>
        <source>%n trajecten</source>
        <translation>
            <numerusform>%n trajectory</numerusform>
            <numerusform>%n trajectories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/handover.py" line="188"/>
        <source>%n cliënten staan versleuteld in %1. Geef deze code apart door:</source>
        <translation>
            <numerusform>%n client is encrypted in %1. Pass on this code separately:</numerusform>
            <numerusform>%n clients are encrypted in %1. Pass on this code separately:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/handover.py" line="208"/>
        <source>Overdracht van %n cliënten bevestigd door de ontvanger.</source>
        <translation>
            <numerusform>Hand-over of %n client confirmed by the receiver.</numerusform>
            <numerusform>Hand-over of %n clients confirmed by the receiver.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/handover.py" line="221"/>
        <source>%n overgedragen cliënten hier gewist.</source>
        <translation>
            <numerusform>%n handed-over client erased here.</numerusform>
            <numerusform>%n handed-over clients erased here.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoverImportDialog</name>
    <message>
        <location filename="../../ui/views/handover.py" line="241"/>
        <source>Cliënten overnemen</source>
        <translation>Take over clients</translation>
    </message>
    <message>
        <location filename="../../ui/views/handover.py" line="243"/>
        <location filename="../../ui/views/handover.py" line="251"/>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/views/handover.py" line="245"/>
        <location filename="../../ui/views/handover.py" line="252"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/views/handover.py" line="248"/>
        <location filename="../../ui/views/handover.py" line="253"/>
        <source>Andere nummers</source>
        <translation>Other numbers</translation>
    </message>
    <message>
        <location filename="../../ui/views/handover.py" line="249"/>
        <source>alleen bij een dubbel nummer: OUD=NIEUW, …</source>
        <translation>only for a number in use: OLD=NEW, …</translation>
    </message>
    <message>
        <location filename="../../ui/views/handover.py" line="254"/>
        <source>&amp;Tonen</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <location filename="../../ui/views/handover.py" line="256"/>
        <source>Over&amp;nemen</source>
        <translation>Take o&amp;ver</translation>
    </message>
    <message>
        <location filename="../../ui/views/handover.py" line="260"/>
        <source>Wat wordt overgenomen</source>
        <translation>What will be taken over</translation>
    </message>
    <message>
        <location filename="../../ui/views/handover.py" line="268"/>
        <source>Bevestigingscode</source>
        <translation>Confirmation code</translation>
    </message>
    <message>
        <location filename="../../ui/views/handover.py" line="269"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/views/handover.py" line="314"/>
        <source>Van %1, gemaakt %2:</source>
        <translation>From %1, made %2:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/handover.py" line="320"/>
        <location filename="../../ui/views/handover.py" line="350"/>
        <source>%n trajecten</source>
        <translation>
            <numerusform>%n trajectory</numerusform>
            <numerusform>%n trajectories</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/handover.py" line="322"/>
        <source>nummer hoort hier bij iemand anders</source>
        <translation>number belongs to someone else here</translation>
    </message>
    <message>
        <location filename="../../ui/views/handover.py" line="324"/>
        <source>bij het bestaande dossier</source>
        <translation>added to the existing file</translation>
    </message>
    <message>
        <location filename="../../ui/views/handover.py" line="332"/>
        <source>Een cliëntnummer hoort hier al bij iemand anders. Geef het bij &apos;Andere nummers&apos; een nieuw nummer (OUD=NIEUW) en kies opnieuw Tonen.</source>
        <translation>A client number already belongs to someone else here. Give it a new number under &apos;Other numbers&apos; (OLD=NEW) and choose Show again.</translation>
    </message>
    <message>
        <location filename="../../ui/views/handover.py" line="348"/>
        <source>%1 en %2 overgenomen. Lees uw collega deze bevestigingscode voor:</source>
        <translation>%1 and %2 taken over. Read this confirmation code to your colleague:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/handover.py" line="349"/>
        <source>%n cliënten</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/views/import_sheet.py" line="42"/>
        <source>Registratieblad importeren</source>
        <translation>Import registration sheet</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_sheet.py" line="45"/>
        <source>Kies een .csv- of .xlsx-bestand met één traject per rij (zie de handleiding). Eerst wordt het hele bestand gecontroleerd; bij fouten wordt niets geïmporteerd, tenzij u kiest om alleen de geldige rijen te importeren.</source>
        <translation>Choose a .csv or .xlsx file with one trajectory per row (see the manual). The whole file is checked first; if there are errors nothing is imported, unless you choose to import the valid rows only.</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_sheet.py" line="53"/>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_sheet.py" line="54"/>
        <source>&amp;Bladeren…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_sheet.py" line="58"/>
        <source>Alleen de &amp;geldige rijen importeren (afgewezen rijen gaan naar een CSV ernaast)</source>
        <translation>Import the &amp;valid rows only (rejected rows go to a CSV beside it)</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_sheet.py" line="63"/>
        <source>Voortgang</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_sheet.py" line="67"/>
        <source>Samenvatting</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_sheet.py" line="70"/>
        <source>Rij</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_sheet.py" line="70"/>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_sheet.py" line="70"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_sheet.py" line="74"/>
        <source>Fouten en waarschuwingen</source>
        <translation>Errors and warnings</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_sheet.py" line="75"/>
        <source>&amp;Controleren</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_sheet.py" line="77"/>
        <source>&amp;Importeren</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_sheet.py" line="79"/>
        <source>&amp;Stoppen</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_sheet.py" line="82"/>
        <source>Sl&amp;uiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_sheet.py" line="106"/>
        <source>Registratieblad kiezen</source>
        <translation>Choose a registration sheet</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_sheet.py" line="108"/>
        <source>Registratiebladen (*.csv *.xlsx)</source>
        <translation>Registration sheets (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_sheet.py" line="129"/>
        <source>Bezig met controleren…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_sheet.py" line="129"/>
        <source>Bezig met importeren…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_sheet.py" line="156"/>
        <source>fout</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_sheet.py" line="157"/>
        <source>waarschuwing</source>
        <translation>warning</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_sheet.py" line="172"/>
        <source>Gestopt: er is niets geïmporteerd.</source>
        <translation>Stopped: nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_sheet.py" line="176"/>
        <source>Er ging iets mis: %1</source>
        <translation>Something went wrong: %1</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../ui/views/letters.py" line="81"/>
        <source>Terugkoppeling aan de verwijzer</source>
        <extracomment>Changes after which the letters due may differ.</extracomment>
        <translation>Feedback to the referrer</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="87"/>
        <source>Brief over {name} aan {referrer}</source>
        <translation>Letter about {name} to {referrer}</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="88"/>
        <source>de verwijzer</source>
        <translation>the referrer</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="95"/>
        <source>Moment van de brief</source>
        <translation>Moment of the letter</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="103"/>
        <source>Taal van de brief</source>
        <translation>Language of the letter</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="108"/>
        <source>Aanvulling van de coach</source>
        <translation>Addition by the coach</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="110"/>
        <source>Een zin die u zelf toevoegt (bij een vrije brief: de tekst van de brief)</source>
        <translation>A sentence you add yourself (for a free-form letter: the text of the letter)</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="115"/>
        <source>Moment</source>
        <translation>Moment</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="116"/>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="117"/>
        <source>Aanvulling</source>
        <translation>Addition</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="123"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="128"/>
        <source>Voorbeeld van de brief</source>
        <translation>Preview of the letter</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="135"/>
        <source>De brief als platte tekst</source>
        <translation>The letter as plain text</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="137"/>
        <source>Voorbeeld</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="138"/>
        <source>Tekst (Zorgdomein, VIPLive)</source>
        <translation>Text (Zorgdomein, VIPLive)</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="140"/>
        <source>Opslaan als &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="141"/>
        <source>Af&amp;drukken…</source>
        <translation>P&amp;rint…</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="142"/>
        <source>&amp;Kopieer tekst</source>
        <translation>&amp;Copy text</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="147"/>
        <source>&amp;Markeer als verzonden</source>
        <translation>&amp;Mark as sent</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="149"/>
        <source>Sl&amp;uiten</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="144"/>
        <location filename="../../ui/views/letters.py" line="164"/>
        <source>Verzonden via</source>
        <translation>Sent via</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="148"/>
        <source>Markeer de brief als verzonden</source>
        <translation>Mark the letter as sent</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="151"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="153"/>
        <source>Brief opslaan als PDF</source>
        <translation>Save letter as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="154"/>
        <source>Brief afdrukken</source>
        <translation>Print letter</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="155"/>
        <source>Tekst van de brief kopiëren</source>
        <translation>Copy the text of the letter</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="195"/>
        <source>{n} van {max} tekens</source>
        <translation>{n} of {max} characters</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="258"/>
        <source>Opslaan mislukt</source>
        <translation>Saving failed</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="259"/>
        <source>Kan {path} niet schrijven ({reason}). Kies een andere map.</source>
        <translation>Cannot write {path} ({reason}). Choose another folder.</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="264"/>
        <source>Opgeslagen: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="271"/>
        <source>Brief opslaan</source>
        <translation>Save letter</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="271"/>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="312"/>
        <source>Naar de printer gestuurd.</source>
        <translation>Sent to the printer.</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="318"/>
        <source>Tekst gekopieerd: plak hem in Zorgdomein, VIPLive of een beveiligde mail.</source>
        <translation>Text copied: paste it into Zorgdomein, VIPLive or a secure email.</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="333"/>
        <source>Vastgelegd als verzonden via {channel} op {date}.</source>
        <translation>Recorded as sent via {channel} on {date}.</translation>
    </message>
</context>
<context>
    <name>LettersView</name>
    <message>
        <location filename="../../ui/views/letters.py" line="378"/>
        <source>Brieven aan verwijzers</source>
        <translation>Letters to referrers</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="383"/>
        <source>Brieven die klaarliggen</source>
        <translation>Letters ready to send</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="385"/>
        <source>Cliënt</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="385"/>
        <source>Moment</source>
        <translation>Moment</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="385"/>
        <source>Sinds</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="385"/>
        <source>Verwijzer</source>
        <translation>Referrer</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="396"/>
        <source>Open brief</source>
        <translation>Open letter</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="397"/>
        <source>Open de gekozen brief</source>
        <translation>Open the chosen letter</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="398"/>
        <source>Maak alle brieven…</source>
        <translation>Create all letters…</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="399"/>
        <source>Maak alle brieven in één keer</source>
        <translation>Create all letters at once</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="400"/>
        <source>Ook als tekst (.txt)</source>
        <translation>Also as text (.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="401"/>
        <source>Meteen vastleggen als verzonden via</source>
        <translation>Record straight away as sent via</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="403"/>
        <source>Verzonden via (alle brieven)</source>
        <translation>Sent via (all letters)</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="419"/>
        <source>Welke brieven wil een praktijk?</source>
        <translation>Which letters does a practice want?</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="422"/>
        <source>Praktijk</source>
        <translation>Practice</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="429"/>
        <source>Brief: {moment}</source>
        <translation>Letter: {moment}</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="433"/>
        <source>Bewaar</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="434"/>
        <source>Bewaar de voorkeur van de praktijk</source>
        <translation>Save the practice&apos;s preference</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="435"/>
        <source>Standaard</source>
        <translation>Default</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="436"/>
        <source>Zet de praktijk terug op de standaard</source>
        <translation>Reset the practice to the default</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="496"/>
        <source>Brieven die klaarliggen: {n}</source>
        <translation>Letters ready to send: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="498"/>
        <source>Er liggen geen brieven klaar.</source>
        <translation>There are no letters ready to send.</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="523"/>
        <source>Map voor de brieven</source>
        <translation>Folder for the letters</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="563"/>
        <source>Brieven gemaakt: {n}, in {folder}.</source>
        <translation>Letters created: {n}, in {folder}.</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="576"/>
        <source>De brieven konden niet worden gemaakt: {e}</source>
        <translation>The letters could not be created: {e}</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="597"/>
        <source>Voorkeur bewaard voor {practice}.</source>
        <translation>Preference saved for {practice}.</translation>
    </message>
</context>
<context>
    <name>LockView</name>
    <message>
        <location filename="../../ui/views/lock.py" line="23"/>
        <source>WoR Desk is vergrendeld</source>
        <translation>WoR Desk is locked</translation>
    </message>
    <message>
        <location filename="../../ui/views/lock.py" line="27"/>
        <source>Profiel &apos;%1&apos;. Typ uw wachtwoord om verder te werken; niets is verloren gegaan.</source>
        <translation>Profile &apos;%1&apos;. Type your passphrase to continue; nothing has been lost.</translation>
    </message>
    <message>
        <location filename="../../ui/views/lock.py" line="32"/>
        <source>Wachtwoord</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/views/lock.py" line="37"/>
        <source>&amp;Ontgrendelen</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/views/lock.py" line="48"/>
        <source>&amp;Wachtwoord</source>
        <translation>&amp;Passphrase</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="81"/>
        <source>Vandaag</source>
        <extracomment>The screens in the order of the navigation list. Add a feature&apos;s screen with one line.</extracomment>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="85"/>
        <source>Cliënten</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="91"/>
        <source>Traject</source>
        <translation>Trajectory</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="97"/>
        <source>Sociale kaart</source>
        <translation>Social map</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104"/>
        <source>Brieven</source>
        <translation>Letters</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="111"/>
        <source>Tellingen</source>
        <translation>Counts</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="118"/>
        <source>Wat ontbreekt</source>
        <translation>What is missing</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="125"/>
        <source>Synchronisatie</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132"/>
        <source>Teamtotalen</source>
        <translation>Team totals</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="139"/>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="163"/>
        <source>Schermen</source>
        <translation>Screens</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="196"/>
        <source>Ctrl+N nieuwe verwijzing · Ctrl+F zoeken · Ctrl+L vergrendelen · F1 sneltoetsen</source>
        <translation>Ctrl+N new referral · Ctrl+F search · Ctrl+L lock · F1 shortcuts</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="207"/>
        <source>WoR Desk – %1</source>
        <translation>WoR Desk – %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="255"/>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="256"/>
        <source>&amp;Nieuwe verwijzing…</source>
        <translation>&amp;New referral…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="257"/>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="259"/>
        <source>Registratieblad &amp;importeren…</source>
        <translation>&amp;Import registration sheet…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="260"/>
        <source>&amp;Back-up maken…</source>
        <translation>Make &amp;backup…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="262"/>
        <source>&amp;Vergrendelen</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="263"/>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="264"/>
        <source>Bee&amp;ld</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="265"/>
        <source>&amp;Zoeken in cliënten</source>
        <translation>&amp;Search clients</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="267"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="268"/>
        <source>&amp;Sneltoetsen</source>
        <translation>&amp;Shortcuts</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="269"/>
        <source>&amp;Over WoR Desk</source>
        <translation>&amp;About WoR Desk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="317"/>
        <source>Sneltoetsen</source>
        <translation>Shortcuts</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="324"/>
        <source>Over WoR Desk</source>
        <translation>About WoR Desk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="326"/>
        <source>WoR Desk %1: de werkplek van de welzijnscoach voor Welzijn op Recept. Alle gegevens staan versleuteld op deze computer.</source>
        <translation>WoR Desk %1: the wellbeing coach&apos;s desk for Welzijn op Recept (wellbeing on prescription). All data is stored encrypted on this computer.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="391"/>
        <source>Er zijn wijzigingen die nog niet zijn opgeslagen. Ontgrendel eerst; dan kunt u ze opslaan en afsluiten.</source>
        <translation>There are changes that are not saved yet. Unlock first; then you can save them and quit.</translation>
    </message>
</context>
<context>
    <name>MatchingPanel</name>
    <message>
        <location filename="../../ui/views/matching.py" line="57"/>
        <source>Matching en nazorg</source>
        <translation>Matching and follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="67"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="70"/>
        <source>Behoefte</source>
        <translation>Need</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="74"/>
        <source>Wat zoekt de cliënt? Bijvoorbeeld: meer mensen ontmoeten, buiten zijn</source>
        <translation>What is the client looking for? For example: meeting more people, being outdoors</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="76"/>
        <source>Behoefte in eigen woorden</source>
        <translation>Need in their own words</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="82"/>
        <source>Behoefte: %1</source>
        <translation>Need: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="86"/>
        <source>Redenen van verwijzing</source>
        <translation>Reasons for referral</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="97"/>
        <location filename="../../ui/views/matching.py" line="98"/>
        <source>Behoefte opslaan</source>
        <translation>Save need</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="101"/>
        <source>Soort aanbod dat past:</source>
        <translation>Types of offer that fit:</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="103"/>
        <source>Redenen (codes):</source>
        <translation>Reasons (codes):</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="108"/>
        <source>Activiteiten voorstellen</source>
        <translation>Propose activities</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="110"/>
        <source>Waar zoeken</source>
        <translation>Where to search</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="112"/>
        <source>Wijk van de cliënt</source>
        <translation>Client&apos;s neighbourhood</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="113"/>
        <source>Hele gemeente</source>
        <translation>Whole municipality</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="114"/>
        <source>Overal</source>
        <translation>Everywhere</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="117"/>
        <source>Alleen soorten van de behoefte</source>
        <translation>Only types that match the need</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="120"/>
        <source>Zoek in de sociale kaart…</source>
        <translation>Search the social map…</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="121"/>
        <source>Zoek een activiteit om voor te stellen</source>
        <translation>Search for an activity to propose</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="124"/>
        <source>Activiteiten die passen</source>
        <translation>Suitable activities</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="128"/>
        <source>Datum van het voorstel</source>
        <translation>Date of the proposal</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="129"/>
        <source>Voorstellen</source>
        <translation>Propose</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="130"/>
        <source>Aangevinkte activiteiten voorstellen</source>
        <translation>Propose the ticked activities</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="136"/>
        <source>Datum:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="146"/>
        <source>Voorstellen en uitkomst</source>
        <translation>Proposals and outcome</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="149"/>
        <source>Geschiedenis van voorstellen</source>
        <translation>History of proposals</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="152"/>
        <source>Voorgesteld</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="153"/>
        <source>Activiteit</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="154"/>
        <location filename="../../ui/views/matching.py" line="226"/>
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="155"/>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="156"/>
        <location filename="../../ui/views/matching.py" line="185"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="157"/>
        <source>Gestopt</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="170"/>
        <source>Uitkomst van het voorstel</source>
        <translation>Outcome of the proposal</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="171"/>
        <source>— reden —</source>
        <translation>— reason —</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="172"/>
        <source>Reden van afwijzen</source>
        <translation>Reason for declining</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="174"/>
        <source>Datum van de uitkomst</source>
        <translation>Date of the outcome</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="176"/>
        <source>Startdatum van de activiteit</source>
        <translation>Start date of the activity</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="177"/>
        <source>start (leeg = later)</source>
        <translation>start (empty = later)</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="183"/>
        <location filename="../../ui/views/matching.py" line="225"/>
        <location filename="../../ui/views/matching.py" line="252"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="190"/>
        <source>Toestemming gegevens doorgeven</source>
        <translation>Consent to pass on details</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="191"/>
        <source>Aanmelding bij de aanbieder…</source>
        <translation>Sign-up with the provider…</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="194"/>
        <source>Wat u aan de aanbieder mag doorgeven: de contactgegevens van de cliënt alleen met toestemming</source>
        <translation>What you may pass on to the provider: the client&apos;s contact details only with consent</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="209"/>
        <source>Nazorg</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="213"/>
        <source>Datum nazorgcontact</source>
        <translation>Date of follow-up contact</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="214"/>
        <source>— uitkomst —</source>
        <translation>— outcome —</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="215"/>
        <source>Uitkomst nazorg</source>
        <translation>Follow-up outcome</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="216"/>
        <source>— waarom gestopt —</source>
        <translation>— why stopped —</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="217"/>
        <source>Reden van stoppen</source>
        <translation>Reason for stopping</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="219"/>
        <source>Korte notitie</source>
        <translation>Short note</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="220"/>
        <source>Notitie nazorg</source>
        <translation>Follow-up note</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="221"/>
        <location filename="../../ui/views/matching.py" line="222"/>
        <source>Nazorg vastleggen</source>
        <translation>Record follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="227"/>
        <source>Waarom gestopt</source>
        <translation>Why stopped</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="228"/>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="232"/>
        <source>Positieve gezondheid</source>
        <translation>Positive Health</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="246"/>
        <source>Moment van de scores</source>
        <translation>Moment of the scores</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="248"/>
        <source>Datum van de scores</source>
        <translation>Date of the scores</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="249"/>
        <source>Scores opslaan</source>
        <translation>Save scores</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="250"/>
        <source>Scores positieve gezondheid opslaan</source>
        <translation>Save Positive Health scores</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="251"/>
        <source>Moment</source>
        <translation>Moment</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="321"/>
        <source>Geen traject gekozen</source>
        <translation>No trajectory chosen</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="325"/>
        <source>wijk onbekend</source>
        <translation>neighbourhood unknown</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="329"/>
        <location filename="../../ui/views/matching.py" line="333"/>
        <source>Doet nu: %1</source>
        <translation>Currently doing: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="337"/>
        <source>Nog geen activiteit gestart</source>
        <translation>No activity started yet</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="343"/>
        <source>Contactgegevens doorgeven aan een aanbieder: toestemming gegeven.</source>
        <translation>Passing contact details to a provider: consent given.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="345"/>
        <source>Contactgegevens doorgeven aan een aanbieder: geen toestemming. De cliënt meldt zich zelf aan.</source>
        <translation>Passing contact details to a provider: no consent. The client signs up themselves.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="351"/>
        <source>Contactgegevens doorgeven aan een aanbieder: toestemming niet vastgelegd, dus niet doorgeven.</source>
        <translation>Passing contact details to a provider: consent not recorded, so do not pass them on.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="389"/>
        <source>leeftijd past niet</source>
        <translation>age does not fit</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="391"/>
        <source>⚠ niet recent nagekeken</source>
        <translation>⚠ not checked recently</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="413"/>
        <source>Geen passende activiteiten: zoek breder (hele gemeente, alle soorten).</source>
        <translation>No suitable activities: search more widely (whole municipality, all types).</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="423"/>
        <source>Nog open</source>
        <translation>Still open</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="426"/>
        <source>gestopt: %1</source>
        <translation>stopped: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="431"/>
        <source> (gesloten)</source>
        <translation> (closed)</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="465"/>
        <source>vandaag</source>
        <translation>today</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="474"/>
        <source>Gepland: %1 (%2)</source>
        <translation>Planned: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="477"/>
        <source>Geen volgend nazorgcontact gepland. Gehouden nazorg:</source>
        <translation>No next follow-up planned. Follow-up held:</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="481"/>
        <source>Geen nazorg gepland. Nazorg wordt vanzelf gepland als een activiteit start.</source>
        <translation>No follow-up planned. Follow-up is planned automatically when an activity starts.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="508"/>
        <source>gemiddeld %1</source>
        <translation>average %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="511"/>
        <source>Nog geen scores.</source>
        <translation>No scores yet.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="527"/>
        <source>Aanmelding bij de aanbieder</source>
        <translation>Sign-up with the provider</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="530"/>
        <source>Tekst voor de aanmelding</source>
        <translation>Text for the sign-up</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="531"/>
        <source>&amp;Kopiëren</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="533"/>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="559"/>
        <source>Start vastleggen</source>
        <translation>Record start</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="178"/>
        <location filename="../../ui/views/matching.py" line="179"/>
        <location filename="../../ui/views/matching.py" line="559"/>
        <source>Uitkomst vastleggen</source>
        <translation>Record outcome</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="394"/>
        <source>eerder voorgesteld: %1</source>
        <translation>proposed before: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="398"/>
        <source>al voorgesteld, nog zonder uitkomst</source>
        <translation>already proposed, no outcome yet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/matching.py" line="468"/>
        <source>%n dagen te laat</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/matching.py" line="470"/>
        <source>over %n dagen</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="591"/>
        <source>Een datum kan niet worden gelezen. Schrijf dd-mm-jjjj, bijvoorbeeld 01-09-2026.</source>
        <translation>A date cannot be read. Write dd-mm-yyyy, for example 01-09-2026.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="625"/>
        <source>Vink eerst één of meer activiteiten aan.</source>
        <translation>First tick one or more activities.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="654"/>
        <source>Vul de startdatum in.</source>
        <translation>Fill in the start date.</translation>
    </message>
</context>
<context>
    <name>NewReferralDialog</name>
    <message>
        <location filename="../../ui/views/referral.py" line="69"/>
        <source>Nieuwe verwijzing</source>
        <translation>New referral</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral.py" line="76"/>
        <source>&amp;Achternaam</source>
        <translation>&amp;Surname</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral.py" line="77"/>
        <source>&amp;Voornaam</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral.py" line="81"/>
        <source>&amp;Geboortedatum</source>
        <translation>&amp;Birth date</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral.py" line="84"/>
        <source>Ge&amp;slacht</source>
        <translation>&amp;Gender</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral.py" line="85"/>
        <source>&amp;Postcode</source>
        <translation>&amp;Postcode</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral.py" line="87"/>
        <source>Ge&amp;meente</source>
        <translation>&amp;Municipality</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral.py" line="88"/>
        <source>Wi&amp;jk</source>
        <translation>&amp;Neighbourhood</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral.py" line="91"/>
        <source>&amp;Telefoon</source>
        <translation>P&amp;hone</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral.py" line="92"/>
        <source>&amp;E-mail</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral.py" line="93"/>
        <source>Cliënt&amp;nummer</source>
        <translation>Client &amp;number</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral.py" line="94"/>
        <source>leeg: %1</source>
        <translation>empty: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral.py" line="98"/>
        <source>Bestaande cliënten die lijken op deze</source>
        <translation>Existing clients similar to this one</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral.py" line="108"/>
        <source>Verwijs&amp;datum</source>
        <translation>&amp;Referral date</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral.py" line="127"/>
        <source>Toe&amp;lichting</source>
        <translation>E&amp;xplanation</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral.py" line="421"/>
        <source>Verwijzing niet opslaan?</source>
        <translation>Discard this referral?</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral.py" line="423"/>
        <source>Deze verwijzing is nog niet opgeslagen. Wat u typte gaat verloren als u het venster sluit.</source>
        <translation>This referral has not been saved. What you typed is lost if you close the window.</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral.py" line="429"/>
        <source>&amp;Weggooien</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral.py" line="430"/>
        <source>&amp;Verder invullen</source>
        <translation>&amp;Keep editing</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral.py" line="113"/>
        <source>T&amp;ype verwijzer</source>
        <translation>Referrer t&amp;ype</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral.py" line="117"/>
        <source>Naam ver&amp;wijzer</source>
        <translation>Referrer na&amp;me</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral.py" line="118"/>
        <source>Prakt&amp;ijk</source>
        <translation>Pract&amp;ice</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral.py" line="119"/>
        <source>&amp;Kanaal</source>
        <translation>&amp;Channel</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral.py" line="123"/>
        <source>&amp;Redenen</source>
        <translation>Rea&amp;sons</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral.py" line="128"/>
        <source>Toestemming gegevens</source>
        <translation>Consent contact data</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral.py" line="132"/>
        <source>Toestemming terugkoppeling</source>
        <translation>Consent feedback</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral.py" line="147"/>
        <source>Opslaan (Ctrl+Enter)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral.py" line="148"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral.py" line="157"/>
        <source>Cliënt</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral.py" line="157"/>
        <source>Verwijzing</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral.py" line="249"/>
        <source>Nieuwe praktijk: wordt bij opslaan aan het register van verwijzers toegevoegd.</source>
        <translation>New practice: it is added to the register of referrers when you save.</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral.py" line="274"/>
        <source>heeft een lopend traject</source>
        <translation>has an open trajectory</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral.py" line="280"/>
        <source>Bestaat deze cliënt al? Kies met Enter om de verwijzing bij die cliënt te zetten.</source>
        <translation>Is this client already known? Press Enter on a name to add the referral to that client.</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral.py" line="306"/>
        <source>Verwijzing voor bestaande cliënt: %1</source>
        <translation>Referral for existing client: %1</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <location filename="../../ui/widgets/pass_field.py" line="44"/>
        <source>Caps Lock staat aan.</source>
        <translation>Caps Lock is on.</translation>
    </message>
</context>
<context>
    <name>PrivacyButton</name>
    <message>
        <location filename="../../ui/views/privacy.py" line="39"/>
        <source>Privacy…</source>
        <translation>Privacy…</translation>
    </message>
    <message>
        <location filename="../../ui/views/privacy.py" line="40"/>
        <source>Privacy van de cliënt</source>
        <translation>Client privacy</translation>
    </message>
    <message>
        <location filename="../../ui/views/privacy.py" line="43"/>
        <source>Inzage exporteren (PDF of JSON)…</source>
        <translation>Export access copy (PDF or JSON)…</translation>
    </message>
    <message>
        <location filename="../../ui/views/privacy.py" line="45"/>
        <source>Logboek van deze cliënt…</source>
        <translation>This client&apos;s log…</translation>
    </message>
    <message>
        <location filename="../../ui/views/privacy.py" line="48"/>
        <source>Cliënt wissen…</source>
        <translation>Erase client…</translation>
    </message>
    <message>
        <location filename="../../ui/views/privacy.py" line="65"/>
        <source>Inzage opslaan</source>
        <translation>Save access copy</translation>
    </message>
    <message>
        <location filename="../../ui/views/privacy.py" line="67"/>
        <source>PDF-bestanden (*.pdf);;JSON-bestanden (*.json)</source>
        <translation>PDF files (*.pdf);;JSON files (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/views/privacy.py" line="88"/>
        <location filename="../../ui/views/privacy.py" line="96"/>
        <source>Inzage</source>
        <translation>Access copy</translation>
    </message>
    <message>
        <location filename="../../ui/views/privacy.py" line="89"/>
        <source>De inzage is opgeslagen in %1. Geef het bestand aan de cliënt.</source>
        <translation>The access copy is saved in %1. Give the file to the client.</translation>
    </message>
    <message>
        <location filename="../../ui/views/privacy.py" line="111"/>
        <source>%1 (cliëntnummer %2) wordt gewist met %3, alle gesprekken, pauzes, terugkoppelingen, matches, scores en %4. Dit kan niet ongedaan worden gemaakt. Oude back-ups bevatten de cliënt nog tot ze worden vervangen.

Wissen?</source>
        <translation>%1 (client number %2) will be erased with %3, all conversations, pauses, feedback, matches, scores and %4. This cannot be undone. Older backups still hold the client until they are replaced.

Erase?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/privacy.py" line="118"/>
        <source>%n trajecten</source>
        <translation>
            <numerusform>%n trajectory</numerusform>
            <numerusform>%n trajectories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/privacy.py" line="119"/>
        <source>%n logboekregels</source>
        <translation>
            <numerusform>%n log entry</numerusform>
            <numerusform>%n log entries</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/privacy.py" line="127"/>
        <location filename="../../ui/views/privacy.py" line="140"/>
        <source>Cliënt wissen</source>
        <translation>Erase client</translation>
    </message>
</context>
<context>
    <name>ReferrersBox</name>
    <message>
        <location filename="../../ui/views/referrers.py" line="31"/>
        <source>Register van verwijzers</source>
        <translation>Register of referrers</translation>
    </message>
    <message>
        <location filename="../../ui/views/referrers.py" line="35"/>
        <source>Brieven gaan naar het adres van de praktijk. Een nieuwe verwijzing voegt haar praktijk en verwijzer vanzelf toe; hier vult u adres en AGB-code aan.</source>
        <translation>Letters go to the practice&apos;s address. A new referral adds its practice and referrer by itself; here you add the address and AGB code.</translation>
    </message>
    <message>
        <location filename="../../ui/views/referrers.py" line="42"/>
        <source>Praktijk uit het register</source>
        <translation>Practice from the register</translation>
    </message>
    <message>
        <location filename="../../ui/views/referrers.py" line="44"/>
        <source>Naam van de praktijk</source>
        <translation>Name of the practice</translation>
    </message>
    <message>
        <location filename="../../ui/views/referrers.py" line="46"/>
        <source>Adres van de praktijk</source>
        <translation>Address of the practice</translation>
    </message>
    <message>
        <location filename="../../ui/views/referrers.py" line="50"/>
        <location filename="../../ui/views/referrers.py" line="59"/>
        <source>AGB-code</source>
        <translation>AGB code</translation>
    </message>
    <message>
        <location filename="../../ui/views/referrers.py" line="51"/>
        <source>acht cijfers, mag leeg</source>
        <translation>eight digits, may be empty</translation>
    </message>
    <message>
        <location filename="../../ui/views/referrers.py" line="54"/>
        <source>Verwijzers van deze praktijk</source>
        <translation>Referrers of this practice</translation>
    </message>
    <message>
        <location filename="../../ui/views/referrers.py" line="56"/>
        <source>Praktijk</source>
        <translation>Practice</translation>
    </message>
    <message>
        <location filename="../../ui/views/referrers.py" line="57"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/views/referrers.py" line="58"/>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/views/referrers.py" line="60"/>
        <source>Verwijzers</source>
        <translation>Referrers</translation>
    </message>
    <message>
        <location filename="../../ui/views/referrers.py" line="61"/>
        <source>Praktijk opslaan</source>
        <translation>Save practice</translation>
    </message>
    <message>
        <location filename="../../ui/views/referrers.py" line="87"/>
        <source>Nieuwe praktijk…</source>
        <translation>New practice…</translation>
    </message>
    <message>
        <location filename="../../ui/views/referrers.py" line="103"/>
        <source>nog geen</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location filename="../../ui/views/referrers.py" line="122"/>
        <source>Opgeslagen.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>RegionalCodesBox</name>
    <message>
        <location filename="../../ui/views/regional_codes.py" line="30"/>
        <source>Eigen redenen van verwijzing (regio)</source>
        <translation>Own referral reasons (region)</translation>
    </message>
    <message>
        <location filename="../../ui/views/regional_codes.py" line="34"/>
        <source>Een regio mag eigen redenen toevoegen. Ze tellen bij de desk als eigen categorie; bij synchroniseren tellen ze als &apos;Overig&apos;. Bestaande redenen worden nooit hernoemd.</source>
        <translation>A region may add its own reasons. The desk counts them as their own category; when syncing they count as &apos;Other&apos;. Existing reasons are never renamed.</translation>
    </message>
    <message>
        <location filename="../../ui/views/regional_codes.py" line="42"/>
        <source>Toegevoegde redenen</source>
        <translation>Added reasons</translation>
    </message>
    <message>
        <location filename="../../ui/views/regional_codes.py" line="44"/>
        <source>bijvoorbeeld digitale_vaardigheden</source>
        <translation>for example digital_skills</translation>
    </message>
    <message>
        <location filename="../../ui/views/regional_codes.py" line="45"/>
        <location filename="../../ui/views/regional_codes.py" line="51"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/views/regional_codes.py" line="47"/>
        <source>Omschrijving in het Nederlands</source>
        <translation>Label in Dutch</translation>
    </message>
    <message>
        <location filename="../../ui/views/regional_codes.py" line="49"/>
        <source>Omschrijving in het Engels</source>
        <translation>Label in English</translation>
    </message>
    <message>
        <location filename="../../ui/views/regional_codes.py" line="52"/>
        <source>Nederlands</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <location filename="../../ui/views/regional_codes.py" line="53"/>
        <source>Engels</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../ui/views/regional_codes.py" line="54"/>
        <source>Reden toevoegen</source>
        <translation>Add reason</translation>
    </message>
    <message>
        <location filename="../../ui/views/regional_codes.py" line="77"/>
        <source>Nog geen eigen redenen toegevoegd.</source>
        <translation>No own reasons added yet.</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../ui/views/settings.py" line="37"/>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="45"/>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="48"/>
        <source> minuten</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="49"/>
        <source>Automatisch vergrendelen na</source>
        <translation>Lock automatically after</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="52"/>
        <source> weken</source>
        <translation> weeks</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="53"/>
        <source>Nazorg na</source>
        <translation>Follow-up after</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="55"/>
        <source>&amp;Taal</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="56"/>
        <source>&amp;Vergrendelen na</source>
        <translation>&amp;Lock after</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="57"/>
        <source>Na&amp;zorg na</source>
        <translation>&amp;Follow-up after</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="65"/>
        <location filename="../../ui/views/settings.py" line="179"/>
        <source>Map voor automatische back-ups</source>
        <translation>Folder for automatic backups</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="66"/>
        <source>geen: kies een USB-stick of netwerkmap</source>
        <translation>none: choose a USB stick or network folder</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="67"/>
        <source>&amp;Kies…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="74"/>
        <source> back-ups</source>
        <translation> backups</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="75"/>
        <source>Aantal back-ups bewaren</source>
        <translation>Number of backups to keep</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="78"/>
        <source> maanden na afsluiten</source>
        <translation> months after closing</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="79"/>
        <source>Bewaartermijn</source>
        <translation>Retention period</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="81"/>
        <source>Zonder te vragen wissen wat over de termijn is</source>
        <translation>Erase what is past the period without asking</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="83"/>
        <source>Back-up&amp;map</source>
        <translation>Backup &amp;folder</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="87"/>
        <source>Back-u&amp;ps bewaren</source>
        <translation>Keep back&amp;ups</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="88"/>
        <source>Bewaarterm&amp;ijn</source>
        <translation>Retention per&amp;iod</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="96"/>
        <source>Op&amp;slaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="98"/>
        <source>Back-&amp;up maken…</source>
        <translation>Make &amp;backup…</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="100"/>
        <source>Wachtwoo&amp;rd wijzigen…</source>
        <translation>Change &amp;passphrase…</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="230"/>
        <source>Niets gewijzigd.</source>
        <translation>Nothing changed.</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="108"/>
        <source>Organisatie en coach</source>
        <translation>Organisation and coach</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="109"/>
        <source>Werken met de desk</source>
        <translation>Working with the desk</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="111"/>
        <source>Privacy en back-ups</source>
        <translation>Privacy and backups</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="228"/>
        <location filename="../../ui/views/settings.py" line="235"/>
        <source>Opgeslagen.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../ui/views/setup.py" line="107"/>
        <source>WoR Desk instellen</source>
        <translation>Set up WoR Desk</translation>
    </message>
    <message>
        <location filename="../../ui/views/setup.py" line="110"/>
        <source>Vul in voor wie u werkt en waar. Dit komt onder andere in de terugkoppelbrieven. U kunt het later wijzigen bij Instellingen.</source>
        <translation>Fill in who you work for and where. This appears in the feedback letters, among other places. You can change it later in Settings.</translation>
    </message>
    <message>
        <location filename="../../ui/views/setup.py" line="120"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/views/setup.py" line="121"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>SetupForm</name>
    <message>
        <location filename="../../ui/views/setup.py" line="56"/>
        <source>&amp;Organisatie</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/views/setup.py" line="57"/>
        <source>&amp;Adres organisatie</source>
        <translation>Organisation &amp;address</translation>
    </message>
    <message>
        <location filename="../../ui/views/setup.py" line="58"/>
        <source>&amp;Naam coach</source>
        <translation>Coach &amp;name</translation>
    </message>
    <message>
        <location filename="../../ui/views/setup.py" line="59"/>
        <source>Tele&amp;foon coach</source>
        <translation>Coach p&amp;hone</translation>
    </message>
    <message>
        <location filename="../../ui/views/setup.py" line="60"/>
        <source>&amp;E-mail coach</source>
        <translation>Coach &amp;email</translation>
    </message>
    <message>
        <location filename="../../ui/views/setup.py" line="61"/>
        <source>&amp;Werkgebied</source>
        <translation>&amp;Work area</translation>
    </message>
    <message>
        <location filename="../../ui/views/setup.py" line="78"/>
        <source>Eén gemeente per regel, met de wijken erachter:
Groningen: Beijum, Oosterpoort</source>
        <translation>One municipality per line, followed by its neighbourhoods:
Groningen: Beijum, Oosterpoort</translation>
    </message>
</context>
<context>
    <name>SpiderChart</name>
    <message>
        <location filename="../../ui/widgets/spider.py" line="37"/>
        <source>Spinnenweb positieve gezondheid</source>
        <translation>Positive Health spider web</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/spider.py" line="57"/>
        <source>Voor</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/spider.py" line="58"/>
        <source>Na</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/spider.py" line="78"/>
        <source>Nog geen scores</source>
        <translation>No scores yet</translation>
    </message>
</context>
<context>
    <name>StepBar</name>
    <message>
        <location filename="../../ui/widgets/stepbar.py" line="26"/>
        <source>Stap %1: %2</source>
        <translation>Step %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stepbar.py" line="38"/>
        <source>Bezoek</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stepbar.py" line="39"/>
        <source>Verwijzing</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stepbar.py" line="40"/>
        <source>Kennismaking</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stepbar.py" line="41"/>
        <source>Matching</source>
        <translation>Matching</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stepbar.py" line="42"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stepbar.py" line="43"/>
        <source>Nazorg</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stepbar.py" line="85"/>
        <source>Gedaan</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stepbar.py" line="86"/>
        <source>Hier is de cliënt nu</source>
        <translation>The client is here now</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stepbar.py" line="87"/>
        <source>Nog te doen</source>
        <translation>Still to do</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <location filename="../../ui/views/sync.py" line="54"/>
        <source>Synchronisatie</source>
        <extracomment>Minutes between automatic syncs while the screen&apos;s checkbox is on.</extracomment>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="59"/>
        <source>Alleen tellingen verlaten deze desk: geen namen, geboortedata, postcodes of vrije tekst. Kleine aantallen worden onderdrukt (gemarkeerd met *); praktijknamen gaan alleen als onherkenbare sleutel-hash mee.</source>
        <translation>Only counts leave this desk: no names, dates of birth, postcodes or free text. Small numbers are suppressed (marked with *); practice names are only sent as an unrecognisable key hash.</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="68"/>
        <source>Collector (van uw teamleider)</source>
        <translation>Collector (from your team leader)</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="72"/>
        <source>Koppelcode</source>
        <translation>Koppelcode (joining code)</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="73"/>
        <source>Koppelen</source>
        <translation>Join</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="74"/>
        <source>Koppelen met de koppelcode</source>
        <translation>Join with the koppelcode</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="79"/>
        <source>Koppelcode:</source>
        <translation>Koppelcode:</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="82"/>
        <source>Collector-adres</source>
        <translation>Collector address</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="85"/>
        <source>Desk-token</source>
        <translation>Desk token</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="88"/>
        <source>Regiosleutel</source>
        <translation>Region key</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="89"/>
        <source>Adres:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="90"/>
        <source>Desk-token:</source>
        <translation>Desk token:</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="91"/>
        <source>Regiosleutel:</source>
        <translation>Region key:</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="92"/>
        <source>Instellingen bewaren</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="93"/>
        <source>Collector-instellingen bewaren</source>
        <translation>Save collector settings</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="101"/>
        <source>Stand van de synchronisatie</source>
        <translation>Sync status</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="105"/>
        <location filename="../../ui/views/sync.py" line="106"/>
        <source>Nu synchroniseren</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="108"/>
        <source>Voorbeeld vernieuwen</source>
        <translation>Refresh preview</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="109"/>
        <source>Voorbeeld van wat vertrekt vernieuwen</source>
        <translation>Refresh the preview of what will be sent</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="112"/>
        <source>Automatisch synchroniseren (elke %1 minuten)</source>
        <translation>Sync automatically (every %1 minutes)</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="114"/>
        <source>Automatisch synchroniseren</source>
        <translation>Sync automatically</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="123"/>
        <source>Samenvatting van de collector</source>
        <translation>Summary from the collector</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="127"/>
        <source>Wat vertrekt, per maand, kwartaal en jaar:</source>
        <translation>What leaves, per month, quarter and year:</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="131"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="133"/>
        <source>Wat vertrekt, per periode</source>
        <translation>What leaves, per period</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="230"/>
        <source>Verzonden: %1 periode(n). Cellen: %2 nieuw, %3 bijgewerkt, %4 ongewijzigd, %5 verwijderd, %6 geweigerd.</source>
        <translation>Sent: %1 period(s). Cells: %2 new, %3 updated, %4 unchanged, %5 removed, %6 refused.</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="131"/>
        <source>Telling</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="131"/>
        <source>Categorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="131"/>
        <source>Waarde</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="161"/>
        <location filename="../../ui/views/sync.py" line="164"/>
        <source>bewaard</source>
        <translation>saved</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="161"/>
        <location filename="../../ui/views/sync.py" line="164"/>
        <source>nog niet opgegeven</source>
        <translation>not entered yet</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="194"/>
        <source>Er is nog geen collector ingesteld. Vul hierboven de koppelcode van uw teamleider in en kies Koppelen.</source>
        <translation>No collector is set yet. Fill in your team lead&apos;s koppelcode above and choose Join.</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="198"/>
        <source>De regiosleutel ontbreekt. Vul hierboven de koppelcode van uw teamleider in en kies Koppelen: daarin zit de regiosleutel.</source>
        <translation>The region secret is missing. Fill in your team lead&apos;s koppelcode above and choose Join: it holds the region secret.</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="206"/>
        <source>Laatste geslaagde synchronisatie: %1</source>
        <translation>Last successful sync: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="207"/>
        <source>nog nooit</source>
        <translation>never</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/sync.py" line="212"/>
        <source>Wacht nog: %n perioden (%1)</source>
        <translation>
            <numerusform>Still waiting: %n period (%1)</numerusform>
            <numerusform>Still waiting: %n periods (%1)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="217"/>
        <source>Er wacht niets.</source>
        <translation>Nothing is waiting.</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="220"/>
        <source>Volgende automatische poging: %1</source>
        <translation>Next automatic attempt: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="223"/>
        <source>Laatste probleem: %1</source>
        <translation>Last problem: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="241"/>
        <source>%1 geweigerd: %2</source>
        <translation>%1 rejected: %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="248"/>
        <source>Sociale kaart van de regio (revisie %1): %2 nieuw, %3 bijgewerkt, %4 verwijderd, %5 gesloten; %6 voorstel(len) verzonden.</source>
        <translation>Region&apos;s sociale kaart (revision %1): %2 new, %3 updated, %4 removed, %5 closed; %6 proposal(s) sent.</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="259"/>
        <source>De sociale kaart van de regio kon niet worden opgehaald; de desk houdt de laatste kaart. (%1)</source>
        <translation>The region&apos;s sociale kaart could not be fetched; the desk keeps the last kaart. (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="273"/>
        <source>Bezig met synchroniseren…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="290"/>
        <source>Synchroniseren mislukt: %1</source>
        <translation>Sync failed: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="307"/>
        <source>Bezig met koppelen…</source>
        <translation>Joining…</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="316"/>
        <source>Gekoppeld: adres, token en regiosleutel zijn bewaard.</source>
        <translation>Joined: address, token and region secret are stored.</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="332"/>
        <source>Koppelen mislukt: %1</source>
        <translation>Joining failed: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="383"/>
        <source>(categorieën verborgen)</source>
        <translation>(categories hidden)</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="388"/>
        <source>onderdrukt (%1–%2)</source>
        <translation>suppressed (%1–%2)</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="393"/>
        <source>onderdrukt</source>
        <translation>suppressed</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="404"/>
        <source>Praktijken (alleen als sleutel-hash)</source>
        <translation>Practices (only as key hash)</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="414"/>
        <source>Praktijken: regiosleutel ontbreekt</source>
        <translation>Practices: region key missing</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="437"/>
        <source>* = onderdrukt: kleine aantallen (1 tot %1) en wat nodig is om ze te beschermen; of categorieën verborgen. Totalen gaan exact mee.</source>
        <translation>* = suppressed: small numbers (1 to %1) and whatever is needed to protect them; or categories hidden. Totals are sent exactly.</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="441"/>
        <source>Er is nog niets te verzenden.</source>
        <translation>There is nothing to send yet.</translation>
    </message>
</context>
<context>
    <name>TeamTotalsView</name>
    <message>
        <location filename="../../ui/views/team.py" line="41"/>
        <location filename="../../ui/views/team.py" line="83"/>
        <source>Teamtotalen</source>
        <extracomment>Profile setting remembering the team lead&apos;s reader token (kept in the encrypted store).</extracomment>
        <translation>Team totals</translation>
    </message>
    <message>
        <location filename="../../ui/views/team.py" line="45"/>
        <source>Totalen van alle desks binnen het bereik van uw lezerstoken (team, organisatie of regio), zoals de collector ze optelt. Er staan geen namen in; onderdrukte bijdragen staan als bereik.</source>
        <translation>Totals of all desks within the scope of your reader token (team, organisation or region), as the collector adds them up. They contain no names; suppressed contributions are shown as a range.</translation>
    </message>
    <message>
        <location filename="../../ui/views/team.py" line="54"/>
        <source>Adres van de collector</source>
        <translation>Collector address</translation>
    </message>
    <message>
        <location filename="../../ui/views/team.py" line="57"/>
        <source>Lezerstoken</source>
        <translation>Reader token</translation>
    </message>
    <message>
        <location filename="../../ui/views/team.py" line="62"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/views/team.py" line="64"/>
        <source>Een maand (2026-03), een kwartaal (2026-Q1) of een jaar (2026)</source>
        <translation>A month (2026-03), a quarter (2026-Q1) or a year (2026)</translation>
    </message>
    <message>
        <location filename="../../ui/views/team.py" line="66"/>
        <source>&amp;Ophalen</source>
        <translation>&amp;Fetch</translation>
    </message>
    <message>
        <location filename="../../ui/views/team.py" line="70"/>
        <source>Collector:</source>
        <translation>Collector:</translation>
    </message>
    <message>
        <location filename="../../ui/views/team.py" line="71"/>
        <source>Lezerstoken:</source>
        <translation>Reader token:</translation>
    </message>
    <message>
        <location filename="../../ui/views/team.py" line="75"/>
        <source>Periode:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../ui/views/team.py" line="81"/>
        <source>Telling</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../ui/views/team.py" line="81"/>
        <source>Categorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/views/team.py" line="81"/>
        <source>Waarde</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../ui/views/team.py" line="103"/>
        <source>Vul het adres van de collector en uw lezerstoken in (u krijgt de token van de beheerder van de collector).</source>
        <translation>Fill in the collector&apos;s address and your reader token (you get the token from the collector&apos;s administrator).</translation>
    </message>
    <message>
        <location filename="../../ui/views/team.py" line="114"/>
        <source>Bezig met ophalen…</source>
        <translation>Fetching…</translation>
    </message>
    <message>
        <location filename="../../ui/views/team.py" line="141"/>
        <source>%1 regels voor %2.</source>
        <translation>%1 rows for %2.</translation>
    </message>
    <message>
        <location filename="../../ui/views/team.py" line="151"/>
        <source>Ophalen mislukt: %1</source>
        <translation>Fetching failed: %1</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../ui/views/today.py" line="37"/>
        <source>Vandaag</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../ui/views/today.py" line="41"/>
        <source>Wat er vandaag te doen is</source>
        <translation>What to do today</translation>
    </message>
    <message>
        <location filename="../../ui/views/today.py" line="44"/>
        <source>Cliënt</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../ui/views/today.py" line="44"/>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/views/today.py" line="44"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/views/today.py" line="44"/>
        <source>Termijn</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/views/today.py" line="67"/>
        <source>Waarschuwing over de back-up</source>
        <translation>Backup warning</translation>
    </message>
    <message>
        <location filename="../../ui/views/today.py" line="117"/>
        <source>Laden mislukt: %1</source>
        <translation>Loading failed: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/today.py" line="130"/>
        <source>Wachten op eerste contact (binnen 5 werkdagen)</source>
        <translation>Waiting for first contact (within 5 working days)</translation>
    </message>
    <message>
        <location filename="../../ui/views/today.py" line="133"/>
        <source>Gepland: kennismakingen en gesprekken</source>
        <translation>Planned: intakes and conversations</translation>
    </message>
    <message>
        <location filename="../../ui/views/today.py" line="134"/>
        <source>Nazorg te doen</source>
        <translation>Follow-up to do</translation>
    </message>
    <message>
        <location filename="../../ui/views/today.py" line="135"/>
        <source>Terugkoppeling nog niet verstuurd</source>
        <translation>Feedback not sent yet</translation>
    </message>
    <message>
        <location filename="../../ui/views/today.py" line="136"/>
        <source>Gepauzeerd: bekijken</source>
        <translation>Paused: to review</translation>
    </message>
    <message>
        <location filename="../../ui/views/today.py" line="161"/>
        <source>Terugkoppeling: %1</source>
        <translation>Feedback: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/today.py" line="169"/>
        <source>Kennismaking</source>
        <translation>Intake</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/today.py" line="176"/>
        <source>sinds %n dagen</source>
        <translation>
            <numerusform>for %n day</numerusform>
            <numerusform>for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/today.py" line="180"/>
        <source>%n werkdagen te laat</source>
        <translation>
            <numerusform>%n working day overdue</numerusform>
            <numerusform>%n working days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/today.py" line="183"/>
        <source>nog %n werkdagen</source>
        <translation>
            <numerusform>%n working day left</numerusform>
            <numerusform>%n working days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/today.py" line="188"/>
        <source>%n dagen te laat</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/today.py" line="191"/>
        <source>over %n dagen</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/today.py" line="182"/>
        <location filename="../../ui/views/today.py" line="190"/>
        <source>vandaag</source>
        <translation>today</translation>
    </message>
</context>
<context>
    <name>TrajectoryTableModel</name>
    <message>
        <location filename="../../ui/views/trajectory_table.py" line="55"/>
        <source>Cliëntnr</source>
        <extracomment>The list&apos;s filter is the core&apos;s: one predicate (`TrajectoryFilter.matches`/`select`).</extracomment>
        <translation>Client no.</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory_table.py" line="56"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory_table.py" line="57"/>
        <source>Geboren</source>
        <translation>Born</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory_table.py" line="58"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory_table.py" line="59"/>
        <source>Verwijzer</source>
        <translation>Referrer</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory_table.py" line="60"/>
        <source>Type verwijzer</source>
        <translation>Referrer type</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory_table.py" line="61"/>
        <source>Verwezen</source>
        <translation>Referred</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory_table.py" line="62"/>
        <source>Stap</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory_table.py" line="63"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory_table.py" line="64"/>
        <source>Volgende actie</source>
        <translation>Next action</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory_table.py" line="65"/>
        <source>Uiterlijk</source>
        <translation>Due by</translation>
    </message>
</context>
<context>
    <name>TrajectoryView</name>
    <message>
        <location filename="../../ui/views/trajectory.py" line="127"/>
        <source>Geen traject gekozen</source>
        <extracomment>Which tab shows which step (steps 1 and 2 share the referral tab).</extracomment>
        <translation>No trajectory chosen</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="138"/>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="139"/>
        <source>Wijzigingen opslaan (Ctrl+S)</source>
        <translation>Save changes (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="141"/>
        <source>Ongedaan &amp;maken</source>
        <translation>&amp;Undo changes</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="143"/>
        <location filename="../../ui/views/trajectory.py" line="598"/>
        <source>&amp;Pauzeren…</source>
        <translation>&amp;Pause…</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="150"/>
        <source>Stappen</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="151"/>
        <source>1-2 Verwijzing</source>
        <translation>1-2 Referral</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="152"/>
        <source>3 Kennismaking</source>
        <translation>3 Intake</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="153"/>
        <source>4 Begeleiding en matching</source>
        <translation>4 Coaching and matching</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="154"/>
        <source>5 Start activiteit</source>
        <translation>5 Activity start</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="155"/>
        <source>6 Nazorg en afronding</source>
        <translation>6 Follow-up and closing</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="156"/>
        <source>Terugkoppeling</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="158"/>
        <source>Match en gezondheid</source>
        <translation>Match and health</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="163"/>
        <source>Opslaan gelukt</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="251"/>
        <source>Achternaam</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="252"/>
        <source>Voornaam</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="253"/>
        <source>Geboortedatum</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="254"/>
        <source>Geslacht</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="255"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="256"/>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="257"/>
        <source>Wijk</source>
        <translation>Neighbourhood</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="258"/>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="259"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="260"/>
        <source>Cliëntnummer</source>
        <translation>Client number</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="265"/>
        <source>Bezoek zorgverlener</source>
        <translation>Visit to care provider</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="266"/>
        <source>Klachten</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="267"/>
        <source>Verwijsdatum</source>
        <translation>Referral date</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="268"/>
        <source>Type verwijzer</source>
        <translation>Referrer type</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="269"/>
        <source>Naam verwijzer</source>
        <translation>Referrer name</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="270"/>
        <source>Praktijk</source>
        <translation>Practice</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="271"/>
        <source>Kanaal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="272"/>
        <source>Redenen</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="273"/>
        <source>Toelichting reden</source>
        <translation>Reason explained</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="274"/>
        <source>Toestemming gegevens</source>
        <translation>Consent contact data</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="275"/>
        <source>Toestemming terugkoppeling</source>
        <translation>Consent feedback</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="278"/>
        <source>Cliënt</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="278"/>
        <source>Verwijzing (stap 1 en 2)</source>
        <translation>Referral (steps 1 and 2)</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="294"/>
        <source>Eerste contact</source>
        <translation>First contact</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="296"/>
        <source>Kennismaking gepland op</source>
        <translation>Intake planned on</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="298"/>
        <source>Kennismaking gehouden</source>
        <translation>Intake held</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="316"/>
        <location filename="../../ui/views/trajectory.py" line="341"/>
        <location filename="../../ui/views/trajectory.py" line="383"/>
        <location filename="../../ui/views/trajectory.py" line="419"/>
        <location filename="../../ui/views/trajectory.py" line="428"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="320"/>
        <location filename="../../ui/views/trajectory.py" line="383"/>
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="322"/>
        <source>Korte notitie</source>
        <translation>Short note</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="323"/>
        <source>Nog gepland (niet gehouden)</source>
        <translation>Still planned (not held)</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="326"/>
        <source>Gesprek vastleggen</source>
        <translation>Record conversation</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="328"/>
        <source>Nazorgcontact vastleggen</source>
        <translation>Record follow-up contact</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="338"/>
        <location filename="../../ui/views/trajectory.py" line="343"/>
        <source>Gesprekken</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="341"/>
        <location filename="../../ui/views/trajectory.py" line="383"/>
        <source>Gehouden</source>
        <translation>Held</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="341"/>
        <location filename="../../ui/views/trajectory.py" line="383"/>
        <location filename="../../ui/views/trajectory.py" line="419"/>
        <location filename="../../ui/views/trajectory.py" line="437"/>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="344"/>
        <location filename="../../ui/views/trajectory.py" line="386"/>
        <source>Geplande afspraak als gehouden markeren</source>
        <translation>Mark planned appointment as held</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="348"/>
        <source>Behoefte</source>
        <translation>Need</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="354"/>
        <source>Welk soort aanbod past en voorstellen uit de sociale kaart: tabblad Match en gezondheid (Ctrl+Tab).</source>
        <translation>Which kind of offer fits, and proposals from the sociale kaart: tab Match and health (Ctrl+Tab).</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="394"/>
        <source>Datum &amp;afsluiten</source>
        <translation>Closing &amp;date</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="396"/>
        <source>R&amp;eden van afsluiten</source>
        <translation>R&amp;eason for closing</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="399"/>
        <source>Traject af&amp;sluiten</source>
        <translation>&amp;Close trajectory</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="401"/>
        <source>Traject he&amp;ropenen</source>
        <translation>&amp;Reopen trajectory</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="441"/>
        <source>Brief aan de verwijzer ma&amp;ken…</source>
        <translation>Create &amp;letter to the referrer…</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="369"/>
        <source>Activiteit</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="370"/>
        <source>Soort aanbod</source>
        <translation>Kind of offer</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="371"/>
        <source>Aanbieder</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="372"/>
        <source>Startdatum</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="380"/>
        <location filename="../../ui/views/trajectory.py" line="385"/>
        <source>Nazorgcontacten</source>
        <translation>Follow-up contacts</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="389"/>
        <source>Afsluiten</source>
        <translation>Closing</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="398"/>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="419"/>
        <location filename="../../ui/views/trajectory.py" line="433"/>
        <source>Moment</source>
        <translation>Moment</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="419"/>
        <location filename="../../ui/views/trajectory.py" line="435"/>
        <source>Verzonden via</source>
        <translation>Sent via</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="422"/>
        <source>Verstuurde terugkoppeling</source>
        <translation>Feedback sent</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="438"/>
        <source>Terugkoppeling vastleggen</source>
        <translation>Record feedback</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="442"/>
        <source>Brief aan de verwijzer maken</source>
        <translation>Create letter to the referrer</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="495"/>
        <source>jaar</source>
        <translation>years</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="504"/>
        <source>uiterlijk %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="506"/>
        <source>Stap %1 (%2), %3.</source>
        <translation>Step %1 (%2), %3.</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="512"/>
        <source>Volgende: %1%2.</source>
        <translation>Next: %1%2.</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="514"/>
        <source>Afgesloten op %1: %2.</source>
        <translation>Closed on %1: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="519"/>
        <source>Gepauzeerd sinds %1%2.</source>
        <translation>Paused since %1%2.</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="526"/>
        <source>Eerste contact uiterlijk %1 (vijf werkdagen na de verwijzing).</source>
        <translation>First contact by %1 (five working days after the referral).</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="538"/>
        <location filename="../../ui/views/trajectory.py" line="552"/>
        <source>gepland</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="538"/>
        <location filename="../../ui/views/trajectory.py" line="552"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="578"/>
        <source>Er is geen toestemming voor terugkoppeling vastgelegd (tabblad Verwijzing).</source>
        <translation>No consent for feedback is recorded (Referral tab).</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="583"/>
        <source>Nog te sturen: %1.</source>
        <translation>Still to send: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="589"/>
        <source>Geen terugkoppeling openstaand.</source>
        <translation>No feedback outstanding.</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="598"/>
        <source>&amp;Hervatten…</source>
        <translation>&amp;Resume…</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="606"/>
        <source>Overgedragen aan %1 op %2: alleen-lezen.</source>
        <translation>Handed over to %1 on %2: read-only.</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="607"/>
        <source>een collega</source>
        <translation>a colleague</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="717"/>
        <source>Niets gewijzigd; alles is opgeslagen.</source>
        <translation>Nothing changed; everything is saved.</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="745"/>
        <source>Opgeslagen om %1.</source>
        <translation>Saved at %1.</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="810"/>
        <source>Kies eerst een geplande afspraak in de lijst.</source>
        <translation>First choose a planned appointment in the list.</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="882"/>
        <source>Hervat op (datum):</source>
        <translation>Resume on (date):</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="882"/>
        <source>Pauze vanaf (datum):</source>
        <translation>Pause from (date):</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="885"/>
        <source>Hervatten</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="885"/>
        <location filename="../../ui/views/trajectory.py" line="902"/>
        <source>Pauzeren</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="888"/>
        <source>vandaag</source>
        <translation>today</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="902"/>
        <source>Reden (bijvoorbeeld: eerst schuldhulp):</source>
        <translation>Reason (for example: debt help first):</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="923"/>
        <source>Wijzigingen opslaan?</source>
        <translation>Save changes?</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="925"/>
        <source>Dit traject heeft wijzigingen die nog niet zijn opgeslagen. Wilt u ze opslaan?</source>
        <translation>This trajectory has changes that are not saved yet. Do you want to save them?</translation>
    </message>
</context>
<context>
    <name>UnlockView</name>
    <message>
        <location filename="../../ui/views/unlock.py" line="53"/>
        <source>Sterk wachtwoord.</source>
        <extracomment>How many made-up clients a demo profile gets.</extracomment>
        <translation>Strong passphrase.</translation>
    </message>
    <message>
        <location filename="../../ui/views/unlock.py" line="55"/>
        <source>Redelijk sterk. Een zin van vier of meer woorden is nog sterker.</source>
        <translation>Fairly strong. A sentence of four or more words is stronger still.</translation>
    </message>
    <message>
        <location filename="../../ui/views/unlock.py" line="58"/>
        <source>Zwak: toegestaan, maar een zin van vier of meer woorden is veel sterker.</source>
        <translation>Weak: allowed, but a sentence of four or more words is much stronger.</translation>
    </message>
    <message>
        <location filename="../../ui/views/unlock.py" line="77"/>
        <location filename="../../ui/views/unlock.py" line="232"/>
        <source>WoR Desk – ontgrendelen</source>
        <translation>WoR Desk – unlock</translation>
    </message>
    <message>
        <location filename="../../ui/views/unlock.py" line="78"/>
        <source>WoR Desk</source>
        <translation>WoR Desk</translation>
    </message>
    <message>
        <location filename="../../ui/views/unlock.py" line="82"/>
        <source>De werkplek van de welzijnscoach. Uw gegevens staan versleuteld op deze computer.</source>
        <translation>The wellbeing coach&apos;s desk. Your data is stored encrypted on this computer.</translation>
    </message>
    <message>
        <location filename="../../ui/views/unlock.py" line="95"/>
        <source>Bezig</source>
        <translation>Busy</translation>
    </message>
    <message>
        <location filename="../../ui/views/unlock.py" line="120"/>
        <source>Profiel</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../../ui/views/unlock.py" line="121"/>
        <source>Wachtwoord</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/views/unlock.py" line="123"/>
        <source>&amp;Profiel</source>
        <translation>P&amp;rofile</translation>
    </message>
    <message>
        <location filename="../../ui/views/unlock.py" line="125"/>
        <location filename="../../ui/views/unlock.py" line="183"/>
        <source>&amp;Wachtwoord</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/views/unlock.py" line="132"/>
        <source>Foutmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location filename="../../ui/views/unlock.py" line="133"/>
        <source>&amp;Ontgrendelen</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/views/unlock.py" line="136"/>
        <source>&amp;Nieuw profiel…</source>
        <translation>&amp;New profile…</translation>
    </message>
    <message>
        <location filename="../../ui/views/unlock.py" line="138"/>
        <source>Back-up &amp;terugzetten…</source>
        <translation>&amp;Restore a backup…</translation>
    </message>
    <message>
        <location filename="../../ui/views/unlock.py" line="140"/>
        <source>Zet een automatische back-up terug als de opslag beschadigd is</source>
        <translation>Restore an automatic backup when the store is damaged</translation>
    </message>
    <message>
        <location filename="../../ui/views/unlock.py" line="168"/>
        <source>Naam van het profiel</source>
        <translation>Profile name</translation>
    </message>
    <message>
        <location filename="../../ui/views/unlock.py" line="169"/>
        <source>Nieuw wachtwoord</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/views/unlock.py" line="171"/>
        <source>Herhaal het wachtwoord</source>
        <translation>Repeat the passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/views/unlock.py" line="175"/>
        <source>Sterkte van het wachtwoord</source>
        <translation>Passphrase strength</translation>
    </message>
    <message>
        <location filename="../../ui/views/unlock.py" line="177"/>
        <source>Vul dit profiel met verzonnen cliënten om de desk uit te proberen (demo)</source>
        <translation>Fill this profile with made-up clients to try the desk (demo)</translation>
    </message>
    <message>
        <location filename="../../ui/views/unlock.py" line="180"/>
        <source>Demoprofiel</source>
        <translation>Demo profile</translation>
    </message>
    <message>
        <location filename="../../ui/views/unlock.py" line="182"/>
        <source>&amp;Naam profiel</source>
        <translation>Profile &amp;name</translation>
    </message>
    <message>
        <location filename="../../ui/views/unlock.py" line="184"/>
        <source>&amp;Herhaal</source>
        <translation>&amp;Repeat</translation>
    </message>
    <message>
        <location filename="../../ui/views/unlock.py" line="194"/>
        <source>Profiel &amp;aanmaken</source>
        <translation>&amp;Create profile</translation>
    </message>
    <message>
        <location filename="../../ui/views/unlock.py" line="196"/>
        <source>&amp;Terug</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../../ui/views/unlock.py" line="238"/>
        <source>WoR Desk – profiel aanmaken</source>
        <translation>WoR Desk – create profile</translation>
    </message>
    <message>
        <location filename="../../ui/views/unlock.py" line="242"/>
        <source>Welkom! Maak een profiel aan. Kies een wachtwoord dat u onthoudt: zonder wachtwoord zijn de gegevens niet terug te halen.</source>
        <translation>Welcome! Create a profile. Choose a passphrase you will remember: without it the data cannot be recovered.</translation>
    </message>
    <message>
        <location filename="../../ui/views/unlock.py" line="247"/>
        <source>Een nieuw profiel heeft een eigen versleuteld bestand en een eigen wachtwoord.</source>
        <translation>A new profile has its own encrypted file and its own passphrase.</translation>
    </message>
    <message>
        <location filename="../../ui/views/unlock.py" line="262"/>
        <source>Minstens 8 tekens; een zin van een paar woorden is het sterkst.</source>
        <translation>At least 8 characters; a sentence of a few words is strongest.</translation>
    </message>
    <message>
        <location filename="../../ui/views/unlock.py" line="300"/>
        <source>Er zijn automatische back-ups: kies &apos;Back-up terugzetten…&apos; om er een terug te zetten.</source>
        <translation>There are automatic backups: choose &apos;Restore a backup…&apos; to restore one.</translation>
    </message>
    <message>
        <location filename="../../ui/views/unlock.py" line="323"/>
        <source>Back-up terugzetten</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location filename="../../ui/views/unlock.py" line="325"/>
        <source>Welke back-up? De beschadigde opslag wordt niet gewist maar apart bewaard. Het wachtwoord is dat van de back-up.</source>
        <translation>Which backup? The damaged store is not erased but kept aside. The passphrase is the backup&apos;s.</translation>
    </message>
    <message>
        <location filename="../../ui/views/unlock.py" line="362"/>
        <source>&apos;%1&apos; is geen geldige profielnaam. Gebruik letters, cijfers, spaties, punt of streepje.</source>
        <translation>&apos;%1&apos; is not a valid profile name. Use letters, digits, spaces, dot or dash.</translation>
    </message>
</context>
<context>
    <name>Upkeep</name>
    <message numerus="yes">
        <location filename="../../ui/views/upkeep.py" line="25"/>
        <source>%n afgesloten trajecten zijn langer bewaard dan de bewaartermijn van %1 maanden. Nu wissen? Een cliënt zonder ander traject wordt helemaal gewist.</source>
        <translation>
            <numerusform>%n closed trajectory has been kept longer than the retention period of %1 months. Erase it now? A client without another trajectory is erased completely.</numerusform>
            <numerusform>%n closed trajectories have been kept longer than the retention period of %1 months. Erase them now? A client without another trajectory is erased completely.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/upkeep.py" line="32"/>
        <source>Bewaartermijn</source>
        <translation>Retention period</translation>
    </message>
</context>
<context>
    <name>WaitCountdown</name>
    <message>
        <location filename="../../ui/widgets/unlock_wait.py" line="42"/>
        <source>U kunt het opnieuw proberen.</source>
        <translation>You can try again.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/unlock_wait.py" line="45"/>
        <source>Te vaak een verkeerd wachtwoord. Wacht nog %1 seconden.</source>
        <translation>Too many wrong passphrases. Wait %1 more seconds.</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../ui/views/_fields.py" line="62"/>
        <source>Er ging iets mis: {0}</source>
        <extracomment>Local fallback for the app style sheet (ui/style.py): red border on invalid fields, red errors.</extracomment>
        <translation>Something went wrong: {0}</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../ui/views/handover.py" line="50"/>
        <source>Kies…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/views/handover.py" line="55"/>
        <location filename="../../ui/views/handover.py" line="59"/>
        <source>Overdrachtsbestand</source>
        <translation>Hand-over file</translation>
    </message>
</context>
</TS>
