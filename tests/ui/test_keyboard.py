"""The trajectory and the new-referral form by keyboard (issue 12, items 3, 4, 6 and 7): Tab
never gets trapped, Ctrl+Tab changes tabs, the focus starts where the step needs it, closing
works by keys alone, Esc asks before throwing a referral away, two-digit birth years."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from shiboken6 import isValid

from tests.ui.helpers import focus, press, tab, type_text

ALT, CTRL = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier


def _open(qtbot, window, tid):
    window.open_trajectory(tid)
    view = window.views["traject"]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return view


def test_opening_a_trajectory_puts_the_focus_in_the_first_field_of_its_step(qtbot, window, make):
    tid = make.trajectory(verwijsdatum=date(2026, 11, 16))
    view = _open(qtbot, window, tid)
    assert view.steps.current == 3
    assert focus() is view.w["eerste_contact"]
    type_text(qtbot, "17-11")
    tab(qtbot)
    assert view.w["eerste_contact"].value() == date(2026, 11, 17)


def test_ctrl_tab_changes_tabs_from_inside_a_field_and_lands_in_a_field(qtbot, window, make):
    view = _open(qtbot, window, make.trajectory(verwijsdatum=date(2026, 11, 16)))
    assert view.tabs.currentIndex() == 1
    press(qtbot, Qt.Key.Key_Tab, CTRL)
    assert view.tabs.currentIndex() == 2
    assert view.tabs.currentWidget().isAncestorOf(focus())
    press(qtbot, Qt.Key.Key_Backtab, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert view.tabs.currentIndex() == 1


def test_tab_leaves_tables_and_multi_line_fields(qtbot, window, make, desk):
    tid = make.trajectory(verwijsdatum=date(2026, 11, 2), kennismaking=date(2026, 11, 9))
    desk.add_contact(tid, "gesprek", date(2026, 11, 10), "eerste")
    desk.add_contact(tid, "gesprek", date(2026, 11, 12), "tweede")
    view = _open(qtbot, window, tid)
    assert view.tabs.currentIndex() == 2
    view.gesprekken.setFocus()
    view.gesprekken.setCurrentCell(0, 0)
    tab(qtbot)
    assert focus() is not view.gesprekken  # it cycled through the cells forever
    behoefte = view.w["behoefte"]
    behoefte.setFocus()
    type_text(qtbot, "Ritme")
    tab(qtbot)
    assert behoefte.toPlainText() == "Ritme" and focus() is not behoefte


def test_closing_by_keyboard_alone_with_messages_at_the_right_field(qtbot, window, make, desk):
    tid = make.trajectory(
        verwijsdatum=date(2026, 9, 1),
        kennismaking=date(2026, 9, 8),
        aanbod="natuur",
        start_activiteit=date(2026, 9, 20),
        nazorg=[date(2026, 11, 1)],
    )
    view = _open(qtbot, window, tid)
    assert view.tabs.currentIndex() == 4
    press(qtbot, Qt.Key.Key_S, ALT)  # Traject af&sluiten with nothing filled in
    assert "Datum afsluiten is verplicht" in view.close_form.error_text("afgerond")
    assert view.close_form.error_text("afsluitreden")
    press(qtbot, Qt.Key.Key_A, ALT)  # Datum &afsluiten
    assert focus() is view.afgerond
    type_text(qtbot, "20-11")
    assert view.close_form.error_text("afgerond") == ""  # goes away once the field changes
    press(qtbot, Qt.Key.Key_E, ALT)  # R&eden van afsluiten
    assert focus() is view.afsluitreden
    press(qtbot, Qt.Key.Key_Down)
    assert view.close_form.error_text("afsluitreden") == ""
    press(qtbot, Qt.Key.Key_S, ALT)
    t = desk.trajectory(tid).trajectory
    assert t.afgerond == date(2026, 11, 20) and t.afsluitreden


def test_esc_on_a_half_typed_referral_asks_and_keeps_it_unless_discarded(qtbot, window, desk):
    window.views["vandaag"].setFocus()
    press(qtbot, Qt.Key.Key_N, CTRL)
    dlg = window.referral_dialog
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dlg.w["achternaam"], timeout=5000)
    type_text(qtbot, "Smit")
    answers = iter([Qt.Key.Key_Escape, Qt.Key.Key_W])  # Verder invullen, then &Weggooien
    seen = []

    def answer():
        box = dlg.question
        if box is None or not box.isVisible():
            QTimer.singleShot(20, answer)
            return
        if not box.isActiveWindow():
            box.activateWindow()  # the window system does this; offscreen needs asking
            QTimer.singleShot(20, answer)
            return
        seen.append(box.text())
        key = next(answers)
        mod = ALT if key == Qt.Key.Key_W else Qt.KeyboardModifier.NoModifier
        qtbot.keyClick(QApplication.focusWidget() or box, key, mod)
        QTimer.singleShot(1000, lambda: isValid(box) and box.isVisible() and box.done(0))  # no hang

    QTimer.singleShot(0, answer)
    press(qtbot, Qt.Key.Key_Escape)
    assert dlg.isVisible() and dlg.w["achternaam"].text() == "Smit"
    assert "niet opgeslagen" in seen[0]
    dlg.activateWindow()  # the window system gives the focus back; offscreen needs asking
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=3000)
    QTimer.singleShot(0, answer)
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.referral_dialog is None, timeout=3000)
    assert desk.trajectory_rows() == []
    assert isinstance(QMessageBox, type)


def test_a_two_digit_birth_year_is_never_in_the_future_and_is_read_back_as_typed(qtbot, window):
    window.views["vandaag"].setFocus()
    press(qtbot, Qt.Key.Key_N, CTRL)
    dlg = window.referral_dialog
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dlg.w["achternaam"], timeout=5000)
    born = dlg.w["geboortedatum"]
    born.setFocus()
    type_text(qtbot, "14-5-58")
    hints = [w.text() for w in born.parentWidget().findChildren(type(dlg.message)) if w.isVisible()]
    assert "gelezen als 14-05-1958" in hints
    tab(qtbot)
    assert born.value() == date(1958, 5, 14) and born.text() == "14-05-1958"
    dlg.discard()
    dlg.reject()
