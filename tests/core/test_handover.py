"""Hand-over of clients between two desks: an encrypted file and a one-time code; the receiver
takes over all or nothing; the giver's trajectories become read-only and uncounted; real
encrypted stores on both sides."""

from __future__ import annotations

import shutil
from datetime import date

import pytest

from tests.conftest import PASSPHRASE, TODAY, Factory
from wor_desk import counts
from wor_desk.cli import main
from wor_desk.desk import Desk
from wor_desk.errors import HandedOver, InputError
from wor_desk.handover import sealed
from wor_desk.reports import supplement
from wor_desk.store import paths

PERSON = {
    "client_nr": "W000101",
    "voornaam": "Gerarda",
    "achternaam": "Oosterhuis-Verbeek",
    "geboortedatum": date(1948, 7, 19),
    "gemeente": "Utrecht",
    "wijk": "Oost",
    "geslacht": "vrouw",
    "telefoon": "06-12345678",
}


@pytest.fixture
def other(home, _template_profile):
    shutil.copytree(_template_profile, paths.profile_dir("ander"))
    d = Desk.open("ander", PASSPHRASE, today=lambda: TODAY)
    yield d
    d.close()


def full_history(desk, make) -> int:
    """A client with a trajectory that went through every step, with history everywhere."""
    tid = make.trajectory(
        client=PERSON,
        verwijsdatum=date(2026, 3, 2),
        verwijzer_naam="Dokter Jansen",
        verwijzer_praktijk="Praktijk De Linde",
        toestemming_gegevens=True,
        toestemming_terugkoppeling=True,
        redenen=["eenzaamheid"],
        eerste_contact=date(2026, 3, 3),
        kennismaking=date(2026, 3, 9),
        terugkoppeling=[date(2026, 3, 10)],
    )
    desk.add_contact(tid, "gesprek", date(2026, 3, 16), notitie="Wil graag wandelen")
    desk.matching.record_need(tid, "bewegen in de buurt", ["bewegen"], [])
    aid, _ = desk.catalogue.add(naam="Wandelgroep Oost", aanbod="bewegen", gemeente="Utrecht")
    [mid], _ = desk.matching.propose(tid, [aid], date(2026, 3, 16))
    desk.matching.record_outcome(mid, "geaccepteerd", date(2026, 3, 17), start=date(2026, 3, 23))
    desk.health.record(
        tid,
        date(2026, 3, 9),
        "intake",
        dict.fromkeys(
            (
                "lichaamsfuncties",
                "mentaal_welbevinden",
                "zingeving",
                "kwaliteit_van_leven",
                "meedoen",
                "dagelijks_functioneren",
            ),
            5,
        ),
    )
    return tid


def history_of(desk, nr):
    c = desk.client_by_nr(nr)
    [d] = desk.trajectories_of(c.id)
    return {
        "client": (c.voornaam, c.achternaam, c.geboortedatum, c.telefoon),
        "trajectory": (
            d.trajectory.verwijsdatum,
            d.trajectory.verwijzer_praktijk,
            d.trajectory.kennismaking,
            d.trajectory.aanbod,
            d.trajectory.start_activiteit,
        ),
        "reasons": d.redenen,
        "contacts": sorted((x.soort, x.datum, x.gepland, x.notitie) for x in d.contacts),
        "feedback": [f.datum for f in d.feedback],
        "matches": [
            (m.naam, m.voorgesteld, m.uitkomst, m.start) for m in desk.matching.history(d.id)
        ],
        "need": (desk.matching.need(d.id).behoefte, desk.matching.need(d.id).categories),
        "health": [(s.datum, s.moment) for s in desk.health.scores_of(d.id)],
    }


def test_a_client_with_all_history_moves_to_the_other_desk(desk, make, other, tmp_path):
    full_history(desk, make)
    before = history_of(desk, "W000101")
    audit = {
        (a.tijd, a.soort, a.tabel) for a in desk.privacy.audit(desk.client_by_nr("W000101").id)
    }
    assert len(audit) >= 5
    made = desk.handover.export(["W000101"], tmp_path / "o.wdo", to="Sanne (wijk Noord)")
    plan = other.handover.preview(made.path, made.code)
    assert [(c.nr, c.naam, c.trajectories) for c in plan.clients] == [
        ("W000101", "Gerarda Oosterhuis-Verbeek", 1)
    ]
    assert plan.history["contact"] >= 2 and plan.history["match"] == 1
    done = other.handover.import_file(made.path, made.code)
    assert history_of(other, "W000101") == before
    # the audit entries came along (the receiver's log adds its own import entries)
    there = {
        (a.tijd, a.soort, a.tabel) for a in other.privacy.audit(other.client_by_nr("W000101").id)
    }
    assert audit <= there
    assert len(done.confirmation.replace("-", "")) == sealed.CONFIRM_LEN
    # the activity of the match came along into the receiver's kaart
    assert [r.activity.naam for r in other.catalogue.search()] == ["Wandelgroep Oost"]


def test_the_file_holds_nothing_readable_without_the_code(desk, make, tmp_path):
    full_history(desk, make)
    made = desk.handover.export(["W000101"], tmp_path / "o.wdo")
    blob = made.path.read_bytes().lower()
    needles = [
        "gerarda",
        "oosterhuis",
        "1948-07-19",
        "19-07-1948",
        "19480719",
        "w000101",
        "06-12345678",
        "linde",
        "jansen",
        "wandel",
        "utrecht",
    ]
    for text in needles:
        assert text.encode() not in blob, text
        assert text.encode("utf-16-le") not in blob, text
    assert made.code.encode().lower() not in blob


def test_a_wrong_code_and_a_damaged_file_get_a_clear_message(desk, make, other, tmp_path):
    full_history(desk, make)
    made = desk.handover.export(["W000101"], tmp_path / "o.wdo")
    wrong = sealed.new_code()
    with pytest.raises(sealed.HandoverCodeWrong) as e:
        other.handover.preview(made.path, wrong)
    assert "code past niet" in str(e.value)
    # case, spaces and dashes do not matter
    assert other.handover.preview(made.path, made.code.lower().replace("-", " ")).clients
    data = bytearray(made.path.read_bytes())
    data[len(data) // 2] ^= 0x01
    damaged = tmp_path / "kapot.wdo"
    damaged.write_bytes(bytes(data))
    with pytest.raises(sealed.HandoverDamaged) as e:
        other.handover.import_file(damaged, made.code)
    assert "beschadigd" in str(e.value)
    short = tmp_path / "kort.wdo"
    short.write_bytes(made.path.read_bytes()[:100])
    with pytest.raises(sealed.HandoverDamaged):
        other.handover.preview(short, made.code)
    csv = tmp_path / "lijst.csv"
    csv.write_text("naam\nx\n")
    with pytest.raises(sealed.NotAHandoverFile):
        other.handover.preview(csv, made.code)
    assert other.client_by_nr("W000101") is None


def test_the_giver_keeps_the_trajectory_read_only_and_no_longer_counts_or_lists_it(
    desk, make, tmp_path
):
    tid = full_history(desk, make)
    open_tid = make.trajectory(verwijsdatum=date(2026, 11, 20))  # someone else, still due
    before = {(c.indicator, c.category): c.value for c in counts.compute(desk, "2026-03")}
    assert before[("verwijzingen", "totaal")] == 1
    made = desk.handover.export(["W000101"], tmp_path / "o.wdo", to="Sanne")
    after = {(c.indicator, c.category): c.value for c in counts.compute(desk, "2026-03")}
    assert after[("verwijzingen", "totaal")] == 0
    assert supplement.compute(desk, "2026-03").referrals == 0  # the report's extra page too
    assert after[("terugkoppeling_gegeven", "totaal")] == 0
    with pytest.raises(HandedOver) as e:
        desk.update_trajectory(tid, behoefte="iets anders")
    assert "overgedragen" in str(e.value)
    with pytest.raises(HandedOver):
        desk.add_contact(tid, "gesprek", date(2026, 11, 20))
    row = desk.handover.handed_over_trajectory(tid)
    assert row.who == "Sanne" and row.id == made.handover_id and row.confirmed is None
    assert desk.trajectory(tid).client.achternaam == "Oosterhuis-Verbeek"  # still readable
    ids = {i.trajectory_id for group in _today_items(desk) for i in group}
    assert tid not in ids and open_tid in ids
    with pytest.raises(InputError):
        desk.handover.export(["W000101"], tmp_path / "nog.wdo")  # not twice


def _today_items(desk):
    t = desk.today_overview()
    return [t.first_contact, t.planned, t.follow_up, t.feedback, t.paused]


def test_a_number_used_by_someone_else_is_refused_whole_and_can_be_mapped(
    desk, make, other, tmp_path
):
    full_history(desk, make)
    make.trajectory(client={**PERSON, "client_nr": "W000102", "voornaam": "Hendrik"})
    made = desk.handover.export(["W000101", "W000102"], tmp_path / "o.wdo")
    theirs = Factory(other)
    theirs.client(client_nr="W000102", voornaam="Piet", achternaam="Anders")
    with pytest.raises(InputError) as e:
        other.handover.import_file(made.path, made.code)
    msg = str(e.value)
    assert "W000102" in msg and "--nummer W000102=" in msg and "Piet Anders" in msg
    assert other.client_by_nr("W000101") is None  # all or nothing
    plan = other.handover.preview(made.path, made.code, {"W000102": "N000900"})
    assert not plan.conflicts
    done = other.handover.import_file(made.path, made.code, {"W000102": "N000900"})
    assert len(done.trajectories) == 2
    assert other.client_by_nr("N000900").voornaam == "Hendrik"
    assert other.client_by_nr("W000102").voornaam == "Piet"
    # the same file again: the same person is recognised, the trajectory is already there
    with pytest.raises(InputError) as e:
        other.handover.import_file(made.path, made.code, {"W000102": "N000900"})
    assert "al een traject" in str(e.value)


def test_erase_only_after_the_receivers_confirmation(desk, make, other, tmp_path):
    full_history(desk, make)
    made = desk.handover.export(["W000101"], tmp_path / "o.wdo")
    with pytest.raises(InputError):
        desk.handover.erase(made.handover_id)
    done = other.handover.import_file(made.path, made.code)
    with pytest.raises(InputError):
        desk.handover.confirm("ABCD-EFGH")
    assert desk.handover.confirm(done.confirmation).confirmed is not None
    desk.handover.erase(made.handover_id)
    assert desk.client_by_nr("W000101") is None
    [row] = desk.handover.list()
    assert row.erased is not None and row.clients == () and row.trajectories == 1
    assert other.client_by_nr("W000101") is not None


def test_the_command_line_prints_the_code_and_the_confirmation(
    desk, make, other, tmp_path, capsys, monkeypatch
):
    full_history(desk, make)
    desk.close()
    monkeypatch.setenv("WOR_DESK_PASSPHRASE", PASSPHRASE)
    f = tmp_path / "o.wdo"
    argv = ["--profile", "test", "handover", "export", "--client", "W000101", "-o", str(f)]
    assert main(argv) == 0
    code = capsys.readouterr().out.strip().splitlines()[-1]
    assert len(sealed.normalise(code)) == 20
    other.close()
    rc = main(
        ["--profile", "ander", "handover", "import", str(f), "--code", "AAAA-BBBB-CCCC-DDDD-EEEE"]
    )
    err = capsys.readouterr().err
    assert rc != 0 and "code past niet" in err and "Traceback" not in err
    assert (
        main(["--profile", "ander", "handover", "import", str(f), "--code", code, "--dry-run"]) == 0
    )
    assert "Gerarda Oosterhuis-Verbeek" in capsys.readouterr().out
    assert main(["--profile", "ander", "handover", "import", str(f), "--code", code]) == 0
    confirmation = capsys.readouterr().out.strip().splitlines()[-1]
    assert main(["--profile", "test", "handover", "bevestig", confirmation]) == 0
    assert main(["--profile", "test", "handover", "wis", "1"]) == 0
    assert "1 overgedragen" in capsys.readouterr().out


def test_all_clients_of_the_profile_at_once(desk, make, other, tmp_path, capsys, monkeypatch):
    for i in range(3):
        make.trajectory(client={"client_nr": f"X{i}", "achternaam": f"Naam {i}"})
    desk.close()
    monkeypatch.setenv("WOR_DESK_PASSPHRASE", PASSPHRASE)
    f = tmp_path / "alle.wdo"
    assert main(["--profile", "test", "handover", "export", "--alle", "-o", str(f)]) == 0
    out = capsys.readouterr().out
    assert "3 cliënt(en)" in out
    assert len(other.handover.preview(f, out.strip().splitlines()[-1]).clients) == 3


def test_the_text_of_a_letter_sent_travels_with_the_feedback(desk, make, other, tmp_path):
    tid = full_history(desk, make)
    desk.record_feedback(
        tid, date(2026, 3, 20), "intake", "post", brief_tekst="Geachte dokter Jansen,\nBrief 7Q."
    )
    made = desk.handover.export(["W000101"], tmp_path / "o.wdo", to="Sanne")
    other.handover.import_file(made.path, made.code)
    [d] = other.trajectories_of(other.client_by_nr("W000101").id)
    assert sorted((f.datum, f.brief_tekst) for f in d.feedback) == [
        (date(2026, 3, 10), None),
        (date(2026, 3, 20), "Geachte dokter Jansen,\nBrief 7Q."),
    ]
