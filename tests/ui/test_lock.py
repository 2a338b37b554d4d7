"""Auto-lock after idle time: client data hidden, passphrase asked again, nothing lost."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from tests.conftest import PASSPHRASE
from tests.ui.helpers import press, type_text


def _visible_texts() -> str:
    out = []
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        for w in top.findChildren(QLabel) + top.findChildren(QLineEdit):
            if w.isVisible():
                out.append(w.text())
        out.append(top.windowTitle())
    return "\n".join(out)


def test_idle_time_locks_the_window_and_unlocking_keeps_unsaved_work(qtbot, window, desk, make):
    tid = make.trajectory(
        verwijsdatum=date(2026, 11, 2), client={"voornaam": "Grietje", "achternaam": "Zwiers"}
    )
    window.open_trajectory(tid)
    view = window.views["traject"]
    view.w["klachten"].setPlainText("Half getypte klacht")
    dlg = window.new_referral()
    qtbot.waitUntil(dlg.isVisible)
    dlg.w["achternaam"].setText("Smit")
    assert "Zwiers" in _visible_texts()

    window.idle.set_interval_ms(150)
    qtbot.waitUntil(lambda: window.locked, timeout=5000)
    window.idle.set_minutes(5)
    assert window.pages.currentWidget() is window.lock_view
    assert not view.isVisible() and not dlg.isVisible()
    texts = _visible_texts()
    assert "Zwiers" not in texts and "Grietje" not in texts and "Smit" not in texts
    assert all(
        not a.isEnabled() for a in window._actions
    )  # Ctrl+N and friends do nothing while locked

    qtbot.waitUntil(
        lambda: QApplication.focusWidget() is window.lock_view.passphrase.edit, timeout=3000
    )
    type_text(qtbot, "verkeerd wachtwoord")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.lock_view.error.text() != "", timeout=15000)
    assert "klopt niet" in window.lock_view.error.text()
    assert window.locked

    window.lock_view.passphrase.edit.selectAll()
    type_text(qtbot, PASSPHRASE)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.locked, timeout=15000)
    assert view.isVisible() and dlg.isVisible()
    assert view.w["klachten"].toPlainText() == "Half getypte klacht" and view.has_unsaved()
    assert dlg.w["achternaam"].text() == "Smit"
    assert view.save()
    assert desk.trajectory(tid).trajectory.klachten == "Half getypte klacht"


def test_ctrl_l_locks_at_once_and_the_setting_sets_the_idle_time(qtbot, window, desk):
    window.views["vandaag"].setFocus()
    press(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.locked
    window.unlock()
    settings = window.show_view("instellingen")
    settings.lock_minutes.setValue(12)
    settings.save()
    assert desk.setting("auto_lock_minuten") == 12
    assert window.idle.timer.interval() == 12 * 60_000
