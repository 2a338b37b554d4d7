"""The new-referral form fills gemeente and wijk from the postcode as the coach types, and
leaves what the coach typed alone (issue 12, item 8)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.helpers import press, set_date, tab, tab_to, type_into, type_text
from wor_desk.domain.wijken import Area


def _dialog(qtbot, window):
    window.views["vandaag"].setFocus()
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dlg = window.referral_dialog
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dlg.w["achternaam"], timeout=5000)
    return dlg


def test_gemeente_and_wijk_come_from_the_postcode_as_it_is_typed_and_stay_editable(
    qtbot, window, desk
):
    desk.wijken.replace(
        [
            Area(9724, "AA", "ZZ", "Groningen", "Oosterpoort"),
            Area(9725, "AA", "ZZ", "Groningen", "Herewegwijk"),
            Area(9725, "AA", "KZ", "Groningen", "Helpman"),
        ]
    )
    dlg = _dialog(qtbot, window)
    type_text(qtbot, "Bakker")
    tab_to(qtbot, dlg.w["postcode"])
    type_text(qtbot, "9724")
    assert (dlg.w["gemeente"].text(), dlg.w["wijk"].text()) == ("Groningen", "Oosterpoort")
    dlg.w["postcode"].selectAll()
    type_text(qtbot, "9725ab")
    assert dlg.w["wijk"].text() == "Helpman"
    dlg.w["postcode"].selectAll()
    type_text(qtbot, "1234")  # not in the wijkindeling: what was filled in goes
    assert (dlg.w["gemeente"].text(), dlg.w["wijk"].text()) == ("", "")
    tab(qtbot)
    assert QApplication.focusWidget() is dlg.w["gemeente"]
    type_text(qtbot, "Haren")
    tab(qtbot)
    type_text(qtbot, "Dorp")
    dlg.w["postcode"].selectAll()
    type_into(qtbot, dlg.w["postcode"], "9724 AB")  # the coach's own words stay
    assert (dlg.w["gemeente"].text(), dlg.w["wijk"].text()) == ("Haren", "Dorp")
    dlg.w["gemeente"].clear()
    dlg.w["wijk"].clear()
    dlg.w["postcode"].selectAll()
    type_into(qtbot, dlg.w["postcode"], "9724 AB")
    set_date(qtbot, dlg.w["verwijsdatum"], "19-11")
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.referral_dialog is None, timeout=5000)
    (row,) = desk.trajectory_rows()
    c = desk.trajectory(row.id).client
    assert (c.postcode, c.gemeente, c.wijk) == ("9724 AB", "Groningen", "Oosterpoort")
