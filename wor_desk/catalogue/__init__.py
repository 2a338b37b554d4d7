"""The sociale kaart (activity catalogue), the match of steps 4-5 and the follow-up of step 6.

Reached through Desk: `desk.catalogue` (CatalogueService) and `desk.matching`
(MatchingService). Tables: wor_desk.domain.catalogue. Columns of the CSV: docs/catalogue.md."""

from wor_desk.catalogue import messages as _messages  # noqa: F401  (registers the messages)
from wor_desk.catalogue.matching import Candidate, GapReport, MatchingService, MatchView, Need
from wor_desk.catalogue.service import ActivityRow, CatalogueFilter, CatalogueService, MatchedClient

__all__ = [
    "ActivityRow",
    "Candidate",
    "CatalogueFilter",
    "CatalogueService",
    "GapReport",
    "MatchView",
    "MatchedClient",
    "MatchingService",
    "Need",
]
