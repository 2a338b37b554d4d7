"""Traject: one trajectory with its six-step bar and a form per step. Field edits are saved
together (Ctrl+S); conversations, follow-ups, feedback, pausing and closing are recorded at
once with their own small forms. Invalid input is shown at the field; nothing is saved half."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from wor_desk_ui.hub import Hub
from wor_desk_ui.views.letters import open_letter_dialog
from wor_desk_ui.views.matching import MatchingPanel
from wor_desk_ui.views.privacy import PrivacyButton
from wor_desk_ui.widgets.choices import CodeChecklist, ConsentCombo
from wor_desk_ui.widgets.codecombo import CodeCombo
from wor_desk_ui.widgets.dateedit import DateLineEdit
from wor_desk_ui.widgets.form import Form
from wor_desk_ui.widgets.stepbar import StepBar

from wor_desk import codes
from wor_desk.dates import age_on, fmt
from wor_desk.desk import CLIENT_FIELDS, Changes, Desk, TrajectoryDetail
from wor_desk.errors import RuleViolation, Violation, WorDeskError

CLIENT_EDIT = CLIENT_FIELDS
TRAJ_EDIT = (
    "bezoekdatum",
    "klachten",
    "verwijsdatum",
    "verwijzer_type",
    "verwijzer_naam",
    "verwijzer_praktijk",
    "kanaal",
    "redenen",
    "reden_omschrijving",
    "toestemming_gegevens",
    "toestemming_terugkoppeling",
    "eerste_contact",
    "kennismaking_gepland",
    "kennismaking",
    "behoefte",
    "aanbod",
    "activiteit",
    "aanbieder",
    "start_activiteit",
    "afsluit_toelichting",
)
#: Which tab shows which step (steps 1 and 2 share the referral tab).
STEP_TAB = {1: 0, 2: 0, 3: 1, 4: 2, 5: 3, 6: 4}


def _text_edit(parent: QWidget, lines: int = 3) -> QPlainTextEdit:
    w = QPlainTextEdit(parent)
    w.setTabChangesFocus(True)
    w.setFixedHeight(w.fontMetrics().lineSpacing() * lines + 12)
    return w


def _scroll(inner: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(inner)
    return area


class ContactTable(QTableWidget):
    """Held and planned contacts of one kind."""

    def __init__(self, headers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(0, len(headers), parent)
        self.setHorizontalHeaderLabels(headers)
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab leaves the table (it cycled in it forever)
        self.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.setMinimumHeight(self.fontMetrics().height() * 6)

    def fill(self, rows: list[tuple[int, list[str]]]) -> None:
        self.setRowCount(len(rows))
        for r, (ident, cells) in enumerate(rows):
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, ident)
                self.setItem(r, c, item)

    def current_id(self) -> int | None:
        item = self.item(self.currentRow(), 0) if self.currentRow() >= 0 else None
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)


class TrajectoryView(QWidget):
    """Shows one trajectory; `load(id)`. `has_unsaved()` tells whether field edits wait."""

    saved = Signal(int)

    def __init__(self, desk: Desk, hub: Hub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.hub = desk, hub
        self.detail: TrajectoryDetail | None = None
        self._snapshot: dict[str, object] = {}
        self._own_change = False
        today = desk.today

        self.name = QLabel(self.tr("Geen traject gekozen"), self)
        self.name.setObjectName("screenTitle")
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.where = QLabel(self)
        self.where.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("formError")
        self.message.setWordWrap(True)
        self.steps = StepBar(self)
        self.steps.stepClicked.connect(lambda n: self.tabs.setCurrentIndex(STEP_TAB[n]))

        self.save_button = QPushButton(self.tr("&Opslaan"), self)
        self.save_button.setToolTip(self.tr("Wijzigingen opslaan (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Ongedaan &maken"), self)
        self.revert_button.clicked.connect(self.revert)
        self.pause_button = QPushButton(self.tr("&Pauzeren…"), self)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.privacy = PrivacyButton(desk, hub, self)

        self.forms: list[Form] = []
        self.w: dict[str, QWidget] = {}
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Stappen"))
        self.tabs.addTab(self._referral_page(today), self.tr("1-2 Verwijzing"))
        self.tabs.addTab(self._intake_page(today), self.tr("3 Kennismaking"))
        self.tabs.addTab(self._matching_page(today), self.tr("4 Begeleiding en matching"))
        self.tabs.addTab(self._start_page(today), self.tr("5 Start activiteit"))
        self.tabs.addTab(self._closing_page(today), self.tr("6 Nazorg en afronding"))
        self.tabs.addTab(self._feedback_page(today), self.tr("Terugkoppeling"))
        self.matching = MatchingPanel(desk, hub, self)
        self.tabs.addTab(self.matching, self.tr("Match en gezondheid"))

        # the sign that Ctrl+S saved (there was none); cleared as soon as a field changes again
        self.saved_label = QLabel(self)
        self.saved_label.setObjectName("savedNote")
        self.saved_label.setAccessibleName(self.tr("Opslaan gelukt"))
        for w in self.w.values():
            for signal in ("textEdited", "currentIndexChanged", "textChanged", "changed"):
                sig = getattr(w, signal, None)
                if sig is not None and hasattr(sig, "connect"):
                    sig.connect(lambda *_a: self._edited())
                    break
        buttons = QHBoxLayout()
        buttons.addWidget(self.pause_button)
        buttons.addWidget(self.privacy)
        buttons.addStretch(1)
        buttons.addWidget(self.saved_label)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.name)
        lay.addWidget(self.where)
        lay.addWidget(self.steps)
        lay.addWidget(self.message)
        lay.addWidget(self.tabs, 1)
        lay.addLayout(buttons)
        hub.changed.connect(self._changed)
        # Ctrl+Tab / Ctrl+Shift+Tab change tabs wherever the focus is inside the screen (a line
        # edit or text field swallowed them), and the focus goes to the tab's first field
        for keys, step in (
            ("Ctrl+Tab", 1),
            ("Ctrl+PgDown", 1),
            ("Ctrl+Shift+Tab", -1),
            ("Ctrl+Backtab", -1),
            ("Ctrl+PgUp", -1),
        ):
            sc = QShortcut(QKeySequence(keys), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(lambda s=step: self.next_tab(s))
        self.setEnabled(False)

    def next_tab(self, step: int = 1) -> None:
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())
        self.focus_first_field()

    def focus_first_field(self) -> None:
        """Put the focus in the first empty input of the tab in front (else its first input), so
        typing lands where the current step needs it (it took 12 Tabs to reach Eerste contact)."""
        inputs = [
            w
            for w in self.tabs.currentWidget().findChildren(QWidget)
            if isinstance(w, (QLineEdit, QPlainTextEdit, QComboBox))
            and w.isEnabled()
            and w.isVisibleTo(self.tabs.currentWidget())
            and not (isinstance(w, QLineEdit) and w.isReadOnly())
            and not isinstance(w.parentWidget(), QComboBox)
        ]
        if not inputs:
            self.tabs.currentWidget().setFocus()
            return
        page = self.tabs.currentWidget()
        order = []
        w = page.nextInFocusChain()
        seen = set()
        while w is not None and id(w) not in seen and page.isAncestorOf(w):
            seen.add(id(w))
            if w in inputs:
                order.append(w)
            w = w.nextInFocusChain()
        order = order or inputs
        empty = [
            w
            for w in order
            if (isinstance(w, QLineEdit) and not w.text())
            or (isinstance(w, QPlainTextEdit) and not w.toPlainText())
        ]
        (empty or order)[0].setFocus(Qt.FocusReason.TabFocusReason)

    # -- pages ---------------------------------------------------------------------------------
    def _form(self) -> Form:
        f = Form(self)
        self.forms.append(f)
        return f

    def _add(self, form: Form, name: str, label: str, widget: QWidget, **kw) -> QWidget:
        self.w[name] = widget
        return form.add(name, label, widget, **kw)

    def _referral_page(self, today) -> QWidget:
        page = QWidget()
        grid = QGridLayout(page)
        client = self._form()
        for name, label, widget in (
            ("achternaam", self.tr("Achternaam"), QLineEdit()),
            ("voornaam", self.tr("Voornaam"), QLineEdit()),
            ("geboortedatum", self.tr("Geboortedatum"), DateLineEdit(today, past=True)),
            ("geslacht", self.tr("Geslacht"), CodeCombo(codes.GESLACHT, None)),
            ("postcode", self.tr("Postcode"), QLineEdit()),
            ("gemeente", self.tr("Gemeente"), QLineEdit()),
            ("wijk", self.tr("Wijk"), QLineEdit()),
            ("telefoon", self.tr("Telefoon"), QLineEdit()),
            ("email", self.tr("E-mail"), QLineEdit()),
            ("client_nr", self.tr("Cliëntnummer"), QLineEdit()),
        ):
            self._add(client, name, label, widget)
        ref = self._form()
        for name, label, widget in (
            ("bezoekdatum", self.tr("Bezoek zorgverlener"), DateLineEdit(today)),
            ("klachten", self.tr("Klachten"), _text_edit(page, 2)),
            ("verwijsdatum", self.tr("Verwijsdatum"), DateLineEdit(today)),
            ("verwijzer_type", self.tr("Type verwijzer"), CodeCombo(codes.VERWIJZER_TYPE)),
            ("verwijzer_naam", self.tr("Naam verwijzer"), QLineEdit()),
            ("verwijzer_praktijk", self.tr("Praktijk"), QLineEdit()),
            ("kanaal", self.tr("Kanaal"), CodeCombo(codes.KANAAL)),
            ("redenen", self.tr("Redenen"), CodeChecklist(codes.REDEN)),
            ("reden_omschrijving", self.tr("Toelichting reden"), _text_edit(page, 2)),
            ("toestemming_gegevens", self.tr("Toestemming gegevens"), ConsentCombo()),
            ("toestemming_terugkoppeling", self.tr("Toestemming terugkoppeling"), ConsentCombo()),
        ):
            self._add(ref, name, label, widget, aliases=("reden",) if name == "redenen" else ())
        t1, t2 = QLabel(self.tr("Cliënt")), QLabel(self.tr("Verwijzing (stap 1 en 2)"))
        t1.setObjectName("sectionTitle")
        t2.setObjectName("sectionTitle")
        grid.addWidget(t1, 0, 0)
        grid.addWidget(t2, 0, 1)
        grid.addWidget(client, 1, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(ref, 1, 1, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(2, 1)
        return _scroll(page)

    def _intake_page(self, today) -> QWidget:
        page = QWidget()
        lay = QVBoxLayout(page)
        form = self._form()
        self._add(form, "eerste_contact", self.tr("Eerste contact"), DateLineEdit(today))
        self._add(
            form, "kennismaking_gepland", self.tr("Kennismaking gepland op"), DateLineEdit(today)
        )
        self._add(form, "kennismaking", self.tr("Kennismaking gehouden"), DateLineEdit(today))
        self.deadline = QLabel(page)
        self.deadline.setWordWrap(True)
        lay.addWidget(self.deadline)
        lay.addWidget(form)
        lay.addStretch(1)
        return _scroll(page)

    def _contact_adder(self, soort: str, today, with_outcome: bool) -> tuple[QWidget, Form]:
        box = QWidget()
        form = Form(box)
        # the form must sit in the box's layout: a bare child of a layout-less box gets no area
        # and the fields were invisible while Tab still walked into them (issue 12, item 2)
        box_lay = QVBoxLayout(box)
        box_lay.setContentsMargins(0, 0, 0, 0)
        box_lay.addWidget(form)
        self.forms.append(form)
        datum = DateLineEdit(today)
        form.add(soort, self.tr("Datum"), datum, aliases=("soort",))
        uitkomst = None
        if with_outcome:
            uitkomst = CodeCombo(codes.NAZORG_UITKOMST)
            form.add("uitkomst", self.tr("Uitkomst"), uitkomst)
        note = QLineEdit()
        form.add(f"{soort}_notitie", self.tr("Korte notitie"), note)
        planned = QCheckBox(self.tr("Nog gepland (niet gehouden)"))
        form.add_row("", planned)
        add = QPushButton(
            self.tr("Gesprek vastleggen")
            if soort == "gesprek"
            else self.tr("Nazorgcontact vastleggen")
        )
        add.clicked.connect(lambda: self._add_contact(soort, form, datum, note, planned, uitkomst))
        note.returnPressed.connect(add.click)
        form.add_row("", add)
        return box, form

    def _matching_page(self, today) -> QWidget:
        page = QWidget()
        lay = QVBoxLayout(page)
        lab = QLabel(self.tr("Gesprekken"))
        lab.setObjectName("sectionTitle")
        self.gesprekken = ContactTable(
            [self.tr("Datum"), self.tr("Gehouden"), self.tr("Notitie")], page
        )
        self.gesprekken.setAccessibleName(self.tr("Gesprekken"))
        self.held_button = QPushButton(self.tr("Geplande afspraak als gehouden markeren"))
        self.held_button.clicked.connect(lambda: self._mark_held(self.gesprekken))
        adder, self.gesprek_form = self._contact_adder("gesprek", today, False)
        form = self._form()
        self._add(form, "behoefte", self.tr("Behoefte"), _text_edit(page, 3))
        # the kinds of aanbod that would fit the need are chosen once, on Match en gezondheid
        # ("Soort aanbod dat past"); the kind of the activity that started is on tab 5 (it was
        # a second "Match: soort aanbod" here, unconnected to the first)
        hint = QLabel(
            self.tr(
                "Welk soort aanbod past en voorstellen uit de sociale kaart: tabblad Match en "
                "gezondheid (Ctrl+Tab)."
            )
        )
        hint.setWordWrap(True)
        form.add_row("", hint)
        for w in (lab, self.gesprekken, self.held_button, adder, form):
            lay.addWidget(w)
        lay.addStretch(1)
        return _scroll(page)

    def _start_page(self, today) -> QWidget:
        page = QWidget()
        lay = QVBoxLayout(page)
        form = self._form()
        self._add(form, "activiteit", self.tr("Activiteit"), QLineEdit())
        self._add(form, "aanbod", self.tr("Soort aanbod"), CodeCombo(codes.AANBOD))
        self._add(form, "aanbieder", self.tr("Aanbieder"), QLineEdit())
        self._add(form, "start_activiteit", self.tr("Startdatum"), DateLineEdit(today))
        lay.addWidget(form)
        lay.addStretch(1)
        return _scroll(page)

    def _closing_page(self, today) -> QWidget:
        page = QWidget()
        lay = QVBoxLayout(page)
        lab = QLabel(self.tr("Nazorgcontacten"))
        lab.setObjectName("sectionTitle")
        self.nazorg = ContactTable(
            [self.tr("Datum"), self.tr("Gehouden"), self.tr("Uitkomst"), self.tr("Notitie")], page
        )
        self.nazorg.setAccessibleName(self.tr("Nazorgcontacten"))
        held = QPushButton(self.tr("Geplande afspraak als gehouden markeren"))
        held.clicked.connect(lambda: self._mark_held(self.nazorg))
        adder, self.nazorg_form = self._contact_adder("nazorg", today, True)
        lab2 = QLabel(self.tr("Afsluiten"))
        lab2.setObjectName("sectionTitle")
        self.close_form = Form(page)
        self.forms.append(self.close_form)
        self.afgerond = DateLineEdit(today)
        self.close_form.add("afgerond", self.tr("Datum &afsluiten"), self.afgerond)
        self.afsluitreden = CodeCombo(codes.AFSLUITREDEN)
        self.close_form.add("afsluitreden", self.tr("R&eden van afsluiten"), self.afsluitreden)
        form = self._form()
        self._add(form, "afsluit_toelichting", self.tr("Toelichting"), _text_edit(page, 2))
        self.close_button = QPushButton(self.tr("Traject af&sluiten"))
        self.close_button.clicked.connect(self.close_trajectory)
        self.reopen_button = QPushButton(self.tr("Traject he&ropenen"))
        self.reopen_button.clicked.connect(self.reopen)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.reopen_button)
        row.addWidget(self.close_button)
        for w in (lab, self.nazorg, held, adder, lab2, self.close_form, form):
            lay.addWidget(w)
        lay.addLayout(row)
        lay.addStretch(1)
        return _scroll(page)

    def _feedback_page(self, today) -> QWidget:
        page = QWidget()
        lay = QVBoxLayout(page)
        self.feedback_due = QLabel(page)
        self.feedback_due.setWordWrap(True)
        self.feedback = ContactTable(
            [self.tr("Datum"), self.tr("Moment"), self.tr("Verzonden via"), self.tr("Notitie")],
            page,
        )
        self.feedback.setAccessibleName(self.tr("Verstuurde terugkoppeling"))
        self.fb_form = Form(page)
        self.forms.append(self.fb_form)
        self.fb_date = DateLineEdit(today)
        self.fb_form.add(
            "terugkoppeling",
            self.tr("Datum"),
            self.fb_date,
            aliases=("toestemming_terugkoppeling",),
        )
        self.fb_moment = CodeCombo(codes.TERUGKOPPELING_MOMENT, None)
        self.fb_form.add("moment", self.tr("Moment"), self.fb_moment)
        self.fb_kanaal = CodeCombo(codes.TERUGKOPPELING_KANAAL, None)
        self.fb_form.add("kanaal", self.tr("Verzonden via"), self.fb_kanaal)
        self.fb_note = QLineEdit()
        self.fb_form.add("fb_notitie", self.tr("Notitie"), self.fb_note)
        add = QPushButton(self.tr("Terugkoppeling vastleggen"))
        add.clicked.connect(self.add_feedback)
        self.fb_form.add_row("", add)
        self.letter_button = QPushButton(self.tr("Brief aan de verwijzer ma&ken…"))
        self.letter_button.setAccessibleName(self.tr("Brief aan de verwijzer maken"))
        self.letter_button.clicked.connect(self.open_letter)
        self.fb_form.add_row("", self.letter_button)
        for w in (self.feedback_due, self.feedback, self.fb_form):
            lay.addWidget(w)
        lay.addStretch(1)
        return _scroll(page)

    # -- showing -------------------------------------------------------------------------------
    @property
    def trajectory_id(self) -> int | None:
        return None if self.detail is None else self.detail.id

    def load(self, trajectory_id: int) -> None:
        """Show a trajectory (the caller asks about unsaved edits first: see `has_unsaved`)."""
        self.detail = self.desk.trajectory(trajectory_id)
        self.matching.set_trajectory(trajectory_id)
        self.privacy.set_client(self.detail.client.id)
        self.setEnabled(True)
        self.message.clear()
        self.saved_label.clear()
        for f in self.forms:
            f.clear_errors()
        self._fill_fields()
        self._fill_rest()
        self.tabs.setCurrentIndex(STEP_TAB[self.detail.state.step])
        self.focus_first_field()

    def _refresh(self) -> None:
        """After a write: re-read; keep field edits that are not saved yet."""
        assert self.detail is not None
        dirty = self.has_unsaved()
        keep = self._values() if dirty else None
        self.detail = self.desk.trajectory(self.detail.id)
        self._fill_fields()
        if keep is not None:
            self._set_values(keep)
        self._fill_rest()

    def _fill_fields(self) -> None:
        d = self.detail
        assert d is not None
        values = {k: getattr(d.client, k) for k in CLIENT_EDIT}
        values.update({k: getattr(d.trajectory, k) for k in TRAJ_EDIT if k != "redenen"})
        values["redenen"] = tuple(d.redenen)
        self._set_values(values)
        self._snapshot = self._values()

    def _fill_rest(self) -> None:
        d = self.detail
        assert d is not None
        c, t, st = d.client, d.trajectory, d.state
        age = (
            f", {age_on(c.geboortedatum, self.desk.today())} " + self.tr("jaar")
            if c.geboortedatum
            else ""
        )
        self.name.setText(
            f"{d.client.voornaam or ''} {c.achternaam}".strip() + f"  ·  {c.client_nr}{age}"
        )
        status = codes.STATUS.label(st.status)
        nxt = codes.ACTIE.label(st.next_action) if st.next_action else ""
        due = (" " + self.tr("uiterlijk %1").replace("%1", fmt(st.due))) if st.due else ""
        where = (
            self.tr("Stap %1 (%2), %3.")
            .replace("%1", str(st.step))
            .replace("%2", codes.STAP.label(str(st.step)))
            .replace("%3", status.lower())
        )
        if nxt:
            where += " " + self.tr("Volgende: %1%2.").replace("%1", nxt).replace("%2", due)
        if st.status == "afgesloten":
            where += " " + self.tr("Afgesloten op %1: %2.").replace("%1", fmt(t.afgerond)).replace(
                "%2", codes.AFSLUITREDEN.label(t.afsluitreden)
            )
        if st.status == "gepauzeerd":
            p = next(p for p in d.pauses if p.tot is None)
            where += " " + self.tr("Gepauzeerd sinds %1%2.").replace("%1", fmt(p.van)).replace(
                "%2", f" ({p.reden})" if p.reden else ""
            )
        self.where.setText(where)
        self.steps.set_state(st.step, st.status)
        if t.eerste_contact is None and st.next_action == "eerste_contact" and st.due:
            self.deadline.setText(
                self.tr("Eerste contact uiterlijk %1 (vijf werkdagen na de verwijzing).").replace(
                    "%1", fmt(st.due)
                )
            )
        else:
            self.deadline.setText("")
        self.gesprekken.fill(
            [
                (
                    x.id,
                    [
                        fmt(x.datum),
                        self.tr("gepland") if x.gepland else self.tr("ja"),
                        x.notitie or "",
                    ],
                )
                for x in d.contacts
                if x.soort == "gesprek"
            ]
        )
        self.nazorg.fill(
            [
                (
                    x.id,
                    [
                        fmt(x.datum),
                        self.tr("gepland") if x.gepland else self.tr("ja"),
                        codes.NAZORG_UITKOMST.label(x.uitkomst),
                        x.notitie or "",
                    ],
                )
                for x in d.contacts
                if x.soort == "nazorg"
            ]
        )
        self.feedback.fill(
            [
                (
                    x.id,
                    [
                        fmt(x.datum),
                        codes.TERUGKOPPELING_MOMENT.label(x.moment),
                        codes.TERUGKOPPELING_KANAAL.label(x.kanaal),
                        x.notitie or "",
                    ],
                )
                for x in d.feedback
            ]
        )
        if t.toestemming_terugkoppeling is not True:
            self.feedback_due.setText(
                self.tr(
                    "Er is geen toestemming voor terugkoppeling vastgelegd (tabblad Verwijzing)."
                )
            )
        elif d.feedback_due:
            self.feedback_due.setText(
                self.tr("Nog te sturen: %1.").replace(
                    "%1", ", ".join(codes.TERUGKOPPELING_MOMENT.label(m) for m in d.feedback_due)
                )
            )
            self.fb_moment.set_code(d.feedback_due[0])
        else:
            self.feedback_due.setText(self.tr("Geen terugkoppeling openstaand."))
        closed, paused = st.status == "afgesloten", st.status == "gepauzeerd"
        self.close_button.setVisible(not closed)
        self.reopen_button.setVisible(closed)
        self.afgerond.setEnabled(not closed)
        self.afsluitreden.setEnabled(not closed)
        if closed:
            self.afgerond.set_value(t.afgerond)
            self.afsluitreden.set_code(t.afsluitreden)
        self.pause_button.setText(self.tr("&Hervatten…") if paused else self.tr("&Pauzeren…"))
        self.pause_button.setEnabled(not closed)
        # handed over to a colleague (wor_desk.handover): readable here, changed nowhere but there
        gone = self.desk.handover.handed_over_trajectory(d.id)
        if gone is not None:
            self.where.setText(
                self.where.text()
                + " "
                + self.tr("Overgedragen aan %1 op %2: alleen-lezen.")
                .replace("%1", gone.who or self.tr("een collega"))
                .replace("%2", fmt(gone.when.date()))
            )
        for b in (self.save_button, self.revert_button, self.pause_button, self.close_button):
            b.setEnabled(gone is None and (b is not self.pause_button or not closed))

    # -- field values --------------------------------------------------------------------------
    def _values(self) -> dict[str, object]:
        out: dict[str, object] = {}
        for name, w in self.w.items():
            if isinstance(w, DateLineEdit):
                out[name] = w.value() if w.is_valid() else ("?", w.text())
            elif isinstance(w, CodeCombo):
                out[name] = w.code()
            elif isinstance(w, ConsentCombo):
                out[name] = w.value()
            elif isinstance(w, CodeChecklist):
                out[name] = tuple(sorted(w.codes()))
            elif isinstance(w, QPlainTextEdit):
                out[name] = w.toPlainText().strip() or None
            elif isinstance(w, QLineEdit):
                out[name] = w.text().strip() or None
        return out

    def _set_values(self, values: dict[str, object]) -> None:
        for name, v in values.items():
            w = self.w[name]
            if isinstance(w, DateLineEdit):
                if isinstance(v, tuple):
                    w.setText(v[1])
                else:
                    w.set_value(v)  # type: ignore[arg-type]
            elif isinstance(w, CodeCombo):
                w.set_code(v)  # type: ignore[arg-type]
            elif isinstance(w, ConsentCombo):
                w.set_value(v)  # type: ignore[arg-type]
            elif isinstance(w, CodeChecklist):
                w.set_codes(v or ())  # type: ignore[arg-type]
            elif isinstance(w, QPlainTextEdit):
                w.setPlainText(v or "")  # type: ignore[arg-type]
            elif isinstance(w, QLineEdit):
                w.setText(v or "")  # type: ignore[arg-type]

    def has_unsaved(self) -> bool:
        return self.detail is not None and self._values() != self._snapshot

    def discard(self) -> None:
        """Forget the field edits (they stay on screen until another trajectory is shown)."""
        self._snapshot = self._values()

    def revert(self) -> None:
        if self.detail is not None:
            self.load(self.detail.id)

    # -- writing ---------------------------------------------------------------------------------
    def show_violations(self, violations: list[Violation]) -> None:
        for f in self.forms:
            f.clear_errors()
        buckets: dict[int, list[Violation]] = {}
        general: list[Violation] = []
        for v in violations:
            for i, f in enumerate(self.forms):
                if v.field in f.fields or v.field in f.aliases:
                    buckets.setdefault(i, []).append(v)
                    break
            else:
                general.append(v)
        for i, vs in buckets.items():
            self.forms[i].show_violations(vs)
        self.message.setText("\n".join(dict.fromkeys(v.message() for v in general)))
        if buckets:
            first = self.forms[min(buckets)]
            for t in range(self.tabs.count()):
                if self.tabs.widget(t).isAncestorOf(first):
                    self.tabs.setCurrentIndex(t)
                    break
            name = next(
                iter(
                    first.fields.keys()
                    & {first.aliases.get(v.field, v.field) for v in buckets[min(buckets)]}
                ),
                None,
            )
            if name:
                first.fields[name].setFocus()

    def _unreadable_dates(self, names) -> list[Violation]:
        return [
            Violation(n, "date_unreadable", {"value": self.w[n].text()})
            for n in names
            if isinstance(self.w.get(n), DateLineEdit) and not self.w[n].is_valid()
        ]

    def _notify(self, changes: Changes) -> None:
        self._own_change = True
        try:
            self.hub.notify(changes)
        finally:
            self._own_change = False

    def save(self) -> bool:
        """Save the field edits of all tabs; returns False (and shows why) when nothing was saved."""
        if self.detail is None:
            return False
        self.message.clear()
        now, before = self._values(), self._snapshot
        changed = [k for k in now if now[k] != before.get(k)]
        if not changed:
            for f in self.forms:
                f.clear_errors()
            self.saved_label.setText(self.tr("Niets gewijzigd; alles is opgeslagen."))
            return True
        bad = self._unreadable_dates(changed)
        if bad:
            self.show_violations(bad)
            return False
        client_changes = {k: now[k] for k in changed if k in CLIENT_EDIT}
        traj_changes = {k: now[k] for k in changed if k in TRAJ_EDIT}
        if "redenen" in traj_changes:
            traj_changes["redenen"] = list(traj_changes["redenen"] or ())
        d = self.detail
        try:
            changes = self.desk.save_trajectory_form(
                d.id, trajectory=traj_changes, client=client_changes
            )
        except RuleViolation as exc:
            self.show_violations(exc.violations)
            return False
        except WorDeskError as exc:
            self.message.setText(exc.message())
            return False
        for f in self.forms:
            f.clear_errors()
        self._snapshot = {}
        self.load(d.id)
        self._notify(changes)
        self.saved.emit(d.id)
        self.saved_label.setText(
            self.tr("Opgeslagen om %1.").replace("%1", datetime.now().strftime("%H:%M"))
        )
        return True

    def _edited(self) -> None:
        if self.has_unsaved():
            self.saved_label.clear()

    def _write(self, form: Form | None, fn, *args, **kw) -> bool:
        """Run one immediate Desk write; show its violations; refresh on success."""
        if self.detail is None:
            return False
        self.message.clear()
        try:
            result = fn(*args, **kw)
        except RuleViolation as exc:
            self.show_violations(exc.violations)
            return False
        except WorDeskError as exc:
            self.message.setText(exc.message())
            return False
        changes = result[1] if isinstance(result, tuple) else result
        if form is not None:
            form.clear_errors()
        self._refresh()
        self._notify(changes)
        return True

    def _add_contact(
        self,
        soort: str,
        form: Form,
        datum: DateLineEdit,
        note: QLineEdit,
        planned: QCheckBox,
        uitkomst: CodeCombo | None,
    ) -> None:
        form.clear_errors()
        if not datum.is_valid() or datum.value() is None:
            form.show_violations(
                [
                    Violation(soort, "date_unreadable", {"value": datum.text()})
                    if datum.text().strip()
                    else Violation(soort, "required", {"field": soort})
                ]
            )
            return
        assert self.detail is not None
        if self._write(
            form,
            self.desk.add_contact,
            self.detail.id,
            soort,
            datum.value(),
            note.text().strip() or None,
            gepland=planned.isChecked(),
            uitkomst=uitkomst.code() if uitkomst else None,
        ):
            datum.set_value(None)
            note.clear()
            planned.setChecked(False)

    def _mark_held(self, table: ContactTable) -> None:
        cid = table.current_id()
        if cid is None:
            self.message.setText(self.tr("Kies eerst een geplande afspraak in de lijst."))
            return
        self._write(None, self.desk.update_contact, cid, gepland=False)

    def open_letter(self) -> None:
        """The letter dialog for this trajectory, at the first moment that is due."""
        if self.detail is not None:
            due = self.detail.feedback_due
            open_letter_dialog(self.desk, self.hub, self.detail.id, self, due[0] if due else None)

    def add_feedback(self) -> None:
        self.fb_form.clear_errors()
        if not self.fb_date.is_valid() or self.fb_date.value() is None:
            self.fb_form.show_violations(
                [
                    Violation("terugkoppeling", "date_unreadable", {"value": self.fb_date.text()})
                    if self.fb_date.text().strip()
                    else Violation("terugkoppeling", "required", {"field": "terugkoppeling"})
                ]
            )
            return
        assert self.detail is not None
        if self._write(
            self.fb_form,
            self.desk.record_feedback,
            self.detail.id,
            self.fb_date.value(),
            self.fb_moment.code(),
            self.fb_kanaal.code(),
            self.fb_note.text().strip() or None,
        ):
            self.fb_date.set_value(None)
            self.fb_note.clear()

    def close_trajectory(self) -> None:
        self.close_form.clear_errors()
        problems = []
        if not self.afgerond.is_valid():
            problems.append(
                Violation("afgerond", "date_unreadable", {"value": self.afgerond.text()})
            )
        elif self.afgerond.value() is None:
            problems.append(Violation("afgerond", "required", {"field": "afgerond"}))
        if not self.afsluitreden.code():
            problems.append(Violation("afsluitreden", "closing_needs_reason", {}))
        if problems:
            self.show_violations(problems)
            return
        assert self.detail is not None
        note = self.w["afsluit_toelichting"].toPlainText().strip() or None  # type: ignore[union-attr]
        if self.has_unsaved() and not self.save():
            return
        self._write(
            self.close_form,
            self.desk.close_trajectory,
            self.detail.id,
            self.afgerond.value(),
            self.afsluitreden.code(),
            note,
        )

    def reopen(self) -> None:
        assert self.detail is not None
        if self._write(None, self.desk.reopen, self.detail.id):
            self.afgerond.set_value(None)
            self.afsluitreden.set_code(None)

    def toggle_pause(self) -> None:
        d = self.detail
        if d is None:
            return
        paused = d.state.status == "gepauzeerd"
        label = self.tr("Hervat op (datum):") if paused else self.tr("Pauze vanaf (datum):")
        text, ok = QInputDialog.getText(
            self,
            self.tr("Hervatten") if paused else self.tr("Pauzeren"),
            label,
            QLineEdit.EchoMode.Normal,
            self.tr("vandaag"),
        )
        if not ok:
            return
        probe = DateLineEdit(self.desk.today)
        probe.setText(text)
        on = probe.value()
        if on is None:
            self.message.setText(Violation("pauze", "date_unreadable", {"value": text}).message())
            return
        if paused:
            self._write(None, self.desk.resume, d.id, on)
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("Pauzeren"), self.tr("Reden (bijvoorbeeld: eerst schuldhulp):")
        )
        if ok:
            self._write(None, self.desk.pause, d.id, on, reason.strip() or None)

    def _changed(self, changes: Changes) -> None:
        if getattr(self, "_own_change", False) or self.detail is None:
            return
        if self.detail.id in changes.trajectories or self.detail.client.id in changes.clients:
            try:
                self._refresh()
            except WorDeskError:  # erased meanwhile
                self.detail = None
                self.setEnabled(False)

    def ask_to_leave(self) -> bool:
        """True when it is fine to show something else: saved, discarded, or nothing pending."""
        if not self.has_unsaved():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Wijzigingen opslaan?"),
            self.tr(
                "Dit traject heeft wijzigingen die nog niet zijn opgeslagen. Wilt u ze opslaan?"
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.discard()
            return True
        return False
