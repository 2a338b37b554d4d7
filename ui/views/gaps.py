"""Wat ontbreekt: needs without a match and declined / not available / stopped proposals per
wijk and soort aanbod over a period, so the team can tell the municipality what is missing.

Self-contained: `GapsView(desk, hub, parent=None)`; reads `desk.matching.gap_report`."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from wor_desk_ui.views._fields import ERROR_STYLE, DateField, show_error

from wor_desk import codes
from wor_desk.desk import Changes, Desk
from wor_desk.values.catalogue import UNKNOWN, GapReport


class GapsView(QWidget):
    def __init__(self, desk: Desk, hub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.hub = desk, hub
        self.report: GapReport | None = None
        self.setStyleSheet(ERROR_STYLE)
        self.setAccessibleName(self.tr("Wat ontbreekt"))
        title = QLabel(self.tr("Wat ontbreekt in de sociale kaart"))
        title.setObjectName("screenTitle")
        today = desk.today()
        self.van, self.tot = (
            DateField(desk.today, empty_ok=False),
            DateField(desk.today, empty_ok=False),
        )
        self.van.set_value(date(today.year, 1, 1))
        self.tot.set_value(today)
        self.van.setAccessibleName(self.tr("Begin van de periode"))
        self.tot.setAccessibleName(self.tr("Einde van de periode"))
        self.show_btn = QPushButton(self.tr("Tonen"))
        self.csv_btn = QPushButton(self.tr("Opslaan als CSV…"))
        self.csv_btn.setAccessibleName(self.tr("Hiatenrapport opslaan als CSV"))
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setVisible(False)
        bar = QHBoxLayout()
        for w in (
            QLabel(self.tr("Van")),
            self.van,
            QLabel(self.tr("tot en met")),
            self.tot,
            self.show_btn,
        ):
            bar.addWidget(w)
        bar.addStretch()
        bar.addWidget(self.csv_btn)

        self.needs = self._table(
            [
                self.tr("Gemeente / wijk"),
                self.tr("Soort aanbod"),
                self.tr("Behoeften"),
                self.tr("Gematcht"),
                self.tr("Zonder match, lopend"),
                self.tr("Zonder match, afgesloten"),
            ],
            self.tr("Behoeften zonder match"),
        )
        self.declines = self._table(
            [
                self.tr("Gemeente / wijk"),
                self.tr("Soort aanbod"),
                self.tr("Uitkomst"),
                self.tr("Reden"),
                self.tr("Aantal"),
            ],
            self.tr("Afgewezen, niet beschikbaar en gestopt"),
        )
        lay = QVBoxLayout(self)
        lay.addWidget(title)
        lay.addLayout(bar)
        lay.addWidget(self.error)
        lay.addWidget(QLabel(self.tr("Behoeften (kennismaking in de periode)")))
        lay.addWidget(self.needs, 1)
        lay.addWidget(QLabel(self.tr("Afgewezen, niet beschikbaar en gestopt (in de periode)")))
        lay.addWidget(self.declines, 1)
        self.show_btn.clicked.connect(self.refresh)
        self.csv_btn.clicked.connect(lambda: self.save_csv())
        if hub is not None:
            hub.changed.connect(self._on_changed)
        self.refresh()

    def _table(self, headers: list[str], name: str) -> QTableWidget:
        tw = QTableWidget(0, len(headers))
        tw.setTabKeyNavigation(False)  # Tab leaves the table
        tw.setHorizontalHeaderLabels(headers)
        tw.setAccessibleName(name)
        tw.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        tw.verticalHeader().setVisible(False)
        tw.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        tw.horizontalHeader().setStretchLastSection(True)
        return tw

    def refresh(self) -> None:
        self.error.setVisible(False)
        try:
            self.report = self.desk.matching.gap_report(self.van.value(), self.tot.value())
        except Exception as exc:  # noqa: BLE001 - shown above the tables
            show_error(self.error, exc)
            return
        unknown = self.tr("onbekend")  # what the trajectory does not say (gap report's UNKNOWN)

        def place(row) -> str:
            return " / ".join(unknown if w == UNKNOWN else w for w in (row.gemeente, row.wijk))

        def offer(code: str) -> str:
            return unknown if code == UNKNOWN else codes.AANBOD.label(code)

        self._fill(
            self.needs,
            [
                (
                    place(r),
                    offer(r.category),
                    r.needs,
                    r.matched,
                    r.unmatched_open,
                    r.unmatched_closed,
                )
                for r in self.report.needs
            ],
        )
        kind = {"gestopt": self.tr("Gestopt")}
        self._fill(
            self.declines,
            [
                (
                    place(d),
                    offer(d.category),
                    kind.get(d.kind) or codes.MATCH_UITKOMST.label(d.kind),
                    codes.AFWIJSREDEN.label(d.reason) if d.reason else "",
                    d.count,
                )
                for d in self.report.declines
            ],
        )

    @staticmethod
    def _fill(tw: QTableWidget, rows: list[tuple]) -> None:
        tw.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, v in enumerate(row):
                tw.setItem(r, c, QTableWidgetItem(str(v)))

    def save_csv(self, path: str | None = None) -> None:
        if self.report is None:
            return
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Hiatenrapport opslaan"), "hiaten.csv", self.tr("CSV (*.csv)")
            )
            if not path:
                return
        with open(path, "w", encoding="utf-8", newline="") as fh:
            fh.write(self.report.csv_text())

    def _on_changed(self, changes: Changes) -> None:
        if changes.kinds & {"match", "trajectory", "closing", "contact", "referral", "client"}:
            self.refresh()
