"""What every command shares: the profile option, asking the passphrase, opening the Desk."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import TYPE_CHECKING

from wor_desk.errors import InputError, StoreMissing
from wor_desk.store import paths
from wor_desk.store.paths import DEFAULT_PROFILE, valid_profile_name

if TYPE_CHECKING:
    from wor_desk.desk import Desk

# The command modules import the engine (SQLAlchemy, Alembic, Desk...) inside the command that
# needs it, never at the top: `wor-desk --help` and the parser stay light (bench/bench_start.py;
# tests/core/test_cli_start.py keeps it so).

PASSPHRASE_ENV = "WOR_DESK_PASSPHRASE"


def add_global_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--profile",
        default=os.environ.get("WOR_DESK_PROFILE", DEFAULT_PROFILE),
        help=f"het coachprofiel (standaard: {DEFAULT_PROFILE}, of WOR_DESK_PROFILE)",
    )
    parser.add_argument("--lang", choices=("nl", "en"), help="taal van meldingen (nl of en)")


def profile_of(args: argparse.Namespace) -> str:
    if not valid_profile_name(args.profile):
        raise InputError("profile_name_invalid", name=args.profile)
    return args.profile


def ask_passphrase(
    prompt: str = "Wachtwoord: ", *, new: bool = False, env: str | None = PASSPHRASE_ENV
) -> str:
    """From the environment (scripts, tests) or typed without echo; twice for a new one."""
    from wor_desk.store.passphrase import check_new_passphrase

    if env and os.environ.get(env):
        value = os.environ[env]
        if new:
            check_new_passphrase(value)
        return value
    if not sys.stdin.isatty():
        raise InputError("passphrase_needed")
    first = getpass.getpass(prompt)
    if new:
        check_new_passphrase(first)
        check_new_passphrase(first, getpass.getpass("Herhaal het wachtwoord: "))
    return first


def existing_profile(args: argparse.Namespace) -> str:
    """The profile of `args`; StoreMissing when it has no store yet."""
    profile = profile_of(args)
    if not (paths.profile_dir(profile) / paths.STORE_FILE).exists():
        raise StoreMissing(profile=profile, path=str(paths.profile_dir(profile)))
    return profile


def open_desk(args: argparse.Namespace) -> Desk:
    profile = existing_profile(args)
    from wor_desk.desk import Desk

    return Desk.open(profile, ask_passphrase(f"Wachtwoord voor profiel '{profile}': "))
