"""Shared fixtures: a temp WOR_DESK_HOME, an unlocked Desk on a real encrypted store, and a
factory that makes clients and trajectories at given dates.

Speed without a fake store: every store is a real SQLCipher 4 file, keyed by the real
PBKDF2-HMAC-SHA512 (256,000 iterations). Two things keep that from costing ~0.4 s per test:

- the `desk` fixture copies a template profile that is created (and migrated) once per test
  run, instead of creating and migrating a new store for every test;
- tests that only read share one store per module (`read_only_desk`);
- `Key.derive` is memoised for the run (`_derive_each_key_once`): the same passphrase with the
  same salt gives the same key, so it is derived once and reused. A new store still gets a
  fresh random salt. This lives only here; production code derives every time.
"""

from __future__ import annotations

import itertools
import os
import shutil
import threading
from datetime import date

import pytest

from wor_desk.store import cipher

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("WOR_DESK_LANG", "nl")

#: The fixed "today" of core tests (a Monday).
TODAY = date(2026, 11, 23)
PASSPHRASE = "correct paard batterij niet"


def pytest_collection_modifyitems(config, items):
    """Slow tests (marked `slow`: the wheel build) first, so that in a parallel run (pytest-xdist,
    `-n auto --dist loadfile` in ./test.sh) one worker starts on them while the other takes the
    rest, instead of one worker finishing alone at the end. `loadfile` keeps a file's tests in
    one worker, so a store they share (`read_only_desk`, a demo caseload) is built once.

    (Not `--dist loadgroup` with `xdist_group` marks: with pytest 9.2 xdist 3.8 loses the group
    suffix of the node ids, pytest-xdist#1386, and every worker built every shared store.)
    """
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)


@pytest.fixture(scope="session", autouse=True)
def _own_home(tmp_path_factory):
    """A WOR_DESK_HOME for the whole run (each parallel worker its own), so a test that does
    not ask for `home` still never writes into the user's real data or log folder (also when
    the shell running the tests has WOR_DESK_HOME pointing at real data)."""
    patch = pytest.MonkeyPatch()
    patch.setenv("WOR_DESK_HOME", str(tmp_path_factory.mktemp("run-home")))
    yield
    patch.undo()


@pytest.fixture(scope="session", autouse=True)
def _derive_each_key_once():
    """Memoise the key derivation per (passphrase, salt) for the test run (see the docstring)."""
    real = cipher.Key.derive.__func__
    keys: dict[tuple[str, bytes], cipher.Key] = {}
    lock = threading.Lock()

    def derive(cls, passphrase: str, salt: bytes | None = None) -> cipher.Key:
        salt = salt if salt is not None else os.urandom(cipher.SALT_BYTES)
        with lock:
            known = keys.get((passphrase, salt))
        if known is None:
            known = real(cls, passphrase, salt)
            with lock:
                keys[(passphrase, salt)] = known
        return cls(known.key, known.salt)

    patch = pytest.MonkeyPatch()
    patch.setattr(cipher.Key, "derive", classmethod(derive))
    yield
    patch.undo()


@pytest.fixture(scope="session")
def _template_profile(tmp_path_factory, _derive_each_key_once):
    """An empty, migrated store of the profile "test", made once per run; `desk` copies it."""
    from wor_desk.store import Store

    folder = tmp_path_factory.mktemp("template") / "test"
    Store.create(folder, PASSPHRASE, "test").close()
    return folder


@pytest.fixture(scope="module")
def read_only_desk(tmp_path_factory, _template_profile):
    """A Desk on its own copy of the template that a whole test module shares: for tests that
    only read. Fill it once in a module-scoped fixture (`Factory(read_only_desk)`); a test that
    writes to it must use `desk` instead."""
    from wor_desk.desk import Desk
    from wor_desk.store import Store

    folder = tmp_path_factory.mktemp("shared") / "test"
    shutil.copytree(_template_profile, folder)
    d = Desk(Store.open(folder, PASSPHRASE, "test"), today=lambda: TODAY)
    yield d
    d.close()


@pytest.fixture
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("WOR_DESK_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("WOR_DESK_PASSPHRASE", raising=False)
    return tmp_path / "home"


@pytest.fixture
def desk(home, _template_profile):
    """An unlocked Desk on the profile "test": a copy of the run's template store."""
    from wor_desk.desk import Desk
    from wor_desk.store import paths

    shutil.copytree(_template_profile, paths.profile_dir("test"))
    d = Desk.open("test", PASSPHRASE, today=lambda: TODAY)
    yield d
    d.close()


class Factory:
    """Makes clients and trajectories through the Desk, at the dates a test chooses."""

    def __init__(self, desk) -> None:
        self.desk = desk
        self._n = itertools.count(1)

    def client(self, **fields) -> int:
        n = next(self._n)
        data = {"client_nr": f"T{n:05d}", "voornaam": "Test", "achternaam": f"Cliënt {n}", **fields}
        cid, _ = self.desk.add_client(**data)
        return cid

    def trajectory(
        self,
        client_id: int | None = None,
        *,
        client: dict | None = None,
        verwijsdatum: date = date(2026, 3, 2),
        verwijzer_type: str = "huisarts",
        **steps,
    ) -> int:
        """A referral, then the given step fields (eerste_contact, kennismaking, aanbod,
        start_activiteit, ...) and optionally afgerond + afsluitreden, terugkoppeling=[dates]."""
        referral_keys = {
            "bezoekdatum",
            "klachten",
            "verwijzer_naam",
            "verwijzer_praktijk",
            "kanaal",
            "reden_omschrijving",
            "toestemming_gegevens",
            "toestemming_terugkoppeling",
            "redenen",
        }
        referral = {k: steps.pop(k) for k in list(steps) if k in referral_keys}
        if client_id is None:
            client_id = self.client(**(client or {}))
        tid, _ = self.desk.register_referral(
            client_id, verwijsdatum=verwijsdatum, verwijzer_type=verwijzer_type, **referral
        )
        afgerond, reden = steps.pop("afgerond", None), steps.pop("afsluitreden", None)
        feedback = steps.pop("terugkoppeling", ())
        nazorg = steps.pop("nazorg", ())
        if steps:
            self.desk.update_trajectory(tid, **steps)
        for d in nazorg:
            self.desk.add_contact(tid, "nazorg", d)
        for d in feedback:
            self.desk.record_feedback(tid, d, None, "post")
        if afgerond:
            self.desk.close_trajectory(tid, afgerond, reden or "afgerond_doel_bereikt")
        return tid


@pytest.fixture
def make(desk):
    return Factory(desk)
