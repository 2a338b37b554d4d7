"""The core's message catalogue: key -> (Dutch, English). Each says what is wrong and what to do."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "error_generic": ("Er ging iets mis.", "Something went wrong."),
    "resource_missing": (
        "Het bestand {path} van WoR Desk ontbreekt. Installeer WoR Desk opnieuw (zie 'Installing WoR Desk' in de README).",
        "The WoR Desk file {path} is missing. Reinstall WoR Desk (see 'Installing WoR Desk' in the README).",
    ),
    # dates
    "counts_period_invalid": (
        "'{value}' is geen periode. Schrijf een maand als JJJJ-MM (2026-03), een kwartaal als JJJJ-Qn (2026-Q1) of een jaar als JJJJ (2026).",
        "'{value}' is not a period. Write a month as YYYY-MM (2026-03), a quarter as YYYY-Qn (2026-Q1) or a year as YYYY (2026).",
    ),
    # store
    "wrong_passphrase": (
        "Het wachtwoord klopt niet voor profiel '{profile}'. Probeer het opnieuw (let op Caps Lock).",
        "The passphrase is wrong for profile '{profile}'. Try again (mind Caps Lock).",
    ),
    "store_damaged": (
        "Het bestand {path} is geen leesbare WoR Desk-opslag ({reason}). Zet een back-up terug met 'wor-desk restore BESTAND'.",
        "The file {path} is not a readable WoR Desk store ({reason}). Restore a backup with 'wor-desk restore FILE'.",
    ),
    "store_missing": (
        "Profiel '{profile}' bestaat nog niet in {path}. Maak het aan met: {init}",
        "Profile '{profile}' does not exist yet in {path}. Create it with: {init}",
    ),
    "store_exists": (
        "Profiel '{profile}' bestaat al in {path}. Kies een andere profielnaam met --profile.",
        "Profile '{profile}' already exists in {path}. Choose another profile name with --profile.",
    ),
    "store_too_new": (
        "Deze opslag is gemaakt met een nieuwere WoR Desk (schemaversie {version}). Werk WoR Desk bij voordat u hem opent.",
        "This store was made by a newer WoR Desk (schema version {version}). Update WoR Desk before opening it.",
    ),
    "store_locked": (
        "Een andere WoR Desk heeft dit profiel open (of schrijft er net in): wat u net deed is niet opgeslagen. Sluit die andere of wacht even, en probeer het opnieuw.",
        "Another WoR Desk has this profile open (or is writing to it): what you just did was not saved. Close the other one or wait a moment, and try again.",
    ),
    "profile_name_invalid": (
        "'{name}' is geen geldige profielnaam. Gebruik letters, cijfers, spaties, punt of streepje.",
        "'{name}' is not a valid profile name. Use letters, digits, spaces, dot or dash.",
    ),
    "passphrase_empty": (
        "Geef een wachtwoord op (minstens {min} tekens).",
        "Enter a passphrase (at least {min} characters).",
    ),
    "passphrase_short": (
        "Het wachtwoord is te kort: gebruik minstens {min} tekens, bijvoorbeeld een zin van een paar woorden.",
        "The passphrase is too short: use at least {min} characters, for example a sentence of a few words.",
    ),
    "passphrase_mismatch": (
        "De twee wachtwoorden zijn niet gelijk. Typ ze opnieuw.",
        "The two passphrases differ. Type them again.",
    ),
    "passphrase_needed": (
        "Er is een wachtwoord nodig. Start interactief of zet WOR_DESK_PASSPHRASE.",
        "A passphrase is needed. Run interactively or set WOR_DESK_PASSPHRASE.",
    ),
    "backup_missing": (
        "Het back-upbestand {path} bestaat niet. Controleer het pad.",
        "The backup file {path} does not exist. Check the path.",
    ),
    "backup_unreadable": (
        "De back-up {path} kan niet worden geopend: het wachtwoord klopt niet of het is geen WoR Desk-back-up.",
        "The backup {path} cannot be opened: the passphrase is wrong or it is not a WoR Desk backup.",
    ),
    "backup_target_exists": (
        "{path} bestaat al. Kies een nieuwe bestandsnaam; een bestaand bestand wordt nooit overschreven.",
        "{path} already exists. Choose a new file name; an existing file is never overwritten.",
    ),
    "backup_verify_failed": (
        "De back-up is geschreven maar kon niet worden gecontroleerd ({reason}); hij is verwijderd. Probeer een andere schijf.",
        "The backup was written but could not be verified ({reason}); it was removed. Try another disk.",
    ),
    "not_found": (
        "{what} {id} bestaat niet (meer), misschien is het net verwijderd. Vernieuw het overzicht en kies opnieuw.",
        "{what} {id} does not exist (any more); it may just have been removed. Refresh the list and choose again.",
    ),
    "trajectory_handed_over": (
        "Dit traject is overgedragen aan een collega en kan hier niet meer worden gewijzigd. De collega werkt verder in zijn of haar eigen desk.",
        "This trajectory was handed over to a colleague and can no longer be changed here. The colleague carries on in their own desk.",
    ),
    # rules
    "rules_broken": ("De gegevens kloppen niet.", "The data is not valid."),
    "required": ("{field} is verplicht: vul het in.", "{field} is required: fill it in."),
    "code_unknown": (
        "'{value}' is geen geldige code voor {list}. Kies uit: {codes}.",
        "'{value}' is not a valid code for {list}. Choose from: {codes}.",
    ),
    "date_in_future": (
        "{field} ({date}) ligt in de toekomst. Vul de datum in waarop het gebeurde.",
        "{field} ({date}) is in the future. Enter the date on which it happened.",
    ),
    "date_before_referral": (
        "{field} ({date}) ligt vóór de verwijsdatum ({referral}). Controleer beide datums.",
        "{field} ({date}) is before the referral date ({referral}). Check both dates.",
    ),
    "visit_after_referral": (
        "Het bezoek aan de zorgverlener ({date}) ligt na de verwijsdatum. Controleer de datums.",
        "The visit to the care provider ({date}) is after the referral date. Check the dates.",
    ),
    "self_referral_no_visit": (
        "Bij 'zelf' (welzijn zonder recept) hoort geen bezoek aan een zorgverlener. Maak de bezoekdatum leeg of kies een ander type verwijzer.",
        "A self-referral has no visit to a care provider. Clear the visit date or choose another referrer type.",
    ),
    "order_broken": (
        "{then} ({b}) ligt vóór {first} ({a}). Die volgorde kan niet: controleer de datums.",
        "{then} ({b}) is before {first} ({a}). That order is impossible: check the dates.",
    ),
    "start_needs_aanbod": (
        "Bij de start van een activiteit hoort het soort aanbod. Kies het aanbod.",
        "An activity start needs the type of offer. Choose the offer.",
    ),
    "closing_needs_reason": (
        "Geef een reden van afsluiten op.",
        "Give a closing reason.",
    ),
    "reason_needs_closing_date": (
        "Een reden van afsluiten hoort bij een afsluitdatum. Vul de datum in of maak de reden leeg.",
        "A closing reason needs a closing date. Enter the date or clear the reason.",
    ),
    "pause_twice": (
        "Er loopt al een pauze. Hervat het traject eerst.",
        "A pause is already running. Resume the trajectory first.",
    ),
    "pause_end_before_start": (
        "De pauze eindigt ({end}) vóór zij begint ({start}). Controleer de datums.",
        "The pause ends ({end}) before it starts ({start}). Check the dates.",
    ),
    "pause_overlap": (
        "Pauzes mogen elkaar niet overlappen (pauze vanaf {date}). Kies een begindatum op of na het einde van de vorige pauze.",
        "Pauses must not overlap (pause from {date}). Choose a start date on or after the end of the previous pause.",
    ),
    "client_has_open_trajectory": (
        "Deze cliënt heeft al een lopend traject (verwezen op {date}). Werk daarin verder of sluit het eerst af.",
        "This client already has an open trajectory (referred on {date}). Continue in it or close it first.",
    ),
    "closed_cannot_change": (
        "Dit traject is afgesloten. Heropen het om verder te werken.",
        "This trajectory is closed. Reopen it to continue.",
    ),
    "paused_cannot_progress": (
        "Dit traject is gepauzeerd. Hervat het eerst.",
        "This trajectory is paused. Resume it first.",
    ),
    "feedback_needs_consent": (
        "Er is geen toestemming voor terugkoppeling aan de verwijzer vastgelegd. Vraag de cliënt om toestemming en leg die vast bij de verwijzing.",
        "No consent for feedback to the referrer is recorded. Ask the client for consent and record it with the referral.",
    ),
    "already_paused": (
        "Dit traject is al gepauzeerd. Hervat het eerst voordat u een nieuwe pauze begint.",
        "This trajectory is already paused. Resume it first before starting a new pause.",
    ),
    "not_paused": (
        "Dit traject is niet gepauzeerd, er is niets te hervatten. Werk gewoon verder in het traject.",
        "This trajectory is not paused, there is nothing to resume. Continue working in it.",
    ),
    "not_closed": (
        "Dit traject is niet afgesloten, heropenen is niet nodig. Werk gewoon verder in het traject.",
        "This trajectory is not closed, there is no need to reopen it. Continue working in it.",
    ),
    "client_nr_taken": (
        "Cliëntnummer {nr} is al in gebruik. Kies een ander nummer of zoek de bestaande cliënt.",
        "Client number {nr} is already in use. Choose another number or find the existing client.",
    ),
    "referral_exists": (
        "Deze cliënt heeft al een traject met verwijsdatum {date}. Werk in dat traject verder of controleer de verwijsdatum.",
        "This client already has a trajectory with referral date {date}. Continue in that trajectory or check the referral date.",
    ),
    "postcode_invalid": (
        "'{value}' is geen Nederlandse postcode. Schrijf bijvoorbeeld 1234 AB.",
        "'{value}' is not a Dutch postcode. Write for example 1234 AB.",
    ),
    "email_invalid": (
        "'{value}' is geen e-mailadres. Schrijf bijvoorbeeld naam@voorbeeld.nl.",
        "'{value}' is not an email address. Write for example name@example.nl.",
    ),
    "date_unreadable": (
        "'{value}' is geen datum. Schrijf JJJJ-MM-DD of DD-MM-JJJJ (ook met /).",
        "'{value}' is not a date. Write YYYY-MM-DD or DD-MM-YYYY (also with /).",
    ),
    "birth_date_future": (
        "De geboortedatum ({date}) ligt in de toekomst. Controleer de geboortedatum.",
        "The birth date ({date}) is in the future. Check the birth date.",
    ),
    "yes_no_invalid": (
        "'{value}' is geen ja of nee. Schrijf ja, nee of laat leeg.",
        "'{value}' is not yes or no. Write ja, nee or leave it empty.",
    ),
    # import
    "import_file_missing": (
        "Het bestand {path} bestaat niet. Controleer het pad.",
        "The file {path} does not exist. Check the path.",
    ),
    "import_file_type": (
        "{path} is geen .csv- of .xlsx-bestand. Sla het blad op als CSV (UTF-8) of Excel-werkmap.",
        "{path} is not a .csv or .xlsx file. Save the sheet as CSV (UTF-8) or Excel workbook.",
    ),
    "import_file_unreadable": (
        "{path} kan niet worden gelezen ({reason}). Sla het blad opnieuw op als CSV (UTF-8) of .xlsx.",
        "{path} cannot be read ({reason}). Save the sheet again as CSV (UTF-8) or .xlsx.",
    ),
    "import_empty": (
        "{path} bevat geen rijen onder de kopregel.",
        "{path} has no rows below the header.",
    ),
    "import_missing_columns": (
        "Kolom(men) ontbreken in de kopregel: {columns}. Voeg ze toe (de kolommen staan in docs/import.md van WoR Desk).",
        "Column(s) missing from the header: {columns}. Add them (the columns are in WoR Desk's docs/import.md).",
    ),
    "import_invalid_rows": (
        "{count} rij(en) zijn ongeldig; er is niets geïmporteerd. Verbeter ze, of gebruik --skip-invalid om alleen de geldige rijen te importeren.",
        "{count} row(s) are invalid; nothing was imported. Correct them, or use --skip-invalid to import the valid rows only.",
    ),
    "import_duplicate_row": (
        "Rij {other} heeft hetzelfde client_nr en dezelfde verwijsdatum. Voeg de rijen samen of verwijder er één.",
        "Row {other} has the same client_nr and verwijsdatum. Merge the rows or remove one.",
    ),
    "warn_unknown_columns": (
        "Onbekende kolommen worden genegeerd: {columns}.",
        "Unknown columns are ignored: {columns}.",
    ),
    "warn_feedback_without_consent": (
        "Terugkoppeling op {dates} terwijl toestemming voor terugkoppeling {consent} is; overgenomen zoals het is.",
        "Feedback on {dates} while consent for feedback is {consent}; imported as it is.",
    ),
    "warn_age_over_110": (
        "Leeftijd boven 110 jaar (geboortedatum {date}). Controleer de geboortedatum.",
        "Age over 110 (birth date {date}). Check the birth date.",
    ),
    "warn_under_18": (
        "De cliënt is {age} jaar op de verwijsdatum; Welzijn op Recept is voor volwassenen ({min}+). Controleer de geboortedatum, of overleg met de verwijzer over passende jeugdhulp.",
        "The client is {age} on the referral date; Welzijn op Recept is for adults ({min}+). Check the birth date, or agree suitable youth support with the referrer.",
    ),
    "warn_old_referral": (
        "Verwijzing ouder dan tien jaar ({date}). Controleer de verwijsdatum.",
        "Referral older than ten years ({date}). Check the referral date.",
    ),
    "warn_client_details_differ": (
        "Rijen van client_nr {nr} verschillen in {fields}; de rij met de laatste verwijsdatum (rij {row}) is aangehouden.",
        "Rows of client_nr {nr} differ in {fields}; the row with the latest referral date (row {row}) was kept.",
    ),
    "demo_refused": (
        "Profiel '{profile}' bevat echte cliënten; demogegevens komen daar niet bij. Gebruik een apart profiel, bijvoorbeeld --profile demo.",
        "Profile '{profile}' holds real clients; demo data is not added there. Use a separate profile, for example --profile demo.",
    ),
    "demo_clients_positive": (
        "Geef bij --clients een aantal van minstens 1.",
        "Give --clients a number of at least 1.",
    ),
    "consent_no": ("nee", "no"),
    "consent_unknown": ("niet vastgelegd", "not recorded"),
    "yes": ("ja", "yes"),
    "no": ("nee", "no"),
}

#: Labels of fields named in messages (the `field`, `first` and `then` parameters).
FIELDS: dict[str, tuple[str, str]] = {
    "client_nr": ("Cliëntnummer", "Client number"),
    "voornaam": ("Voornaam", "First name"),
    "achternaam": ("Achternaam", "Surname"),
    "geboortedatum": ("Geboortedatum", "Birth date"),
    "geslacht": ("Geslacht", "Gender"),
    "postcode": ("Postcode", "Postcode"),
    "gemeente": ("Gemeente", "Municipality"),
    "wijk": ("Wijk", "Neighbourhood"),
    "telefoon": ("Telefoon", "Phone"),
    "email": ("E-mail", "Email"),
    "verwijsdatum": ("Verwijsdatum", "Referral date"),
    "bezoekdatum": ("Bezoek zorgverlener", "Visit to care provider"),
    "verwijzer_naam": ("Naam verwijzer", "Referrer name"),
    "verwijzer_praktijk": ("Praktijk verwijzer", "Referrer practice"),
    "verwijzer_type": ("Type verwijzer", "Referrer type"),
    "kanaal": ("Kanaal", "Channel"),
    "reden": ("Reden", "Reason"),
    "eerste_contact": ("Eerste contact", "First contact"),
    "kennismaking_gepland": ("Geplande kennismaking", "Planned intake"),
    "kennismaking": ("Kennismaking", "Intake"),
    "aanbod": ("Aanbod", "Offer"),
    "activiteit": ("Activiteit", "Activity"),
    "start_activiteit": ("Start activiteit", "Activity start"),
    "nazorg": ("Nazorg", "Follow-up"),
    "gesprek": ("Gesprek", "Conversation"),
    "afgerond": ("Datum afsluiten", "Closing date"),  # the label on the screen
    "afsluitreden": ("Reden van afsluiten", "Closing reason"),
    "terugkoppeling": ("Terugkoppeling", "Feedback"),
    "pauze": ("Pauze", "Pause"),
    "toestemming_gegevens": ("Toestemming gegevens", "Consent contact data"),
    "toestemming_terugkoppeling": ("Toestemming terugkoppeling", "Consent feedback"),
}


def field_label(name: str, lang: str) -> str:
    nl, en = FIELDS.get(name, (name, name))
    return en if lang == "en" else nl


def register(extra: dict[str, tuple[str, str]]) -> None:
    """Add a feature module's messages (letters, sync, catalogue...) to the catalogue.

    Keys must be new: a message is defined once."""
    clash = set(extra) & set(MESSAGES)
    if clash:
        raise ValueError(f"message keys defined twice: {sorted(clash)}")
    MESSAGES.update(extra)
