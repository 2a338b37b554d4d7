"""The audit log: one row per written record (who, when, which client/trajectory, what).

Append-only: the store's audit recorder (`wor_desk.store.audit`) adds rows as part of the
same transaction as the write they describe; nothing in the app or the CLI edits or deletes
them. The only deletion is erasure of a client (AVG art. 17), which removes that client's
rows and adds one `gewist` row that names no one.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index
from sqlmodel import Field, SQLModel

from wor_desk.domain.models import now_utc

#: What happened to the record.
KINDS = ("aangemaakt", "gewijzigd", "verwijderd", "gewist")

#: Stands in the log instead of the value of a sensitive field (free text, identity, contact).
SENSITIVE = "•gevoelig•"

#: Fields whose values never go into the log: the log says only that they changed.
SENSITIVE_FIELDS = frozenset(
    {
        # identity and contact details
        "voornaam",
        "achternaam",
        "geboortedatum",
        "postcode",
        "telefoon",
        "email",
        "verwijzer_naam",
        # free text: may hold anything the client told the coach
        "klachten",
        "reden_omschrijving",
        "behoefte",
        "afsluit_toelichting",
        "notitie",
        "reden",
        "brief_tekst",
    }
)


class AuditEntry(SQLModel, table=True):
    __tablename__ = "audit"
    __table_args__ = (
        Index("ix_audit_client", "client_id"),
        Index("ix_audit_traject", "traject_id"),
        Index("ix_audit_tijd", "tijd"),
    )

    id: int | None = Field(default=None, primary_key=True)
    tijd: datetime = Field(default_factory=now_utc)  # UTC
    profiel: str = Field(max_length=64)  # the coach profile that wrote
    soort: str = Field(max_length=16)  # KINDS
    tabel: str = Field(max_length=40)  # the table written
    rij: str | None = Field(default=None, max_length=80)  # the row's key (id, or "id/code")
    client_id: int | None = None  # no foreign key: the row outlives a deleted trajectory
    traject_id: int | None = None
    velden: str = "{}"  # JSON {field: [old, new]}; SENSITIVE instead of a sensitive value
