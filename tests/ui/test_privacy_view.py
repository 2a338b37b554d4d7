"""Privacy from the trajectory screen: inzage to a file, the client's log, erasure after a
question that names what goes."""

from __future__ import annotations

import json

from wor_desk.errors import NotFound


def _open(window, tid):
    window.open_trajectory(tid)
    view = window.views["traject"]
    assert window.current_view() is view
    return view


def test_inzage_is_written_to_the_file_the_coach_chose(
    qtbot, window, desk, make, tmp_path, monkeypatch
):
    tid = make.trajectory(client={"voornaam": "Geertruida", "achternaam": "Oosterhof"})
    view = _open(window, tid)
    assert view.privacy.isVisible() and view.privacy.isEnabled()
    shown = []
    monkeypatch.setattr(
        "wor_desk_ui.views.privacy.QMessageBox.information", lambda *a: shown.append(a[2])
    )
    monkeypatch.setattr(
        "wor_desk_ui.views.privacy.QFileDialog.getSaveFileName",
        lambda *a: (str(tmp_path / "inzage"), "JSON-bestanden (*.json)"),
    )
    view.privacy.export_action.trigger()  # the menu item, as the coach picks it
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    data = json.loads((tmp_path / "inzage.json").read_text(encoding="utf-8"))
    assert data["client"]["achternaam"] == "Oosterhof"
    assert "inzage.json" in shown[0]


def test_the_clients_log_is_shown_read_only(qtbot, window, desk, make):
    tid = make.trajectory()
    view = _open(window, tid)
    desk.update_trajectory(tid, eerste_contact=desk.trajectory(tid).trajectory.verwijsdatum)
    dlg = view.privacy.show_audit()
    qtbot.waitExposed(dlg)
    kinds = {dlg.table.item(i, 2).text() for i in range(dlg.table.rowCount())}
    assert {"vastgelegd", "gewijzigd"} <= kinds
    assert dlg.table.editTriggers() == dlg.table.EditTrigger.NoEditTriggers
    dlg.close()


def test_erasing_names_the_client_and_empties_the_screen(qtbot, window, desk, make, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    tid = make.trajectory(client={"voornaam": "Geertruida", "achternaam": "Oosterhof"})
    view = _open(window, tid)
    cid = view.detail.client.id
    asked = []
    monkeypatch.setattr(
        "wor_desk_ui.views.privacy.QMessageBox.question",
        lambda parent, title, text, *a: (asked.append(text), QMessageBox.StandardButton.Yes)[1],
    )
    view.privacy.erase_action.trigger()
    assert "Geertruida Oosterhof" in asked[0] and "met 1 traject," in asked[0]
    qtbot.waitUntil(lambda: view.detail is None, timeout=5000)
    assert not view.isEnabled()
    try:
        desk.client(cid)
        raise AssertionError("client still there")
    except NotFound:
        pass


# -- backups and retention on Vandaag, at unlock, on the unlock screen ----------------------------
def test_vandaag_warns_when_the_backup_folder_is_unreachable(qtbot, window, desk, tmp_path):
    from wor_desk.desk import Changes

    today = window.views["vandaag"]
    qtbot.waitUntil(lambda: today.backup_warning.isVisible(), timeout=10000)
    assert "Kies er een bij Instellingen" in today.backup_warning.text()
    desk.backups.configure(folder=tmp_path / "usb-stick")
    window.hub.notify(Changes.of("settings"))
    qtbot.waitUntil(lambda: "niet bereikbaar" in today.backup_warning.text(), timeout=10000)
    (tmp_path / "usb-stick").mkdir()
    desk.backups.run()
    window.hub.notify(Changes.of("backup"))
    qtbot.waitUntil(lambda: not today.backup_warning.isVisible(), timeout=10000)


def test_unlock_makes_the_days_backup_and_asks_about_retention(qtbot, home, tmp_path):
    from datetime import date

    from wor_desk_ui.app import DeskApp
    from wor_desk_ui.views import upkeep

    from tests.conftest import PASSPHRASE, TODAY, Factory
    from wor_desk.desk import Desk
    from wor_desk.privacy.backups import list_backups

    d = Desk.create("werk", PASSPHRASE, today=lambda: TODAY)
    Factory(d).trajectory(
        verwijsdatum=date(2023, 1, 2),
        eerste_contact=date(2023, 1, 3),
        afgerond=date(2023, 2, 1),
        afsluitreden="uitgevallen",
    )
    (tmp_path / "usb").mkdir()
    d.backups.configure(folder=tmp_path / "usb")
    d.close()

    asked = []
    app = DeskApp("werk", today=lambda: TODAY)
    view = app.start()
    qtbot.addWidget(view)
    orig = upkeep.check_retention
    upkeep.check_retention = lambda p, desk, hub, ask=None: orig(
        p, desk, hub, lambda q, details, go: (asked.append((q, details)), go())
    )
    try:
        view.profile_box.setCurrentText("werk")
        view.passphrase.edit.setText(PASSPHRASE)
        view.unlock()
        qtbot.waitUntil(lambda: app.window is not None, timeout=20000)
        qtbot.addWidget(app.window)
        qtbot.waitUntil(lambda: bool(list_backups("werk", tmp_path / "usb")), timeout=20000)
    finally:
        upkeep.check_retention = orig
    assert asked and "1 afgesloten traject" in asked[0][0] and "T0000" in asked[0][1]
    assert app.desk.status().trajectories == 0
    app.window.close()
    app.quit()


def test_a_damaged_store_can_be_restored_from_a_backup_on_the_unlock_screen(qtbot, home, tmp_path):
    from wor_desk_ui.app import DeskApp

    from tests.conftest import PASSPHRASE, TODAY, Factory
    from wor_desk.desk import Desk
    from wor_desk.store import paths

    d = Desk.create("werk", PASSPHRASE, today=lambda: TODAY)
    tid = Factory(d).trajectory(client={"achternaam": "Hersteld"})
    (tmp_path / "usb").mkdir()
    d.backups.configure(folder=tmp_path / "usb")
    d.backups.run()
    d.close()
    store = paths.profile_dir("werk") / paths.STORE_FILE
    data = bytearray(store.read_bytes())
    data[4096 * 2 : 4096 * 3] = bytes(4096)  # a damaged page
    store.write_bytes(bytes(data))
    for extra in ("-wal", "-shm"):
        (store.parent / (store.name + extra)).unlink(missing_ok=True)

    app = DeskApp("werk", today=lambda: TODAY)
    view = app.start()
    qtbot.addWidget(view)
    view.profile_box.setCurrentText("werk")
    view.passphrase.edit.setText(PASSPHRASE)
    view.unlock()
    qtbot.waitUntil(lambda: view.error.text() != "", timeout=20000)
    assert view.restore_button.isVisibleTo(view) and "back-up" in view.error.text()
    (backup,) = view.backups()
    view.passphrase.edit.setText(PASSPHRASE)
    view.restore_from(backup.path)
    qtbot.waitUntil(lambda: app.window is not None, timeout=20000)
    qtbot.addWidget(app.window)
    assert app.desk.trajectory(tid).client.achternaam == "Hersteld"
    app.window.close()
    app.quit()


def test_damage_found_by_the_days_backup_is_shown_at_once(qtbot, home, tmp_path, monkeypatch):
    """The day's backup checks the store in full first (store/checks.py); damage it finds is
    said now, with the restore advice, not left to the next unlock (no backup is written)."""
    from datetime import datetime, timedelta

    from wor_desk_ui.app import DeskApp
    from wor_desk_ui.views import upkeep

    from tests.conftest import PASSPHRASE, TODAY, Factory
    from tests.core.test_store_checks import _damage_page, _page_of
    from wor_desk.desk import Desk
    from wor_desk.errors import DamagedStore
    from wor_desk.privacy import backups
    from wor_desk.store import checks, paths

    d = Desk.create("test", PASSPHRASE, today=lambda: TODAY)
    make = Factory(d)
    for _ in range(3):
        make.trajectory()
    (tmp_path / "usb").mkdir()
    d.backups.configure(folder=tmp_path / "usb")
    d.close()
    yesterday = datetime.now() - timedelta(days=1)
    backups.write_config("test", backups.BackupConfig(str(tmp_path / "usb"), 14, yesterday))
    _damage_page(_page_of("audit"))  # a page the unlock does not read
    assert checks.mark_closed(paths.profile_dir("test"))  # damage the record cannot see

    shown = []
    real = upkeep.show_error
    monkeypatch.setattr(upkeep, "show_error", lambda *a: (shown.append(a[1]), real(*a))[1])
    app = DeskApp("test", today=lambda: TODAY)
    view = app.start()
    qtbot.addWidget(view)
    view.profile_box.setCurrentText("test")
    view.passphrase.edit.setText(PASSPHRASE)
    view.unlock()
    qtbot.waitUntil(lambda: app.window is not None, timeout=20000)
    qtbot.addWidget(app.window)
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    assert isinstance(shown[0], DamagedStore)
    assert not backups.list_backups("test", tmp_path / "usb")
    app.window.close()
    app.quit()
