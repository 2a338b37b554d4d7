"""letters: per-practice feedback moments

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "praktijk_terugkoppeling",
        sa.Column("praktijk_sleutel", sa.String(length=150), nullable=False),
        sa.Column("praktijk_naam", sa.String(length=150), nullable=False),
        sa.Column("momenten", sa.String(length=64), nullable=False),
        sa.Column("gewijzigd", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("praktijk_sleutel"),
    )


def downgrade() -> None:
    op.drop_table("praktijk_terugkoppeling")
