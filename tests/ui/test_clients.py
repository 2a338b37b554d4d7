"""The Cliënten list over a large profile: search and filters in memory, same answers as Desk."""

from __future__ import annotations

import pytest
from wor_desk_ui.hub import Hub
from wor_desk_ui.views.clients import ClientsView

from tests.conftest import TODAY
from tests.ui.helpers import activate, key_into, type_into
from wor_desk import demo
from wor_desk.desk import Changes, TrajectoryFilter


@pytest.fixture(scope="module")
def big(read_only_desk):
    """A demo caseload of over 50,000 trajectories, filled once: the tests on it only read."""
    read_only_desk.update_settings(is_demo=True)
    demo.fill(read_only_desk, clients=47_400, seed=3)
    return read_only_desk


def _ids(view):
    return [view.model.row_at(i).id for i in range(view.model.rowCount())]


def test_search_as_you_type_over_fifty_thousand_trajectories_matches_the_desk_filter(
    qtbot, big, monkeypatch
):
    view = ClientsView(big, Hub())
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=60000):
        pass
    total = view.model.total()
    assert total >= 50_000 and view.model.rowCount() == total
    calls = []
    real = big.trajectory_rows
    monkeypatch.setattr(big, "trajectory_rows", lambda *a, **k: calls.append(1) or real(*a, **k))
    activate(qtbot, view)
    view.search.setFocus()
    for ch in "de vr":
        type_into(qtbot, view.search, ch)
    assert calls == []  # typing never queries the store again
    monkeypatch.undo()
    want = [r.id for r in big.trajectory_rows(TrajectoryFilter(text="de vr"))]
    assert want and _ids(view) == want
    assert f"{len(want):,}".replace(",", ".") in view.count.text()

    key_into(qtbot, view.search, "a")  # "de vra": narrowing the rows shown
    want = [r.id for r in big.trajectory_rows(TrajectoryFilter(text="de vra"))]
    assert _ids(view) == want
    view.search.clear()  # widening again
    assert view.model.rowCount() == total


def test_step_status_and_period_filters_agree_with_desk(qtbot, big):
    view = ClientsView(big, Hub())
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=60000):
        pass
    view.step.setCurrentIndex(view.step.findData(4))
    view.status.set_code("lopend")
    view.date_from.setText("1-1-2026")
    view.date_from.editingFinished.emit()
    want = [
        r.id
        for r in big.trajectory_rows(
            TrajectoryFilter(step=4, status="lopend", referred_from=TODAY.replace(month=1, day=1))
        )
    ]
    assert want and _ids(view) == want
    rows = [view.model.row_at(i) for i in range(view.model.rowCount())]
    assert all(r.step == 4 and r.status == "lopend" for r in rows)


def test_sorting_by_name_and_reloading_on_a_change(qtbot, desk, make):
    for name in ("Zwart", "Albers", "Mol"):
        make.trajectory(client={"achternaam": name, "voornaam": ""})
    hub = Hub()
    view = ClientsView(desk, hub)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.model.total() == 3, timeout=10000)
    view.table.sortByColumn(1, view.table.horizontalHeader().sortIndicatorOrder().AscendingOrder)
    assert [view.model.row_at(i).naam for i in range(3)] == ["Albers", "Mol", "Zwart"]
    tid = make.trajectory(client={"achternaam": "Bakker", "voornaam": ""})
    with qtbot.waitSignal(view.loaded, timeout=10000):
        hub.notify(Changes.of("referral", [tid]))
    assert [view.model.row_at(i).naam for i in range(4)] == ["Albers", "Bakker", "Mol", "Zwart"]
