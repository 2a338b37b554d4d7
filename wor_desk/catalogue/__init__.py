"""The sociale kaart (activity catalogue), the match of steps 4-5 and the follow-up of step 6.

Reached through Desk: `desk.catalogue` (CatalogueService) and `desk.matching`
(MatchingService). Tables: wor_desk.domain.catalogue. Columns of the CSV: docs/catalogue.md."""

from typing import TYPE_CHECKING

from wor_desk.catalogue import messages as _messages  # noqa: F401  (registers the messages)

if TYPE_CHECKING:
    from wor_desk.catalogue.matching import MatchingService
    from wor_desk.catalogue.service import CatalogueService

_HOME = {
    "MatchingService": "matching",
    "CatalogueService": "service",
}


def __getattr__(name: str) -> object:
    """Import the services (SQLModel) on first use, so that importing the package (its
    messages) stays light for the command line's parser (`wor-desk --help`)."""
    if name in _HOME:
        import importlib

        return getattr(importlib.import_module(f"wor_desk.catalogue.{_HOME[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "CatalogueService",
    "MatchingService",
]
