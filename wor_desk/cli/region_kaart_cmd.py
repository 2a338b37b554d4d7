"""`wor-desk kaart voorstel ...`, `kaart voorstellen`, `kaart notitie ...`: the desk's side of
the region's sociale kaart (proposals leave with the next `wor-desk sync`)."""

from __future__ import annotations

import argparse

from wor_desk import dates
from wor_desk.cli.common import open_desk
from wor_desk.i18n import language

KINDS = ("nieuw", "gesloten", "vol", "verhuisd")


def _date(text: str):
    d = dates.parse_sheet_date(text)
    if d is None:
        raise argparse.ArgumentTypeError(
            f"'{text}' is geen datum; schrijf JJJJ-MM-DD of DD-MM-JJJJ"
        )
    return d


def register(ks: argparse._SubParsersAction) -> None:
    p = ks.add_parser(
        "voorstel",
        help="stel de regio een activiteit of correctie voor (gaat mee met de volgende sync)",
        description="Stelt de kaartredacteur van de regio iets voor: 'nieuw' (een eigen activiteit "
        "op de kaart van de regio), 'gesloten', 'vol' (geen plek meer) of 'verhuisd' (met het "
        "nieuwe adres) voor een activiteit van de regio. Het voorstel gaat mee met de volgende "
        "'wor-desk sync'; zet geen namen van cliënten in de toelichting.",
    )
    p.add_argument("id", metavar="NUMMER", type=int, help="het nummer uit 'wor-desk kaart lijst'")
    p.add_argument("soort", metavar="SOORT", choices=KINDS, help=" | ".join(KINDS))
    p.add_argument(
        "--per", type=_date, metavar="DATUM", help="gesloten: laatste dag (standaard vandaag)"
    )
    p.add_argument("--adres", help="verhuisd: straat en huisnummer")
    p.add_argument("--postcode", help="verhuisd: postcode")
    p.add_argument("--gemeente", help="verhuisd: gemeente")
    p.add_argument("--wijk", help="verhuisd: wijk")
    p.add_argument("--toelichting", help="korte toelichting voor de redacteur (geen namen)")
    p.set_defaults(func=cmd_propose)

    p = ks.add_parser(
        "voorstellen",
        help="toon uw voorstellen aan de regio en of ze verzonden zijn",
    )
    p.set_defaults(func=cmd_proposals)

    p = ks.add_parser(
        "notitie",
        help="uw eigen notitie bij een activiteit (blijft op deze desk)",
        description="Zet of wist (lege tekst) uw eigen notitie bij een activiteit, ook bij een "
        "activiteit van de regio. De notitie blijft op deze desk.",
    )
    p.add_argument("id", metavar="NUMMER", type=int)
    p.add_argument("tekst", metavar="TEKST")
    p.set_defaults(func=cmd_note)


def cmd_propose(args: argparse.Namespace) -> int:
    address = {
        "address": args.adres,
        "postal_code": args.postcode,
        "municipality": args.gemeente,
        "neighbourhood": args.wijk,
    }
    with open_desk(args) as desk:
        pid = desk.region_kaart.propose(
            args.soort,
            args.id,
            remark=args.toelichting,
            active_until=args.per,
            address={k: v for k, v in address.items() if v is not None},
        )
    print(
        f"Voorstel {pid} klaargezet; het gaat mee met de volgende synchronisatie."
        if language() != "en"
        else f"Proposal {pid} queued; it leaves with the next sync."
    )
    return 0


def cmd_proposals(args: argparse.Namespace) -> int:
    nl = language() != "en"
    with open_desk(args) as desk:
        rows = desk.region_kaart.proposals()
        state = desk.region_kaart.state()
    for p in rows:
        sent = (
            (f"verzonden {dates.fmt(p.sent.date())}" if nl else f"sent {p.sent:%Y-%m-%d}")
            if p.sent
            else ("wacht op sync" if nl else "waiting for sync")
        )
        extra = ", ".join(f"{c}={v}" for c, v in p.cells.items()) if p.kind != "nieuw" else ""
        line = f"{p.id:>4} {p.kind:<9} {p.name[:40]:<40} {sent}"
        if extra:
            line += f" [{extra}]"
        if p.error:
            line += f" ({p.error})"
        print(line)
    print(
        f"Kaart van de regio: revisie {state.revision}, {state.region_entries} activiteiten van de regio, "
        f"{state.own_entries} eigen."
        if nl
        else f"Region's kaart: revision {state.revision}, {state.region_entries} region entries, "
        f"{state.own_entries} own."
    )
    return 0


def cmd_note(args: argparse.Namespace) -> int:
    with open_desk(args) as desk:
        desk.region_kaart.set_note(args.id, args.tekst)
    print("Notitie bewaard." if language() != "en" else "Note saved.")
    return 0
