"""The region's kaart on the sociale kaart screen: region entries marked and read-only, the
coach's own note kept, corrections and own entries proposed to the region."""

from datetime import date

from wor_desk_ui.hub import Hub
from wor_desk_ui.views.catalogue import CatalogueView

from tests.ui.helpers import click, scroll_to, show_at, type_into

REGION = {
    "revision": 4,
    "full": False,
    "entries": [
        {
            "id": "0b7d5a52-region-walk",
            "removed": False,
            "revision": 4,
            "cells": {
                "name": "Wandelgroep Oost",
                "category": "bewegen",
                "municipality": "Utrecht",
                "neighbourhood": "Oost",
                "capacity": "vrij",
                "assured_date": "2026-10-01",
            },
        }
    ],
}


def test_region_entries_are_marked_read_only_and_take_a_note_and_a_proposal(desk, qtbot):
    desk.region_kaart.apply(REGION)
    desk.catalogue.add(naam="Eigen koor", aanbod="muziek_cultuur", gecontroleerd=date(2026, 11, 1))
    view = CatalogueView(desk, Hub())
    qtbot.addWidget(view)
    show_at(qtbot, view)
    names = [view.model.data(view.model.index(i, 0)) for i in range(view.model.rowCount())]
    assert names == ["Eigen koor", "Wandelgroep Oost  (regio)"]
    region = next(r.id for r in view.model.rows if r.activity.regio)
    view.select(region)
    assert not view.save_btn.isEnabled() and not view.delete_btn.isEnabled()
    assert "regio" in view.stale_label.text()
    scroll_to(view.note)
    type_into(qtbot, view.note, "Vraag naar Els")
    scroll_to(view.note_btn)
    click(qtbot, view.note_btn)
    assert desk.catalogue.get(region).notitie == "Vraag naar Els"
    view.proposal.setCurrentIndex(view.proposal.findData("vol"))
    scroll_to(view.propose_btn)
    click(qtbot, view.propose_btn)
    [p] = desk.region_kaart.proposals()
    assert (p.kind, p.cells) == ("vol", {"capacity": "vol"})
    own = next(r.id for r in view.model.rows if not r.activity.regio)
    view.select(own)
    assert view.save_btn.isEnabled()
    assert [view.proposal.itemData(i) for i in range(view.proposal.count())] == ["nieuw"]
    scroll_to(view.propose_btn)
    click(qtbot, view.propose_btn)
    assert [p.kind for p in desk.region_kaart.proposals()] == ["vol", "nieuw"]
