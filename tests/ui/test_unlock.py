"""The unlock screen: right and wrong passphrase, Caps Lock hint, creating a profile."""

from __future__ import annotations

from PySide6.QtCore import Qt
from wor_desk_ui.app import DeskApp
from wor_desk_ui.views.unlock import passphrase_strength

from tests.conftest import PASSPHRASE, TODAY
from tests.ui.helpers import activate, focus, press, type_text
from wor_desk.desk import Desk
from wor_desk.store import paths


def _start(qtbot, profile="werk"):
    app = DeskApp(profile, today=lambda: TODAY)
    view = app.start()
    qtbot.addWidget(view)
    activate(qtbot, view)
    return app, view


def test_wrong_passphrase_shows_the_message_and_right_one_opens_the_main_window(qtbot, home):
    Desk.create("werk", PASSPHRASE).close()
    app, view = _start(qtbot)
    assert view.profile_box.currentText() == "werk"
    view.passphrase.edit.setFocus()
    type_text(qtbot, "niet het goede wachtwoord")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.error.text() != "", timeout=15000)
    assert "klopt niet" in view.error.text() and "werk" in view.error.text()
    assert app.window is None

    view.passphrase.edit.selectAll()
    type_text(qtbot, PASSPHRASE)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: app.window is not None, timeout=15000)
    qtbot.addWidget(app.window)
    assert app.window.isVisible()
    assert app.window.desk.profile == "werk"
    assert "werk" in app.window.windowTitle()
    app.window.close()
    app.quit()


def test_capital_letters_typed_without_shift_show_the_caps_lock_hint(qtbot, home):
    Desk.create("werk", PASSPHRASE).close()
    _app, view = _start(qtbot)
    view.passphrase.edit.setFocus()
    assert view.passphrase.caps_hint.isHidden()
    type_text(qtbot, "ABC")
    assert not view.passphrase.caps_hint.isHidden()
    assert "Caps Lock" in view.passphrase.caps_hint.text()
    type_text(qtbot, "d")
    assert view.passphrase.caps_hint.isHidden()


def test_first_run_creates_a_profile_after_a_strong_enough_passphrase_and_asks_for_setup(
    qtbot, home
):
    app, view = _start(qtbot, profile=None)
    assert view.pages.currentIndex() == 1  # no profiles yet: the create form
    assert "aanmaken" in view.windowTitle()  # not "ontgrendelen"
    assert view.new_name.text() == paths.DEFAULT_PROFILE
    view.new_pass.edit.setFocus()
    type_text(qtbot, "kort")
    assert "te kort" in view.strength.text()
    view.new_repeat.edit.setFocus()
    type_text(qtbot, "kort")
    press(qtbot, Qt.Key.Key_Return)
    assert "te kort" in view.create_error.text()
    assert paths.list_profiles() == []

    view.new_pass.edit.clear()
    view.new_repeat.edit.clear()
    view.new_pass.edit.setFocus()
    type_text(qtbot, "lente in de polder bij de molen")
    assert "Sterk" in view.strength.text()
    view.new_repeat.edit.setFocus()
    type_text(qtbot, "lente in de polder bij de molen")
    view.demo.setFocus()  # Enter on the demo box creates the profile too (it did nothing)
    assert focus() is view.demo
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: app.window is not None, timeout=15000)
    qtbot.addWidget(app.window)
    assert paths.list_profiles() == [paths.DEFAULT_PROFILE]
    dlg = app.setup_dialog
    assert dlg is not None and dlg.isVisible()
    dlg.form.edits["organisatie_naam"].setText("Welzijn Noord")
    dlg.form.edits["coach_naam"].setText("Sanne de Boer")
    dlg.form.edits["werkgebied"].setPlainText("Groningen: Beijum, Oosterpoort\nTen Boer")
    dlg.accept()
    s = app.desk.settings()
    assert s["organisatie_naam"] == "Welzijn Noord" and s["coach_naam"] == "Sanne de Boer"
    assert s["werkgebied"] == [
        {"gemeente": "Groningen", "wijken": ["Beijum", "Oosterpoort"]},
        {"gemeente": "Ten Boer", "wijken": []},
    ]
    app.window.close()
    app.quit()


def test_strength_hint_follows_the_store_rule():
    assert passphrase_strength("1234567")[0] is False
    assert passphrase_strength("12345678")[0] is True
    assert "Sterk" in passphrase_strength("vier woorden in een zin")[1]
