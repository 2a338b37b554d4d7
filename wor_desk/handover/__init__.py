"""Hand-over of clients between coaches: one encrypted file and a one-time code.

Reached through Desk as `desk.handover` (HandoverService); see docs/handover.md."""

from wor_desk.handover.service import (
    Candidate,
    HandoverRow,
    HandoverService,
    Made,
    Plan,
    PlannedClient,
    TakenOver,
)

__all__ = [
    "Candidate",
    "HandoverRow",
    "HandoverService",
    "Made",
    "Plan",
    "PlannedClient",
    "TakenOver",
]
