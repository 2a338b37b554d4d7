"""Messages of the privacy feature (registered into the core catalogue at import)."""

from __future__ import annotations

from wor_desk import messages

MESSAGES: dict[str, tuple[str, str]] = {
    "client_nr_unknown": (
        "Er is geen cliënt met nummer '{nr}'. Controleer het nummer (zie de cliëntenlijst).",
        "There is no client with number '{nr}'. Check the number (see the client list).",
    ),
    "export_suffix": (
        "Kies een bestandsnaam op .pdf of .json voor de inzage (niet '{name}').",
        "Choose a file name ending in .pdf or .json for the access copy (not '{name}').",
    ),
    "export_target_exists": (
        "Het bestand {path} bestaat al. Kies een andere naam of verwijder het eerst.",
        "The file {path} already exists. Choose another name or remove it first.",
    ),
    "export_write_failed": (
        "Het bestand {path} kon niet worden geschreven ({reason}). Kies een andere map.",
        "The file {path} could not be written ({reason}). Choose another folder.",
    ),
    "retention_months_invalid": (
        "De bewaartermijn moet een heel aantal maanden zijn van 1 tot 240 (niet '{value}').",
        "The retention period must be a whole number of months from 1 to 240 (not '{value}').",
    ),
    "audit_since_invalid": (
        "'{value}' is geen datum. Schrijf de datum als JJJJ-MM-DD of DD-MM-JJJJ.",
        "'{value}' is not a date. Write the date as YYYY-MM-DD or DD-MM-YYYY.",
    ),
    "erase_not_confirmed": (
        "Niets gewist: het wissen is niet bevestigd. Typ 'ja' om te wissen, of gebruik --yes.",
        "Nothing erased: the erasure was not confirmed. Type 'yes' to erase, or use --yes.",
    ),
}

messages.register(MESSAGES)
