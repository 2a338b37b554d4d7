<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>ActivityForm</name>
    <message>
        <location filename="../../ui/views/catalogue.py" line="123"/>
        <source>— kies —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="153"/>
        <location filename="../../ui/views/catalogue.py" line="170"/>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="153"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="153"/>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="164"/>
        <source>t/m</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="168"/>
        <source>bijv. nl, en, ar</source>
        <translation>e.g. nl, en, ar</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="183"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="183"/>
        <source>Soort aanbod</source>
        <translation>Type of offer</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="183"/>
        <source>Aanbieder</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="184"/>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="184"/>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="184"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="185"/>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="185"/>
        <source>Wijk</source>
        <translation>Neighbourhood</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="185"/>
        <source>Dagen</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="185"/>
        <source>Tijden</source>
        <translation>Times</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="186"/>
        <source>Kosten</source>
        <translation>Costs</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="186"/>
        <source>Aanmelden</source>
        <translation>How to sign up</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="186"/>
        <source>Contactpersoon</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="187"/>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="187"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="187"/>
        <source>Toegankelijkheid</source>
        <translation>Accessibility</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="188"/>
        <source>Rolstoeltoegankelijk</source>
        <translation>Wheelchair accessible</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="188"/>
        <source>Leeftijd</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="188"/>
        <source>Talen</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="189"/>
        <source>Actief vanaf</source>
        <translation>Active from</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="189"/>
        <source>Actief tot</source>
        <translation>Active until</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="189"/>
        <source>Plek</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="190"/>
        <source>Laatst gecontroleerd</source>
        <translation>Last checked</translation>
    </message>
</context>
<context>
    <name>ActivityModel</name>
    <message>
        <location filename="../../ui/views/catalogue.py" line="73"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="73"/>
        <source>Soort aanbod</source>
        <translation>Type of offer</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="73"/>
        <source>Wijk</source>
        <translation>Neighbourhood</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="73"/>
        <source>Dagen</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="73"/>
        <source>Plek</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="74"/>
        <source>Gecontroleerd</source>
        <translation>Checked</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="74"/>
        <source>Deelnemers</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="74"/>
        <source>Aanbieder</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="84"/>
        <source>  (gesloten)</source>
        <translation>  (closed)</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="88"/>
        <source>hele %1</source>
        <translation>all of %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="94"/>
        <source>nooit</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="100"/>
        <source>Al lang niet gecontroleerd: kijk na of deze activiteit nog klopt</source>
        <translation>Not checked for a long time: check whether this activity is still correct</translation>
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
        <location filename="../../ui/views/backup.py" line="37"/>
        <source>Back-up opslaan als</source>
        <translation>Save backup as</translation>
    </message>
    <message>
        <location filename="../../ui/views/backup.py" line="38"/>
        <source>WoR Desk-back-up (*.wdbak);;Alle bestanden (*)</source>
        <translation>WoR Desk backup (*.wdbak);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/views/backup.py" line="42"/>
        <source>Back-up maken…</source>
        <translation>Making backup…</translation>
    </message>
    <message>
        <location filename="../../ui/views/backup.py" line="46"/>
        <source>Back-up klaar</source>
        <translation>Backup ready</translation>
    </message>
    <message>
        <location filename="../../ui/views/backup.py" line="47"/>
        <source>De back-up staat in %1. Hij is versleuteld met uw wachtwoord en gecontroleerd.</source>
        <translation>The backup is in %1. It is encrypted with your passphrase and verified.</translation>
    </message>
    <message>
        <location filename="../../ui/views/backup.py" line="52"/>
        <source>Back-up mislukt</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <location filename="../../ui/views/backup.py" line="61"/>
        <location filename="../../ui/views/backup.py" line="65"/>
        <location filename="../../ui/views/backup.py" line="72"/>
        <location filename="../../ui/views/backup.py" line="82"/>
        <source>Wachtwoord wijzigen</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/views/backup.py" line="61"/>
        <source>Nieuw wachtwoord (minstens 8 tekens):</source>
        <translation>New passphrase (at least 8 characters):</translation>
    </message>
    <message>
        <location filename="../../ui/views/backup.py" line="65"/>
        <source>Herhaal het nieuwe wachtwoord:</source>
        <translation>Repeat the new passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/views/backup.py" line="74"/>
        <source>Opslag opnieuw versleutelen…</source>
        <translation>Re-encrypting the store…</translation>
    </message>
    <message>
        <location filename="../../ui/views/backup.py" line="78"/>
        <source>Wachtwoord gewijzigd</source>
        <translation>Passphrase changed</translation>
    </message>
    <message>
        <location filename="../../ui/views/backup.py" line="78"/>
        <source>Gebruik voortaan het nieuwe wachtwoord.</source>
        <translation>From now on, use the new passphrase.</translation>
    </message>
</context>
<context>
    <name>CatalogueView</name>
    <message>
        <location filename="../../ui/views/catalogue.py" line="245"/>
        <location filename="../../ui/views/catalogue.py" line="247"/>
        <source>Sociale kaart</source>
        <translation>Social map</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="250"/>
        <source>Zoek op naam, aanbieder, omschrijving, adres…</source>
        <translation>Search by name, provider, description, address…</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="251"/>
        <source>Zoeken in de sociale kaart</source>
        <translation>Search the social map</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="253"/>
        <source>Alle soorten</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="254"/>
        <source>Filter op soort aanbod</source>
        <translation>Filter by type of offer</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="256"/>
        <source>Filter op wijk</source>
        <translation>Filter by neighbourhood</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="257"/>
        <source>Alle dagen</source>
        <translation>All days</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="258"/>
        <source>Filter op dag</source>
        <translation>Filter by day</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="259"/>
        <source>Ook gesloten</source>
        <translation>Include closed</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="260"/>
        <source>Alleen na te kijken</source>
        <translation>Only those to check</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="261"/>
        <source>Nieuwe activiteit</source>
        <translation>New activity</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="262"/>
        <source>Importeren…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="263"/>
        <source>Exporteren…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="264"/>
        <source>Nieuwe activiteit toevoegen</source>
        <translation>Add a new activity</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="264"/>
        <source>Sociale kaart importeren uit CSV</source>
        <translation>Import social map from CSV</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="265"/>
        <source>Sociale kaart exporteren naar CSV</source>
        <translation>Export social map to CSV</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="282"/>
        <source>Activiteiten</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="300"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="302"/>
        <source>Details van de import</source>
        <translation>Import details</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="320"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="321"/>
        <source>Gecontroleerd vandaag</source>
        <translation>Checked today</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="322"/>
        <source>Ik heb deze activiteit vandaag nagekeken en ze klopt nog</source>
        <translation>I checked this activity today and it is still correct</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="323"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="324"/>
        <source>Activiteit opslaan</source>
        <translation>Save activity</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="324"/>
        <source>Markeer als vandaag gecontroleerd</source>
        <translation>Mark as checked today</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="325"/>
        <source>Activiteit verwijderen</source>
        <translation>Delete activity</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="332"/>
        <source>Cliënten die naar deze activiteit zijn verwezen</source>
        <translation>Clients referred to this activity</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="334"/>
        <source>Voorgesteld aan</source>
        <translation>Proposed to</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="389"/>
        <source>Alle wijken</source>
        <translation>All neighbourhoods</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="404"/>
        <source>%1 activiteiten, %2 na te kijken</source>
        <translation>%1 activities, %2 to check</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="432"/>
        <source>Nieuwe activiteit: vul minstens de naam en het soort aanbod in.</source>
        <translation>New activity: fill in at least the name and the type of offer.</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="434"/>
        <source>Gesloten sinds %1: blijft in de geschiedenis, wordt niet meer aangeboden.</source>
        <translation>Closed since %1: stays in the history, but is no longer offered.</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="436"/>
        <source>⚠ Al %1 maanden of langer niet nagekeken. Klopt alles nog? Klik dan op &apos;Gecontroleerd vandaag&apos;.</source>
        <translation>⚠ Not checked for %1 months or longer. Is everything still correct? Then click &apos;Checked today&apos;.</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="442"/>
        <source>nog open</source>
        <translation>still open</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="446"/>
        <source>Nog aan niemand voorgesteld</source>
        <translation>Not yet proposed to anyone</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="466"/>
        <source>Een datum kan niet worden gelezen. Schrijf dd-mm-jjjj, bijvoorbeeld 01-09-2026.</source>
        <translation>A date cannot be read. Write dd-mm-yyyy, for example 01-09-2026.</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="514"/>
        <source>Sociale kaart importeren</source>
        <translation>Import social map</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="515"/>
        <source>CSV of Excel (*.csv *.xlsx)</source>
        <translation>CSV or Excel (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="526"/>
        <source>%1 rijen ingelezen: %2 nieuw, %3 bijgewerkt.</source>
        <translation>%1 rows read: %2 new, %3 updated.</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="542"/>
        <source>Sociale kaart exporteren</source>
        <translation>Export social map</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="543"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="552"/>
        <source>%1 activiteiten geschreven naar %2</source>
        <translation>%1 activities written to %2</translation>
    </message>
</context>
<context>
    <name>ClientsView</name>
    <message>
        <location filename="../../ui/views/clients.py" line="39"/>
        <source>Cliënten</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../ui/views/clients.py" line="42"/>
        <source>Zoek op naam, cliëntnummer, postcode of verwijzer</source>
        <translation>Search by name, client number, postcode or referrer</translation>
    </message>
    <message>
        <location filename="../../ui/views/clients.py" line="43"/>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/views/clients.py" line="49"/>
        <source>Stap</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../ui/views/clients.py" line="50"/>
        <source>Alle stappen</source>
        <translation>All steps</translation>
    </message>
    <message>
        <location filename="../../ui/views/clients.py" line="54"/>
        <source>Elke status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location filename="../../ui/views/clients.py" line="55"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/views/clients.py" line="56"/>
        <source>Elke verwijzer</source>
        <translation>Any referrer</translation>
    </message>
    <message>
        <location filename="../../ui/views/clients.py" line="57"/>
        <source>Type verwijzer</source>
        <translation>Referrer type</translation>
    </message>
    <message>
        <location filename="../../ui/views/clients.py" line="59"/>
        <source>Verwezen vanaf</source>
        <translation>Referred from</translation>
    </message>
    <message>
        <location filename="../../ui/views/clients.py" line="60"/>
        <source>verwezen vanaf</source>
        <translation>referred from</translation>
    </message>
    <message>
        <location filename="../../ui/views/clients.py" line="62"/>
        <source>Verwezen tot en met</source>
        <translation>Referred up to and including</translation>
    </message>
    <message>
        <location filename="../../ui/views/clients.py" line="63"/>
        <source>tot en met</source>
        <translation>up to</translation>
    </message>
    <message>
        <location filename="../../ui/views/clients.py" line="72"/>
        <source>Lijst van trajecten</source>
        <translation>List of trajectories</translation>
    </message>
    <message>
        <location filename="../../ui/views/clients.py" line="97"/>
        <source>Aantal</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../ui/views/clients.py" line="133"/>
        <source>Laden…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../ui/views/clients.py" line="146"/>
        <source>Laden mislukt: %1</source>
        <translation>Loading failed: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/clients.py" line="168"/>
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
        <location filename="../../ui/views/dashboard.py" line="121"/>
        <source>Tellingen</source>
        <extracomment>How many periods of each kind the period list offers, newest first.</extracomment>
        <translation>Counts</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="124"/>
        <source>Soort periode</source>
        <translation>Type of period</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="125"/>
        <source>Maand</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="125"/>
        <source>Kwartaal</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="125"/>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="128"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="131"/>
        <location filename="../../ui/views/dashboard.py" line="132"/>
        <source>Vorige periode</source>
        <translation>Previous period</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="134"/>
        <location filename="../../ui/views/dashboard.py" line="135"/>
        <source>Volgende periode</source>
        <translation>Next period</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="139"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="139"/>
        <source>Excel…</source>
        <translation>Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="139"/>
        <source>PDF-rapport…</source>
        <translation>PDF report…</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="141"/>
        <source>Exporteer als %s</source>
        <translation>Export as %s</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="153"/>
        <source>Exporteer:</source>
        <translation>Export:</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="160"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="173"/>
        <location filename="../../ui/views/dashboard.py" line="355"/>
        <source>Verwijzingen en intakes per maand</source>
        <translation>Referrals and intakes per month</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="184"/>
        <source>Kerncijfers</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="186"/>
        <source>Verloop over twaalf maanden</source>
        <translation>Trend over twelve months</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="188"/>
        <source>Uitsplitsingen</source>
        <translation>Breakdowns</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="269"/>
        <source>Tellen…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="287"/>
        <source>%1: %2 t/m %3, vergeleken met %4</source>
        <translation>%1: %2 to %3, compared with %4</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="301"/>
        <source>Contact binnen 5 werkdagen</source>
        <translation>Contact within 5 working days</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="303"/>
        <source>%1 van %2 verwijzingen</source>
        <translation>%1 of %2 referrals</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="305"/>
        <location filename="../../ui/views/dashboard.py" line="310"/>
        <location filename="../../ui/views/dashboard.py" line="314"/>
        <source>vorig jaar %1</source>
        <translation>last year %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="307"/>
        <source>Wachttijd tot kennismaking</source>
        <translation>Waiting time until intake</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="308"/>
        <source>geen intakes</source>
        <translation>no intakes</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="308"/>
        <location filename="../../ui/views/dashboard.py" line="311"/>
        <source>dagen</source>
        <translation>days</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="310"/>
        <source>gemiddeld, kalenderdagen</source>
        <translation>average, calendar days</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="322"/>
        <source>gehaald</source>
        <translation>met</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="322"/>
        <source>niet gehaald</source>
        <translation>not met</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="323"/>
        <source>doel +%1: %2</source>
        <translation>target +%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="356"/>
        <source>Verwijzingen</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="356"/>
        <source>Intakes</source>
        <translation>Intakes</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="392"/>
        <location filename="../../ui/views/dashboard.py" line="398"/>
        <source>Overige (samen)</source>
        <translation>Other (combined)</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="401"/>
        <source>geen in deze periode</source>
        <translation>none in this period</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="438"/>
        <source>CSV-bestand (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="438"/>
        <source>Excel-werkmap (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="439"/>
        <source>PDF-rapport (*.pdf)</source>
        <translation>PDF report (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="440"/>
        <source>Tellingen exporteren</source>
        <translation>Export counts</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="451"/>
        <source>Exporteren naar %1…</source>
        <translation>Exporting to %1…</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="462"/>
        <source>Opgeslagen: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="468"/>
        <source>Exporteren lukte niet: %1</source>
        <translation>Export failed: %1</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/views/_fields.py" line="31"/>
        <source>dd-mm-jjjj</source>
        <extracomment>Local fallback for the app style sheet (ui/style.py): red border on invalid fields, red errors.</extracomment>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/views/_fields.py" line="32"/>
        <source>Typ bijvoorbeeld 12-3, 12-03-2026, vandaag of gisteren</source>
        <translation>Type for example 12-3, 12-03-2026, today or yesterday</translation>
    </message>
</context>
<context>
    <name>DateLineEdit</name>
    <message>
        <location filename="../../ui/widgets/dateedit.py" line="26"/>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dateedit.py" line="27"/>
        <source>Typ bijvoorbeeld 12-3, 12-03-2026, vandaag of gisteren</source>
        <translation>Type for example 12-3, 12-03-2026, today or yesterday</translation>
    </message>
</context>
<context>
    <name>GapsView</name>
    <message>
        <location filename="../../ui/views/gaps.py" line="36"/>
        <source>Wat ontbreekt</source>
        <translation>What is missing</translation>
    </message>
    <message>
        <location filename="../../ui/views/gaps.py" line="37"/>
        <source>Wat ontbreekt in de sociale kaart</source>
        <translation>What is missing from the social map</translation>
    </message>
    <message>
        <location filename="../../ui/views/gaps.py" line="43"/>
        <source>Begin van de periode</source>
        <translation>Start of the period</translation>
    </message>
    <message>
        <location filename="../../ui/views/gaps.py" line="44"/>
        <source>Einde van de periode</source>
        <translation>End of the period</translation>
    </message>
    <message>
        <location filename="../../ui/views/gaps.py" line="45"/>
        <source>Tonen</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../ui/views/gaps.py" line="46"/>
        <source>Opslaan als CSV…</source>
        <translation>Save as CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/views/gaps.py" line="47"/>
        <source>Hiatenrapport opslaan als CSV</source>
        <translation>Save gaps report as CSV</translation>
    </message>
    <message>
        <location filename="../../ui/views/gaps.py" line="52"/>
        <source>Van</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/views/gaps.py" line="52"/>
        <source>tot en met</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/views/gaps.py" line="57"/>
        <location filename="../../ui/views/gaps.py" line="59"/>
        <source>Gemeente / wijk</source>
        <translation>Municipality / neighbourhood</translation>
    </message>
    <message>
        <location filename="../../ui/views/gaps.py" line="57"/>
        <location filename="../../ui/views/gaps.py" line="59"/>
        <source>Soort aanbod</source>
        <translation>Type of offer</translation>
    </message>
    <message>
        <location filename="../../ui/views/gaps.py" line="57"/>
        <source>Behoeften</source>
        <translation>Needs</translation>
    </message>
    <message>
        <location filename="../../ui/views/gaps.py" line="57"/>
        <source>Gematcht</source>
        <translation>Matched</translation>
    </message>
    <message>
        <location filename="../../ui/views/gaps.py" line="58"/>
        <source>Zonder match, lopend</source>
        <translation>No match, open</translation>
    </message>
    <message>
        <location filename="../../ui/views/gaps.py" line="58"/>
        <source>Zonder match, afgesloten</source>
        <translation>No match, closed</translation>
    </message>
    <message>
        <location filename="../../ui/views/gaps.py" line="58"/>
        <source>Behoeften zonder match</source>
        <translation>Needs without a match</translation>
    </message>
    <message>
        <location filename="../../ui/views/gaps.py" line="59"/>
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/views/gaps.py" line="59"/>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/views/gaps.py" line="59"/>
        <source>Aantal</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../ui/views/gaps.py" line="60"/>
        <source>Afgewezen, niet beschikbaar en gestopt</source>
        <translation>Declined, not available and stopped</translation>
    </message>
    <message>
        <location filename="../../ui/views/gaps.py" line="65"/>
        <source>Behoeften (kennismaking in de periode)</source>
        <translation>Needs (intake in the period)</translation>
    </message>
    <message>
        <location filename="../../ui/views/gaps.py" line="67"/>
        <source>Afgewezen, niet beschikbaar en gestopt (in de periode)</source>
        <translation>Declined, not available and stopped (in the period)</translation>
    </message>
    <message>
        <location filename="../../ui/views/gaps.py" line="94"/>
        <source>Gestopt</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <location filename="../../ui/views/gaps.py" line="110"/>
        <source>Hiatenrapport opslaan</source>
        <translation>Save gaps report</translation>
    </message>
    <message>
        <location filename="../../ui/views/gaps.py" line="110"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/views/import_sheet.py" line="40"/>
        <source>Registratieblad importeren</source>
        <translation>Import registration sheet</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_sheet.py" line="41"/>
        <source>Kies een .csv- of .xlsx-bestand met één traject per rij (zie de handleiding). Eerst wordt het hele bestand gecontroleerd; bij fouten wordt niets geïmporteerd, tenzij u kiest om alleen de geldige rijen te importeren.</source>
        <translation>Choose a .csv or .xlsx file with one trajectory per row (see the manual). The whole file is checked first; if there are errors nothing is imported, unless you choose to import the valid rows only.</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_sheet.py" line="46"/>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_sheet.py" line="47"/>
        <source>&amp;Bladeren…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_sheet.py" line="49"/>
        <source>Alleen de &amp;geldige rijen importeren (afgewezen rijen gaan naar een CSV ernaast)</source>
        <translation>Import the &amp;valid rows only (rejected rows go to a CSV beside it)</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_sheet.py" line="51"/>
        <source>Voortgang</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_sheet.py" line="55"/>
        <source>Samenvatting</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_sheet.py" line="57"/>
        <source>Rij</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_sheet.py" line="57"/>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_sheet.py" line="57"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_sheet.py" line="61"/>
        <source>Fouten en waarschuwingen</source>
        <translation>Errors and warnings</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_sheet.py" line="62"/>
        <source>&amp;Controleren</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_sheet.py" line="64"/>
        <source>&amp;Importeren</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_sheet.py" line="66"/>
        <source>&amp;Stoppen</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_sheet.py" line="69"/>
        <source>Sl&amp;uiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_sheet.py" line="91"/>
        <source>Registratieblad kiezen</source>
        <translation>Choose a registration sheet</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_sheet.py" line="92"/>
        <source>Registratiebladen (*.csv *.xlsx)</source>
        <translation>Registration sheets (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_sheet.py" line="111"/>
        <source>Bezig met controleren…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_sheet.py" line="111"/>
        <source>Bezig met importeren…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_sheet.py" line="137"/>
        <source>fout</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_sheet.py" line="137"/>
        <source>waarschuwing</source>
        <translation>warning</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_sheet.py" line="151"/>
        <source>Gestopt: er is niets geïmporteerd.</source>
        <translation>Stopped: nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../ui/views/import_sheet.py" line="155"/>
        <source>Er ging iets mis: %1</source>
        <translation>Something went wrong: %1</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../ui/views/letters.py" line="66"/>
        <source>Terugkoppeling aan de verwijzer</source>
        <extracomment>Changes after which the letters due may differ.</extracomment>
        <translation>Feedback to the referrer</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="71"/>
        <source>Brief over {name} aan {referrer}</source>
        <translation>Letter about {name} to {referrer}</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="71"/>
        <source>de verwijzer</source>
        <translation>the referrer</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="75"/>
        <source>Moment van de brief</source>
        <translation>Moment of the letter</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="81"/>
        <source>Taal van de brief</source>
        <translation>Language of the letter</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="85"/>
        <source>Aanvulling van de coach</source>
        <translation>Addition by the coach</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="86"/>
        <source>Een zin die u zelf toevoegt (bij een vrije brief: de tekst van de brief)</source>
        <translation>A sentence you add yourself (for a free-form letter: the text of the letter)</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="90"/>
        <source>Moment</source>
        <translation>Moment</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="91"/>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="92"/>
        <source>Aanvulling</source>
        <translation>Addition</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="98"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="103"/>
        <source>Voorbeeld van de brief</source>
        <translation>Preview of the letter</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="109"/>
        <source>De brief als platte tekst</source>
        <translation>The letter as plain text</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="111"/>
        <source>Voorbeeld</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="112"/>
        <source>Tekst (Zorgdomein, VIPLive)</source>
        <translation>Text (Zorgdomein, VIPLive)</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="114"/>
        <source>Opslaan als PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="115"/>
        <source>Afdrukken…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="116"/>
        <source>Kopieer tekst</source>
        <translation>Copy text</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="118"/>
        <location filename="../../ui/views/letters.py" line="135"/>
        <source>Verzonden via</source>
        <translation>Sent via</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="121"/>
        <source>Markeer als verzonden</source>
        <translation>Mark as sent</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="122"/>
        <source>Markeer de brief als verzonden</source>
        <translation>Mark the letter as sent</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="123"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="125"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="126"/>
        <source>Brief opslaan als PDF</source>
        <translation>Save letter as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="126"/>
        <source>Brief afdrukken</source>
        <translation>Print letter</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="127"/>
        <source>Tekst van de brief kopiëren</source>
        <translation>Copy the text of the letter</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="165"/>
        <source>{n} van {max} tekens</source>
        <translation>{n} of {max} characters</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="216"/>
        <source>Opslaan mislukt</source>
        <translation>Saving failed</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="217"/>
        <source>Kan {path} niet schrijven ({reason}). Kies een andere map.</source>
        <translation>Cannot write {path} ({reason}). Choose another folder.</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="219"/>
        <source>Opgeslagen: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="225"/>
        <source>Brief opslaan</source>
        <translation>Save letter</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="225"/>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="256"/>
        <source>Naar de printer gestuurd.</source>
        <translation>Sent to the printer.</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="261"/>
        <source>Tekst gekopieerd: plak hem in Zorgdomein, VIPLive of een beveiligde mail.</source>
        <translation>Text copied: paste it into Zorgdomein, VIPLive or a secure email.</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="274"/>
        <source>Vastgelegd als verzonden via {channel} op {date}.</source>
        <translation>Recorded as sent via {channel} on {date}.</translation>
    </message>
</context>
<context>
    <name>LettersView</name>
    <message>
        <location filename="../../ui/views/letters.py" line="307"/>
        <source>Brieven aan verwijzers</source>
        <translation>Letters to referrers</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="311"/>
        <source>Brieven die klaarliggen</source>
        <translation>Letters ready to send</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="312"/>
        <source>Cliënt</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="312"/>
        <source>Moment</source>
        <translation>Moment</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="312"/>
        <source>Sinds</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="312"/>
        <source>Verwijzer</source>
        <translation>Referrer</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="322"/>
        <source>Open brief</source>
        <translation>Open letter</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="323"/>
        <source>Open de gekozen brief</source>
        <translation>Open the chosen letter</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="324"/>
        <source>Maak alle brieven…</source>
        <translation>Create all letters…</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="325"/>
        <source>Maak alle brieven in één keer</source>
        <translation>Create all letters at once</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="326"/>
        <source>Ook als tekst (.txt)</source>
        <translation>Also as text (.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="327"/>
        <source>Meteen vastleggen als verzonden via</source>
        <translation>Record straight away as sent via</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="329"/>
        <source>Verzonden via (alle brieven)</source>
        <translation>Sent via (all letters)</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="345"/>
        <source>Welke brieven wil een praktijk?</source>
        <translation>Which letters does a practice want?</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="348"/>
        <source>Praktijk</source>
        <translation>Practice</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="355"/>
        <source>Brief: {moment}</source>
        <translation>Letter: {moment}</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="358"/>
        <source>Bewaar</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="359"/>
        <source>Bewaar de voorkeur van de praktijk</source>
        <translation>Save the practice&apos;s preference</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="360"/>
        <source>Standaard</source>
        <translation>Default</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="361"/>
        <source>Zet de praktijk terug op de standaard</source>
        <translation>Reset the practice to the default</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="403"/>
        <source>Brieven die klaarliggen: {n}</source>
        <translation>Letters ready to send: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="404"/>
        <source>Er liggen geen brieven klaar.</source>
        <translation>There are no letters ready to send.</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="427"/>
        <source>Map voor de brieven</source>
        <translation>Folder for the letters</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="460"/>
        <source>Brieven gemaakt: {n}, in {folder}.</source>
        <translation>Letters created: {n}, in {folder}.</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="469"/>
        <source>De brieven konden niet worden gemaakt: {e}</source>
        <translation>The letters could not be created: {e}</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="488"/>
        <source>Voorkeur bewaard voor {practice}.</source>
        <translation>Preference saved for {practice}.</translation>
    </message>
</context>
<context>
    <name>LockView</name>
    <message>
        <location filename="../../ui/views/lock.py" line="22"/>
        <source>WoR Desk is vergrendeld</source>
        <translation>WoR Desk is locked</translation>
    </message>
    <message>
        <location filename="../../ui/views/lock.py" line="24"/>
        <source>Profiel &apos;%1&apos;. Typ uw wachtwoord om verder te werken; niets is verloren gegaan.</source>
        <translation>Profile &apos;%1&apos;. Type your passphrase to continue; nothing has been lost.</translation>
    </message>
    <message>
        <location filename="../../ui/views/lock.py" line="27"/>
        <source>Wachtwoord</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/views/lock.py" line="32"/>
        <source>&amp;Ontgrendelen</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/views/lock.py" line="43"/>
        <source>&amp;Wachtwoord</source>
        <translation>&amp;Passphrase</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="57"/>
        <source>Vandaag</source>
        <extracomment>The screens in the order of the navigation list. Add a feature&apos;s screen with one line.</extracomment>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="58"/>
        <source>Cliënten</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="59"/>
        <source>Traject</source>
        <translation>Trajectory</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="60"/>
        <source>Sociale kaart</source>
        <translation>Social map</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="61"/>
        <source>Brieven</source>
        <translation>Letters</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="62"/>
        <source>Tellingen</source>
        <translation>Counts</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="63"/>
        <source>Wat ontbreekt</source>
        <translation>What is missing</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="64"/>
        <source>Synchronisatie</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="65"/>
        <source>Teamtotalen</source>
        <translation>Team totals</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="66"/>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="81"/>
        <source>Schermen</source>
        <translation>Screens</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105"/>
        <source>Ctrl+N nieuwe verwijzing · Ctrl+F zoeken · Ctrl+L vergrendelen · F1 sneltoetsen</source>
        <translation>Ctrl+N new referral · Ctrl+F search · Ctrl+L lock · F1 shortcuts</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="109"/>
        <source>WoR Desk – %1</source>
        <translation>WoR Desk – %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152"/>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="153"/>
        <source>&amp;Nieuwe verwijzing…</source>
        <translation>&amp;New referral…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="154"/>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="156"/>
        <source>Registratieblad &amp;importeren…</source>
        <translation>&amp;Import registration sheet…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="157"/>
        <source>&amp;Back-up maken…</source>
        <translation>Make &amp;backup…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159"/>
        <source>&amp;Vergrendelen</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160"/>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="161"/>
        <source>Bee&amp;ld</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="162"/>
        <source>&amp;Zoeken in cliënten</source>
        <translation>&amp;Search clients</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="164"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="165"/>
        <source>&amp;Sneltoetsen</source>
        <translation>&amp;Shortcuts</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166"/>
        <source>&amp;Over WoR Desk</source>
        <translation>&amp;About WoR Desk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="210"/>
        <source>Sneltoetsen</source>
        <translation>Shortcuts</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="215"/>
        <source>Over WoR Desk</source>
        <translation>About WoR Desk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="216"/>
        <source>WoR Desk %1: de werkplek van de welzijnscoach voor Welzijn op Recept. Alle gegevens staan versleuteld op deze computer.</source>
        <translation>WoR Desk %1: the wellbeing coach&apos;s desk for Welzijn op Recept (wellbeing on prescription). All data is stored encrypted on this computer.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="274"/>
        <source>Er zijn wijzigingen die nog niet zijn opgeslagen. Ontgrendel eerst; dan kunt u ze opslaan en afsluiten.</source>
        <translation>There are changes that are not saved yet. Unlock first; then you can save them and quit.</translation>
    </message>
</context>
<context>
    <name>MatchingPanel</name>
    <message>
        <location filename="../../ui/views/matching.py" line="54"/>
        <source>Matching en nazorg</source>
        <translation>Matching and follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="64"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="67"/>
        <source>Behoefte</source>
        <translation>Need</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="69"/>
        <source>Wat zoekt de cliënt? Bijvoorbeeld: meer mensen ontmoeten, buiten zijn</source>
        <translation>What is the client looking for? For example: meeting more people, being outdoors</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="70"/>
        <source>Behoefte in eigen woorden</source>
        <translation>Need in their own words</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="76"/>
        <source>Behoefte: %1</source>
        <translation>Need: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="80"/>
        <source>Redenen van verwijzing</source>
        <translation>Reasons for referral</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="91"/>
        <location filename="../../ui/views/matching.py" line="92"/>
        <source>Behoefte opslaan</source>
        <translation>Save need</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="95"/>
        <source>Soort aanbod dat past:</source>
        <translation>Types of offer that fit:</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="97"/>
        <source>Redenen (codes):</source>
        <translation>Reasons (codes):</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="102"/>
        <source>Activiteiten voorstellen</source>
        <translation>Propose activities</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="104"/>
        <source>Waar zoeken</source>
        <translation>Where to search</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="105"/>
        <source>Wijk van de cliënt</source>
        <translation>Client&apos;s neighbourhood</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="105"/>
        <source>Hele gemeente</source>
        <translation>Whole municipality</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="105"/>
        <source>Overal</source>
        <translation>Everywhere</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="107"/>
        <source>Alleen soorten van de behoefte</source>
        <translation>Only types that match the need</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="110"/>
        <source>Zoek in de sociale kaart…</source>
        <translation>Search the social map…</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="111"/>
        <source>Zoek een activiteit om voor te stellen</source>
        <translation>Search for an activity to propose</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="114"/>
        <source>Activiteiten die passen</source>
        <translation>Suitable activities</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="118"/>
        <source>Datum van het voorstel</source>
        <translation>Date of the proposal</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="119"/>
        <source>Voorstellen</source>
        <translation>Propose</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="120"/>
        <source>Aangevinkte activiteiten voorstellen</source>
        <translation>Propose the ticked activities</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="126"/>
        <source>Datum:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="136"/>
        <source>Voorstellen en uitkomst</source>
        <translation>Proposals and outcome</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="138"/>
        <source>Geschiedenis van voorstellen</source>
        <translation>History of proposals</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="139"/>
        <source>Voorgesteld</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="139"/>
        <source>Activiteit</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="139"/>
        <location filename="../../ui/views/matching.py" line="188"/>
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="139"/>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="139"/>
        <location filename="../../ui/views/matching.py" line="163"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="139"/>
        <source>Gestopt</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="148"/>
        <source>Uitkomst van het voorstel</source>
        <translation>Outcome of the proposal</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="149"/>
        <source>— reden —</source>
        <translation>— reason —</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="150"/>
        <source>Reden van afwijzen</source>
        <translation>Reason for declining</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="152"/>
        <source>Datum van de uitkomst</source>
        <translation>Date of the outcome</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="154"/>
        <source>Startdatum van de activiteit</source>
        <translation>Start date of the activity</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="155"/>
        <source>start (leeg = later)</source>
        <translation>start (empty = later)</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="161"/>
        <location filename="../../ui/views/matching.py" line="187"/>
        <location filename="../../ui/views/matching.py" line="213"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="171"/>
        <source>Nazorg</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="175"/>
        <source>Datum nazorgcontact</source>
        <translation>Date of follow-up contact</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="176"/>
        <source>— uitkomst —</source>
        <translation>— outcome —</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="177"/>
        <source>Uitkomst nazorg</source>
        <translation>Follow-up outcome</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="178"/>
        <source>— waarom gestopt —</source>
        <translation>— why stopped —</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="179"/>
        <source>Reden van stoppen</source>
        <translation>Reason for stopping</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="181"/>
        <source>Korte notitie</source>
        <translation>Short note</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="182"/>
        <source>Notitie nazorg</source>
        <translation>Follow-up note</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="183"/>
        <location filename="../../ui/views/matching.py" line="184"/>
        <source>Nazorg vastleggen</source>
        <translation>Record follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="189"/>
        <source>Waarom gestopt</source>
        <translation>Why stopped</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="190"/>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="194"/>
        <source>Positieve gezondheid</source>
        <translation>Positive Health</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="207"/>
        <source>Moment van de scores</source>
        <translation>Moment of the scores</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="209"/>
        <source>Datum van de scores</source>
        <translation>Date of the scores</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="210"/>
        <source>Scores opslaan</source>
        <translation>Save scores</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="211"/>
        <source>Scores positieve gezondheid opslaan</source>
        <translation>Save Positive Health scores</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="212"/>
        <source>Moment</source>
        <translation>Moment</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="279"/>
        <source>Geen traject gekozen</source>
        <translation>No trajectory chosen</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="283"/>
        <source>wijk onbekend</source>
        <translation>neighbourhood unknown</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="287"/>
        <location filename="../../ui/views/matching.py" line="289"/>
        <source>Doet nu: %1</source>
        <translation>Currently doing: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="291"/>
        <source>Nog geen activiteit gestart</source>
        <translation>No activity started yet</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="318"/>
        <source>leeftijd past niet</source>
        <translation>age does not fit</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="320"/>
        <source>⚠ niet recent nagekeken</source>
        <translation>⚠ not checked recently</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="322"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="323"/>
        <source>eerder: %1</source>
        <translation>previously: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="336"/>
        <source>Geen passende activiteiten: zoek breder (hele gemeente, alle soorten).</source>
        <translation>No suitable activities: search more widely (whole municipality, all types).</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="345"/>
        <source>Nog open</source>
        <translation>Still open</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="348"/>
        <source>gestopt: %1</source>
        <translation>stopped: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="349"/>
        <source> (gesloten)</source>
        <translation> (closed)</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="368"/>
        <source>vandaag</source>
        <translation>today</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="368"/>
        <source>%1 dagen te laat</source>
        <translation>%1 days late</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="369"/>
        <source>over %1 dagen</source>
        <translation>in %1 days</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="370"/>
        <source>Gepland: %1 (%2)</source>
        <translation>Planned: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="372"/>
        <source>Geen nazorg gepland. Nazorg wordt vanzelf gepland als een activiteit start.</source>
        <translation>No follow-up planned. Follow-up is planned automatically when an activity starts.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="388"/>
        <source>gemiddeld %1</source>
        <translation>average %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="389"/>
        <source>Nog geen scores.</source>
        <translation>No scores yet.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="406"/>
        <source>Start vastleggen</source>
        <translation>Record start</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="156"/>
        <location filename="../../ui/views/matching.py" line="157"/>
        <location filename="../../ui/views/matching.py" line="406"/>
        <source>Uitkomst vastleggen</source>
        <translation>Record outcome</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="433"/>
        <source>Een datum kan niet worden gelezen. Schrijf dd-mm-jjjj, bijvoorbeeld 01-09-2026.</source>
        <translation>A date cannot be read. Write dd-mm-yyyy, for example 01-09-2026.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="455"/>
        <source>Vink eerst één of meer activiteiten aan.</source>
        <translation>First tick one or more activities.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="478"/>
        <source>Vul de startdatum in.</source>
        <translation>Fill in the start date.</translation>
    </message>
</context>
<context>
    <name>NewReferralDialog</name>
    <message>
        <location filename="../../ui/views/referral.py" line="45"/>
        <source>Nieuwe verwijzing</source>
        <translation>New referral</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral.py" line="52"/>
        <source>&amp;Achternaam</source>
        <translation>&amp;Surname</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral.py" line="53"/>
        <source>&amp;Voornaam</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral.py" line="54"/>
        <source>&amp;Geboortedatum</source>
        <translation>&amp;Birth date</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral.py" line="55"/>
        <source>Ge&amp;slacht</source>
        <translation>&amp;Gender</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral.py" line="56"/>
        <source>&amp;Postcode</source>
        <translation>&amp;Postcode</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral.py" line="57"/>
        <source>&amp;Telefoon</source>
        <translation>P&amp;hone</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral.py" line="58"/>
        <source>&amp;E-mail</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral.py" line="59"/>
        <source>Cliënt&amp;nummer</source>
        <translation>Client &amp;number</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral.py" line="60"/>
        <source>leeg: %1</source>
        <translation>empty: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral.py" line="64"/>
        <source>Bestaande cliënten die lijken op deze</source>
        <translation>Existing clients similar to this one</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral.py" line="74"/>
        <source>&amp;Verwijsdatum</source>
        <translation>&amp;Referral date</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral.py" line="76"/>
        <source>T&amp;ype verwijzer</source>
        <translation>Referrer t&amp;ype</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral.py" line="78"/>
        <source>Naam ver&amp;wijzer</source>
        <translation>Referrer na&amp;me</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral.py" line="79"/>
        <source>Prakt&amp;ijk</source>
        <translation>Pract&amp;ice</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral.py" line="80"/>
        <source>&amp;Kanaal</source>
        <translation>&amp;Channel</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral.py" line="81"/>
        <source>&amp;Redenen</source>
        <translation>Rea&amp;sons</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral.py" line="82"/>
        <source>To&amp;elichting</source>
        <translation>E&amp;xplanation</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral.py" line="83"/>
        <source>Toestemming gegevens</source>
        <translation>Consent contact data</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral.py" line="84"/>
        <source>Toestemming terugkoppeling</source>
        <translation>Consent feedback</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral.py" line="91"/>
        <source>Opslaan (Ctrl+Enter)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral.py" line="92"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral.py" line="101"/>
        <source>Cliënt</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral.py" line="101"/>
        <source>Verwijzing</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral.py" line="152"/>
        <source>heeft een lopend traject</source>
        <translation>has an open trajectory</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral.py" line="156"/>
        <source>Bestaat deze cliënt al? Kies met Enter om de verwijzing bij die cliënt te zetten.</source>
        <translation>Is this client already known? Press Enter on a name to add the referral to that client.</translation>
    </message>
    <message>
        <location filename="../../ui/views/referral.py" line="165"/>
        <source>Verwijzing voor bestaande cliënt: %1</source>
        <translation>Referral for existing client: %1</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <location filename="../../ui/widgets/passphrase.py" line="44"/>
        <source>Caps Lock staat aan.</source>
        <translation>Caps Lock is on.</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../ui/views/settings.py" line="31"/>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="39"/>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="42"/>
        <source> minuten</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="43"/>
        <source>Automatisch vergrendelen na</source>
        <translation>Lock automatically after</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="46"/>
        <source> weken</source>
        <translation> weeks</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="47"/>
        <source>Nazorg na</source>
        <translation>Follow-up after</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="48"/>
        <source>&amp;Taal</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="48"/>
        <source>&amp;Vergrendelen na</source>
        <translation>&amp;Lock after</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="49"/>
        <source>Na&amp;zorg na</source>
        <translation>&amp;Follow-up after</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="55"/>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="57"/>
        <source>&amp;Back-up maken…</source>
        <translation>Make &amp;backup…</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="59"/>
        <source>&amp;Wachtwoord wijzigen…</source>
        <translation>Change &amp;passphrase…</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="66"/>
        <source>Organisatie en coach</source>
        <translation>Organisation and coach</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="66"/>
        <source>Werken met de desk</source>
        <translation>Working with the desk</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings.py" line="100"/>
        <source>Opgeslagen.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../ui/views/setup.py" line="98"/>
        <source>WoR Desk instellen</source>
        <translation>Set up WoR Desk</translation>
    </message>
    <message>
        <location filename="../../ui/views/setup.py" line="99"/>
        <source>Vul in voor wie u werkt en waar. Dit komt onder andere in de terugkoppelbrieven. U kunt het later wijzigen bij Instellingen.</source>
        <translation>Fill in who you work for and where. This appears in the feedback letters, among other places. You can change it later in Settings.</translation>
    </message>
    <message>
        <location filename="../../ui/views/setup.py" line="104"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/views/setup.py" line="105"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>SetupForm</name>
    <message>
        <location filename="../../ui/views/setup.py" line="51"/>
        <source>&amp;Organisatie</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/views/setup.py" line="52"/>
        <source>&amp;Adres organisatie</source>
        <translation>Organisation &amp;address</translation>
    </message>
    <message>
        <location filename="../../ui/views/setup.py" line="53"/>
        <source>&amp;Naam coach</source>
        <translation>Coach &amp;name</translation>
    </message>
    <message>
        <location filename="../../ui/views/setup.py" line="54"/>
        <source>&amp;Telefoon coach</source>
        <translation>Coach &amp;phone</translation>
    </message>
    <message>
        <location filename="../../ui/views/setup.py" line="55"/>
        <source>&amp;E-mail coach</source>
        <translation>Coach &amp;email</translation>
    </message>
    <message>
        <location filename="../../ui/views/setup.py" line="56"/>
        <source>&amp;Werkgebied</source>
        <translation>&amp;Work area</translation>
    </message>
    <message>
        <location filename="../../ui/views/setup.py" line="71"/>
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
        <location filename="../../ui/widgets/spider.py" line="50"/>
        <source>Voor</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/spider.py" line="51"/>
        <source>Na</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/spider.py" line="67"/>
        <source>Nog geen scores</source>
        <translation>No scores yet</translation>
    </message>
</context>
<context>
    <name>StepBar</name>
    <message>
        <location filename="../../ui/widgets/stepbar.py" line="25"/>
        <source>Stap %1: %2</source>
        <translation>Step %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stepbar.py" line="41"/>
        <source>Gedaan</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stepbar.py" line="41"/>
        <source>Hier is de cliënt nu</source>
        <translation>The client is here now</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stepbar.py" line="42"/>
        <source>Nog te doen</source>
        <translation>Still to do</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <location filename="../../ui/views/sync.py" line="54"/>
        <source>Alleen tellingen verlaten deze desk: geen namen, geboortedata, postcodes of vrije tekst. Kleine aantallen worden onderdrukt (gemarkeerd met *); praktijknamen gaan alleen als onherkenbare sleutel-hash mee.</source>
        <extracomment>Minutes between automatic syncs while the screen&apos;s checkbox is on.</extracomment>
        <translation>Only counts leave this desk: no names, dates of birth, postcodes or free text. Small numbers are suppressed (marked with *); practice names are only sent as an unrecognisable key hash.</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="61"/>
        <source>Collector (van uw teamleider)</source>
        <translation>Collector (from your team leader)</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="65"/>
        <source>Collector-adres</source>
        <translation>Collector address</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="68"/>
        <source>Desk-token</source>
        <translation>Desk token</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="71"/>
        <source>Regiosleutel</source>
        <translation>Region key</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="72"/>
        <source>Adres:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="73"/>
        <source>Desk-token:</source>
        <translation>Desk token:</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="74"/>
        <source>Regiosleutel:</source>
        <translation>Region key:</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="75"/>
        <source>Instellingen bewaren</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="76"/>
        <source>Collector-instellingen bewaren</source>
        <translation>Save collector settings</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="84"/>
        <source>Stand van de synchronisatie</source>
        <translation>Sync status</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="88"/>
        <location filename="../../ui/views/sync.py" line="89"/>
        <source>Nu synchroniseren</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="91"/>
        <source>Voorbeeld vernieuwen</source>
        <translation>Refresh preview</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="92"/>
        <source>Voorbeeld van wat vertrekt vernieuwen</source>
        <translation>Refresh the preview of what will be sent</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="94"/>
        <source>Automatisch synchroniseren (elke %1 minuten)</source>
        <translation>Sync automatically (every %1 minutes)</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="95"/>
        <source>Automatisch synchroniseren</source>
        <translation>Sync automatically</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="104"/>
        <source>Samenvatting van de collector</source>
        <translation>Summary from the collector</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="108"/>
        <source>Wat vertrekt, per maand:</source>
        <translation>What will be sent, per month:</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="110"/>
        <source>Maand</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="110"/>
        <source>Telling</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="110"/>
        <source>Categorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="110"/>
        <source>Waarde</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="111"/>
        <source>Wat vertrekt, per maand</source>
        <translation>What will be sent, per month</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="138"/>
        <location filename="../../ui/views/sync.py" line="139"/>
        <source>bewaard</source>
        <translation>saved</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="138"/>
        <location filename="../../ui/views/sync.py" line="139"/>
        <source>nog niet opgegeven</source>
        <translation>not entered yet</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="161"/>
        <source>Laatste geslaagde synchronisatie: %1</source>
        <translation>Last successful sync: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="161"/>
        <source>nog nooit</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="163"/>
        <source>Wacht nog: %1 maand(en) (%2)</source>
        <translation>Still waiting: %1 month(s) (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="165"/>
        <source>Er wacht niets.</source>
        <translation>Nothing is waiting.</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="167"/>
        <source>Volgende automatische poging: %1</source>
        <translation>Next automatic attempt: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="169"/>
        <source>Laatste probleem: %1</source>
        <translation>Last problem: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="174"/>
        <source>Verzonden: %1 maand(en). Cellen: %2 nieuw, %3 bijgewerkt, %4 ongewijzigd, %5 verwijderd, %6 geweigerd.</source>
        <translation>Sent: %1 month(s). Cells: %2 new, %3 updated, %4 unchanged, %5 deleted, %6 rejected.</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="179"/>
        <source>%1 geweigerd: %2</source>
        <translation>%1 rejected: %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="193"/>
        <source>Bezig met synchroniseren…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="207"/>
        <source>Synchroniseren mislukt: %1</source>
        <translation>Sync failed: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="250"/>
        <source>(categorieën verborgen)</source>
        <translation>(categories hidden)</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="254"/>
        <source>onderdrukt (%1–%2)</source>
        <translation>suppressed (%1–%2)</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="256"/>
        <source>onderdrukt</source>
        <translation>suppressed</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="261"/>
        <source>Praktijken (alleen als sleutel-hash)</source>
        <translation>Practices (only as key hash)</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="263"/>
        <source>Praktijken: regiosleutel ontbreekt</source>
        <translation>Practices: region key missing</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="277"/>
        <source>* = onderdrukt: kleine aantallen (1 tot %1) en wat nodig is om ze te beschermen; of categorieën verborgen. Totalen gaan exact mee.</source>
        <translation>* = suppressed: small numbers (1 to %1) and whatever is needed to protect them; or categories hidden. Totals are sent exactly.</translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="279"/>
        <source>Er is nog niets te verzenden.</source>
        <translation>There is nothing to send yet.</translation>
    </message>
</context>
<context>
    <name>TeamTotalsView</name>
    <message>
        <location filename="../../ui/views/team.py" line="43"/>
        <location filename="../../ui/views/team.py" line="73"/>
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
        <location filename="../../ui/views/team.py" line="51"/>
        <source>Adres van de collector</source>
        <translation>Collector address</translation>
    </message>
    <message>
        <location filename="../../ui/views/team.py" line="54"/>
        <source>Lezerstoken</source>
        <translation>Reader token</translation>
    </message>
    <message>
        <location filename="../../ui/views/team.py" line="57"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/views/team.py" line="58"/>
        <source>Een maand (2026-03), een kwartaal (2026-Q1) of een jaar (2026)</source>
        <translation>A month (2026-03), a quarter (2026-Q1) or a year (2026)</translation>
    </message>
    <message>
        <location filename="../../ui/views/team.py" line="59"/>
        <source>&amp;Ophalen</source>
        <translation>&amp;Fetch</translation>
    </message>
    <message>
        <location filename="../../ui/views/team.py" line="63"/>
        <source>Collector:</source>
        <translation>Collector:</translation>
    </message>
    <message>
        <location filename="../../ui/views/team.py" line="64"/>
        <source>Lezerstoken:</source>
        <translation>Reader token:</translation>
    </message>
    <message>
        <location filename="../../ui/views/team.py" line="68"/>
        <source>Periode:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../ui/views/team.py" line="72"/>
        <source>Telling</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../ui/views/team.py" line="72"/>
        <source>Categorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/views/team.py" line="72"/>
        <source>Waarde</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../ui/views/team.py" line="87"/>
        <source>Vul het adres van de collector en uw lezerstoken in (u krijgt de token van de beheerder van de collector).</source>
        <translation>Fill in the collector&apos;s address and your reader token (you get the token from the collector&apos;s administrator).</translation>
    </message>
    <message>
        <location filename="../../ui/views/team.py" line="96"/>
        <source>Bezig met ophalen…</source>
        <translation>Fetching…</translation>
    </message>
    <message>
        <location filename="../../ui/views/team.py" line="111"/>
        <source>%1 regels voor %2.</source>
        <translation>%1 rows for %2.</translation>
    </message>
    <message>
        <location filename="../../ui/views/team.py" line="115"/>
        <source>Ophalen mislukt: %1</source>
        <translation>Fetching failed: %1</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../ui/views/today.py" line="36"/>
        <source>Vandaag</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../ui/views/today.py" line="40"/>
        <source>Wat er vandaag te doen is</source>
        <translation>What to do today</translation>
    </message>
    <message>
        <location filename="../../ui/views/today.py" line="42"/>
        <source>Cliënt</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../ui/views/today.py" line="42"/>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/views/today.py" line="42"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/views/today.py" line="42"/>
        <source>Termijn</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/views/today.py" line="79"/>
        <source>Laden mislukt: %1</source>
        <translation>Loading failed: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/today.py" line="88"/>
        <source>Wachten op eerste contact (binnen 5 werkdagen)</source>
        <translation>Waiting for first contact (within 5 working days)</translation>
    </message>
    <message>
        <location filename="../../ui/views/today.py" line="89"/>
        <source>Gepland: kennismakingen en gesprekken</source>
        <translation>Planned: intakes and conversations</translation>
    </message>
    <message>
        <location filename="../../ui/views/today.py" line="90"/>
        <source>Nazorg te doen</source>
        <translation>Follow-up to do</translation>
    </message>
    <message>
        <location filename="../../ui/views/today.py" line="91"/>
        <source>Terugkoppeling nog niet verstuurd</source>
        <translation>Feedback not sent yet</translation>
    </message>
    <message>
        <location filename="../../ui/views/today.py" line="92"/>
        <source>Gepauzeerd: bekijken</source>
        <translation>Paused: to review</translation>
    </message>
    <message>
        <location filename="../../ui/views/today.py" line="114"/>
        <source>Terugkoppeling: %1</source>
        <translation>Feedback: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/today.py" line="120"/>
        <source>Kennismaking</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location filename="../../ui/views/today.py" line="127"/>
        <source>sinds %1 dagen</source>
        <translation>for %1 days</translation>
    </message>
    <message>
        <location filename="../../ui/views/today.py" line="131"/>
        <source>%1 werkdagen te laat</source>
        <translation>%1 working days late</translation>
    </message>
    <message>
        <location filename="../../ui/views/today.py" line="133"/>
        <location filename="../../ui/views/today.py" line="141"/>
        <source>vandaag</source>
        <translation>today</translation>
    </message>
    <message>
        <location filename="../../ui/views/today.py" line="134"/>
        <source>nog %1 werkdagen</source>
        <translation>%1 working days left</translation>
    </message>
    <message>
        <location filename="../../ui/views/today.py" line="139"/>
        <source>%1 dagen te laat</source>
        <translation>%1 days late</translation>
    </message>
    <message>
        <location filename="../../ui/views/today.py" line="142"/>
        <source>over %1 dagen</source>
        <translation>in %1 days</translation>
    </message>
</context>
<context>
    <name>TrajectoryTableModel</name>
    <message>
        <location filename="../../ui/views/trajectory_table.py" line="62"/>
        <source>Cliëntnr</source>
        <translation>Client no.</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory_table.py" line="62"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory_table.py" line="62"/>
        <source>Geboren</source>
        <translation>Born</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory_table.py" line="62"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory_table.py" line="62"/>
        <source>Verwijzer</source>
        <translation>Referrer</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory_table.py" line="63"/>
        <source>Type verwijzer</source>
        <translation>Referrer type</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory_table.py" line="63"/>
        <source>Verwezen</source>
        <translation>Referred</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory_table.py" line="63"/>
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
        <location filename="../../ui/views/trajectory_table.py" line="64"/>
        <source>Uiterlijk</source>
        <translation>Due by</translation>
    </message>
</context>
<context>
    <name>TrajectoryView</name>
    <message>
        <location filename="../../ui/views/trajectory.py" line="104"/>
        <source>Geen traject gekozen</source>
        <extracomment>Which tab shows which step (steps 1 and 2 share the referral tab).</extracomment>
        <translation>No trajectory chosen</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="115"/>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="116"/>
        <source>Wijzigingen opslaan (Ctrl+S)</source>
        <translation>Save changes (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="118"/>
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo changes</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="120"/>
        <location filename="../../ui/views/trajectory.py" line="417"/>
        <source>&amp;Pauzeren…</source>
        <translation>&amp;Pause…</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="126"/>
        <source>Stappen</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="127"/>
        <source>1-2 Verwijzing</source>
        <translation>1-2 Referral</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="128"/>
        <source>3 Kennismaking</source>
        <translation>3 Intake</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="129"/>
        <source>4 Begeleiding en matching</source>
        <translation>4 Coaching and matching</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="130"/>
        <source>5 Start activiteit</source>
        <translation>5 Activity start</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="131"/>
        <source>6 Nazorg en afronding</source>
        <translation>6 Follow-up and closing</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="132"/>
        <source>Terugkoppeling</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="134"/>
        <source>Match en gezondheid</source>
        <translation>Match and health</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="166"/>
        <source>Achternaam</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="167"/>
        <source>Voornaam</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="168"/>
        <source>Geboortedatum</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="169"/>
        <source>Geslacht</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="170"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="171"/>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="172"/>
        <source>Wijk</source>
        <translation>Neighbourhood</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="173"/>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="174"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="175"/>
        <source>Cliëntnummer</source>
        <translation>Client number</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="180"/>
        <source>Bezoek zorgverlener</source>
        <translation>Visit to care provider</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="181"/>
        <source>Klachten</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="182"/>
        <source>Verwijsdatum</source>
        <translation>Referral date</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="183"/>
        <source>Type verwijzer</source>
        <translation>Referrer type</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="184"/>
        <source>Naam verwijzer</source>
        <translation>Referrer name</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="185"/>
        <source>Praktijk</source>
        <translation>Practice</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="186"/>
        <source>Kanaal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="187"/>
        <source>Redenen</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="188"/>
        <source>Toelichting reden</source>
        <translation>Reason explained</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="189"/>
        <source>Toestemming gegevens</source>
        <translation>Consent contact data</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="190"/>
        <source>Toestemming terugkoppeling</source>
        <translation>Consent feedback</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="193"/>
        <source>Cliënt</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="193"/>
        <source>Verwijzing (stap 1 en 2)</source>
        <translation>Referral (steps 1 and 2)</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="209"/>
        <source>Eerste contact</source>
        <translation>First contact</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="210"/>
        <source>Kennismaking gepland op</source>
        <translation>Intake planned on</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="211"/>
        <source>Kennismaking gehouden</source>
        <translation>Intake held</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="224"/>
        <location filename="../../ui/views/trajectory.py" line="244"/>
        <location filename="../../ui/views/trajectory.py" line="273"/>
        <location filename="../../ui/views/trajectory.py" line="307"/>
        <location filename="../../ui/views/trajectory.py" line="312"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="228"/>
        <location filename="../../ui/views/trajectory.py" line="273"/>
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="230"/>
        <source>Korte notitie</source>
        <translation>Short note</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="231"/>
        <source>Nog gepland (niet gehouden)</source>
        <translation>Still planned (not held)</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="233"/>
        <source>Gesprek vastleggen</source>
        <translation>Record conversation</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="233"/>
        <source>Nazorgcontact vastleggen</source>
        <translation>Record follow-up contact</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="242"/>
        <location filename="../../ui/views/trajectory.py" line="245"/>
        <source>Gesprekken</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="244"/>
        <location filename="../../ui/views/trajectory.py" line="273"/>
        <source>Gehouden</source>
        <translation>Held</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="244"/>
        <location filename="../../ui/views/trajectory.py" line="273"/>
        <location filename="../../ui/views/trajectory.py" line="307"/>
        <location filename="../../ui/views/trajectory.py" line="318"/>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="246"/>
        <location filename="../../ui/views/trajectory.py" line="275"/>
        <source>Geplande afspraak als gehouden markeren</source>
        <translation>Mark planned appointment as held</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="250"/>
        <source>Behoefte</source>
        <translation>Need</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="251"/>
        <source>Match: soort aanbod</source>
        <translation>Match: type of offer</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="261"/>
        <source>Activiteit</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="262"/>
        <source>Aanbieder</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="263"/>
        <source>Startdatum</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="271"/>
        <location filename="../../ui/views/trajectory.py" line="274"/>
        <source>Nazorgcontacten</source>
        <translation>Follow-up contacts</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="278"/>
        <source>Afsluiten</source>
        <translation>Closing</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="283"/>
        <source>Datum afsluiten</source>
        <translation>Closing date</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="285"/>
        <source>Reden van afsluiten</source>
        <translation>Closing reason</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="287"/>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="288"/>
        <source>Traject &amp;afsluiten</source>
        <translation>&amp;Close trajectory</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="290"/>
        <source>Traject &amp;heropenen</source>
        <translation>&amp;Reopen trajectory</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="307"/>
        <location filename="../../ui/views/trajectory.py" line="314"/>
        <source>Moment</source>
        <translation>Moment</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="307"/>
        <location filename="../../ui/views/trajectory.py" line="316"/>
        <source>Verzonden via</source>
        <translation>Sent via</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="308"/>
        <source>Verstuurde terugkoppeling</source>
        <translation>Feedback sent</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="319"/>
        <source>Terugkoppeling vastleggen</source>
        <translation>Record feedback</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="322"/>
        <source>&amp;Brief aan de verwijzer maken…</source>
        <translation>Create &amp;letter to the referrer…</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="323"/>
        <source>Brief aan de verwijzer maken</source>
        <translation>Create letter to the referrer</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="372"/>
        <source>jaar</source>
        <translation>years</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="376"/>
        <source>uiterlijk %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="377"/>
        <source>Stap %1 (%2), %3.</source>
        <translation>Step %1 (%2), %3.</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="380"/>
        <source>Volgende: %1%2.</source>
        <translation>Next: %1%2.</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="382"/>
        <source>Afgesloten op %1: %2.</source>
        <translation>Closed on %1: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="386"/>
        <source>Gepauzeerd sinds %1%2.</source>
        <translation>Paused since %1%2.</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="391"/>
        <source>Eerste contact uiterlijk %1 (vijf werkdagen na de verwijzing).</source>
        <translation>First contact by %1 (five working days after the referral).</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="394"/>
        <location filename="../../ui/views/trajectory.py" line="396"/>
        <source>gepland</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="394"/>
        <location filename="../../ui/views/trajectory.py" line="396"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="402"/>
        <source>Er is geen toestemming voor terugkoppeling vastgelegd (tabblad Verwijzing).</source>
        <translation>No consent for feedback is recorded (Referral tab).</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="404"/>
        <source>Nog te sturen: %1.</source>
        <translation>Still to send: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="408"/>
        <source>Geen terugkoppeling openstaand.</source>
        <translation>No feedback outstanding.</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="417"/>
        <source>&amp;Hervatten…</source>
        <translation>&amp;Resume…</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="594"/>
        <source>Kies eerst een geplande afspraak in de lijst.</source>
        <translation>First choose a planned appointment in the list.</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="647"/>
        <source>Hervat op (datum):</source>
        <translation>Resume on (date):</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="647"/>
        <source>Pauze vanaf (datum):</source>
        <translation>Pause from (date):</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="648"/>
        <source>Hervatten</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="648"/>
        <location filename="../../ui/views/trajectory.py" line="661"/>
        <source>Pauzeren</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="649"/>
        <source>vandaag</source>
        <translation>today</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="661"/>
        <source>Reden (bijvoorbeeld: eerst schuldhulp):</source>
        <translation>Reason (for example: debt help first):</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="680"/>
        <source>Wijzigingen opslaan?</source>
        <translation>Save changes?</translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="681"/>
        <source>Dit traject heeft wijzigingen die nog niet zijn opgeslagen. Wilt u ze opslaan?</source>
        <translation>This trajectory has changes that are not saved yet. Do you want to save them?</translation>
    </message>
</context>
<context>
    <name>UnlockView</name>
    <message>
        <location filename="../../ui/views/unlock.py" line="50"/>
        <source>Sterk wachtwoord.</source>
        <extracomment>How many made-up clients a demo profile gets.</extracomment>
        <translation>Strong passphrase.</translation>
    </message>
    <message>
        <location filename="../../ui/views/unlock.py" line="52"/>
        <source>Redelijk sterk. Een zin van vier of meer woorden is nog sterker.</source>
        <translation>Fairly strong. A sentence of four or more words is stronger still.</translation>
    </message>
    <message>
        <location filename="../../ui/views/unlock.py" line="53"/>
        <source>Zwak: toegestaan, maar een zin van vier of meer woorden is veel sterker.</source>
        <translation>Weak: allowed, but a sentence of four or more words is much stronger.</translation>
    </message>
    <message>
        <location filename="../../ui/views/unlock.py" line="66"/>
        <source>WoR Desk – ontgrendelen</source>
        <translation>WoR Desk – unlock</translation>
    </message>
    <message>
        <location filename="../../ui/views/unlock.py" line="67"/>
        <source>WoR Desk</source>
        <translation>WoR Desk</translation>
    </message>
    <message>
        <location filename="../../ui/views/unlock.py" line="69"/>
        <source>De werkplek van de welzijnscoach. Uw gegevens staan versleuteld op deze computer.</source>
        <translation>The wellbeing coach&apos;s desk. Your data is stored encrypted on this computer.</translation>
    </message>
    <message>
        <location filename="../../ui/views/unlock.py" line="79"/>
        <source>Bezig</source>
        <translation>Busy</translation>
    </message>
    <message>
        <location filename="../../ui/views/unlock.py" line="104"/>
        <source>Profiel</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../../ui/views/unlock.py" line="105"/>
        <source>Wachtwoord</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/views/unlock.py" line="107"/>
        <source>&amp;Profiel</source>
        <translation>P&amp;rofile</translation>
    </message>
    <message>
        <location filename="../../ui/views/unlock.py" line="109"/>
        <location filename="../../ui/views/unlock.py" line="149"/>
        <source>&amp;Wachtwoord</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/views/unlock.py" line="116"/>
        <source>Foutmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location filename="../../ui/views/unlock.py" line="117"/>
        <source>&amp;Ontgrendelen</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/views/unlock.py" line="120"/>
        <source>&amp;Nieuw profiel…</source>
        <translation>&amp;New profile…</translation>
    </message>
    <message>
        <location filename="../../ui/views/unlock.py" line="139"/>
        <source>Naam van het profiel</source>
        <translation>Profile name</translation>
    </message>
    <message>
        <location filename="../../ui/views/unlock.py" line="140"/>
        <source>Nieuw wachtwoord</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/views/unlock.py" line="142"/>
        <source>Herhaal het wachtwoord</source>
        <translation>Repeat the passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/views/unlock.py" line="146"/>
        <source>Sterkte van het wachtwoord</source>
        <translation>Passphrase strength</translation>
    </message>
    <message>
        <location filename="../../ui/views/unlock.py" line="147"/>
        <source>Vul dit profiel met verzonnen cliënten om de desk uit te proberen (demo)</source>
        <translation>Fill this profile with made-up clients to try the desk (demo)</translation>
    </message>
    <message>
        <location filename="../../ui/views/unlock.py" line="148"/>
        <source>Demoprofiel</source>
        <translation>Demo profile</translation>
    </message>
    <message>
        <location filename="../../ui/views/unlock.py" line="149"/>
        <source>&amp;Naam profiel</source>
        <translation>Profile &amp;name</translation>
    </message>
    <message>
        <location filename="../../ui/views/unlock.py" line="150"/>
        <source>&amp;Herhaal</source>
        <translation>&amp;Repeat</translation>
    </message>
    <message>
        <location filename="../../ui/views/unlock.py" line="159"/>
        <source>Profiel &amp;aanmaken</source>
        <translation>&amp;Create profile</translation>
    </message>
    <message>
        <location filename="../../ui/views/unlock.py" line="161"/>
        <source>&amp;Terug</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../../ui/views/unlock.py" line="191"/>
        <source>Welkom! Maak een profiel aan. Kies een wachtwoord dat u onthoudt: zonder wachtwoord zijn de gegevens niet terug te halen.</source>
        <translation>Welcome! Create a profile. Choose a passphrase you will remember: without it the data cannot be recovered.</translation>
    </message>
    <message>
        <location filename="../../ui/views/unlock.py" line="193"/>
        <source>Een nieuw profiel heeft een eigen versleuteld bestand en een eigen wachtwoord.</source>
        <translation>A new profile has its own encrypted file and its own passphrase.</translation>
    </message>
    <message>
        <location filename="../../ui/views/unlock.py" line="203"/>
        <source>Minstens 8 tekens; een zin van een paar woorden is het sterkst.</source>
        <translation>At least 8 characters; a sentence of a few words is strongest.</translation>
    </message>
    <message>
        <location filename="../../ui/views/unlock.py" line="245"/>
        <source>&apos;%1&apos; is geen geldige profielnaam. Gebruik letters, cijfers, spaties, punt of streepje.</source>
        <translation>&apos;%1&apos; is not a valid profile name. Use letters, digits, spaces, dot or dash.</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../ui/views/_fields.py" line="96"/>
        <source>Er ging iets mis: {0}</source>
        <translation>Something went wrong: {0}</translation>
    </message>
</context>
</TS>
