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
    "backup_folder_missing": (
        "De back-upmap {folder} is niet bereikbaar (USB-stick niet aangesloten, netwerkschijf "
        "niet verbonden?). Er is niets verloren. Sluit de map aan of kies een andere map.",
        "The backup folder {folder} cannot be reached (USB stick not plugged in, network drive "
        "not connected?). Nothing is lost. Connect the folder or choose another one.",
    ),
    "backup_keep_invalid": (
        "Het aantal te bewaren back-ups moet een heel getal van 1 of meer zijn (niet '{value}').",
        "The number of backups to keep must be a whole number of 1 or more (not '{value}').",
    ),
    "backup_not_configured": (
        "Er is geen map voor automatische back-ups gekozen. Kies er een bij Instellingen.",
        "No folder for automatic backups has been chosen. Choose one in Settings.",
    ),
    "backup_folder_unreachable": (
        "De back-upmap {folder} is niet bereikbaar. Sluit de USB-stick of netwerkschijf aan; "
        "de back-up wordt dan gemaakt.",
        "The backup folder {folder} cannot be reached. Connect the USB stick or network drive; "
        "the backup is then made.",
    ),
    "backup_none_yet": (
        "Er is nog geen back-up gemaakt in {folder}.",
        "No backup has been made in {folder} yet.",
    ),
    "backup_too_old": (
        "De laatste goede back-up is {days} dagen oud. Sluit de back-upmap {folder} aan.",
        "The last good backup is {days} days old. Connect the backup folder {folder}.",
    ),
}

messages.register(MESSAGES)
