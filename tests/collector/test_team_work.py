"""Working as a team, end to end: two desks and a collector on 127.0.0.1.

An editor loads the region's kaart, both desks sync and see it; a desk proposes a correction,
the editor accepts it, the other desk sees it on its next sync; one desk hands three clients
over to the other, both sync, the region's totals are unchanged and the receiving desk shows
the full history."""

from __future__ import annotations

import itertools
import shutil
from datetime import date

from tests.conftest import PASSPHRASE, TODAY, Factory
from wor_desk import counts
from wor_desk.cli import main
from wor_desk.collector.kaart import RegionKaart
from wor_desk.desk import Desk
from wor_desk.store import paths
from wor_desk.sync.client import CollectorClient
from wor_desk.values.catalogue import CatalogueFilter

KAART = (
    "name,category,organization,municipality,neighbourhood,byday,capacity,assured_date\n"
    "Wandelgroep Oost,bewegen,Buurtteam,Utrecht,Oost,MO,vrij,2026-10-01\n"
    "Taalcafé,meedoen_ontmoeten,Bibliotheek,Utrecht,,WE,vrij,2026-09-15\n"
)
_READERS = itertools.count()
PERIODS = ("2026-01", "2026-02", "2026-03", "2026-Q1", "2026")


def fast(url, token):
    return CollectorClient(url, token, backoff=0.01)


def region_totals(server, period):
    """The region's exact totals (the `totaal` rows) for a period."""
    token = server.collector.add_reader(f"lead-{next(_READERS)}", "region")
    with fast(server.url, token) as c:
        text = c.totals(period)
    rows = [line.split(",") for line in text.strip().splitlines()[1:]]
    return {r[1]: r[3] for r in rows if r[2] == "totaal"}


def caseload(make, prefix, n, walk_id=None):
    """n clients referred Jan-Mar 2026, with contacts, feedback, a closing; a few matched."""
    nrs = []
    for i in range(n):
        month = 1 + i % 3
        nr = f"{prefix}{i:04d}"
        tid = make.trajectory(
            client={
                "client_nr": nr,
                "voornaam": f"Voornaam{prefix}{i}",
                "achternaam": f"Achternaam{prefix}{i}",
                "geboortedatum": date(1950 + i, 1 + i % 12, 1 + i % 27),
                "gemeente": "Utrecht",
                "wijk": ("Oost", "Noord")[i % 2],
                "geslacht": ("vrouw", "man")[i % 2],
            },
            verwijsdatum=date(2026, month, 2 + i),
            verwijzer_praktijk=("Praktijk De Linde", "Gezondheidscentrum Noord")[i % 2],
            toestemming_terugkoppeling=True,
            redenen=["eenzaamheid"],
            eerste_contact=date(2026, month, 3 + i),
            kennismaking=date(2026, month, 5 + i),
            terugkoppeling=[date(2026, month, 6 + i)],
        )
        make.desk.add_contact(tid, "gesprek", date(2026, month, 12 + i), notitie=f"gesprek {nr}")
        if walk_id is not None and i % 2 == 0:
            [mid], _ = make.desk.matching.propose(tid, [walk_id], date(2026, month, 13 + i))
            make.desk.matching.record_outcome(
                mid, "geaccepteerd", date(2026, month, 14 + i), start=date(2026, month, 15 + i)
            )
        if i % 3 == 0:
            make.desk.close_trajectory(tid, date(2026, 6, 30), "afgerond_doel_bereikt")
        nrs.append(nr)
    return nrs


def history(desk, nr):
    c = desk.client_by_nr(nr)
    out = []
    for d in desk.trajectories_of(c.id):
        t = d.trajectory
        out.append(
            (
                c.voornaam,
                c.achternaam,
                c.geboortedatum,
                t.verwijsdatum,
                t.kennismaking,
                t.afgerond,
                t.start_activiteit,
                d.redenen,
                tuple(sorted((x.soort, x.datum, x.notitie) for x in d.contacts)),
                tuple(f.datum for f in d.feedback),
                tuple((m.naam, m.uitkomst, m.start) for m in desk.matching.history(d.id)),
            )
        )
    return out


def test_two_desks_share_the_kaart_and_hand_over_clients_with_totals_unchanged(
    desk, home, _template_profile, server, tmp_path, capsys
):
    shutil.copytree(_template_profile, paths.profile_dir("noord"))
    other = Desk.open("noord", PASSPHRASE, today=lambda: TODAY)
    try:
        # -- the editor loads the region's kaart; both desks sync and see it
        editor = RegionKaart(server.collector).add_editor("Redactie")
        kaart = tmp_path / "kaart.csv"
        kaart.write_text(KAART, encoding="utf-8")
        as_editor = ["--collector", server.url, "--token", editor]
        assert main(["collector", "kaart", "import", str(kaart), *as_editor]) == 0
        tokens = {}
        for d, name in ((desk, "oost"), (other, "noord")):
            tokens[name] = server.collector.add_desk(name, "Team " + name, "Welzijn Midden")
            d.sync.configure(
                collector=server.url, token=tokens[name], region_secret="regio-geheim-voor-tests"
            )
        t_a, t_b = tokens["oost"], tokens["noord"]
        for d, t in ((desk, t_a), (other, t_b)):
            result = d.sync.sync(client=fast(server.url, t))
            assert result.ok and result.kaart.created == 2
            assert {r.activity.naam for r in d.catalogue.search() if r.activity.regio} == {
                "Wandelgroep Oost",
                "Taalcafé",
            }

        # -- a desk proposes a correction, the editor accepts, the other desk sees it
        walk = next(r.id for r in desk.catalogue.search() if r.activity.naam == "Wandelgroep Oost")
        desk.region_kaart.propose("vol", walk, remark="Groep zit vol")
        assert desk.sync.sync(client=fast(server.url, t_a)).kaart.proposals_sent == 1
        capsys.readouterr()
        assert main(["collector", "kaart", "voorstellen", *as_editor]) == 0
        [line] = capsys.readouterr().out.strip().splitlines()
        assert main(["collector", "kaart", "accepteer", line.split()[0], *as_editor]) == 0
        assert other.sync.sync(client=fast(server.url, t_b)).kaart.updated == 1
        [seen] = other.catalogue.search(CatalogueFilter(text="Wandelgroep"))
        assert seen.activity.plek == "vol" and seen.activity.regio

        # -- caseloads on both desks, synced: the region's totals
        a_nrs = caseload(Factory(desk), "A", 9, walk_id=walk)
        caseload(Factory(other), "B", 5)
        for d, t in ((desk, t_a), (other, t_b)):
            assert d.sync.sync(client=fast(server.url, t)).ok
        before = {p: region_totals(server, p) for p in PERIODS}
        assert before["2026-Q1"]["verwijzingen"] == "14"
        moving = a_nrs[:3]
        histories = {nr: history(desk, nr) for nr in moving}

        # -- desk A hands three clients to desk B; both sync; totals unchanged
        made = desk.handover.export(moving, tmp_path / "overdracht.wdo", to="Team noord")
        done = other.handover.import_file(made.path, made.code)
        assert len(done.clients) == 3
        for d, t in ((desk, t_a), (other, t_b)):
            assert d.sync.sync(client=fast(server.url, t)).ok
        after = {p: region_totals(server, p) for p in PERIODS}
        assert after == before
        # each desk's own counts moved: A lost the three, B has them
        a_q1 = region_totals_of(desk, "2026-Q1")
        b_q1 = region_totals_of(other, "2026-Q1")
        assert (a_q1, b_q1) == (6, 8)

        # -- the receiving desk shows the full history
        for nr in moving:
            assert history(other, nr) == histories[nr]
        desk.handover.confirm(done.confirmation)
        desk.handover.erase(made.handover_id)
        assert all(desk.client_by_nr(nr) is None for nr in moving)
        desk.sync.sync(client=fast(server.url, t_a))
        assert {p: region_totals(server, p) for p in PERIODS} == before
    finally:
        other.close()


def region_totals_of(desk, period) -> int:
    return next(
        int(c.value)
        for c in counts.compute(desk, period)
        if (c.indicator, c.category) == ("verwijzingen", "totaal")
    )
