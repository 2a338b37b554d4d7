"""`wor-desk counts --period P [--gemeente NAAM] [--format csv|xlsx|pdf] [-o FILE]`: the team
lead's export, and a municipality's own report."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from wor_desk.cli import remote_counts
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
        "wor-desk counts --period 2026-Q1 --format pdf -o kwartaal1.pdf   ·   wor-desk counts --period 2025 -o -   ·   "
        "wor-desk counts --period 2026-Q1 --gemeente Zeist --format pdf",
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
        "--gemeente",
        "-g",
        metavar="NAAM",
        default=None,
        help="het rapport van één gemeente: hetzelfde codeboek over de cliënten die in die gemeente wonen",
    )
    p.add_argument(
        "-o",
        "--output",
        default=None,
        metavar="BESTAND",
        help="waar het bestand komt; '-' schrijft de CSV naar het scherm (stdout). Zonder -o: CSV naar het "
        "scherm, xlsx en pdf naar tellingen-PERIODE[-GEMEENTE].xlsx/.pdf in de huidige map",
    )
    p.add_argument("--force", action="store_true", help="een bestaand bestand overschrijven")
    remote.add_collector_options(p)
    p.set_defaults(func=cmd_counts)


def default_name(period: str, gemeente: str | None, fmt: str) -> str:
    """tellingen-2026-Q1.pdf, tellingen-2026-Q1-zeist.pdf (a name safe on every system)."""
    slug = "".join(ch if ch.isalnum() else "-" for ch in (gemeente or "").casefold()).strip("-")
    return f"tellingen-{period}{'-' + slug if slug else ''}.{fmt}"


def cmd_counts(args: argparse.Namespace) -> int:
    from wor_desk.counts import parse_period

    if args.collector:  # a team lead's totals across desks, read from the collector
        return remote_counts.run_collector_counts(args)
    period = parse_period(args.period)  # a bad period is reported before asking the passphrase
    gemeente = (args.gemeente or "").strip() or None
    fmt = args.format or (
        Path(args.output).suffix.lstrip(".").lower() if args.output not in (None, "-") else "csv"
    )
    if fmt not in FORMATS:
        fmt = "csv"
    if args.output is None:
        args.output = "-" if fmt == "csv" else default_name(period.text, gemeente, fmt)
    if args.output == "-" and fmt != "csv":
        raise InputError("counts_stdout_csv_only")
    target = None if args.output == "-" else Path(args.output)
    if target is not None and target.exists() and not args.force:
        raise InputError("counts_target_exists", path=str(target))
    with open_desk(args) as desk:
        data = desk.counts.export(period, fmt, gemeente)
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
