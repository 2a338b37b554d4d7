"""`wor-desk handover ...`: hand clients over to a colleague's desk (docs/handover.md)."""

from __future__ import annotations

import argparse
from pathlib import Path

from wor_desk import dates
from wor_desk.cli.common import open_desk
from wor_desk.errors import InputError
from wor_desk.i18n import language


def _mapping(text: str) -> tuple[str, str]:
    old, sep, new = text.partition("=")
    if not sep or not old.strip() or not new.strip():
        raise InputError("handover_map_invalid", value=text[:60])
    return old.strip(), new.strip()


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "handover",
        help="cliënten overdragen aan een collega (versleuteld bestand met eenmalige code)",
        description="Draag cliënten over aan een collega: een versleuteld bestand met alles van "
        "hun trajecten, en een eenmalige code die u apart doorgeeft (bijvoorbeeld telefonisch).",
    )
    hs = p.add_subparsers(dest="handover_command", metavar="OPDRACHT", required=True)

    e = hs.add_parser(
        "export",
        help="maak een overdrachtsbestand en toon de eenmalige code",
        description="Schrijft de gekozen cliënten met al hun trajecten en geschiedenis versleuteld "
        "naar BESTAND en toont de code. Hun trajecten staan daarna hier als overgedragen "
        "(alleen-lezen) en tellen hier niet meer mee.",
    )
    e.add_argument(
        "--client",
        metavar="NR",
        action="append",
        default=[],
        dest="clients",
        help="cliëntnummer (herhaal voor meer cliënten)",
    )
    e.add_argument(
        "--alle",
        action="store_true",
        help="alle cliënten van dit profiel (die nog niet zijn overgedragen)",
    )
    e.add_argument("-o", "--output", metavar="BESTAND", type=Path, required=True)
    e.add_argument("--aan", metavar="NAAM", help="aan wie (wordt hier bewaard)")
    e.set_defaults(func=cmd_export)

    i = hs.add_parser(
        "import",
        help="neem cliënten over uit een overdrachtsbestand",
        description="Toont wat het bestand bevat en neemt alles over, of niets. Een cliëntnummer "
        "dat hier al bij iemand anders hoort wordt geweigerd; geef dan --nummer OUD=NIEUW.",
    )
    i.add_argument("file", metavar="BESTAND", type=Path)
    i.add_argument("--code", required=True, help="de eenmalige code van uw collega")
    i.add_argument(
        "--nummer",
        metavar="OUD=NIEUW",
        action="append",
        default=[],
        help="geef een cliënt uit het bestand hier een ander nummer",
    )
    i.add_argument(
        "--alleen-tonen",
        "--dry-run",
        dest="dry_run",
        action="store_true",
        help="toon alleen wat overgenomen zou worden",
    )
    i.set_defaults(func=cmd_import)

    b = hs.add_parser(
        "bevestig",
        help="de ontvanger las de bevestigingscode voor: de overdracht is compleet",
    )
    b.add_argument("code", metavar="BEVESTIGINGSCODE")
    b.set_defaults(func=cmd_confirm)

    w = hs.add_parser(
        "wis",
        help="wis de overgedragen cliënten hier (na bevestiging)",
        description="Wist de overgedragen cliënten van deze desk met de wisfunctie van de "
        "privacyrechten, nadat de ontvanger de overname heeft bevestigd.",
    )
    w.add_argument("id", metavar="ID", type=int, help="het nummer uit 'wor-desk handover lijst'")
    w.set_defaults(func=cmd_erase)

    ls = hs.add_parser("lijst", help="toon de overdrachten (gegeven en ontvangen)")
    ls.set_defaults(func=cmd_list)


def cmd_export(args: argparse.Namespace) -> int:
    with open_desk(args) as desk:
        nrs = list(args.clients)
        if args.alle:
            nrs += [c.nr for c in desk.handover.candidates()]
        made = desk.handover.export(nrs, args.output, to=args.aan)
    nl = language() != "en"
    print(
        f"{len(made.clients)} cliënt(en), {made.trajectories} traject(en) versleuteld naar {made.path}."
        if nl
        else f"{len(made.clients)} client(s), {made.trajectories} trajectory(ies) encrypted to {made.path}."
    )
    print(
        "Geef deze code apart door (bijvoorbeeld telefonisch), niet met het bestand mee:"
        if nl
        else "Pass this code on separately (e.g. by phone), not with the file:"
    )
    print(made.code)
    return 0


def _show_plan(plan) -> None:
    nl = language() != "en"
    print(
        f"Overdracht van {plan.giver}, gemaakt {dates.fmt(plan.made.date())}:"
        if nl
        else f"Hand-over from {plan.giver}, made {plan.made:%Y-%m-%d}:"
    )
    for c in plan.clients:
        born = dates.fmt(c.geboortedatum) if c.geboortedatum else ""
        span = (
            f"{dates.fmt(c.first_referral)} .. {dates.fmt(c.last_referral)}"
            if c.first_referral
            else ""
        )
        nr = c.nr if c.becomes == c.nr else f"{c.nr} -> {c.becomes}"
        note = ""
        if c.conflict:
            note = " [nummer al in gebruik]" if nl else " [number already in use]"
        elif c.existing:
            note = " [bij bestaand dossier]" if nl else " [added to existing file]"
        print(f"  {nr:<20} {c.naam[:32]:<32} {born:<10}  {c.trajectories} traj. {span}{note}")
    if plan.history:
        print("  " + ", ".join(f"{n}: {k}" for n, k in sorted(plan.history.items()) if k))


def cmd_import(args: argparse.Namespace) -> int:
    renumber = dict(_mapping(m) for m in args.nummer)
    nl = language() != "en"
    with open_desk(args) as desk:
        plan = desk.handover.preview(args.file, args.code, renumber)
        _show_plan(plan)
        if args.dry_run:
            print("Niets overgenomen (alleen tonen)." if nl else "Nothing taken over (dry run).")
            return 0
        done = desk.handover.import_file(args.file, args.code, renumber)
    print(
        f"Overgenomen: {len(done.clients)} cliënt(en), {len(done.trajectories)} traject(en)."
        if nl
        else f"Taken over: {len(done.clients)} client(s), {len(done.trajectories)} trajectory(ies)."
    )
    print(
        "Lees uw collega deze bevestigingscode voor; daarna kan hij of zij de cliënten daar wissen:"
        if nl
        else "Read this confirmation code to your colleague; then they can erase the clients there:"
    )
    print(done.confirmation)
    return 0


def cmd_confirm(args: argparse.Namespace) -> int:
    with open_desk(args) as desk:
        row = desk.handover.confirm(args.code)
    print(
        f"Overdracht {row.id} bevestigd. Wissen kan nu met 'wor-desk handover wis {row.id}'."
        if language() != "en"
        else f"Hand-over {row.id} confirmed. Erase with 'wor-desk handover wis {row.id}'."
    )
    return 0


def cmd_erase(args: argparse.Namespace) -> int:
    with open_desk(args) as desk:
        changes = desk.handover.erase(args.id)
    print(
        f"{len(changes.clients)} overgedragen cliënt(en) gewist."
        if language() != "en"
        else f"{len(changes.clients)} handed-over client(s) erased."
    )
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    nl = language() != "en"
    with open_desk(args) as desk:
        rows = desk.handover.list()
    if not rows:
        print("Nog geen overdrachten." if nl else "No hand-overs yet.")
    for r in rows:
        way = ("aan" if nl else "to") if r.direction == "uit" else ("van" if nl else "from")
        state = ""
        if r.direction == "uit":
            state = (
                ("gewist" if nl else "erased")
                if r.erased
                else ("bevestigd" if nl else "confirmed")
                if r.confirmed
                else ("wacht op bevestiging" if nl else "waiting for confirmation")
            )
        print(
            f"{r.id:>4} {dates.fmt(r.when.date())} {way} {r.who or '?':<24} "
            + (f"{len(r.clients)} cliënt(en), " if r.clients else "")
            + f"{r.trajectories} traj.  {state}"
        )
    return 0
