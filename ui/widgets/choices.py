"""Small choice widgets used by the referral dialog and the trajectory form."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QListWidget, QListWidgetItem, QWidget

from wor_desk.codes import CodeList


class ConsentCombo(QComboBox):
    """Consent: yes / no / not recorded (None)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItem(self.tr("niet vastgelegd"), None)
        self.addItem(self.tr("ja"), True)
        self.addItem(self.tr("nee"), False)

    def value(self) -> bool | None:
        return self.currentData()

    def set_value(self, v: bool | None) -> None:
        self.setCurrentIndex({None: 0, True: 1, False: 2}[v])


class CodeChecklist(QListWidget):
    """Several codes of one list (the referral reasons): space toggles the current line."""

    changed = Signal()

    def __init__(self, codes: CodeList, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for c in codes:
            item = QListWidgetItem(c.label(), self)
            item.setData(Qt.ItemDataRole.UserRole, c.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.setAccessibleName(codes.title())
        self.setMinimumHeight(self.sizeHintForRow(0) * len(codes) + 2 * self.frameWidth() + 4)
        self.itemChanged.connect(lambda _i: self.changed.emit())

    def codes(self) -> list[str]:
        return [
            self.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_codes(self, codes: tuple[str, ...] | list[str]) -> None:
        wanted = set(codes)
        self.blockSignals(True)
        for i in range(self.count()):
            it = self.item(i)
            it.setCheckState(
                Qt.CheckState.Checked
                if it.data(Qt.ItemDataRole.UserRole) in wanted
                else Qt.CheckState.Unchecked
            )
        self.blockSignals(False)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt name
        if event.key() == Qt.Key.Key_Space and self.currentItem() is not None:
            it = self.currentItem()
            it.setCheckState(
                Qt.CheckState.Unchecked
                if it.checkState() == Qt.CheckState.Checked
                else Qt.CheckState.Checked
            )
            return
        super().keyPressEvent(event)
