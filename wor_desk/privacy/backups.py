"""Automatic backups: on the first unlock of each day, an encrypted, verified copy of the
store in a folder the coach chose (a USB stick, a network drive), keeping the last N.

The settings live beside the store in `backup.json` (no secrets, no client data: the folder,
how many to keep, when the last good backup was made), so the unlock screen can list the
backups and restore one when the store itself cannot be opened.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from wor_desk.errors import InputError, WorDeskError
from wor_desk.store import paths

CONFIG_FILE = "backup.json"
SUFFIX = ".wdbak"
DEFAULT_KEEP = 14
WARN_AFTER = timedelta(days=7)
_NAME = re.compile(r"^(?P<profile>.+)-(?P<stamp>\d{8}-\d{6})" + re.escape(SUFFIX) + "$")


class BackupFolderMissing(WorDeskError):
    key = "backup_folder_missing"
    exit_code = 2


@dataclass(frozen=True)
class BackupConfig:
    folder: str = ""  # "" = no automatic backups
    keep: int = DEFAULT_KEEP
    last_good: datetime | None = None  # local time of the last verified backup


@dataclass(frozen=True)
class BackupFile:
    path: Path
    made: datetime
    size: int


@dataclass(frozen=True)
class BackupStatus:
    config: BackupConfig
    reachable: bool
    warning: str | None  # a message key of wor_desk.privacy.messages, or None: all is well
    params: dict


def config_path(profile: str) -> Path:
    return paths.profile_dir(profile) / CONFIG_FILE


def read_config(profile: str) -> BackupConfig:
    try:
        data = json.loads(config_path(profile).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return BackupConfig()
    last = data.get("laatste_goed")
    try:
        last_dt = datetime.fromisoformat(last) if last else None
    except ValueError:
        last_dt = None
    keep = data.get("bewaren", DEFAULT_KEEP)
    return BackupConfig(
        folder=str(data.get("map") or ""),
        keep=keep if isinstance(keep, int) and keep >= 1 else DEFAULT_KEEP,
        last_good=last_dt,
    )


def write_config(profile: str, config: BackupConfig) -> None:
    path = config_path(profile)
    data = {
        "map": config.folder,
        "bewaren": config.keep,
        "laatste_goed": config.last_good.isoformat(timespec="seconds")
        if config.last_good
        else None,
    }
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, path)


def list_backups(profile: str, folder: str | Path | None = None) -> list[BackupFile]:
    """The profile's backups in `folder` (the configured one when None), newest first. Works
    without an open store: the unlock screen offers these when the store is damaged."""
    folder = Path(folder) if folder else Path(read_config(profile).folder or ".")
    if not str(folder) or not folder.is_dir():
        return []
    out = []
    for p in folder.iterdir():
        m = _NAME.match(p.name)
        if m and m["profile"] == profile and p.is_file():
            made = datetime.strptime(m["stamp"], "%Y%m%d-%H%M%S")
            out.append(BackupFile(p, made, p.stat().st_size))
    return sorted(out, key=lambda b: b.made, reverse=True)


class BackupService:
    """Automatic backups of one unlocked profile. `backup(target)` is the store's verified copy
    (through the privacy service, which vacuums first after an erasure)."""

    def __init__(
        self,
        profile: str,
        backup: Callable[[Path], dict[str, int]],
        now: Callable[[], datetime] = datetime.now,
    ) -> None:
        self.profile = profile
        self._backup = backup
        self._now = now

    def config(self) -> BackupConfig:
        return read_config(self.profile)

    def configure(self, folder: str | Path | None = None, keep: int | None = None) -> BackupConfig:
        old = self.config()
        if keep is not None and (isinstance(keep, bool) or not isinstance(keep, int) or keep < 1):
            raise InputError("backup_keep_invalid", value=keep)
        new = BackupConfig(
            folder=str(folder) if folder is not None else old.folder,
            keep=keep if keep is not None else old.keep,
            last_good=old.last_good,
        )
        write_config(self.profile, new)
        return new

    def due(self) -> bool:
        """True on the first unlock of a day (a folder is set and today has no good backup)."""
        c = self.config()
        return bool(c.folder) and (c.last_good is None or c.last_good.date() < self._now().date())

    def run(self) -> BackupFile:
        """Write, verify and rotate now. A missing folder raises BackupFolderMissing; the store
        is untouched whatever fails."""
        c = self.config()
        folder = Path(c.folder) if c.folder else None
        if folder is None or not folder.is_dir():
            raise BackupFolderMissing(folder=c.folder or "—")
        now = self._now().replace(microsecond=0)
        target = folder / f"{self.profile}-{now:%Y%m%d-%H%M%S}{SUFFIX}"
        self._backup(target)
        write_config(self.profile, BackupConfig(c.folder, c.keep, now))
        for old in list_backups(self.profile, folder)[c.keep :]:
            try:
                old.path.unlink()
            except OSError:
                pass  # a stick pulled out mid-way: the next run tries again
        return BackupFile(target, now, target.stat().st_size)

    def run_if_due(self) -> BackupFile | None:
        return self.run() if self.due() else None

    def status(self) -> BackupStatus:
        """What Vandaag warns about: no folder chosen, folder unreachable, or the last good
        backup older than 7 days (or none yet)."""
        c = self.config()
        if not c.folder:
            return BackupStatus(c, False, "backup_not_configured", {})
        reachable = Path(c.folder).is_dir()
        if not reachable:
            return BackupStatus(c, False, "backup_folder_unreachable", {"folder": c.folder})
        if c.last_good is None:
            return BackupStatus(c, True, "backup_none_yet", {"folder": c.folder})
        if self._now() - c.last_good > WARN_AFTER:
            days = (self._now() - c.last_good).days
            return BackupStatus(c, True, "backup_too_old", {"days": days, "folder": c.folder})
        return BackupStatus(c, True, None, {})
