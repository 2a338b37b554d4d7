"""The app's one error path: an expected failure shows its message; anything else shows one
dialog (what happened, nothing saved was lost, copy details) and goes to the log, which names
no client: the errors below are provoked with a known client in the store and the log is read."""

from __future__ import annotations

import sys
from datetime import date

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from sqlalchemy import text
from wor_desk_ui import errors
from wor_desk_ui.errors import ErrorDialog
from wor_desk_ui.ops import Op

from tests.ui.helpers import click
from wor_desk import cli, logs
from wor_desk.errors import NotFound

NAME = ("Hendrika", "Zwanenburg-Olthof")
NR = "ZW-77801"
BORN = date(1947, 3, 29)
SECRETS = (*NAME, NR, "1947-03-29", "29-03-1947", "29-3-1947", "1947, 3, 29")


@pytest.fixture(autouse=True)
def no_dialogs_left():
    close_all()
    yield
    close_all()


@pytest.fixture
def client(desk):
    cid, _ = desk.add_client(client_nr=NR, voornaam=NAME[0], achternaam=NAME[1], geboortedatum=BORN)
    return cid


def leaks(text_: str) -> list[str]:
    return [s for s in SECRETS if s in text_]


def log_text() -> str:
    return "\n".join(
        p.read_text(encoding="utf-8") for p in sorted(logs.log_dir().glob("wor-desk.log*"))
    )


def dialogs() -> list[ErrorDialog]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, ErrorDialog) and w.isVisible()
    ]


def close_all() -> None:
    for w in QApplication.topLevelWidgets():
        if isinstance(w, ErrorDialog | QMessageBox) and w.isVisible():
            w.close()


def fail_with_client_data(desk, cid):
    c = desk.client(cid)
    raise ValueError(f"kapot bij {c.voornaam} {c.achternaam} ({c.client_nr}, {c.geboortedatum})")


def sql_error_with_parameters(desk, cid):
    c = desk.client(cid)
    with desk.store.transaction() as s:  # a duplicate id: IntegrityError with the parameters
        s.execute(
            text(
                "INSERT INTO client (id, client_nr, achternaam, geboortedatum) VALUES (:i, :n, :a, :g)"
            ),
            {"i": cid, "n": c.client_nr, "a": c.achternaam, "g": c.geboortedatum},
        )


def test_an_op_without_failure_callback_shows_one_dialog_and_logs_no_client(qtbot, desk, client):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    op = Op(parent, lambda op: fail_with_client_data(desk, client))
    with qtbot.waitSignal(op._raw.failed, timeout=10000):
        op.run()
    qtbot.waitUntil(lambda: len(dialogs()) == 1, timeout=5000)
    dialog = dialogs()[0]
    assert "niet verloren" in dialog.message.text()
    assert str(logs.log_path()) in dialog.where.text()
    assert leaks(dialog.details) == [] and leaks(dialog.text.toPlainText()) == []
    click(qtbot, dialog.copy_button)
    assert QGuiApplication.clipboard().text() == dialog.details
    dialog.close()
    written = log_text()
    assert "ValueError" in written
    assert "fail_with_client_data" in written and "test_errors.py" in written
    assert leaks(written) == [], f"the log names the client: {leaks(written)}"


def test_a_driver_error_with_client_values_reaches_the_coach_as_one_clean_message(
    qtbot, desk, client
):
    """The store turns every driver error into its typed message (issue 13): the IntegrityError
    with the client's values as SQL parameters shows as a message naming no client, and neither
    the screen nor the log holds the SQL or its parameters."""
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    op = Op(parent, lambda op: sql_error_with_parameters(desk, client))
    with qtbot.waitSignal(op._raw.failed, timeout=10000):
        op.run()

    def boxes() -> list[QMessageBox]:
        return [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()
        ]

    qtbot.waitUntil(lambda: len(boxes()) == 1, timeout=5000)
    shown = boxes()[0].text()
    assert shown and leaks(shown) == [] and "INSERT" not in shown
    assert dialogs() == []  # an expected failure, not a bug dialog
    written = log_text()
    assert leaks(written) == [] and "[SQL:" not in written and "[parameters:" not in written


def test_a_bug_in_an_op_with_its_own_failure_callback_gets_the_dialog_too(qtbot, desk, client):
    got = []
    op = Op(None, lambda op: fail_with_client_data(desk, client)).failure(got.append)
    with qtbot.waitSignal(op._signals.failed, timeout=10000):
        op.run()
    assert isinstance(got[0], ValueError), "the screen's own callback still runs"
    qtbot.waitUntil(lambda: len(dialogs()) == 1, timeout=5000)
    assert "ValueError" in log_text() and leaks(log_text()) == []


def test_an_expected_failure_goes_only_to_the_screens_own_callback(qtbot, desk):
    got = []
    op = Op(None, lambda op: desk.client(999999)).failure(got.append)
    with qtbot.waitSignal(op._signals.failed, timeout=10000):
        op.run()
    assert isinstance(got[0], NotFound) and dialogs() == []
    assert not [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]


def test_an_expected_failure_shows_its_own_message_and_is_not_logged(qtbot, desk):
    parent = QWidget()
    qtbot.addWidget(parent)
    box = errors.show_error(parent, NotFound(what="Cliënt", id=12))
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.text() == NotFound(what="Cliënt", id=12).message()
    box.close()
    assert dialogs() == [] and not logs.log_path().exists()


@pytest.mark.qt_no_exception_capture
def test_an_uncaught_exception_in_a_slot_goes_to_the_dialog_not_a_crash(qtbot, desk, client):
    old_hook = sys.excepthook
    errors.install_excepthook()
    try:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, lambda: fail_with_client_data(desk, client))
        qtbot.waitUntil(lambda: len(dialogs()) == 1, timeout=5000)
        assert leaks(dialogs()[0].details) == []
    finally:
        sys.excepthook = old_hook
        close_all()
    assert "ValueError" in log_text() and leaks(log_text()) == []


def test_the_command_line_prints_one_line_and_logs_no_client(desk, client, monkeypatch, capsys):
    from wor_desk.cli import store_cmds

    monkeypatch.setattr(store_cmds, "cmd_status", lambda args: fail_with_client_data(desk, client))
    assert cli.main(["status"]) == cli.UNEXPECTED_EXIT
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "ValueError" in err and str(logs.log_path()) in err
    assert leaks(err) == [] and "Traceback" not in err
    assert "ValueError" in log_text() and leaks(log_text()) == []
