"""The Traject screen: a trajectory through all six steps, messages at the field, nothing
saved half, unsaved edits never lost silently."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QTabWidget

from tests.ui.helpers import set_date
from wor_desk.desk import Changes


def _open(qtbot, window, tid):
    window.open_trajectory(tid)
    view = window.views["traject"]
    assert window.current_view() is view
    return view


def _to_tab_of(widget):
    """Bring the tab that holds `widget` to the front (a coach picks the tab first)."""
    w = widget
    while w is not None:
        parent = w.parentWidget()
        tabs = parent.parentWidget() if parent is not None else None
        if isinstance(tabs, QTabWidget) and tabs.indexOf(w) >= 0:
            tabs.setCurrentWidget(w)
        w = parent


def _type_date(qtbot, widget, text):
    _to_tab_of(widget)
    set_date(qtbot, widget, text)


def test_a_trajectory_moves_through_all_six_steps_on_the_screen(qtbot, window, desk, make):
    tid = make.trajectory(
        verwijsdatum=date(2026, 8, 3), toestemming_terugkoppeling=True, client={"voornaam": "Piet"}
    )
    view = _open(qtbot, window, tid)
    assert view.steps.current == 3 and view.tabs.currentIndex() == 1
    assert "Eerste contact opnemen" in view.where.text()

    # step 3: first contact and intake
    _type_date(qtbot, view.w["eerste_contact"], "4-8")
    _type_date(qtbot, view.w["kennismaking"], "11-8")
    assert view.has_unsaved()
    assert view.save()
    assert not view.has_unsaved()
    assert view.detail.state.step == 4 and view.steps.current == 4
    assert view.tabs.currentIndex() == 2

    # step 4: a conversation, the need and the match
    _type_date(qtbot, view.gesprek_form.fields["gesprek"], "18-8")
    view.gesprek_form.fields["gesprek_notitie"].setText("Wil graag buiten zijn")
    view.gesprek_form.fields["gesprek_notitie"].returnPressed.emit()
    assert [(c.soort, c.datum, c.notitie) for c in desk.trajectory(tid).contacts] == [
        ("gesprek", date(2026, 8, 18), "Wil graag buiten zijn")
    ]
    assert view.gesprekken.rowCount() == 1 and view.gesprekken.item(0, 0).text() == "18-08-2026"
    view.w["behoefte"].setPlainText("Ritme en contact")
    view.w["aanbod"].set_code("natuur")

    # step 5: the activity starts
    view.w["activiteit"].setText("Wandelgroep Noorderplantsoen")
    view.w["aanbieder"].setText("Buurtcentrum De Wiers")
    _type_date(qtbot, view.w["start_activiteit"], "1-9-2026")
    assert view.save()
    assert view.detail.state.step == 5 and view.steps.current == 5
    assert "Nazorgcontact" in view.where.text() and "13-10-2026" in view.where.text()

    # step 6: follow-up, then closing
    _type_date(qtbot, view.nazorg_form.fields["nazorg"], "13-10")
    view.nazorg_form.fields["uitkomst"].set_code("neemt_deel")
    view.nazorg_form.fields["nazorg_notitie"].setText("Gaat elke week")
    view.nazorg_form.fields["nazorg_notitie"].returnPressed.emit()
    assert view.detail.state.step == 6
    _type_date(qtbot, view.afgerond, "20-10")
    view.afsluitreden.set_code("activiteit_loopt")
    view.close_button.click()
    d = desk.trajectory(tid)
    assert d.state.status == "afgesloten" and d.trajectory.afgerond == date(2026, 10, 20)
    assert [b.property("state") for b in view.steps.buttons] == ["done"] * 6
    assert not view.reopen_button.isHidden() and view.close_button.isHidden()

    # feedback to the referrer: both moments are due, then the intake letter is logged
    assert (
        "Na de kennismaking" in view.feedback_due.text()
        and "Bij de afronding" in view.feedback_due.text()
    )
    _type_date(qtbot, view.fb_date, "21-10")
    view.fb_moment.set_code("intake")
    view.fb_kanaal.set_code("zorgdomein")
    view.add_feedback()
    assert [(f.datum, f.moment, f.kanaal) for f in desk.trajectory(tid).feedback] == [
        (date(2026, 10, 21), "intake", "zorgdomein")
    ]
    assert "Na de kennismaking" not in view.feedback_due.text()


def test_intake_before_first_contact_is_shown_at_the_field_and_nothing_is_saved(
    qtbot, window, desk, make
):
    tid = make.trajectory(verwijsdatum=date(2026, 8, 3))
    view = _open(qtbot, window, tid)
    _type_date(qtbot, view.w["eerste_contact"], "10-8")
    _type_date(qtbot, view.w["kennismaking"], "5-8")
    view.w["achternaam"].setText("Nieuwe Naam")
    assert not view.save()
    msg = (
        view.forms[3].error_text("kennismaking")
        if "kennismaking" in view.forms[3].fields
        else next(f.error_text("kennismaking") for f in view.forms if "kennismaking" in f.fields)
    )
    assert "vóór" in msg and "05-08-2026" in msg and "10-08-2026" in msg
    assert view.tabs.currentIndex() == 1  # the tab with the broken field is shown
    assert view.w["kennismaking"].property("invalid") is True
    d = desk.trajectory(tid)
    assert d.trajectory.eerste_contact is None and d.trajectory.kennismaking is None
    assert d.client.achternaam != "Nieuwe Naam"  # nothing saved half
    assert view.has_unsaved()  # what was typed is still there to correct


def test_an_invalid_postcode_and_an_unreadable_date_get_their_own_messages(
    qtbot, window, desk, make
):
    tid = make.trajectory(verwijsdatum=date(2026, 8, 3))
    view = _open(qtbot, window, tid)
    view.w["postcode"].setText("12345")
    assert not view.save()
    form = next(f for f in view.forms if "postcode" in f.fields)
    assert "geen Nederlandse postcode" in form.error_text("postcode")
    view.w["postcode"].setText("9712 CP")
    _type_date(qtbot, view.w["eerste_contact"], "32-8")
    assert not view.save()
    form3 = next(f for f in view.forms if "eerste_contact" in f.fields)
    assert "'32-8' is geen datum" in form3.error_text("eerste_contact")
    assert form.error_text("postcode") == ""
    _type_date(qtbot, view.w["eerste_contact"], "4-8")
    assert view.save()
    d = desk.trajectory(tid)
    assert d.client.postcode == "9712 CP" and d.trajectory.eerste_contact == date(2026, 8, 4)


def test_leaving_a_trajectory_with_unsaved_edits_asks_first_and_cancel_keeps_them(
    qtbot, window, desk, make
):
    a = make.trajectory(verwijsdatum=date(2026, 8, 3))
    b = make.trajectory(verwijsdatum=date(2026, 8, 4))
    view = _open(qtbot, window, a)
    view.w["klachten"].setPlainText("Moe en gespannen")

    def answer(button):
        def click():
            box = QApplication.activeModalWidget()
            assert isinstance(box, QMessageBox) and "niet zijn opgeslagen" in box.text()
            box.button(button).click()

        QTimer.singleShot(50, click)

    answer(QMessageBox.StandardButton.Cancel)
    window.open_trajectory(b)
    assert view.trajectory_id == a and view.w["klachten"].toPlainText() == "Moe en gespannen"
    answer(QMessageBox.StandardButton.Save)
    window.open_trajectory(b)
    assert view.trajectory_id == b
    assert desk.trajectory(a).trajectory.klachten == "Moe en gespannen"


def test_a_change_made_elsewhere_refreshes_the_open_trajectory_without_losing_edits(
    qtbot, window, desk, make
):
    tid = make.trajectory(verwijsdatum=date(2026, 8, 3))
    view = _open(qtbot, window, tid)
    view.w["klachten"].setPlainText("Slaapt slecht")
    changes = desk.update_trajectory(tid, eerste_contact=date(2026, 8, 5))
    window.hub.notify(changes | Changes.of("trajectory", [tid]))
    assert view.w["eerste_contact"].text() == "05-08-2026" or view.has_unsaved()
    assert view.w["klachten"].toPlainText() == "Slaapt slecht"
    assert "Kennismakingsgesprek" in view.where.text()


def test_pause_and_resume_through_the_dialogs(qtbot, window, desk, make):
    tid = make.trajectory(verwijsdatum=date(2026, 8, 3), eerste_contact=date(2026, 8, 4))
    view = _open(qtbot, window, tid)
    texts = iter(["10-8", "eerst schuldhulp"])

    def fill():
        box = QApplication.activeModalWidget()
        box.setTextValue(next(texts))
        box.accept()

    QTimer.singleShot(50, fill)
    QTimer.singleShot(250, fill)
    view.pause_button.click()
    d = desk.trajectory(tid)
    assert (
        d.state.status == "gepauzeerd"
        and d.pauses[0].van == date(2026, 8, 10)
        and d.pauses[0].reden == "eerst schuldhulp"
    )
    assert "Gepauzeerd sinds 10-08-2026" in view.where.text()
    assert view.pause_button.text().replace("&", "") == "Hervatten…"
