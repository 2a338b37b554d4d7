"""The region's own referral reasons, on the Instellingen screen: the ones added so far and a
small form to add one (what `wor-desk codes add reden ...` does). Rules and storage live in the
core (`desk.regional_codes`)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from wor_desk_ui.hub import Hub

from wor_desk.desk import Desk
from wor_desk.errors import WorDeskError


class RegionalCodesBox(QWidget):
    """Lists the added reasons and adds one; says what is wrong when a code is refused."""

    LIST = "reden"

    def __init__(self, desk: Desk, hub: Hub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.hub = desk, hub
        title = QLabel(self.tr("Eigen redenen van verwijzing (regio)"), self)
        title.setObjectName("sectionTitle")
        note = QLabel(
            self.tr(
                "Een regio mag eigen redenen toevoegen. Ze tellen bij de desk als eigen categorie; "
                "bij synchroniseren tellen ze als 'Overig'. Bestaande redenen worden nooit hernoemd."
            ),
            self,
        )
        note.setWordWrap(True)
        self.current = QLabel(self)
        self.current.setWordWrap(True)
        self.current.setAccessibleName(self.tr("Toegevoegde redenen"))
        self.code = QLineEdit(self)
        self.code.setPlaceholderText(self.tr("bijvoorbeeld digitale_vaardigheden"))
        self.code.setAccessibleName(self.tr("Code"))
        self.label_nl = QLineEdit(self)
        self.label_nl.setAccessibleName(self.tr("Omschrijving in het Nederlands"))
        self.label_en = QLineEdit(self)
        self.label_en.setAccessibleName(self.tr("Omschrijving in het Engels"))
        form = QFormLayout()
        form.addRow(self.tr("Code"), self.code)
        form.addRow(self.tr("Nederlands"), self.label_nl)
        form.addRow(self.tr("Engels"), self.label_en)
        self.add_button = QPushButton(self.tr("Reden toevoegen"), self)
        self.add_button.clicked.connect(self.add)
        self.message = QLabel(self)
        self.message.setObjectName("formError")
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.add_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(title)
        lay.addWidget(note)
        lay.addWidget(self.current)
        lay.addLayout(form)
        lay.addWidget(self.message)
        lay.addLayout(row)
        self.refresh()

    def refresh(self) -> None:
        added = self.desk.regional_codes.added(self.LIST)
        self.current.setText(
            "\n".join(f"{c.code}: {c.nl} / {c.en}" for c in added)
            if added
            else self.tr("Nog geen eigen redenen toegevoegd.")
        )

    def add(self) -> None:
        self.message.clear()
        try:
            changes = self.desk.regional_codes.add(
                self.LIST, self.code.text(), self.label_nl.text(), self.label_en.text()
            )
        except WorDeskError as exc:
            self.message.setText(exc.message())
            return
        for w in (self.code, self.label_nl, self.label_en):
            w.clear()
        self.refresh()
        self.hub.notify(changes)
