"""Team-lead view: the totals of a team, organisation or region, read from the collector.

A team lead never sees names: this screen shows only what the collector totals for the scope
of the reader token (the same codebook CSV as `wor-desk counts --collector`). Suppressed
contributions show as a range (e.g. `3-7`)."""

from __future__ import annotations

import csv
import io
from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from wor_desk_ui.hub import Hub
from wor_desk_ui.ops import Op

from wor_desk import dates
from wor_desk.desk import Desk
from wor_desk.errors import WorDeskError

#: Profile setting remembering the team lead's reader token (kept in the encrypted store).
READER_TOKEN = "teamleider_token"


class TeamTotalsView(QWidget):
    def __init__(self, desk: Desk, hub: Hub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.hub = desk, hub
        self.op: Op | None = None
        title = QLabel(self.tr("Teamtotalen"), self)
        title.setObjectName("screenTitle")
        intro = QLabel(
            self.tr(
                "Totalen van alle desks binnen het bereik van uw lezerstoken (team, organisatie of regio), "
                "zoals de collector ze optelt. Er staan geen namen in; onderdrukte bijdragen staan als bereik."
            ),
            self,
        )
        intro.setWordWrap(True)
        settings = desk.settings()
        self.url = QLineEdit(desk.sync.collector_url(), self)
        self.url.setPlaceholderText("https://collector.regio.nl")
        self.url.setAccessibleName(self.tr("Adres van de collector"))
        self.token = QLineEdit(str(settings.get(READER_TOKEN) or ""), self)
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token.setAccessibleName(self.tr("Lezerstoken"))
        last = dates.period_of(
            desk.today().replace(day=1) - timedelta(days=1), "maand"
        )  # the last whole month
        self.period = QLineEdit(last.text, self)
        self.period.setAccessibleName(self.tr("Periode"))
        self.period.setToolTip(
            self.tr("Een maand (2026-03), een kwartaal (2026-Q1) of een jaar (2026)")
        )
        self.fetch_button = QPushButton(self.tr("&Ophalen"), self)
        self.fetch_button.clicked.connect(self.fetch)
        self.period.returnPressed.connect(self.fetch)
        form = QFormLayout()
        form.addRow(self.tr("Collector:"), self.url)
        form.addRow(self.tr("Lezerstoken:"), self.token)
        row = QHBoxLayout()
        row.addWidget(self.period)
        row.addWidget(self.fetch_button)
        form.addRow(self.tr("Periode:"), row)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.setHorizontalHeaderLabels(
            [self.tr("Telling"), self.tr("Categorie"), self.tr("Waarde")]
        )
        self.table.setAccessibleName(self.tr("Teamtotalen"))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        lay = QVBoxLayout(self)
        lay.addWidget(title)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addWidget(self.status)
        lay.addWidget(self.table, 1)

    def fetch(self) -> None:
        url, token, period = (
            self.url.text().strip(),
            self.token.text().strip(),
            self.period.text().strip(),
        )
        if not url or not token:
            self.status.setText(
                self.tr(
                    "Vul het adres van de collector en uw lezerstoken in (u krijgt de token van de beheerder van de collector)."
                )
            )
            return
        try:
            dates.parse_period(period)
        except WorDeskError as exc:
            self.status.setText(str(exc))
            return
        self.desk.update_settings(**{READER_TOKEN: token})
        self.fetch_button.setEnabled(False)
        self.status.setText(self.tr("Bezig met ophalen…"))
        self.op = (
            Op(self, lambda op, u=url, t=token, p=period: self.desk.sync.fetch_totals(u, t, p))
            .success(self._show)
            .failure(self._failed)
            .run()
        )

    def _show(self, text: str) -> None:
        self.fetch_button.setEnabled(True)
        rows = list(csv.DictReader(io.StringIO(text)))
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            cells = (
                self.desk.counts.label(r["indicator"]),
                self.desk.counts.category_label(r["indicator"], r["category"]),
                r["value"],
            )
            for j, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if j == 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(i, j, item)
        self.table.resizeColumnsToContents()
        self.status.setText(
            self.tr("%1 regels voor %2.")
            .replace("%1", str(len(rows)))
            .replace("%2", self.period.text().strip())
        )

    def _failed(self, exc: BaseException) -> None:
        self.fetch_button.setEnabled(True)
        self.status.setText(
            str(exc)
            if isinstance(exc, WorDeskError)
            else self.tr("Ophalen mislukt: %1").replace("%1", str(exc))
        )
