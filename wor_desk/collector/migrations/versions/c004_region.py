"""collector: the region's secret (wrapped under the administrator's passphrase) and address

Revision ID: c004
Revises: c003
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "c004"
down_revision = "c003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "regio",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sleutel_zout", sa.String(length=64), nullable=False),
        sa.Column("sleutel_versleuteld", sa.String(length=64), nullable=False),
        sa.Column("sleutel_mac", sa.String(length=64), nullable=False),
        sa.Column("sleutel_controle", sa.String(length=64), nullable=False),
        sa.Column("adres", sa.String(length=300), nullable=True),
        sa.Column("aangemaakt", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade() -> None:
    op.drop_table("regio")
