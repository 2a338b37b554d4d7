"""Privacy rights: `client export`, `client erase`, `retention` and `audit`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import wor_desk.privacy.messages  # noqa: F401  (the messages this module's errors use)
from wor_desk.cli.common import open_desk
from wor_desk.dates import parse_sheet_date
from wor_desk.errors import InputError
from wor_desk.i18n import language


def register(sub: argparse._SubParsersAction) -> None:
    client = sub.add_parser(
        "client",
        help="inzage (export) of wissen van één cliënt (AVG)",
        description="Rechten van de cliënt onder de AVG: een kopie van alles wat is bewaard "
        "(export) en wissen (erase).",
    )
    csub = client.add_subparsers(dest="client_command", metavar="OPDRACHT", required=True)
    p = csub.add_parser(
        "export",
        help="schrijf alles wat over cliënt NR is bewaard naar BESTAND (.pdf of .json)",
        description="Inzage: schrijft alles wat WoR Desk over de cliënt bewaart (gegevens, elk "
        "traject met gesprekken, pauzes, terugkoppelingen, matches, scores, en het logboek) naar "
        "BESTAND: een leesbare PDF in de taal van de coach (.pdf) of JSON (.json). Een bestaand "
        "bestand wordt nooit overschreven.",
    )
    p.add_argument("nr", metavar="NR", help="het cliëntnummer")
    p.add_argument("-o", "--output", metavar="BESTAND", type=Path, required=True)
    p.set_defaults(func=cmd_export)

    p = csub.add_parser(
        "erase",
        help="wis cliënt NR met al zijn/haar gegevens (vraagt eerst om bevestiging)",
        description="Wist de cliënt met alle trajecten, gesprekken, matches, scores, brieven en "
        "logboekregels. Het logboek houdt alleen bij dát er is gewist, wanneer en door welk "
        "profiel, nooit wie. Vraagt eerst om bevestiging; --yes slaat die over (scripts).",
    )
    p.add_argument("nr", metavar="NR", help="het cliëntnummer")
    p.add_argument("--yes", action="store_true", help="niet vragen, meteen wissen")
    p.set_defaults(func=cmd_erase)

    p = sub.add_parser(
        "retention",
        help="toon (en wis met --apply) afgesloten trajecten voorbij de bewaartermijn",
        description="Toont de afgesloten trajecten die langer dan de bewaartermijn (standaard 24 "
        "maanden na afsluiten) zijn bewaard. --months N stelt de termijn in; --apply wist ze "
        "(een cliënt zonder andere trajecten wordt helemaal gewist).",
    )
    p.add_argument("--months", type=int, metavar="N", help="stel de bewaartermijn in op N maanden")
    p.add_argument("--apply", action="store_true", help="wis wat over de termijn is")
    p.set_defaults(func=cmd_retention)

    p = sub.add_parser(
        "audit",
        help="toon het logboek van wijzigingen",
        description="Toont het logboek: wie (profiel), wanneer, welke cliënt/welk traject en welke "
        "velden. Gevoelige inhoud staat er nooit in. Het logboek kan niet worden gewijzigd.",
    )
    p.add_argument("--client", metavar="NR", help="alleen deze cliënt")
    p.add_argument("--since", metavar="DATUM", help="vanaf deze datum (JJJJ-MM-DD)")
    p.set_defaults(func=cmd_audit)


def _nl() -> bool:
    return language() != "en"


def cmd_export(args: argparse.Namespace) -> int:
    with open_desk(args) as desk:
        cid = desk.privacy.client_id_of(args.nr)
        lang = language()
        path = desk.privacy.write_export(cid, args.output, lang)
    print(f"Inzage geschreven: {path}" if _nl() else f"Access copy written: {path}")
    return 0


def cmd_erase(args: argparse.Namespace) -> int:
    with open_desk(args) as desk:
        cid = desk.privacy.client_id_of(args.nr)
        plan = desk.privacy.erasure_plan(cid)
        rows = ", ".join(f"{n} {t}" for t, n in sorted(plan.rijen.items()))
        if _nl():
            print(
                f"Dit wist cliënt {plan.client_nr} ({plan.naam}) met {plan.trajecten} traject(en)"
                f"{': ' + rows if rows else ''}, en {plan.audit} logboekregel(s)."
            )
        else:
            print(
                f"This erases client {plan.client_nr} ({plan.naam}) with {plan.trajecten} "
                f"trajectory(ies){': ' + rows if rows else ''}, and {plan.audit} log entry(ies)."
            )
        if not args.yes:
            if not sys.stdin.isatty():
                raise InputError("erase_not_confirmed")
            answer = input("Wissen? Typ 'ja': " if _nl() else "Erase? Type 'yes': ")
            if answer.strip().lower() not in ("ja", "yes", "j", "y"):
                raise InputError("erase_not_confirmed")
        desk.privacy.erase(cid)
    print(
        "Gewist. Oude back-ups bevatten de cliënt nog tot ze worden vervangen."
        if _nl()
        else "Erased. Older backups still hold the client until they are replaced."
    )
    return 0


def cmd_retention(args: argparse.Namespace) -> int:
    with open_desk(args) as desk:
        if args.months is not None:
            desk.privacy.set_retention(months=args.months)
        months = desk.privacy.retention_months()
        due = desk.privacy.retention_due()
        nl = _nl()
        print(
            f"Bewaartermijn: {months} maanden na afsluiten. Voorbij de termijn: {len(due)} traject(en)."
            if nl
            else f"Retention: {months} months after closing. Past it: {len(due)} trajectory(ies)."
        )
        for i in due:
            print(f"  {i.client_nr:<10} {i.naam:<30} {i.afgerond:%d-%m-%Y} -> {i.vervalt:%d-%m-%Y}")
        if args.apply and due:
            desk.privacy.apply_retention()
            print(
                f"{len(due)} traject(en) gewist." if nl else f"{len(due)} trajectory(ies) erased."
            )
    return 0


def cmd_audit(args: argparse.Namespace) -> int:
    since = None
    if args.since:
        since = parse_sheet_date(args.since)
        if since is None:
            raise InputError("audit_since_invalid", value=args.since)
    with open_desk(args) as desk:
        cid = desk.privacy.client_id_of(args.client) if args.client else None
        rows = desk.privacy.audit(client_id=cid, since=since)
        nrs = {}
        if rows:
            ids = {r.client_id for r in rows if r.client_id}
            nrs = {i: desk.client(i).client_nr for i in ids if _exists(desk, i)}
    for r in rows:
        who = nrs.get(r.client_id, "") if r.client_id else ""
        fields = ", ".join(
            k if not isinstance(v, list) else f"{k}: {_s(v[0])} -> {_s(v[1])}"
            for k, v in r.velden.items()
            if k not in ("id", "client_id", "traject_id")
        )
        traj = f"T{r.traject_id}" if r.traject_id else ""
        print(
            f"{r.tijd:%Y-%m-%d %H:%M:%S}  {r.profiel:<12} {r.soort:<10} {r.tabel:<16} {who:<10} {traj:<7} {fields}"
        )
    return 0


def _exists(desk, client_id: int) -> bool:
    try:
        desk.client(client_id)
    except Exception:  # noqa: BLE001 - an entry of a client since removed
        return False
    return True


def _s(v: object) -> str:
    return "—" if v is None else str(v)
