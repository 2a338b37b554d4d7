"""`wor-desk collector editor ...` and `wor-desk collector kaart ...`: the region's sociale kaart.

The kaart commands work on the collector's store directly (`--db`, on the collector's host) or
over HTTP with a kaart editor token (`--collector URL --token TOKEN`, or WOR_COLLECTOR_TOKEN).
A file is checked on the editor's machine first (the desk's kaart import checks), and again
by the collector."""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from wor_desk.errors import InputError
from wor_desk.i18n import language

if TYPE_CHECKING:  # the parser imports no engine (tests/core/test_cli_start.py)
    from wor_desk.collector.service import Collector
    from wor_desk.sync.client import CollectorClient

TOKEN_ENV = "WOR_COLLECTOR_TOKEN"


def register(csub: argparse._SubParsersAction, open_collector: Callable) -> None:
    """Add `editor` and `kaart` under `wor-desk collector`; `open_collector(args)` opens the store."""
    e = csub.add_parser(
        "editor",
        help="kaartredacteuren: toevoegen, intrekken",
        description="Een kaartredacteur beheert de gedeelde sociale kaart van de regio "
        "(een token naast desk en lezer).",
    )
    esub = e.add_subparsers(dest="editor_command", metavar="OPDRACHT", required=True)
    ea = esub.add_parser(
        "add",
        help="voeg een kaartredacteur toe en toon zijn token (één keer)",
        description="Voegt een kaartredacteur toe en toont de token één keer.",
    )
    ea.add_argument("name", metavar="NAAM")
    ea.set_defaults(func=lambda a: _editor_add(a, open_collector))
    er = esub.add_parser("revoke", help="trek de token van een kaartredacteur in")
    er.add_argument("name", metavar="NAAM")
    er.set_defaults(func=lambda a: _editor_revoke(a, open_collector))

    k = csub.add_parser(
        "kaart",
        help="de sociale kaart van de regio: import, export, voorstellen van desks",
        description="De gedeelde sociale kaart van de regio. Desks krijgen hem bij elke "
        "synchronisatie. Zonder --collector werkt dit op de opslag van de collector zelf (--db).",
    )
    ksub = k.add_subparsers(dest="kaart_command", metavar="OPDRACHT", required=True)

    def remote(p: argparse.ArgumentParser) -> None:
        p.add_argument("--collector", metavar="URL", help="adres van de collector (via HTTP)")
        p.add_argument("--token", metavar="TOKEN", help=f"kaartredacteur-token (of {TOKEN_ENV})")

    ki = ksub.add_parser(
        "import",
        help="lees een kaart in (.csv of .xlsx): alles of niets",
        description="Controleert het hele bestand (dezelfde kolommen en controles als "
        "'wor-desk kaart import', zie docs/catalogue.md) en neemt alle rijen over, of geen.",
    )
    ki.add_argument("file", metavar="BESTAND", type=Path)
    ki.add_argument("--dry-run", action="store_true", help="alleen controleren en tellen")
    ki.add_argument(
        "--vervang",
        action="store_true",
        help="het bestand is de hele kaart: activiteiten die er niet in staan gaan eraf",
    )
    remote(ki)
    ki.set_defaults(func=lambda a: _import(a, open_collector))

    ke = ksub.add_parser("export", help="schrijf de kaart van de regio naar een CSV-bestand")
    ke.add_argument("file", metavar="BESTAND", type=Path)
    ke.add_argument("--overschrijf", action="store_true", help="een bestaand bestand vervangen")
    remote(ke)
    ke.set_defaults(func=lambda a: _export(a, open_collector))

    kv = ksub.add_parser("voorstellen", help="toon de voorstellen van desks")
    kv.add_argument("--alle", action="store_true", help="ook besliste voorstellen")
    remote(kv)
    kv.set_defaults(func=lambda a: _proposals(a, open_collector))

    for name, decision, text in (
        ("accepteer", "accept", "neem een voorstel over in de kaart"),
        ("weiger", "refuse", "weiger een voorstel"),
    ):
        kd = ksub.add_parser(name, help=text)
        kd.add_argument("id", metavar="ID", type=int)
        remote(kd)
        kd.set_defaults(func=lambda a, d=decision: _decide(a, d, open_collector))


class _Editor:
    """The kaart of a collector store (local) or of a collector over HTTP (remote)."""

    def __init__(self, args: argparse.Namespace, open_collector: Callable) -> None:
        from wor_desk.collector.kaart import RegionKaart
        from wor_desk.sync.client import CollectorClient

        self.collector: Collector | None = None
        self.client: CollectorClient | None = None
        if getattr(args, "collector", None):
            token = args.token or os.environ.get(TOKEN_ENV)
            if not token:
                raise InputError("kaart_editor_token_missing")
            self.client = CollectorClient(args.collector, token)
        else:
            self.collector = open_collector(args)
            self.kaart = RegionKaart(self.collector)

    def today(self) -> date:
        return self.kaart._today() if self.collector else date.today()

    def close(self) -> None:
        if self.client:
            self.client.close()
        if self.collector:
            self.collector.close()

    def import_entries(self, columns, entries, remove_missing: bool, dry_run: bool) -> dict:
        if self.client:
            return self.client.kaart_import(
                columns, entries, remove_missing=remove_missing, dry_run=dry_run
            )
        return self.kaart.import_entries(
            columns, entries, remove_missing=remove_missing, dry_run=dry_run
        ).wire()

    def entries(self) -> list[dict]:
        if self.client:
            got = self.client.kaart(0)["entries"]
            return sorted(
                ({"id": e["id"], **e["cells"]} for e in got if not e.get("removed")),
                key=lambda e: (str(e.get("name", "")).lower(), e["id"]),
            )
        return self.kaart.entries()

    def proposals(self, status: str) -> list[dict]:
        if self.client:
            return self.client.kaart_proposals(status)
        return [p.wire() for p in self.kaart.proposals(None if status == "all" else status)]

    def decide(self, proposal_id: int, decision: str) -> dict:
        if self.client:
            return self.client.kaart_decide(proposal_id, decision)
        if decision == "accept":
            return {"status": "geaccepteerd", **self.kaart.accept(proposal_id).wire()}
        self.kaart.refuse(proposal_id)
        return {"status": "geweigerd"}


def _with_editor(args, open_collector, fn):
    from wor_desk.sync.errors import PayloadRefused

    ed = _Editor(args, open_collector)
    try:
        return fn(ed)
    except PayloadRefused as exc:  # the collector's own reason, in the editor's language
        raise InputError(
            "kaart_refused_by_collector", detail=exc.params.get("detail", "")
        ) from None
    finally:
        ed.close()


def _editor_add(args, open_collector) -> int:
    from wor_desk.collector.kaart import RegionKaart

    c = open_collector(args)
    try:
        token = RegionKaart(c).add_editor(args.name)
    finally:
        c.close()
    nl = language() != "en"
    print(
        f"Kaartredacteur '{args.name}' toegevoegd. Token (wordt maar één keer getoond):"
        if nl
        else f"Kaart editor '{args.name}' added. Token (shown only once):"
    )
    print(token)
    return 0


def _editor_revoke(args, open_collector) -> int:
    from wor_desk.collector.kaart import RegionKaart

    c = open_collector(args)
    try:
        RegionKaart(c).revoke_editor(args.name)
    finally:
        c.close()
    print(
        f"Token van kaartredacteur '{args.name}' ingetrokken."
        if language() != "en"
        else f"Token of kaart editor '{args.name}' revoked."
    )
    return 0


def _import(args, open_collector) -> int:
    from wor_desk.catalogue import csvio

    def run(ed: _Editor) -> int:
        parsed, warnings = csvio.read_file(args.file, ed.today())
        entries = [csvio.to_cells(data) for _n, data in parsed]
        columns = list(entries[0]) if entries else []
        r = ed.import_entries(columns, entries, args.vervang, args.dry_run)
        nl = language() != "en"
        for w in warnings:
            print(w)
        head = (
            ("Gecontroleerd (niets geschreven)" if nl else "Checked (nothing written)")
            if args.dry_run
            else ("Kaart van de regio bijgewerkt" if nl else "Region's kaart updated")
        )
        print(
            f"{head}: {r['rows']} rijen, {r['created']} nieuw, {r['updated']} bijgewerkt, "
            f"{r['unchanged']} ongewijzigd, {r['removed']} verwijderd; revisie {r['revision']}."
            if nl
            else f"{head}: {r['rows']} rows, {r['created']} new, {r['updated']} updated, "
            f"{r['unchanged']} unchanged, {r['removed']} removed; revision {r['revision']}."
        )
        return 0

    return _with_editor(args, open_collector, run)


def _export(args, open_collector) -> int:
    from wor_desk.catalogue import csvio

    if args.file.exists() and not args.overschrijf:
        raise InputError("catalogue_target_exists", path=str(args.file))

    def run(ed: _Editor) -> int:
        entries = ed.entries()
        csvio.write_csv(args.file, ([str(e.get(c, "")) for c in csvio.COLUMNS] for e in entries))
        print(
            f"{len(entries)} activiteiten geschreven naar {args.file}."
            if language() != "en"
            else f"{len(entries)} activities written to {args.file}."
        )
        return 0

    return _with_editor(args, open_collector, run)


_KIND_SHOWN = {
    "nieuw": ("nieuw", "new"),
    "gesloten": ("gesloten", "closed"),
    "vol": ("geen plek", "no room"),
    "verhuisd": ("verhuisd", "moved"),
}


def _proposals(args, open_collector) -> int:
    def run(ed: _Editor) -> int:
        rows = ed.proposals("all" if args.alle else "open")
        nl = language() != "en"
        if not rows:
            print("Geen open voorstellen." if nl else "No open proposals.")
            return 0
        for p in rows:
            kind = _KIND_SHOWN.get(p["kind"], (p["kind"], p["kind"]))[0 if nl else 1]
            changes = ", ".join(f"{c}={v}" for c, v in p["cells"].items() if p["kind"] != "nieuw")
            line = f"{p['id']:>5}  {p['received'][:10]}  {p['desk']:<18} {kind:<10} {p['name']}"
            if changes:
                line += f"  [{changes}]"
            if p.get("remark"):
                line += f"  \u2014 {p['remark']}"
            if args.alle:
                line += f"  ({p['status']})"
            print(line)
        return 0

    return _with_editor(args, open_collector, run)


def _decide(args, decision: str, open_collector) -> int:
    def run(ed: _Editor) -> int:
        r = ed.decide(args.id, decision)
        nl = language() != "en"
        if decision == "accept":
            print(
                f"Voorstel {args.id} overgenomen; kaart revisie {r['revision']}."
                if nl
                else f"Proposal {args.id} accepted; kaart revision {r['revision']}."
            )
        else:
            print(f"Voorstel {args.id} geweigerd." if nl else f"Proposal {args.id} refused.")
        return 0

    return _with_editor(args, open_collector, run)
