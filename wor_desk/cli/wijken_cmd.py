"""`wor-desk wijken import FILE` and `wor-desk wijken toepassen [--dry-run]`: the wijkindeling
(which postcodes belong to which gemeente and wijk) and filling it in for stored clients."""

from __future__ import annotations

import argparse
from pathlib import Path

from wor_desk.cli.common import open_desk
from wor_desk.i18n import language


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "wijken",
        help="de wijkindeling: welke postcodes bij welke gemeente en wijk horen",
        description="Leest de wijkindeling van uw organisatie in (CSV of XLSX met de kolommen "
        "postcode, gemeente, wijk; een postcode is een PC4 zoals 9724 of een reeks zoals "
        "9724AA-9724KZ), of vult gemeente en wijk in bij opgeslagen cliënten die ze missen.",
        epilog="Voorbeelden: wor-desk wijken import wijken.csv   ·   wor-desk wijken toepassen --dry-run",
    )
    wsub = p.add_subparsers(dest="wijken_command", metavar="OPDRACHT", required=True)
    imp = wsub.add_parser(
        "import",
        help="lees een wijkindeling in (alles of niets: bij één foute rij verandert er niets)",
    )
    imp.add_argument("file", metavar="FILE", type=Path, help="een .csv of .xlsx")
    imp.set_defaults(func=cmd_import)
    app = wsub.add_parser(
        "toepassen",
        help="vul gemeente en wijk in bij cliënten die ze missen, uit hun postcode",
    )
    app.add_argument(
        "--dry-run", action="store_true", help="laat alleen zien hoeveel er ingevuld zou worden"
    )
    app.set_defaults(func=cmd_apply)


def cmd_import(args: argparse.Namespace) -> int:
    with open_desk(args) as desk:
        n, _changes = desk.wijken.import_file(args.file)
    if language() == "en":
        print(
            f"Wijkindeling read: {n} rows. Run `wor-desk wijken toepassen` to fill stored clients."
        )
    else:
        print(
            f"Wijkindeling ingelezen: {n} rijen. Met `wor-desk wijken toepassen` vult u ze in "
            "bij opgeslagen cliënten."
        )
    return 0


def cmd_apply(args: argparse.Namespace) -> int:
    with open_desk(args) as desk:
        r = desk.wijken.apply(dry_run=args.dry_run)
    en = language() == "en"
    if r.dry_run:
        print(
            f"Would fill gemeente/wijk for {r.filled} client(s); {r.unknown} postcode(s) not in the wijkindeling. Nothing written."
            if en
            else f"Zou gemeente/wijk invullen bij {r.filled} cliënt(en); {r.unknown} postcode(s) niet in de wijkindeling. Er is niets geschreven."
        )
    else:
        print(
            f"Filled gemeente/wijk for {r.filled} client(s); {r.unknown} postcode(s) not in the wijkindeling."
            if en
            else f"Gemeente/wijk ingevuld bij {r.filled} cliënt(en); {r.unknown} postcode(s) niet in de wijkindeling."
        )
    return 0
