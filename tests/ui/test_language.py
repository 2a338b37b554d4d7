"""Dutch by default; English from the settings, for the widgets and the core's messages."""

from __future__ import annotations

from wor_desk_ui import i18n
from wor_desk_ui.app import DeskApp

from tests.conftest import PASSPHRASE, TODAY
from tests.ui.helpers import activate
from wor_desk.desk import Desk


def test_switching_to_english_in_settings_rebuilds_the_window_in_english(qtbot, home):
    Desk.create("werk", PASSPHRASE).close()
    app = DeskApp("werk", today=lambda: TODAY)
    view = app.start()
    qtbot.addWidget(view)
    activate(qtbot, view)
    view.passphrase.edit.setText(PASSPHRASE)
    view.unlock()
    qtbot.waitUntil(lambda: app.window is not None, timeout=15000)
    try:
        w = app.window
        nav = [w.nav.item(i).text() for i in range(w.nav.count())]
        assert nav[:3] == ["Vandaag", "Cliënten", "Traject"] and nav[-1] == "Instellingen"
        assert {"Sociale kaart", "Brieven", "Tellingen", "Synchronisatie", "Teamtotalen"} <= set(
            nav
        )
        settings = w.show_view("instellingen")
        settings.language.setCurrentIndex(settings.language.findData("en"))
        settings.save()
        assert app.window is not w
        w2 = app.window
        nav = [w2.nav.item(i).text() for i in range(w2.nav.count())]
        assert nav[:3] == ["Today", "Clients", "Trajectory"] and nav[-1] == "Settings"
        assert not {"Sociale kaart", "Brieven", "Tellingen", "Synchronisatie", "Teamtotalen"} & set(
            nav
        ), nav
        assert w2.menuBar().actions()[0].text() == "&File"
        assert w2.current_view() is w2.views["instellingen"]
        clients = w2.views["clienten"]
        assert clients.search.placeholderText().startswith("Search by name")
        assert app.desk.setting("taal") == "en"
        # the core's messages follow: a trajectory's step names and rule messages are English
        tid, _ = app.desk.register_referral(
            client={"achternaam": "Smit"}, verwijsdatum=TODAY, verwijzer_type="huisarts"
        )
        w2.open_trajectory(tid)
        traj = w2.views["traject"]
        assert "Step 3 (Intake), open." in traj.where.text()
        traj.w["kennismaking"].setText("1-1-2020")
        assert not traj.save()
        form = next(f for f in traj.forms if "kennismaking" in f.fields)
        assert "before the referral date" in form.error_text("kennismaking")
        traj.discard()
    finally:
        i18n.set_language("nl")
        app.window.idle.remove()
        app.window.close()
        app.quit()
