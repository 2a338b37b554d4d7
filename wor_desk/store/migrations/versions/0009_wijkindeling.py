"""wijkindeling: which postcodes (PC4, or PC6 ranges) belong to which gemeente and wijk

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "wijkindeling",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("pc4", sa.Integer(), nullable=False),
        sa.Column("van", sa.String(length=2), nullable=False),
        sa.Column("tot", sa.String(length=2), nullable=False),
        sa.Column("gemeente", sa.String(length=100), nullable=False),
        sa.Column("wijk", sa.String(length=100), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("wijkindeling", schema=None) as batch_op:
        batch_op.create_index("ix_wijkindeling_pc4", ["pc4"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("wijkindeling", schema=None) as batch_op:
        batch_op.drop_index("ix_wijkindeling_pc4")
    op.drop_table("wijkindeling")
