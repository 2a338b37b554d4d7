"""`wor-desk kaart ...`: the sociale kaart on the command line (list, import, export, checked, gaps)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from wor_desk import codes, dates
from wor_desk.cli import region_kaart_cmd
from wor_desk.cli.common import open_desk
from wor_desk.errors import InputError
from wor_desk.i18n import language


def _date(text: str):
    d = dates.parse_sheet_date(text)
    if d is None:
        raise argparse.ArgumentTypeError(
            f"'{text}' is geen datum; schrijf JJJJ-MM-DD of DD-MM-JJJJ"
        )
    return d


def register(sub: argparse._SubParsersAction) -> None:
    kaart = sub.add_parser(
        "kaart",
        help="de sociale kaart: activiteiten in de buurt (lijst, import, export, hiaten)",
        description="De sociale kaart: de activiteiten en andere hulp in de buurt waar u cliënten "
        "naartoe kunt verwijzen. Teams delen één kaart door te exporteren en te importeren.",
    )
    ks = kaart.add_subparsers(dest="kaart_command", metavar="OPDRACHT", required=True)

    p = ks.add_parser(
        "lijst",
        help="toon de activiteiten (met filters)",
        description="Toont de activiteiten van de sociale kaart. Gesloten activiteiten staan er alleen "
        "bij met --gesloten. Een ! betekent: al lang niet gecontroleerd.",
    )
    p.add_argument(
        "--zoek", default="", help="zoek in naam, aanbieder, omschrijving, adres en contactpersoon"
    )
    p.add_argument("--soort", choices=codes.AANBOD.codes(), help="alleen dit soort aanbod")
    p.add_argument("--wijk", help="alleen activiteiten in deze wijk")
    p.add_argument(
        "--dag", choices=codes.DAG.codes(), help="alleen activiteiten op deze dag (ma, di, wo, ...)"
    )
    p.add_argument("--gesloten", action="store_true", help="toon ook gesloten activiteiten")
    p.add_argument(
        "--verouderd",
        action="store_true",
        help="toon alleen activiteiten die gecontroleerd moeten worden",
    )
    p.set_defaults(func=cmd_list)

    p = ks.add_parser(
        "import",
        help="lees een sociale kaart in uit een CSV- of .xlsx-bestand",
        description="Leest activiteiten uit een CSV- of .xlsx-bestand (kolommen: zie docs/catalogue.md). Eerst "
        "wordt het hele bestand gecontroleerd; als één rij niet klopt, wordt niets ingelezen en ziet u "
        "per rij wat er mis is. Een activiteit die al bestaat (zelfde id, of zelfde naam en aanbieder) "
        "wordt bijgewerkt.",
    )
    p.add_argument("file", metavar="BESTAND", type=Path)
    p.add_argument(
        "--dry-run",
        "--proef",
        dest="proef",
        action="store_true",
        help="alleen controleren en tellen, niets opslaan",
    )
    p.set_defaults(func=cmd_import)

    p = ks.add_parser(
        "export",
        help="schrijf de sociale kaart naar een CSV-bestand",
        description="Schrijft de hele sociale kaart naar een CSV-bestand (UTF-8, komma's) dat een "
        "collega kan importeren. Een bestaand bestand wordt niet overschreven, tenzij u --overschrijf geeft.",
    )
    p.add_argument("file", metavar="BESTAND", type=Path)
    p.add_argument("--zonder-gesloten", action="store_true", help="laat gesloten activiteiten weg")
    p.add_argument("--overschrijf", action="store_true", help="overschrijf een bestaand bestand")
    p.set_defaults(func=cmd_export)

    p = ks.add_parser(
        "gecontroleerd",
        help="markeer activiteiten als vandaag gecontroleerd",
        description="Zegt: ik heb deze activiteiten vandaag nagekeken en ze kloppen nog. "
        "Het nummer staat vooraan in 'wor-desk kaart lijst'.",
    )
    p.add_argument("ids", metavar="NUMMER", type=int, nargs="+")
    p.set_defaults(func=cmd_checked)

    p = ks.add_parser(
        "hiaten",
        help="wat ontbreekt: behoeften zonder match en afwijzingen per wijk",
        description="Telt per wijk en soort aanbod de behoeften zonder match (kennismaking in de "
        "periode) en de afgewezen, niet beschikbare en gestopte activiteiten, zodat het team de "
        "gemeente kan vertellen wat er mist.",
    )
    p.add_argument("--van", type=_date, required=True, metavar="DATUM", help="begin van de periode")
    p.add_argument(
        "--tot", type=_date, required=True, metavar="DATUM", help="einde van de periode (telt mee)"
    )
    p.add_argument("--csv", type=Path, metavar="BESTAND", help="schrijf de tabel ook als CSV")
    p.set_defaults(func=cmd_gaps)

    region_kaart_cmd.register(ks)  # voorstel, voorstellen, notitie: the region's kaart


def cmd_list(args: argparse.Namespace) -> int:
    from wor_desk.values.catalogue import CatalogueFilter

    with open_desk(args) as desk:
        rows = desk.catalogue.search(
            CatalogueFilter(
                text=args.zoek,
                aanbod=args.soort,
                wijk=args.wijk,
                dag=args.dag,
                include_closed=args.gesloten,
                only_stale=args.verouderd,
            )
        )
    for r in rows:
        a = r.activity
        flags = ("!" if r.stale else " ") + ("x" if r.closed else " ") + ("R" if a.regio else " ")
        days = ",".join(codes.DAG.label(d) for d in (a.dagen or "").split(",") if d)
        print(
            f"{r.id:>5} {flags} {a.naam[:38]:<38} {codes.AANBOD.label(a.aanbod)[:24]:<24} {(a.wijk or a.gemeente or '')[:18]:<18} "
            f"{days[:30]:<30} {codes.PLEK.label(a.plek)}"
        )
    en = language() == "en"
    print(
        f"{len(rows)} {'entries' if en else 'activiteiten'} (! = {'check again' if en else 'opnieuw controleren'}, "
        f"x = {'closed' if en else 'gesloten'}, R = {'region' if en else 'regio'})"
    )
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from wor_desk.catalogue.csvio import CatalogueImportError

    with open_desk(args) as desk:
        try:
            res = desk.catalogue.import_csv(args.file, dry_run=args.proef)
        except CatalogueImportError as exc:
            from wor_desk.i18n import tr

            print(f"wor-desk: {tr(exc.key, **exc.params)}", file=sys.stderr)
            for p in exc.problems:
                print(f"{'FOUT' if language() != 'en' else 'ERROR'} {p}", file=sys.stderr)
            return exc.exit_code
    for w in res.warnings:
        print(f"let op: {w}")
    what = "gecontroleerd (proef, niets opgeslagen)" if res.dry_run else "ingelezen"
    print(f"{res.rows} rijen {what}: {res.created} nieuw, {res.updated} bijgewerkt.")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    with open_desk(args) as desk:
        n = desk.catalogue.export_csv(
            args.file, include_closed=not args.zonder_gesloten, overwrite=args.overschrijf
        )
    print(f"{n} activiteiten geschreven naar {args.file}")
    return 0


def cmd_checked(args: argparse.Namespace) -> int:
    with open_desk(args) as desk:
        for i in args.ids:
            desk.catalogue.mark_checked(i)
            print(f"{i}: {desk.catalogue.get(i).naam} gecontroleerd op {dates.fmt(desk.today())}")
    return 0


def cmd_gaps(args: argparse.Namespace) -> int:
    with open_desk(args) as desk:
        rep = desk.matching.gap_report(args.van, args.tot)
    print(f"Behoeften met kennismaking van {dates.fmt(rep.van)} tot en met {dates.fmt(rep.tot)}")
    print(
        f"{'gemeente/wijk':<30} {'soort aanbod':<28} {'behoefte':>8} {'match':>6} {'open':>6} {'afgesl.':>8}"
    )
    for r in rep.needs:
        print(
            f"{(r.gemeente + '/' + r.wijk)[:30]:<30} {codes.AANBOD.label(r.category)[:28]:<28} {r.needs:>8} {r.matched:>6} "
            f"{r.unmatched_open:>6} {r.unmatched_closed:>8}"
        )
    print()
    print("Afgewezen, niet beschikbaar en gestopt")
    for d in rep.declines:
        kind = codes.MATCH_UITKOMST.label(d.kind) if d.kind in codes.MATCH_UITKOMST else "Gestopt"
        print(
            f"{(d.gemeente + '/' + d.wijk)[:30]:<30} {codes.AANBOD.label(d.category)[:28]:<28} {kind:<18} "
            f"{codes.AFWIJSREDEN.label(d.reason) if d.reason else '':<24} {d.count:>4}"
        )
    if args.csv:
        if args.csv.exists():
            raise InputError("catalogue_target_exists", path=str(args.csv))
        with args.csv.open("w", encoding="utf-8", newline="") as fh:
            fh.write(rep.csv_text())
        print(f"CSV geschreven naar {args.csv}")
    return 0
