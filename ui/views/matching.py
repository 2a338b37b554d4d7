"""Matching and follow-up for one trajectory (steps 4-6), and its Positive Health spinnenweb.

Self-contained: `MatchingPanel(desk, hub, parent=None)`, then `set_trajectory(id)`. The coach
records the need, proposes activities from the sociale kaart (filtered on the client's wijk
and the need), records each proposal's outcome (accepted with start date, declined with a
reason, not available), sees the match history, records the follow-up with its outcome and
scores the six dimensions. Every read and write goes through `desk.matching`,
`desk.catalogue` and `desk.health`; the panel holds no rule."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from wor_desk_ui.views._fields import ERROR_STYLE, CodeCombo, DateField, mark, show_error
from wor_desk_ui.widgets.spider import SpiderChart

from wor_desk import codes
from wor_desk.dates import fmt
from wor_desk.desk import Changes, Desk
from wor_desk.errors import NotFound
from wor_desk.i18n import language
from wor_desk.values.catalogue import Candidate, MatchView

_KINDS = {"match", "trajectory", "contact", "health", "catalogue", "closing", "pause", "referral"}


class MatchingPanel(QWidget):
    def __init__(self, desk: Desk, hub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.hub = desk, hub
        self.trajectory_id: int | None = None
        self._history: list[MatchView] = []
        self._candidates: list[Candidate] = []
        self.setAccessibleName(self.tr("Matching en nazorg"))
        self.setStyleSheet(ERROR_STYLE)

        self.header = QLabel()
        self.header.setObjectName("sectionTitle")
        self.header.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("formError")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        self.message.setAccessibleName(self.tr("Melding"))

        # -- the need ---------------------------------------------------------------------------
        need_box = QGroupBox(self.tr("Behoefte"))
        self.need_text = QPlainTextEdit()
        self.need_text.setTabChangesFocus(True)  # Tab moves on, never types a tab
        self.need_text.setPlaceholderText(
            self.tr("Wat zoekt de cliënt? Bijvoorbeeld: meer mensen ontmoeten, buiten zijn")
        )
        self.need_text.setAccessibleName(self.tr("Behoefte in eigen woorden"))
        self.need_text.setFixedHeight(56)
        self.need_cats: dict[str, QCheckBox] = {}
        cats = QGridLayout()
        for i, c in enumerate(codes.AANBOD):
            cb = QCheckBox(c.label())
            cb.setAccessibleName(self.tr("Behoefte: %1").replace("%1", c.label()))
            self.need_cats[c.code] = cb
            cats.addWidget(cb, i // 2, i % 2)
        self.reasons = QListWidget()
        self.reasons.setAccessibleName(self.tr("Redenen van verwijzing"))
        self.reasons.setFlow(QListWidget.Flow.LeftToRight)
        self.reasons.setWrapping(True)
        self.reasons.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.reasons.setFixedHeight(74)
        for c in codes.REDEN:
            it = QListWidgetItem(c.label())
            it.setData(Qt.ItemDataRole.UserRole, c.code)
            it.setFlags(it.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            it.setCheckState(Qt.CheckState.Unchecked)
            self.reasons.addItem(it)
        self.need_save = QPushButton(self.tr("Behoefte opslaan"))
        self.need_save.setAccessibleName(self.tr("Behoefte opslaan"))
        nl = QVBoxLayout(need_box)
        nl.addWidget(self.need_text)
        nl.addWidget(QLabel(self.tr("Soort aanbod dat past:")))
        nl.addLayout(cats)
        nl.addWidget(QLabel(self.tr("Redenen (codes):")))
        nl.addWidget(self.reasons)
        nl.addWidget(self.need_save, 0, Qt.AlignmentFlag.AlignRight)

        # -- proposing ----------------------------------------------------------------------------
        prop_box = QGroupBox(self.tr("Activiteiten voorstellen"))
        self.scope = QComboBox()
        self.scope.setAccessibleName(self.tr("Waar zoeken"))
        for text, val in (
            (self.tr("Wijk van de cliënt"), "wijk"),
            (self.tr("Hele gemeente"), "gemeente"),
            (self.tr("Overal"), "alle"),
        ):
            self.scope.addItem(text, val)
        self.only_need = QCheckBox(self.tr("Alleen soorten van de behoefte"))
        self.only_need.setChecked(True)
        self.cand_search = QLineEdit()
        self.cand_search.setPlaceholderText(self.tr("Zoek in de sociale kaart…"))
        self.cand_search.setAccessibleName(self.tr("Zoek een activiteit om voor te stellen"))
        self.cand_search.setClearButtonEnabled(True)
        self.candidates = QListWidget()
        self.candidates.setAccessibleName(self.tr("Activiteiten die passen"))
        self.candidates.setMinimumHeight(140)
        self.candidates.setWordWrap(True)
        self.propose_date = DateField(desk.today, empty_ok=False)
        self.propose_date.setAccessibleName(self.tr("Datum van het voorstel"))
        self.propose_btn = QPushButton(self.tr("Voorstellen"))
        self.propose_btn.setAccessibleName(self.tr("Aangevinkte activiteiten voorstellen"))
        pr = QHBoxLayout()
        pr.addWidget(self.scope)
        pr.addWidget(self.only_need)
        pr.addWidget(self.cand_search, 1)
        pb = QHBoxLayout()
        pb.addWidget(QLabel(self.tr("Datum:")))
        pb.addWidget(self.propose_date)
        pb.addStretch()
        pb.addWidget(self.propose_btn)
        pl = QVBoxLayout(prop_box)
        pl.addLayout(pr)
        pl.addWidget(self.candidates)
        pl.addLayout(pb)

        # -- history and outcome ------------------------------------------------------------------
        hist_box = QGroupBox(self.tr("Voorstellen en uitkomst"))
        self.history = QTableWidget(0, 6)
        self.history.setTabKeyNavigation(False)  # Tab leaves the table
        self.history.setAccessibleName(self.tr("Geschiedenis van voorstellen"))
        self.history.setHorizontalHeaderLabels(
            [
                self.tr("Voorgesteld"),
                self.tr("Activiteit"),
                self.tr("Uitkomst"),
                self.tr("Reden"),
                self.tr("Start"),
                self.tr("Gestopt"),
            ]
        )
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.history.verticalHeader().setVisible(False)
        self.history.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.history.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.history.setMinimumHeight(120)
        self.outcome = CodeCombo(codes.MATCH_UITKOMST, None)
        self.outcome.setAccessibleName(self.tr("Uitkomst van het voorstel"))
        self.decline_reason = CodeCombo(codes.AFWIJSREDEN, self.tr("— reden —"))
        self.decline_reason.setAccessibleName(self.tr("Reden van afwijzen"))
        self.outcome_date = DateField(desk.today, empty_ok=False)
        self.outcome_date.setAccessibleName(self.tr("Datum van de uitkomst"))
        self.start_date = DateField(desk.today)
        self.start_date.setAccessibleName(self.tr("Startdatum van de activiteit"))
        self.start_date.setPlaceholderText(self.tr("start (leeg = later)"))
        self.outcome_btn = QPushButton(self.tr("Uitkomst vastleggen"))
        self.outcome_btn.setAccessibleName(self.tr("Uitkomst vastleggen"))
        ol = QGridLayout()
        ol.addWidget(self.outcome, 0, 0)
        ol.addWidget(self.decline_reason, 0, 1, 1, 2)
        ol.addWidget(QLabel(self.tr("Datum")), 1, 0, Qt.AlignmentFlag.AlignRight)
        ol.addWidget(self.outcome_date, 1, 1)
        ol.addWidget(QLabel(self.tr("Start")), 2, 0, Qt.AlignmentFlag.AlignRight)
        ol.addWidget(self.start_date, 2, 1)
        ol.addWidget(self.outcome_btn, 2, 2)
        self.consent = QLabel()
        self.consent.setWordWrap(True)
        self.consent.setAccessibleName(self.tr("Toestemming gegevens doorgeven"))
        self.signup_btn = QPushButton(self.tr("Aanmelding bij de aanbieder…"))
        self.signup_btn.setToolTip(
            self.tr(
                "Wat u aan de aanbieder mag doorgeven: de contactgegevens van de cliënt alleen "
                "met toestemming"
            )
        )
        self.signup_btn.setEnabled(False)
        self.signup_btn.clicked.connect(self.show_signup)
        sl = QHBoxLayout()
        sl.addWidget(self.consent, 1)
        sl.addWidget(self.signup_btn)
        hl = QVBoxLayout(hist_box)
        hl.addWidget(self.history)
        hl.addLayout(ol)
        hl.addLayout(sl)

        # -- follow-up ------------------------------------------------------------------------------
        follow_box = QGroupBox(self.tr("Nazorg"))
        self.follow_planned = QLabel()
        self.follow_planned.setWordWrap(True)
        self.follow_date = DateField(desk.today, empty_ok=False)
        self.follow_date.setAccessibleName(self.tr("Datum nazorgcontact"))
        self.follow_outcome = CodeCombo(codes.NAZORG_UITKOMST, self.tr("— uitkomst —"))
        self.follow_outcome.setAccessibleName(self.tr("Uitkomst nazorg"))
        self.stop_reason = CodeCombo(codes.AFWIJSREDEN, self.tr("— waarom gestopt —"))
        self.stop_reason.setAccessibleName(self.tr("Reden van stoppen"))
        self.follow_note = QLineEdit()
        self.follow_note.setPlaceholderText(self.tr("Korte notitie"))
        self.follow_note.setAccessibleName(self.tr("Notitie nazorg"))
        self.follow_btn = QPushButton(self.tr("Nazorg vastleggen"))
        self.follow_btn.setAccessibleName(self.tr("Nazorg vastleggen"))
        fl = QFormLayout(follow_box)
        fl.addRow(self.follow_planned)
        fl.addRow(self.tr("Datum"), self.follow_date)
        fl.addRow(self.tr("Uitkomst"), self.follow_outcome)
        fl.addRow(self.tr("Waarom gestopt"), self.stop_reason)
        fl.addRow(self.tr("Notitie"), self.follow_note)
        fl.addRow("", self.follow_btn)

        # -- positive health ------------------------------------------------------------------------
        health_box = QGroupBox(self.tr("Positieve gezondheid"))
        self.spider = SpiderChart()
        self.spider.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a picture: Tab does not stop on it
        self.scores: dict[str, QSpinBox] = {}
        sl = QFormLayout()
        for dim in desk.health.DIMENSIES:
            sb = QSpinBox()
            sb.setRange(-1, 10)
            sb.setSpecialValueText("—")
            sb.setValue(-1)
            sb.setAccessibleName(dim.label())
            self.scores[dim.code] = sb
            sl.addRow(dim.label(), sb)
        self.health_moment = CodeCombo(desk.health.MOMENT, None)
        self.health_moment.setAccessibleName(self.tr("Moment van de scores"))
        self.health_date = DateField(desk.today, empty_ok=False)
        self.health_date.setAccessibleName(self.tr("Datum van de scores"))
        self.health_btn = QPushButton(self.tr("Scores opslaan"))
        self.health_btn.setAccessibleName(self.tr("Scores positieve gezondheid opslaan"))
        sl.addRow(self.tr("Moment"), self.health_moment)
        sl.addRow(self.tr("Datum"), self.health_date)
        sl.addRow("", self.health_btn)
        self.health_list = QLabel()
        self.health_list.setWordWrap(True)
        hb = QHBoxLayout(health_box)
        left = QVBoxLayout()
        left.addLayout(sl)
        left.addWidget(self.health_list)
        left.addStretch()
        hb.addLayout(left)
        self.spider.setMaximumWidth(560)
        hb.addWidget(self.spider, 1)
        hb.addStretch()

        # -- layout ------------------------------------------------------------------------------------
        cols = QHBoxLayout()
        c1, c2 = QVBoxLayout(), QVBoxLayout()
        c1.addWidget(need_box)
        c1.addWidget(prop_box, 1)
        c2.addWidget(hist_box, 1)
        c2.addWidget(follow_box)
        cols.addLayout(c1, 1)
        cols.addLayout(c2, 1)
        inner = QWidget()
        il = QVBoxLayout(inner)
        il.addLayout(cols)
        il.addWidget(health_box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        lay = QVBoxLayout(self)
        lay.addWidget(self.header)
        lay.addWidget(self.message)
        lay.addWidget(scroll, 1)

        self.need_save.clicked.connect(self.save_need)
        self.scope.currentIndexChanged.connect(self.refresh_candidates)
        self.only_need.toggled.connect(self.refresh_candidates)
        self.cand_search.textChanged.connect(self.refresh_candidates)
        self.propose_btn.clicked.connect(self.propose)
        self.history.itemSelectionChanged.connect(self._history_selected)
        self.history.currentCellChanged.connect(
            lambda row, *_: row >= 0 and self.history.selectRow(row)
        )
        self.outcome.currentIndexChanged.connect(self._outcome_changed)
        self.outcome_btn.clicked.connect(self.record_outcome)
        self.follow_outcome.currentIndexChanged.connect(self._follow_changed)
        self.follow_btn.clicked.connect(self.record_follow_up)
        self.health_btn.clicked.connect(self.save_scores)
        if hub is not None:
            hub.changed.connect(self._on_changed)
        self._outcome_changed()
        self._follow_changed()
        self.setEnabled(False)

    # -- reading ----------------------------------------------------------------------------------
    def set_trajectory(self, trajectory_id: int | None) -> None:
        self.trajectory_id = trajectory_id
        self.setEnabled(trajectory_id is not None)
        self.message.setVisible(False)
        today = self.desk.today()
        for f in (self.propose_date, self.outcome_date, self.follow_date, self.health_date):
            f.set_value(today)
        self.start_date.set_value(None)
        self.refresh()

    def refresh(self) -> None:
        tid = self.trajectory_id
        if tid is None:
            self.header.setText(self.tr("Geen traject gekozen"))
            return
        d = self.desk.trajectory(tid)
        c = d.client
        where = " / ".join(x for x in (c.gemeente, c.wijk) if x) or self.tr("wijk onbekend")
        current = self.desk.matching.current(tid)
        t = d.trajectory
        if current:
            doing = self.tr("Doet nu: %1").replace("%1", current.naam)
        elif (
            t.start_activiteit and not t.afgerond
        ):  # started without a proposal here (imported, or before the sociale kaart)
            doing = self.tr("Doet nu: %1").replace(
                "%1", t.activiteit or codes.AANBOD.label(t.aanbod)
            )
        else:
            doing = self.tr("Nog geen activiteit gestart")
        self.header.setText(
            f"{' '.join(x for x in (c.voornaam, c.achternaam) if x)} — {where} — {doing}"
        )
        self.consent.setText(
            {
                True: self.tr("Contactgegevens doorgeven aan een aanbieder: toestemming gegeven."),
                False: self.tr(
                    "Contactgegevens doorgeven aan een aanbieder: geen toestemming. "
                    "De cliënt meldt zich zelf aan."
                ),
            }.get(
                t.toestemming_gegevens,
                self.tr(
                    "Contactgegevens doorgeven aan een aanbieder: toestemming niet vastgelegd, "
                    "dus niet doorgeven."
                ),
            )
        )
        need = self.desk.matching.need(tid)
        self.need_text.setPlainText(need.behoefte or "")
        for code, cb in self.need_cats.items():
            cb.setChecked(code in need.categories)
        for i in range(self.reasons.count()):
            it = self.reasons.item(i)
            it.setCheckState(
                Qt.CheckState.Checked
                if it.data(Qt.ItemDataRole.UserRole) in need.redenen
                else Qt.CheckState.Unchecked
            )
        self.refresh_candidates()
        self._fill_history()
        self._fill_follow_up()
        self._fill_health()

    def refresh_candidates(self) -> None:
        if self.trajectory_id is None:
            return
        cats = None if self.only_need.isChecked() else []
        self._candidates = self.desk.matching.candidates(
            self.trajectory_id,
            scope=self.scope.currentData(),
            categories=cats,
            text=self.cand_search.text(),
        )
        self.candidates.clear()
        for c in self._candidates:
            a = c.activity
            notes = []
            if a.plek in ("vol", "wachtlijst"):
                notes.append(codes.PLEK.label(a.plek).lower())
            if c.age_fits is False:
                notes.append(self.tr("leeftijd past niet"))
            if c.row.stale:
                notes.append(self.tr("⚠ niet recent nagekeken"))
            if c.earlier:  # "(eerder: open)" left the coach guessing
                notes.append(
                    self.tr("eerder voorgesteld: %1").replace(
                        "%1", codes.MATCH_UITKOMST.label(c.earlier).lower()
                    )
                    if c.earlier in codes.MATCH_UITKOMST
                    else self.tr("al voorgesteld, nog zonder uitkomst")
                )
            days = ", ".join(codes.DAG.label(x)[:2] for x in (a.dagen or "").split(",") if x)
            text = f"{a.naam} — {codes.AANBOD.label(a.aanbod)} — {a.wijk or a.gemeente or self.tr('overal')}"
            text += f" — {days}" if days else ""
            text += f"  ({'; '.join(notes)})" if notes else ""
            it = QListWidgetItem(text)
            it.setData(Qt.ItemDataRole.UserRole, a.id)
            it.setFlags(it.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            it.setCheckState(Qt.CheckState.Unchecked)
            tip = [x for x in (a.aanbieder, a.adres, a.tijden, a.kosten, a.aanmelden) if x]
            it.setToolTip("\n".join(tip))
            self.candidates.addItem(it)
        if not self._candidates:
            it = QListWidgetItem(
                self.tr("Geen passende activiteiten: zoek breder (hele gemeente, alle soorten).")
            )
            it.setFlags(Qt.ItemFlag.NoItemFlags)
            self.candidates.addItem(it)

    def _fill_history(self) -> None:
        keep = self._selected_match()
        self._history = self.desk.matching.history(self.trajectory_id) if self.trajectory_id else []
        self.history.setRowCount(len(self._history))
        for r, m in enumerate(self._history):
            outcome = codes.MATCH_UITKOMST.label(m.uitkomst) if m.uitkomst else self.tr("Nog open")
            reason = codes.AFWIJSREDEN.label(m.afwijsreden) if m.afwijsreden else ""
            if m.stopreden:
                reason = self.tr("gestopt: %1").replace(
                    "%1", codes.AFWIJSREDEN.label(m.stopreden).lower()
                )
            cells = (
                fmt(m.voorgesteld),
                m.naam + (self.tr(" (gesloten)") if m.activity_closed else ""),
                outcome,
                reason,
                fmt(m.start),
                fmt(m.gestopt),
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, m.id)
                self.history.setItem(r, col, item)
        if keep is not None:
            for r, m in enumerate(self._history):
                if m.id == keep.id:
                    self.history.selectRow(r)
        if not self.history.selectionModel().selectedRows():
            # the proposal still waiting for an outcome (or a start) is chosen already: with the
            # keyboard, Tab into the table made a row current but selected none, and the outcome
            # fields stayed disabled
            for r, m in enumerate(self._history):
                if m.uitkomst is None or (m.uitkomst == "geaccepteerd" and m.start is None):
                    self.history.selectRow(r)
                    break
        self._history_selected()

    def _fill_follow_up(self) -> None:
        tid = self.trajectory_id
        planned = self.desk.matching.planned_follow_up(tid)
        held = [
            c for c in self.desk.trajectory(tid).contacts if c.soort == "nazorg" and not c.gepland
        ]
        lines = []
        if planned is not None:
            days = (planned.datum - self.desk.today()).days
            when = (
                self.tr("vandaag")
                if days == 0
                else (
                    self.tr("%n dagen te laat", "", -days)
                    if days < 0
                    else self.tr("over %n dagen", "", days)
                )
            )
            lines.append(
                self.tr("Gepland: %1 (%2)").replace("%1", fmt(planned.datum)).replace("%2", when)
            )
        elif held:  # it said "Geen nazorg gepland" right above a recorded follow-up
            lines.append(self.tr("Geen volgend nazorgcontact gepland. Gehouden nazorg:"))
        else:
            lines.append(
                self.tr(
                    "Geen nazorg gepland. Nazorg wordt vanzelf gepland als een activiteit start."
                )
            )
        for c in held:
            lines.append(
                f"{fmt(c.datum)}: {codes.NAZORG_UITKOMST.label(c.uitkomst) or self.tr('gehouden')}"
                + (f" — {c.notitie}" if c.notitie else "")
            )
        self.follow_planned.setText("\n".join(lines))

    def _fill_health(self) -> None:
        tid = self.trajectory_id
        labels = [d.label() for d in self.desk.health.DIMENSIES]
        before, after = self.desk.health.before_after(tid)
        self.spider.set_scores(
            labels,
            list(before.values.values()) if before else None,
            list(after.values.values()) if after else None,
            f"{self.desk.health.MOMENT.label(before.moment)} {fmt(before.datum)}"
            if before
            else None,
            f"{self.desk.health.MOMENT.label(after.moment)} {fmt(after.datum)}" if after else None,
        )
        all_ = self.desk.health.scores_of(tid)
        self.health_list.setText(
            "\n".join(
                f"{fmt(s.datum)} {self.desk.health.MOMENT.label(s.moment)}: "
                + self.tr("gemiddeld %1").replace("%1", f"{s.average():.1f}")
                for s in all_
            )
            or self.tr("Nog geen scores.")
        )
        self.health_moment.set_code("afsluiting" if before is not None else "intake")

    def _selected_match(self) -> MatchView | None:
        rows = self.history.selectionModel().selectedRows() if self.history.selectionModel() else []
        return self._history[rows[0].row()] if rows and rows[0].row() < len(self._history) else None

    def show_signup(self) -> QDialog | None:
        """The sign-up note for the selected proposal's provider (desk.privacy.provider_note):
        the client's contact details only with consent."""
        m = self._selected_match()
        if m is None or self.trajectory_id is None:
            return None
        note = self.desk.privacy.provider_note(self.trajectory_id, m.activity_id, language())
        dlg = QDialog(self)
        dlg.setWindowTitle(self.tr("Aanmelding bij de aanbieder"))
        text = QPlainTextEdit(note.text, dlg)
        text.setReadOnly(True)
        text.setAccessibleName(self.tr("Tekst voor de aanmelding"))
        copy = QPushButton(self.tr("&Kopiëren"), dlg)
        copy.clicked.connect(lambda: QApplication.clipboard().setText(note.text))
        close = QPushButton(self.tr("&Sluiten"), dlg)
        close.clicked.connect(dlg.accept)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(copy)
        row.addWidget(close)
        lay = QVBoxLayout(dlg)
        lay.addWidget(text)
        lay.addLayout(row)
        dlg.resize(520, 300)
        dlg.open()
        self.signup_dialog = dlg
        return dlg

    def _history_selected(self) -> None:
        m = self._selected_match()
        self.signup_btn.setEnabled(m is not None)
        can_outcome = m is not None and m.uitkomst is None
        can_start = m is not None and m.uitkomst == "geaccepteerd" and m.start is None
        for w in (self.outcome, self.decline_reason, self.outcome_date):
            w.setEnabled(can_outcome)
        if can_start:
            self.outcome.set_code("geaccepteerd")
        self.start_date.setEnabled(can_outcome or can_start)
        self.outcome_btn.setEnabled(can_outcome or can_start)
        self.outcome_btn.setText(
            self.tr("Start vastleggen") if can_start else self.tr("Uitkomst vastleggen")
        )
        self._outcome_changed()

    def _outcome_changed(self) -> None:
        declined = self.outcome.code() == "afgewezen"
        self.decline_reason.setEnabled(declined and self.outcome.isEnabled())
        self.start_date.setEnabled(
            self.outcome.code() == "geaccepteerd" and self.outcome_btn.isEnabled()
        )

    def _follow_changed(self) -> None:
        self.stop_reason.setEnabled(self.follow_outcome.code() == "gestopt")

    # -- writing ----------------------------------------------------------------------------------
    def _done(self, changes: Changes) -> None:
        self.message.setVisible(False)
        if self.hub is not None:
            self.hub.notify(changes)
        else:
            self._on_changed(changes)

    def _fail(self, exc: BaseException, fields: dict[str, QWidget] | None = None) -> None:
        show_error(self.message, exc, fields)

    def _dates_ok(self, *fields: DateField) -> bool:
        bad = [f for f in fields if not f.is_valid()]
        for f in fields:
            mark(f, f in bad)
        if bad:
            self.message.setText(
                self.tr(
                    "Een datum kan niet worden gelezen. Schrijf dd-mm-jjjj, bijvoorbeeld 01-09-2026."
                )
            )
            self.message.setVisible(True)
        return not bad

    def save_need(self) -> None:
        cats = [c for c, cb in self.need_cats.items() if cb.isChecked()]
        reasons = [
            self.reasons.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.reasons.count())
            if self.reasons.item(i).checkState() == Qt.CheckState.Checked
        ]
        try:
            changes = self.desk.matching.record_need(
                self.trajectory_id, self.need_text.toPlainText(), cats, reasons
            )
        except Exception as exc:  # noqa: BLE001 - shown in the panel
            self._fail(
                exc, {"behoefte": self.need_text, "redenen": self.reasons, "reden": self.reasons}
            )
            return
        self._done(changes)

    def checked_candidates(self) -> list[int]:
        return [
            self.candidates.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.candidates.count())
            if self.candidates.item(i).checkState() == Qt.CheckState.Checked
        ]

    def propose(self) -> None:
        ids = self.checked_candidates()
        if not ids:
            self.message.setText(self.tr("Vink eerst één of meer activiteiten aan."))
            self.message.setVisible(True)
            return
        if not self._dates_ok(self.propose_date):
            return
        try:
            _ids, changes = self.desk.matching.propose(
                self.trajectory_id, ids, on=self.propose_date.value()
            )
        except Exception as exc:  # noqa: BLE001
            self._fail(exc, {"voorgesteld": self.propose_date, "activiteit": self.candidates})
            return
        self._done(changes)

    def record_outcome(self) -> None:
        m = self._selected_match()
        if m is None:
            return
        if not self._dates_ok(self.outcome_date, self.start_date):
            return
        fields = {
            "uitkomst": self.outcome,
            "afwijsreden": self.decline_reason,
            "start": self.start_date,
            "start_activiteit": self.start_date,
        }
        try:
            if m.uitkomst == "geaccepteerd":
                if self.start_date.value() is None:
                    self.message.setText(self.tr("Vul de startdatum in."))
                    self.message.setVisible(True)
                    return
                changes = self.desk.matching.record_start(m.id, self.start_date.value())
            else:
                code = self.outcome.code()
                changes = self.desk.matching.record_outcome(
                    m.id,
                    code,
                    self.outcome_date.value(),
                    afwijsreden=self.decline_reason.code() if code == "afgewezen" else None,
                    start=self.start_date.value() if code == "geaccepteerd" else None,
                )
        except Exception as exc:  # noqa: BLE001
            self._fail(exc, fields)
            return
        self.start_date.set_value(None)
        self._done(changes)

    def record_follow_up(self) -> None:
        if not self._dates_ok(self.follow_date):
            return
        code = self.follow_outcome.code()
        try:
            changes = self.desk.matching.record_follow_up(
                self.trajectory_id,
                self.follow_date.value(),
                code,
                self.follow_note.text(),
                stopreden=self.stop_reason.code() if code == "gestopt" else None,
            )
        except Exception as exc:  # noqa: BLE001
            self._fail(
                exc,
                {
                    "uitkomst": self.follow_outcome,
                    "stopreden": self.stop_reason,
                    "nazorg": self.follow_date,
                },
            )
            return
        self.follow_note.clear()
        self.follow_outcome.set_code(None)
        self._done(changes)

    def save_scores(self) -> None:
        if not self._dates_ok(self.health_date):
            return
        values = {k: (sb.value() if sb.value() >= 0 else None) for k, sb in self.scores.items()}
        try:
            _id, changes = self.desk.health.record(
                self.trajectory_id,
                self.health_date.value(),
                self.health_moment.code(),
                values,
            )
        except Exception as exc:  # noqa: BLE001
            self._fail(exc, dict(self.scores))
            return
        for sb in self.scores.values():
            sb.setValue(-1)
        self._done(changes)

    def _on_changed(self, changes: Changes) -> None:
        if self.trajectory_id is None:
            return
        mine = self.trajectory_id in changes.trajectories
        if (
            mine
            or "catalogue" in changes.kinds
            or (not changes.trajectories and changes.kinds & _KINDS)
        ):
            try:
                self.refresh()
            except NotFound:  # erased meanwhile (a client's erasure, the retention period)
                self.set_trajectory(None)
