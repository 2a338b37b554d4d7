"""The `wor-desk` entry point: the command line of the core, and the desk app when it is called
without a command.

This small module is the only place that joins the two: the core (`wor_desk`, importable
without Qt) gets from here how to start the app and the app's part of `--self-test`. The app
itself (PySide6 and every screen) is imported only when it starts, so `wor-desk --help` and
the other commands stay quick (bench/bench_start.py).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from typing import TYPE_CHECKING

from wor_desk import cli
from wor_desk.i18n import tr

if TYPE_CHECKING:
    from wor_desk.cli.selftest import Check
    from wor_desk.desk import Desk

#: A Dutch source string of the interface and its context: the English translation must differ.
TRANSLATION_PROBE = ("UnlockView", "Sterk wachtwoord.")


def main(argv: list[str] | None = None) -> int:
    """`wor-desk [options] [command ...]`."""
    return cli.main(argv, start_app=start_app, app_checks=app_checks)


def start_app(args: argparse.Namespace) -> int:
    from wor_desk_ui import app  # PySide6 and the screens: only when the app starts

    return int(app.main(profile=args.profile) or 0)


def _qt_app():
    """The QApplication of the self-test; offscreen when there is no display (Linux)."""
    if (
        sys.platform.startswith("linux")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "wor-desk"])


def _translations() -> None:
    from PySide6.QtCore import QCoreApplication
    from wor_desk_ui import i18n

    from wor_desk.cli.selftest import ensure

    _qt_app()
    before = i18n.language()
    try:
        i18n.set_language("en")
        english = QCoreApplication.translate(*TRANSLATION_PROBE)
        ensure(english != TRANSLATION_PROBE[1], tr("selftest_translation"))
        i18n.set_language("nl")
        ensure(QCoreApplication.translate(*TRANSLATION_PROBE) == TRANSLATION_PROBE[1], "nl")
    finally:
        i18n.set_language(before)


def _main_window(desk: Desk) -> None:
    from PySide6.QtCore import QCoreApplication
    from wor_desk_ui.hub import Hub
    from wor_desk_ui.main_window import MainWindow

    from wor_desk.cli.selftest import ensure

    _qt_app()
    w = MainWindow(desk, Hub())
    try:
        w.show()
        deadline = time.monotonic() + 30
        views = [w.views.get("vandaag"), w.views.get("clienten")]
        while time.monotonic() < deadline and any(
            v is not None and getattr(v, "is_loading", lambda: False)() for v in views
        ):
            QCoreApplication.processEvents()
            time.sleep(0.01)
        QCoreApplication.processEvents()
        ensure(
            w.isVisible()
            and not any(v is not None and getattr(v, "is_loading", lambda: False)() for v in views),
            tr("selftest_window"),
        )
    finally:
        w.idle.remove()
        w.close()
        w.deleteLater()
        QCoreApplication.processEvents()


def app_checks(desk: Desk) -> list[Check]:
    """The desk app's part of `wor-desk --self-test`."""
    from wor_desk.cli.selftest import Check  # the self-test's module: only when it runs

    return [
        Check(
            "vertalingen van het scherm (Nederlands en Engels)",
            "screen translations (Dutch and English)",
            _translations,
        ),
        Check("hoofdvenster openen", "open the main window", lambda: _main_window(desk)),
    ]
