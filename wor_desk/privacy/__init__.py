"""Privacy rights and data safety (AVG/GDPR): the audit log, inzage (access), erasure and the
retention period. Reached as `desk.privacy`; depends on the store and the domain only.

The service (SQLModel) is imported on first use, so that `wor_desk.privacy.messages` stays
light for the command line's parser (`wor-desk --help`, tests/core/test_cli_start.py)."""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from wor_desk.privacy.service import (
        AuditRow,
        ErasurePlan,
        PrivacyService,
        ProviderNote,
        RetentionItem,
        add_months,
    )

__all__ = [
    "AuditRow",
    "ErasurePlan",
    "PrivacyService",
    "ProviderNote",
    "RetentionItem",
    "add_months",
]


def __getattr__(name: str) -> object:
    if name in __all__:
        from wor_desk.privacy import service

        return getattr(service, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
