"""Render each main screen of a demo profile to PNG (offscreen), for the README and for a
look at what a coach sees.

    python scripts/screenshots.py OUT_DIR [--clients 300] [--dark] [--scale 1.5] [--lang en]
                                          [--size 1024x700]

Makes a throw-away demo profile in a temporary WOR_DESK_HOME; nothing of yours is touched."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PASSPHRASE = "demo wachtwoord voor plaatjes"


def _wait(app, cond, timeout: float = 60.0) -> None:
    end = time.monotonic() + timeout
    while not cond():
        app.processEvents()
        if time.monotonic() > end:
            raise TimeoutError("screen did not finish loading")
        time.sleep(0.01)
    for _ in range(5):
        app.processEvents()


def dark_palette():
    from PySide6.QtGui import QColor, QPalette

    p = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, "#2b2b2e"),
        (roles.WindowText, "#e8e8e8"),
        (roles.Base, "#1e1e20"),
        (roles.AlternateBase, "#28282b"),
        (roles.Text, "#e8e8e8"),
        (roles.Button, "#353538"),
        (roles.ButtonText, "#e8e8e8"),
        (roles.Highlight, "#3d6fb4"),
        (roles.HighlightedText, "#ffffff"),
        (roles.ToolTipBase, "#353538"),
        (roles.ToolTipText, "#e8e8e8"),
        (roles.PlaceholderText, "#9a9a9a"),
        (roles.Mid, "#77777b"),
        (roles.Link, "#8ab4f8"),
    ):
        p.setColor(role, QColor(colour))
    return p


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description="Schermafbeeldingen van de desk-app met een demoprofiel."
    )
    ap.add_argument("out", type=Path, help="map voor de PNG-bestanden")
    ap.add_argument(
        "--clients", type=int, default=300, help="aantal verzonnen cliënten (standaard 300)"
    )
    ap.add_argument("--dark", action="store_true", help="donkere modus")
    ap.add_argument("--scale", type=float, default=1.0, help="schaalfactor, bijv. 1.5")
    ap.add_argument("--lang", choices=("nl", "en"), default="nl", help="taal van de schermen")
    ap.add_argument(
        "--size", default="1366x820", help="venstergrootte BxH, bijv. 1024x700 (standaard 1366x820)"
    )
    args = ap.parse_args(argv)
    width, height = (int(x) for x in args.size.lower().split("x"))

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.scale != 1.0:
        os.environ["QT_SCALE_FACTOR"] = str(args.scale)
    os.environ["WOR_DESK_HOME"] = tempfile.mkdtemp(prefix="wor-desk-shots-")
    args.out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtWidgets import QApplication, QStyleFactory

    app = QApplication.instance() or QApplication(sys.argv[:1])
    if args.dark:
        app.setStyle(QStyleFactory.create("Fusion"))
        app.setPalette(dark_palette())
    from wor_desk_ui import i18n, style
    from wor_desk_ui.app import DeskApp
    from wor_desk_ui.views.unlock import UnlockView

    from wor_desk import demo
    from wor_desk.desk import Desk

    style.apply(app)
    i18n.set_language(args.lang)
    suffix = (
        ("-dark" if args.dark else "")
        + (f"-{args.scale:g}x" if args.scale != 1.0 else "")
        + ("-en" if args.lang == "en" else "")
        + (f"-{args.size}" if args.size != "1366x820" else "")
    )

    def shot(widget, name: str) -> None:
        _wait(app, lambda: True)
        path = args.out / f"{name}{suffix}.png"
        widget.grab().save(str(path))
        print(path)

    today = date.today()
    first = UnlockView(None, lambda: today)
    first.resize(600, 440)
    first.show()
    shot(first, "00-eerste-start")
    first.close()

    desk = Desk.create("demo", PASSPHRASE, today=lambda: today)
    desk.update_settings(
        is_demo=True,
        organisatie_naam="Welzijn Groningen Noord",
        coach_naam="Sanne de Boer",
        taal=args.lang,
    )
    demo.fill(desk, clients=args.clients, seed=11)
    desk.close()

    da = DeskApp("demo", today=lambda: today)
    unlock = da.start()
    unlock.resize(600, 440)
    shot(unlock, "01-ontgrendelen")
    unlock.passphrase.edit.setText(PASSPHRASE)
    unlock.unlock()
    _wait(app, lambda: da.window is not None)
    w = da.window
    w.resize(width, height)
    _wait(app, lambda: not w.views["vandaag"].is_loading() and not w.views["clienten"].is_loading())
    w.show_view("vandaag")
    shot(w, "02-vandaag")
    w.show_view("clienten")
    shot(w, "03-clienten")
    rows = da.desk.trajectory_rows()
    pick = next((r for r in rows if r.step == 5 and r.status == "lopend"), rows[0])
    w.open_trajectory(pick.id)
    shot(w, "04-traject")
    view = w.views["traject"]
    for i in range(view.tabs.count()):  # every tab of the trajectory
        view.tabs.setCurrentIndex(i)
        name = (
            "05b-traject-match"
            if view.tabs.widget(i) is view.matching
            else f"05-traject-tab{i + 1}"
        )
        shot(w, name)
    for key, name in (
        ("kaart", "09-sociale-kaart"),
        ("brieven", "10-brieven"),
        ("tellingen", "11-tellingen"),
        ("hiaten", "12-wat-ontbreekt"),
        ("sync", "13-synchronisatie"),
    ):
        w.show_view(key)
        for _ in range(200):  # let background loads land
            app.processEvents()
            time.sleep(0.01)
        shot(w, name)
    dlg = w.new_referral()
    _wait(app, dlg.isVisible)
    shot(dlg, "06-nieuwe-verwijzing")
    dlg.reject()
    w.show_view("instellingen")
    shot(w, "07-instellingen")
    w.lock()
    shot(w, "08-vergrendeld")
    w.unlock()
    w.idle.remove()
    w.close()
    da.quit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
