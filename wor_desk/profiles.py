"""The profiles on this computer before one is open: where they live, their names and the rule
for a new passphrase.

The desk app's unlock screen and its preferences need these before any `Desk` exists. This
module stays light (no SQLAlchemy, no Alembic; `wor_desk.desk` loads those), so the unlock
screen shows quickly (bench/bench_start.py). It only names what `wor_desk.store` holds.
"""

from __future__ import annotations

from wor_desk.store.passphrase import MIN_PASSPHRASE, check_new_passphrase
from wor_desk.store.paths import DEFAULT_PROFILE, home, list_profiles, valid_profile_name

__all__ = [
    "DEFAULT_PROFILE",
    "MIN_PASSPHRASE",
    "check_new_passphrase",
    "home",
    "list_profiles",
    "valid_profile_name",
]
