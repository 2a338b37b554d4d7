"""Hand-over in the app: the giver ticks clients and gets the code from Cliënten; the receiver
types the code, sees what comes and takes it over; real dialogs, two real encrypted stores."""

from __future__ import annotations

import shutil
from datetime import date

import pytest
from wor_desk_ui.hub import Hub
from wor_desk_ui.views.clients import ClientsView
from wor_desk_ui.views.handover import HandoverExportDialog, HandoverImportDialog
from wor_desk_ui.views.trajectory import TrajectoryView

from tests.conftest import PASSPHRASE, TODAY, Factory
from tests.ui.helpers import click, show_at, type_into
from wor_desk.desk import Desk
from wor_desk.handover import sealed
from wor_desk.store import paths


@pytest.fixture
def other(home, _template_profile):
    shutil.copytree(_template_profile, paths.profile_dir("ander"))
    d = Desk.open("ander", PASSPHRASE, today=lambda: TODAY)
    yield d
    d.close()


def test_hand_over_from_the_client_list_and_take_over_with_the_code(qtbot, desk, other, tmp_path):
    make = Factory(desk)
    for nr, name in (("W000001", "Jansen"), ("W000002", "De Vries")):
        make.trajectory(
            client={"client_nr": nr, "achternaam": name, "geboortedatum": date(1950, 1, 2)},
            verwijsdatum=date(2026, 3, 2),
        )
    view = ClientsView(desk, Hub())
    show_at(qtbot, view)
    qtbot.waitUntil(lambda: not view.is_loading(), timeout=20000)
    click(qtbot, view.hand_over)
    [dlg] = view.findChildren(HandoverExportDialog)
    qtbot.waitUntil(dlg.isVisible)
    assert dlg.clients.count() == 2
    click(qtbot, dlg.all)
    type_into(qtbot, dlg.to, "Sanne")
    dlg.path.clear()
    target = tmp_path / "overdracht.wdo"
    type_into(qtbot, dlg.path, str(target))
    click(qtbot, dlg.go)
    qtbot.waitUntil(lambda: bool(dlg.code.text() or dlg.message.text()), timeout=20000)
    assert not dlg.message.text()
    code = dlg.code.text()
    assert len(sealed.normalise(code)) == 20 and target.exists()
    assert dlg.clients.count() == 0  # both handed over: nothing left to choose
    dlg.accept()

    receive = HandoverImportDialog(other, Hub())
    show_at(qtbot, receive, 700, 560)
    type_into(qtbot, receive.path, str(target))
    type_into(qtbot, receive.code_edit, "AAAA-BBBB-CCCC-DDDD-EEEE")
    click(qtbot, receive.show_button)
    qtbot.waitUntil(lambda: bool(receive.message.text()), timeout=20000)
    assert "code past niet" in receive.message.text() and not receive.take.isEnabled()
    receive.code_edit.clear()
    type_into(qtbot, receive.code_edit, code.lower())
    click(qtbot, receive.show_button)
    qtbot.waitUntil(lambda: "Jansen" in receive.plan.text(), timeout=20000)
    assert "De Vries" in receive.plan.text()
    click(qtbot, receive.take)
    qtbot.waitUntil(lambda: bool(receive.confirmation.text()), timeout=20000)
    assert other.client_by_nr("W000002").achternaam == "De Vries"
    assert receive.done_text.text().startswith("2 cliënten en 2 trajecten overgenomen.")
    assert "(1 traject)" in receive.plan.text()

    # back at the giver: the confirmation code, then erasing here
    click(qtbot, view.hand_over)
    dlg = view.findChildren(HandoverExportDialog)[-1]
    qtbot.waitUntil(dlg.isVisible)
    assert not dlg.erase_btn.isEnabled()
    type_into(qtbot, dlg.confirm_edit, receive.confirmation.text())
    click(qtbot, dlg.confirm_btn)
    assert dlg.done_text.text() == "Overdracht van 2 cliënten bevestigd door de ontvanger."
    click(qtbot, dlg.erase_sure)
    click(qtbot, dlg.erase_btn)
    assert dlg.done_text.text() == "2 overgedragen cliënten hier gewist."
    assert desk.client_by_nr("W000001") is None and desk.client_by_nr("W000002") is None


def test_a_handed_over_trajectory_says_to_whom_and_cannot_be_saved(qtbot, desk, tmp_path):
    tid = Factory(desk).trajectory(
        client={"client_nr": "W000001", "achternaam": "Jansen"}, verwijsdatum=date(2026, 3, 2)
    )
    view = TrajectoryView(desk, Hub())
    show_at(qtbot, view)
    view.load(tid)
    assert view.save_button.isEnabled() and "Overgedragen" not in view.where.text()
    desk.handover.export(["W000001"], tmp_path / "o.wdo", to="Sanne")
    view.load(tid)
    assert "Overgedragen aan Sanne op" in view.where.text()
    assert not view.save_button.isEnabled() and not view.pause_button.isEnabled()
