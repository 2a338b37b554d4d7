"""The command line starts light: the parser imports no engine, the core runs without Qt, and the
run-time files are found through importlib.resources (a missing one is named)."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from wor_desk import resources
from wor_desk.errors import ResourceMissing

ROOT = Path(__file__).resolve().parents[2]
HEAVY = (
    "sqlalchemy",
    "sqlmodel",
    "alembic",
    "fastapi",
    "httpx",
    "reportlab",
    "openpyxl",
    "holidays",
    "sqlcipher3",
    "pydantic",
    "uvicorn",
    "PySide6",
    "pypdf",
)
BLOCK_QT = (
    "import sys, importlib.abc\n"
    "class Block(importlib.abc.MetaPathFinder):\n"
    "    def find_spec(self, name, path, target=None):\n"
    "        if name.split('.')[0] in ('PySide6', 'shiboken6', 'wor_desk_ui'):\n"
    "            raise ImportError('Qt is blocked: ' + name)\n"
    "sys.meta_path.insert(0, Block())\n"
)


def python(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)


def test_building_the_parser_and_help_import_no_engine_and_no_qt():
    r = python(
        "import sys, contextlib, io\n"
        "from wor_desk_ui import launcher\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    try: launcher.main(['--help'])\n"
        "    except SystemExit: pass\n"
        "    for c in ('status', 'counts', 'kaart', 'letter', 'sync', 'collector', 'import'):\n"
        "        try: launcher.main([c, '--help'])\n"
        "        except SystemExit: pass\n"
        f"print(sorted(m for m in {HEAVY!r} if m in sys.modules))\n"
    )
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "[]", f"imported by the parser: {r.stdout}"


def test_the_parser_constants_equal_the_engine_ones():
    from wor_desk import counts
    from wor_desk.cli import collector_cmd, counts_cmd
    from wor_desk.sync import disclosure

    assert counts_cmd.FORMATS == counts.FORMATS
    assert collector_cmd.DEFAULT_K == disclosure.DEFAULT_K


def test_without_qt_the_commands_work_and_no_command_says_what_to_do(tmp_path):
    r = python(BLOCK_QT + "from wor_desk import cli\nassert cli.main(['--version']) == 0\n")
    assert "WoR Desk" in r.stdout, r.stderr
    r = python(BLOCK_QT + "from wor_desk import cli\nraise SystemExit(cli.main([]))\n")
    assert r.returncode == 1
    assert "desk-app is niet geïnstalleerd" in r.stderr and "Traceback" not in r.stderr


def test_every_package_folder_is_in_the_distribution():
    """Helpers add packages; a folder with Python files missing from pyproject's list would be
    left out of the wheel and the installed app would break."""
    cfg = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    listed = set(cfg["packages"])
    mapping = cfg["package-dir"]
    found = set()
    for top, name in (
        ("wor_desk", "wor_desk"),
        ("ui", "wor_desk_ui"),
        ("resources", "wor_desk_resources"),
    ):
        assert mapping.get(name, name) == top
        for module in (ROOT / top).rglob("*.py"):  # a folder with Python files is a package
            rel = module.parent.relative_to(ROOT / top)
            if "__pycache__" in rel.parts:
                continue
            found.add(".".join((name, *rel.parts)))
    assert found - listed == set(), "add these to [tool.setuptools] packages in pyproject.toml"
    assert listed - found == set(), "listed but not a package folder"


def test_every_shipped_file_is_package_data():
    cfg = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    patterns = cfg["package-data"]["wor_desk_resources"]
    for f in (ROOT / "resources").rglob("*"):
        if f.is_file() and f.suffix not in (".py", ".pyc", ".ts"):
            rel = f.relative_to(ROOT / "resources")
            assert any(rel.match(p) for p in patterns), f"resources/{rel} is not in package-data"


def test_the_run_time_files_are_found_through_importlib_resources():
    for parts in (
        ("letters", "nl.toml"),
        ("letters", "en.toml"),
        ("fonts", "DejaVuSans.ttf"),
        ("fonts", "LICENSE-DejaVu.txt"),
        ("translations", "wor_desk_en.qm"),
        ("translations", "wor_desk_nl.qm"),
        ("icons", "wor-desk.png"),
    ):
        assert resources.path(*parts).is_file()
    assert (resources.package_folder("wor_desk.store", "migrations") / "env.py").is_file()


def test_a_missing_run_time_file_is_an_error_that_names_it():
    with pytest.raises(ResourceMissing) as err:
        resources.path("letters", "xx.toml")
    assert "xx.toml" in str(err.value) and "Installeer WoR Desk opnieuw" in str(err.value)
    assert "Reinstall WoR Desk" in err.value.message("en")
