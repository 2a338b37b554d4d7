"""The Tellingen dashboard, driven as a team lead would: pick a period, read the figures
and charts, export. Its numbers are the CLI's CSV and the XLSX's numbers."""

from __future__ import annotations

import io
from datetime import date

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog
from wor_desk_ui.hub import Hub
from wor_desk_ui.views.dashboard import DashboardView

from tests.conftest import PASSPHRASE
from tests.ui.helpers import click, key_into, show_at
from wor_desk import counts
from wor_desk.cli import main


@pytest.fixture
def filled(desk, make):
    people = [
        (
            {
                "gemeente": "Zwolle",
                "wijk": "Centrum",
                "geslacht": "vrouw",
                "geboortedatum": date(1950, 1, 1),
            },
            date(2026, 1, 5),
            "huisarts",
            "De Linde",
        ),
        (
            {
                "gemeente": "Zwolle",
                "wijk": "Assendorp",
                "geslacht": "man",
                "geboortedatum": date(1990, 1, 1),
            },
            date(2026, 2, 6),
            "poh",
            "de linde",
        ),
        ({"gemeente": "Kampen", "geslacht": "x"}, date(2026, 3, 9), "fysiotherapeut", "Fysio"),
        (
            {"gemeente": "Kampen", "geslacht": "vrouw", "geboortedatum": date(2001, 3, 9)},
            date(2026, 3, 20),
            "huisarts",
            "Het Anker",
        ),
        ({"gemeente": "Zwolle", "geslacht": "vrouw"}, date(2025, 2, 3), "huisarts", "De Linde"),
    ]
    for i, (client, v, vt, pr) in enumerate(people):
        make.trajectory(
            client=client,
            verwijsdatum=v,
            verwijzer_type=vt,
            verwijzer_praktijk=pr,
            kanaal="zorgdomein",
            redenen=["stress", "angst"][: 1 + i % 2],
            toestemming_terugkoppeling=True,
            eerste_contact=v,
            kennismaking=date(v.year, v.month, 25),
            terugkoppeling=[date(v.year, v.month, 26)],
        )
    return desk


@pytest.fixture
def view(filled, qtbot):
    v = DashboardView(filled, Hub())
    qtbot.addWidget(v)
    v.resize(1200, 800)
    show_at(qtbot, v)
    qtbot.waitUntil(lambda: v.overview is not None, timeout=10000)
    return v


def show(view, qtbot, period: str) -> None:
    with qtbot.waitSignal(view.loaded, timeout=10000, check_params_cb=lambda p: p == period):
        view.set_period(period)


def number(text: str) -> str:
    """A figure as the screen shows it (33,3 % / 16,2 dagen) back to the codebook's form."""
    return text.split()[0].replace(".", "").replace(",", ".")


def test_opens_on_the_last_whole_month(view):
    assert view.overview.period.text == "2026-10"
    assert view.period_box.currentText() == "oktober 2026"


def test_cli_csv_xlsx_and_dashboard_show_the_same_numbers(
    view, qtbot, monkeypatch, capsys, tmp_path
):
    show(view, qtbot, "2026-Q1")
    monkeypatch.setenv("WOR_DESK_PASSPHRASE", PASSPHRASE)
    assert main(["--profile", "test", "counts", "--period", "2026-Q1", "-o", "-"]) == 0
    csv_rows = [line.split(",") for line in capsys.readouterr().out.splitlines()[1:]]
    csv_cells = {(ind, cat): value for _, ind, cat, value in csv_rows}

    target = tmp_path / "q1.xlsx"
    with qtbot.waitSignal(view.exported, timeout=10000):
        view.export("xlsx", target)
    wb = load_workbook(io.BytesIO(target.read_bytes()))
    xlsx_cells = {
        (r[1], r[2]): (f"{r[3]:.1f}" if r[1] in counts.DECIMALS else str(r[3]))
        for r in list(wb["Gegevens"].iter_rows(values_only=True))[1:]
    }
    assert xlsx_cells == csv_cells

    for ind, card in view.cards.items():
        assert number(card.value.text()) == csv_cells[(ind, "totaal")], ind
    for ind in counts.BREAKDOWNS:
        want = {
            counts.category_label(ind, cat): int(v) for (i, cat), v in csv_cells.items() if i == ind
        }
        assert view.chart_values(ind) == want, ind
    assert csv_cells[("verwijzingen", "totaal")] == "4"
    assert view.cards["verwijzingen"].value.text() == "4"
    assert "vorig jaar 1" in view.cards["verwijzingen"].note.text()
    assert "+300,0 %" in view.cards["verwijzingen"].note.text()
    assert "doel +33,3 %: gehaald" in view.cards["intakes"].note.text()


def test_previous_and_next_buttons_step_through_periods(view, qtbot):
    show(view, qtbot, "2026-03")
    with qtbot.waitSignal(view.loaded, timeout=10000, check_params_cb=lambda p: p == "2026-02"):
        click(qtbot, view.prev_button)
    assert view.cards["verwijzingen"].value.text() == "1"
    with qtbot.waitSignal(view.loaded, timeout=10000, check_params_cb=lambda p: p == "2026-03"):
        click(qtbot, view.next_button)
    assert view.cards["verwijzingen"].value.text() == "2"


def test_choosing_year_shows_the_year_of_the_current_period(view, qtbot):
    show(view, qtbot, "2026-03")
    with qtbot.waitSignal(view.loaded, timeout=10000, check_params_cb=lambda p: p == "2026"):
        view.kind.setCurrentIndex(view.kind.findData("jaar"))
    assert view.cards["verwijzingen"].value.text() == "4"
    assert view.cards["verwijzende_praktijken"].value.text() == "2"


def test_a_period_without_intakes_says_so_instead_of_a_waiting_time(view, qtbot):
    show(view, qtbot, "2026-05")
    assert view.cards["gemiddelde_dagen_tot_intake"].value.text() == "geen intakes"
    assert "geen in deze periode" in view.charts["verwijzingen_per_gemeente"].chart().title()


def test_a_new_referral_refreshes_the_figures(view, qtbot, filled, make):
    show(view, qtbot, "2026-03")
    tid = make.trajectory(
        client={"gemeente": "Dalfsen"}, verwijsdatum=date(2026, 3, 30), verwijzer_type="zelf"
    )
    from wor_desk.desk import Changes

    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.hub.notify(Changes.of("referral", [tid]))
    assert view.cards["verwijzingen"].value.text() == "3"
    assert view.chart_values("verwijzingen_per_gemeente")["Dalfsen"] == 1


def test_export_button_asks_a_file_and_writes_the_pdf(view, qtbot, monkeypatch, tmp_path):
    show(view, qtbot, "2026-Q1")
    target = tmp_path / "rapport"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(view.exported, timeout=15000) as blocker:
        click(qtbot, view.export_buttons["pdf"])
    assert blocker.args == [str(target) + ".pdf"]
    assert (tmp_path / "rapport.pdf").read_bytes().startswith(b"%PDF")
    assert "Opgeslagen" in view.status.text()
    assert all(b.isEnabled() for b in view.export_buttons.values())


def test_a_bad_period_is_reported_not_shown(view, qtbot):
    shown = view.overview.period.text
    with qtbot.waitSignal(view.failed, timeout=2000):
        view.set_period("2026-13")
    assert "JJJJ-MM" in view.status.text()
    assert view.overview.period.text == shown


def test_controls_have_accessible_names(view):
    for w in (
        view.kind,
        view.period_box,
        view.prev_button,
        view.next_button,
        view.gemeente_box,
        *view.export_buttons.values(),
        view.trend_view,
        *view.charts.values(),
    ):
        assert w.accessibleName()


def test_choosing_a_gemeente_shows_and_exports_only_its_residents(view, qtbot, tmp_path):
    from PySide6.QtCore import Qt

    show(view, qtbot, "2026-Q1")
    box = view.gemeente_box
    assert [box.itemText(i) for i in range(box.count())] == ["Alle gemeenten", "Kampen", "Zwolle"]
    with qtbot.waitSignal(view.loaded, timeout=10000):
        key_into(qtbot, box, Qt.Key.Key_Down)  # Kampen
    assert view.overview.gemeente == "Kampen"
    assert view.cards["verwijzingen"].value.text() == "2"
    assert set(view.chart_values("verwijzingen_per_gemeente")) == {"Kampen"}
    assert "gemeente Kampen" in view.subtitle.text()
    target = tmp_path / "kampen.csv"
    with qtbot.waitSignal(view.exported, timeout=10000):
        view.export("csv", target)
    text = target.read_text(encoding="utf-8")
    assert "verwijzingen,totaal,2" in text and "Zwolle" not in text


def test_the_outcome_card_shows_the_positieve_gezondheid_share_only_from_k_trajectories(
    view, qtbot, filled, make
):
    from wor_desk.desk import Changes

    show(view, qtbot, "2026-Q1")
    assert view.outcome_card.value.text() == "te weinig"
    dims = filled.health.DIMENSIES.codes()
    tids = []
    for i in range(5):
        tid = make.trajectory(
            client={"gemeente": "Zwolle"},
            verwijsdatum=date(2026, 1, 5),
            kennismaking=date(2026, 1, 12),
            afgerond=date(2026, 3, 2),
        )
        filled.health.record(tid, date(2026, 1, 12), "intake", dict.fromkeys(dims, 5))
        filled.health.record(tid, date(2026, 3, 2), "afsluiting", dict.fromkeys(dims, 5 + (i < 4)))
        tids.append(tid)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.hub.notify(Changes.of("health", tids))
    assert view.outcome_card.value.text() == "80,0 %"
    assert "4 van 5" in view.outcome_card.note.text()
