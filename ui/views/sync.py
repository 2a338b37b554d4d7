"""Sync screen: what will leave the desk (a readable table per month, suppressed cells
marked), the collector settings, Sync now, the last successful sync and what waits, the
collector's summary of the last push, and an automatic sync while the app is open.

Self-contained: `SyncView(desk, hub, parent=None)`. All work goes through `desk.sync`
(wor_desk.sync.SyncService) on a worker thread (ui.ops.Op)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from wor_desk_ui.ops import Op
from wor_desk_ui.views.dashboard import show_number

from wor_desk.dates import parse_period
from wor_desk.desk import Changes, Desk
from wor_desk.errors import WorDeskError
from wor_desk.values.counts import WITHHELD
from wor_desk.values.sync import MonthPayload, SyncResult, SyncState

#: Minutes between automatic syncs while the screen's checkbox is on.
AUTO_MINUTES = 15
SUPPRESSED_BG = QColor("#fff4d6")


class SyncView(QWidget):
    def __init__(self, desk: Desk, hub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.hub = hub
        self._op: Op | None = None
        self._preview_op: Op | None = None
        self._stale = True
        self.setObjectName("syncView")

        root = QVBoxLayout(self)
        title = QLabel(self.tr("Synchronisatie"), self)  # every other screen has its title
        title.setObjectName("screenTitle")
        root.addWidget(title)
        intro = QLabel(
            self.tr(
                "Alleen tellingen verlaten deze desk: geen namen, geboortedata, postcodes of vrije tekst. "
                "Kleine aantallen worden onderdrukt (gemarkeerd met *); praktijknamen gaan alleen als "
                "onherkenbare sleutel-hash mee."
            )
        )
        intro.setWordWrap(True)
        root.addWidget(intro)

        # -- settings ------------------------------------------------------------------
        box = QGroupBox(self.tr("Collector (van uw teamleider)"))
        form = QFormLayout(box)
        self.join_code = QLineEdit()
        self.join_code.setPlaceholderText("WOR-…")
        self.join_code.setAccessibleName(self.tr("Koppelcode"))
        self.join = QPushButton(self.tr("Koppelen"))
        self.join.setAccessibleName(self.tr("Koppelen met de koppelcode"))
        self.join.clicked.connect(self.start_join)
        join_row = QHBoxLayout()
        join_row.addWidget(self.join_code, 1)
        join_row.addWidget(self.join)
        form.addRow(self.tr("Koppelcode:"), join_row)
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://collector.regio.nl")
        self.url.setAccessibleName(self.tr("Collector-adres"))
        self.token = QLineEdit()
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token.setAccessibleName(self.tr("Desk-token"))
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setAccessibleName(self.tr("Regiosleutel"))
        form.addRow(self.tr("Adres:"), self.url)
        form.addRow(self.tr("Desk-token:"), self.token)
        form.addRow(self.tr("Regiosleutel:"), self.secret)
        self.save = QPushButton(self.tr("Instellingen bewaren"))
        self.save.setAccessibleName(self.tr("Collector-instellingen bewaren"))
        self.save.clicked.connect(self._save)
        form.addRow("", self.save)
        root.addWidget(box)

        # -- state and actions ---------------------------------------------------------
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.state_label.setAccessibleName(self.tr("Stand van de synchronisatie"))
        self.state_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        root.addWidget(self.state_label)
        row = QHBoxLayout()
        self.sync_now = QPushButton(self.tr("Nu synchroniseren"))
        self.sync_now.setAccessibleName(self.tr("Nu synchroniseren"))
        self.sync_now.clicked.connect(self.start_sync)
        self.refresh = QPushButton(self.tr("Voorbeeld vernieuwen"))
        self.refresh.setAccessibleName(self.tr("Voorbeeld van wat vertrekt vernieuwen"))
        self.refresh.clicked.connect(self.load_preview)
        self.auto = QCheckBox(
            self.tr("Automatisch synchroniseren (elke %1 minuten)").replace("%1", str(AUTO_MINUTES))
        )
        self.auto.setAccessibleName(self.tr("Automatisch synchroniseren"))
        self.auto.toggled.connect(self._auto_toggled)
        row.addWidget(self.sync_now)
        row.addWidget(self.refresh)
        row.addWidget(self.auto)
        row.addStretch(1)
        root.addLayout(row)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Samenvatting van de collector"))
        root.addWidget(self.summary)

        # -- what will leave -----------------------------------------------------------
        root.addWidget(QLabel(self.tr("Wat vertrekt, per maand, kwartaal en jaar:")))
        self.table = QTableWidget(0, 4)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.setHorizontalHeaderLabels(
            [self.tr("Periode"), self.tr("Telling"), self.tr("Categorie"), self.tr("Waarde")]
        )
        self.table.setAccessibleName(self.tr("Wat vertrekt, per periode"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(False)
        root.addWidget(self.table, 1)
        self.legend = QLabel()
        root.addWidget(self.legend)

        self.timer = QTimer(self)
        self.timer.setInterval(AUTO_MINUTES * 60_000)
        self.timer.timeout.connect(lambda: self.start_sync(automatic=True))
        if hub is not None:
            hub.changed.connect(self._changed)
        self._load_settings()
        self.show_state()
        self.load_preview()

    # -- settings ---------------------------------------------------------------------------
    def _load_settings(self) -> None:
        st = self.desk.sync.state()
        self.url.setText(st.collector)
        self.token.setPlaceholderText(
            self.tr("bewaard") if st.has_token else self.tr("nog niet opgegeven")
        )
        self.secret.setPlaceholderText(
            self.tr("bewaard") if st.has_secret else self.tr("nog niet opgegeven")
        )

    def _save(self) -> None:
        try:
            self.desk.sync.configure(
                collector=self.url.text().strip() or None,
                token=self.token.text().strip() or None,
                region_secret=self.secret.text() or None,
            )
        except WorDeskError as exc:
            self.summary.setText(self.say(exc))
            return
        self.token.clear()
        self.secret.clear()
        self._load_settings()
        self.show_state()
        self.load_preview()
        if self.hub is not None:
            self.hub.notify(Changes.of("settings"))

    # -- state --------------------------------------------------------------------------------
    def show_state(self) -> None:
        self.render_state(self.desk.sync.state())

    def say(self, exc: WorDeskError) -> str:
        """The core's message, but pointing at this screen's fields instead of a command line
        (the coach was told to run 'wor-desk sync --join CODE' right under the Koppelcode field)."""
        here = {
            "sync_no_collector": self.tr(
                "Er is nog geen collector ingesteld. Vul hierboven de koppelcode van uw teamleider "
                "in en kies Koppelen."
            ),
            "sync_no_secret": self.tr(
                "De regiosleutel ontbreekt. Vul hierboven de koppelcode van uw teamleider in en "
                "kies Koppelen: daarin zit de regiosleutel."
            ),
        }
        return here.get(exc.key, exc.message())

    def render_state(self, st: SyncState) -> None:
        lines = [
            self.tr("Laatste geslaagde synchronisatie: %1").replace(
                "%1", _when(st.last_success) or self.tr("nog nooit")
            )
        ]
        if st.waiting:
            lines.append(
                self.tr("Wacht nog: %n perioden (%1)", "", len(st.waiting)).replace(
                    "%1", ", ".join(_month(p) for p in st.waiting)
                )
            )
        else:
            lines.append(self.tr("Er wacht niets."))
        if st.waiting and st.next_attempt:
            lines.append(
                self.tr("Volgende automatische poging: %1").replace("%1", _when(st.next_attempt))
            )
        if st.last_error:
            lines.append(self.tr("Laatste probleem: %1").replace("%1", st.last_error))
        self.state_label.setText("\n".join(lines))

    def render_result(self, r: SyncResult) -> None:
        c = r.cells
        text = (
            self.tr(
                "Verzonden: %1 periode(n). Cellen: %2 nieuw, %3 bijgewerkt, %4 ongewijzigd, %5 verwijderd, %6 geweigerd."
            )
            .replace("%1", str(len(r.sent)))
            .replace("%2", str(c["accepted"]))
            .replace("%3", str(c["updated"]))
            .replace("%4", str(c["unchanged"]))
            .replace("%5", str(c["removed"]))
            .replace("%6", str(c["refused"]))
        )
        for m in r.months:
            if m.get("status") == "geweigerd":
                text += "\n" + self.tr("%1 geweigerd: %2").replace(
                    "%1", _month(str(m.get("period")))
                ).replace("%2", str(m.get("message_nl") or m.get("message") or m.get("reason")))
        if r.kaart is not None:
            k = r.kaart
            text += "\n" + (
                self.tr(
                    "Sociale kaart van de regio (revisie %1): %2 nieuw, %3 bijgewerkt, %4 verwijderd, %5 gesloten; %6 voorstel(len) verzonden."
                )
                .replace("%1", str(k.revision))
                .replace("%2", str(k.created))
                .replace("%3", str(k.updated))
                .replace("%4", str(k.removed))
                .replace("%5", str(k.closed))
                .replace("%6", str(k.proposals_sent))
            )
        elif r.kaart_error is not None:
            text += "\n" + self.tr(
                "De sociale kaart van de regio kon niet worden opgehaald; de desk houdt de laatste kaart. (%1)"
            ).replace("%1", r.kaart_error.message())
        if r.error is not None:
            text += "\n" + r.error.message()
        self.summary.setText(text)

    # -- syncing ------------------------------------------------------------------------------
    def start_sync(self, automatic: bool = False) -> Op | None:
        if self._op is not None and self._op.running:
            return None
        st = self.desk.sync.state()
        if automatic and (not st.collector or not st.has_token):
            return None
        self.sync_now.setEnabled(False)
        self.summary.setText(self.tr("Bezig met synchroniseren…"))
        desk = self.desk

        def work(op: Op) -> SyncResult:
            return desk.sync.sync(respect_backoff=automatic, progress=op.report)

        def done(result: SyncResult) -> None:
            self.sync_now.setEnabled(True)
            self.render_result(result)
            self.show_state()
            self.load_preview()

        def failed(exc: BaseException) -> None:
            self.sync_now.setEnabled(True)
            self.summary.setText(
                self.say(exc)
                if isinstance(exc, WorDeskError)
                else self.tr("Synchroniseren mislukt: %1").replace("%1", str(exc))
            )
            self.show_state()

        self._op = Op(self, work).success(done).failure(failed)
        self._op.run()
        return self._op

    def start_join(self) -> Op | None:
        """Join with the koppelcode: settings are stored only when the first push succeeded."""
        if self._op is not None and self._op.running:
            return None
        code = self.join_code.text()
        if not code.strip():
            return None
        self.join.setEnabled(False)
        self.sync_now.setEnabled(False)
        self.summary.setText(self.tr("Bezig met koppelen…"))
        desk = self.desk

        def done(result: SyncResult) -> None:
            self.join.setEnabled(True)
            self.sync_now.setEnabled(True)
            self.join_code.clear()
            self.render_result(result)
            self.summary.setText(
                self.tr("Gekoppeld: adres, token en regiosleutel zijn bewaard.")
                + "\n"
                + self.summary.text()
            )
            self._load_settings()
            self.show_state()
            self.load_preview()
            if self.hub is not None:
                self.hub.notify(Changes.of("settings"))

        def failed(exc: BaseException) -> None:
            self.join.setEnabled(True)
            self.sync_now.setEnabled(True)
            self.summary.setText(
                self.say(exc)
                if isinstance(exc, WorDeskError)
                else self.tr("Koppelen mislukt: %1").replace("%1", str(exc))
            )
            self.show_state()

        self._op = Op(self, lambda op: desk.sync.join(code)).success(done).failure(failed)
        self._op.run()
        return self._op

    def _auto_toggled(self, on: bool) -> None:
        if on:
            self.timer.start()
            self.start_sync(automatic=True)
        else:
            self.timer.stop()

    # -- what will leave ---------------------------------------------------------------------
    def _changed(self, changes: Changes) -> None:
        if changes.trajectories or changes.clients or "settings" in changes.kinds:
            self._stale = True
            if self.isVisible():
                self.load_preview()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale:
            self.load_preview()

    def load_preview(self) -> Op | None:
        if self._preview_op is not None and self._preview_op.running:
            return None
        self._stale = False
        desk = self.desk
        self._preview_op = (
            Op(self, lambda op: desk.sync.preview())
            .success(self.show_preview)
            .failure(
                lambda exc: self.legend.setText(
                    self.say(exc) if isinstance(exc, WorDeskError) else str(exc)
                )
            )
        )
        self._preview_op.run()
        return self._preview_op

    def show_preview(self, payloads: list[MonthPayload]) -> None:
        rows: list[tuple[str, str, str, str, bool]] = []
        for p in reversed(payloads):  # newest month first
            month = _month(p.period)
            for c in p.cells:
                marked = c.suppressed or c.category == WITHHELD
                if c.category == WITHHELD:
                    category = self.tr("(categorieën verborgen)")
                else:
                    category = self.desk.counts.category_label(c.indicator, c.category)
                if c.suppressed and c.lo is not None:
                    value = (
                        self.tr("onderdrukt (%1–%2)")
                        .replace("%1", str(c.lo))
                        .replace("%2", str(c.hi))
                    )
                elif c.suppressed:
                    value = self.tr("onderdrukt")
                else:
                    # as Tellingen shows it ("66,7 %", not "66.7")
                    value = show_number(  # type: ignore[arg-type]
                        c.value, " %" if c.indicator.endswith("_pct") else ""
                    )
                rows.append((month, self.desk.counts.label(c.indicator), category, value, marked))
            if p.practices:
                rows.append(
                    (
                        month,
                        self.tr("Praktijken (alleen als sleutel-hash)"),
                        "",
                        str(len(p.practices)),
                        False,
                    )
                )
            if p.practices_unhashed:
                rows.append(
                    (
                        month,
                        self.tr("Praktijken: regiosleutel ontbreekt"),
                        "",
                        str(p.practices_unhashed),
                        True,
                    )
                )
        self.table.setRowCount(len(rows))
        italic = QFont()
        italic.setItalic(True)
        for r, (month, ind, cat, value, marked) in enumerate(rows):
            for col, text in enumerate((month, ("* " if marked else "") + ind, cat, value)):
                item = QTableWidgetItem(text)
                if col == 3:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if marked:
                    item.setBackground(QBrush(SUPPRESSED_BG))
                    item.setFont(italic)
                self.table.setItem(r, col, item)
        k = payloads[0].k if payloads else self.desk.sync.k()
        self.legend.setText(
            self.tr(
                "* = onderdrukt: kleine aantallen (1 tot %1) en wat nodig is om ze te beschermen; "
                "of categorieën verborgen. Totalen gaan exact mee."
            ).replace("%1", str(k - 1))
            if payloads
            else self.tr("Er is nog niets te verzenden.")
        )


def _when(dt: datetime | None) -> str:
    return dt.astimezone().strftime("%d-%m-%Y %H:%M") if dt else ""


def _month(period: str) -> str:
    return parse_period(period).label()
