"""init, status, check, passphrase (rekey), backup, restore."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from wor_desk import codes
from wor_desk.cli.common import ask_passphrase, existing_profile, open_desk, profile_of
from wor_desk.i18n import language
from wor_desk.store import paths


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "init",
        help="maak de versleutelde opslag van een profiel aan",
        description="Maakt een nieuw profiel met een versleutelde opslag. U kiest een wachtwoord "
        "(minstens 8 tekens); het wordt nergens bewaard, dus onthoud het goed.",
    )
    p.set_defaults(func=cmd_init)

    p = sub.add_parser(
        "status",
        help="toon profiel, schemaversie en aantallen per stap",
        description="Toont het profiel, waar de opslag staat, de schemaversie, en het aantal cliënten "
        "en trajecten per stap.",
    )
    p.set_defaults(func=cmd_status)

    p = sub.add_parser(
        "check",
        help="controleer de hele opslag, elke pagina (duurt langer bij veel trajecten)",
        description="Leest en controleert elke pagina van de opslag (PRAGMA quick_check). Dat "
        "gebeurt ook vanzelf: na een onverwacht afsluiten, als de laatste volledige controle een "
        "week oud is, en voor elke back-up.",
    )
    p.set_defaults(func=cmd_check)

    p = sub.add_parser(
        "passphrase",
        help="wijzig het wachtwoord (alles blijft bewaard)",
        description="Versleutelt de opslag opnieuw met een nieuw wachtwoord. Het nieuwe wachtwoord komt "
        "uit WOR_DESK_NEW_PASSPHRASE of wordt twee keer gevraagd.",
    )
    p.set_defaults(func=cmd_passphrase)

    p = sub.add_parser(
        "backup",
        help="schrijf een versleutelde back-up naar BESTAND",
        description="Schrijft een versleutelde kopie (zelfde wachtwoord) naar BESTAND en controleert "
        "die daarna. Een bestaand bestand wordt nooit overschreven.",
    )
    p.add_argument("file", metavar="BESTAND", type=Path)
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser(
        "restore",
        help="zet een back-up terug (de huidige opslag blijft apart bewaard)",
        description="Maakt BESTAND de opslag van het profiel. Het wachtwoord is dat van de back-up. "
        "De huidige opslag wordt niet overschreven maar opzij gezet in de map 'bewaard'.",
    )
    p.add_argument("file", metavar="BESTAND", type=Path)
    p.set_defaults(func=cmd_restore)


def cmd_init(args: argparse.Namespace) -> int:
    from wor_desk.desk import Desk

    profile = profile_of(args)
    desk = Desk.create(
        profile, ask_passphrase(f"Nieuw wachtwoord voor profiel '{profile}': ", new=True)
    )
    with desk:
        print(f"Profiel '{profile}' aangemaakt: {desk.store.path}")
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    # The lean read (plain SQLCipher, same unlock checks and messages) when the store is at this
    # WoR Desk's schema; else the normal unlock, which migrates or refuses a newer store.
    from wor_desk.store import status as store_status

    profile = existing_profile(args)
    passphrase = ask_passphrase(f"Wachtwoord voor profiel '{profile}': ")
    st = store_status.read(paths.profile_dir(profile), passphrase, profile)
    if st is None:
        from wor_desk.desk import Desk

        with Desk.open(profile, passphrase) as desk:
            st = desk.status()
    en = language() == "en"
    for label, value in (
        ("Profile" if en else "Profiel", st.profile),
        ("Store" if en else "Opslag", st.path),
        ("Schema version" if en else "Schemaversie", st.schema_version),
        ("Clients" if en else "Cliënten", st.clients),
        ("Trajectories" if en else "Trajecten", st.trajectories),
    ):
        print(f"{label + ':':<16}{value}")
    for code in codes.STATUS.codes():
        print(f"  {codes.STATUS.label(code) + ':':<16}{st.per_status.get(code, 0):>6}")
    # every trajectory not closed, i.e. open and paused together (so the rows add up to those two)
    print(
        "Not closed, per step (open + paused):"
        if en
        else "Niet afgesloten, per stap (lopend + gepauzeerd):"
    )
    steps = codes.STAP.codes()
    width = max(len(codes.STAP.label(s)) for s in steps) + 2
    for step in steps:
        n = st.per_step.get(int(step), st.per_step.get(step, 0))  # type: ignore[call-overload]
        print(f"  {step}. {codes.STAP.label(step):<{width}}{n:>6}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from wor_desk.desk import Desk

    profile = existing_profile(args)
    passphrase = ask_passphrase(f"Wachtwoord voor profiel '{profile}': ")
    with Desk.open(profile, passphrase, full_check=True) as desk:  # a damaged page: exit 3
        path = desk.store.path
    print(
        f"De opslag is volledig gecontroleerd en in orde: {path}"
        if language() == "nl"
        else f"The whole store was checked and is sound: {path}"
    )
    return 0


def cmd_passphrase(args: argparse.Namespace) -> int:
    with open_desk(args) as desk:
        new = ask_passphrase("Nieuw wachtwoord: ", new=True, env="WOR_DESK_NEW_PASSPHRASE")
        desk.rekey(new)
        print("Wachtwoord gewijzigd." if language() == "nl" else "Passphrase changed.")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    with open_desk(args) as desk:
        counts = desk.backup(args.file)
    n = counts.get("traject", 0)
    print(
        f"Back-up geschreven en gecontroleerd: {args.file} ({n} trajecten)."
        if language() == "nl"
        else f"Backup written and verified: {args.file} ({n} trajectories)."
    )
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from wor_desk.desk import Desk

    profile = profile_of(args)
    passphrase = ask_passphrase(
        f"Wachtwoord van de back-up {args.file}: ",
        env="WOR_DESK_BACKUP_PASSPHRASE"
        if os.environ.get("WOR_DESK_BACKUP_PASSPHRASE")
        else "WOR_DESK_PASSPHRASE",
    )
    desk, kept = Desk.restore(profile, args.file, passphrase)
    with desk:
        n = desk.status().trajectories
    nl = language() == "nl"
    print(
        f"Back-up teruggezet in profiel '{profile}' ({n} trajecten)."
        if nl
        else f"Backup restored into profile '{profile}' ({n} trajectories)."
    )
    if kept:
        print(
            f"De vorige opslag staat apart in {kept}."
            if nl
            else f"The previous store is kept in {kept}."
        )
    return 0
