"""Messages of the sociale kaart, the match and the follow-up (registered with the core catalogue)."""

from __future__ import annotations

from wor_desk import messages

MESSAGES: dict[str, tuple[str, str]] = {
    # the catalogue
    "activity_age_invalid": (
        "'{value}' is geen leeftijd. Vul een heel getal van 0 tot 120 in, of laat het leeg.",
        "'{value}' is not an age. Enter a whole number from 0 to 120, or leave it empty.",
    ),
    "activity_age_range": (
        "De minimumleeftijd ({low}) is hoger dan de maximumleeftijd ({high}). Verwissel of verbeter ze.",
        "The minimum age ({low}) is above the maximum age ({high}). Swap or correct them.",
    ),
    "activity_period_reversed": (
        "'Actief tot' ({until}) ligt vóór 'actief vanaf' ({since}). Verbeter een van beide datums.",
        "'Active until' ({until}) is before 'active from' ({since}). Correct one of the dates.",
    ),
    "activity_checked_future": (
        "De controledatum ({date}) ligt in de toekomst. Vul de dag in waarop u de gegevens echt nakeek.",
        "The date last checked ({date}) is in the future. Enter the day you actually checked the entry.",
    ),
    "activity_closed": (
        "'{name}' is gesloten sinds {date} en wordt niet meer aangeboden. Kies een andere activiteit, of verleng 'actief tot' in de sociale kaart als zij toch doorgaat.",
        "'{name}' closed on {date} and is no longer offered. Choose another activity, or extend 'active until' in the sociale kaart if it continues after all.",
    ),
    "activity_not_started": (
        "'{name}' begint pas op {date}. Stel haar voor vanaf die dag, of pas 'actief vanaf' aan.",
        "'{name}' only starts on {date}. Propose it from that day on, or change 'active from'.",
    ),
    "activity_in_use": (
        "'{name}' is al aan {count} cliënt(en) voorgesteld en blijft daarom in de geschiedenis. Vul 'actief tot' in om haar te sluiten.",
        "'{name}' has been proposed to {count} client(s), so it stays in the history. Fill in 'active until' to close it.",
    ),
    "activity_uid_taken": (
        "Er is al een activiteit met id {uid}. Laat het id leeg voor een nieuwe activiteit.",
        "An activity with id {uid} already exists. Leave the id empty for a new activity.",
    ),
    # CSV import / export
    "catalogue_missing_columns": (
        "Kolom(men) ontbreken in de kopregel: {columns}. Voeg ze toe (zie docs/catalogue.md).",
        "Column(s) missing from the header: {columns}. Add them (see docs/catalogue.md).",
    ),
    "catalogue_invalid_rows": (
        "{count} rij(en) zijn ongeldig; er is niets geïmporteerd. Verbeter ze en importeer het bestand opnieuw.",
        "{count} row(s) are invalid; nothing was imported. Correct them and import the file again.",
    ),
    "catalogue_duplicate_row": (
        "Rij {other} beschrijft dezelfde activiteit ({what}). Voeg de rijen samen of verwijder er één.",
        "Row {other} describes the same activity ({what}). Merge the rows or remove one.",
    ),
    "catalogue_export_type": (
        "{path} is geen .csv- of .xlsx-naam. Kies een naam die eindigt op .csv of .xlsx.",
        "{path} is not a .csv or .xlsx name. Choose a name ending in .csv or .xlsx.",
    ),
    "catalogue_target_exists": (
        "{path} bestaat al. Kies een nieuwe bestandsnaam; een bestaand bestand wordt nooit overschreven.",
        "{path} already exists. Choose a new file name; an existing file is never overwritten.",
    ),
    "number_invalid": (
        "'{value}' is geen heel getal. Vul een getal in, of laat het leeg.",
        "'{value}' is not a whole number. Enter a number, or leave it empty.",
    ),
    # matching
    "match_before_intake": (
        "Leg eerst de kennismaking vast: voorstellen en matchen horen bij stap 4.",
        "Record the intake first: proposing and matching belong to step 4.",
    ),
    "match_outcome_set": (
        "Dit voorstel heeft al een uitkomst ({outcome}). Doe een nieuw voorstel als er iets veranderd is.",
        "This proposal already has an outcome ({outcome}). Make a new proposal if something has changed.",
    ),
    "match_open_twice": (
        "'{name}' is al voorgesteld en wacht nog op een uitkomst. Leg eerst die uitkomst vast.",
        "'{name}' has already been proposed and is waiting for an outcome. Record that outcome first.",
    ),
    "decline_needs_reason": (
        "Kies waarom de cliënt het voorstel afwijst (tijd, kosten, afstand, spreekt niet aan, nog niet klaar, overig).",
        "Choose why the client declines (time, cost, distance, doesn't appeal, not ready, other).",
    ),
    "reason_only_when_declined": (
        "Een reden van afwijzen hoort alleen bij 'afgewezen'. Maak de reden leeg of kies 'afgewezen'.",
        "A reason for declining belongs to 'declined' only. Clear the reason or choose 'declined'.",
    ),
    "match_not_accepted": (
        "Een startdatum hoort bij een geaccepteerd voorstel. Leg eerst vast dat de cliënt het voorstel accepteert.",
        "A start date belongs to an accepted proposal. First record that the client accepts the proposal.",
    ),
    "match_already_started": (
        "Deze activiteit is al gestart op {date}. Verbeter de startdatum bij het traject als die niet klopt.",
        "This activity already started on {date}. Correct the start date on the trajectory if it is wrong.",
    ),
    "outcome_before_proposal": (
        "De datum ({date}) ligt vóór het voorstel ({proposed}). Controleer de datums.",
        "The date ({date}) is before the proposal ({proposed}). Check the dates.",
    ),
    "need_empty": (
        "Beschrijf de behoefte of kies minstens één soort aanbod.",
        "Describe the need or choose at least one type of offer.",
    ),
    "gap_period_reversed": (
        "Het einde van de periode ({tot}) ligt vóór het begin ({van}). Verwissel de datums.",
        "The end of the period ({tot}) is before its start ({van}). Swap the dates.",
    ),
    # follow-up
    "followup_needs_outcome": (
        "Kies de uitkomst van het nazorgcontact (neemt nog deel, gestopt, wil een andere match).",
        "Choose the outcome of the follow-up contact (still taking part, stopped, wants another match).",
    ),
    "followup_stopped_needs_why": (
        "De cliënt is gestopt: kies waarom (of 'overig' met een toelichting).",
        "The client stopped: choose why (or 'other' with a note).",
    ),
    "followup_no_activity": (
        "Er is nog geen activiteit gestart in dit traject; nazorg volgt op de start van een activiteit.",
        "No activity has started in this trajectory yet; follow-up comes after an activity starts.",
    ),
}

FIELDS: dict[str, tuple[str, str]] = {
    "naam": ("Naam", "Name"),
    "aanbieder": ("Aanbieder", "Provider"),
    "omschrijving": ("Omschrijving", "Description"),
    "adres": ("Adres", "Address"),
    "dagen": ("Dagen", "Days"),
    "tijden": ("Tijden", "Times"),
    "kosten": ("Kosten", "Cost"),
    "aanmelden": ("Aanmelden", "How to sign up"),
    "contactpersoon": ("Contactpersoon", "Contact person"),
    "toegankelijkheid": ("Toegankelijkheid", "Accessibility"),
    "rolstoeltoegankelijk": ("Rolstoeltoegankelijk", "Wheelchair accessible"),
    "leeftijd_min": ("Leeftijd vanaf", "Age from"),
    "leeftijd_max": ("Leeftijd tot en met", "Age up to"),
    "talen": ("Talen", "Languages"),
    "actief_van": ("Actief vanaf", "Active from"),
    "actief_tot": ("Actief tot", "Active until"),
    "plek": ("Plek", "Room"),
    "gecontroleerd": ("Laatst gecontroleerd", "Last checked"),
    "uitkomst": ("Uitkomst", "Outcome"),
    "afwijsreden": ("Reden van afwijzen", "Reason for declining"),
    "behoefte": ("Behoefte", "Need"),
    "start": ("Start", "Start"),
    "stopreden": ("Reden van stoppen", "Reason for stopping"),
    "voorgesteld": ("Datum voorstel", "Date of proposal"),
}

messages.register(MESSAGES)
for _k, _v in FIELDS.items():
    messages.FIELDS.setdefault(_k, _v)
