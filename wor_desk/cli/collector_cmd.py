"""`wor-desk collector ...`: run the collector and manage its tokens."""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from typing import TYPE_CHECKING

from wor_desk.cli import collector_kaart_cmd
from wor_desk.i18n import language

if TYPE_CHECKING:
    from wor_desk.collector.service import Collector

#: The region's default k (wor_desk.sync.disclosure.DEFAULT_K; a test keeps them equal). Written
#: out here so that the parser does not import the counts engine.
DEFAULT_K = 5
PASSPHRASE_ENV = "WOR_COLLECTOR_PASSPHRASE"
URL_ENV = "WOR_COLLECTOR_URL"
LOCAL_URL = "http://127.0.0.1:8700"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "collector",
        help="de collector van de regio: starten en tokens beheren",
        description="De collector ontvangt de anonieme maandtellingen van de desks en telt ze op "
        "per team, organisatie en regio. Zijn opslag is een SQLite-bestand (standaard, in de map van "
        "WOR_DESK_HOME) of PostgreSQL (--db postgresql+psycopg://...; ook via WOR_COLLECTOR_DB).",
    )
    p.add_argument(
        "--db",
        metavar="URL",
        help="opslag van de collector (standaard: WOR_COLLECTOR_DB of een SQLite-bestand)",
    )
    csub = p.add_subparsers(dest="collector_command", metavar="OPDRACHT", required=True)

    s = csub.add_parser(
        "serve",
        help="start de collector (HTTP; zet er in productie een TLS-proxy voor)",
        description="Start de HTTP-dienst van de collector. Luistert standaard alleen op 127.0.0.1; "
        "zet in productie een TLS-proxy (bijv. nginx of Caddy) ervoor, zie docs/sync.md.",
    )
    s.add_argument(
        "--host", default="127.0.0.1", help="adres om op te luisteren (standaard 127.0.0.1)"
    )
    s.add_argument("--port", type=int, default=8700, help="poort (standaard 8700)")
    s.add_argument(
        "--k",
        type=int,
        default=DEFAULT_K,
        help=f"drempel voor kleine aantallen van de regio (standaard {DEFAULT_K})",
    )
    s.set_defaults(func=cmd_serve)

    d = csub.add_parser(
        "desk",
        help="desks: toevoegen, tonen, intrekken",
        description="Beheer de desks (coaches) die tellingen mogen sturen.",
    )
    dsub = d.add_subparsers(dest="desk_command", metavar="OPDRACHT", required=True)
    a = dsub.add_parser(
        "add",
        help="voeg een desk toe en toon zijn token (één keer)",
        description="Voegt een desk toe aan een team en organisatie en toont zijn koppelcode: het adres "
        "van de collector, de desk-token en de regiosleutel in één code met controleteken. Geef die aan de "
        "coach ('wor-desk sync --join CODE' of het scherm Synchronisatie). De code wordt alleen nu getoond. "
        "De eerste keer maakt de collector de regiosleutel (willekeurig, 256 bits) en vraagt een wachtwoord "
        f"dat hem beschermt (of {PASSPHRASE_ENV}); daarna is dat wachtwoord bij elke nieuwe desk nodig.",
    )
    a.add_argument("name", metavar="NAAM")
    a.add_argument("--team", required=True, help="het team van de desk")
    a.add_argument("--organisation", required=True, help="de welzijnsorganisatie van de desk")
    a.add_argument(
        "--url",
        metavar="ADRES",
        help="het adres waarop desks de collector bereiken, bijv. https://collector.regio.nl "
        f"(één keer opgeven, daarna onthouden; anders {URL_ENV})",
    )
    a.set_defaults(func=cmd_desk_add)
    ls = dsub.add_parser(
        "list",
        help="toon alle desks",
        description="Toont alle desks met team, organisatie, "
        "aantal ontvangen maanden en of de token is ingetrokken.",
    )
    ls.set_defaults(func=cmd_desk_list)
    r = dsub.add_parser(
        "revoke",
        help="trek de token van een desk in",
        description="Trekt de token van een desk in: hij kan niets meer sturen. Wat hij eerder stuurde telt mee.",
    )
    r.add_argument("name", metavar="NAAM")
    r.set_defaults(func=cmd_desk_revoke)

    rd = csub.add_parser(
        "reader",
        help="lezers (teamleiders): toevoegen",
        description="Beheer de lezers die totalen mogen ophalen.",
    )
    rsub = rd.add_subparsers(dest="reader_command", metavar="OPDRACHT", required=True)
    ra = rsub.add_parser(
        "add",
        help="voeg een lezer toe en toon zijn token (één keer)",
        description="Voegt een lezer toe. Het bereik bepaalt wat hij ziet: region (alles), "
        "organisation:ORGANISATIE of team:TEAM.",
    )
    ra.add_argument("name", metavar="NAAM")
    ra.add_argument(
        "--scope",
        required=True,
        metavar="BEREIK",
        help="region | organisation:ORGANISATIE | team:TEAM",
    )
    ra.set_defaults(func=cmd_reader_add)
    collector_kaart_cmd.register(csub, _open)  # editor + kaart: the region's sociale kaart
    # last, so every subcommand added above (also by other features) takes it
    accept_db_after_subcommands(p)


def accept_db_after_subcommands(parser: argparse.ArgumentParser) -> None:
    """`--db URL` after any subcommand too (`collector serve --db URL --port P`), not only
    before it. SUPPRESS: a subcommand without it keeps what was given before it (or None,
    then WOR_COLLECTOR_DB)."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                if not any("--db" in a.option_strings for a in sub._actions):
                    sub.add_argument(
                        "--db",
                        metavar="URL",
                        default=argparse.SUPPRESS,
                        help="opslag van de collector (standaard: WOR_COLLECTOR_DB of een SQLite-bestand)",
                    )
                accept_db_after_subcommands(sub)


def _open(args: argparse.Namespace, k: int = DEFAULT_K) -> Collector:
    from wor_desk.collector import db
    from wor_desk.collector.service import Collector

    return Collector.open(args.db or db.default_url(), k)


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from wor_desk.collector.app import create_app

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    collector = _open(args, args.k)
    try:
        uvicorn.run(
            create_app(collector),
            host=args.host,
            port=args.port,
            log_level="info",
            proxy_headers=True,
            server_header=False,
        )
    finally:
        collector.close()
    return 0


def _region_passphrase(new: bool) -> str:
    """The passphrase that protects the region secret: WOR_COLLECTOR_PASSPHRASE, or typed
    (twice when the secret is made)."""
    from wor_desk.collector.service import CollectorError

    if os.environ.get(PASSPHRASE_ENV):
        return os.environ[PASSPHRASE_ENV]
    if not sys.stdin.isatty():
        raise CollectorError("collector_passphrase_needed")
    first = getpass.getpass("Wachtwoord van de regiosleutel / region secret passphrase: ")
    if new and getpass.getpass("Herhaal / repeat: ") != first:
        raise CollectorError("collector_passphrase_mismatch")
    return first


def cmd_desk_add(args: argparse.Namespace) -> int:
    from wor_desk.sync import koppelcode
    from wor_desk.sync.client import check_url

    url = check_url(args.url) if args.url else None
    c = _open(args)
    try:
        # the secret first: with a wrong passphrase no desk is added
        secret = c.region_secret(_region_passphrase(new=not c.has_region_secret()))
        url = c.public_url(url) if url else c.public_url()
        if not url and os.environ.get(URL_ENV):
            url = check_url(os.environ[URL_ENV])
        if not url:
            url = LOCAL_URL
            print(
                f"wor-desk: let op: het adres van de collector is nog niet opgegeven; de koppelcode "
                f"wijst naar {url}. Geef het adres één keer met --url https://collector.regio.nl. / "
                f"note: the collector's address was never given; the koppelcode points to {url}.",
                file=sys.stderr,
            )
        token = c.add_desk(args.name, args.team, args.organisation)
    finally:
        c.close()
    nl = language() != "en"
    print(
        f"Desk '{args.name}' toegevoegd. Koppelcode voor de coach (wordt maar één keer getoond):"
        if nl
        else f"Desk '{args.name}' added. Koppelcode for the coach (shown only once):"
    )
    print(koppelcode.make(url, token, secret))
    return 0


def cmd_desk_list(args: argparse.Namespace) -> int:
    c = _open(args)
    try:
        desks = c.list_desks()
    finally:
        c.close()
    nl = language() != "en"
    print(
        f"{'naam' if nl else 'name':<24} {'team':<20} {'organisatie' if nl else 'organisation':<24} {'maanden' if nl else 'months':>7}  status"
    )
    for d in desks:
        status = (
            (f"ingetrokken {d.revoked:%d-%m-%Y}" if nl else f"revoked {d.revoked:%d-%m-%Y}")
            if d.revoked
            else "actief"
            if nl
            else "active"
        )
        print(f"{d.name:<24} {d.team:<20} {d.organisation:<24} {d.months:>7}  {status}")
    return 0


def cmd_desk_revoke(args: argparse.Namespace) -> int:
    c = _open(args)
    try:
        c.revoke_desk(args.name)
    finally:
        c.close()
    print(
        f"Token van desk '{args.name}' ingetrokken."
        if language() != "en"
        else f"Token of desk '{args.name}' revoked."
    )
    return 0


def cmd_reader_add(args: argparse.Namespace) -> int:
    c = _open(args)
    try:
        token = c.add_reader(args.name, args.scope)
    finally:
        c.close()
    nl = language() != "en"
    print(
        f"Lezer '{args.name}' ({args.scope}) toegevoegd. Token (wordt maar één keer getoond):"
        if nl
        else f"Reader '{args.name}' ({args.scope}) added. Token (shown only once):"
    )
    print(token)
    return 0
