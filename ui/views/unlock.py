"""The unlock screen: choose a profile and enter its passphrase, or create a new profile
(optionally filled with made-up demo clients). Key derivation runs off the UI thread."""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from wor_desk_ui.ops import Op
from wor_desk_ui.widgets.pass_field import PassphraseField
from wor_desk_ui.widgets.unlock_wait import WaitCountdown

from wor_desk import profiles
from wor_desk.errors import DamagedStore, WorDeskError

if TYPE_CHECKING:
    from wor_desk.desk import Desk

#: How many made-up clients a demo profile gets.
DEMO_CLIENTS = 300


def passphrase_strength(text: str) -> tuple[bool, str]:
    """(acceptable, hint) for a new passphrase: the store's rule first, then advice."""
    try:
        profiles.check_new_passphrase(text)
    except WorDeskError as exc:
        return False, exc.message()
    words = len(text.split())
    kinds = sum(
        any(f(ch) for ch in text)
        for f in (str.islower, str.isupper, str.isdigit, lambda c: not c.isalnum())
    )
    if len(text) >= 20 or (words >= 4 and len(text) >= 16):
        return True, QCoreApplication.translate("UnlockView", "Sterk wachtwoord.")
    if len(text) >= 12 and (kinds >= 3 or words >= 3):
        return True, QCoreApplication.translate(
            "UnlockView", "Redelijk sterk. Een zin van vier of meer woorden is nog sterker."
        )
    return True, QCoreApplication.translate(
        "UnlockView", "Zwak: toegestaan, maar een zin van vier of meer woorden is veel sterker."
    )


class UnlockView(QWidget):
    """Emits `unlocked(desk, created)` once a profile is open (created: a new profile)."""

    unlocked = Signal(object, bool)

    def __init__(
        self,
        profile: str | None = None,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._today = today
        self._op: Op | None = None
        self.setWindowTitle(self.tr("WoR Desk – ontgrendelen"))
        title = QLabel(self.tr("WoR Desk"), self)
        title.setObjectName("screenTitle")
        sub = QLabel(
            self.tr(
                "De werkplek van de welzijnscoach. Uw gegevens staan versleuteld op deze computer."
            ),
            self,
        )
        sub.setWordWrap(True)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._open_page())
        self.pages.addWidget(self._create_page())

        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setVisible(False)
        self.busy.setAccessibleName(self.tr("Bezig"))

        lay = QVBoxLayout(self)
        lay.setContentsMargins(32, 24, 32, 24)
        lay.addWidget(title)
        lay.addWidget(sub)
        lay.addSpacing(12)
        lay.addWidget(self.pages)
        lay.addWidget(self.busy)
        lay.addStretch(1)

        known = profiles.list_profiles()
        self.profile_box.addItems(known)
        if profile and profile in known:
            self.profile_box.setCurrentText(profile)
        if known:
            self.show_open()
        else:
            self.show_create(first_run=True, name=profile or profiles.DEFAULT_PROFILE)

    # -- pages -------------------------------------------------------------------------------
    def _open_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout()
        self.profile_box = QComboBox(page)
        self.profile_box.setAccessibleName(self.tr("Profiel"))
        self.passphrase = PassphraseField(self.tr("Wachtwoord"), page)
        self.passphrase.edit.returnPressed.connect(self.unlock)
        lab_p = QLabel(self.tr("&Profiel"), page)
        lab_p.setBuddy(self.profile_box)
        lab_w = QLabel(self.tr("&Wachtwoord"), page)
        lab_w.setBuddy(self.passphrase.edit)
        form.addRow(lab_p, self.profile_box)
        form.addRow(lab_w, self.passphrase)
        self.error = QLabel(page)
        self.error.setObjectName("unlockError")
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Foutmelding"))
        self.unlock_button = QPushButton(self.tr("&Ontgrendelen"), page)
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.unlock)
        self.new_button = QPushButton(self.tr("&Nieuw profiel…"), page)
        self.new_button.clicked.connect(lambda: self.show_create(first_run=False))
        self.restore_button = QPushButton(self.tr("Back-up &terugzetten…"), page)
        self.restore_button.setToolTip(
            self.tr("Zet een automatische back-up terug als de opslag beschadigd is")
        )
        self.restore_button.clicked.connect(self._restore_clicked)
        self.restore_button.setVisible(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        lay = QVBoxLayout(page)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addLayout(buttons)
        self.countdown = WaitCountdown(
            self.error,
            [self.unlock_button, self.passphrase],
            lambda box=self.profile_box: _unlock_wait(box.currentText()),  # no cycle via self
            self,
        )
        return page

    def _create_page(self) -> QWidget:
        page = QWidget(self)
        self.create_intro = QLabel(page)
        self.create_intro.setWordWrap(True)
        form = QFormLayout()
        self.new_name = QLineEdit(page)
        self.new_name.setAccessibleName(self.tr("Naam van het profiel"))
        self.new_pass = PassphraseField(self.tr("Nieuw wachtwoord"), page)
        self.new_pass.edit.textChanged.connect(self._strength)
        self.new_repeat = PassphraseField(self.tr("Herhaal het wachtwoord"), page)
        self.new_repeat.edit.returnPressed.connect(self.create)
        self.strength = QLabel(page)
        self.strength.setWordWrap(True)
        self.strength.setAccessibleName(self.tr("Sterkte van het wachtwoord"))
        self.demo = QCheckBox(
            self.tr("Vul dit profiel met verzonnen cliënten om de desk uit te proberen (demo)"),
            page,
        )
        self.demo.setAccessibleName(self.tr("Demoprofiel"))
        for text, w in (
            (self.tr("&Naam profiel"), self.new_name),
            (self.tr("&Wachtwoord"), self.new_pass),
            (self.tr("&Herhaal"), self.new_repeat),
        ):
            lab = QLabel(text, page)
            lab.setBuddy(w.edit if isinstance(w, PassphraseField) else w)
            form.addRow(lab, w)
        form.addRow("", self.strength)
        form.addRow("", self.demo)
        self.create_error = QLabel(page)
        self.create_error.setObjectName("unlockError")
        self.create_error.setWordWrap(True)
        self.create_button = QPushButton(self.tr("Profiel &aanmaken"), page)
        self.create_button.clicked.connect(self.create)
        self.back_button = QPushButton(self.tr("&Terug"), page)
        self.back_button.clicked.connect(self.show_open)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        lay = QVBoxLayout(page)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.create_intro)
        lay.addLayout(form)
        lay.addWidget(self.create_error)
        lay.addLayout(buttons)
        return page

    @staticmethod
    def warm_up() -> threading.Thread:
        """Import the core (SQLAlchemy, SQLCipher, Alembic) in the background while the coach
        types the passphrase."""
        t = threading.Thread(
            target=importlib.import_module, args=("wor_desk.desk",), daemon=True, name="warm-up"
        )
        t.start()
        return t

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt name
        """Enter anywhere on the create page (also on the demo box) creates the profile."""
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.pages.currentIndex() == 1
            and self.create_button.isEnabled()
        ):
            self.create()
            return
        super().keyPressEvent(event)

    def show_open(self) -> None:
        self.setWindowTitle(self.tr("WoR Desk – ontgrendelen"))
        self.pages.setCurrentIndex(0)
        self.error.clear()
        self.passphrase.edit.setFocus()

    def show_create(self, first_run: bool, name: str = "") -> None:
        self.setWindowTitle(self.tr("WoR Desk – profiel aanmaken"))
        self.pages.setCurrentIndex(1)
        self.create_intro.setText(
            self.tr(
                "Welkom! Maak een profiel aan. Kies een wachtwoord dat u onthoudt: zonder wachtwoord "
                "zijn de gegevens niet terug te halen."
            )
            if first_run
            else self.tr(
                "Een nieuw profiel heeft een eigen versleuteld bestand en een eigen wachtwoord."
            )
        )
        self.back_button.setVisible(not first_run)
        self.new_name.setText(name)
        self.demo.setChecked(False)
        self._strength("")
        (self.new_pass.edit if name else self.new_name).setFocus()

    # -- actions -----------------------------------------------------------------------------
    def _strength(self, text: str) -> None:
        ok, hint = passphrase_strength(text)
        self.strength.setText(
            hint
            if text
            else self.tr("Minstens 8 tekens; een zin van een paar woorden is het sterkst.")
        )
        self.strength.setObjectName("" if not text else "strengthOk" if ok else "strengthWeak")
        self.strength.style().unpolish(self.strength)
        self.strength.style().polish(self.strength)

    def _busy(self, on: bool) -> None:
        self.busy.setVisible(on)
        self.pages.setEnabled(not on)

    def unlock(self) -> None:
        profile, secret = self.profile_box.currentText(), self.passphrase.text()
        if not profile or (self._op and self._op.running) or self.countdown.active:
            return
        self.error.clear()
        self._busy(True)
        today = self._today

        def work(op: Op) -> Desk:
            from wor_desk.desk import Desk

            return Desk.open_guarded(profile, secret, today=today)

        self._op = Op(self, work).success(self._opened).failure(self._failed)
        self._op.run()

    def _opened(self, desk: Desk) -> None:
        self._busy(False)
        self.passphrase.clear()
        self.unlocked.emit(desk, False)

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        if not isinstance(exc, WorDeskError):
            raise exc
        text = exc.message()
        if isinstance(exc, DamagedStore) and self.backups():
            text += " " + self.tr(
                "Er zijn automatische back-ups: kies 'Back-up terugzetten…' om er een terug te zetten."
            )
            self.restore_button.setVisible(True)
        self.error.setText(text)
        self.passphrase.edit.selectAll()
        self.passphrase.edit.setFocus()
        if exc.key in ("wrong_passphrase", "unlock_wait"):
            self.countdown.start()

    # -- restore from an automatic backup (when the store is damaged) ----------------------------
    def backups(self) -> list:
        from wor_desk.desk import Desk

        profile = self.profile_box.currentText()
        return Desk.list_backups(profile) if profile else []

    def _restore_clicked(self) -> None:
        found = self.backups()
        if not found:
            return
        labels = [f"{b.made:%d-%m-%Y %H:%M}  ({b.size // 1024} kB)  {b.path.name}" for b in found]
        choice, ok = QInputDialog.getItem(
            self,
            self.tr("Back-up terugzetten"),
            self.tr(
                "Welke back-up? De beschadigde opslag wordt niet gewist maar apart bewaard. "
                "Het wachtwoord is dat van de back-up."
            ),
            labels,
            0,
            False,
        )
        if ok and choice in labels:
            self.restore_from(found[labels.index(choice)].path)

    def restore_from(self, backup) -> Op | None:
        """Make `backup` the profile's store (the damaged one is kept aside) and open it."""
        profile, secret = self.profile_box.currentText(), self.passphrase.text()
        if not profile or (self._op and self._op.running):
            return None
        self.error.clear()
        self._busy(True)
        today = self._today

        def work(op: Op) -> Desk:
            from wor_desk.desk import Desk

            return Desk.restore(profile, backup, secret, today=today)[0]

        self._op = Op(self, work).success(self._opened).failure(self._failed)
        return self._op.run()

    def create(self) -> None:
        name, secret, repeat = (
            self.new_name.text().strip(),
            self.new_pass.text(),
            self.new_repeat.text(),
        )
        self.create_error.clear()
        if not profiles.valid_profile_name(name):
            self.create_error.setText(
                self.tr(
                    "'%1' is geen geldige profielnaam. Gebruik letters, cijfers, spaties, punt of streepje."
                ).replace("%1", name)
            )
            self.new_name.setFocus()
            return
        try:
            profiles.check_new_passphrase(secret, repeat)
        except WorDeskError as exc:
            self.create_error.setText(exc.message())
            self.new_pass.edit.setFocus()
            return
        demo = self.demo.isChecked()
        today = self._today

        def work(op: Op) -> Desk:
            from wor_desk.desk import Desk

            desk = Desk.create(name, secret, today=today)
            if demo:
                desk.fill_demo(clients=DEMO_CLIENTS, progress=op.report)
            return desk

        self._busy(True)
        self._op = Op(self, work).success(self._created).failure(self._create_failed)
        self._op.run()

    def _created(self, desk: Desk) -> None:
        self._busy(False)
        self.new_pass.clear()
        self.new_repeat.clear()
        self.unlocked.emit(desk, True)

    def _create_failed(self, exc: BaseException) -> None:
        self._busy(False)
        if not isinstance(exc, WorDeskError):
            raise exc
        self.create_error.setText(exc.message())


def _unlock_wait(profile: str) -> int:
    """Seconds to wait before the next try (the desk module is loaded once a try was made)."""
    from wor_desk.desk import Desk

    return Desk.unlock_wait(profile) if profile else 0
