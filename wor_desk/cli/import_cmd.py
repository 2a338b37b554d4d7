"""import: bring a registration sheet (CSV or XLSX) into the profile."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from wor_desk.cli.common import open_desk
from wor_desk.i18n import language, tr


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "import",
        help="importeer een registratieblad (.csv of .xlsx)",
        description="Leest een registratieblad (één rij per traject; de kolommen staan in docs/import.md) en controleert eerst het hele "
        "bestand. Is er een ongeldige rij, dan wordt niets geïmporteerd en krijgt u per rij de kolom en de reden. "
        "Twee keer hetzelfde bestand importeren maakt geen dubbele trajecten: een traject met hetzelfde client_nr "
        "en dezelfde verwijsdatum wordt bijgewerkt.",
    )
    p.add_argument("file", metavar="BESTAND", type=Path)
    p.add_argument(
        "--skip-invalid",
        action="store_true",
        help="importeer alleen de geldige rijen; de afgewezen rijen komen met hun reden in BESTAND.afgewezen.csv",
    )
    p.add_argument(
        "--dry-run",
        action="store_true",
        help="controleer alleen en laat zien wat er zou gebeuren; schrijf niets",
    )
    p.set_defaults(func=cmd_import)


def cmd_import(args: argparse.Namespace) -> int:
    with open_desk(args) as desk:
        report = desk.import_sheet(args.file, skip_invalid=args.skip_invalid, dry_run=args.dry_run)
    nl = language() != "en"
    for p in report.errors:
        print(f"{'FOUT' if nl else 'ERROR'} {p}", file=sys.stderr)
    for p in report.warnings:
        print(f"{'LET OP' if nl else 'WARNING'} {p}", file=sys.stderr)
    print(report.summary())
    if report.rejected_file:
        print(report.rejected_note())
    if report.errors and not report.skip_ok(args.skip_invalid):
        print(tr("import_invalid_rows", count=len(report.invalid_rows)), file=sys.stderr)
        return 2
    return 0
