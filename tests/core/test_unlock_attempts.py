"""The growing wait after wrong passphrases (the desk app's rule; the CLI does not use it)."""

from __future__ import annotations

import pytest

from tests.conftest import PASSPHRASE
from wor_desk.desk import Desk
from wor_desk.errors import WrongPassphrase
from wor_desk.store import attempts, paths
from wor_desk.store.attempts import UnlockWait


def test_the_wait_grows_after_the_free_tries_and_is_capped():
    waits = [attempts.wait_after(n) for n in range(12)]
    assert waits[: attempts.FREE_TRIES] == [0] * attempts.FREE_TRIES
    assert waits[attempts.FREE_TRIES : attempts.FREE_TRIES + 3] == [5, 10, 20]
    assert max(waits) == attempts.MAX_WAIT and waits == sorted(waits)


def test_open_guarded_counts_wrong_tries_refuses_while_waiting_and_clears_on_success(
    home, monkeypatch
):
    Desk.create("p", PASSPHRASE).close()
    now = [1000.0]
    monkeypatch.setattr(attempts.time, "time", lambda: now[0])
    for _ in range(attempts.FREE_TRIES):
        with pytest.raises(WrongPassphrase):
            Desk.open_guarded("p", "verkeerd wachtwoord")
    assert Desk.unlock_wait("p") == 5
    with pytest.raises(UnlockWait) as exc:
        Desk.open_guarded("p", PASSPHRASE)  # even the right one waits: no oracle
    assert exc.value.seconds == 5 and "5 seconden" in str(exc.value)
    now[0] += 5
    with pytest.raises(WrongPassphrase):
        Desk.open_guarded("p", "nog steeds verkeerd")
    assert Desk.unlock_wait("p") == 10
    now[0] += 10
    Desk.open_guarded("p", PASSPHRASE).close()
    assert Desk.unlock_wait("p") == 0
    assert not (paths.profile_dir("p") / attempts.FILE).exists()


def test_the_cli_open_is_not_throttled(home, monkeypatch):
    Desk.create("p", PASSPHRASE).close()
    for _ in range(attempts.FREE_TRIES + 2):
        with pytest.raises(WrongPassphrase):
            Desk.open("p", "verkeerd wachtwoord")
    Desk.open("p", PASSPHRASE).close()
