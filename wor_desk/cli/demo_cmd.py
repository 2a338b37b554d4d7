"""demo: fill a profile with realistic made-up clients (for trying things out and benchmarks)."""

from __future__ import annotations

import argparse

from wor_desk.cli.common import ask_passphrase, profile_of
from wor_desk.i18n import language
from wor_desk.store import paths


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "demo",
        help="vul een profiel met verzonnen cliënten om mee te oefenen",
        description="Maakt (zo nodig) het profiel aan en vult het met realistische, verzonnen cliënten en trajecten "
        "over de afgelopen drie jaar. Gebruik een apart profiel, bijvoorbeeld: wor-desk --profile demo demo. "
        "Een profiel met echte cliënten wordt geweigerd.",
    )
    p.add_argument(
        "--clients", type=int, default=200, metavar="N", help="aantal cliënten (standaard 200)"
    )
    p.add_argument(
        "--seed", type=int, default=1, help="startgetal: hetzelfde getal geeft dezelfde gegevens"
    )
    p.set_defaults(func=cmd_demo)


def cmd_demo(args: argparse.Namespace) -> int:
    from wor_desk import demo
    from wor_desk.desk import Desk

    profile = profile_of(args)
    if args.clients < 1:
        from wor_desk.errors import InputError

        raise InputError("demo_clients_positive")
    exists = (paths.profile_dir(profile) / paths.STORE_FILE).exists()
    if exists:
        desk = Desk.open(profile, ask_passphrase(f"Wachtwoord voor profiel '{profile}': "))
    else:
        desk = Desk.create(
            profile, ask_passphrase(f"Nieuw wachtwoord voor profiel '{profile}': ", new=True)
        )
    with desk:
        n = demo.fill(desk, clients=args.clients, seed=args.seed)
    print(
        f"Profiel '{profile}': {args.clients} verzonnen cliënten met {n} trajecten toegevoegd."
        if language() == "nl"
        else f"Profile '{profile}': added {args.clients} made-up clients with {n} trajectories."
    )
    return 0
