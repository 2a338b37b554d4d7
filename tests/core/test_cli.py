"""The command line as a script or a coach uses it: real processes, real stores, exit codes, no tracebacks."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

PASS = "correct paard batterij niet"


def run(home, *args, passphrase=PASS, env=None, input=None):
    e = {k: v for k, v in os.environ.items() if not k.startswith("WOR_DESK")}
    e.update({"WOR_DESK_HOME": str(home), "WOR_DESK_LANG": "nl", **(env or {})})
    if passphrase is not None:
        e["WOR_DESK_PASSPHRASE"] = passphrase
    return subprocess.run(
        [sys.executable, "-m", "wor_desk", *args],
        capture_output=True,
        text=True,
        env=e,
        input=input,
        timeout=120,
    )


def test_init_status_and_wrong_passphrase(tmp_path):
    r = run(tmp_path, "init")
    assert r.returncode == 0, r.stderr
    assert "aangemaakt" in r.stdout
    r = run(tmp_path, "status")
    assert r.returncode == 0
    assert "Schemaversie" in r.stdout and "Trajecten:" in r.stdout
    r = run(tmp_path, "status", passphrase="fout fout fout")
    assert r.returncode == 3
    assert r.stderr.strip().count("\n") == 0, "one clear line"
    assert "wachtwoord klopt niet" in r.stderr
    assert "Traceback" not in r.stderr


def test_status_in_english(tmp_path):
    run(tmp_path, "init")
    r = run(tmp_path, "--lang", "en", "status", passphrase="fout fout fout")
    assert "passphrase is wrong" in r.stderr


def test_commands_on_a_missing_profile_say_how_to_create_it(tmp_path):
    r = run(tmp_path, "status")
    assert r.returncode != 0
    assert "wor-desk init" in r.stderr and "Traceback" not in r.stderr


def test_no_passphrase_and_no_terminal_gives_a_clear_message(tmp_path):
    run(tmp_path, "init")
    r = run(tmp_path, "status", passphrase=None, input="")
    assert r.returncode != 0
    assert "WOR_DESK_PASSPHRASE" in r.stderr and "Traceback" not in r.stderr


def test_demo_backup_restore_and_rekey_through_the_cli(tmp_path):
    assert run(tmp_path, "--profile", "demo", "demo", "--clients", "30").returncode == 0
    r = run(tmp_path, "--profile", "demo", "status")
    assert "Cliënten:       30" in r.stdout
    backup = tmp_path / "b.wordesk"
    r = run(tmp_path, "--profile", "demo", "backup", str(backup))
    assert r.returncode == 0 and "gecontroleerd" in r.stdout
    r = run(
        tmp_path,
        "--profile",
        "demo",
        "passphrase",
        env={"WOR_DESK_NEW_PASSPHRASE": "nieuw wachtwoord 123"},
    )
    assert r.returncode == 0, r.stderr
    assert run(tmp_path, "--profile", "demo", "status").returncode == 3
    assert (
        run(tmp_path, "--profile", "demo", "status", passphrase="nieuw wachtwoord 123").returncode
        == 0
    )
    # the backup still has the old passphrase; restoring keeps the current store aside
    r = run(tmp_path, "--profile", "demo", "restore", str(backup))
    assert r.returncode == 0, r.stderr
    assert "apart" in r.stdout
    assert run(tmp_path, "--profile", "demo", "status").returncode == 0


def test_demo_refuses_a_profile_with_real_clients(tmp_path):
    run(tmp_path, "init")
    csv = tmp_path / "blad.csv"
    csv.write_text(
        "client_nr,achternaam,verwijsdatum,verwijzer_type\n1,Jansen,2026-03-02,huisarts\n",
        encoding="utf-8",
    )
    assert run(tmp_path, "import", str(csv)).returncode == 0
    r = run(tmp_path, "demo", "--clients", "5")
    assert r.returncode == 2 and "echte cliënten" in r.stderr


@pytest.mark.parametrize(
    "command", ["init", "status", "import", "passphrase", "backup", "restore", "demo"]
)
def test_every_command_has_help_in_plain_words(tmp_path, command):
    r = run(tmp_path, command, "--help")
    assert r.returncode == 0
    assert "gebruik: wor-desk" in r.stdout
    description = r.stdout.split("\n\n")[1]
    assert len(description) > 40, "a sentence that explains the command"


def test_the_core_imports_without_qt(tmp_path):
    code = (
        "import sys, importlib.abc\n"
        "class Block(importlib.abc.MetaPathFinder):\n"
        "    def find_spec(self, name, path, target=None):\n"
        "        if name.split('.')[0] in ('PySide6', 'shiboken6', 'wor_desk_ui'):\n"
        "            raise ImportError('Qt is blocked: ' + name)\n"
        "sys.meta_path.insert(0, Block())\n"
        "import pkgutil, importlib, wor_desk\n"
        "for m in pkgutil.walk_packages(wor_desk.__path__, 'wor_desk.'):\n"
        "    if '.migrations' in m.name or m.name.endswith('__main__'): continue\n"
        "    importlib.import_module(m.name)\n"
        "print('ok')\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "ok"
