"""`wor-desk counts --period P --format csv|xlsx|pdf -o FILE`: the team lead's export."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from wor_desk.cli.common import open_desk
from wor_desk.errors import InputError
from wor_desk.i18n import language
from wor_desk.sync import remote

#: wor_desk.counts.FORMATS, written out so that the parser does not import the counts engine
#: (a test keeps them equal).
FORMATS = ("csv", "xlsx", "pdf")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "counts",
        help="tellingen van een periode exporteren (csv, xlsx of pdf)",
        description="Telt de registratie-indicatoren van Welzijn op Recept voor een maand, kwartaal of jaar en "
        "schrijft ze weg: als CSV (één regel per cel: period,indicator,category,value), als Excel-werkmap met "
        "uitleg, of als PDF-rapport om zo door te sturen. Er staan geen namen of andere persoonsgegevens in.",
        epilog="Voorbeelden: wor-desk counts --period 2026-03 -o maart.csv   ·   "
        "wor-desk counts --period 2026-Q1 --format pdf -o kwartaal1.pdf   ·   wor-desk counts --period 2025 -o -",
    )
    p.add_argument(
        "--period",
        "-p",
        required=True,
        metavar="PERIODE",
        help="een maand (2026-03), een kwartaal (2026-Q1) of een jaar (2026)",
    )
    p.add_argument(
        "--format",
        "-f",
        choices=FORMATS,
        default=None,
        help="csv, xlsx of pdf (standaard: volgt uit de bestandsnaam, anders csv)",
    )
    p.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="BESTAND",
        help="waar het bestand komt; '-' schrijft de CSV naar het scherm (stdout)",
    )
    p.add_argument("--force", action="store_true", help="een bestaand bestand overschrijven")
    remote.add_collector_options(p)
    p.set_defaults(func=cmd_counts)


def cmd_counts(args: argparse.Namespace) -> int:
    from wor_desk.counts import parse_period

    if args.collector:  # a team lead's totals across desks, read from the collector
        return remote.run_collector_counts(args)
    period = parse_period(args.period)  # a bad period is reported before asking the passphrase
    fmt = args.format or (
        Path(args.output).suffix.lstrip(".").lower() if args.output != "-" else "csv"
    )
    if fmt not in FORMATS:
        fmt = "csv"
    if args.output == "-" and fmt != "csv":
        raise InputError("counts_stdout_csv_only")
    target = None if args.output == "-" else Path(args.output)
    if target is not None and target.exists() and not args.force:
        raise InputError("counts_target_exists", path=str(target))
    with open_desk(args) as desk:
        data = desk.counts.export(period, fmt)
    if target is None:
        sys.stdout.write(data.decode("utf-8"))
        sys.stdout.flush()
        return 0
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".deel")
    tmp.write_bytes(data)
    tmp.replace(target)
    en = language() == "en"
    print(
        f"{'Counts' if en else 'Tellingen'} {period.text} ({fmt}) {'written to' if en else 'geschreven naar'} {target}",
        file=sys.stderr,
    )
    return 0
