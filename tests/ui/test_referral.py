"""A new referral by keyboard alone, and the look-up that prevents registering twice."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.helpers import press, tab, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def _open_dialog(qtbot, window):
    window.views["vandaag"].setFocus()
    press(qtbot, Qt.Key.Key_N, CTRL)
    dlg = window.referral_dialog
    assert dlg is not None
    qtbot.waitUntil(dlg.isVisible)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dlg.w["achternaam"], timeout=5000)
    return dlg


def test_new_referral_by_keyboard_only_follows_the_paper_form_and_opens_the_trajectory(
    qtbot, window, desk
):
    dlg = _open_dialog(qtbot, window)
    type_text(qtbot, "Jansen")
    tab(qtbot)
    type_text(qtbot, "Marieke")
    tab(qtbot)
    type_text(qtbot, "12-3-1958")
    tab(qtbot)
    type_text(qtbot, "v")  # geslacht: Vrouw
    tab(qtbot)
    type_text(qtbot, "9731ab")
    tab(qtbot, 3)  # gemeente and wijk: no wijkindeling here, they stay empty
    type_text(qtbot, "050-1234567")
    tab(qtbot, 3)  # e-mail and client number stay empty; the hidden match list is skipped
    assert QApplication.focusWidget() is dlg.w["verwijsdatum"]
    dlg.w["verwijsdatum"].selectAll()
    type_text(qtbot, "19-11")
    tab(qtbot)
    type_text(qtbot, "p")  # type verwijzer: Praktijkondersteuner (POH)
    tab(qtbot)
    type_text(qtbot, "mw. Postma")
    tab(qtbot)
    type_text(qtbot, "Huisartsenpraktijk De Linde")
    tab(qtbot)
    type_text(qtbot, "z")  # kanaal: Zorgdomein
    tab(qtbot)
    press(qtbot, Qt.Key.Key_Space)  # first reason: eenzaamheid
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Space)  # fourth reason: stress
    tab(qtbot)
    type_text(qtbot, "Sinds verhuizing alleen")
    tab(qtbot)
    type_text(qtbot, "j")
    tab(qtbot)
    type_text(qtbot, "j")
    press(qtbot, Qt.Key.Key_Return, CTRL)

    qtbot.waitUntil(lambda: window.referral_dialog is None, timeout=5000)
    rows = desk.trajectory_rows()
    assert len(rows) == 1
    t = desk.trajectory(rows[0].id)
    c = t.client
    assert (c.voornaam, c.achternaam, c.geboortedatum, c.geslacht, c.postcode, c.telefoon) == (
        "Marieke",
        "Jansen",
        date(1958, 3, 12),
        "vrouw",
        "9731 AB",
        "050-1234567",
    )
    assert c.client_nr == "W000001"
    tr = t.trajectory
    assert tr.verwijsdatum == date(2026, 11, 19)
    assert (tr.verwijzer_type, tr.verwijzer_naam, tr.verwijzer_praktijk, tr.kanaal) == (
        "poh",
        "mw. Postma",
        "Huisartsenpraktijk De Linde",
        "zorgdomein",
    )
    assert set(t.redenen) == {"eenzaamheid", "stress"}
    assert tr.reden_omschrijving == "Sinds verhuizing alleen"
    assert tr.toestemming_gegevens is True and tr.toestemming_terugkoppeling is True
    # the new trajectory is open in the Traject screen, and Vandaag lists its first-contact deadline
    assert window.current_view() is window.views["traject"]
    assert window.views["traject"].trajectory_id == t.id
    qtbot.waitUntil(lambda: not window.views["vandaag"].is_loading())
    tree = window.views["vandaag"].tree
    first = tree.topLevelItem(0)
    assert first.childCount() == 1 and first.child(0).text(0) == "Marieke Jansen"
    assert first.child(0).text(2) == "26-11-2026"  # five working days after Thursday 19-11


def test_typing_a_known_name_offers_the_existing_client_and_the_referral_goes_there(
    qtbot, window, desk, make
):
    cid = make.client(voornaam="Henk", achternaam="Bakker", geboortedatum=date(1950, 1, 2))
    make.trajectory(
        cid,
        verwijsdatum=date(2025, 1, 6),
        eerste_contact=date(2025, 1, 7),
        afgerond=date(2025, 3, 1),
        afsluitreden="geen_behoefte",
    )
    dlg = _open_dialog(qtbot, window)
    type_text(qtbot, "Bakker")
    qtbot.waitUntil(lambda: dlg.matches.count() == 1, timeout=3000)
    assert "Henk Bakker" in dlg.matches.item(0).text()
    dlg.matches.setFocus()
    dlg.matches.setCurrentRow(0)
    press(qtbot, Qt.Key.Key_Return)
    assert "bestaande cliënt" in dlg.chosen.text()
    assert QApplication.focusWidget() is dlg.w["verwijsdatum"]
    press(qtbot, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: window.referral_dialog is None, timeout=5000)
    assert len(desk.trajectories_of(cid)) == 2


def test_referral_with_a_date_in_the_future_is_refused_at_the_field(qtbot, window, desk):
    dlg = _open_dialog(qtbot, window)
    type_text(qtbot, "Visser")
    dlg.w["verwijsdatum"].setFocus()
    dlg.w["verwijsdatum"].selectAll()
    type_text(qtbot, "morgen")
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert dlg.isVisible()
    msg = dlg.ref_form.error_text("verwijsdatum")
    assert "toekomst" in msg and "24-11-2026" in msg
    assert desk.trajectory_rows() == []


def test_a_client_under_18_shows_a_warning_that_does_not_block_saving(qtbot, window, desk):
    dlg = _open_dialog(qtbot, window)
    type_text(qtbot, "Visser")
    tab(qtbot, 2)
    assert QApplication.focusWidget() is dlg.w["geboortedatum"]
    type_text(qtbot, "1-6-2010")
    tab(qtbot)
    qtbot.waitUntil(dlg.warning.isVisible)
    assert "16 jaar" in dlg.warning.text() and "18+" in dlg.warning.text()
    dlg.w["geboortedatum"].setFocus()
    dlg.w["geboortedatum"].selectAll()
    type_text(qtbot, "1-6-1990")
    tab(qtbot)
    qtbot.waitUntil(lambda: not dlg.warning.isVisible())


def test_the_referrer_is_picked_from_the_register_and_a_new_practice_is_added_on_saving(
    qtbot, window, desk
):
    from tests.ui.helpers import key_into, type_into

    desk.referrers.add_referrer("Huisartsenpraktijk De Linde", "mw. Postma", "poh")
    dlg = _open_dialog(qtbot, window)
    type_text(qtbot, "Jansen")
    type_into(qtbot, dlg.w["verwijzer_naam"], "post")
    popup = dlg.w["verwijzer_naam"].completer().popup()
    qtbot.waitUntil(popup.isVisible)
    key_into(qtbot, popup, Qt.Key.Key_Down)
    key_into(qtbot, popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dlg.w["verwijzer_praktijk"].text() == "Huisartsenpraktijk De Linde")
    assert dlg.w["verwijzer_naam"].text() == "mw. Postma"
    assert dlg.w["verwijzer_type"].code() == "poh"
    assert dlg.practice_hint.text() == ""

    dlg.w["verwijzer_praktijk"].selectAll()
    type_into(qtbot, dlg.w["verwijzer_praktijk"], "Het Anker")
    qtbot.waitUntil(lambda: "Nieuwe praktijk" in dlg.practice_hint.text())
    key_into(qtbot, dlg.w["verwijzer_praktijk"], Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: not dlg.isVisible())
    entry = desk.referrers.practice("het anker")
    assert entry is not None and [(r.naam, r.rol) for r in entry.verwijzers] == [
        ("mw. Postma", "poh")
    ]
