"""Cliënten: every trajectory in one list with instant search and filters. The rows are
loaded once through Desk (off the UI thread) and reloaded when the hub says trajectories
or clients changed; typing filters in memory."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from wor_desk_ui.hub import Hub
from wor_desk_ui.ops import Op, reads_pool
from wor_desk_ui.views.handover import HandoverExportDialog, HandoverImportDialog
from wor_desk_ui.views.trajectory_table import RowFilter, TrajectoryTableModel
from wor_desk_ui.widgets.codecombo import CodeCombo
from wor_desk_ui.widgets.dateedit import DateLineEdit

from wor_desk import codes
from wor_desk.desk import Changes, Desk

#: Rows loaded first after unlock, so the list shows at once; the rest follows in the background.
FIRST_SCREENFUL = 100


class ClientsView(QWidget):
    openTrajectory = Signal(int)
    loaded = Signal()

    def __init__(self, desk: Desk, hub: Hub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.hub = desk, hub
        self._op: Op | None = None
        self._reload_wanted = False

        title = QLabel(self.tr("Cliënten"), self)
        title.setObjectName("screenTitle")
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Zoek op naam, cliëntnummer, postcode of verwijzer"))
        self.search.setAccessibleName(self.tr("Zoeken"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter_changed)
        self.search.returnPressed.connect(self._open_first)

        self.step = QComboBox(self)
        self.step.setAccessibleName(self.tr("Stap"))
        self.step.addItem(self.tr("Alle stappen"), None)
        for c in codes.STAP:
            if int(c.code) >= 3:
                self.step.addItem(f"{c.code}. {c.label()}", int(c.code))
        self.status = CodeCombo(codes.STATUS, self.tr("Elke status"), self)
        self.status.setAccessibleName(self.tr("Status"))
        self.vtype = CodeCombo(codes.VERWIJZER_TYPE, self.tr("Elke verwijzer"), self)
        self.vtype.setAccessibleName(self.tr("Type verwijzer"))
        self.date_from = DateLineEdit(desk.today, self)
        self.date_from.setAccessibleName(self.tr("Verwezen vanaf"))
        self.date_from.setPlaceholderText(self.tr("verwezen vanaf"))
        self.date_to = DateLineEdit(desk.today, self)
        self.date_to.setAccessibleName(self.tr("Verwezen tot en met"))
        self.date_to.setPlaceholderText(self.tr("tot en met"))
        for combo in (self.step, self.status, self.vtype):
            combo.currentIndexChanged.connect(self._filter_changed)
        for d in (self.date_from, self.date_to):
            d.dateChanged.connect(self._filter_changed)

        self.model = TrajectoryTableModel(desk.today, self)
        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Lijst van trajecten"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(
            True
        )  # -1: the Desk order (newest referral first) until a header is clicked
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        vh = self.table.verticalHeader()
        vh.setVisible(False)
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(self.fontMetrics().height() + 8)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setStretchLastSection(True)
        fm = self.fontMetrics()
        samples = (
            "W000000",
            "Marieke van den Berg",
            "00-00-0000",
            "0000 AA",
            "dr. E. van Dam – Praktijk De Linde",
            "Praktijkondersteuner",
            "00-00-0000",
            "4. Korte begeleiding",
            "Afgesloten",
            "Kennismakingsgesprek",
            "00-00-0000",
        )
        for col, sample in enumerate(samples):
            self.table.setColumnWidth(
                col,
                max(fm.horizontalAdvance(sample), fm.horizontalAdvance(self.model.headers[col]))
                + 24,
            )
        self.table.activated.connect(self._activated)
        self.table.doubleClicked.connect(self._activated)

        self.count = QLabel(self)
        self.count.setAccessibleName(self.tr("Aantal"))

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.step, 1)
        filters.addWidget(self.status, 1)
        filters.addWidget(self.vtype, 1)
        filters.addWidget(self.date_from)
        filters.addWidget(self.date_to)
        self.hand_over = QPushButton(self.tr("Over&dragen…"), self)
        self.hand_over.setToolTip(self.tr("Cliënten overdragen aan een collega"))
        self.hand_over.clicked.connect(self.open_hand_over)
        self.take_over = QPushButton(self.tr("Overn&ame…"), self)
        self.take_over.setToolTip(self.tr("Cliënten overnemen van een collega"))
        self.take_over.clicked.connect(self.open_take_over)
        head = QHBoxLayout()
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(self.count)
        head.addWidget(self.hand_over)
        head.addWidget(self.take_over)
        lay = QVBoxLayout(self)
        lay.addLayout(head)
        lay.addLayout(filters)
        lay.addWidget(self.table, 1)
        self.setTabOrder(self.search, self.step)
        self.setTabOrder(self.step, self.status)
        self.setTabOrder(self.status, self.vtype)
        self.setTabOrder(self.vtype, self.date_from)
        self.setTabOrder(self.date_from, self.date_to)
        self.setTabOrder(self.date_to, self.table)
        self.setFocusProxy(self.search)

        hub.changed.connect(self._changed)
        self.reload()

    # -- hand-over (ui/views/handover.py) -----------------------------------------------------
    def open_hand_over(self) -> HandoverExportDialog:
        dlg = HandoverExportDialog(self.desk, self.hub, self)
        dlg.open()
        return dlg

    def open_take_over(self) -> HandoverImportDialog:
        dlg = HandoverImportDialog(self.desk, self.hub, self)
        dlg.open()
        return dlg

    # -- loading ------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read all rows again, off the UI thread (one load at a time; a change during a load
        reloads once more afterwards)."""
        if self._op is not None and self._op.running:
            self._reload_wanted = True
            return
        self._reload_wanted = False
        self.count.setText(self.tr("Laden…"))
        if self.model.total() == 0:  # the first load: a screenful first, then all the rest
            self._load(FIRST_SCREENFUL, self._first_rows_loaded)
        else:
            self._load(None, self._rows_loaded)

    def _load(self, limit: int | None, done) -> None:
        desk = self.desk
        self._op = (
            Op(self, lambda op: desk.trajectory_rows(limit=limit))
            .success(done)
            .failure(self._load_failed)
        )
        self._op.run(reads_pool())

    def _first_rows_loaded(self, rows) -> None:
        if len(rows) < FIRST_SCREENFUL:  # that was all of them
            self._rows_loaded(rows)
            return
        self.model.set_rows(rows)
        self._load(None, self._rows_loaded)

    def _rows_loaded(self, rows) -> None:
        self.model.set_rows(rows)
        self._show_count()
        self.loaded.emit()
        if self._reload_wanted:
            self.reload()

    def _load_failed(self, exc: BaseException) -> None:
        self.count.setText(self.tr("Laden mislukt: %1").replace("%1", str(exc)))

    def _changed(self, changes: Changes) -> None:
        if (
            changes.trajectories
            or changes.clients
            or changes.kinds & {"import", "demo", "settings"}
        ):
            self.reload()

    def is_loading(self) -> bool:
        return self._op is not None and self._op.running

    # -- filtering ----------------------------------------------------------------------------
    def current_filter(self) -> RowFilter:
        return RowFilter(
            text=self.search.text(),
            step=self.step.currentData(),
            status=self.status.code(),
            verwijzer_type=self.vtype.code(),
            referred_from=self.date_from.value(),
            referred_to=self.date_to.value(),
        )

    def _filter_changed(self, *_args) -> None:
        self.model.set_filter(self.current_filter())
        self._show_count()

    def _show_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total()
        self.count.setText(
            self.tr("%1 van %2 trajecten")
            .replace("%1", f"{shown:,}".replace(",", "."))
            .replace("%2", f"{total:,}".replace(",", "."))
        )

    # -- opening ------------------------------------------------------------------------------
    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.openTrajectory.emit(self.model.row_at(index.row()).id)

    def _open_first(self) -> None:
        if self.model.rowCount() == 1:
            self.openTrajectory.emit(self.model.row_at(0).id)
        elif self.model.rowCount():
            self.table.setFocus()
            self.table.selectRow(0)
