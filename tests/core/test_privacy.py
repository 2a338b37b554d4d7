"""Privacy rights: the audit log, inzage (export), erasure and the retention period."""

from __future__ import annotations

import io
import json
from datetime import date as D

import pytest
from pypdf import PdfReader
from sqlalchemy import text

from tests.core.sqlcipher_pages import find
from tests.core.test_import import SHEET, write_csv
from wor_desk import health
from wor_desk.domain.audit import SENSITIVE
from wor_desk.errors import NotFound, RuleViolation, WorDeskError
from wor_desk.privacy import add_months

SCORES = {
    "lichaamsfuncties": 5,
    "mentaal_welbevinden": 4,
    "zingeving": 3,
    "kwaliteit_van_leven": 4,
    "meedoen": 3,
    "dagelijks_functioneren": 5,
}


def _full_client(desk, make, nr="P00001", achternaam="Zwanenburg", voornaam="Ottolien"):
    """A client with a bit of everything: two trajectories, contacts, pause, feedback,
    need categories, a match and health scores."""
    cid = make.client(
        client_nr=nr,
        voornaam=voornaam,
        achternaam=achternaam,
        geboortedatum=D(1957, 4, 9),
        telefoon="06-12345678",
        email=f"{voornaam.lower()}@example.org",
    )
    old = make.trajectory(
        cid,
        verwijsdatum=D(2023, 1, 9),
        eerste_contact=D(2023, 1, 10),
        kennismaking=D(2023, 1, 16),
        afgerond=D(2023, 6, 1),
        afsluitreden="afgerond_doel_bereikt",
        klachten=f"{voornaam} slaapt slecht sinds het overlijden van haar man",
    )
    tid = make.trajectory(
        cid,
        verwijsdatum=D(2026, 9, 1),
        eerste_contact=D(2026, 9, 2),
        kennismaking=D(2026, 9, 8),
        toestemming_terugkoppeling=True,
        verwijzer_praktijk="Huisartsen De Linde",
        redenen=["eenzaamheid"],
    )
    desk.add_contact(tid, "gesprek", D(2026, 9, 15), notitie=f"{voornaam} wil graag wandelen")
    desk.record_feedback(tid, D(2026, 9, 9), "intake", "post", "Kennismaking gehad")
    health.record(desk, tid, D(2026, 9, 8), "intake", SCORES)
    aid, _ = desk.catalogue.add(naam="Wandelclub Oost", aanbod="bewegen", gemeente="Utrecht")
    desk.matching.propose(tid, [aid], on=D(2026, 9, 15))
    return cid, old, tid


# -- audit ---------------------------------------------------------------------------------------
def _entries(desk, **kw):
    return desk.privacy.audit(**kw)


def test_every_kind_of_write_leaves_an_audit_entry_with_profile_and_fields(desk, make):
    cid = make.client(client_nr="A1", achternaam="Bakker")
    desk.update_client(cid, gemeente="Utrecht", achternaam="Bakkers")
    tid = make.trajectory(cid, verwijsdatum=D(2026, 3, 2), klachten="moe")
    desk.update_trajectory(tid, eerste_contact=D(2026, 3, 3))
    contact_id, _ = desk.add_contact(tid, "gesprek", D(2026, 3, 5), notitie="geheim verhaal")
    desk.update_contact(contact_id, notitie="nog geheimer")
    desk.delete_contact(contact_id)
    desk.pause(tid, D(2026, 3, 6), "schulden eerst")
    desk.resume(tid, D(2026, 3, 10))
    desk.close_trajectory(tid, D(2026, 3, 12), "uitgevallen")
    desk.update_settings(taal="en")

    rows = _entries(desk)
    assert {r.profiel for r in rows} == {"test"}
    kinds = {(r.tabel, r.soort) for r in rows}
    assert {
        ("client", "aangemaakt"),
        ("client", "gewijzigd"),
        ("traject", "aangemaakt"),
        ("traject", "gewijzigd"),
        ("contact", "aangemaakt"),
        ("contact", "gewijzigd"),
        ("contact", "verwijderd"),
        ("pauze", "aangemaakt"),
        ("pauze", "gewijzigd"),
        ("instelling", "aangemaakt"),
    } <= kinds
    changed = next(r for r in rows if r.tabel == "client" and r.soort == "gewijzigd")
    assert changed.client_id == cid
    assert changed.velden["gemeente"] == [None, "Utrecht"]
    assert changed.velden["achternaam"] == SENSITIVE  # a marker, never the name
    closing = [r for r in rows if r.tabel == "traject" and "afgerond" in r.velden]
    assert closing[0].velden["afgerond"] == [None, "2026-03-12"]
    assert closing[0].traject_id == tid and closing[0].client_id == cid
    contact_rows = [r for r in rows if r.tabel == "contact"]
    assert all(r.client_id == cid and r.traject_id == tid for r in contact_rows)
    text_of_log = json.dumps([r.velden for r in rows], ensure_ascii=False)
    for secret in ("Bakker", "geheim", "schulden", "moe"):
        assert secret not in text_of_log


def test_matches_scores_feedback_and_catalogue_writes_are_audited_too(desk, make):
    cid, _old, tid = _full_client(desk, make)
    rows = _entries(desk)
    tables = {(r.tabel, r.soort) for r in rows}
    for table in ("match", "gezondheid", "terugkoppeling", "traject_reden", "activiteit"):
        assert (table, "aangemaakt") in tables, table
    mine = {r.tabel for r in _entries(desk, client_id=cid)}
    assert {"match", "gezondheid", "terugkoppeling", "contact", "traject"} <= mine
    assert all(r.traject_id == tid for r in rows if r.tabel in ("match", "gezondheid"))


def test_import_writes_are_audited_per_row(desk, tmp_path):
    desk.import_sheet(write_csv(tmp_path / "sheet.csv", SHEET))
    rows = _entries(desk)
    anna = desk.client_by_nr("1001").id
    created = {(r.tabel, r.client_id) for r in rows if r.soort == "aangemaakt"}
    assert {
        ("client", anna),
        ("traject", anna),
        ("contact", anna),
        ("terugkoppeling", anna),
    } <= created
    assert all(r.traject_id for r in rows if r.tabel == "traject")
    assert "de Vries" not in json.dumps([r.velden for r in rows], ensure_ascii=False)
    # a second import that changes a field logs the change with old and new value
    changed = [{**SHEET[2], "gemeente": "Zeist"}]
    desk.import_sheet(write_csv(tmp_path / "sheet2.csv", changed))
    kees = desk.client_by_nr("1002").id
    last = [r for r in _entries(desk) if r.tabel == "client" and r.soort == "gewijzigd"]
    assert last[-1].client_id == kees and last[-1].velden["gemeente"] == [None, "Zeist"]


def test_audit_filters_by_client_and_since(desk, make):
    a = make.client()
    b = make.client()
    assert {r.client_id for r in _entries(desk, client_id=a)} == {a}
    assert _entries(desk, since=D(2999, 1, 1)) == []
    assert {a, b} <= {r.client_id for r in _entries(desk, since=D(2000, 1, 1))}


def test_audit_entries_cannot_be_changed_in_the_store(desk, make):
    make.client()
    with pytest.raises(WorDeskError):  # the trigger refuses; the store boundary says so
        with desk.store.transaction() as s:
            s.connection().execute(text("UPDATE audit SET profiel = 'iemand anders'"))
    assert {r.profiel for r in _entries(desk)} == {"test"}


def test_a_failed_write_leaves_no_audit_entry(desk, make):
    cid = make.client(client_nr="A1")
    before = len(_entries(desk))
    with pytest.raises(RuleViolation):
        desk.add_client(client_nr="A1", achternaam="Dubbel")
    assert len(_entries(desk)) == before
    assert cid


# -- inzage ------------------------------------------------------------------------------------
def test_export_holds_every_stored_item_of_the_client_and_nothing_of_others(desk, make):
    cid, old, tid = _full_client(desk, make)
    other, _, _ = _full_client(desk, make, nr="P00002", achternaam="Anders", voornaam="Bram")
    data = desk.privacy.export(cid)
    assert data["client"]["achternaam"] == "Zwanenburg"
    assert [t["id"] for t in data["trajecten"]] == [old, tid]
    new = data["trajecten"][1]
    assert new["traject_reden"] == [{"traject_id": tid, "code": "eenzaamheid"}]
    assert new["contact"][0]["notitie"] == "Ottolien wil graag wandelen"
    assert new["terugkoppeling"][0]["notitie"] == "Kennismaking gehad"
    assert new["gezondheid"][0]["meedoen"] == 3
    assert new["match"][0]["activiteit_naam"] == "Wandelclub Oost"
    assert data["trajecten"][0]["klachten"].startswith("Ottolien slaapt slecht")
    assert data["audit"] and all(a["soort"] for a in data["audit"])

    # every row of every table that refers to the client is in the export
    with desk.store.session() as s:
        conn = s.connection()
        for table in ("contact", "pauze", "terugkoppeling", "traject_reden", "match", "gezondheid"):
            n = conn.execute(
                text(f"SELECT count(*) FROM {table} WHERE traject_id IN ({old}, {tid})")
            ).scalar()
            got = sum(len(t.get(table, [])) for t in data["trajecten"])
            assert got == n, table
        n_audit = conn.execute(
            text("SELECT count(*) FROM audit WHERE client_id = :c"), {"c": cid}
        ).scalar()
    assert len(data["audit"]) == n_audit
    dumped = json.dumps(data, ensure_ascii=False)
    assert "Anders" not in dumped and "Bram" not in dumped and f'"client_id": {other}' not in dumped


def test_export_holds_the_text_of_each_letter_sent_and_says_when_it_was_not_kept(
    desk, make, tmp_path
):
    cid, _, tid = _full_client(desk, make)  # its feedback of 9-9-2026 was logged without text
    extra = "Ottolien fietst nu mee met Trapclub Reiger."
    letter = desk.letters.render(tid, "vrij", extra=extra)
    fid, _ = desk.letters.mark_sent(letter, "post", D(2026, 9, 20))
    with desk.store.session() as s:
        kept = s.connection().execute(
            text("SELECT brief_tekst FROM terugkoppeling WHERE id = :f"), {"f": fid}
        )
        assert kept.scalar() == letter.text and extra in letter.text
    # the letter's text is a sensitive field: the audit marks it, never copies it
    [entry] = [
        e for e in desk.privacy.audit(cid) if e.tabel == "terugkoppeling" and e.rij == str(fid)
    ]
    assert entry.velden["brief_tekst"] == SENSITIVE

    data = json.loads(desk.privacy.write_export(cid, tmp_path / "i.json").read_text("utf-8"))
    fb = {f["datum"]: f for t in data["trajecten"] for f in t.get("terugkoppeling", [])}
    assert fb["2026-09-20"]["brief_tekst"] == letter.text
    assert fb["2026-09-20"]["brief_tekst_bewaard"] is True
    assert fb["2026-09-09"]["brief_tekst"] is None and not fb["2026-09-09"]["brief_tekst_bewaard"]
    assert "niet bewaard" in fb["2026-09-09"]["brief_tekst_toelichting"]

    for lang, not_kept in (("nl", "tekst van deze brief is niet bewaard"), ("en", "was not kept")):
        pdf = desk.privacy.write_export(cid, tmp_path / f"i-{lang}.pdf", lang)
        flat = " ".join(
            " ".join(
                p.extract_text() for p in PdfReader(io.BytesIO(pdf.read_bytes())).pages
            ).split()
        )
        assert " ".join(extra.split()) in flat
        assert not_kept in flat
        assert flat.count(not_kept) == 1  # only the feedback logged without text


def test_export_of_an_unknown_client_says_so(desk):
    with pytest.raises(NotFound):
        desk.privacy.export(999)


# -- erasure -----------------------------------------------------------------------------------
def test_erasure_leaves_no_row_and_no_byte_of_the_client_in_the_file(desk, make):
    cid, old, tid = _full_client(desk, make)
    keep, _, _ = _full_client(desk, make, nr="P00002", achternaam="Blijft", voornaam="Wendela")
    names = ["Zwanenburg", "Ottolien", "ottolien@example.org", "Ottolien slaapt slecht"]
    key = desk.store._key.key
    assert find(desk.store.path, key, names), "the scan finds the client before erasure"

    plan = desk.privacy.erasure_plan(cid)
    assert (plan.client_nr, plan.naam, plan.trajecten) == ("P00001", "Ottolien Zwanenburg", 2)
    assert plan.rijen["contact"] >= 1 and plan.rijen["match"] == 1 and plan.audit > 0
    desk.privacy.erase(cid)

    with desk.store.session() as s:
        conn = s.connection()
        assert (
            conn.execute(text("SELECT count(*) FROM client WHERE id = :c"), {"c": cid}).scalar()
            == 0
        )
        for table in ("traject",):
            assert not conn.execute(text(f"SELECT 1 FROM {table} WHERE client_id = {cid}")).all()
        for table in (
            "contact",
            "pauze",
            "terugkoppeling",
            "traject_reden",
            "match",
            "gezondheid",
            "behoefte_aanbod",
        ):
            assert not conn.execute(
                text(f"SELECT 1 FROM {table} WHERE traject_id IN ({old}, {tid})")
            ).all(), table
        assert not conn.execute(
            text("SELECT 1 FROM audit WHERE client_id = :c OR traject_id IN (:a, :b)"),
            {"c": cid, "a": old, "b": tid},
        ).all()
    erased = [r for r in desk.privacy.audit() if r.soort == "gewist"]
    assert len(erased) == 1
    assert erased[0].client_id is None and erased[0].rij is None and erased[0].profiel == "test"
    assert erased[0].velden == {"reden": "verzoek", "trajecten": 2}

    # the whole file, free pages and WAL included, holds none of it any more
    assert find(desk.store.path, key, names) == set()
    assert find(desk.store.path, key, ["Blijft", "Wendela"]) == {"Blijft", "Wendela"}
    assert desk.client_by_nr("P00002") is not None and keep


def test_counts_after_erasure_no_longer_include_the_client(desk, make):
    cid, _, _ = _full_client(desk, make)
    _full_client(desk, make, nr="P00002", achternaam="Blijft", voornaam="Wendela")
    assert desk.status().trajectories == 4
    desk.delete_client(cid)
    assert desk.status().clients == 1 and desk.status().trajectories == 2


def test_backup_after_erasure_vacuums_the_store(desk, make, tmp_path):
    cid, _, _ = _full_client(desk, make)
    desk.privacy.erase(cid)
    assert desk.privacy.vacuum_due()
    desk.backup(tmp_path / "b.db")
    assert not desk.privacy.vacuum_due()
    with desk.store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA freelist_count").scalar() == 0


# -- retention ---------------------------------------------------------------------------------
def test_add_months_clamps_to_the_end_of_the_month():
    assert add_months(D(2024, 1, 31), 1) == D(2024, 2, 29)
    assert add_months(D(2024, 11, 30), 24) == D(2026, 11, 30)
    assert add_months(D(2026, 3, 15), -3) == D(2025, 12, 15)


def test_retention_erases_exactly_the_trajectories_past_the_period(desk, make):
    # today is 2026-11-23; with 24 months a trajectory closed on 2024-11-22 is past, one
    # closed on 2024-11-23 is kept through today.
    past = make.trajectory(
        verwijsdatum=D(2024, 9, 2),
        eerste_contact=D(2024, 9, 3),
        afgerond=D(2024, 11, 22),
        afsluitreden="uitgevallen",
    )
    edge = make.trajectory(
        verwijsdatum=D(2024, 9, 2),
        eerste_contact=D(2024, 9, 3),
        afgerond=D(2024, 11, 23),
        afsluitreden="uitgevallen",
    )
    both = make.client(achternaam="Tweemaal")
    old_of_both = make.trajectory(
        both,
        verwijsdatum=D(2023, 1, 2),
        eerste_contact=D(2023, 1, 3),
        afgerond=D(2023, 2, 1),
        afsluitreden="uitgevallen",
    )
    open_of_both = make.trajectory(both, verwijsdatum=D(2026, 10, 1))
    due = desk.privacy.retention_due()
    assert [i.trajectory_id for i in due] == [old_of_both, past]
    assert due[1].vervalt == D(2026, 11, 22)
    assert desk.privacy.retention_due(months=48) == []

    desk.privacy.apply_retention()
    left = {r.id for r in desk.trajectory_rows()}
    assert left == {edge, open_of_both}
    # the client of `past` had nothing else: erased whole; the other one stays
    assert desk.client(both).achternaam == "Tweemaal"
    with pytest.raises(NotFound):
        desk.trajectory(past)
    assert len(desk.find_clients("Cliënt")) == 1  # only the client of `edge` (factory name)
    erased = [r for r in desk.privacy.audit() if r.soort == "gewist"]
    assert erased[-1].velden == {"clienten": 1, "reden": "bewaartermijn", "trajecten": 2}


def test_retention_setting_defaults_to_24_months_and_can_be_changed(desk):
    from wor_desk.errors import InputError

    assert desk.privacy.retention_months() == 24
    desk.privacy.set_retention(months=36, automatic=True)
    assert desk.privacy.retention_months() == 36 and desk.privacy.retention_automatic()
    with pytest.raises(InputError):
        desk.privacy.set_retention(months=0)


# -- consent for data sharing --------------------------------------------------------------------
def _match_setup(desk, make, consent):
    tid = make.trajectory(
        client={"achternaam": "Delen", "telefoon": "06-55554444", "email": "delen@example.org"},
        eerste_contact=D(2026, 3, 3),
        kennismaking=D(2026, 3, 9),
        toestemming_gegevens=consent,
    )
    aid, _ = desk.catalogue.add(
        naam="Koor Zingen",
        aanbod="muziek_cultuur",
        aanbieder="Buurthuis West",
        telefoon="030-1234567",
        gemeente="Utrecht",
    )
    return tid, aid


@pytest.mark.parametrize("consent", [False, None])
def test_without_consent_the_provider_note_holds_no_contact_details_of_the_client(
    desk, make, consent
):
    tid, aid = _match_setup(desk, make, consent)
    note = desk.privacy.provider_note(tid, aid)
    assert not note.shared and note.consent is consent
    for secret in ("Delen", "06-55554444", "delen@example.org"):
        assert secret not in note.text
    assert "030-1234567" in note.text and "Geen toestemming" in note.text


def test_with_consent_the_provider_note_carries_the_contact_details(desk, make):
    tid, aid = _match_setup(desk, make, True)
    note = desk.privacy.provider_note(tid, aid, "en")
    assert note.shared
    assert "06-55554444" in note.text and "delen@example.org" in note.text
    assert "Koor Zingen" in note.text and "agreed" in note.text
