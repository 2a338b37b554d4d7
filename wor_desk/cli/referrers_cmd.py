"""`wor-desk referrers`: the register of referring practices (name, address for letters,
AGB code, the people who refer from them)."""

from __future__ import annotations

import argparse

from wor_desk.cli.common import open_desk
from wor_desk.i18n import language


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "referrers",
        help="het register van verwijzers: praktijken, adressen, AGB-codes, verwijzers",
        description="Toont het register van verwijzende praktijken, of legt een praktijk (adres, AGB-code) of een "
        "verwijzer vast. Een nieuwe verwijzing voegt haar praktijk en verwijzer vanzelf toe; brieven gaan naar het "
        "adres uit het register.",
        epilog='Voorbeelden: wor-desk referrers   ·   wor-desk referrers --practice "De Linde" --address '
        '"Lindelaan 3\\n3581 AB Utrecht" --agb 01234567   ·   wor-desk referrers --practice "De Linde" '
        '--person "mw. Postma" --role poh',
    )
    p.add_argument(
        "--practice", metavar="NAAM", help="de praktijk om vast te leggen of aan te vullen"
    )
    p.add_argument(
        "--address", metavar="ADRES", help="het adres voor brieven (regels scheiden met \\n)"
    )
    p.add_argument("--agb", metavar="CODE", help="de AGB-code van de praktijk (acht cijfers)")
    p.add_argument("--person", metavar="NAAM", help="iemand die vanuit de praktijk verwijst")
    p.add_argument(
        "--role", metavar="TYPE", default="huisarts", help="diens rol: huisarts, poh, ..."
    )
    p.set_defaults(func=cmd_referrers)


def cmd_referrers(args: argparse.Namespace) -> int:
    en = language() == "en"
    with open_desk(args) as desk:
        reg = desk.referrers
        if args.practice and (args.address is not None or args.agb is not None):
            current = reg.practice(args.practice)
            address = (
                args.address.replace("\\n", "\n")
                if args.address is not None
                else (current.adres if current else None)
            )
            agb = args.agb if args.agb is not None else (current.agb if current else None)
            reg.save_practice(current.naam if current else args.practice, address, agb)
        if args.practice and args.person:
            reg.add_referrer(args.practice, args.person, args.role)
        for p in reg.practices():
            people = ", ".join(f"{r.naam} ({r.rol})" for r in p.verwijzers)
            print(
                "\t".join(
                    [
                        p.naam,
                        " / ".join(p.address_lines()) or ("no address" if en else "geen adres"),
                        f"AGB {p.agb}" if p.agb else "",
                        people,
                    ]
                )
            )
    return 0
