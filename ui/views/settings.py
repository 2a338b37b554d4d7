"""Instellingen: organisation, coach, work area, language, auto-lock, follow-up weeks;
back-up and passphrase change."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from wor_desk_ui.hub import Hub
from wor_desk_ui.views.backup import change_passphrase, start_backup
from wor_desk_ui.views.referrers import ReferrersBox
from wor_desk_ui.views.regional_codes import RegionalCodesBox
from wor_desk_ui.views.setup import SetupForm

from wor_desk.desk import Changes, Desk
from wor_desk.errors import WorDeskError


class SettingsView(QWidget):
    languageChanged = Signal(str)

    def __init__(self, desk: Desk, hub: Hub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.hub = desk, hub
        title = QLabel(self.tr("Instellingen"), self)
        title.setObjectName("screenTitle")
        inner = QWidget()
        self.setup = SetupForm(desk, inner)
        prefs = QFormLayout()
        self.language = QComboBox(inner)
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.language.setAccessibleName(self.tr("Taal"))
        self.lock_minutes = QSpinBox(inner)
        self.lock_minutes.setRange(1, 240)
        self.lock_minutes.setSuffix(self.tr(" minuten"))
        self.lock_minutes.setAccessibleName(self.tr("Automatisch vergrendelen na"))
        self.follow_up = QSpinBox(inner)
        self.follow_up.setRange(1, 52)
        self.follow_up.setSuffix(self.tr(" weken"))
        self.follow_up.setAccessibleName(self.tr("Nazorg na"))
        for text, w in (
            (self.tr("&Taal"), self.language),
            (self.tr("&Vergrendelen na"), self.lock_minutes),
            (self.tr("Na&zorg na"), self.follow_up),
        ):
            lab = QLabel(text, inner)
            lab.setBuddy(w)
            prefs.addRow(lab, w)
        # privacy and backups
        safety = QFormLayout()
        self.backup_folder = QLineEdit(inner)
        self.backup_folder.setAccessibleName(self.tr("Map voor automatische back-ups"))
        self.backup_folder.setPlaceholderText(self.tr("geen: kies een USB-stick of netwerkmap"))
        choose = QPushButton(self.tr("&Kies…"), inner)
        choose.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.backup_folder, 1)
        folder_row.addWidget(choose)
        self.backup_keep = QSpinBox(inner)
        self.backup_keep.setRange(1, 365)
        self.backup_keep.setSuffix(self.tr(" back-ups"))
        self.backup_keep.setAccessibleName(self.tr("Aantal back-ups bewaren"))
        self.retention = QSpinBox(inner)
        self.retention.setRange(1, 240)
        self.retention.setSuffix(self.tr(" maanden na afsluiten"))
        self.retention.setAccessibleName(self.tr("Bewaartermijn"))
        self.retention_auto = QCheckBox(
            self.tr("Zonder te vragen wissen wat over de termijn is"), inner
        )
        lab = QLabel(self.tr("Back-up&map"), inner)
        lab.setBuddy(self.backup_folder)
        safety.addRow(lab, folder_row)
        for text, w in (
            (self.tr("Back-u&ps bewaren"), self.backup_keep),
            (self.tr("Bewaarterm&ijn"), self.retention),
        ):
            lab = QLabel(text, inner)
            lab.setBuddy(w)
            safety.addRow(lab, w)
        safety.addRow("", self.retention_auto)
        self.status = QLabel(inner)
        self.status.setWordWrap(True)
        save = QPushButton(self.tr("Op&slaan"), inner)
        save.clicked.connect(self.save)
        backup = QPushButton(self.tr("Back-&up maken…"), inner)
        backup.clicked.connect(lambda: start_backup(self, self.desk))
        rekey = QPushButton(self.tr("Wachtwoo&rd wijzigen…"), inner)
        rekey.clicked.connect(lambda: change_passphrase(self, self.desk))
        row = QHBoxLayout()
        row.addWidget(backup)
        row.addWidget(rekey)
        row.addStretch(1)
        row.addWidget(save)
        t1, t2 = (
            QLabel(self.tr("Organisatie en coach"), inner),
            QLabel(self.tr("Werken met de desk"), inner),
        )
        t3 = QLabel(self.tr("Privacy en back-ups"), inner)
        t1.setObjectName("sectionTitle")
        t2.setObjectName("sectionTitle")
        t3.setObjectName("sectionTitle")
        lay = QVBoxLayout(inner)
        lay.addWidget(t1)
        lay.addWidget(self.setup)
        lay.addSpacing(8)
        lay.addWidget(t2)
        lay.addLayout(prefs)
        lay.addSpacing(8)
        lay.addWidget(t3)
        lay.addLayout(safety)
        lay.addWidget(self.status)
        lay.addLayout(row)
        lay.addSpacing(8)
        self.regional_codes = RegionalCodesBox(desk, hub, inner)
        lay.addWidget(self.regional_codes)
        lay.addSpacing(8)
        self.referrers = ReferrersBox(desk, hub, inner)
        lay.addWidget(self.referrers)
        lay.addStretch(1)
        inner.setMaximumWidth(900)
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.addWidget(title)
        outer.addWidget(area, 1)
        self._loaded: dict[str, object] = {}
        self._loaded_safety: tuple = ()
        self.load()
        for w in self.setup.edits.values():
            w.textChanged.connect(self._edited)
        self.language.currentIndexChanged.connect(self._edited)
        for sb in (self.lock_minutes, self.follow_up, self.backup_keep, self.retention):
            sb.valueChanged.connect(self._edited)
        self.backup_folder.textChanged.connect(self._edited)
        self.retention_auto.toggled.connect(self._edited)
        hub.changed.connect(self._changed)

    def load(self) -> None:
        """Show what is stored (also what the first-run set-up stored after this screen was made)."""
        s = self.desk.settings()
        self.setup.load()
        self.language.setCurrentIndex(max(self.language.findData(s.get("taal") or "nl"), 0))
        self.lock_minutes.setValue(int(s.get("auto_lock_minuten") or 5))
        self.follow_up.setValue(int(s.get("nazorg_na_weken") or 6))
        backup = self.desk.backups.config()
        self.backup_folder.setText(backup.folder)
        self.backup_keep.setValue(backup.keep)
        self.retention.setValue(self.desk.privacy.retention_months())
        self.retention_auto.setChecked(self.desk.privacy.retention_automatic())
        self._loaded = self.values()
        self._loaded_safety = self.safety_values()

    def safety_values(self) -> tuple:
        """Backup folder, backups kept, retention months, retention automatic."""
        return (
            self.backup_folder.text().strip(),
            self.backup_keep.value(),
            self.retention.value(),
            self.retention_auto.isChecked(),
        )

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Map voor automatische back-ups"), self.backup_folder.text()
        )
        if folder:
            self.backup_folder.setText(folder)

    def values(self) -> dict[str, object]:
        return {
            **self.setup.values(),
            "taal": self.language.currentData(),
            "auto_lock_minuten": self.lock_minutes.value(),
            "nazorg_na_weken": self.follow_up.value(),
        }

    def changed_values(self) -> dict[str, object]:
        """Only the fields the coach changed since they were shown."""
        return {k: v for k, v in self.values().items() if self._loaded.get(k) != v}

    def has_unsaved(self) -> bool:
        return bool(self.changed_values()) or self.safety_values() != self._loaded_safety

    def _edited(self, *_args) -> None:
        self.status.clear()  # "Opgeslagen." no longer holds once editing goes on

    def _changed(self, changes) -> None:
        if "settings" in changes.kinds and not self.has_unsaved():
            self.load()

    def showEvent(self, event) -> None:
        if not self.has_unsaved():
            self.load()
        super().showEvent(event)

    def save(self) -> None:
        """Save only what changed: a field not touched here is never overwritten."""
        safety = self.safety_values()
        safety_changed = safety != self._loaded_safety
        if safety_changed:
            folder, keep, months, automatic = safety
            try:
                self.desk.backups.configure(folder=folder, keep=keep)
                self.desk.privacy.set_retention(months=months, automatic=automatic)
            except WorDeskError as exc:
                self.status.setText(exc.message())
                return
            self._loaded_safety = safety
        values = self.changed_values()
        if not values:
            if safety_changed:
                self.hub.notify(Changes.of("settings"))
                self.status.setText(self.tr("Opgeslagen."))
            else:
                self.status.setText(self.tr("Niets gewijzigd."))
            return
        changes = self.desk.update_settings(**values)
        self._loaded = self.values()
        self.hub.notify(changes)
        self.status.setText(self.tr("Opgeslagen."))
        if "taal" in values:
            self.languageChanged.emit(values["taal"])
