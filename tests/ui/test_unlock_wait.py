"""After repeated wrong passphrases the unlock screen makes the coach wait, shows the
remaining wait and counts it down; a right passphrase afterwards opens and clears the count."""

from __future__ import annotations

import json
import time

from PySide6.QtCore import Qt
from wor_desk_ui.app import DeskApp

from tests.conftest import PASSPHRASE, TODAY
from tests.ui.helpers import activate, press, type_text
from wor_desk.desk import Desk
from wor_desk.store import attempts, paths


def test_repeated_wrong_passphrases_show_a_growing_wait_and_disable_the_button(qtbot, home):
    Desk.create("werk", PASSPHRASE).close()
    app = DeskApp("werk", today=lambda: TODAY)
    view = app.start()
    qtbot.addWidget(view)
    activate(qtbot, view)
    for i in range(attempts.FREE_TRIES):
        view.passphrase.edit.setFocus()
        view.passphrase.edit.selectAll()
        type_text(qtbot, f"fout wachtwoord {i}")
        press(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(
            lambda: not view.busy.isVisible() and view.error.text() != "", timeout=15000
        )
    assert "Wacht nog" in view.error.text()
    assert not view.unlock_button.isEnabled()
    shown = int("".join(c for c in view.error.text() if c.isdigit()))
    assert 0 < shown <= attempts.FIRST_WAIT
    assert view.countdown.active
    # the count survives closing the app; pretend the wait is over
    f = paths.profile_dir("werk") / attempts.FILE
    data = json.loads(f.read_text())
    assert data["failures"] == attempts.FREE_TRIES
    f.write_text(json.dumps({**data, "last": time.time() - attempts.FIRST_WAIT - 1}))
    view.countdown.tick()
    assert view.unlock_button.isEnabled()
    view.passphrase.edit.setFocus()
    view.passphrase.edit.selectAll()
    type_text(qtbot, PASSPHRASE)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: app.window is not None, timeout=15000)
    qtbot.addWidget(app.window)
    assert not f.exists()
    app.window.close()
    app.quit()
