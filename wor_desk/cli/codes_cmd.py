"""`wor-desk codes add reden CODE --label-nl ... --label-en ...` and `wor-desk codes list`:
a region's own codes (INDICATORS.md allows adding, never renaming)."""

from __future__ import annotations

import argparse

from wor_desk.cli.common import open_desk
from wor_desk.i18n import language

LISTS = ("reden",)  # wor_desk.regional.EXTENDABLE (kept here so the parser stays light)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "codes",
        help="eigen codes van de regio toevoegen (bijvoorbeeld redenen van verwijzing)",
        description="Een regio mag eigen codes aan een codelijst toevoegen (nooit bestaande hernoemen). Een "
        "toegevoegde reden telt bij de desk als eigen categorie; wat gesynchroniseerd wordt, telt haar als 'overig'.",
    )
    csub = p.add_subparsers(dest="codes_command", required=True, metavar="add|list")
    add = csub.add_parser(
        "add",
        help="een code toevoegen",
        epilog='Voorbeeld: wor-desk codes add reden digitale_vaardigheden --label-nl "Digitale vaardigheden" '
        '--label-en "Digital skills"',
    )
    add.add_argument("list", choices=LISTS, metavar="LIJST", help="de codelijst: reden")
    add.add_argument("code", metavar="CODE", help="de nieuwe code: kleine letters, cijfers en _")
    add.add_argument(
        "--label-nl", required=True, metavar="TEKST", help="de Nederlandse omschrijving"
    )
    add.add_argument("--label-en", required=True, metavar="TEXT", help="de Engelse omschrijving")
    add.set_defaults(func=cmd_add)
    ls = csub.add_parser("list", help="de toegevoegde codes tonen")
    ls.add_argument("list", nargs="?", choices=LISTS, default="reden", metavar="LIJST")
    ls.set_defaults(func=cmd_list)


def cmd_add(args: argparse.Namespace) -> int:
    with open_desk(args) as desk:
        desk.regional_codes.add(args.list, args.code, args.label_nl, args.label_en)
    en = language() == "en"
    print(f"{'Added' if en else 'Toegevoegd'}: {args.list} {args.code.strip()}")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    with open_desk(args) as desk:
        added = desk.regional_codes.added(args.list)
        for c in added:
            print(f"{c.code}\t{c.nl}\t{c.en}")
    if not added:
        en = language() == "en"
        print(
            "No codes added to this list." if en else "Aan deze lijst zijn geen codes toegevoegd."
        )
    return 0
