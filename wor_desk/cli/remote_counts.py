"""`wor-desk counts --collector URL --token T` and `wor-desk collector-counts`: a team's,
organisation's or region's totals read from the collector, as CSV, XLSX or PDF."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from wor_desk.errors import InputError
from wor_desk.sync.remote import TOKEN_ENV, fetch_totals


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
    if fmt not in ("csv", "xlsx", "pdf"):
        raise InputError("sync_totals_format", value=fmt)
    if fmt != "csv" and out in (None, "-"):
        raise InputError("sync_totals_stdout_csv_only")
    if out not in (None, "-") and Path(out).exists() and not getattr(args, "force", False):
        raise InputError("sync_totals_target_exists", path=str(out))
    if fmt == "csv":
        data = fetch_totals(args.collector, token, args.period).encode("utf-8")
    else:  # loaded for this command only (the parser stays light)
        from wor_desk.reports import collector

        data = collector.export(args.collector, token, args.period, fmt)
    if out in (None, "-"):
        sys.stdout.write(data.decode("utf-8"))
    else:
        target = Path(out)
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(target.name + ".deel")
        tmp.write_bytes(data)
        tmp.replace(target)
    return 0
