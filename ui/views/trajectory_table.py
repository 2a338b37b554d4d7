"""The Qt model of the trajectory list: all `TrajectoryRow`s in memory (loaded once through
Desk), filtered and sorted in Python without another query. Typing a search word narrows
the rows already shown when it extends the previous text, so a keystroke over 50,000
trajectories costs a few milliseconds."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QApplication
from wor_desk_ui.style import error_colour

from wor_desk import codes
from wor_desk.dates import fmt
from wor_desk.desk import TrajectoryFilter, TrajectoryRow

_Index = QModelIndex | QPersistentModelIndex


#: The list's filter is the core's: one predicate (`TrajectoryFilter.matches`/`select`).
RowFilter = TrajectoryFilter


class TrajectoryTableModel(QAbstractTableModel):
    COLUMNS = (
        "client_nr",
        "naam",
        "geboortedatum",
        "postcode",
        "verwijzer",
        "verwijzer_type",
        "verwijsdatum",
        "step",
        "status",
        "next_action",
        "due",
    )

    def __init__(
        self, today: Callable[[], date] = date.today, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._today = today
        self._all: list[TrajectoryRow] = []
        self._hay: list[str] = []
        self._order: list[int] = []  # indexes into _all in the current sort order
        self._shown: list[int] = []  # indexes into _all that pass the filter, in sort order
        self._filter = RowFilter()
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._due_col = self.COLUMNS.index("due")
        self.headers = [
            self.tr("Cliëntnr"),
            self.tr("Naam"),
            self.tr("Geboren"),
            self.tr("Postcode"),
            self.tr("Verwijzer"),
            self.tr("Type verwijzer"),
            self.tr("Verwezen"),
            self.tr("Stap"),
            self.tr("Status"),
            self.tr("Volgende actie"),
            self.tr("Uiterlijk"),
        ]

    # -- data in --------------------------------------------------------------------------------
    def set_rows(self, rows: list[TrajectoryRow]) -> None:
        self.beginResetModel()
        self._all = list(rows)
        self._hay = [r.search_text() for r in self._all]
        self._order = list(range(len(self._all)))
        if self._sort is not None:
            self._sort_order(*self._sort)
        self._shown = self._apply(self._filter, self._order)
        self.endResetModel()

    def row_at(self, row: int) -> TrajectoryRow:
        return self._all[self._shown[row]]

    def total(self) -> int:
        return len(self._all)

    # -- filtering ------------------------------------------------------------------------------
    def set_filter(self, flt: RowFilter) -> None:
        old = self._filter
        narrowing = (
            flt.same_but_text(old)
            and flt.text.lower().startswith(old.text.lower())
            and len(flt.words()) >= len(old.words())
        )
        base = self._shown if narrowing else self._order
        self._filter = flt
        self.beginResetModel()
        self._shown = self._apply(flt, base)
        self.endResetModel()

    def _apply(self, flt: RowFilter, base: list[int]) -> list[int]:
        return flt.select(self._all, self._hay, base)

    # -- sorting --------------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order) if column >= 0 else None
        self.layoutAboutToBeChanged.emit()
        self._sort_order(column, order)
        self._shown = self._apply(self._filter, self._order)
        self.layoutChanged.emit()

    def _sort_order(self, column: int, order: Qt.SortOrder) -> None:
        if column < 0:
            self._order = list(range(len(self._all)))
            return
        name = self.COLUMNS[column]
        rows = self._all

        def key(i: int):
            r = rows[i]
            if name == "verwijzer":
                v = (r.verwijzer_praktijk or r.verwijzer_naam or "").lower()
            elif name == "naam":
                v = r.naam.lower()
            else:
                v = getattr(r, name)
            return (v is None, v if v is not None else 0)

        self._order.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)

    # -- Qt model --------------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        # painting asks for many roles per cell: answer the unused ones before any work
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(self._all[self._shown[index.row()]], self.COLUMNS[index.column()])
        if role == Qt.ItemDataRole.ForegroundRole:
            if index.column() != self._due_col:
                return None
            r = self._all[self._shown[index.row()]]
            if r.due is not None and r.status == "lopend" and r.due < self._today():
                return QBrush(
                    error_colour(QApplication.palette() if QApplication.instance() else QPalette())
                )
            return None
        if role == Qt.ItemDataRole.UserRole:
            return self._all[self._shown[index.row()]].id
        return None

    @staticmethod
    def _display(r: TrajectoryRow, name: str) -> str:
        if name == "naam":
            return r.naam
        if name == "client_nr":
            return r.client_nr
        if name in ("geboortedatum", "verwijsdatum", "due"):
            return fmt(getattr(r, name))
        if name == "postcode":
            return r.postcode or ""
        if name == "verwijzer":
            return " – ".join(x for x in (r.verwijzer_naam, r.verwijzer_praktijk) if x)
        if name == "verwijzer_type":
            return codes.VERWIJZER_TYPE.label(r.verwijzer_type)
        if name == "step":
            return f"{r.step}. {codes.STAP.label(str(r.step))}"
        if name == "status":
            return codes.STATUS.label(r.status)
        if name == "next_action":
            return codes.ACTIE.label(r.next_action)
        return ""
