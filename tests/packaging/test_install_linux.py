"""packaging/install-linux.sh writes a menu entry that starts the bundle from any folder name.

A stand-in bundle (the .desktop file and icon as build-linux.sh puts them, and a `wor-desk` that
only leaves a mark) is installed into a throw-away HOME; the entry must pass
`desktop-file-validate` and `gio launch` (GLib's reading of the entry, as GNOME's menu does it)
must start it. Each check is skipped where its tool is missing.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FOLDER_NAMES = ["wor-desk", "Mijn programma's", "a&b|c", 'x$y"z`w', "back\\slash", "100%"]

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux installer")


def _stand_in_bundle(folder: Path) -> None:
    (folder / "share" / "applications").mkdir(parents=True)
    (folder / "share" / "icons" / "hicolor" / "256x256" / "apps").mkdir(parents=True)
    shutil.copy(ROOT / "packaging" / "install-linux.sh", folder)
    shutil.copy(ROOT / "packaging" / "wor-desk.desktop", folder / "share" / "applications")
    shutil.copy(
        ROOT / "resources" / "icons" / "wor-desk.png",
        folder / "share" / "icons" / "hicolor" / "256x256" / "apps",
    )
    exe = folder / "wor-desk"
    exe.write_text(
        '#!/bin/sh\ntouch "$(dirname "$(readlink -f "$0")")/started"\n', encoding="utf-8"
    )
    exe.chmod(0o755)


@pytest.mark.parametrize("name", FOLDER_NAMES)
def test_the_menu_entry_starts_the_bundle(tmp_path: Path, name: str) -> None:
    folder = tmp_path / "apps" / name
    home = tmp_path / "home"
    home.mkdir()
    _stand_in_bundle(folder)
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin"}
    subprocess.run(
        ["bash", "./install-linux.sh"], cwd=folder, env=env, check=True, capture_output=True
    )

    entry = home / ".local" / "share" / "applications" / "wor-desk.desktop"
    assert (
        home / ".local" / "share" / "icons" / "hicolor" / "256x256" / "apps" / "wor-desk.png"
    ).is_file()
    assert (home / ".local" / "bin" / "wor-desk").resolve() == (folder / "wor-desk").resolve()
    text = entry.read_text(encoding="utf-8")
    assert "Icon=wor-desk\n" in text and "Exec=wor-desk" not in text

    validator, gio = shutil.which("desktop-file-validate"), shutil.which("gio")
    if not validator and not gio:
        pytest.skip("neither desktop-file-validate nor gio is installed")
    if validator:
        done = subprocess.run([validator, str(entry)], capture_output=True, text=True)
        assert done.returncode == 0, done.stdout + done.stderr
    if gio:
        launch_env = {**env, "XDG_DATA_HOME": str(home / ".local" / "share")}
        done = subprocess.run(
            [gio, "launch", str(entry)], env=launch_env, capture_output=True, text=True
        )
        assert done.returncode == 0, done.stderr
        mark = folder / "started"
        for _ in range(100):  # the launched process runs on its own
            if mark.exists():
                break
            time.sleep(0.05)
        assert mark.exists(), text


def test_the_script_is_executable_and_puts_no_folder_name_into_sed() -> None:
    script = ROOT / "packaging" / "install-linux.sh"
    assert "sed " not in script.read_text(encoding="utf-8")  # '&' or '|' in a name broke it
    assert os.access(script, os.X_OK)
