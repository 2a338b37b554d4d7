"""What the desk does once right after unlock: the day's automatic backup (off the UI thread)
and the retention check (closed trajectories past the retention period are listed and, after
the coach confirms, or at once where the organisation chose so, erased)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget
from wor_desk_ui.errors import show_error
from wor_desk_ui.hub import Hub
from wor_desk_ui.ops import Op

from wor_desk.desk import Changes, Desk
from wor_desk.errors import DamagedStore


class Upkeep(QObject):
    """The words of this module (a class, so that pyside6-lupdate collects them under the
    context "Upkeep", plural forms included)."""

    def retention_question(self, n: int, months: int) -> str:
        return self.tr(
            "%n afgesloten trajecten zijn langer bewaard dan de bewaartermijn van %1 "
            "maanden. Nu wissen? Een cliënt zonder ander traject wordt helemaal gewist.",
            "",
            n,
        ).replace("%1", str(months))

    def title(self) -> str:
        return self.tr("Bewaartermijn")


def run_daily_backup(parent: QWidget, desk: Desk, hub: Hub) -> Op | None:
    """The first unlock of a day makes a backup; Vandaag shows how it went (hub kind 'backup')."""
    if not desk.backups.due():
        return None
    op = (
        Op(parent, lambda op: desk.backups.run())
        .success(lambda _f: hub.notify(Changes.of("backup")))
        .failure(lambda e: _backup_failed(parent, hub, e))
    )
    return op.run()


def _backup_failed(parent: QWidget, hub: Hub, exc: BaseException) -> None:
    """A damaged store found by the backup's full check (store/checks.py rule 3) must be said
    now, with the restore advice, not left to the next unlock."""
    if isinstance(exc, DamagedStore):
        show_error(parent, exc, "daily backup")
    hub.notify(Changes.of("backup"))


def retention_text(items) -> str:
    lines = [f"{i.client_nr}  {i.naam}  ({i.afgerond:%d-%m-%Y})" for i in items]
    return "\n".join(lines)


def check_retention(
    parent: QWidget,
    desk: Desk,
    hub: Hub,
    ask: Callable[[str, str, Callable[[], None]], None] | None = None,
) -> int:
    """List the closed trajectories past the retention period and erase them: at once where
    the setting says automatic, else after the coach says yes (a non-blocking question; `ask`
    replaces it in tests and calls its third argument to go ahead). Returns how many are due.
    A demo profile (made-up clients) is left alone."""
    if desk.setting("is_demo"):
        return 0
    due = desk.privacy.retention_due()
    if not due:
        return 0

    def apply() -> None:
        done = desk.privacy.apply_retention()
        hub.notify(
            Changes.of(
                "client", [i.trajectory_id for i in done], sorted({i.client_id for i in done})
            )
        )

    if desk.privacy.retention_automatic():
        apply()
        return len(due)
    question = Upkeep().retention_question(len(due), desk.privacy.retention_months())
    (ask or (lambda q, details, go: _ask(parent, q, details, go)))(
        question, retention_text(due), apply
    )
    return len(due)


def _ask(parent: QWidget, question: str, details: str, go: Callable[[], None]) -> QMessageBox:
    box = QMessageBox(parent)
    box.setWindowTitle(Upkeep().title())
    box.setText(question)
    box.setDetailedText(details)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.buttonClicked.connect(
        lambda b: go() if box.standardButton(b) == QMessageBox.StandardButton.Yes else None
    )
    box.open()
    return box
