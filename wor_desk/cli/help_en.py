"""The command line's help in English (`wor-desk --lang en ... --help`), and argparse's own words
in Dutch (`usage:` -> `gebruik:`), so that neither language's help mixes the two.

The Dutch help texts are written in the command modules; ENGLISH maps each to its English text.
tests/core/test_cli_help.py checks that every help text, description and metavar has one: add
the English beside a new Dutch text here.
"""

from __future__ import annotations

import argparse
import gettext

#: argparse's own strings (its gettext catalogue) in Dutch.
ARGPARSE_NL: dict[str, str] = {
    "usage: ": "gebruik: ",
    "options": "opties",
    "positional arguments": "argumenten",
    "show this help message and exit": "toon deze hulp en stop",
    "show program's version number and exit": "toon het versienummer en stop",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fout: %(message)s\n",
    "the following arguments are required: %s": "deze argumenten zijn verplicht: %s",
    "unrecognized arguments: %s": "onbekende argumenten: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "ongeldige keuze: %(value)r (kies uit %(choices)s)",
    "expected one argument": "verwacht één waarde",
    "invalid %(type)s value: %(value)r": "ongeldige waarde (%(type)s): %(value)r",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s: %(message)s",
    "ambiguous option: %(option)s could match %(matches)s": "dubbelzinnige optie: %(option)s kan %(matches)s zijn",
    "not allowed with argument %s": "niet samen met argument %s",
    "one of the arguments %s is required": "een van de argumenten %s is verplicht",
}

ENGLISH: dict[str, str] = {
    # wor-desk
    "WoR Desk: de werkplek van de welzijnscoach voor Welzijn op Recept. Zonder opdracht start de desk-app.": "WoR Desk: the workplace of the Welzijn op Recept wellbeing coach. Without a command it starts the desk app.",
    "Het wachtwoord wordt gevraagd, of gelezen uit WOR_DESK_PASSPHRASE. Gegevens staan in de map uit WOR_DESK_HOME (standaard de gebruikersmap van WoR Desk).": "The passphrase is asked, or read from WOR_DESK_PASSPHRASE. Data lives in the folder from WOR_DESK_HOME (default: WoR Desk's folder of the user). Exit codes and more: see the README.",
    "toon het versienummer en stop": "show the version number and exit",
    "controleer of deze installatie werkt (in een wegwerpmap; uw profielen blijven onaangeroerd)": "check that this installation works (in a throw-away folder; your profiles are not touched)",
    "het coachprofiel (standaard: standaard, of WOR_DESK_PROFILE)": "the coach profile (default: standaard, or WOR_DESK_PROFILE)",
    "taal van meldingen (nl of en)": "language of messages and help (nl or en)",
    "OPDRACHT": "COMMAND",
    "maak de versleutelde opslag van een profiel aan": "create the encrypted store of a profile",
    "toon profiel, schemaversie en aantallen per stap": "show profile, schema version and numbers per step",
    "controleer de hele opslag, elke pagina (duurt langer bij veel trajecten)": "check the whole store, every page (takes longer with many trajectories)",
    "wijzig het wachtwoord (alles blijft bewaard)": "change the passphrase (everything is kept)",
    "schrijf een versleutelde back-up naar BESTAND": "write an encrypted backup to FILE",
    "zet een back-up terug (de huidige opslag blijft apart bewaard)": "restore a backup (the current store is kept aside)",
    "importeer een registratieblad (.csv of .xlsx)": "import a registration sheet (.csv or .xlsx)",
    "vul een profiel met verzonnen cliënten om mee te oefenen": "fill a profile with made-up clients to practise with",
    "tellingen van een periode exporteren (csv, xlsx of pdf)": "export a period's counts (csv, xlsx or pdf)",
    "de sociale kaart: activiteiten in de buurt (lijst, import, export, hiaten)": "the sociale kaart: activities nearby (list, import, export, gaps)",
    "maak een terugkoppelingsbrief aan de verwijzer (PDF en/of tekst)": "make a feedback letter to the referrer (PDF and/or text)",
    "toon de brieven die klaarliggen, of maak ze allemaal in één keer": "show the letters that are due, or make them all at once",
    "welke brieven wil een praktijk ontvangen (standaard: intake en afronding)": "which letters a practice wants (default: intake and closing)",
    "zet het logo van de organisatie op de brieven (PNG of JPEG)": "put the organisation's logo on the letters (PNG or JPEG)",
    "stuur de anonieme maandtellingen naar de collector": "send the anonymous monthly counts to the collector",
    "haal de totalen van team, organisatie of regio op bij de collector": "fetch the totals of a team, organisation or region from the collector",
    "de collector van de regio: starten en tokens beheren": "the region's collector: run it and manage its tokens",
    "eigen codes van de regio toevoegen (bijvoorbeeld redenen van verwijzing)": "add the region's own codes (for example referral reasons)",
    # init, status, check, passphrase, backup, restore
    "Maakt een nieuw profiel met een versleutelde opslag. U kiest een wachtwoord (minstens 8 tekens); het wordt nergens bewaard, dus onthoud het goed.": "Creates a new profile with an encrypted store. You choose a passphrase (at least 8 characters); it is stored nowhere, so remember it well.",
    "Toont het profiel, waar de opslag staat, de schemaversie, en het aantal cliënten en trajecten per stap.": "Shows the profile, where its store is, the schema version, and the number of clients and trajectories per step.",
    "Leest en controleert elke pagina van de opslag (PRAGMA quick_check). Dat gebeurt ook vanzelf: na een onverwacht afsluiten, als de laatste volledige controle een week oud is, en voor elke back-up.": "Reads and checks every page of the store (PRAGMA quick_check). This also happens by itself: after an unexpected shutdown, when the last full check is a week old, and before every backup.",
    "Versleutelt de opslag opnieuw met een nieuw wachtwoord. Het nieuwe wachtwoord komt uit WOR_DESK_NEW_PASSPHRASE of wordt twee keer gevraagd.": "Re-encrypts the store with a new passphrase. The new passphrase comes from WOR_DESK_NEW_PASSPHRASE or is asked twice.",
    "Schrijft een versleutelde kopie (zelfde wachtwoord) naar BESTAND en controleert die daarna. Een bestaand bestand wordt nooit overschreven.": "Writes an encrypted copy (same passphrase) to FILE and checks it afterwards. An existing file is never overwritten.",
    "BESTAND": "FILE",
    "Maakt BESTAND de opslag van het profiel. Het wachtwoord is dat van de back-up. De huidige opslag wordt niet overschreven maar opzij gezet in de map 'bewaard'.": "Makes FILE the profile's store. The passphrase is the backup's. The current store is not overwritten but moved aside into the folder 'bewaard'.",
    # import
    "Leest een registratieblad (één rij per traject; de kolommen staan in docs/import.md) en controleert eerst het hele bestand. Is er een ongeldige rij, dan wordt niets geïmporteerd en krijgt u per rij de kolom en de reden. Twee keer hetzelfde bestand importeren maakt geen dubbele trajecten: een traject met hetzelfde client_nr en dezelfde verwijsdatum wordt bijgewerkt.": "Reads a registration sheet (one row per trajectory; the columns are in docs/import.md) and checks the whole file first. When a row is invalid nothing is imported, and you get the column and the reason per row. Importing the same file twice creates no duplicate trajectories: a trajectory with the same client_nr and verwijsdatum is updated.",
    "importeer alleen de geldige rijen; de afgewezen rijen komen met hun reden in BESTAND.afgewezen.csv": "import only the valid rows; the rejected rows go with their reasons to FILE.afgewezen.csv",
    "controleer alleen en laat zien wat er zou gebeuren; schrijf niets": "only check and show what would happen; write nothing",
    # demo
    "Maakt (zo nodig) het profiel aan en vult het met realistische, verzonnen cliënten en trajecten over de afgelopen drie jaar. Gebruik een apart profiel, bijvoorbeeld: wor-desk --profile demo demo. Een profiel met echte cliënten wordt geweigerd.": "Creates the profile (if needed) and fills it with realistic, made-up clients and trajectories over the last three years. Use a separate profile, for example: wor-desk --profile demo demo. A profile with real clients is refused.",
    "aantal cliënten (standaard 200)": "number of clients (default 200)",
    "startgetal: hetzelfde getal geeft dezelfde gegevens": "seed: the same number gives the same data",
    # counts
    "Telt de registratie-indicatoren van Welzijn op Recept voor een maand, kwartaal of jaar en schrijft ze weg: als CSV (één regel per cel: period,indicator,category,value), als Excel-werkmap met uitleg, of als PDF-rapport om zo door te sturen. Er staan geen namen of andere persoonsgegevens in.": "Counts the Welzijn op Recept registration indicators (docs/codebook.md) for a month, quarter or year and writes them: as CSV (one line per cell: period,indicator,category,value), as an Excel workbook with explanations, or as a PDF report to send as is. They contain no names or other personal data.",
    "Voorbeelden: wor-desk counts --period 2026-03 -o maart.csv   ·   wor-desk counts --period 2026-Q1 --format pdf -o kwartaal1.pdf   ·   wor-desk counts --period 2025 -o -   ·   wor-desk counts --period 2026-Q1 --gemeente Zeist --format pdf": "Examples: wor-desk counts --period 2026-03 -o march.csv   ·   wor-desk counts --period 2026-Q1 --format pdf -o quarter1.pdf   ·   wor-desk counts --period 2025 -o -   ·   wor-desk counts --period 2026-Q1 --gemeente Zeist --format pdf",
    "een maand (2026-03), een kwartaal (2026-Q1) of een jaar (2026)": "a month (2026-03), a quarter (2026-Q1) or a year (2026)",
    "PERIODE": "PERIOD",
    "csv, xlsx of pdf (standaard: volgt uit de bestandsnaam, anders csv)": "csv, xlsx or pdf (default: from the file name, else csv)",
    "het rapport van één gemeente: hetzelfde codeboek over de cliënten die in die gemeente wonen": "one municipality's report: the same codebook over the clients who live there",
    "NAAM": "NAME",
    "waar het bestand komt; '-' schrijft de CSV naar het scherm (stdout). Zonder -o: CSV naar het scherm, xlsx en pdf naar tellingen-PERIODE[-GEMEENTE].xlsx/.pdf in de huidige map": "where the file goes; '-' writes the CSV to the screen (stdout). Without -o: CSV to the screen, xlsx and pdf to tellingen-PERIOD[-MUNICIPALITY].xlsx/.pdf in the current folder",
    "een bestaand bestand overschrijven": "overwrite an existing file",
    "lees de totalen van de collector in plaats van de eigen opslag (met --token)": "read the totals from the collector instead of your own store (with --token)",
    "de lezerstoken van de teamleider (of WOR_COLLECTOR_TOKEN); het bereik van de token bepaalt wat wordt opgeteld": "the team lead's reader token (or WOR_COLLECTOR_TOKEN); the token's scope decides what is added up",
    # kaart
    "De sociale kaart: de activiteiten en andere hulp in de buurt waar u cliënten naartoe kunt verwijzen. Teams delen één kaart door te exporteren en te importeren.": "The sociale kaart: the activities and other help nearby that you can refer clients to. Teams share one kaart by exporting and importing it.",
    "toon de activiteiten (met filters)": "show the activities (with filters)",
    "lees een sociale kaart in uit een CSV- of .xlsx-bestand": "read a sociale kaart from a CSV or .xlsx file",
    "schrijf de sociale kaart naar een CSV-bestand": "write the sociale kaart to a CSV file",
    "markeer activiteiten als vandaag gecontroleerd": "mark activities as checked today",
    "wat ontbreekt: behoeften zonder match en afwijzingen per wijk": "what is missing: needs without a match and refusals per neighbourhood",
    "stel de regio een activiteit of correctie voor (gaat mee met de volgende sync)": "propose an activity or a correction to the region (goes with the next sync)",
    "toon uw voorstellen aan de regio en of ze verzonden zijn": "show your proposals to the region and whether they were sent",
    "uw eigen notitie bij een activiteit (blijft op deze desk)": "your own note on an activity (stays on this desk)",
    "Toont de activiteiten van de sociale kaart. Gesloten activiteiten staan er alleen bij met --gesloten. Een ! betekent: al lang niet gecontroleerd.": "Shows the activities of the sociale kaart. Closed activities are shown only with --gesloten. A ! means: not checked for a long time.",
    "zoek in naam, aanbieder, omschrijving, adres en contactpersoon": "search in name, provider, description, address and contact person",
    "alleen dit soort aanbod": "only this kind of activity",
    "alleen activiteiten in deze wijk": "only activities in this neighbourhood",
    "alleen activiteiten op deze dag (ma, di, wo, ...)": "only activities on this day (ma, di, wo, ...: Monday, Tuesday, Wednesday)",
    "toon ook gesloten activiteiten": "also show closed activities",
    "toon alleen activiteiten die gecontroleerd moeten worden": "only show activities that need checking",
    "Leest activiteiten uit een CSV- of .xlsx-bestand (kolommen: zie docs/catalogue.md). Eerst wordt het hele bestand gecontroleerd; als één rij niet klopt, wordt niets ingelezen en ziet u per rij wat er mis is. Een activiteit die al bestaat (zelfde id, of zelfde naam en aanbieder) wordt bijgewerkt.": "Reads activities from a CSV or .xlsx file (columns: see docs/catalogue.md). The whole file is checked first; when one row is wrong nothing is read and you see per row what is wrong. An activity that already exists (same id, or same name and provider) is updated.",
    "alleen controleren en tellen, niets opslaan": "only check and count, save nothing",
    "Schrijft de hele sociale kaart naar een CSV-bestand (UTF-8, komma's) dat een collega kan importeren. Een bestaand bestand wordt niet overschreven, tenzij u --overschrijf geeft.": "Writes the whole sociale kaart to a CSV file (UTF-8, commas) that a colleague can import. An existing file is not overwritten unless you give --overschrijf.",
    "laat gesloten activiteiten weg": "leave out closed activities",
    "overschrijf een bestaand bestand": "overwrite an existing file",
    "Zegt: ik heb deze activiteiten vandaag nagekeken en ze kloppen nog. Het nummer staat vooraan in 'wor-desk kaart lijst'.": "Says: I checked these activities today and they are still right. The number is at the start of each line of 'wor-desk kaart lijst'.",
    "NUMMER": "NUMBER",
    "Telt per wijk en soort aanbod de behoeften zonder match (kennismaking in de periode) en de afgewezen, niet beschikbare en gestopte activiteiten, zodat het team de gemeente kan vertellen wat er mist.": "Counts per neighbourhood and kind of activity the needs without a match (intake in the period) and the refused, unavailable and stopped activities, so the team can tell the municipality what is missing.",
    "begin van de periode": "start of the period",
    "DATUM": "DATE",
    "einde van de periode (telt mee)": "end of the period (included)",
    "schrijf de tabel ook als CSV": "also write the table as CSV",
    "Stelt de kaartredacteur van de regio iets voor: 'nieuw' (een eigen activiteit op de kaart van de regio), 'gesloten', 'vol' (geen plek meer) of 'verhuisd' (met het nieuwe adres) voor een activiteit van de regio. Het voorstel gaat mee met de volgende 'wor-desk sync'; zet geen namen van cliënten in de toelichting.": "Proposes something to the region's kaart editor: 'nieuw' (one of your own activities onto the region's kaart), 'gesloten' (closed), 'vol' (full) or 'verhuisd' (moved, with the new address) for an activity of the region. The proposal goes with the next 'wor-desk sync'; put no client names in the explanation.",
    "het nummer uit 'wor-desk kaart lijst'": "the number from 'wor-desk kaart lijst'",
    "nieuw | gesloten | vol | verhuisd": "nieuw (new) | gesloten (closed) | vol (full) | verhuisd (moved)",
    "SOORT": "KIND",
    "gesloten: laatste dag (standaard vandaag)": "gesloten: last day (default today)",
    "verhuisd: straat en huisnummer": "verhuisd: street and number",
    "verhuisd: postcode": "verhuisd (moved): postcode",
    "verhuisd: gemeente": "verhuisd: municipality",
    "verhuisd: wijk": "verhuisd: neighbourhood",
    "korte toelichting voor de redacteur (geen namen)": "short explanation for the editor (no names)",
    "Zet of wist (lege tekst) uw eigen notitie bij een activiteit, ook bij een activiteit van de regio. De notitie blijft op deze desk.": "Sets or clears (empty text) your own note on an activity, also on one of the region's. The note stays on this desk.",
    "TEKST": "TEXT",
    # letters
    "Maakt een brief van één pagina aan de verwijzer van een cliënt, uit de gegevens van het traject en het briefsjabloon van de organisatie. Alleen als de cliënt toestemming gaf voor terugkoppeling. Met --sent-via wordt de brief ook vastgelegd als verstuurd (dat telt mee als terugkoppeling gegeven).": "Makes a one-page letter to a client's referrer from the trajectory's data and the organisation's letter template. Only when the client consented to feedback. With --sent-via the letter is also recorded as sent (it counts as feedback given).",
    "het cliëntnummer": "the client number",
    "het trajectnummer (standaard: het nieuwste traject van de cliënt)": "the trajectory number (default: the client's newest trajectory)",
    "na de kennismaking (intake), bij de start van de activiteit (start), bij de afronding (afronding) of een vrije brief (vrij)": "after the intake (intake), at the start of the activity (start), at closing (afronding) or a free letter (vrij)",
    "schrijf de brief als PDF naar dit bestand (nieuw bestand, of met --force overschrijven)": "write the letter as PDF to this file (a new file, or overwrite it with --force)",
    "BESTAND.pdf": "FILE.pdf",
    "toon de brief als platte tekst, om te plakken in Zorgdomein of VIPLive": "show the letter as plain text, to paste into Zorgdomein or VIPLive",
    "een zin die u zelf toevoegt (bij een vrije brief: de tekst)": "a sentence you add yourself (for a free letter: its text)",
    "ZIN": "SENTENCE",
    "taal van de brief (standaard nl)": "language of the letter (default nl)",
    "leg de brief vast als verstuurd via KANAAL (post, zorgdomein, viplive, veilige_mail, telefoon, overig)": "record the letter as sent via CHANNEL (post, zorgdomein, viplive, veilige_mail, telefoon, overig)",
    "KANAAL": "CHANNEL",
    "Toont trajecten die een moment bereikten waarop de verwijzer een brief wil, zonder dat die brief al is verstuurd. Met --make MAP worden alle brieven in één keer als PDF in MAP gezet.": "Shows trajectories that reached a moment at which the referrer wants a letter, and that letter was not sent yet. With --make FOLDER all letters are made as PDFs in FOLDER at once.",
    "maak alle brieven en zet ze in deze map": "make all letters and put them in this folder",
    "MAP": "FOLDER",
    "zet naast elke PDF ook de platte tekst (.txt)": "also put the plain text (.txt) beside each PDF",
    "taal van de brieven (standaard nl)": "language of the letters (default nl)",
    "leg alle gemaakte brieven vast als verstuurd via KANAAL": "record all letters made as sent via CHANNEL",
    "Zonder opties: toont per praktijk welke momenten zij een brief willen. Met --practice en --moments stelt u dat in; de praktijknaam mag in hoofd- of kleine letters en met of zonder spaties.": "Without options: shows per practice at which moments it wants a letter. With --practice and --moments you set that; the practice name may be in upper or lower case, with or without spaces.",
    "de naam van de praktijk": "the practice's name",
    "momenten met komma's, bijv. intake,start,afronding; 'geen' voor geen brieven": "moments separated by commas, e.g. intake,start,afronding; 'geen' (none) for no letters",
    "LIJST": "LIST",
    "zet de praktijk terug op de standaard (intake en afronding)": "set the practice back to the default (intake and closing)",
    "Bewaart het logo in het profiel (in de versleutelde opslag); het staat dan linksboven op elke brief.": "Keeps the logo in the profile (in the encrypted store); it then appears top left on every letter.",
    "het logo (PNG of JPEG, hoogstens 512 kB)": "the logo (PNG or JPEG, at most 512 kB)",
    "haal het logo weg": "remove the logo",
    # sync
    "Stuurt per maand de tellingen van het codeboek (geen namen, geen geboortedata, geen postcodes, geen vrije tekst) naar de collector van de regio. Kleine aantallen (1 tot k-1) gaan onderdrukt mee. Adres, token en regiosleutel worden in het profiel onthouden zodra u ze één keer opgeeft. Wat niet lukt blijft in de wachtrij en gaat bij de volgende keer mee.": "Sends the codebook counts per month (no names, no dates of birth, no postcodes, no free text) to the region's collector. Small numbers (1 to k-1) are sent suppressed. Address, token and region key are remembered in the profile once you give them. What fails stays in the outbox and goes with the next attempt.",
    "adres van de collector, bijv. https://collector.regio.nl": "the collector's address, e.g. https://collector.regio.nl",
    "de desk-token die de teamleider gaf": "the desk token the team lead gave you",
    "de regiosleutel waarmee praktijknamen onherkenbaar worden gemaakt (van de teamleider)": "the region key that makes practice names unrecognisable (from the team lead)",
    "SLEUTEL": "KEY",
    "verstuur niets: toon per maand precies wat zou vertrekken (onderdrukte cellen gemarkeerd met *)": "send nothing: show per month exactly what would leave (suppressed cells marked with *)",
    "toon alleen de laatste synchronisatie en wat nog wacht": "only show the last sync and what is still waiting",
    "Haalt de tellingen van een periode op bij de collector, opgeteld over alle desks binnen het bereik van de lezerstoken, als codeboek-CSV. Onderdrukte bijdragen staan er eerlijk in als bereik (bijv. 12-15). Hetzelfde als 'wor-desk counts --collector URL --token TOKEN'.": "Fetches a period's counts from the collector, added up over all desks within the reader token's scope, as codebook CSV. Suppressed contributions show honestly as a range (e.g. 12-15). The same as 'wor-desk counts --collector URL --token TOKEN'.",
    "maand (2026-03), kwartaal (2026-Q1) of jaar (2026)": "month (2026-03), quarter (2026-Q1) or year (2026)",
    "formaat: csv (standaard; xlsx of pdf maakt u daarna van de CSV)": "format: csv (the default; make xlsx or pdf from the CSV afterwards)",
    "waarheen (standaard: het scherm)": "where to (default: the screen)",
    # collector
    "De collector ontvangt de anonieme maandtellingen van de desks en telt ze op per team, organisatie en regio. Zijn opslag is een SQLite-bestand (standaard, in de map van WOR_DESK_HOME) of PostgreSQL (--db postgresql+psycopg://...; ook via WOR_COLLECTOR_DB).": "The collector receives the desks' anonymous monthly counts and adds them up per team, organisation and region. Its store is a SQLite file (the default, in WOR_DESK_HOME's folder) or PostgreSQL (--db postgresql+psycopg://...; also via WOR_COLLECTOR_DB).",
    "opslag van de collector (standaard: WOR_COLLECTOR_DB of een SQLite-bestand)": "the collector's store (default: WOR_COLLECTOR_DB or a SQLite file)",
    "start de collector (HTTP; zet er in productie een TLS-proxy voor)": "run the collector (HTTP; put a TLS proxy in front of it in production)",
    "desks: toevoegen, tonen, intrekken": "desks: add, list, revoke",
    "lezers (teamleiders): toevoegen": "readers (team leads): add",
    "kaartredacteuren: toevoegen, intrekken": "kaart editors: add, revoke",
    "de sociale kaart van de regio: import, export, voorstellen van desks": "the region's sociale kaart: import, export, proposals from desks",
    "Start de HTTP-dienst van de collector. Luistert standaard alleen op 127.0.0.1; zet in productie een TLS-proxy (bijv. nginx of Caddy) ervoor, zie docs/sync.md.": "Starts the collector's HTTP service. By default it listens on 127.0.0.1 only; in production put a TLS proxy (e.g. nginx or Caddy) in front of it, see docs/sync.md.",
    "adres om op te luisteren (standaard 127.0.0.1)": "address to listen on (default 127.0.0.1)",
    "poort (standaard 8700)": "port (default 8700)",
    "drempel voor kleine aantallen van de regio (standaard 5)": "the region's threshold for small numbers (default 5)",
    "Beheer de desks (coaches) die tellingen mogen sturen.": "Manage the desks (coaches) that may send counts.",
    "voeg een desk toe en toon zijn token (één keer)": "add a desk and show its token (once)",
    "toon alle desks": "list all desks",
    "trek de token van een desk in": "revoke a desk's token",
    "Voegt een desk toe aan een team en organisatie en toont de desk-token. De token wordt alleen nu getoond (de collector bewaart hem niet leesbaar): geef hem aan de coach.": "Adds a desk to a team and organisation and shows the desk token. The token is shown only now (the collector does not keep it readable): give it to the coach.",
    "het team van de desk": "the desk's team",
    "de welzijnsorganisatie van de desk": "the desk's wellbeing organisation",
    "Toont alle desks met team, organisatie, aantal ontvangen maanden en of de token is ingetrokken.": "Lists all desks with team, organisation, number of months received and whether the token is revoked.",
    "Trekt de token van een desk in: hij kan niets meer sturen. Wat hij eerder stuurde telt mee.": "Revokes a desk's token: it can send nothing more. What it sent before still counts.",
    "Beheer de lezers die totalen mogen ophalen.": "Manage the readers that may fetch totals.",
    "voeg een lezer toe en toon zijn token (één keer)": "add a reader and show its token (once)",
    "Voegt een lezer toe. Het bereik bepaalt wat hij ziet: region (alles), organisation:ORGANISATIE of team:TEAM.": "Adds a reader. The scope decides what it sees: region (everything), organisation:ORGANISATION or team:TEAM.",
    "region | organisation:ORGANISATIE | team:TEAM": "region | organisation:ORGANISATION | team:TEAM",
    "BEREIK": "SCOPE",
    "Een kaartredacteur beheert de gedeelde sociale kaart van de regio (een token naast desk en lezer).": "A kaart editor manages the region's shared sociale kaart (a token beside desk and reader).",
    "voeg een kaartredacteur toe en toon zijn token (één keer)": "add a kaart editor and show its token (once)",
    "trek de token van een kaartredacteur in": "revoke a kaart editor's token",
    "Voegt een kaartredacteur toe en toont de token één keer.": "Adds a kaart editor and shows the token once.",
    "De gedeelde sociale kaart van de regio. Desks krijgen hem bij elke synchronisatie. Zonder --collector werkt dit op de opslag van de collector zelf (--db).": "The region's shared sociale kaart. Desks get it with every sync. Without --collector this works on the collector's own store (--db).",
    "lees een kaart in (.csv of .xlsx): alles of niets": "read a kaart (.csv or .xlsx): all or nothing",
    "schrijf de kaart van de regio naar een CSV-bestand": "write the region's kaart to a CSV file",
    "toon de voorstellen van desks": "show the desks' proposals",
    "neem een voorstel over in de kaart": "accept a proposal into the kaart",
    "weiger een voorstel": "refuse a proposal",
    "Controleert het hele bestand (dezelfde kolommen en controles als 'wor-desk kaart import', zie docs/catalogue.md) en neemt alle rijen over, of geen.": "Checks the whole file (the same columns and checks as 'wor-desk kaart import', see docs/catalogue.md) and takes all rows, or none.",
    "alleen controleren en tellen": "only check and count",
    "het bestand is de hele kaart: activiteiten die er niet in staan gaan eraf": "the file is the whole kaart: activities not in it are removed",
    "adres van de collector (via HTTP)": "the collector's address (over HTTP)",
    "kaartredacteur-token (of WOR_COLLECTOR_TOKEN)": "kaart editor token (or WOR_COLLECTOR_TOKEN)",
    "een bestaand bestand vervangen": "replace an existing file",
    "ook besliste voorstellen": "also decided proposals",
    # codes
    "Een regio mag eigen codes aan een codelijst toevoegen (nooit bestaande hernoemen). Een toegevoegde reden telt bij de desk als eigen categorie; wat gesynchroniseerd wordt, telt haar als 'overig'.": "A region may add its own codes to a code list (never rename existing ones). An added reason counts as its own category at the desk; what is synced counts it as 'overig' (other).",
    "een code toevoegen": "add a code",
    "de toegevoegde codes tonen": "list the added codes",
    'Voorbeeld: wor-desk codes add reden digitale_vaardigheden --label-nl "Digitale vaardigheden" --label-en "Digital skills"': 'Example: wor-desk codes add reden digitale_vaardigheden --label-nl "Digitale vaardigheden" --label-en "Digital skills"',
    "de codelijst: reden": "the code list: reden (referral reason)",
    "de nieuwe code: kleine letters, cijfers en _": "the new code: lower-case letters, digits and _",
    "de Nederlandse omschrijving": "the Dutch label",
    "de Engelse omschrijving": "the English label",
    # handover
    "cliënten overdragen aan een collega (versleuteld bestand met eenmalige code)": "hand clients over to a colleague (encrypted file with a one-time code)",
    "Draag cliënten over aan een collega: een versleuteld bestand met alles van hun trajecten, en een eenmalige code die u apart doorgeeft (bijvoorbeeld telefonisch).": "Hand clients over to a colleague: an encrypted file with everything of their trajectories, and a one-time code you pass on separately (for example by phone).",
    "maak een overdrachtsbestand en toon de eenmalige code": "make a handover file and show the one-time code",
    "neem cliënten over uit een overdrachtsbestand": "take clients over from a handover file",
    "de ontvanger las de bevestigingscode voor: de overdracht is compleet": "the receiver read out the confirmation code: the handover is complete",
    "wis de overgedragen cliënten hier (na bevestiging)": "erase the handed-over clients here (after confirmation)",
    "toon de overdrachten (gegeven en ontvangen)": "list the handovers (given and received)",
    "Schrijft de gekozen cliënten met al hun trajecten en geschiedenis versleuteld naar BESTAND en toont de code. Hun trajecten staan daarna hier als overgedragen (alleen-lezen) en tellen hier niet meer mee.": "Writes the chosen clients with all their trajectories and history, encrypted, to FILE and shows the code. Their trajectories then show here as handed over (read-only) and no longer count here.",
    "cliëntnummer (herhaal voor meer cliënten)": "client number (repeat for more clients)",
    "aan wie (wordt hier bewaard)": "to whom (kept here)",
    "alle cliënten van dit profiel (die nog niet zijn overgedragen)": "all clients of this profile (not handed over yet)",
    "Toont wat het bestand bevat en neemt alles over, of niets. Een cliëntnummer dat hier al bij iemand anders hoort wordt geweigerd; geef dan --nummer OUD=NIEUW.": "Shows what the file holds and takes over everything, or nothing. A client number that already belongs to someone else here is refused; then give --nummer OLD=NEW.",
    "de eenmalige code van uw collega": "your colleague's one-time code",
    "geef een cliënt uit het bestand hier een ander nummer": "give a client from the file another number here",
    "OUD=NIEUW": "OLD=NEW",
    "toon alleen wat overgenomen zou worden": "only show what would be taken over",
    "BEVESTIGINGSCODE": "CONFIRMATION_CODE",
    "Wist de overgedragen cliënten van deze desk met de wisfunctie van de privacyrechten, nadat de ontvanger de overname heeft bevestigd.": "Erases the handed-over clients from this desk with the erasure of the privacy rights, after the receiver confirmed the takeover.",
    "het nummer uit 'wor-desk handover lijst'": "the number from 'wor-desk handover lijst'",
    # joining a region (koppelcode)
    "koppel deze desk aan de regio met de koppelcode van de teamleider (adres, token en regiosleutel in één); bewaard pas na een geslaagde eerste verzending": "join this desk to the region with the team lead's join code (address, token and region key in one); kept only after a successful first sync",
    "KOPPELCODE": "JOIN_CODE",
    "Voegt een desk toe aan een team en organisatie en toont zijn koppelcode: het adres van de collector, de desk-token en de regiosleutel in één code met controleteken. Geef die aan de coach ('wor-desk sync --join CODE' of het scherm Synchronisatie). De code wordt alleen nu getoond. De eerste keer maakt de collector de regiosleutel (willekeurig, 256 bits) en vraagt een wachtwoord dat hem beschermt (of WOR_COLLECTOR_PASSPHRASE); daarna is dat wachtwoord bij elke nieuwe desk nodig.": "Adds a desk to a team and organisation and shows its join code: the collector's address, the desk token and the region key in one code with a check character. Give it to the coach ('wor-desk sync --join CODE' or the Synchronisatie screen). The code is shown only now. The first time, the collector makes the region key (random, 256 bits) and asks a passphrase that protects it (or WOR_COLLECTOR_PASSPHRASE); after that the passphrase is needed for every new desk.",
    "het adres waarop desks de collector bereiken, bijv. https://collector.regio.nl (één keer opgeven, daarna onthouden; anders WOR_COLLECTOR_URL)": "the address at which desks reach the collector, e.g. https://collector.regio.nl (give it once, it is remembered; else WOR_COLLECTOR_URL)",
    # referrers (issue 16)
    "het register van verwijzers: praktijken, adressen, AGB-codes, verwijzers": "the register of referrers: practices, addresses, AGB codes, referrers",
    "Toont het register van verwijzende praktijken, of legt een praktijk (adres, AGB-code) of een verwijzer vast. Een nieuwe verwijzing voegt haar praktijk en verwijzer vanzelf toe; brieven gaan naar het adres uit het register.": "Shows the register of referring practices, or records a practice (address, AGB code) or a referrer. A new referral adds its practice and referrer by itself; letters go to the address in the register.",
    'Voorbeelden: wor-desk referrers   ·   wor-desk referrers --practice "De Linde" --address "Lindelaan 3\\n3581 AB Utrecht" --agb 01234567   ·   wor-desk referrers --practice "De Linde" --person "mw. Postma" --role poh': 'Examples: wor-desk referrers   ·   wor-desk referrers --practice "De Linde" --address "Lindelaan 3\\n3581 AB Utrecht" --agb 01234567   ·   wor-desk referrers --practice "De Linde" --person "mw. Postma" --role poh',
    "de praktijk om vast te leggen of aan te vullen": "the practice to record or complete",
    "het adres voor brieven (regels scheiden met \\n)": "the address for letters (separate lines with \\n)",
    "de AGB-code van de praktijk (acht cijfers)": "the practice's AGB code (eight digits)",
    "iemand die vanuit de praktijk verwijst": "someone who refers from the practice",
    "diens rol: huisarts, poh, ...": "their role: huisarts, poh, ...",
    "TYPE": "TYPE",
    "ADRES": "ADDRESS",
    # the wijkindeling (issue 12)
    "de wijkindeling: welke postcodes bij welke gemeente en wijk horen": "the wijkindeling: which postcodes belong to which municipality and neighbourhood",
    "Leest de wijkindeling van uw organisatie in (CSV of XLSX met de kolommen postcode, gemeente, wijk; een postcode is een PC4 zoals 9724 of een reeks zoals 9724AA-9724KZ), of vult gemeente en wijk in bij opgeslagen cliënten die ze missen.": "Reads your organisation's wijkindeling (CSV or XLSX with the columns postcode, gemeente, wijk; a postcode is a PC4 such as 9724 or a range such as 9724AA-9724KZ), or fills in municipality and neighbourhood for stored clients that lack them.",
    "Voorbeelden: wor-desk wijken import wijken.csv   ·   wor-desk wijken toepassen --dry-run": "Examples: wor-desk wijken import wijken.csv   ·   wor-desk wijken toepassen --dry-run",
    "lees een wijkindeling in (alles of niets: bij één foute rij verandert er niets)": "read a wijkindeling (all or nothing: one bad row and nothing changes)",
    "een .csv of .xlsx": "a .csv or .xlsx",
    "vul gemeente en wijk in bij cliënten die ze missen, uit hun postcode": "fill in municipality and neighbourhood for clients that lack them, from their postcode",
    "laat alleen zien hoeveel er ingevuld zou worden": "only show how many would be filled in",
    # privacy rights, retention, audit (issue 14)
    "inzage (export) of wissen van één cliënt (AVG)": "access (export) or erasure of one client (GDPR)",
    "toon (en wis met --apply) afgesloten trajecten voorbij de bewaartermijn": "show (and erase with --apply) closed trajectories past the retention period",
    "toon het logboek van wijzigingen": "show the log of changes (audit)",
    "Rechten van de cliënt onder de AVG: een kopie van alles wat is bewaard (export) en wissen (erase).": "The client's rights under the GDPR: a copy of everything kept (export) and erasure (erase).",
    "schrijf alles wat over cliënt NR is bewaard naar BESTAND (.pdf of .json)": "write everything kept about client NR to FILE (.pdf or .json)",
    "wis cliënt NR met al zijn/haar gegevens (vraagt eerst om bevestiging)": "erase client NR with all their data (asks for confirmation first)",
    "Inzage: schrijft alles wat WoR Desk over de cliënt bewaart (gegevens, elk traject met gesprekken, pauzes, terugkoppelingen, matches, scores, en het logboek) naar BESTAND: een leesbare PDF in de taal van de coach (.pdf) of JSON (.json). Een bestaand bestand wordt nooit overschreven.": "Access: writes everything WoR Desk keeps about the client (details, every trajectory with conversations, pauses, feedback, matches, scores, and the audit log) to FILE: a readable PDF in the coach's language (.pdf) or JSON (.json). An existing file is never overwritten.",
    "Wist de cliënt met alle trajecten, gesprekken, matches, scores, brieven en logboekregels. Het logboek houdt alleen bij dát er is gewist, wanneer en door welk profiel, nooit wie. Vraagt eerst om bevestiging; --yes slaat die over (scripts).": "Erases the client with all trajectories, conversations, matches, scores, letters and audit lines. The audit log keeps only that an erasure happened, when and by which profile, never who. Asks for confirmation first; --yes skips it (scripts).",
    "niet vragen, meteen wissen": "do not ask, erase at once",
    "Toont de afgesloten trajecten die langer dan de bewaartermijn (standaard 24 maanden na afsluiten) zijn bewaard. --months N stelt de termijn in; --apply wist ze (een cliënt zonder andere trajecten wordt helemaal gewist).": "Shows the closed trajectories kept longer than the retention period (default 24 months after closing). --months N sets the period; --apply erases them (a client without other trajectories is erased entirely).",
    "stel de bewaartermijn in op N maanden": "set the retention period to N months",
    "wis wat over de termijn is": "erase what is past the period",
    "Toont het logboek: wie (profiel), wanneer, welke cliënt/welk traject en welke velden. Gevoelige inhoud staat er nooit in. Het logboek kan niet worden gewijzigd.": "Shows the audit log: who (profile), when, which client/trajectory and which fields. Sensitive content is never in it. The log cannot be changed.",
    "alleen deze cliënt": "only this client",
    "vanaf deze datum (JJJJ-MM-DD)": "from this date (YYYY-MM-DD)",
    "csv (standaard), xlsx of pdf: dezelfde werkmap en hetzelfde rapport als 'wor-desk counts', met bereiken en gedeeltelijke gemiddelden (*) waar kleine aantallen onderdrukt zijn": "csv (the default), xlsx or pdf: the same workbook and report as 'wor-desk counts', with ranges and partial means (*) where small numbers are suppressed",
}

#: Metavars and help texts that are the same in both languages.
SAME = {"N", "URL", "TOKEN", "NR", "ID", "CODE", "TEXT", "add|list", "FILE"}


def use_language(lang: str) -> None:
    """Set argparse's own words (usage, options, its error messages) for `lang`: Dutch words
    for "nl", argparse's English for "en". Call before building the parser."""
    table = ARGPARSE_NL if lang != "en" else {}
    argparse._ = lambda text: table.get(text, gettext.gettext(text))  # type: ignore[attr-defined]


def translate(parser: argparse.ArgumentParser, lang: str) -> None:
    """Put the English help, descriptions and metavars into a parser built with the Dutch ones."""
    if lang != "en":
        return
    en = ENGLISH.get
    parser.description = parser.description and en(parser.description, parser.description)
    parser.epilog = parser.epilog and en(parser.epilog, parser.epilog)
    for action in parser._actions:
        if action.help and action.help != argparse.SUPPRESS:
            action.help = en(action.help, action.help)
        if isinstance(action.metavar, str):
            action.metavar = en(action.metavar, action.metavar)
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                if choice.help:
                    choice.help = en(choice.help, choice.help)
            for sub in dict.fromkeys(action.choices.values()):
                translate(sub, lang)


def texts(parser: argparse.ArgumentParser) -> list[str]:
    """Every help text, description, epilog and metavar of `parser` and its commands."""
    found: list[str] = [t for t in (parser.description, parser.epilog) if t]
    for action in parser._actions:
        if action.help and action.help != argparse.SUPPRESS:
            found.append(action.help)
        if isinstance(action.metavar, str):
            found.append(action.metavar)
        if isinstance(action, argparse._SubParsersAction):
            found += [c.help for c in action._choices_actions if c.help]
            for sub in dict.fromkeys(action.choices.values()):
                found += texts(sub)
    return list(dict.fromkeys(found))
