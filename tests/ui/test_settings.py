"""Instellingen shows what is stored and saves only what the coach changed (issue 12, item 1:
the first-run set-up's organisation and coach were wiped by saving a new lock time)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from wor_desk_ui.views.setup import SetupDialog

from tests.ui.helpers import key_into, type_into


def test_first_run_setup_shows_in_settings_and_saving_a_lock_time_keeps_it(qtbot, window, desk):
    # the main window (and its settings screen) exist before the first-run set-up is filled in
    settings = window.views["instellingen"]
    assert settings.setup.edits["organisatie_naam"].text() == ""
    dialog = SetupDialog(desk, window)
    dialog.accepted.connect(lambda: window.hub.notify(dialog.changes))
    dialog.show()
    qtbot.waitExposed(dialog)
    type_into(qtbot, dialog.form.edits["organisatie_naam"], "Welzijn Oost")
    type_into(qtbot, dialog.form.edits["organisatie_adres"], "Dorpsstraat 1\n9700 AA Groningen")
    type_into(qtbot, dialog.form.edits["coach_naam"], "Fatima El Amrani")
    dialog.accept()

    settings = window.show_view("instellingen")
    assert settings.setup.edits["organisatie_naam"].text() == "Welzijn Oost"
    assert settings.setup.edits["coach_naam"].text() == "Fatima El Amrani"
    assert "Dorpsstraat 1" in settings.setup.edits["organisatie_adres"].toPlainText()

    settings.lock_minutes.selectAll()
    type_into(qtbot, settings.lock_minutes, "12")
    assert settings.changed_values() == {"auto_lock_minuten": 12}
    key_into(qtbot, settings.lock_minutes, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: desk.setting("auto_lock_minuten") == 12, timeout=3000)
    assert desk.setting("organisatie_naam") == "Welzijn Oost"
    assert desk.setting("coach_naam") == "Fatima El Amrani"
    assert settings.status.text() == "Opgeslagen."


def test_a_value_changed_elsewhere_is_not_overwritten_by_an_untouched_field(qtbot, window, desk):
    settings = window.show_view("instellingen")
    desk.update_settings(coach_naam="Sanne de Boer")  # e.g. by the CLI while the screen is open
    settings.follow_up.setValue(8)
    settings.save()
    assert desk.setting("coach_naam") == "Sanne de Boer"
    assert desk.setting("nazorg_na_weken") == 8


def test_saved_message_goes_away_when_editing_goes_on(qtbot, window, desk):
    settings = window.show_view("instellingen")
    type_into(qtbot, settings.setup.edits["coach_naam"], "Sanne")
    settings.save()
    assert settings.status.text() == "Opgeslagen."
    type_into(qtbot, settings.setup.edits["coach_naam"], " de Boer")
    assert settings.status.text() == ""


def test_a_region_adds_its_own_referral_reason_on_the_settings_screen(qtbot, window, desk):
    from tests.ui.helpers import click
    from wor_desk import codes

    box = window.show_view("instellingen").regional_codes
    assert "Nog geen eigen redenen" in box.current.text()
    type_into(qtbot, box.code, "Digitaal!")
    type_into(qtbot, box.label_nl, "Digitale vaardigheden")
    type_into(qtbot, box.label_en, "Digital skills")
    click(qtbot, box.add_button)
    assert "geen geldige code" in box.message.text()
    assert desk.regional_codes.added("reden") == []
    box.code.selectAll()
    type_into(qtbot, box.code, "digitale_vaardigheden")
    click(qtbot, box.add_button)
    assert box.message.text() == ""
    assert "digitale_vaardigheden: Digitale vaardigheden / Digital skills" in box.current.text()
    assert codes.REDEN.label("digitale_vaardigheden") == "Digitale vaardigheden"


def test_a_practice_gets_its_address_and_agb_code_on_the_settings_screen(qtbot, window, desk, make):
    from tests.ui.helpers import click

    make.trajectory(
        verwijzer_praktijk="De Linde", verwijzer_naam="mw. Postma", verwijzer_type="poh"
    )
    box = window.show_view("instellingen").referrers
    box.refresh()
    box.choice.setCurrentIndex(box.choice.findText("De Linde"))
    assert "mw. Postma" in box.people.text()
    type_into(qtbot, box.address, "Lindelaan 3\n3581 AB Utrecht")
    type_into(qtbot, box.agb, "123")
    click(qtbot, box.save_button)
    assert "acht cijfers" in box.message.text()
    box.agb.selectAll()
    type_into(qtbot, box.agb, "01234567")
    click(qtbot, box.save_button)
    assert box.message.text() == "Opgeslagen."
    entry = desk.referrers.practice("de linde")
    assert entry.address_lines() == ("Lindelaan 3", "3581 AB Utrecht") and entry.agb == "01234567"
