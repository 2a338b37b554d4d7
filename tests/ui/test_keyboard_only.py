"""One referral from Ctrl+N to the closing letter by keyboard alone (issue 12): no mouse event,
every key press counted; a coach should not need more than 400.

The sequence is what a coach types: the paper form, first contact and intake, a conversation,
a match from the sociale kaart with its start, a follow-up, closing, then the closing letter
saved as PDF and logged as sent. Moving between fields is Tab (counted, via tab_to), between
tabs Ctrl+Tab, buttons by their Alt-letter or Space."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

import tests.ui.helpers as h
from tests.ui.helpers import focus, press, tab, tab_to, type_text
from wor_desk.domain.wijken import Area

ALT, CTRL = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier
LIMIT = 400


def test_one_referral_from_ctrl_n_to_the_closing_letter_by_keyboard_alone(
    qtbot, window, desk, tmp_path, monkeypatch
):
    desk.update_settings(organisatie_naam="Welzijn Oost", coach_naam="Fatima El Amrani")
    for naam, aanbod in (
        ("Wandelgroep Noorderplantsoen", "bewegen"),
        ("Samen koken", "koken_samen_eten"),
    ):
        desk.catalogue.add(naam=naam, aanbod=aanbod, gemeente="Groningen", wijk="Oosterpoort")
    desk.wijken.replace([Area(9724, "AA", "ZZ", "Groningen", "Oosterpoort")])
    mouse = []
    QApplication.instance().installEventFilter(
        type(
            "NoMouse",
            (__import__("PySide6.QtCore").QtCore.QObject,),
            {
                "eventFilter": lambda self, o, e: (
                    (mouse.append(e.type()) if e.type().name.startswith("MouseButton") else None)
                    or False
                )
            },
        )(window)
    )
    h.reset_count()

    # -- Ctrl+N: the paper form -----------------------------------------------------------
    window.views["vandaag"].setFocus()
    press(qtbot, Qt.Key.Key_N, CTRL)
    dlg = window.referral_dialog
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dlg.w["achternaam"], timeout=5000)
    type_text(qtbot, "Jansen")
    tab(qtbot)
    type_text(qtbot, "Marieke")
    tab(qtbot)
    type_text(qtbot, "12-3-58")
    tab(qtbot)
    type_text(qtbot, "v")
    tab(qtbot)
    type_text(qtbot, "9724ab")
    tab_to(qtbot, dlg.w["telefoon"])
    type_text(qtbot, "050-1234567")
    tab_to(qtbot, dlg.w["verwijsdatum"])
    type_text(qtbot, "19-11")
    tab(qtbot)
    type_text(qtbot, "h")  # huisarts
    tab(qtbot)
    type_text(qtbot, "dr. Postma")
    tab(qtbot)
    type_text(qtbot, "De Linde")
    tab(qtbot)
    type_text(qtbot, "z")  # Zorgdomein
    tab(qtbot)
    press(qtbot, Qt.Key.Key_Space)  # eenzaamheid
    tab(qtbot)
    type_text(qtbot, "Sinds verhuizing alleen")
    tab(qtbot)
    type_text(qtbot, "j")
    tab(qtbot)
    type_text(qtbot, "j")
    press(qtbot, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: window.referral_dialog is None, timeout=5000)
    (row,) = desk.trajectory_rows()
    tid = row.id
    view = window.views["traject"]
    assert window.current_view() is view and view.trajectory_id == tid
    assert (desk.trajectory(tid).client.gemeente, desk.trajectory(tid).client.wijk) == (
        "Groningen",
        "Oosterpoort",
    )
    after_form = h.presses

    # -- step 3: first contact and intake (the focus is already in Eerste contact) -------
    window.activateWindow()  # a window system gives the main window back; offscreen needs asking
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    assert focus() is view.w["eerste_contact"]
    type_text(qtbot, "20-11")
    tab_to(qtbot, view.w["kennismaking"])
    type_text(qtbot, "23-11")
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert desk.trajectory(tid).state.step == 4

    # -- step 4: a conversation (the focus is in its date) --------------------------------
    assert focus() is view.gesprek_form.fields["gesprek"]
    type_text(qtbot, "23-11")
    tab(qtbot)
    type_text(qtbot, "Wil meer buiten zijn")
    press(qtbot, Qt.Key.Key_Return)
    assert [c.soort for c in desk.trajectory(tid).contacts] == ["gesprek"]

    # -- the match from the sociale kaart (tab Match en gezondheid) ---------------------
    while view.tabs.currentWidget() is not view.matching:
        press(qtbot, Qt.Key.Key_Tab, CTRL)
    panel = view.matching
    # the wijk came from the postcode (the wijkindeling): the default "Wijk van de cliënt" finds it
    tab_to(qtbot, panel.only_need)
    press(qtbot, Qt.Key.Key_Space)  # all kinds, not only those of the need
    tab_to(qtbot, panel.cand_search)
    type_text(qtbot, "wandel")
    tab_to(qtbot, panel.candidates)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Space)  # tick Wandelgroep Noorderplantsoen
    tab_to(qtbot, panel.propose_btn)
    press(qtbot, Qt.Key.Key_Space)
    assert [m.naam for m in desk.matching.history(tid)] == ["Wandelgroep Noorderplantsoen"]
    tab_to(qtbot, panel.start_date)  # outcome: Geaccepteerd is the first choice
    type_text(qtbot, "23-11")
    tab_to(qtbot, panel.outcome_btn)
    press(qtbot, Qt.Key.Key_Space)
    t = desk.trajectory(tid)
    assert t.trajectory.activiteit == "Wandelgroep Noorderplantsoen" and t.state.step == 5

    # -- follow-up ------------------------------------------------------------------------
    tab_to(qtbot, panel.follow_outcome)
    type_text(qtbot, "n")  # neemt deel
    tab_to(qtbot, panel.follow_btn)
    press(qtbot, Qt.Key.Key_Space)
    assert desk.trajectory(tid).state.step == 6

    # -- closing (tab 6 Nazorg en afronding) ---------------------------------------------
    while view.tabs.currentIndex() != 4:
        press(qtbot, Qt.Key.Key_Backtab, CTRL | Qt.KeyboardModifier.ShiftModifier)
    press(qtbot, Qt.Key.Key_A, ALT)
    type_text(qtbot, "23-11")
    press(qtbot, Qt.Key.Key_E, ALT)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_S, ALT)
    assert desk.trajectory(tid).state.status == "afgesloten"

    # -- the closing letter: saved as PDF and logged as sent ----------------------------
    press(qtbot, Qt.Key.Key_Tab, CTRL)  # Terugkoppeling
    press(qtbot, Qt.Key.Key_K, ALT)  # Brief aan de verwijzer ma&ken…
    qtbot.waitUntil(lambda: _letter(view) is not None, timeout=5000)
    letter = _letter(view)
    letter.activateWindow()
    qtbot.waitUntil(letter.isActiveWindow, timeout=3000)
    target = tmp_path / "afronding.pdf"

    def save_dialog(*_a, **_k):
        h._count()  # the coach presses Enter on the suggested name
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_dialog))
    if letter.moment.currentData() != "afronding":
        letter.moment.setFocus()
        while letter.moment.currentData() != "afronding":
            press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_P, ALT)
    qtbot.waitUntil(target.exists, timeout=10000)
    press(qtbot, Qt.Key.Key_M, ALT)
    fb = desk.trajectory(tid).feedback
    assert [f.moment for f in fb] == ["afronding"]

    total = h.presses
    print(f"\nkey presses: paper form {after_form}, the whole workflow {total}")
    assert mouse == []
    assert total <= LIMIT, f"{total} key presses for one referral (limit {LIMIT})"


def _letter(view):
    from wor_desk_ui.views.letters import LetterDialog

    found = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, LetterDialog) and w.isVisible()
    ]
    return found[0] if found else None
