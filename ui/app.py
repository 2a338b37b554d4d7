"""`wor-desk` without arguments: the desk app. Creates the QApplication, loads the interface
language (Dutch by default), shows the unlock screen and, once unlocked, the main window."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication
from wor_desk_ui import errors, i18n, prefs, style
from wor_desk_ui.hub import Hub
from wor_desk_ui.views.unlock import UnlockView

from wor_desk.resources import path as resource_path

if TYPE_CHECKING:  # imported after the unlock screen shows: see UnlockView.warm_up
    from wor_desk_ui.main_window import MainWindow
    from wor_desk_ui.views.setup import SetupDialog

    from wor_desk.desk import Desk


class DeskApp(QObject):
    """The app's life cycle: unlock screen -> main window (-> rebuilt on a language switch)."""

    def __init__(self, profile: str | None = None, today: Callable[[], date] = date.today) -> None:
        super().__init__()
        self.profile = profile or prefs.get("profiel")
        self.today = today
        self.unlock_view: UnlockView | None = None
        self.window: MainWindow | None = None
        self.desk: Desk | None = None
        self.hub = Hub()
        self.setup_dialog: SetupDialog | None = None

    def start(self) -> UnlockView:
        self.unlock_view = UnlockView(self.profile, self.today)
        self.unlock_view.unlocked.connect(self._unlocked)
        self.unlock_view.resize(560, 420)
        self.unlock_view.show()
        self.unlock_view.warm_up()
        return self.unlock_view

    def _unlocked(self, desk: Desk, created: bool) -> None:
        self.desk = desk
        prefs.put("profiel", desk.profile)
        lang = str(desk.setting("taal") or "nl")
        if lang != i18n.language():
            i18n.set_language(lang)
            prefs.put("taal", lang)
        self.window = self._build()
        self.window.show()
        if self.unlock_view is not None:
            self.unlock_view.close()
            self.unlock_view.deleteLater()
            self.unlock_view = None
        self._upkeep(desk)
        if created and not desk.setting("is_demo"):
            from wor_desk_ui.views.setup import SetupDialog

            self.setup_dialog = SetupDialog(desk, self.window)
            self.setup_dialog.accepted.connect(lambda: self.hub.notify(self.setup_dialog.changes))
            self.setup_dialog.open()

    def _upkeep(self, desk: Desk) -> None:
        """The day's automatic backup and the retention check, once per unlock."""
        from wor_desk_ui.views.upkeep import check_retention, run_daily_backup

        assert self.window is not None
        check_retention(self.window, desk, self.hub)
        run_daily_backup(self.window, desk, self.hub)

    def _build(self) -> MainWindow:
        from wor_desk_ui.main_window import MainWindow

        assert self.desk is not None
        w = MainWindow(self.desk, self.hub)
        settings = w.views.get("instellingen")
        if settings is not None and hasattr(settings, "languageChanged"):
            settings.languageChanged.connect(self.switch_language)
        return w

    def switch_language(self, lang: str) -> None:
        """Rebuild the main window in the other language (asks about unsaved edits first)."""
        old = self.window
        if old is None:
            return
        for v in old.views.values():
            ask = getattr(v, "ask_to_leave", None)
            if ask is not None and not ask():
                return
        i18n.set_language(lang)
        prefs.put("taal", lang)
        current = next((k for k, v in old.views.items() if v is old.current_view()), None)
        geometry = old.saveGeometry()
        old.idle.remove()
        old.hide()
        old.deleteLater()
        self.window = self._build()
        self.window.restoreGeometry(geometry)
        if current:
            self.window.show_view(current)
        self.window.show()

    def quit(self) -> None:
        if self.desk is not None:
            self.desk.close()
            self.desk = None


def main(profile: str | None = None) -> int:
    """Start the desk app (the `wor-desk` command without arguments)."""
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("WoR Desk")
    app.setOrganizationName("WoR Desk")
    app.setWindowIcon(QIcon(str(resource_path("icons", "wor-desk.png"))))
    style.apply(app)
    errors.install_excepthook()
    i18n.set_language(prefs.get("taal") or "nl")
    desk_app = DeskApp(profile)
    desk_app.start()
    app.aboutToQuit.connect(desk_app.quit)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
