"""Every released schema's fixture store still opens with today's WoR Desk and migrates to head."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.fixtures.make_fixture_store import FIXTURE_PASSPHRASE
from wor_desk.desk import Desk
from wor_desk.store import migrate, paths

FIXTURES = sorted((Path(__file__).parents[1] / "fixtures" / "stores").glob("schema-*/desk.store"))


def test_there_is_a_fixture_store_for_the_first_schema():
    assert any(p.parent.name == "schema-0001" for p in FIXTURES)


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.parent.name)
def test_old_fixture_store_opens_and_migrates_to_head_without_losing_rows(home, fixture):
    restored, _ = Desk.restore("oud", fixture, FIXTURE_PASSPHRASE)
    try:
        assert restored.store.schema_version() == migrate.head()
        rows = restored.trajectory_rows()
        assert len(rows) >= 40
        assert all(r.client_nr.startswith("D") for r in rows)
        detail = restored.trajectory(rows[0].id)
        assert detail.client.achternaam
    finally:
        restored.close()
    if fixture.parent.name != f"schema-{migrate.head()}":
        kept = list((paths.profile_dir("oud") / "bewaard").glob("voor-migratie-*.db"))
        assert kept, "a copy is kept before migrating"


def test_fixture_files_are_left_untouched(home, tmp_path):
    for fixture in FIXTURES:
        before = fixture.read_bytes()
        copy = tmp_path / fixture.name
        shutil.copy(fixture, copy)
        Desk.restore("x" + fixture.parent.name[-4:], copy, FIXTURE_PASSPHRASE)[0].close()
        assert fixture.read_bytes() == before
