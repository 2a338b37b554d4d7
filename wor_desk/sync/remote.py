"""Totals read back from the collector with a reader token: the same codebook CSV as local
counts, for the reader's scope (team, organisation or region).

Hook for `wor-desk counts` (wor_desk/cli/counts_cmd.py), two lines:

    remote.add_collector_options(p)                     # in register(): --collector URL --token TOKEN
    if args.collector: return remote.run_collector_counts(args)   # first line of cmd_counts()

(uses args.period, args.output ('-' = stdout), args.format (csv only) and args.force when present).
`wor-desk collector-counts` is the same as a command of its own.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from wor_desk import messages
from wor_desk.errors import InputError
from wor_desk.spreadsheet import csv_resafe

TOKEN_ENV = "WOR_COLLECTOR_TOKEN"

messages.register(
    {
        "sync_totals_csv_only": (
            "De collector levert totalen als CSV, niet als '{value}'. Kies een .csv-bestand of --format csv.",
            "The collector serves totals as CSV, not as '{value}'. Choose a .csv file or --format csv.",
        ),
        "sync_totals_target_exists": (
            "{path} bestaat al. Kies een andere bestandsnaam of geef --force om te overschrijven.",
            "{path} already exists. Choose another file name or give --force to overwrite.",
        ),
    }
)


def fetch_totals(url: str, token: str, period: str, **kw: object) -> str:
    """The collector's totals CSV of `period` for the reader token's scope."""
    # imported here, not at the top: `add_collector_options` is used by the command line's
    # parser, which must stay light (`wor-desk --help`)
    from wor_desk import counts
    from wor_desk.sync.client import CollectorClient

    p = counts.parse_period(period)  # refuse a bad period before going online
    with CollectorClient(url, token, **kw) as client:  # type: ignore[arg-type]
        return csv_resafe(client.totals(p.text))


def add_collector_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--collector",
        metavar="URL",
        help="lees de totalen van de collector in plaats van de eigen opslag (met --token)",
    )
    parser.add_argument(
        "--token",
        metavar="TOKEN",
        help=f"de lezerstoken van de teamleider (of {TOKEN_ENV}); het bereik van de token bepaalt wat wordt opgeteld",
    )


def run_collector_counts(args: argparse.Namespace) -> int:
    token = args.token or os.environ.get(TOKEN_ENV)
    if not token:
        raise InputError("sync_no_collector")
    out = getattr(args, "output", None)
    fmt = (
        getattr(args, "format", None)
        or (Path(out).suffix.lstrip(".").lower() if out not in (None, "-") else "csv")
        or "csv"
    )
    if fmt != "csv":
        raise InputError("sync_totals_csv_only", value=fmt)
    if out not in (None, "-") and Path(out).exists() and not getattr(args, "force", False):
        raise InputError("sync_totals_target_exists", path=str(out))
    text = fetch_totals(args.collector, token, args.period)
    if out in (None, "-"):
        sys.stdout.write(text)
    else:
        target = Path(out)
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(target.name + ".deel")
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(target)
    return 0
