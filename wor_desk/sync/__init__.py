"""Desk side of the sync of anonymised counts: disclosure control, outbox, HTTP client.

See docs/sync.md. Reached through the Desk as `desk.sync` (a SyncService)."""

from typing import TYPE_CHECKING

from wor_desk.sync import errors as errors  # noqa: F401  (registers the messages)

if TYPE_CHECKING:
    from wor_desk.sync.service import SyncService, render_table


def __getattr__(name: str) -> object:
    """Import the service (SQLModel, httpx) on first use, so that the command line's parser
    stays light (`wor-desk --help`)."""
    if name in __all__:
        from wor_desk.sync import service

        return getattr(service, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["SyncService", "render_table"]
