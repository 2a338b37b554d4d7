"""The sync screen: what will leave, Sync now against a real collector, state and summary."""

from __future__ import annotations

from datetime import date

from wor_desk_ui.hub import Hub
from wor_desk_ui.views.sync import SyncView

from tests.collector.conftest import RunningCollector
from tests.ui.helpers import click, show_at, type_into
from wor_desk.collector.service import Collector


def fill(make):
    for _ in range(6):
        make.trajectory(
            verwijsdatum=date(2026, 3, 2),
            verwijzer_praktijk="Praktijk De Linde",
            client={"gemeente": "Utrecht", "geslacht": "vrouw"},
        )
    for _ in range(2):
        make.trajectory(
            verwijsdatum=date(2026, 3, 3), client={"gemeente": "Utrecht", "geslacht": "man"}
        )


def table_rows(view):
    t = view.table
    return [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]


def test_the_table_shows_what_will_leave_with_suppressed_cells_marked(qtbot, desk, make):
    fill(make)
    desk.sync.configure(region_secret="regio-geheim-voor-tests")
    view = SyncView(desk, Hub())
    qtbot.addWidget(view)
    show_at(qtbot, view)
    qtbot.waitUntil(lambda: view.table.rowCount() > 0, timeout=10000)
    rows = table_rows(view)
    man = next(r for r in rows if r[2] == "Man")
    assert man[0] == "maart 2026" and man[1].startswith("* ") and man[3] == "onderdrukt (1–7)"
    total = next(r for r in rows if r[1] == "Verwijzingen" and r[2] == "Totaal")
    assert total[3] == "8"
    assert not any("Linde" in cell for r in rows for cell in r)
    assert "onderdrukt" in view.legend.text()


def test_sync_now_sends_and_shows_the_summary_and_last_sync(qtbot, desk, make, tmp_path):
    fill(make)
    collector = Collector.open(f"sqlite:///{tmp_path / 'c.db'}", today=lambda: date(2026, 11, 23))
    server = RunningCollector(collector).start()
    try:
        token = collector.add_desk("d", "T", "O")
        view = SyncView(desk, Hub())
        qtbot.addWidget(view)
        show_at(qtbot, view)
        assert "nog nooit" in view.state_label.text()
        type_into(qtbot, view.url, server.url)
        type_into(qtbot, view.token, token)
        type_into(qtbot, view.secret, "regio-geheim-voor-tests")
        click(qtbot, view.save)
        assert desk.sync.state().collector == server.url and view.token.text() == ""
        click(qtbot, view.sync_now)
        qtbot.waitUntil(lambda: "Verzonden: 3 periode(n)" in view.summary.text(), timeout=20000)
        assert "nieuw" in view.summary.text() and "Er wacht niets." in view.state_label.text()
        assert "Sociale kaart van de regio (revisie 0)" in view.summary.text()
        assert "nog nooit" not in view.state_label.text()
        view.resize(900, 700)
        view.grab().save(str(tmp_path / "sync.png"))
    finally:
        server.stop()
        collector.close()


def test_an_unreachable_collector_leaves_the_months_waiting_on_screen(qtbot, desk, make):
    fill(make)
    desk.sync.configure(
        collector="http://127.0.0.1:9", token="wdd_x", region_secret="regio-geheim-voor-tests"
    )
    view = SyncView(desk, Hub())
    qtbot.addWidget(view)
    show_at(qtbot, view)
    click(qtbot, view.sync_now)
    qtbot.waitUntil(lambda: "niet bereikbaar" in view.summary.text(), timeout=30000)
    assert "Wacht nog: 3 perioden (2026, maart 2026, 1e kwartaal 2026)" in view.state_label.text()


def test_a_koppelcode_joins_the_desk_and_is_stored_only_after_the_push(qtbot, desk, make, tmp_path):
    from wor_desk.sync import koppelcode

    fill(make)
    collector = Collector.open(f"sqlite:///{tmp_path / 'c.db'}", today=lambda: date(2026, 11, 23))
    server = RunningCollector(collector).start()
    try:
        secret = collector.region_secret("regio passphrase voor de test")
        code = koppelcode.make(server.url, collector.add_desk("d", "T", "O"), secret)
        view = SyncView(desk, Hub())
        qtbot.addWidget(view)
        show_at(qtbot, view)
        type_into(qtbot, view.join_code, code[:-1] + ("0" if code[-1] != "0" else "1"))  # a typo
        click(qtbot, view.join)
        qtbot.waitUntil(lambda: "koppelcode klopt niet" in view.summary.text(), timeout=20000)
        assert desk.sync.state().collector == ""
        view.join_code.clear()
        type_into(qtbot, view.join_code, code)
        click(qtbot, view.join)
        qtbot.waitUntil(lambda: "Gekoppeld" in view.summary.text(), timeout=20000)
        st = desk.sync.state()
        assert st.collector == server.url and st.has_token and st.has_secret and not st.waiting
        assert view.url.text() == server.url and view.join_code.text() == ""
    finally:
        server.stop()
        collector.close()
