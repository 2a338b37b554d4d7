"""A form whose fields show their own validation messages (a RuleViolation's `.violations`).

    form = Form(parent)
    form.add("verwijsdatum", self.tr("Verwijsdatum"), DateLineEdit(...))
    ...
    try: desk.update_trajectory(...)
    except RuleViolation as e: form.show_violations(e.violations)

A violation for a field the form does not hold goes to the form's general message line."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from wor_desk.errors import Violation


class FieldError(QLabel):
    """The message under a field (hidden when there is none)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldError")
        self.setWordWrap(True)
        self.setVisible(False)

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    if widget.property("invalid") == invalid:
        return
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class Form(QWidget):
    """A QFormLayout with an error line under each field and a general message line on top."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.general = FieldError(self)
        self.general.setObjectName("formError")
        outer.addWidget(self.general)
        self.layout_ = QFormLayout()
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        outer.addLayout(self.layout_)
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, FieldError] = {}
        self.aliases: dict[str, str] = {}

    def add(
        self, name: str, label: str, widget: QWidget, *, aliases: Iterable[str] = ()
    ) -> QWidget:
        """Add a field; `aliases` are other violation field names shown at this field."""
        box = QWidget(self)
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(1)
        lay.addWidget(widget)
        err = FieldError(box)
        lay.addWidget(err)
        reading = getattr(widget, "reading", None)
        if reading is not None:  # a date field says what it reads as the coach types
            hint = QLabel(box)
            hint.setObjectName("fieldHint")
            hint.setVisible(False)
            lay.addWidget(hint)
            reading.connect(lambda text, h=hint: self._show_reading(h, text))
        lab = QLabel(label, self)
        lab.setBuddy(widget)
        lab.setMinimumWidth(
            lab.sizeHint().width() + 6
        )  # room for the mnemonic underline and hinting
        self.layout_.addRow(lab, box)
        if not widget.accessibleName():
            widget.setAccessibleName(label.replace("&", ""))
        self.fields[name] = widget
        self.errors[name] = err
        for a in aliases:
            self.aliases[a] = name
        # a message about a field goes away as soon as the coach changes that field (it stayed
        # under the reason after the reason was chosen)
        for signal in ("textEdited", "currentIndexChanged", "textChanged", "changed"):
            sig = getattr(widget, signal, None)
            if sig is not None and hasattr(sig, "connect"):
                sig.connect(lambda *_a, n=name: self.clear_error(n))
                break
        return widget

    def _show_reading(self, hint: QLabel, text: str) -> None:
        hint.setText(self.tr("gelezen als %1").replace("%1", text) if text else "")
        hint.setVisible(bool(text))

    def clear_error(self, name: str) -> None:
        if self.errors[name].isHidden():
            return
        self.errors[name].show_message("")
        mark_invalid(self.fields[name], False)
        self.fields[name].setAccessibleDescription("")

    def add_row(self, label: str, widget: QWidget) -> None:
        """A row without validation (buttons, notes)."""
        self.layout_.addRow(label, widget)

    def clear_errors(self) -> None:
        self.general.show_message("")
        for name, err in self.errors.items():
            err.show_message("")
            mark_invalid(self.fields[name], False)
            self.fields[name].setAccessibleDescription("")

    def show_violations(self, violations: Iterable[Violation]) -> list[Violation]:
        """Show each violation at its field; returns those that had no field here (shown on top)."""
        self.clear_errors()
        per_field: dict[str, list[str]] = {}
        general: list[Violation] = []
        for v in violations:
            name = self.aliases.get(v.field, v.field)
            if name in self.fields:
                per_field.setdefault(name, []).append(v.message())
            else:
                general.append(v)
        for name, msgs in per_field.items():
            text = "\n".join(dict.fromkeys(msgs))
            self.errors[name].show_message(text)
            mark_invalid(self.fields[name], True)
            self.fields[name].setAccessibleDescription(text)
        if general:
            self.general.show_message("\n".join(dict.fromkeys(v.message() for v in general)))
        first = next(iter(per_field), None)
        if first is not None:
            self.fields[first].setFocus()
        return general

    def show_general(self, text: str) -> None:
        self.general.show_message(text)

    def error_text(self, name: str) -> str:
        err = self.errors[name]
        return err.text() if not err.isHidden() else ""
