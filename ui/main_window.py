"""The main window: composes the screens (it does not contain them), holds the menu and
shortcuts, the lock screen and the idle timer.

More screens are added with `VIEWS.append(ViewSpec(...))` before the window is built, or
`window.add_view(key, title, widget, shortcut)` afterwards; a screen is a widget made as
`factory(desk, hub, parent)`. A screen may offer an `openTrajectory(int)` signal (the window
then shows that trajectory) and `has_unsaved()` / `ask_to_leave()`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from wor_desk_ui.hub import Hub
from wor_desk_ui.idle import IdleWatcher
from wor_desk_ui.views.backup import start_backup
from wor_desk_ui.views.catalogue import CatalogueView
from wor_desk_ui.views.clients import ClientsView
from wor_desk_ui.views.dashboard import DashboardView
from wor_desk_ui.views.gaps import GapsView
from wor_desk_ui.views.import_sheet import ImportDialog
from wor_desk_ui.views.letters import LettersView
from wor_desk_ui.views.lock import LockView
from wor_desk_ui.views.referral import NewReferralDialog
from wor_desk_ui.views.settings import SettingsView
from wor_desk_ui.views.sync import SyncView
from wor_desk_ui.views.team import TeamTotalsView
from wor_desk_ui.views.today import TodayView
from wor_desk_ui.views.trajectory import TrajectoryView

from wor_desk.desk import Changes, Desk


@dataclass(frozen=True)
class ViewSpec:
    key: str
    title: Callable[[], str]  # called when the window is built, so it is translated then
    factory: Callable[[Desk, Hub, QWidget | None], QWidget]
    shortcut: str | None = None
    lazy: bool = False  # built when first shown: keeps unlock fast on a big profile


class LazyView(QWidget):
    """Stands in for a screen until it is first shown, then builds it (counts, letters due,
    the sync preview and the sociale kaart read a lot; a coach may not open them today)."""

    def __init__(self, build: Callable[[QWidget], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build = build
        self._inner: QWidget | None = None
        QVBoxLayout(self).setContentsMargins(0, 0, 0, 0)

    def inner(self) -> QWidget:
        if self._inner is None:
            self._inner = self._build(self)
            self.layout().addWidget(self._inner)
        return self._inner

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.inner()
        super().showEvent(event)


#: The screens in the order of the navigation list. Add a feature's screen with one line.
VIEWS: list[ViewSpec] = [
    ViewSpec(
        "vandaag", lambda: QCoreApplication.translate("MainWindow", "Vandaag"), TodayView, "Ctrl+1"
    ),
    ViewSpec(
        "clienten",
        lambda: QCoreApplication.translate("MainWindow", "Cliënten"),
        ClientsView,
        "Ctrl+2",
    ),
    ViewSpec(
        "traject",
        lambda: QCoreApplication.translate("MainWindow", "Traject"),
        TrajectoryView,
        "Ctrl+3",
    ),
    ViewSpec(
        "kaart",
        lambda: QCoreApplication.translate("MainWindow", "Sociale kaart"),
        CatalogueView,
        "Ctrl+4",
        lazy=True,
    ),
    ViewSpec(
        "brieven",
        lambda: QCoreApplication.translate("MainWindow", "Brieven"),
        LettersView,
        "Ctrl+5",
        lazy=True,
    ),
    ViewSpec(
        "tellingen",
        lambda: QCoreApplication.translate("MainWindow", "Tellingen"),
        DashboardView,
        "Ctrl+6",
        lazy=True,
    ),
    ViewSpec(
        "hiaten",
        lambda: QCoreApplication.translate("MainWindow", "Wat ontbreekt"),
        GapsView,
        None,
        lazy=True,
    ),
    ViewSpec(
        "sync",
        lambda: QCoreApplication.translate("MainWindow", "Synchronisatie"),
        SyncView,
        "Ctrl+7",
        lazy=True,
    ),
    ViewSpec(
        "team",
        lambda: QCoreApplication.translate("MainWindow", "Teamtotalen"),
        TeamTotalsView,
        "Ctrl+8",
        lazy=True,
    ),
    ViewSpec(
        "instellingen",
        lambda: QCoreApplication.translate("MainWindow", "Instellingen"),
        SettingsView,
        "Ctrl+,",
    ),
]


class MainWindow(QMainWindow):
    def __init__(
        self,
        desk: Desk,
        hub: Hub,
        views: list[ViewSpec] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk, self.hub = desk, hub
        self.views: dict[str, QWidget] = {}
        self.locked = False
        self._hidden: list[QWidget] = []
        self.referral_dialog: NewReferralDialog | None = None
        self.setWindowTitle(self._title())

        self.nav = QListWidget(self)
        self.nav.setAccessibleName(self.tr("Schermen"))
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget(self)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        content = QWidget(self)
        row = QHBoxLayout(content)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.lock_view = LockView(desk.profile, self)
        self.lock_view.unlocked.connect(self.unlock)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(content)
        self.pages.addWidget(self.lock_view)
        self.setCentralWidget(self.pages)

        self._menus()
        for spec in views if views is not None else VIEWS:
            if spec.lazy:
                widget: QWidget = LazyView(
                    lambda parent, f=spec.factory: f(desk, hub, parent), self
                )
            else:
                widget = spec.factory(desk, hub, self)
            self.add_view(spec.key, spec.title(), widget, spec.shortcut)
        self.nav.setCurrentRow(0)
        self._fit_nav()

        self.idle = IdleWatcher(float(desk.setting("auto_lock_minuten") or 5), self)
        self.idle.idle.connect(self.lock)
        self.idle.start()
        hub.changed.connect(self._changed)
        self.statusBar().showMessage(
            self.tr(
                "Ctrl+N nieuwe verwijzing · Ctrl+F zoeken · Ctrl+L vergrendelen · F1 sneltoetsen"
            )
        )
        self.resize(1280, 800)

    def _fit_nav(self) -> None:
        """The navigation list is exactly as wide as its longest name: never cut off ("Sociale
        kaa"), never wider than needed (the screens need the room at 1024 px)."""
        self.nav.setFixedWidth(self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth() + 8)

    def _title(self) -> str:
        return self.tr("WoR Desk – %1").replace("%1", self.desk.profile)

    # -- composing ------------------------------------------------------------------------------
    def add_view(
        self, key: str, title: str, widget: QWidget, shortcut: str | None = None
    ) -> QWidget:
        """Add a screen to the navigation (and the Beeld menu, with its shortcut)."""
        self.views[key] = widget
        self.stack.addWidget(widget)
        item = QListWidgetItem(title, self.nav)
        item.setData(Qt.ItemDataRole.UserRole, key)
        if shortcut:
            item.setToolTip(QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText))
        act = QAction(title, self)
        if shortcut:
            act.setShortcut(QKeySequence(shortcut))
        act.triggered.connect(lambda _=False, k=key: self.show_view(k))
        self.view_menu.addAction(act)
        self._actions.append(act)
        signal = getattr(widget, "openTrajectory", None)
        if signal is not None:
            signal.connect(self.open_trajectory)
        return widget

    def show_view(self, key: str) -> QWidget:
        """Bring a screen to the front and return it (the real screen, also for a lazy one)."""
        w = self.views[key]
        self.nav.setCurrentRow(self.stack.indexOf(w))
        w.setFocus()
        return w.inner() if isinstance(w, LazyView) else w

    def current_view(self) -> QWidget:
        return self.stack.currentWidget()

    def _menus(self) -> None:
        self._actions: list[QAction] = []

        def act(
            menu, text: str, slot, shortcut: str | QKeySequence.StandardKey | None = None
        ) -> QAction:
            a = QAction(text, self)
            if shortcut is not None:
                a.setShortcut(QKeySequence(shortcut))
            a.triggered.connect(lambda _=False: slot())
            menu.addAction(a)
            self._actions.append(a)
            return a

        m = self.menuBar().addMenu(self.tr("&Bestand"))
        self.new_action = act(m, self.tr("&Nieuwe verwijzing…"), self.new_referral, "Ctrl+N")
        act(m, self.tr("&Opslaan"), self.save_current, "Ctrl+S")
        m.addSeparator()
        act(m, self.tr("Registratieblad &importeren…"), self.import_sheet, "Ctrl+I")
        act(m, self.tr("&Back-up maken…"), lambda: start_backup(self, self.desk), "Ctrl+B")
        m.addSeparator()
        act(m, self.tr("&Vergrendelen"), self.lock, "Ctrl+L")
        act(m, self.tr("&Afsluiten"), self.close, "Ctrl+Q")
        self.view_menu = self.menuBar().addMenu(self.tr("Bee&ld"))
        act(self.view_menu, self.tr("&Zoeken in cliënten"), self.search, "Ctrl+F")
        self.view_menu.addSeparator()
        h = self.menuBar().addMenu(self.tr("&Help"))
        act(h, self.tr("&Sneltoetsen"), self.show_shortcuts, "F1")
        act(h, self.tr("&Over WoR Desk"), self.show_about)

    # -- actions ----------------------------------------------------------------------------------
    def new_referral(self) -> NewReferralDialog:
        if self.referral_dialog is not None and self.referral_dialog.isVisible():
            self.referral_dialog.activateWindow()
            return self.referral_dialog
        dlg = NewReferralDialog(self.desk, self.hub, self)
        dlg.registered.connect(self.open_trajectory)
        dlg.finished.connect(lambda _r: setattr(self, "referral_dialog", None))
        self.referral_dialog = dlg
        dlg.open()
        return dlg

    def open_trajectory(self, trajectory_id: int) -> None:
        view = self.views.get("traject")
        if not isinstance(view, TrajectoryView):
            return
        if view.trajectory_id != trajectory_id and not view.ask_to_leave():
            return
        if view.trajectory_id != trajectory_id or not view.has_unsaved():
            view.load(trajectory_id)
        self.show_view("traject")
        view.focus_first_field()  # typing lands in the field the current step needs

    def save_current(self) -> None:
        w = self.current_view()
        if hasattr(w, "save"):
            w.save()

    def search(self) -> None:
        view = self.show_view("clienten")
        search = getattr(view, "search", None)
        if search is not None:
            search.setFocus()
            search.selectAll()

    def import_sheet(self) -> ImportDialog:
        dlg = ImportDialog(self.desk, self.hub, self)
        dlg.open()
        return dlg

    def show_shortcuts(self) -> None:
        lines = [
            f"{a.shortcut().toString(QKeySequence.SequenceFormat.NativeText)}\t{a.text().replace('&', '')}"
            for a in self._actions
            if not a.shortcut().isEmpty()
        ]
        QMessageBox.information(self, self.tr("Sneltoetsen"), "\n".join(lines))

    def show_about(self) -> None:
        from wor_desk import __version__

        QMessageBox.about(
            self,
            self.tr("Over WoR Desk"),
            self.tr(
                "WoR Desk %1: de werkplek van de welzijnscoach voor Welzijn op Recept. "
                "Alle gegevens staan versleuteld op deze computer."
            ).replace("%1", __version__),
        )

    def _changed(self, changes: Changes) -> None:
        if "settings" in changes.kinds:
            self.idle.set_minutes(float(self.desk.setting("auto_lock_minuten") or 5))

    # -- locking ----------------------------------------------------------------------------------
    def lock(self) -> None:
        """Hide every screen and dialog with client data; ask the passphrase again. Forms keep
        what was typed."""
        if self.locked:
            return
        self.locked = True
        self.idle.stop()
        self._hidden = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QDialog) and w.isVisible() and w.parent() is self
        ]
        for w in self._hidden:
            w.hide()
        for a in self._actions:
            a.setEnabled(False)
        self.menuBar().setEnabled(False)
        self.pages.setCurrentWidget(self.lock_view)
        self.setWindowTitle("WoR Desk")
        self.activateWindow()
        self.lock_view.passphrase.edit.setFocus()

    def unlock(self) -> None:
        self.locked = False
        self.pages.setCurrentIndex(0)
        self.menuBar().setEnabled(True)
        for a in self._actions:
            a.setEnabled(True)
        self.setWindowTitle(self._title())
        for w in self._hidden:
            w.show()
        self._hidden = []
        self.idle.start()

    # -- closing ----------------------------------------------------------------------------------
    def has_unsaved(self) -> bool:
        views = [*self.views.values(), self.referral_dialog]
        return any(v is not None and getattr(v, "has_unsaved", lambda: False)() for v in views)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt name
        if self.locked and self.has_unsaved():
            self.unlock_required_message()
            event.ignore()
            return
        for v in self.views.values() if not self.locked else ():
            ask = getattr(v, "ask_to_leave", None)
            if ask is not None and not ask():
                event.ignore()
                return
        self.idle.remove()
        event.accept()

    def unlock_required_message(self) -> None:
        self.lock_view.error.setText(
            self.tr(
                "Er zijn wijzigingen die nog niet zijn opgeslagen. Ontgrendel eerst; dan kunt u ze opslaan en afsluiten."
            )
        )
