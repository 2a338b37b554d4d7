"""handover: hand-overs of clients between desks, and handed-over trajectories read-only

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

#: Tables of a trajectory's history; a handed-over trajectory's rows may not be added or changed.
CHILDREN = (
    "traject_reden",
    "contact",
    "pauze",
    "terugkoppeling",
    "behoefte_aanbod",
    "match",
    "gezondheid",
)
#: The store raises wor_desk.errors.HandedOver when a statement fails with this text.
MARK = "wor-desk:overgedragen"


def upgrade() -> None:
    op.create_table(
        "overdracht",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.Column("richting", sa.String(length=8), nullable=False),
        sa.Column("wie", sa.String(length=200), nullable=True),
        sa.Column("datum", sa.DateTime(), nullable=False),
        sa.Column("clienten", sa.String(), nullable=False),
        sa.Column("trajecten", sa.Integer(), nullable=False),
        sa.Column("bevestiging_hash", sa.String(length=64), nullable=True),
        sa.Column("bevestigd", sa.DateTime(), nullable=True),
        sa.Column("gewist", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("uid", "richting", name="uq_overdracht_uid_richting"),
    )
    op.create_table(
        "overdracht_traject",
        sa.Column("traject_id", sa.Integer(), nullable=False),
        sa.Column("overdracht_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["traject_id"], ["traject.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["overdracht_id"], ["overdracht.id"]),
        sa.PrimaryKeyConstraint("traject_id"),
    )
    op.execute(
        "CREATE TRIGGER overgedragen_traject_upd BEFORE UPDATE ON traject "
        "WHEN OLD.id IN (SELECT traject_id FROM overdracht_traject) "
        f"BEGIN SELECT RAISE(ABORT, '{MARK}'); END"
    )
    for table in CHILDREN:
        for event, row in (("INSERT", "NEW"), ("UPDATE", "OLD")):
            op.execute(
                f"CREATE TRIGGER overgedragen_{table}_{event.lower()[:3]} BEFORE {event} ON {table} "
                f"WHEN {row}.traject_id IN (SELECT traject_id FROM overdracht_traject) "
                f"BEGIN SELECT RAISE(ABORT, '{MARK}'); END"
            )


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS overgedragen_traject_upd")
    for table in CHILDREN:
        for event in ("ins", "upd"):
            op.execute(f"DROP TRIGGER IF EXISTS overgedragen_{table}_{event}")
    op.drop_table("overdracht_traject")
    op.drop_table("overdracht")
