"""The installed package works as a coach's machine gets it: a wheel built from this tree,
installed non-editable into a fresh virtual environment (no access to the source folders), runs
`wor-desk --self-test` and writes a letter.

Slow (a wheel build and a full install); CI runs it (./test.sh runs every test). Dependencies
come in the versions of constraints.txt, from pip's cache after the first run."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[2]
PASS = "wiel wachtwoord voor de test"
MAKE_PROFILE = """
import os
from datetime import date, timedelta
from wor_desk.desk import Desk
import wor_desk, wor_desk_ui, wor_desk_resources
assert "site-packages" in wor_desk.__file__, wor_desk.__file__
assert "site-packages" in wor_desk_ui.__file__, wor_desk_ui.__file__
d0 = date.today() - timedelta(days=10)
with Desk.create("wiel", os.environ["WOR_DESK_PASSPHRASE"]) as desk:
    desk.update_settings(organisatie_naam="Welzijn Wiel", coach_naam="Coach Wiel")
    tid, _ = desk.register_referral(
        client={"client_nr": "W1", "voornaam": "Wim", "achternaam": "Wielema"},
        verwijsdatum=d0, verwijzer_type="huisarts", verwijzer_naam="Dr. Spaak",
        verwijzer_praktijk="De Velg", toestemming_terugkoppeling=True,
    )
    desk.update_trajectory(tid, kennismaking=d0 + timedelta(days=3))
print("ok")
"""

pytestmark = pytest.mark.slow


def run(cmd: list[str], cwd: Path, env: dict[str, str], timeout: int = 900):
    r = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    assert r.returncode == 0, f"{' '.join(map(str, cmd))}\n{r.stdout}\n{r.stderr}"
    return r


def test_wheel_installed_in_a_fresh_venv_passes_its_self_test_and_writes_a_letter(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    for name in ("pyproject.toml", "README.md", "constraints.txt"):
        shutil.copy(ROOT / name, src / name)
    for name in ("wor_desk", "ui", "resources"):
        shutil.copytree(ROOT / name, src / name, ignore=ignore)
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("WOR_DESK", "PYTHON", "VIRTUAL_ENV"))
    }
    env.update(
        QT_QPA_PLATFORM="offscreen", WOR_DESK_HOME=str(tmp_path / "home"), WOR_DESK_LANG="nl"
    )

    run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "-q",
            "--no-deps",
            "-w",
            str(tmp_path / "dist"),
            "./src",
        ],
        tmp_path,
        env,
    )
    wheel = next((tmp_path / "dist").glob("wor_desk-*.whl"))

    target = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True, system_site_packages=False).create(target)
    py = target / ("Scripts" if os.name == "nt" else "bin") / "python"
    run(
        [str(py), "-m", "pip", "install", "-q", "-c", str(src / "constraints.txt"), str(wheel)],
        tmp_path,
        env,
    )
    shutil.rmtree(src)  # nothing may come from the source folders

    wor_desk = py.with_name("wor-desk")
    r = run([str(wor_desk), "--self-test"], tmp_path, env, timeout=300)
    lines = [line for line in r.stdout.splitlines() if line.startswith(("OK", "FOUT"))]
    assert len(lines) == 9 and all(line.startswith("OK") for line in lines), r.stdout

    env["WOR_DESK_PASSPHRASE"] = PASS
    assert run([str(py), "-c", MAKE_PROFILE], tmp_path, env).stdout.strip() == "ok"
    pdf = tmp_path / "brief.pdf"
    run(
        [
            str(wor_desk),
            "--profile",
            "wiel",
            "letter",
            "--client",
            "W1",
            "--moment",
            "intake",
            "-o",
            str(pdf),
        ],
        tmp_path,
        env,
    )
    text = PdfReader(io.BytesIO(pdf.read_bytes())).pages[0].extract_text()
    assert "Wim Wielema" in text and "Dr. Spaak" in text and "Welzijn Wiel" in text
    r = run(
        [
            str(wor_desk),
            "--lang",
            "en",
            "--profile",
            "wiel",
            "letter",
            "--client",
            "W1",
            "--moment",
            "intake",
            "--language",
            "en",
            "-o",
            str(tmp_path / "letter.pdf"),
        ],
        tmp_path,
        env,
    )
    assert (
        "Wim Wielema"
        in PdfReader(io.BytesIO((tmp_path / "letter.pdf").read_bytes())).pages[0].extract_text()
    )
