"""Messages of the letters feature (registered into the core catalogue at import)."""

from __future__ import annotations

from wor_desk import messages

MESSAGES: dict[str, tuple[str, str]] = {
    "feedback_moment_unknown": (
        "'{value}' is geen moment voor terugkoppeling. Kies uit: {codes}.",
        "'{value}' is not a feedback moment. Choose from: {codes}.",
    ),
    "letter_moment_unknown": (
        "'{value}' is geen briefmoment. Kies uit: {codes}.",
        "'{value}' is not a letter moment. Choose from: {codes}.",
    ),
    "letter_moment_not_reached": (
        "Dit traject heeft het moment '{moment}' nog niet bereikt ({field} is nog niet vastgelegd). Leg dat eerst vast, of kies een vrije brief.",
        "This trajectory has not reached the moment '{moment}' yet ({field} is not recorded). Record it first, or choose a free letter.",
    ),
    "letter_self_referral": (
        "Dit traject is een aanmelding zonder verwijzer (welzijn zonder recept): er is niemand om terug te koppelen.",
        "This trajectory is a self-referral (no referrer): there is nobody to send feedback to.",
    ),
    "letter_free_needs_text": (
        "Een vrije brief heeft een eigen tekst nodig. Typ wat u de verwijzer wilt laten weten.",
        "A free letter needs a text of its own. Type what you want to tell the referrer.",
    ),
    "letter_extra_too_long": (
        "De aanvulling is te lang ({n} tekens). Houd het kort: hoogstens {max} tekens, zodat de brief op één pagina past.",
        "The added note is too long ({n} characters). Keep it short: at most {max} characters, so the letter fits on one page.",
    ),
    "letter_template_missing": (
        "Het briefsjabloon {path} ontbreekt. Zet het terug vanuit de installatie van WoR Desk (map resources/letters).",
        "The letter template {path} is missing. Restore it from the WoR Desk installation (folder resources/letters).",
    ),
    "letter_template_invalid": (
        "Het briefsjabloon {path} is niet leesbaar: {reason}. Herstel het bestand (zie docs/letters.md).",
        "The letter template {path} cannot be read: {reason}. Fix the file (see docs/letters.md).",
    ),
    "letter_template_placeholder": (
        "Het briefsjabloon {path} gebruikt een onbekende invulplek {{{name}}} bij '{where}'. Kies een invulplek uit docs/letters.md.",
        "The letter template {path} uses an unknown placeholder {{{name}}} at '{where}'. Use a placeholder from docs/letters.md.",
    ),
    "letter_font_missing": (
        "Het lettertype {path} ontbreekt. Installeer WoR Desk opnieuw (map resources/fonts).",
        "The font {path} is missing. Reinstall WoR Desk (folder resources/fonts).",
    ),
    "letter_logo_unreadable": (
        "Het logo {path} kan niet worden gelezen als afbeelding. Kies een PNG- of JPEG-bestand.",
        "The logo {path} cannot be read as an image. Choose a PNG or JPEG file.",
    ),
    "letter_logo_too_big": (
        "Het logo is te groot ({size} kB). Kies een kleiner bestand (hoogstens {max} kB).",
        "The logo is too big ({size} kB). Choose a smaller file (at most {max} kB).",
    ),
    "letter_practice_empty": (
        "Geef de naam van de praktijk op.",
        "Enter the practice's name.",
    ),
    "letter_output_exists": (
        "Het bestand {path} bestaat al. Kies een andere naam of verwijder het eerst.",
        "The file {path} already exists. Choose another name or remove it first.",
    ),
    "letter_output_unwritable": (
        "Kan {path} niet schrijven ({reason}). Kies een andere map.",
        "Cannot write {path} ({reason}). Choose another folder.",
    ),
    "letter_trajectory_other_client": (
        "Traject {id} hoort niet bij cliënt {nr}. Controleer het trajectnummer of laat --trajectory weg.",
        "Trajectory {id} does not belong to client {nr}. Check the trajectory number or leave out --trajectory.",
    ),
    "letter_client_no_trajectory": (
        "Cliënt {nr} heeft nog geen traject. Registreer eerst een verwijzing.",
        "Client {nr} has no trajectory yet. Register a referral first.",
    ),
    "letter_client_unknown": (
        "Er is geen cliënt met nummer {nr}. Controleer het cliëntnummer.",
        "There is no client with number {nr}. Check the client number.",
    ),
    "letter_output_missing": (
        "Geef aan wat u wilt: -o BESTAND.pdf voor een PDF, en/of --text voor de platte tekst.",
        "Say what you want: -o FILE.pdf for a PDF, and/or --text for the plain text.",
    ),
    "letter_prefs_usage": (
        "Geef --practice NAAM samen met --moments LIJST of --default.",
        "Give --practice NAME together with --moments LIST or --default.",
    ),
    "letter_logo_usage": (
        "Geef het logobestand (PNG of JPEG), of --remove om het logo weg te halen.",
        "Give the logo file (PNG or JPEG), or --remove to take the logo away.",
    ),
}

messages.register(MESSAGES)
