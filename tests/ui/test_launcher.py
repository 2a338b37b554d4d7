"""The `wor-desk` launcher: --self-test runs every check (the desk app's included) and says what
failed; the interface language never stays Dutch silently."""

from __future__ import annotations

import pytest
from wor_desk_ui import i18n, launcher

from wor_desk import i18n as core_i18n
from wor_desk.errors import ResourceMissing
from wor_desk.letters import template


def test_self_test_passes_with_one_line_per_check(capsys, qapp, monkeypatch, tmp_path):
    monkeypatch.setenv("WOR_DESK_HOME", str(tmp_path / "eigen"))
    assert launcher.main(["--self-test"]) == 0
    out = capsys.readouterr().out.splitlines()
    checks = [line for line in out if line.startswith(("OK", "FOUT"))]
    assert len(checks) == 9 and all(line.startswith("OK") for line in checks), out
    assert any("zes stappen" in line for line in checks)
    assert any("hoofdvenster" in line for line in checks)
    assert out[-1] == "Alle controles geslaagd."
    assert not (tmp_path / "eigen").exists(), "the self-test works in a throw-away folder"


def test_self_test_names_what_failed_and_exits_non_zero(capsys, qapp, monkeypatch, tmp_path):
    monkeypatch.setattr(template, "RESOURCES", tmp_path / "leeg")
    try:
        assert launcher.main(["--lang", "en", "--self-test"]) == 1
    finally:
        core_i18n.set_language("nl")
    out = capsys.readouterr().out
    failed = [line for line in out.splitlines() if line.startswith("FAIL")]
    assert len(failed) == 2 and all("letter" in line for line in failed), out
    assert "en.toml" in out and "nl.toml" in out
    assert "Reinstall WoR Desk" in out


def test_a_missing_translation_is_an_error_naming_the_file(qapp, monkeypatch):
    monkeypatch.setitem(i18n.QM_FILES, "en", ("translations", "wor_desk_xx.qm"))
    with pytest.raises(ResourceMissing) as err:
        i18n.set_language("en")
    assert "wor_desk_xx.qm" in str(err.value)
    i18n.set_language("nl")
