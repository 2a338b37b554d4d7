"""Totals read back from the collector with a reader token: the same codebook CSV as local
counts, for the reader's scope (team, organisation or region).

`add_collector_options(p)` gives a command `--collector URL --token TOKEN`;
`wor_desk.cli.remote_counts.run_collector_counts(args)` runs it (CSV from here, XLSX and
PDF from `wor_desk.reports.collector`).
"""

from __future__ import annotations

import argparse

from wor_desk import messages
from wor_desk.spreadsheet import csv_resafe

TOKEN_ENV = "WOR_COLLECTOR_TOKEN"

messages.register(
    {
        "sync_totals_format": (
            "'{value}' is geen formaat voor totalen. Kies csv, xlsx of pdf (of een bestandsnaam die daarop eindigt).",
            "'{value}' is not a format for totals. Choose csv, xlsx or pdf (or a file name ending in one).",
        ),
        "sync_totals_stdout_csv_only": (
            "Alleen CSV kan naar het scherm. Geef met -o een bestandsnaam voor xlsx of pdf.",
            "Only CSV can go to the screen. Give a file name with -o for xlsx or pdf.",
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
    with CollectorClient(url, token, reader=True, **kw) as client:  # type: ignore[arg-type]
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
