"""Privacy rights and data safety (AVG/GDPR): the audit log, inzage (access), erasure and the
retention period. Reached as `desk.privacy`; depends on the store and the domain only."""

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
