"""The whole scenario of a coach's day, then a search for every client name and date of birth
in plaintext: the profile folder, the temp folder, the log output, the Qt settings and the
collector's database hold none; only the files the coach asked for do."""

from __future__ import annotations

import logging
import tempfile
from datetime import date as D

from tests.collector.test_sync_http import fast, setup_desk
from tests.core.test_import import SHEET, write_csv
from wor_desk import logs
from wor_desk.letters import LetterService


def _files(*folders):
    for folder in folders:
        if folder.is_file():
            yield folder
        elif folder.exists():
            yield from (p for p in folder.rglob("*") if p.is_file())


def test_no_client_name_or_birth_date_lands_outside_the_files_the_coach_chose(
    desk, make, server, home, tmp_path, monkeypatch, caplog
):
    from wor_desk_ui import prefs

    caplog.set_level(logging.DEBUG)
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    chosen = tmp_path / "gekozen"  # what the coach picked in a file dialog
    chosen.mkdir()

    # import, then one client through all six steps
    desk.import_sheet(write_csv(chosen / "blad.csv", SHEET))
    desk.update_settings(coach_naam="Fatima", organisatie_naam="Welzijn Oost")
    cid, _ = desk.add_client(
        client_nr="S1",
        voornaam="Wilhelmina",
        achternaam="Brouwershaven",
        geboortedatum=D(1948, 2, 29),
        telefoon="06-31415926",
        gemeente="Utrecht",
        wijk="Oost",
    )
    tid, _ = desk.register_referral(
        cid,
        verwijsdatum=D(2026, 9, 1),
        verwijzer_type="huisarts",
        verwijzer_praktijk="Praktijk De Linde",
        redenen=["eenzaamheid"],
        toestemming_terugkoppeling=True,
        toestemming_gegevens=True,
        klachten="Wilhelmina slaapt slecht",
    )
    desk.update_trajectory(tid, eerste_contact=D(2026, 9, 2), kennismaking=D(2026, 9, 8))
    desk.add_contact(tid, "gesprek", D(2026, 9, 15), notitie="Brouwershaven wil wandelen")
    desk.update_trajectory(
        tid, aanbod="bewegen", activiteit="Wandelclub", start_activiteit=D(2026, 9, 21)
    )
    letter = desk.letters.render(tid, "intake")
    LetterService.write([letter], chosen)
    desk.letters.mark_sent(letter, "post", D(2026, 9, 9))
    desk.add_contact(tid, "nazorg", D(2026, 11, 2), uitkomst="neemt_deel")
    desk.close_trajectory(tid, D(2026, 11, 9), "afgerond_doel_bereikt")

    # counts, sync, backup, inzage
    (chosen / "tellingen.csv").write_bytes(desk.counts.export("2026-09", "csv"))
    token = setup_desk(desk, server)
    result = desk.sync.sync(client=fast(server.url, token))
    assert result.error is None
    desk.backup(chosen / "reservekopie.wdbak")
    desk.privacy.write_export(cid, chosen / "inzage.pdf")
    desk.privacy.write_export(cid, chosen / "inzage.json")
    prefs.put("profiel", desk.profile)
    prefs.put("taal", "nl")

    needles = [
        "Brouwershaven",
        "Wilhelmina",
        "1948-02-29",
        "29-02-1948",
        "29 februari 1948",
        "de Vries",
        "Jansen",
        "1961-04-12",
        "12-04-1961",
        "1950-08-15",
        "15-08-1950",
    ]
    # the same search finds them in the files the coach asked for (so it can find them at all)
    in_chosen = {n for p in _files(chosen) for n in needles if n.encode("utf-8") in p.read_bytes()}
    assert {"Brouwershaven", "de Vries", "1948-02-29"} <= in_chosen

    found = []
    for path in _files(home, logs.log_dir(), temp, tmp_path / "collector.db"):
        data = path.read_bytes()
        for n in needles:
            if n.encode("utf-8") in data or n.encode("utf-16-le") in data:
                found.append((str(path), n))
    log_text = caplog.text
    found += [("log", n) for n in needles if n in log_text]
    assert found == []
    assert (home / "desk-app.ini").exists(), "the Qt settings were written (and searched)"
