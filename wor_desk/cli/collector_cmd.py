"""`wor-desk collector ...`: run the collector and manage its tokens."""

from __future__ import annotations

import argparse
import logging
from typing import TYPE_CHECKING

from wor_desk.cli import collector_kaart_cmd
from wor_desk.i18n import language

if TYPE_CHECKING:
    from wor_desk.collector.service import Collector

#: The region's default k (wor_desk.sync.disclosure.DEFAULT_K; a test keeps them equal). Written
#: out here so that the parser does not import the counts engine.
DEFAULT_K = 5


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
        description="Voegt een desk toe aan een team en organisatie en toont de desk-token. "
        "De token wordt alleen nu getoond (de collector bewaart hem niet leesbaar): geef hem aan de coach.",
    )
    a.add_argument("name", metavar="NAAM")
    a.add_argument("--team", required=True, help="het team van de desk")
    a.add_argument("--organisation", required=True, help="de welzijnsorganisatie van de desk")
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


def cmd_desk_add(args: argparse.Namespace) -> int:
    c = _open(args)
    try:
        token = c.add_desk(args.name, args.team, args.organisation)
    finally:
        c.close()
    nl = language() != "en"
    print(
        f"Desk '{args.name}' toegevoegd. Token (wordt maar één keer getoond):"
        if nl
        else f"Desk '{args.name}' added. Token (shown only once):"
    )
    print(token)
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
