"""The team lead's view reads the collector's totals for the reader token's scope: no names."""

from __future__ import annotations

from datetime import date

from wor_desk_ui.hub import Hub
from wor_desk_ui.views.team import READER_TOKEN, TeamTotalsView

from tests.collector.test_sync_http import setup_desk


def test_team_view_shows_the_collectors_totals_and_remembers_the_token(desk, make, server, qtbot):
    for i in range(6):
        make.trajectory(
            verwijsdatum=date(2026, 10, 5 + i),
            client={"achternaam": f"Geheimnaam{i}", "gemeente": "Utrecht"},
            eerste_contact=date(2026, 10, 6 + i),
            kennismaking=date(2026, 10, 12 + i),
        )
    setup_desk(desk, server)
    assert desk.sync.sync().ok
    reader = server.collector.add_reader("lead", "region")
    view = TeamTotalsView(desk, Hub())
    qtbot.addWidget(view)
    view.url.setText(server.url)
    view.token.setText(reader)
    view.period.setText("2026-10")
    view.fetch()
    qtbot.waitUntil(lambda: view.table.rowCount() > 0, timeout=30000)
    shown = {
        (view.table.item(r, 0).text(), view.table.item(r, 1).text()): view.table.item(r, 2).text()
        for r in range(view.table.rowCount())
    }
    assert shown[("Verwijzingen", "Totaal")] == "6"
    assert shown[("Kennismakingsgesprekken (intakes)", "Totaal")] == "6"
    assert not any("Geheimnaam" in k[1] or "Geheimnaam" in v for k, v in shown.items())
    assert desk.settings()[READER_TOKEN] == reader


def test_team_view_says_what_is_missing_before_going_online(desk, qtbot):
    view = TeamTotalsView(desk, Hub())
    qtbot.addWidget(view)
    view.url.setText("")
    view.fetch()
    assert "lezerstoken" in view.status.text()
    view.url.setText("http://127.0.0.1:9")
    view.token.setText("x")
    view.period.setText("2026-13")
    view.fetch()
    assert view.table.rowCount() == 0 and view.status.text()
