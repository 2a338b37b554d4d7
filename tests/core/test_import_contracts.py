"""The import contracts of pyproject.toml (checked by import-linter in ./test.sh) cover the
whole core and catch a real violation."""

from __future__ import annotations

import pkgutil
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import wor_desk

# ./test.sh (and CI) install it with the test extras; a light venv without it skips these
pytest.importorskip("importlinter", reason="import-linter is not installed: pip install -e .[test]")

ROOT = Path(__file__).resolve().parents[2]
#: What ui/ may import from the core (the boundary of PROTOCOL/DESIGN).
UI_MAY_IMPORT = {
    "desk",
    "values",
    "codes",
    "errors",
    "dates",
    "i18n",
    "profiles",
    "resources",
    "logs",
}


def _contracts() -> dict[str, dict]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return {c["name"]: c for c in config["tool"]["importlinter"]["contracts"]}


def test_every_core_module_is_either_open_to_the_ui_or_forbidden_to_it():
    ui_contract = next(c for n, c in _contracts().items() if n.startswith("The Qt client"))
    forbidden = {m.removeprefix("wor_desk.") for m in ui_contract["forbidden_modules"]}
    modules = {m.name for m in pkgutil.iter_modules(wor_desk.__path__)}
    assert forbidden | UI_MAY_IMPORT == modules, "a new core module: add it to the UI contract"
    assert not forbidden & UI_MAY_IMPORT


def _lint_imports(cwd: Path) -> subprocess.CompletedProcess[str]:
    exe = Path(sys.executable).with_name("lint-imports")
    return subprocess.run(
        [str(exe), "--config", str(cwd / "pyproject.toml"), "--no-cache"],
        cwd=cwd,
        env={"PYTHONPATH": str(cwd), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_a_deliberate_violation_of_each_contract_fails_the_check(tmp_path):
    """A copy of the tree with one bad import per contract: lint-imports must fail on each."""
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(ROOT / "wor_desk", tmp_path / "wor_desk", ignore=ignore)
    shutil.copytree(ROOT / "ui", tmp_path / "wor_desk_ui", ignore=ignore)
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")

    def append(rel: str, line: str) -> None:
        path = tmp_path / rel
        path.write_text(path.read_text(encoding="utf-8") + "\n" + line + "\n", encoding="utf-8")

    append("wor_desk/codes.py", "import PySide6.QtCore  # noqa")  # core -> Qt
    append("wor_desk_ui/hub.py", "from wor_desk.domain import process  # noqa")  # ui round Desk
    append("wor_desk/health.py", "from wor_desk.desk import Desk  # noqa")  # feature -> Desk
    append("wor_desk/store/paths.py", "import wor_desk.dates  # noqa")  # harmless: no contract
    append("wor_desk/dates.py", "import wor_desk.store.paths  # noqa")  # a cycle dates <-> store

    result = _lint_imports(tmp_path)
    out = result.stdout + result.stderr
    assert result.returncode != 0, out
    assert "Contracts: 0 kept, 4 broken." in out, out
    assert "wor_desk.codes -> PySide6" in out
    assert "wor_desk_ui.hub -> wor_desk.domain.process" in out
    assert "wor_desk.health -> wor_desk.desk" in out
    assert "No cycles are allowed in wor_desk." in out


def test_the_tree_as_it_is_keeps_every_contract(tmp_path):
    result = _lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
