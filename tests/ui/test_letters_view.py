"""The letter dialog and the letters-due view, driven like a coach would (offscreen Qt)."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QGuiApplication
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from wor_desk_ui.hub import Hub
from wor_desk_ui.views.letters import LetterDialog, LettersView, open_letter_dialog

from tests.ui.helpers import click, show_at, type_into


@pytest.fixture
def hub(qtbot):
    return Hub()


@pytest.fixture
def tid(desk, make):
    desk.update_settings(organisatie_naam="Welzijn Oost", coach_naam="Fatima El Amrani")
    return make.trajectory(
        client={
            "voornaam": "Şükrü",
            "achternaam": "Yılmaz-Ĳsselstein",
            "geboortedatum": date(1958, 4, 3),
        },
        verwijsdatum=date(2026, 10, 1),
        verwijzer_naam="Dr. A. de Vries",
        verwijzer_praktijk="De Linde",
        toestemming_terugkoppeling=True,
        redenen=["eenzaamheid"],
        kennismaking=date(2026, 10, 12),
    )


def loaded(dialog: LetterDialog) -> bool:
    return (
        dialog.document.status() == QPdfDocument.Status.Ready and dialog.document.pageCount() == 1
    )


def test_dialog_preview_loads_the_letter_from_memory(qtbot, desk, hub, tid):
    dialog = LetterDialog(desk, hub, tid)
    qtbot.addWidget(dialog)
    show_at(qtbot, dialog)
    qtbot.waitUntil(lambda: loaded(dialog), timeout=5000)
    assert dialog.moment.currentData() == "intake"  # the moment that is due
    assert "Şükrü Yılmaz-Ĳsselstein" in dialog.text.toPlainText()
    assert "Şükrü Yılmaz-Ĳsselstein" in dialog.document.getAllText(0).text()
    assert dialog.sent_button.isEnabled()


def test_extra_sentence_typed_by_the_coach_appears_in_the_preview(qtbot, desk, hub, tid):
    dialog = LetterDialog(desk, hub, tid)
    qtbot.addWidget(dialog)
    show_at(qtbot, dialog)
    type_into(qtbot, dialog.extra, "Hij was erg blij met de verwijzing.")
    qtbot.waitUntil(lambda: "erg blij met de verwijzing" in dialog.text.toPlainText(), timeout=5000)
    qtbot.waitUntil(
        lambda: loaded(dialog) and "erg blij" in dialog.document.getAllText(0).text(), timeout=5000
    )


def test_mark_as_sent_logs_the_feedback_and_notifies_the_hub(qtbot, desk, hub, tid):
    dialog = LetterDialog(desk, hub, tid)
    qtbot.addWidget(dialog)
    show_at(qtbot, dialog)
    dialog.channel.setCurrentIndex(dialog.channel.findData("viplive"))
    with qtbot.waitSignal(hub.changed, timeout=3000) as blocker:
        click(qtbot, dialog.sent_button)
    assert tid in blocker.args[0].trajectories
    fb = desk.trajectory(tid).feedback
    assert [(f.moment, f.kanaal, f.datum) for f in fb] == [
        ("intake", "viplive", date(2026, 11, 23))
    ]
    assert not dialog.sent_button.isEnabled()
    assert "VIPLive" in dialog.status.text()


def test_dialog_without_consent_shows_the_message_and_offers_nothing_to_send(
    qtbot, desk, hub, make
):
    t = make.trajectory(toestemming_terugkoppeling=False, kennismaking=date(2026, 3, 5))
    dialog = LetterDialog(desk, hub, t)
    qtbot.addWidget(dialog)
    show_at(qtbot, dialog)
    assert not dialog.error.isHidden()
    assert "toestemming" in dialog.error.text()
    assert not dialog.sent_button.isEnabled() and not dialog.save_button.isEnabled()
    assert dialog.document.pageCount() == 0


def test_save_copy_and_print(qtbot, desk, hub, tid, tmp_path):
    dialog = open_letter_dialog(desk, hub, tid)
    qtbot.addWidget(dialog)
    show_at(qtbot, dialog)
    qtbot.waitUntil(lambda: loaded(dialog), timeout=5000)
    target = tmp_path / "brief.pdf"
    dialog.save_to(target)
    assert "Yılmaz-Ĳsselstein" in PdfReader(io.BytesIO(target.read_bytes())).pages[0].extract_text()
    dialog.copy_text()
    assert QGuiApplication.clipboard().text() == dialog.letter.text
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert dialog.print_to(printer) == 1
    assert len(PdfReader(str(tmp_path / "printed.pdf")).pages) == 1


def test_letters_view_lists_due_letters_and_follows_practice_preferences(qtbot, desk, hub, tid):
    view = LettersView(desk, hub)
    qtbot.addWidget(view)
    show_at(qtbot, view)
    assert view.table.rowCount() == 1
    assert "Yılmaz-Ĳsselstein" in view.table.item(0, 0).text()
    view.practice.setCurrentText("de linde")
    assert view.moment_boxes["intake"].isChecked()
    view.moment_boxes["intake"].setChecked(False)
    click(qtbot, view.pref_save)
    assert desk.letters.wanted("De Linde") == ("afronding",)
    assert view.table.rowCount() == 0  # reloaded through the hub
    click(qtbot, view.pref_default)
    assert view.table.rowCount() == 1


def test_letters_view_batch_writes_every_letter_in_the_background(
    qtbot, desk, hub, tid, make, tmp_path
):
    make.trajectory(
        client={"voornaam": "Anna", "achternaam": "de Boer"},
        verwijsdatum=date(2026, 10, 1),
        verwijzer_praktijk="Noord",
        toestemming_terugkoppeling=True,
        kennismaking=date(2026, 10, 14),
    )
    view = LettersView(desk, hub)
    qtbot.addWidget(view)
    show_at(qtbot, view)
    assert view.table.rowCount() == 2
    view.batch_sent.setChecked(True)
    view.batch_channel.setCurrentIndex(view.batch_channel.findData("post"))
    with qtbot.waitSignal(view.batchDone, timeout=15000) as blocker:
        view.make_all(tmp_path / "batch")
    assert blocker.args == [2]
    assert len(list((tmp_path / "batch").glob("*.pdf"))) == 2
    assert view.table.rowCount() == 0
    assert [f.kanaal for f in desk.trajectory(tid).feedback] == ["post"]


def test_open_selected_opens_the_dialog_on_the_due_moment(qtbot, desk, hub, tid):
    view = LettersView(desk, hub)
    qtbot.addWidget(view)
    show_at(qtbot, view)
    view.table.selectRow(0)
    dialog = view.open_selected()
    qtbot.addWidget(dialog)
    show_at(qtbot, dialog)
    assert dialog.trajectory_id == tid and dialog.moment.currentData() == "intake"
