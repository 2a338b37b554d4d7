"""Desk side of the sync of anonymised counts: disclosure control, outbox, HTTP client.

See docs/sync.md. Reached through the Desk as `desk.sync` (a SyncService)."""

from wor_desk.sync import errors as errors  # noqa: F401  (registers the messages)
from wor_desk.sync.service import MonthPayload, SyncResult, SyncService, SyncState, render_table

__all__ = ["MonthPayload", "SyncResult", "SyncService", "SyncState", "render_table"]
