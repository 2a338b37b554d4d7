"""Importing a registration sheet from the menu: the same report as the CLI, in the background."""

from __future__ import annotations

from PySide6.QtCore import Qt
from wor_desk_ui.views.import_sheet import ImportDialog

from tests.ui.helpers import key_into


def _sheet(tmp_path, rows):
    p = tmp_path / "blad.csv"
    p.write_text(
        "client_nr;achternaam;verwijsdatum;verwijzer_type\n" + "\n".join(rows) + "\n",
        encoding="utf-8",
    )
    return p


def test_a_sheet_with_a_bad_row_is_reported_per_row_and_nothing_is_imported(
    qtbot, window, desk, tmp_path
):
    path = _sheet(
        tmp_path,
        [
            "A1;Jansen;2026-03-02;huisarts",
            "A2;Bakker;2026-13-40;huisarts",
            "A3;Smit;2026-04-01;tovenaar",
        ],
    )
    window.views["vandaag"].setFocus()
    key_into(qtbot, window.views["vandaag"], Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    dlg = window.findChild(ImportDialog)
    assert dlg is not None and dlg.isVisible()
    dlg.path.setText(str(path))
    dlg.import_button.click()
    qtbot.waitUntil(lambda: dlg.report is not None, timeout=20000)
    assert "Niet geïmporteerd" in dlg.summary.text()
    cells = {
        (dlg.table.item(r, 0).text(), dlg.table.item(r, 1).text())
        for r in range(dlg.table.rowCount())
    }
    assert ("3", "verwijsdatum") in cells and ("4", "verwijzer_type") in cells
    assert "tovenaar" in " ".join(dlg.table.item(r, 2).text() for r in range(dlg.table.rowCount()))
    assert desk.trajectory_rows() == []


def test_a_good_sheet_is_imported_and_the_client_list_refreshes(qtbot, window, desk, tmp_path):
    path = _sheet(tmp_path, ["A1;Jansen;2026-03-02;huisarts", "A2;Bakker;2026-04-01;poh"])
    dlg = window.import_sheet()
    dlg.path.setText(str(path))
    clients = window.views["clienten"]
    with qtbot.waitSignal(clients.loaded, timeout=20000):
        dlg.import_button.click()
    assert dlg.report.written and "Geïmporteerd" in dlg.summary.text()
    assert sorted(clients.model.row_at(i).naam for i in range(clients.model.rowCount())) == [
        "Bakker",
        "Jansen",
    ]
