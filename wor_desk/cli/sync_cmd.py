"""`wor-desk sync`: send the anonymised monthly counts to the collector (or show what would leave)."""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import TYPE_CHECKING

from wor_desk.cli import remote_counts
from wor_desk.cli.common import open_desk
from wor_desk.i18n import language
from wor_desk.sync import remote

if TYPE_CHECKING:
    from wor_desk.values.sync import SyncResult, SyncState


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "sync",
        help="stuur de anonieme maandtellingen naar de collector",
        description="Stuurt per maand de tellingen van het codeboek (geen namen, geen geboortedata, geen postcodes, "
        "geen vrije tekst) naar de collector van de regio. Kleine aantallen (1 tot k-1) gaan onderdrukt mee. "
        "Adres, token en regiosleutel worden in het profiel onthouden zodra u ze één keer opgeeft. "
        "Wat niet lukt blijft in de wachtrij en gaat bij de volgende keer mee.",
    )
    p.add_argument(
        "--collector",
        metavar="URL",
        help="adres van de collector, bijv. https://collector.regio.nl",
    )
    p.add_argument("--token", metavar="TOKEN", help="de desk-token die de teamleider gaf")
    p.add_argument(
        "--region-secret",
        metavar="SLEUTEL",
        help="de regiosleutel waarmee praktijknamen onherkenbaar worden gemaakt (van de teamleider)",
    )
    p.add_argument(
        "--join",
        metavar="KOPPELCODE",
        help="koppel deze desk aan de regio met de koppelcode van de teamleider (adres, token en "
        "regiosleutel in één); bewaard pas na een geslaagde eerste verzending",
    )
    p.add_argument(
        "--dry-run",
        action="store_true",
        help="verstuur niets: toon per maand precies wat zou vertrekken (onderdrukte cellen gemarkeerd met *)",
    )
    p.add_argument(
        "--status",
        action="store_true",
        help="toon alleen de laatste synchronisatie en wat nog wacht",
    )
    p.set_defaults(func=cmd_sync)

    p = sub.add_parser(
        "collector-counts",
        help="haal de totalen van team, organisatie of regio op bij de collector",
        description="Haalt de tellingen van een periode op bij de collector, opgeteld over alle desks binnen het "
        "bereik van de lezerstoken, als codeboek-CSV. Onderdrukte bijdragen staan er eerlijk in als bereik "
        "(bijv. 12-15). Hetzelfde als 'wor-desk counts --collector URL --token TOKEN'.",
    )
    remote.add_collector_options(p)
    p.add_argument(
        "--period",
        required=True,
        metavar="PERIODE",
        help="maand (2026-03), kwartaal (2026-Q1) of jaar (2026)",
    )
    p.add_argument(
        "--format",
        default=None,
        choices=("csv", "xlsx", "pdf"),
        help="csv (standaard), xlsx of pdf: dezelfde werkmap en hetzelfde rapport als 'wor-desk counts', "
        "met bereiken en gedeeltelijke gemiddelden (*) waar kleine aantallen onderdrukt zijn",
    )
    p.add_argument(
        "-o", "--output", metavar="BESTAND", default="-", help="waarheen (standaard: het scherm)"
    )
    p.add_argument("--force", action="store_true", help="een bestaand bestand overschrijven")
    p.set_defaults(func=cmd_collector_counts)


def cmd_collector_counts(args: argparse.Namespace) -> int:
    if not args.collector:
        from wor_desk.errors import InputError

        raise InputError("sync_no_collector")
    return remote_counts.run_collector_counts(args)


def cmd_sync(args: argparse.Namespace) -> int:
    with open_desk(args) as desk:
        svc = desk.sync
        if args.join:
            result = svc.join(args.join)
            en = language() == "en"
            print(
                "Joined: address, token and region secret are stored in the profile."
                if en
                else "Gekoppeld: adres, token en regiosleutel zijn in het profiel bewaard."
            )
            print(describe_result(result))
            print(describe_state(svc.state()))
            return 0
        svc.configure(collector=args.collector, token=args.token, region_secret=args.region_secret)
        if args.dry_run:
            from wor_desk.sync.service import render_table

            print(render_table(svc.preview()))
            return 0
        if args.status:
            print(describe_state(svc.state()))
            return 0
        result = svc.sync()
        print(describe_result(result))
        print(describe_state(svc.state()))
        return 0 if result.error is None else result.error.exit_code


def _when(dt: datetime | None) -> str:
    return dt.astimezone().strftime("%d-%m-%Y %H:%M") if dt else "-"


def describe_result(r: SyncResult) -> str:
    en = language() == "en"
    c = r.cells
    n_months = sum(1 for p in r.sent if len(p) == 7 and "Q" not in p)
    n_longer = len(r.sent) - n_months
    lines = [
        (
            f"Sent: {n_months} month(s), {n_longer} quarter/year; cells: {c['accepted']} new, {c['updated']} updated, {c['unchanged']} unchanged, "
            f"{c['removed']} removed, {c['refused']} refused."
        )
        if en
        else (
            f"Verzonden: {n_months} maand(en), {n_longer} kwartaal/jaar; cellen: {c['accepted']} nieuw, {c['updated']} bijgewerkt, "
            f"{c['unchanged']} ongewijzigd, {c['removed']} verwijderd, {c['refused']} geweigerd."
        ),
    ]
    for m in r.months:
        if m.get("status") == "geweigerd":
            msg = m.get("message") if en else (m.get("message_nl") or m.get("message"))
            lines.append(f"  {m.get('period')}: {'refused' if en else 'geweigerd'}: {msg}")
    if r.error is not None:
        lines.append(f"{'Not done' if en else 'Niet gelukt'}: {r.error}")
    return "\n".join(lines)


def describe_state(st: SyncState) -> str:
    en = language() == "en"
    lines = [
        f"{'Collector' if en else 'Collector'}: {st.collector or '-'}",
        f"{'Last successful sync' if en else 'Laatste geslaagde synchronisatie'}: {_when(st.last_success)}",
        f"{'Waiting' if en else 'Wacht nog'}: "
        + (", ".join(st.waiting) if st.waiting else ("nothing" if en else "niets")),
    ]
    if st.waiting and st.next_attempt:
        lines.append(
            f"{'Next automatic attempt' if en else 'Volgende automatische poging'}: {_when(st.next_attempt)}"
        )
    if st.last_error:
        lines.append(f"{'Last problem' if en else 'Laatste probleem'}: {st.last_error}")
    return "\n".join(lines)
