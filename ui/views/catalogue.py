"""De sociale kaart: the list of activities with search and filters, the entry form, the stale
flag with 'checked today' in one click, who is matched to an entry, and CSV import/export.

Self-contained: `CatalogueView(desk, hub, parent=None)`. Every read and write goes through
`desk.catalogue`; long work (import, export) runs in `ui.ops.Op`."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from wor_desk_ui.ops import Op
from wor_desk_ui.views._fields import ERROR_STYLE, CodeCombo, DateField, mark, show_error

from wor_desk import codes
from wor_desk.dates import fmt
from wor_desk.desk import Changes, Desk
from wor_desk.values.catalogue import ActivityRow, CatalogueFilter

_REFRESH_KINDS = {"catalogue", "match", "settings", "client"}
STALE_COLUMN = 5


def _days(value: str | None) -> str:
    return ", ".join(codes.DAG.label(d)[:2] for d in (value or "").split(",") if d)


class ActivityModel(QAbstractTableModel):
    """Rows of the sociale kaart (a list of plain ActivityRow values; no queries in data())."""

    COLUMNS = 8

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ActivityRow] = []

    def set_rows(self, rows: list[ActivityRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Naam"),
                self.tr("Soort aanbod"),
                self.tr("Wijk"),
                self.tr("Dagen"),
                self.tr("Plek"),
                self.tr("Gecontroleerd"),
                self.tr("Deelnemers"),
                self.tr("Aanbieder"),
            )[section]
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        a, col = r.activity, index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return (
                    a.naam
                    + (self.tr("  (regio)") if a.regio else "")
                    + (self.tr("  (gesloten)") if r.closed else "")
                )
            if col == 1:
                return codes.AANBOD.label(a.aanbod)
            if col == 2:
                return a.wijk or (a.gemeente and self.tr("hele %1").replace("%1", a.gemeente)) or ""
            if col == 3:
                return _days(a.dagen)
            if col == 4:
                return codes.PLEK.label(a.plek)
            if col == STALE_COLUMN:
                return ("⚠ " if r.stale else "") + (fmt(a.gecontroleerd) or self.tr("nooit"))
            if col == 6:
                return str(r.taking_part) if r.taking_part else ""
            if col == 7:
                return a.aanbieder or ""
        if role == Qt.ItemDataRole.ToolTipRole and col == 0 and a.regio:
            return self.tr("Uit de sociale kaart van de regio (wijzigen via een voorstel)")
        if role == Qt.ItemDataRole.ToolTipRole and col == STALE_COLUMN and r.stale:
            return self.tr("Al lang niet gecontroleerd: kijk na of deze activiteit nog klopt")
        if role == Qt.ItemDataRole.ForegroundRole and r.closed:
            return QBrush(QPalette().color(QPalette.ColorRole.PlaceholderText))
        if role == Qt.ItemDataRole.ForegroundRole and col == STALE_COLUMN and r.stale:
            return QBrush(QColor("#b26a00"))
        if role == Qt.ItemDataRole.FontRole and col == 0 and not r.closed:
            f = QFont()
            f.setBold(True)
            return f
        if role == Qt.ItemDataRole.UserRole:
            return r.id
        return None


class ActivityForm(QWidget):
    """The edit form of one entry. `values()` gives the fields for desk.catalogue.add/update."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        lay = QFormLayout(self)
        lay.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # in a narrow panel a label goes above its field rather than pushing it off the edge
        lay.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.naam = QLineEdit()
        self.aanbod = CodeCombo(codes.AANBOD, self.tr("— kies —"))
        self.aanbieder = QLineEdit()
        self.omschrijving = QPlainTextEdit()
        self.omschrijving.setTabChangesFocus(True)  # Tab moves on, never types a tab
        self.omschrijving.setFixedHeight(60)
        self.adres = QLineEdit()
        self.postcode = QLineEdit()
        self.postcode.setMaximumWidth(90)
        self.gemeente = QLineEdit()
        self.wijk = QLineEdit()
        self.dagen: dict[str, QCheckBox] = {}
        days = QWidget()
        dl = QGridLayout(days)  # two rows: seven boxes side by side do not fit a narrow panel
        dl.setContentsMargins(0, 0, 0, 0)
        for i, c in enumerate(codes.DAG):
            cb = QCheckBox(c.code)
            cb.setToolTip(c.label())
            cb.setAccessibleName(c.label())
            self.dagen[c.code] = cb
            dl.addWidget(cb, i // 4, i % 4)
        dl.setColumnStretch(4, 1)
        self.tijden = QLineEdit()
        self.kosten = QLineEdit()
        self.aanmelden = QPlainTextEdit()
        self.aanmelden.setTabChangesFocus(True)  # Tab moves on, never types a tab
        self.aanmelden.setFixedHeight(48)
        self.contactpersoon = QLineEdit()
        self.telefoon = QLineEdit()
        self.email = QLineEdit()
        self.toegankelijkheid = QPlainTextEdit()
        self.toegankelijkheid.setTabChangesFocus(True)  # Tab moves on, never types a tab
        self.toegankelijkheid.setFixedHeight(48)
        self.rolstoel = QComboBox()
        for text, val in (
            (self.tr("onbekend"), None),
            (self.tr("ja"), True),
            (self.tr("nee"), False),
        ):
            self.rolstoel.addItem(text, val)
        self.leeftijd_min, self.leeftijd_max = QSpinBox(), QSpinBox()
        for sb in (self.leeftijd_min, self.leeftijd_max):
            sb.setRange(-1, 120)
            sb.setSpecialValueText("—")
            sb.setValue(-1)
        ages = QWidget()
        al = QHBoxLayout(ages)
        al.setContentsMargins(0, 0, 0, 0)
        al.addWidget(self.leeftijd_min)
        al.addWidget(QLabel(self.tr("t/m")))
        al.addWidget(self.leeftijd_max)
        al.addStretch()
        self.talen = QLineEdit()
        self.talen.setPlaceholderText(self.tr("bijv. nl, en, ar"))
        self.actief_van, self.actief_tot = DateField(desk.today), DateField(desk.today)
        self.plek = CodeCombo(codes.PLEK, self.tr("onbekend"))
        self.gecontroleerd = DateField(desk.today)
        self.fields: dict[str, QWidget] = {
            "naam": self.naam,
            "aanbod": self.aanbod,
            "aanbieder": self.aanbieder,
            "omschrijving": self.omschrijving,
            "adres": self.adres,
            "postcode": self.postcode,
            "gemeente": self.gemeente,
            "wijk": self.wijk,
            "dagen": days,
            "tijden": self.tijden,
            "kosten": self.kosten,
            "aanmelden": self.aanmelden,
            "contactpersoon": self.contactpersoon,
            "telefoon": self.telefoon,
            "email": self.email,
            "toegankelijkheid": self.toegankelijkheid,
            "rolstoeltoegankelijk": self.rolstoel,
            "leeftijd_min": self.leeftijd_min,
            "leeftijd_max": self.leeftijd_max,
            "talen": self.talen,
            "actief_van": self.actief_van,
            "actief_tot": self.actief_tot,
            "plek": self.plek,
            "gecontroleerd": self.gecontroleerd,
        }
        rows = [
            (self.tr("Naam"), self.naam),
            (self.tr("Soort aanbod"), self.aanbod),
            (self.tr("Aanbieder"), self.aanbieder),
            (self.tr("Omschrijving"), self.omschrijving),
            (self.tr("Adres"), self.adres),
            (self.tr("Postcode"), self.postcode),
            (self.tr("Gemeente"), self.gemeente),
            (self.tr("Wijk"), self.wijk),
            (self.tr("Dagen"), days),
            (self.tr("Tijden"), self.tijden),
            (self.tr("Kosten"), self.kosten),
            (self.tr("Aanmelden"), self.aanmelden),
            (self.tr("Contactpersoon"), self.contactpersoon),
            (self.tr("Telefoon"), self.telefoon),
            (self.tr("E-mail"), self.email),
            (self.tr("Toegankelijkheid"), self.toegankelijkheid),
            (self.tr("Rolstoeltoegankelijk"), self.rolstoel),
            (self.tr("Leeftijd"), ages),
            (self.tr("Talen"), self.talen),
            (self.tr("Actief vanaf"), self.actief_van),
            (self.tr("Actief tot"), self.actief_tot),
            (self.tr("Plek"), self.plek),
            (self.tr("Laatst gecontroleerd"), self.gecontroleerd),
        ]
        for label, w in rows:
            w.setAccessibleName(label)
            lay.addRow(label, w)

    #: The one-line text fields, filled by `load` and read by `values` alike.
    LINE_FIELDS = (
        "naam",
        "aanbieder",
        "adres",
        "postcode",
        "gemeente",
        "wijk",
        "tijden",
        "kosten",
        "contactpersoon",
        "telefoon",
        "email",
        "talen",
    )

    def load(self, a) -> None:
        """Fill from an Activity (or clear with None)."""
        get = (lambda k: getattr(a, k)) if a is not None else (lambda k: None)  # noqa: E731
        for k in self.LINE_FIELDS:
            getattr(self, k).setText(get(k) or "")
        for k in ("omschrijving", "aanmelden", "toegankelijkheid"):
            getattr(self, k).setPlainText(get(k) or "")
        self.aanbod.set_code(get("aanbod"))
        self.plek.set_code(get("plek"))
        chosen = set((get("dagen") or "").split(","))
        for code, cb in self.dagen.items():
            cb.setChecked(code in chosen)
        self.rolstoel.setCurrentIndex(max(self.rolstoel.findData(get("rolstoeltoegankelijk")), 0))
        self.leeftijd_min.setValue(-1 if get("leeftijd_min") is None else get("leeftijd_min"))
        self.leeftijd_max.setValue(-1 if get("leeftijd_max") is None else get("leeftijd_max"))
        for k in ("actief_van", "actief_tot", "gecontroleerd"):
            getattr(self, k).set_value(get(k))
        for w in self.fields.values():
            mark(w, False)

    def values(self) -> dict:
        v = {k: getattr(self, k).text() for k in self.LINE_FIELDS}
        v.update(
            {
                k: getattr(self, k).toPlainText()
                for k in ("omschrijving", "aanmelden", "toegankelijkheid")
            }
        )
        v["aanbod"] = self.aanbod.code()
        v["plek"] = self.plek.code()
        v["dagen"] = [c for c, cb in self.dagen.items() if cb.isChecked()]
        v["rolstoeltoegankelijk"] = self.rolstoel.currentData()
        v["leeftijd_min"] = None if self.leeftijd_min.value() < 0 else self.leeftijd_min.value()
        v["leeftijd_max"] = None if self.leeftijd_max.value() < 0 else self.leeftijd_max.value()
        for k in ("actief_van", "actief_tot", "gecontroleerd"):
            v[k] = getattr(self, k).value()
        return v

    def unreadable_dates(self) -> list[str]:
        return [
            k
            for k in ("actief_van", "actief_tot", "gecontroleerd")
            if not getattr(self, k).is_valid()
        ]


class CatalogueView(QWidget):
    """The sociale kaart screen."""

    activitySelected = Signal(object)  # activity id or None

    def __init__(self, desk: Desk, hub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.hub = desk, hub
        self._current: int | None = None
        self._export_path = ""
        self.setAccessibleName(self.tr("Sociale kaart"))

        title = QLabel(self.tr("Sociale kaart"))
        title.setObjectName("screenTitle")
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Zoek op naam, aanbieder, omschrijving, adres…"))
        self.search.setAccessibleName(self.tr("Zoeken in de sociale kaart"))
        self.search.setClearButtonEnabled(True)
        self.category = CodeCombo(codes.AANBOD, self.tr("Alle soorten"))
        self.category.setAccessibleName(self.tr("Filter op soort aanbod"))
        self.area = QComboBox()
        self.area.setAccessibleName(self.tr("Filter op wijk"))
        self.day = CodeCombo(codes.DAG, self.tr("Alle dagen"))
        self.day.setAccessibleName(self.tr("Filter op dag"))
        self.show_closed = QCheckBox(self.tr("Ook gesloten"))
        self.only_stale = QCheckBox(self.tr("Alleen na te kijken"))
        self.new_btn = QPushButton(self.tr("Nieuwe activiteit"))
        self.import_btn = QPushButton(self.tr("Importeren…"))
        self.export_btn = QPushButton(self.tr("Exporteren…"))
        for b, name in (
            (self.new_btn, self.tr("Nieuwe activiteit toevoegen")),
            (self.import_btn, self.tr("Sociale kaart importeren uit CSV")),
            (self.export_btn, self.tr("Sociale kaart exporteren naar CSV")),
        ):
            b.setAccessibleName(name)

        bar = QHBoxLayout()
        for w in (self.search,):
            bar.addWidget(w, 2)
        for w in (self.category, self.area, self.day, self.show_closed, self.only_stale):
            bar.addWidget(w)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch()
        for w in (self.new_btn, self.import_btn, self.export_btn):
            top.addWidget(w)

        self.model = ActivityModel(self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Activiteiten"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setStretchLastSection(True)
        for col, width in enumerate((230, 170, 110, 90, 100, 115, 85)):
            hh.resizeSection(col, width)
        self.count_label = QLabel()

        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setVisible(False)
        self.notice.setAccessibleName(self.tr("Melding"))
        self.details = QListWidget()
        self.details.setAccessibleName(self.tr("Details van de import"))
        self.details.setMaximumHeight(120)
        self.details.setVisible(False)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.notice)
        ll.addWidget(self.details)
        ll.addWidget(self.table)
        ll.addWidget(self.count_label)

        self.form = ActivityForm(desk)
        self.stale_label = QLabel()
        self.stale_label.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self.save_btn = QPushButton(self.tr("Opslaan"))
        self.checked_btn = QPushButton(self.tr("Gecontroleerd vandaag"))
        self.checked_btn.setToolTip(
            self.tr("Ik heb deze activiteit vandaag nagekeken en ze klopt nog")
        )
        self.delete_btn = QPushButton(self.tr("Verwijderen"))
        for b, name in (
            (self.save_btn, self.tr("Activiteit opslaan")),
            (self.checked_btn, self.tr("Markeer als vandaag gecontroleerd")),
            (self.delete_btn, self.tr("Activiteit verwijderen")),
        ):
            b.setAccessibleName(name)
        buttons = QHBoxLayout()
        for b in (self.save_btn, self.checked_btn, self.delete_btn):
            buttons.addWidget(b)
        buttons.addStretch()
        self.matched = QListWidget()
        self.matched.setAccessibleName(self.tr("Cliënten die naar deze activiteit zijn verwezen"))
        self.matched.setMaximumHeight(110)
        matched_box = QGroupBox(self.tr("Voorgesteld aan"))
        QVBoxLayout(matched_box).addWidget(self.matched)
        # the region's kaart: the coach's own note, and proposals to the region (wor_desk.catalogue.region)
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Eigen notitie"))
        self.note.setPlaceholderText(self.tr("blijft op deze desk"))
        self.note_btn = QPushButton(self.tr("Notitie bewaren"))
        self.proposal = QComboBox()
        self.proposal.setAccessibleName(self.tr("Soort voorstel"))
        self.propose_btn = QPushButton(self.tr("Voorstel aan de regio"))
        self.propose_btn.setToolTip(
            self.tr(
                "Gaat mee met de volgende synchronisatie. 'Verhuisd' neemt het adres uit het "
                "formulier, 'gesloten' de datum bij 'Actief tot' (of vandaag)."
            )
        )
        region_box = QGroupBox(self.tr("Regio"))
        rb = QVBoxLayout(region_box)
        note_row = QHBoxLayout()
        note_row.addWidget(self.note, 1)
        note_row.addWidget(self.note_btn)
        prop_row = QHBoxLayout()
        prop_row.addWidget(self.proposal, 1)
        prop_row.addWidget(self.propose_btn)
        rb.addLayout(note_row)
        rb.addLayout(prop_row)

        form_inner = QWidget()
        fl = QVBoxLayout(form_inner)
        fl.addWidget(self.stale_label)
        fl.addWidget(self.form)
        fl.addWidget(matched_box)
        fl.addWidget(region_box)
        fl.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(form_inner)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(scroll)
        rl.addWidget(self.error)
        rl.addLayout(buttons)

        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([860, 520])
        self.setStyleSheet(ERROR_STYLE)

        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addLayout(bar)
        lay.addWidget(split, 1)

        self.search.textChanged.connect(self.refresh)
        for c in (self.category, self.area, self.day):
            c.currentIndexChanged.connect(self.refresh)
        for c in (self.show_closed, self.only_stale):
            c.toggled.connect(self.refresh)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.new_btn.clicked.connect(self.new_activity)
        self.save_btn.clicked.connect(self.save)
        self.checked_btn.clicked.connect(self.mark_checked)
        self.delete_btn.clicked.connect(self.delete)
        self.note_btn.clicked.connect(self.save_note)
        self.propose_btn.clicked.connect(self.propose)
        self.import_btn.clicked.connect(lambda: self.import_file())
        self.export_btn.clicked.connect(lambda: self.export_file())
        if hub is not None:
            hub.changed.connect(self._on_changed)
        self._fill_areas()
        self.refresh()
        self.new_activity()

    # -- reading ------------------------------------------------------------------------------
    def _fill_areas(self) -> None:
        keep = self.area.currentData()
        self.area.blockSignals(True)
        self.area.clear()
        self.area.addItem(self.tr("Alle wijken"), None)
        for g, w in self.desk.catalogue.areas():
            self.area.addItem(f"{w} ({g})" if g else w, w)
        self.area.setCurrentIndex(max(self.area.findData(keep), 0))
        self.area.blockSignals(False)

    def filter(self) -> CatalogueFilter:
        return CatalogueFilter(
            text=self.search.text(),
            aanbod=self.category.code(),
            wijk=self.area.currentData(),
            dag=self.day.code(),
            include_closed=self.show_closed.isChecked(),
            only_stale=self.only_stale.isChecked(),
        )

    def refresh(self) -> None:
        rows = self.desk.catalogue.search(self.filter())
        self.model.set_rows(rows)
        stale = sum(1 for r in rows if r.stale and not r.closed)
        self.count_label.setText(
            self.tr("%n activiteiten, %1 na te kijken", "", len(rows)).replace("%1", str(stale))
        )
        if self._current is not None:
            self.select(self._current)

    def select(self, activity_id: int) -> None:
        for i, r in enumerate(self.model.rows):
            if r.id == activity_id:
                self.table.selectRow(i)
                return

    def _selected(self) -> None:
        idx = self.table.selectionModel().selectedRows()
        if not idx:
            return
        aid = self.model.rows[idx[0].row()].id
        if aid != self._current:
            self.show_activity(aid)

    def show_activity(self, activity_id: int | None) -> None:
        self._current = activity_id
        self.error.setVisible(False)
        a = self.desk.catalogue.get(activity_id) if activity_id is not None else None
        self.form.load(a)
        own = a is not None and not a.regio
        self.checked_btn.setEnabled(own)
        self.delete_btn.setEnabled(own)
        self.save_btn.setEnabled(a is None or own)
        self.note.setText((a.notitie or "") if a is not None else "")
        self.note.setEnabled(a is not None)
        self.note_btn.setEnabled(a is not None)
        self.proposal.clear()
        if a is not None:
            kinds = (
                (
                    ("gesloten", self.tr("Gesloten")),
                    ("vol", self.tr("Geen plek meer")),
                    ("verhuisd", self.tr("Verhuisd (adres uit het formulier)")),
                )
                if a.regio
                else (("nieuw", self.tr("Op de kaart van de regio zetten")),)
            )
            for code, label in kinds:
                self.proposal.addItem(label, code)
        self.proposal.setEnabled(a is not None)
        self.propose_btn.setEnabled(a is not None)
        self.matched.clear()
        row = next((r for r in self.model.rows if r.id == activity_id), None)
        if a is None:
            self.stale_label.setText(
                self.tr("Nieuwe activiteit: vul minstens de naam en het soort aanbod in.")
            )
        elif row is not None and row.closed:
            self.stale_label.setText(
                self.tr(
                    "Gesloten sinds %1: blijft in de geschiedenis, wordt niet meer aangeboden."
                ).replace("%1", fmt(a.actief_tot))
            )
        elif row is not None and row.stale:
            self.stale_label.setText(
                self.tr(
                    "⚠ Al %1 maanden of langer niet nagekeken. Klopt alles nog? Klik dan op 'Gecontroleerd vandaag'."
                ).replace("%1", str(self.desk.catalogue.stale_months()))
            )
        else:
            self.stale_label.setText("")
        if a is not None and a.regio:
            self.stale_label.setText(
                (self.stale_label.text() + "\n" if self.stale_label.text() else "")
                + self.tr(
                    "Uit de sociale kaart van de regio: wijzigen gaat via een voorstel; uw eigen "
                    "notitie blijft op deze desk."
                )
            )
        if a is not None:
            for m in self.desk.catalogue.matched_to(activity_id):
                outcome = (
                    codes.MATCH_UITKOMST.label(m.uitkomst) if m.uitkomst else self.tr("nog open")
                )
                extra = f", {self.tr('gestart')} {fmt(m.start)}" if m.start else ""
                self.matched.addItem(f"{fmt(m.voorgesteld)}  {m.naam}: {outcome}{extra}")
            if self.matched.count() == 0:
                self.matched.addItem(self.tr("Nog aan niemand voorgesteld"))
        self.activitySelected.emit(activity_id)

    # -- writing ------------------------------------------------------------------------------
    def new_activity(self) -> None:
        self.table.clearSelection()
        self.show_activity(None)
        self.form.gecontroleerd.set_value(self.desk.today())

    def _notify(self, changes: Changes) -> None:
        if self.hub is not None:
            self.hub.notify(changes)
        else:
            self._on_changed(changes)

    def save(self) -> bool:
        bad = self.form.unreadable_dates()
        if bad:
            for k in bad:
                mark(self.form.fields[k], True)
            self.error.setText(
                self.tr(
                    "Een datum kan niet worden gelezen. Schrijf dd-mm-jjjj, bijvoorbeeld 01-09-2026."
                )
            )
            self.error.setVisible(True)
            return False
        try:
            if self._current is None:
                aid, changes = self.desk.catalogue.add(**self.form.values())
                self._current = aid
            else:
                changes = self.desk.catalogue.update(self._current, **self.form.values())
        except Exception as exc:  # noqa: BLE001 - shown at the field / in the form
            show_error(self.error, exc, self.form.fields)
            return False
        self.error.setVisible(False)
        self._notify(changes)
        return True

    def save_note(self) -> None:
        if self._current is None:
            return
        try:
            changes = self.desk.region_kaart.set_note(self._current, self.note.text())
        except Exception as exc:  # noqa: BLE001
            show_error(self.error, exc)
            return
        self.error.setVisible(False)
        self._notify(changes)

    def propose(self) -> None:
        """Queue a proposal to the region's kaart (it leaves with the next sync)."""
        if self._current is None or self.proposal.currentData() is None:
            return
        kind = self.proposal.currentData()
        v = self.form.values()
        address = {
            "address": v.get("adres") or None,
            "postal_code": v.get("postcode") or None,
            "municipality": v.get("gemeente") or None,
            "neighbourhood": v.get("wijk") or None,
        }
        try:
            self.desk.region_kaart.propose(
                kind,
                self._current,
                active_until=v.get("actief_tot"),
                address={k: x for k, x in address.items() if x},
            )
        except Exception as exc:  # noqa: BLE001 - shown in the form
            show_error(self.error, exc, self.form.fields)
            return
        self.error.setVisible(False)
        self._say(self.tr("Voorstel klaargezet: het gaat mee met de volgende synchronisatie."))

    def mark_checked(self) -> None:
        if self._current is None:
            return
        try:
            changes = self.desk.catalogue.mark_checked(self._current)
        except Exception as exc:  # noqa: BLE001
            show_error(self.error, exc)
            return
        self._notify(changes)

    def delete(self) -> None:
        if self._current is None:
            return
        try:
            changes = self.desk.catalogue.delete(self._current)
        except Exception as exc:  # noqa: BLE001
            show_error(self.error, exc, self.form.fields)
            return
        self._current = None
        self._notify(changes)
        self.new_activity()

    def _on_changed(self, changes: Changes) -> None:
        if changes.kinds & _REFRESH_KINDS:
            self._fill_areas()
            self.refresh()
            if self._current is not None:
                self.show_activity(self._current)

    # -- import / export ----------------------------------------------------------------------
    def import_file(self, path: str | None = None) -> Op | None:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Sociale kaart importeren"),
                "",
                self.tr("CSV of Excel (*.csv *.xlsx)"),
            )
            if not path:
                return None
        self.import_btn.setEnabled(False)
        # the worker holds the desk and the path only: no widget crosses to the worker thread
        catalogue, target = self.desk.catalogue, Path(path)
        op = Op(self, lambda op: catalogue.import_csv(target, progress=op.report))
        return op.success(self._imported).failure(self._import_failed).run()

    def _imported(self, result) -> None:
        self.import_btn.setEnabled(True)
        text = (
            self.tr("%n rijen ingelezen: %1 nieuw, %2 bijgewerkt.", "", result.rows)
            .replace("%1", str(result.created))
            .replace("%2", str(result.updated))
        )
        self._say(text, list(result.warnings))
        self._notify(Changes.of("catalogue"))

    def _import_failed(self, exc: BaseException) -> None:
        self.import_btn.setEnabled(True)
        if isinstance(exc, self.desk.catalogue.InvalidRows):
            from wor_desk.i18n import tr

            self._say(tr(exc.key, **exc.params), [str(p) for p in exc.problems], error=True)
        else:
            self._say(str(exc), error=True)

    def export_file(self, path: str | None = None) -> Op | None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Sociale kaart exporteren"),
                "sociale-kaart.csv",
                self.tr("CSV (*.csv);;Excel-werkmap (*.xlsx)"),
            )
            if not path:
                return None
        catalogue, target = self.desk.catalogue, Path(path)
        self._export_path = path
        op = Op(self, lambda op: catalogue.export_csv(target, overwrite=True))
        return op.success(self._exported).failure(self._import_failed).run()

    def _exported(self, n: int) -> None:
        self._say(
            self.tr("%n activiteiten geschreven naar %1", "", n).replace("%1", self._export_path)
        )

    def _say(self, text: str, details: list[str] | None = None, error: bool = False) -> None:
        """The outcome of an import or export, inline above the list (no modal dialog)."""
        self.notice.setObjectName("formError" if error else "notice")
        self.notice.style().unpolish(self.notice)
        self.notice.style().polish(self.notice)
        self.notice.setText(text)
        self.notice.setVisible(True)
        self.details.clear()
        self.details.addItems(details or [])
        self.details.setVisible(bool(details))
