"""The sociale kaart screen: search, add with validation at the field, mark checked, import and export."""

from datetime import date

import pytest
from wor_desk_ui.hub import Hub
from wor_desk_ui.views.catalogue import CatalogueView

from tests.ui.helpers import click, show_at, type_into

D = date


@pytest.fixture
def view(desk, qtbot):
    desk.catalogue.add(
        naam="Wandelclub",
        aanbod="bewegen",
        gemeente="Utrecht",
        wijk="Overvecht",
        dagen="di",
        gecontroleerd=D(2026, 1, 5),
    )
    desk.catalogue.add(
        naam="Samen koken",
        aanbod="koken_samen_eten",
        gemeente="Utrecht",
        wijk="Zuilen",
        dagen="wo",
        gecontroleerd=D(2026, 11, 1),
    )
    desk.catalogue.add(
        naam="Oude gym",
        aanbod="bewegen",
        gemeente="Utrecht",
        wijk="Zuilen",
        actief_tot=D(2026, 6, 30),
        gecontroleerd=D(2026, 11, 1),
    )
    v = CatalogueView(desk, Hub())
    qtbot.addWidget(v)
    show_at(qtbot, v)
    return v


def _names(v):
    return [r.activity.naam for r in v.model.rows]


def test_search_and_filters_narrow_the_list_and_closed_ones_only_on_request(view, qtbot):
    assert _names(view) == ["Samen koken", "Wandelclub"]
    type_into(qtbot, view.search, "wandel")
    assert _names(view) == ["Wandelclub"]
    view.search.clear()
    view.area.setCurrentIndex(view.area.findData("Zuilen"))
    assert _names(view) == ["Samen koken"]
    view.show_closed.setChecked(True)
    assert _names(view) == ["Oude gym", "Samen koken"]
    assert view.model.data(view.model.index(0, 0)) == "Oude gym  (gesloten)"
    view.area.setCurrentIndex(0)
    view.day.set_code("di")
    assert _names(view) == ["Wandelclub"]


def test_a_stale_entry_is_flagged_and_one_click_marks_it_checked(view, qtbot, desk):
    row = _names(view).index("Wandelclub")
    assert view.model.data(view.model.index(row, 5)).startswith("⚠ 05-01-2026")
    view.only_stale.setChecked(True)
    assert _names(view) == ["Wandelclub"]
    view.table.selectRow(0)
    assert "niet nagekeken" in view.stale_label.text()
    click(qtbot, view.checked_btn)
    assert desk.catalogue.search()[1].activity.gecontroleerd == D(2026, 11, 23)
    assert _names(view) == []


def test_a_new_entry_is_checked_at_the_field_before_it_is_saved(view, qtbot, desk):
    click(qtbot, view.new_btn)
    click(qtbot, view.save_btn)
    assert view.error.isVisible() and "Naam is verplicht" in view.error.text()
    assert view.form.naam.property("invalid") is True
    type_into(qtbot, view.form.naam, "Buurtmoestuin")
    view.form.aanbod.set_code("natuur")
    view.form.dagen["za"].setChecked(True)
    type_into(qtbot, view.form.actief_tot, "31-12-2027")
    view.form.leeftijd_min.setValue(18)
    click(qtbot, view.save_btn)
    assert not view.error.isVisible(), view.error.text()
    a = next(r.activity for r in desk.catalogue.search() if r.activity.naam == "Buurtmoestuin")
    assert (a.aanbod, a.dagen, a.actief_tot, a.leeftijd_min, a.gecontroleerd) == (
        "natuur",
        "za",
        D(2027, 12, 31),
        18,
        D(2026, 11, 23),
    )
    assert "Buurtmoestuin" in _names(view)


def test_import_runs_in_the_background_and_lists_every_bad_row(view, qtbot, tmp_path, desk):
    bad = tmp_path / "fout.csv"
    bad.write_text("name,category\nYoga,yoga\n,bewegen\n", encoding="utf-8")
    op = view.import_file(str(bad))
    with qtbot.waitSignal(op._signals.failed, timeout=30000):
        pass
    qtbot.waitUntil(lambda: view.details.count() == 2)
    assert "niets geïmporteerd" in view.notice.text()
    assert [view.details.item(i).text().split(":")[0] for i in range(2)] == [
        "rij 2, category",
        "rij 3, name",
    ]
    good = tmp_path / "goed.csv"
    good.write_text("name,category,neighbourhood\nYoga,bewegen,Lunetten\n", encoding="utf-8")
    op = view.import_file(str(good))
    qtbot.waitUntil(lambda: "Yoga" in _names(view), timeout=30000)
    assert view.notice.text() == "1 rij ingelezen: 1 nieuw, 0 bijgewerkt."
    assert view.area.findData("Lunetten") > 0  # the new wijk is in the filter


def test_export_writes_the_whole_catalogue(view, qtbot, tmp_path):
    out = tmp_path / "kaart.csv"
    op = view.export_file(str(out))
    with qtbot.waitSignal(op._signals.done, timeout=30000):
        pass
    qtbot.waitUntil(lambda: view.notice.isVisible())
    assert out.read_text(encoding="utf-8-sig").count("\n") == 4
    assert view.notice.text().startswith("3 activiteiten geschreven")
