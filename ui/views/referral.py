"""Nieuwe verwijzing (Ctrl+N from anywhere): a compact form in the order of the paper
referral, keyboard only, with a look-up of existing clients by name or birth date so that
nobody is registered twice."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)
from wor_desk_ui.hub import Hub
from wor_desk_ui.widgets.choices import CodeChecklist, ConsentCombo
from wor_desk_ui.widgets.codecombo import CodeCombo
from wor_desk_ui.widgets.dateedit import DateLineEdit
from wor_desk_ui.widgets.form import Form

from wor_desk import codes
from wor_desk.dates import fmt
from wor_desk.desk import ClientMatch, Desk
from wor_desk.errors import RuleViolation, Violation, WorDeskError

CLIENT_KEYS = (
    "achternaam",
    "voornaam",
    "geboortedatum",
    "geslacht",
    "postcode",
    "gemeente",
    "wijk",
    "telefoon",
    "email",
    "client_nr",
)
REFERRAL_KEYS = (
    "verwijsdatum",
    "verwijzer_type",
    "verwijzer_naam",
    "verwijzer_praktijk",
    "kanaal",
    "redenen",
    "reden_omschrijving",
    "toestemming_gegevens",
    "toestemming_terugkoppeling",
)


class NewReferralDialog(QDialog):
    """Emits `registered(trajectory_id)` after saving."""

    registered = Signal(int)

    def __init__(self, desk: Desk, hub: Hub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.hub = desk, hub
        self.existing: ClientMatch | None = None
        self._discarded = False
        self.question: QMessageBox | None = None  # the "throw away?" question while it is open
        self.setWindowTitle(self.tr("Nieuwe verwijzing"))
        today = desk.today
        self.w: dict[str, QWidget] = {}

        self.client_form = Form(self)
        self.ref_form = Form(self)
        add = self._add
        add(self.client_form, "achternaam", self.tr("&Achternaam"), QLineEdit())
        add(self.client_form, "voornaam", self.tr("&Voornaam"), QLineEdit())
        add(
            self.client_form,
            "geboortedatum",
            self.tr("&Geboortedatum"),
            DateLineEdit(today, past=True),
        )
        add(self.client_form, "geslacht", self.tr("Ge&slacht"), CodeCombo(codes.GESLACHT, None))
        add(self.client_form, "postcode", self.tr("&Postcode"), QLineEdit())
        # filled from the postcode as the coach types (the wijkindeling), and editable
        add(self.client_form, "gemeente", self.tr("Ge&meente"), QLineEdit())
        add(self.client_form, "wijk", self.tr("Wi&jk"), QLineEdit())
        self._auto_area: dict[str, str] = {}
        self.w["postcode"].textEdited.connect(self._area_from_postcode)
        add(self.client_form, "telefoon", self.tr("&Telefoon"), QLineEdit())
        add(self.client_form, "email", self.tr("&E-mail"), QLineEdit())
        nr = add(self.client_form, "client_nr", self.tr("Cliënt&nummer"), QLineEdit())
        nr.setPlaceholderText(self.tr("leeg: %1").replace("%1", desk.next_client_nr()))
        self.w["geslacht"].set_code("onbekend")

        self.matches = QListWidget(self)
        self.matches.setAccessibleName(self.tr("Bestaande cliënten die lijken op deze"))
        self.matches.setMaximumHeight(self.fontMetrics().height() * 6)
        self.matches.itemDoubleClicked.connect(self._choose)
        self.matches.setVisible(False)
        self.match_hint = QLabel(self)
        self.match_hint.setWordWrap(True)
        self.chosen = QLabel(self)
        self.chosen.setWordWrap(True)
        self.chosen.setObjectName("sectionTitle")

        add(self.ref_form, "verwijsdatum", self.tr("Verwijs&datum"), DateLineEdit(today))
        self.w["verwijsdatum"].set_value(today())
        add(
            self.ref_form,
            "verwijzer_type",
            self.tr("T&ype verwijzer"),
            CodeCombo(codes.VERWIJZER_TYPE),
        )
        self.w["verwijzer_type"].set_code("huisarts")
        add(self.ref_form, "verwijzer_naam", self.tr("Naam ver&wijzer"), QLineEdit())
        add(self.ref_form, "verwijzer_praktijk", self.tr("Prakt&ijk"), QLineEdit())
        add(self.ref_form, "kanaal", self.tr("&Kanaal"), CodeCombo(codes.KANAAL))
        add(
            self.ref_form,
            "redenen",
            self.tr("&Redenen"),
            CodeChecklist(codes.REDEN),
            aliases=("reden",),
        )
        add(self.ref_form, "reden_omschrijving", self.tr("Toe&lichting"), QLineEdit())
        add(self.ref_form, "toestemming_gegevens", self.tr("Toestemming gegevens"), ConsentCombo())
        add(
            self.ref_form,
            "toestemming_terugkoppeling",
            self.tr("Toestemming terugkoppeling"),
            ConsentCombo(),
        )

        self.warning = QLabel(self)  # doubtful but allowed (a client under 18): never blocks
        self.warning.setObjectName("formWarning")
        self.warning.setWordWrap(True)
        self.warning.setVisible(False)
        self.message = QLabel(self)
        self.message.setObjectName("formError")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Opslaan (Ctrl+Enter)"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        for b in buttons.buttons():  # Enter moves on / picks a match; Ctrl+Enter saves
            b.setAutoDefault(False)
            b.setDefault(False)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        for seq in ("Ctrl+Return", "Ctrl+Enter", "Ctrl+S"):
            QShortcut(QKeySequence(seq), self, activated=self.save)

        t1, t2 = QLabel(self.tr("Cliënt")), QLabel(self.tr("Verwijzing"))
        t1.setObjectName("sectionTitle")
        t2.setObjectName("sectionTitle")
        grid = QGridLayout()
        grid.addWidget(t1, 0, 0)
        grid.addWidget(t2, 0, 1)
        left = QVBoxLayout()
        left.addWidget(self.client_form)
        left.addWidget(self.match_hint)
        left.addWidget(self.matches)
        left.addWidget(self.chosen)
        left.addStretch(1)
        grid.addLayout(left, 1, 0)
        grid.addWidget(self.ref_form, 1, 1, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        lay = QVBoxLayout(self)
        lay.addLayout(grid)
        lay.addWidget(self.warning)
        lay.addWidget(self.message)
        lay.addWidget(buttons)

        order = (
            [self.w[k] for k in CLIENT_KEYS]
            + [self.matches]
            + [self.w[k] for k in REFERRAL_KEYS]
            + [self.save_button]
        )
        for a, b in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(a, b)

        self._lookup = QTimer(self)
        self._lookup.setSingleShot(True)
        self._lookup.setInterval(200)
        self._lookup.timeout.connect(self.look_up)
        for k in ("achternaam", "voornaam"):
            self.w[k].textEdited.connect(lambda _t: self._lookup.start())
        self.w["geboortedatum"].dateChanged.connect(lambda _d: self._lookup.start())
        for k in ("geboortedatum", "verwijsdatum"):
            self.w[k].dateChanged.connect(lambda _d: self._check_warnings())
        self._use_register()
        self.w["achternaam"].setFocus()
        self.resize(900, self.sizeHint().height())

    # -- the register of referrers --------------------------------------------------------------
    def _use_register(self) -> None:
        """Referrer and practice complete from the register: picking "name · practice" fills
        name, practice and type; a practice new to the register is added when saving (core)."""
        practices = self.desk.referrers.practices()
        self._people: dict[str, tuple[str, str, str]] = {
            f"{r.naam} · {p.naam}": (r.naam, p.naam, r.rol) for p in practices for r in p.verwijzers
        }
        for key, items in (
            ("verwijzer_naam", list(self._people)),
            ("verwijzer_praktijk", [p.naam for p in practices]),
        ):
            completer = QCompleter(items, self)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            self.w[key].setCompleter(completer)
        self.w["verwijzer_naam"].completer().activated.connect(
            lambda text: QTimer.singleShot(0, lambda: self.pick_referrer(text))
        )
        self.practice_hint = QLabel(self)
        self.practice_hint.setObjectName("cardNote")
        self.practice_hint.setWordWrap(True)
        lay = self.layout()
        lay.insertWidget(lay.indexOf(self.message), self.practice_hint)
        self._hint_timer = QTimer(self)
        self._hint_timer.setSingleShot(True)
        self._hint_timer.setInterval(200)
        self._hint_timer.timeout.connect(self._practice_hint)
        self.w["verwijzer_praktijk"].textChanged.connect(lambda _t: self._hint_timer.start())

    def pick_referrer(self, text: str) -> None:
        """A referrer chosen from the register: their name, practice and role."""
        found = self._people.get(text)
        if found is None:
            return
        naam, praktijk, rol = found
        self.w["verwijzer_naam"].setText(naam)
        self.w["verwijzer_praktijk"].setText(praktijk)
        self.w["verwijzer_type"].set_code(rol)
        self._practice_hint()

    def _practice_hint(self) -> None:
        text = self.w["verwijzer_praktijk"].text().strip()
        known = self.desk.referrers.practice(text) if text else None
        self.practice_hint.setText(
            ""
            if not text or known is not None
            else self.tr(
                "Nieuwe praktijk: wordt bij opslaan aan het register van verwijzers toegevoegd."
            )
        )

    def _add(self, form: Form, name: str, label: str, widget: QWidget, **kw) -> QWidget:
        self.w[name] = widget
        return form.add(name, label, widget, **kw)

    # -- existing clients -----------------------------------------------------------------------
    def look_up(self) -> None:
        if self.existing is not None:
            return
        text = " ".join(
            x for x in (self.w["voornaam"].text(), self.w["achternaam"].text()) if x.strip()
        )
        born = self.w["geboortedatum"].value() if self.w["geboortedatum"].is_valid() else None
        found = self.desk.find_clients(text, born) if (len(text.strip()) >= 2 or born) else []
        self.matches.clear()
        for m in found:
            c = m.client
            label = (
                f"{c.voornaam or ''} {c.achternaam}".strip()
                + f" · {c.client_nr} · {fmt(c.geboortedatum)}"
            )
            if m.open_trajectory_id:
                label += " · " + self.tr("heeft een lopend traject")
            item = QListWidgetItem(label, self.matches)
            item.setData(Qt.ItemDataRole.UserRole, m)
        self.matches.setVisible(bool(found))
        self.match_hint.setText(
            self.tr(
                "Bestaat deze cliënt al? Kies met Enter om de verwijzing bij die cliënt te zetten."
            )
            if found
            else ""
        )

    def _area_from_postcode(self, text: str) -> None:
        """Gemeente and wijk from the wijkindeling while the postcode is typed; a value the
        coach typed is never overwritten (only empty or earlier filled-in fields change)."""
        found = self.desk.wijken.lookup(text)
        values = {"gemeente": found[0], "wijk": found[1] or ""} if found else {}
        for k in ("gemeente", "wijk"):
            w = self.w[k]
            if w.text() and w.text() != self._auto_area.get(k):
                continue  # typed by the coach
            new = values.get(k, "")
            w.setText(new)
            self._auto_area[k] = new

    def _choose(self, item: QListWidgetItem) -> None:
        m: ClientMatch = item.data(Qt.ItemDataRole.UserRole)
        self.existing = m
        c = m.client
        for k in CLIENT_KEYS:
            self.w[k].setEnabled(False)
        self.chosen.setText(
            self.tr("Verwijzing voor bestaande cliënt: %1").replace(
                "%1", f"{c.voornaam or ''} {c.achternaam} ({c.client_nr})".strip()
            )
        )
        self.matches.setVisible(False)
        self.match_hint.setText("")
        self._check_warnings()
        self.w["verwijsdatum"].setFocus()

    def _check_warnings(self) -> None:
        """Shows what is doubtful about the referral (the core decides what: Desk.referral_warnings)."""
        if self.existing is not None:
            born = self.existing.client.geboortedatum
        else:
            w = self.w["geboortedatum"]
            born = w.value() if w.is_valid() else None
        ref = self.w["verwijsdatum"].value() if self.w["verwijsdatum"].is_valid() else None
        found = self.desk.referral_warnings(born, ref)
        self.warning.setText("\n".join(v.message() for v in found))
        self.warning.setVisible(bool(found))

    # -- saving ---------------------------------------------------------------------------------
    def _val(self, k: str) -> object:
        w = self.w[k]
        if isinstance(w, DateLineEdit):
            return w.value()
        if isinstance(w, CodeCombo):
            return w.code()
        if isinstance(w, ConsentCombo):
            return w.value()
        if isinstance(w, CodeChecklist):
            return w.codes()
        return w.text().strip() or None

    def save(self) -> None:
        self.message.clear()
        bad = [
            Violation(k, "date_unreadable", {"value": self.w[k].text()})
            for k in ("geboortedatum", "verwijsdatum")
            if not self.w[k].is_valid()
        ]
        if self.existing is None and not self._val("achternaam"):
            bad.append(Violation("achternaam", "required", {"field": "achternaam"}))
        if bad:
            self._show(bad)
            return
        referral = {k: self._val(k) for k in REFERRAL_KEYS}
        try:
            if self.existing is not None:
                tid, changes = self.desk.register_referral(self.existing.client.id, **referral)
            else:
                tid, changes = self.desk.register_referral(
                    client={k: self._val(k) for k in CLIENT_KEYS}, **referral
                )
        except RuleViolation as exc:
            self._show(exc.violations)
            return
        except WorDeskError as exc:
            self.message.setText(exc.message())
            return
        self.hub.notify(changes)
        self.trajectory_id = tid
        self.registered.emit(tid)
        self.accept()

    def _show(self, violations: list[Violation]) -> None:
        mine_c = [v for v in violations if v.field in self.client_form.fields]
        rest = [v for v in violations if v not in mine_c]
        self.client_form.show_violations(mine_c) if mine_c else self.client_form.clear_errors()
        general = (
            self.ref_form.show_violations(rest) if rest else (self.ref_form.clear_errors() or [])
        )
        self.ref_form.show_general("")
        self.message.setText("\n".join(v.message() for v in general))
        if mine_c:
            self.client_form.fields[mine_c[0].field].setFocus()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt name
        """Enter never saves here (Ctrl+Enter does): on a match it picks that client, elsewhere
        it moves to the next field, like Tab."""
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            if self.matches.hasFocus() and self.matches.currentItem() is not None:
                self._choose(self.matches.currentItem())
            else:
                self.focusNextChild()
            return
        super().keyPressEvent(event)

    def has_unsaved(self) -> bool:
        return not self._discarded and any(
            self._val(k)
            for k in (
                "achternaam",
                "voornaam",
                "geboortedatum",
                "postcode",
                "telefoon",
                "email",
                "verwijzer_naam",
                "reden_omschrijving",
            )
        )

    def discard(self) -> None:
        """Forget what was typed: closing no longer asks."""
        self._discarded = True

    def reject(self) -> None:
        """Esc or Annuleren: a half-typed referral is not thrown away without asking."""
        if self.has_unsaved():
            box = QMessageBox(
                QMessageBox.Icon.Question,
                self.tr("Verwijzing niet opslaan?"),
                self.tr(
                    "Deze verwijzing is nog niet opgeslagen. Wat u typte gaat verloren als u "
                    "het venster sluit."
                ),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                self,
            )
            box.button(QMessageBox.StandardButton.Discard).setText(self.tr("&Weggooien"))
            box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("&Verder invullen"))
            box.setDefaultButton(QMessageBox.StandardButton.Cancel)
            box.setEscapeButton(QMessageBox.StandardButton.Cancel)
            self.question = box
            answer = box.exec()
            self.question = None
            if answer != QMessageBox.StandardButton.Discard:
                return
            self.discard()
        self.done(QDialog.DialogCode.Rejected)
