"""Automatic backups: daily, verified, rotated; a missing folder warns and loses nothing;
restore from any of them."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from tests.conftest import PASSPHRASE
from wor_desk.desk import Desk
from wor_desk.privacy.backups import BackupFolderMissing, BackupService, list_backups


class Clock:
    def __init__(self, t: datetime) -> None:
        self.t = t

    def __call__(self) -> datetime:
        return self.t


def _service(desk, clock):
    return BackupService(desk.profile, desk.privacy.backup, clock)


def test_first_unlock_of_a_day_backs_up_once_and_keeps_the_last_n(desk, make, tmp_path):
    make.trajectory()
    folder = tmp_path / "usb"
    folder.mkdir()
    clock = Clock(datetime(2026, 11, 1, 9, 0))
    svc = _service(desk, clock)
    assert not svc.due()  # no folder chosen: nothing to do
    svc.configure(folder=folder, keep=3)
    assert svc.due()
    first = svc.run_if_due()
    assert first is not None and first.path.exists()
    clock.t += timedelta(hours=3)
    assert svc.run_if_due() is None  # same day: not again
    for _ in range(4):
        clock.t += timedelta(days=1)
        assert svc.run_if_due() is not None
    kept = list_backups(desk.profile, folder)
    assert len(kept) == 3
    assert kept[0].made == clock.t and not first.path.exists()
    assert svc.status().warning is None


def test_backup_and_restore_round_trip(desk, make, tmp_path, home):
    tid = make.trajectory(client={"achternaam": "Terugzet"})
    folder = tmp_path / "usb"
    folder.mkdir()
    svc = _service(desk, Clock(datetime(2026, 11, 2, 9, 0)))
    svc.configure(folder=folder)
    made = svc.run()
    desk.delete_client(desk.trajectory(tid).client.id)
    desk.close()
    restored, kept = Desk.restore("test", made.path, PASSPHRASE)
    try:
        assert restored.trajectory(tid).client.achternaam == "Terugzet"
        assert kept is not None and kept.exists()
    finally:
        restored.close()


def test_a_missing_folder_warns_and_loses_nothing(desk, make, tmp_path):
    make.trajectory()
    clock = Clock(datetime(2026, 11, 3, 9, 0))
    svc = _service(desk, clock)
    assert svc.status().warning == "backup_not_configured"
    svc.configure(folder=tmp_path / "stick-not-plugged-in")
    with pytest.raises(BackupFolderMissing) as err:
        svc.run()
    assert "niet bereikbaar" in str(err.value) and "niets verloren" in str(err.value)
    st = svc.status()
    assert st.warning == "backup_folder_unreachable" and not st.reachable
    assert desk.status().trajectories == 1  # the store is untouched


def test_a_backup_older_than_seven_days_is_warned_about(desk, tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir()
    clock = Clock(datetime(2026, 11, 1, 9, 0))
    svc = _service(desk, clock)
    svc.configure(folder=folder)
    assert svc.status().warning == "backup_none_yet"
    svc.run()
    clock.t += timedelta(days=7)
    assert svc.status().warning is None
    clock.t += timedelta(days=1)
    st = svc.status()
    assert st.warning == "backup_too_old" and st.params["days"] == 8
