"""The six steps of a trajectory as a bar: done, current, still to come; click to open a step."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from wor_desk import codes


class StepBar(QWidget):
    stepClicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(4)
        self.buttons: list[QPushButton] = []
        for c in codes.STAP:
            n = int(c.code)
            b = QPushButton(f"{n}. {c.label()}", self)
            b.setObjectName("stepButton")
            b.setCheckable(True)
            b.setAccessibleName(
                self.tr("Stap %1: %2").replace("%1", str(n)).replace("%2", c.label())
            )
            b.clicked.connect(lambda _=False, n=n: self.stepClicked.emit(n))
            lay.addWidget(b, 1)
            self.buttons.append(b)
        self.current = 0

    def set_state(self, step: int, status: str) -> None:
        """Steps below `step` are done; `step` is current (all done when closed)."""
        self.current = step
        for i, (b, c) in enumerate(zip(self.buttons, codes.STAP, strict=True), start=1):
            state = (
                "done"
                if (i < step or status == "afgesloten")
                else "current"
                if i == step
                else "todo"
            )
            b.setText(("✓ " if state == "done" else "") + f"{i}. {c.label()}")
            b.setProperty("state", state)
            b.setChecked(state == "current")
            b.style().unpolish(b)
            b.style().polish(b)
            b.setToolTip(
                {
                    "done": self.tr("Gedaan"),
                    "current": self.tr("Hier is de cliënt nu"),
                    "todo": self.tr("Nog te doen"),
                }[state]
            )
