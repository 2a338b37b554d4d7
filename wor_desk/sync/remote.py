"""Totals read back from the collector with a reader token: the same codebook CSV as local
counts, for the reader's scope (team, organisation or region).

Hook for `wor-desk counts` (wor_desk/cli/counts_cmd.py):

    from wor_desk.sync import remote
    remote.add_collector_options(parser)          # --collector URL --token TOKEN
    if args.collector: return remote.run_collector_counts(args)   # needs args.period, args.output, args.format
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from wor_desk import counts
from wor_desk.errors import InputError
from wor_desk.sync.client import CollectorClient

TOKEN_ENV = "WOR_COLLECTOR_TOKEN"


def fetch_totals(url: str, token: str, period: str, **kw: object) -> str:
    """The collector's totals CSV of `period` for the reader token's scope."""
    p = counts.parse_period(period)  # refuse a bad period before going online
    with CollectorClient(url, token, **kw) as client:  # type: ignore[arg-type]
        return client.totals(p.text)


def add_collector_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--collector", metavar="URL",
                        help="lees de totalen van de collector in plaats van de eigen opslag (met --token)")
    parser.add_argument("--token", metavar="TOKEN",
                        help=f"de lezerstoken van de teamleider (of {TOKEN_ENV}); het bereik van de token bepaalt wat wordt opgeteld")


def run_collector_counts(args: argparse.Namespace) -> int:
    token = args.token or os.environ.get(TOKEN_ENV)
    if not token:
        raise InputError("sync_no_collector")
    fmt = getattr(args, "format", None) or "csv"
    if fmt != "csv":
        raise InputError("counts_format_invalid", value=fmt)
    text = fetch_totals(args.collector, token, args.period)
    out = getattr(args, "output", None)
    if out in (None, "-"):
        sys.stdout.write(text)
    else:
        Path(out).write_text(text, encoding="utf-8")
    return 0
