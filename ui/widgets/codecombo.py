"""A combo box over a code list of wor_desk.codes: shows labels, holds codes."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from wor_desk.codes import CodeList


class CodeCombo(QComboBox):
    def __init__(
        self, codes: CodeList, empty: str | None = "", parent: QWidget | None = None
    ) -> None:
        """`empty` is the text of a "no choice" entry (None: no such entry)."""
        super().__init__(parent)
        if empty is not None:
            self.addItem(empty, None)
        for c in codes:
            self.addItem(c.label(), c.code)
        self.setAccessibleName(codes.title())
        # as wide as there is room for (at least ~12 characters), not as wide as the longest
        # label: a long label kept the window from shrinking below 1024 px
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)

    def code(self) -> str | None:
        return self.currentData()

    def set_code(self, code: str | None) -> None:
        i = self.findData(code)
        self.setCurrentIndex(max(i, 0))
