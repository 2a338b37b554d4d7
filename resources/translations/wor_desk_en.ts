<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>ActivityModel</name>
    <message>
        <location filename="../../ui/views/catalogue.py" line="73"/>
        <source>Naam</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="73"/>
        <source>Soort aanbod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="73"/>
        <source>Wijk</source>
        <translation type="unfinished">Neighbourhood</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="73"/>
        <source>Dagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="73"/>
        <source>Plek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="74"/>
        <source>Gecontroleerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="74"/>
        <source>Deelnemers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="74"/>
        <source>Aanbieder</source>
        <translation type="unfinished">Provider</translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="84"/>
        <source>  (gesloten)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="88"/>
        <source>hele %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="94"/>
        <source>nooit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="100"/>
        <source>Al lang niet gecontroleerd: kijk na of deze activiteit nog klopt</source>
        <translation type="unfinished"></translation>
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
        <location filename="../../ui/views/catalogue.py" line="391"/>
        <source>Alle wijken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="406"/>
        <source>%1 activiteiten, %2 na te kijken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="434"/>
        <source>Nieuwe activiteit: vul minstens de naam en het soort aanbod in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="436"/>
        <source>Gesloten sinds %1: blijft in de geschiedenis, wordt niet meer aangeboden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="438"/>
        <source>⚠ Al %1 maanden of langer niet nagekeken. Klopt alles nog? Klik dan op &apos;Gecontroleerd vandaag&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="444"/>
        <source>nog open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="448"/>
        <source>Nog aan niemand voorgesteld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="468"/>
        <source>Een datum kan niet worden gelezen. Schrijf dd-mm-jjjj, bijvoorbeeld 01-09-2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="516"/>
        <source>Sociale kaart importeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="517"/>
        <source>CSV of Excel (*.csv *.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="528"/>
        <source>%1 rijen ingelezen: %2 nieuw, %3 bijgewerkt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="544"/>
        <source>Sociale kaart exporteren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="545"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/catalogue.py" line="554"/>
        <source>%1 activiteiten geschreven naar %2</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="124"/>
        <source>Soort periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="125"/>
        <source>Maand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="125"/>
        <source>Kwartaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="125"/>
        <source>Jaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="128"/>
        <source>Periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="131"/>
        <location filename="../../ui/views/dashboard.py" line="132"/>
        <source>Vorige periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="134"/>
        <location filename="../../ui/views/dashboard.py" line="135"/>
        <source>Volgende periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="139"/>
        <source>CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="139"/>
        <source>Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="139"/>
        <source>PDF-rapport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="141"/>
        <source>Exporteer als %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="153"/>
        <source>Exporteer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="160"/>
        <source>Melding</source>
        <translation type="unfinished">Message</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="173"/>
        <location filename="../../ui/views/dashboard.py" line="355"/>
        <source>Verwijzingen en intakes per maand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="184"/>
        <source>Kerncijfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="186"/>
        <source>Verloop over twaalf maanden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="188"/>
        <source>Uitsplitsingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="269"/>
        <source>Tellen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="287"/>
        <source>%1: %2 t/m %3, vergeleken met %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="301"/>
        <source>Contact binnen 5 werkdagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="303"/>
        <source>%1 van %2 verwijzingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="305"/>
        <location filename="../../ui/views/dashboard.py" line="310"/>
        <location filename="../../ui/views/dashboard.py" line="314"/>
        <source>vorig jaar %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="307"/>
        <source>Wachttijd tot kennismaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="308"/>
        <source>geen intakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="308"/>
        <location filename="../../ui/views/dashboard.py" line="311"/>
        <source>dagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="310"/>
        <source>gemiddeld, kalenderdagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="322"/>
        <source>gehaald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="322"/>
        <source>niet gehaald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="323"/>
        <source>doel +%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="356"/>
        <source>Verwijzingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="356"/>
        <source>Intakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="392"/>
        <location filename="../../ui/views/dashboard.py" line="398"/>
        <source>Overige (samen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="401"/>
        <source>geen in deze periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="438"/>
        <source>CSV-bestand (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="438"/>
        <source>Excel-werkmap (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="439"/>
        <source>PDF-rapport (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="440"/>
        <source>Tellingen exporteren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="451"/>
        <source>Exporteren naar %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="462"/>
        <source>Opgeslagen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard.py" line="468"/>
        <source>Exporteren lukte niet: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/views/_fields.py" line="31"/>
        <source>dd-mm-jjjj</source>
        <extracomment>Local fallback for the app style sheet (ui/style.py): red border on invalid fields, red errors.</extracomment>
        <translation type="unfinished">dd-mm-yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/views/_fields.py" line="32"/>
        <source>Typ bijvoorbeeld 12-3, 12-03-2026, vandaag of gisteren</source>
        <translation type="unfinished">Type for example 12-3, 12-03-2026, today or yesterday</translation>
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
        <location filename="../../ui/views/gaps.py" line="95"/>
        <source>Gestopt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/gaps.py" line="111"/>
        <source>Hiatenrapport opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/gaps.py" line="111"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="71"/>
        <source>Brief over {name} aan {referrer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="71"/>
        <source>de verwijzer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="75"/>
        <source>Moment van de brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="81"/>
        <source>Taal van de brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="85"/>
        <source>Aanvulling van de coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="86"/>
        <source>Een zin die u zelf toevoegt (bij een vrije brief: de tekst van de brief)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="90"/>
        <source>Moment</source>
        <translation type="unfinished">Moment</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="91"/>
        <source>Taal</source>
        <translation type="unfinished">Language</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="92"/>
        <source>Aanvulling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="98"/>
        <source>Melding</source>
        <translation type="unfinished">Message</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="103"/>
        <source>Voorbeeld van de brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="109"/>
        <source>De brief als platte tekst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="111"/>
        <source>Voorbeeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="112"/>
        <source>Tekst (Zorgdomein, VIPLive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="114"/>
        <source>Opslaan als PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="115"/>
        <source>Afdrukken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="116"/>
        <source>Kopieer tekst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="118"/>
        <location filename="../../ui/views/letters.py" line="135"/>
        <source>Verzonden via</source>
        <translation type="unfinished">Sent via</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="121"/>
        <source>Markeer als verzonden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="122"/>
        <source>Markeer de brief als verzonden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="123"/>
        <source>Sluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="125"/>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="126"/>
        <source>Brief opslaan als PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="126"/>
        <source>Brief afdrukken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="127"/>
        <source>Tekst van de brief kopiëren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="165"/>
        <source>{n} van {max} tekens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="216"/>
        <source>Opslaan mislukt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="217"/>
        <source>Kan {path} niet schrijven ({reason}). Kies een andere map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="219"/>
        <source>Opgeslagen: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="225"/>
        <source>Brief opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="225"/>
        <source>PDF-bestanden (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="256"/>
        <source>Naar de printer gestuurd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="261"/>
        <source>Tekst gekopieerd: plak hem in Zorgdomein, VIPLive of een beveiligde mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="274"/>
        <source>Vastgelegd als verzonden via {channel} op {date}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LettersView</name>
    <message>
        <location filename="../../ui/views/letters.py" line="307"/>
        <source>Brieven aan verwijzers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="311"/>
        <source>Brieven die klaarliggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="312"/>
        <source>Cliënt</source>
        <translation type="unfinished">Client</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="312"/>
        <source>Moment</source>
        <translation type="unfinished">Moment</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="312"/>
        <source>Sinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="312"/>
        <source>Verwijzer</source>
        <translation type="unfinished">Referrer</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="322"/>
        <source>Open brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="323"/>
        <source>Open de gekozen brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="324"/>
        <source>Maak alle brieven…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="325"/>
        <source>Maak alle brieven in één keer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="326"/>
        <source>Ook als tekst (.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="327"/>
        <source>Meteen vastleggen als verzonden via</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="329"/>
        <source>Verzonden via (alle brieven)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="345"/>
        <source>Welke brieven wil een praktijk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="348"/>
        <source>Praktijk</source>
        <translation type="unfinished">Practice</translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="355"/>
        <source>Brief: {moment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="358"/>
        <source>Bewaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="359"/>
        <source>Bewaar de voorkeur van de praktijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="360"/>
        <source>Standaard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="361"/>
        <source>Zet de praktijk terug op de standaard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="403"/>
        <source>Brieven die klaarliggen: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="404"/>
        <source>Er liggen geen brieven klaar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="427"/>
        <source>Map voor de brieven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="460"/>
        <source>Brieven gemaakt: {n}, in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="469"/>
        <source>De brieven konden niet worden gemaakt: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/letters.py" line="488"/>
        <source>Voorkeur bewaard voor {practice}.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="61"/>
        <source>Brieven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="62"/>
        <source>Tellingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="63"/>
        <source>Wat ontbreekt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="64"/>
        <source>Synchronisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="65"/>
        <source>Teamtotalen</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="280"/>
        <source>Geen traject gekozen</source>
        <translation type="unfinished">No trajectory chosen</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="284"/>
        <source>wijk onbekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="288"/>
        <location filename="../../ui/views/matching.py" line="290"/>
        <source>Doet nu: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="292"/>
        <source>Nog geen activiteit gestart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="319"/>
        <source>leeftijd past niet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="321"/>
        <source>⚠ niet recent nagekeken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="323"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="324"/>
        <source>eerder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="337"/>
        <source>Geen passende activiteiten: zoek breder (hele gemeente, alle soorten).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="346"/>
        <source>Nog open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="349"/>
        <source>gestopt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="350"/>
        <source> (gesloten)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="369"/>
        <source>vandaag</source>
        <translation type="unfinished">today</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="369"/>
        <source>%1 dagen te laat</source>
        <translation type="unfinished">%1 days late</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="370"/>
        <source>over %1 dagen</source>
        <translation type="unfinished">in %1 days</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="371"/>
        <source>Gepland: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="373"/>
        <source>Geen nazorg gepland. Nazorg wordt vanzelf gepland als een activiteit start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="389"/>
        <source>gemiddeld %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="390"/>
        <source>Nog geen scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="407"/>
        <source>Start vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="407"/>
        <source>Uitkomst vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="434"/>
        <source>Een datum kan niet worden gelezen. Schrijf dd-mm-jjjj, bijvoorbeeld 01-09-2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="456"/>
        <source>Vink eerst één of meer activiteiten aan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="479"/>
        <source>Vul de startdatum in.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/spider.py" line="50"/>
        <source>Voor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/spider.py" line="51"/>
        <source>Na</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/spider.py" line="67"/>
        <source>Nog geen scores</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="61"/>
        <source>Collector (van uw teamleider)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="65"/>
        <source>Collector-adres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="68"/>
        <source>Desk-token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="71"/>
        <source>Regiosleutel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="72"/>
        <source>Adres:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="73"/>
        <source>Desk-token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="74"/>
        <source>Regiosleutel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="75"/>
        <source>Instellingen bewaren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="76"/>
        <source>Collector-instellingen bewaren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="84"/>
        <source>Stand van de synchronisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="88"/>
        <location filename="../../ui/views/sync.py" line="89"/>
        <source>Nu synchroniseren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="91"/>
        <source>Voorbeeld vernieuwen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="92"/>
        <source>Voorbeeld van wat vertrekt vernieuwen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="94"/>
        <source>Automatisch synchroniseren (elke %1 minuten)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="95"/>
        <source>Automatisch synchroniseren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="104"/>
        <source>Samenvatting van de collector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="108"/>
        <source>Wat vertrekt, per maand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="110"/>
        <source>Maand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="110"/>
        <source>Telling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="110"/>
        <source>Categorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="110"/>
        <source>Waarde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="111"/>
        <source>Wat vertrekt, per maand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="138"/>
        <location filename="../../ui/views/sync.py" line="139"/>
        <source>bewaard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="138"/>
        <location filename="../../ui/views/sync.py" line="139"/>
        <source>nog niet opgegeven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="161"/>
        <source>Laatste geslaagde synchronisatie: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="161"/>
        <source>nog nooit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="163"/>
        <source>Wacht nog: %1 maand(en) (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="165"/>
        <source>Er wacht niets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="167"/>
        <source>Volgende automatische poging: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="169"/>
        <source>Laatste probleem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="174"/>
        <source>Verzonden: %1 maand(en). Cellen: %2 nieuw, %3 bijgewerkt, %4 ongewijzigd, %5 verwijderd, %6 geweigerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="179"/>
        <source>%1 geweigerd: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="193"/>
        <source>Bezig met synchroniseren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="207"/>
        <source>Synchroniseren mislukt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="250"/>
        <source>(categorieën verborgen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="254"/>
        <source>onderdrukt (%1–%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="256"/>
        <source>onderdrukt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="261"/>
        <source>Praktijken (alleen als sleutel-hash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="263"/>
        <source>Praktijken: regiosleutel ontbreekt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="277"/>
        <source>* = onderdrukt: kleine aantallen (1 tot %1) en wat nodig is om ze te beschermen; of categorieën verborgen. Totalen gaan exact mee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/sync.py" line="279"/>
        <source>Er is nog niets te verzenden.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamTotalsView</name>
    <message>
        <location filename="../../ui/views/team.py" line="43"/>
        <location filename="../../ui/views/team.py" line="73"/>
        <source>Teamtotalen</source>
        <extracomment>Profile setting remembering the team lead&apos;s reader token (kept in the encrypted store).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/team.py" line="45"/>
        <source>Totalen van alle desks binnen het bereik van uw lezerstoken (team, organisatie of regio), zoals de collector ze optelt. Er staan geen namen in; onderdrukte bijdragen staan als bereik.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/team.py" line="51"/>
        <source>Adres van de collector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/team.py" line="54"/>
        <source>Lezerstoken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/team.py" line="57"/>
        <source>Periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/team.py" line="58"/>
        <source>Een maand (2026-03), een kwartaal (2026-Q1) of een jaar (2026)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/team.py" line="59"/>
        <source>&amp;Ophalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/team.py" line="63"/>
        <source>Collector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/team.py" line="64"/>
        <source>Lezerstoken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/team.py" line="68"/>
        <source>Periode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/team.py" line="72"/>
        <source>Telling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/team.py" line="72"/>
        <source>Categorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/team.py" line="72"/>
        <source>Waarde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/team.py" line="87"/>
        <source>Vul het adres van de collector en uw lezerstoken in (u krijgt de token van de beheerder van de collector).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/team.py" line="96"/>
        <source>Bezig met ophalen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/team.py" line="111"/>
        <source>%1 regels voor %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/team.py" line="115"/>
        <source>Ophalen mislukt: %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/trajectory.py" line="323"/>
        <source>Brief aan de verwijzer maken</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
