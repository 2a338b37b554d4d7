"""The sync's expected failures and their messages (Dutch and English, each says what to do)."""

from __future__ import annotations

from wor_desk import messages
from wor_desk.errors import InputError, SyncError

messages.register(
    {
        "sync_no_collector": (
            "Er is nog geen collector ingesteld. Geef de koppelcode van uw teamleider op: "
            "'wor-desk sync --join CODE' (of adres en token: 'wor-desk sync --collector URL --token TOKEN').",
            "No collector is set yet. Give the koppelcode from your team lead: "
            "'wor-desk sync --join CODE' (or address and token: 'wor-desk sync --collector URL --token TOKEN').",
        ),
        "sync_no_secret": (
            "De regiosleutel ontbreekt: zonder die sleutel kunnen verwijzende praktijken niet anoniem worden geteld. "
            "Vraag uw teamleider om een koppelcode en geef die op met 'wor-desk sync --join CODE'.",
            "The region secret is missing: without it referring practices cannot be counted anonymously. "
            "Ask your team lead for a koppelcode and give it with 'wor-desk sync --join CODE'.",
        ),
        "sync_secret_short": (
            "Deze regiosleutel is te kort (minder dan {n} tekens): zo'n sleutel is te raden. Gebruik de "
            "koppelcode van uw teamleider ('wor-desk sync --join CODE'); daarin zit de sleutel die de collector maakte.",
            "This region secret is too short (fewer than {n} characters): such a secret can be guessed. Use "
            "the koppelcode from your team lead ('wor-desk sync --join CODE'); it holds the secret the collector made.",
        ),
        "sync_join_secret_wrong": (
            "De regiosleutel in deze koppelcode hoort niet bij deze collector. Er is niets bewaard. "
            "Vraag uw teamleider om een nieuwe koppelcode.",
            "The region secret in this koppelcode does not belong to this collector. Nothing was stored. "
            "Ask your team lead for a new koppelcode.",
        ),
        "sync_join_refused": (
            "Koppelen is niet gelukt: de collector weigerde de eerste verzending ({reason}). Er is niets "
            "bewaard; probeer het opnieuw met dezelfde koppelcode of meld het aan uw teamleider.",
            "Joining did not work: the collector refused the first push ({reason}). Nothing was stored; "
            "try again with the same koppelcode or tell your team lead.",
        ),
        "sync_reader_token_rejected": (
            "De collector weigert deze lezerstoken ({status}: {detail}). Controleer dat u de hele token hebt "
            "geplakt (een lezerstoken begint met wdr_, een desk-token met wdd_ kan geen totalen lezen). Is hij "
            "ingetrokken of kwijt, laat de beheerder van de collector dan een nieuwe maken: "
            "'wor-desk collector reader add NAAM --scope team:TEAM'.",
            "The collector refuses this reader token ({status}: {detail}). Check that you pasted the whole "
            "token (a reader token starts with wdr_; a desk token, wdd_, cannot read totals). If it was revoked "
            "or lost, ask the collector's administrator for a new one: "
            "'wor-desk collector reader add NAME --scope team:TEAM'.",
        ),
        "sync_read_unreachable": (
            "De collector op {url} is niet bereikbaar ({reason}). Controleer het adres en de internetverbinding "
            "en probeer het later opnieuw.",
            "The collector at {url} cannot be reached ({reason}). Check the address and the internet "
            "connection and try again later.",
        ),
        "sync_read_server_error": (
            "De collector op {url} gaf een serverfout ({status}). Probeer het later opnieuw of meld het aan "
            "de beheerder van de collector.",
            "The collector at {url} answered with a server error ({status}). Try again later or tell the "
            "collector's administrator.",
        ),
        "sync_url_invalid": (
            "'{url}' is geen collectoradres. Schrijf het als https://collector.voorbeeld.nl (of http://127.0.0.1:8700 om te testen).",
            "'{url}' is not a collector address. Write it as https://collector.example.nl (or http://127.0.0.1:8700 for testing).",
        ),
        "sync_k_invalid": (
            "k moet een geheel getal van 2 tot 100 zijn (de regio kiest meestal 5).",
            "k must be a whole number from 2 to 100 (regions usually choose 5).",
        ),
        "sync_unreachable": (
            "De collector op {url} is niet bereikbaar ({reason}). De gegevens blijven in de wachtrij en gaan mee bij de volgende synchronisatie.",
            "The collector at {url} cannot be reached ({reason}). The data stay in the outbox and go with the next sync.",
        ),
        "sync_server_error": (
            "De collector op {url} gaf een serverfout ({status}). De gegevens blijven in de wachtrij; probeer het later opnieuw of meld het aan de beheerder.",
            "The collector at {url} answered with a server error ({status}). The data stay in the outbox; try again later or tell its administrator.",
        ),
        "sync_token_rejected": (
            "De collector weigert de token ({status}: {detail}). Vraag uw teamleider om een nieuwe desk-token en geef die op met --token.",
            "The collector refuses the token ({status}: {detail}). Ask your team lead for a new desk token and give it with --token.",
        ),
        "sync_refused": (
            "De collector weigert de gegevens ({status}: {detail}). Werk WoR Desk bij of meld dit aan de beheerder van de collector.",
            "The collector refuses the data ({status}: {detail}). Update WoR Desk or tell the collector's administrator.",
        ),
        "sync_bad_answer": (
            "De collector op {url} gaf een onverwacht antwoord. Controleer het adres (is het wel een WoR Desk-collector?).",
            "The collector at {url} gave an unexpected answer. Check the address (is it a WoR Desk collector?).",
        ),
    }
)


class CollectorUnreachable(SyncError):
    key = "sync_unreachable"
    retryable = True


class CollectorServerError(SyncError):
    key = "sync_server_error"
    retryable = True


class TokenRejected(SyncError):
    key = "sync_token_rejected"


class PayloadRefused(SyncError):
    key = "sync_refused"


class BadAnswer(SyncError):
    key = "sync_bad_answer"
    retryable = True


class SyncSetupError(InputError):
    """Something the coach must set first (collector, token, region secret)."""


class ReaderTokenRejected(SyncError):
    """A reader token (team lead) refused: what a team lead can do, no desk token advice."""

    key = "sync_reader_token_rejected"


class ReadUnreachable(CollectorUnreachable):
    """Reading totals: nothing waits in an outbox."""

    key = "sync_read_unreachable"


class ReadServerError(CollectorServerError):
    key = "sync_read_server_error"
