"""Vandaag, the home screen: what the coach should look at today. Every line opens its
trajectory (Enter or double-click)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from wor_desk_ui.hub import Hub
from wor_desk_ui.ops import Op, reads_pool
from wor_desk_ui.style import error_colour

from wor_desk import codes
from wor_desk.dates import fmt
from wor_desk.desk import Changes, Desk, Today, TodayItem
from wor_desk.i18n import tr

ID_ROLE = Qt.ItemDataRole.UserRole


class TodayView(QWidget):
    openTrajectory = Signal(int)
    loaded = Signal()

    def __init__(self, desk: Desk, hub: Hub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.hub = desk, hub
        self._op: Op | None = None
        self._again = False
        self.title = QLabel(self.tr("Vandaag"), self)
        self.title.setObjectName("screenTitle")
        self.day = QLabel(self)
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(self.tr("Wat er vandaag te doen is"))
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels(
            [self.tr("Cliënt"), self.tr("Wat"), self.tr("Datum"), self.tr("Termijn")]
        )
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        fm = self.fontMetrics()
        for col, sample in enumerate(
            (
                "Willem van der Meer-Jansen",
                "Terugkoppeling: Bij de start van de activiteit",
                "00-00-0000",
            )
        ):
            self.tree.setColumnWidth(col, fm.horizontalAdvance(sample) + 48)
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemDoubleClicked.connect(self._activated)
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.day)
        self.backup_warning = QLabel(self)
        self.backup_warning.setObjectName("formError")
        self.backup_warning.setWordWrap(True)
        self.backup_warning.setAccessibleName(self.tr("Waarschuwing over de back-up"))
        self.backup_warning.setVisible(False)
        self._backup_op: Op | None = None
        lay = QVBoxLayout(self)
        lay.addLayout(head)
        lay.addWidget(self.backup_warning)
        lay.addWidget(self.tree, 1)
        self.setFocusProxy(self.tree)
        hub.changed.connect(self._changed)
        self.reload()
        self.refresh_backup_warning()

    def refresh_backup_warning(self) -> Op:
        """Warn when the last good backup is older than 7 days or its folder is unreachable
        (looked up off the UI thread: a network drive may take its time to answer)."""
        desk = self.desk
        self._backup_op = Op(self, lambda op: desk.backups.status()).success(self._show_backup)
        return self._backup_op.run()

    def _show_backup(self, status) -> None:
        if status.warning is None:
            self.backup_warning.clear()
            self.backup_warning.setVisible(False)
        else:
            self.backup_warning.setText(tr(status.warning, None, **status.params))
            self.backup_warning.setVisible(True)

    def reload(self) -> None:
        if self._op is not None and self._op.running:
            self._again = True
            return
        self._again = False
        desk = self.desk
        self._op = (
            Op(self, lambda op: desk.today_overview())
            .success(self.show_today)
            .failure(self._failed)
        )
        self._op.run(reads_pool())

    def is_loading(self) -> bool:
        return self._op is not None and self._op.running

    def _changed(self, changes: Changes) -> None:
        if changes.trajectories or changes.kinds & {"import", "demo", "settings"}:
            self.reload()
        if changes.kinds & {"backup", "settings"}:
            self.refresh_backup_warning()

    def _failed(self, exc: BaseException) -> None:
        self.day.setText(self.tr("Laden mislukt: %1").replace("%1", str(exc)))

    def show_today(self, today: Today) -> None:
        self.day.setText(fmt(today.day))
        expanded = {
            self.tree.topLevelItem(i).data(0, ID_ROLE): self.tree.topLevelItem(i).isExpanded()
            for i in range(self.tree.topLevelItemCount())
        }
        self.tree.clear()
        red = QBrush(error_colour(self.palette()))
        sections = (
            (
                "first_contact",
                self.tr("Wachten op eerste contact (binnen 5 werkdagen)"),
                today.first_contact,
            ),
            ("planned", self.tr("Gepland: kennismakingen en gesprekken"), today.planned),
            ("follow_up", self.tr("Nazorg te doen"), today.follow_up),
            ("feedback", self.tr("Terugkoppeling nog niet verstuurd"), today.feedback),
            ("paused", self.tr("Gepauzeerd: bekijken"), today.paused),
        )
        bold = QFont(self.font())
        bold.setBold(True)
        for key, text, items in sections:
            top = QTreeWidgetItem(self.tree, [f"{text} ({len(items)})"])
            top.setData(0, ID_ROLE, key)
            top.setFirstColumnSpanned(True)
            top.setFont(0, bold)
            children = []
            for it in items:
                child = QTreeWidgetItem([it.naam, self._what(it), fmt(it.due), self._term(key, it)])
                child.setData(0, ID_ROLE, it.trajectory_id)
                if it.days_left is not None and it.days_left < 0 and key != "paused":
                    for col in (2, 3):
                        child.setForeground(col, red)
                children.append(child)
            top.addChildren(children)  # at once: quicker when there are thousands
            top.setExpanded(expanded.get(key, True))
        self.loaded.emit()
        if self._again:
            self.reload()

    def _what(self, it: TodayItem) -> str:
        if it.what == "terugkoppeling":
            return self.tr("Terugkoppeling: %1").replace(
                "%1", codes.TERUGKOPPELING_MOMENT.label(it.note)
            )
        if it.what in codes.ACTIE:
            text = codes.ACTIE.label(it.what)
        elif it.what in codes.CONTACT_SOORT:
            text = codes.CONTACT_SOORT.label(it.what)
        elif it.what == "kennismaking":
            text = self.tr("Kennismaking")
        else:
            text = it.what
        return f"{text}: {it.note}" if it.note else text

    def _term(self, key: str, it: TodayItem) -> str:
        if key == "paused":
            return self.tr("sinds %n dagen", "", -it.days_left) if it.days_left is not None else ""
        if key == "first_contact" and it.workdays_left is not None:
            n = it.workdays_left
            if n < 0:
                return self.tr("%n werkdagen te laat", "", -n)
            if n == 0:
                return self.tr("vandaag")
            return self.tr("nog %n werkdagen", "", n)
        if it.days_left is None:
            return ""
        n = it.days_left
        if n < 0:
            return self.tr("%n dagen te laat", "", -n)
        if n == 0:
            return self.tr("vandaag")
        return self.tr("over %n dagen", "", n)

    def _activated(self, item: QTreeWidgetItem, _col: int = 0) -> None:
        tid = item.data(0, ID_ROLE)
        if isinstance(tid, int):
            self.openTrajectory.emit(tid)
        else:
            item.setExpanded(not item.isExpanded())
