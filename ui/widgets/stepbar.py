"""The six steps of a trajectory as a bar: done, current, still to come; click to open a step."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QWidget

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
            # a narrow window shows short names (the full one is the tooltip and the
            # accessible name): the long names kept the window from shrinking below ~1130 px
            b.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            b.setMinimumWidth(b.fontMetrics().horizontalAdvance("✓ 4. Kennismaking") + 12)
            lay.addWidget(b, 1)
            self.buttons.append(b)
        self.current = 0
        self._state: list[str] = ["todo"] * len(self.buttons)
        self._short = [
            self.tr("Bezoek"),
            self.tr("Verwijzing"),
            self.tr("Kennismaking"),
            self.tr("Matching"),
            self.tr("Start"),
            self.tr("Nazorg"),
        ]

    def _texts(self) -> None:
        full = [
            ("✓ " if st == "done" else "") + f"{i}. {c.label()}"
            for i, (st, c) in enumerate(zip(self._state, codes.STAP, strict=True), start=1)
        ]
        fm = self.fontMetrics()
        # the buttons share the width equally: a name that does not fit its share is shortened
        share = (self.width() - 4 * (len(full) - 1)) / len(full)
        for i, (b, text) in enumerate(zip(self.buttons, full, strict=True), start=1):
            if fm.horizontalAdvance(text) + 24 <= share:
                b.setText(text)
            else:
                b.setText(
                    ("✓ " if self._state[i - 1] == "done" else "") + f"{i}. {self._short[i - 1]}"
                )

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().resizeEvent(event)
        self._texts()

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
            self._state[i - 1] = state
            b.setProperty("state", state)
            b.setChecked(state == "current")
            b.style().unpolish(b)
            b.style().polish(b)
            b.setToolTip(
                f"{i}. {c.label()}: "
                + {
                    "done": self.tr("Gedaan"),
                    "current": self.tr("Hier is de cliënt nu"),
                    "todo": self.tr("Nog te doen"),
                }[state]
            )
        self._texts()
