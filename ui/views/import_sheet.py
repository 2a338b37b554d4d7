"""Import a registration sheet (IMPORT.md) from the menu: check first, then import, with
the same validation report as the CLI. Runs off the UI thread and can be cancelled."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from wor_desk_ui.hub import Hub
from wor_desk_ui.ops import Op

from wor_desk.desk import Changes, Desk
from wor_desk.errors import WorDeskError


class ImportCancelled(Exception):
    """Raised from the progress callback: the import's transaction rolls back."""


class ImportDialog(QDialog):
    def __init__(
        self, desk: Desk, hub: Hub, parent: QWidget | None = None, path: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.desk, self.hub = desk, hub
        self.op: Op | None = None
        self.report = None
        self.setWindowTitle(self.tr("Registratieblad importeren"))
        intro = QLabel(
            self.tr(
                "Kies een .csv- of .xlsx-bestand met één traject per rij (zie de handleiding). "
                "Eerst wordt het hele bestand gecontroleerd; bij fouten wordt niets geïmporteerd, "
                "tenzij u kiest om alleen de geldige rijen te importeren."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.path = QLineEdit(str(path or ""), self)
        self.path.setAccessibleName(self.tr("Bestand"))
        browse = QPushButton(self.tr("&Bladeren…"), self)
        browse.clicked.connect(self._browse)
        self.skip = QCheckBox(
            self.tr(
                "Alleen de &geldige rijen importeren (afgewezen rijen gaan naar een CSV ernaast)"
            ),
            self,
        )
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Voortgang"))
        self.progress.setVisible(False)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Samenvatting"))
        self.table = QTableWidget(0, 3, self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.setHorizontalHeaderLabels([self.tr("Rij"), self.tr("Kolom"), self.tr("Melding")])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(self.tr("Fouten en waarschuwingen"))
        self.check_button = QPushButton(self.tr("&Controleren"), self)
        self.check_button.clicked.connect(lambda: self.start(dry_run=True))
        self.import_button = QPushButton(self.tr("&Importeren"), self)
        self.import_button.clicked.connect(lambda: self.start(dry_run=False))
        self.cancel_button = QPushButton(self.tr("&Stoppen"), self)
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setEnabled(False)
        self.close_button = QPushButton(self.tr("Sl&uiten"), self)
        self.close_button.clicked.connect(self.reject)
        row1 = QHBoxLayout()
        row1.addWidget(self.path, 1)
        row1.addWidget(browse)
        row2 = QHBoxLayout()
        row2.addWidget(self.cancel_button)
        row2.addStretch(1)
        row2.addWidget(self.check_button)
        row2.addWidget(self.import_button)
        row2.addWidget(self.close_button)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(row1)
        lay.addWidget(self.skip)
        lay.addWidget(self.progress)
        lay.addWidget(self.summary)
        lay.addWidget(self.table, 1)
        lay.addLayout(row2)
        self.resize(820, 520)

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Registratieblad kiezen"),
            str(Path.home()),
            self.tr("Registratiebladen (*.csv *.xlsx)"),
        )
        if name:
            self.path.setText(name)

    def start(self, dry_run: bool) -> None:
        if self.op is not None and self.op.running:
            return
        path = Path(self.path.text().strip())
        skip = self.skip.isChecked()
        desk = self.desk

        def work(op: Op):
            def progress(done: int, total: int) -> None:
                if op.cancelled:
                    raise ImportCancelled()
                op.report(done, total)

            return desk.import_sheet(path, skip_invalid=skip, dry_run=dry_run, progress=progress)

        self.summary.setText(
            self.tr("Bezig met controleren…") if dry_run else self.tr("Bezig met importeren…")
        )
        self.table.setRowCount(0)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self._running(True)
        self.op = Op(self, work).progress(self._progress).success(self._done).failure(self._failed)
        self.op.run()

    def cancel(self) -> None:
        if self.op is not None:
            self.op.cancel()

    def _running(self, on: bool) -> None:
        self.cancel_button.setEnabled(on)
        for b in (self.check_button, self.import_button, self.close_button):
            b.setEnabled(not on)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _done(self, report) -> None:
        self._running(False)
        self.progress.setVisible(False)
        self.report = report
        self.summary.setText(" ".join(t for t in (report.summary(), report.rejected_note()) if t))
        rows = [(p, self.tr("fout")) for p in report.errors] + [
            (p, self.tr("waarschuwing")) for p in report.warnings
        ]
        self.table.setRowCount(len(rows))
        for i, (p, kind) in enumerate(rows):
            for c, text in enumerate((str(p.row or ""), p.column, f"{kind}: {p.message()}")):
                self.table.setItem(i, c, QTableWidgetItem(text))
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(1)
        if report.written:
            self.hub.notify(Changes.of("import"))

    def _failed(self, exc: BaseException) -> None:
        self._running(False)
        self.progress.setVisible(False)
        if isinstance(exc, ImportCancelled):
            self.summary.setText(self.tr("Gestopt: er is niets geïmporteerd."))
        elif isinstance(exc, WorDeskError):
            self.summary.setText(exc.message())
        else:
            self.summary.setText(self.tr("Er ging iets mis: %1").replace("%1", repr(exc)))

    def reject(self) -> None:
        if self.op is not None and self.op.running:
            return
        super().reject()
