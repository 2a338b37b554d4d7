"""sync: outbox of monthly payloads and the log of sync runs

Revision ID: 0004
Revises: 0001
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_maand",
        sa.Column("periode", sa.String(length=7), nullable=False),
        sa.Column("revisie", sa.Integer(), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("payload", sa.String(), nullable=False),
        sa.Column("wacht", sa.Boolean(), nullable=False),
        sa.Column("verzonden_revisie", sa.Integer(), nullable=True),
        sa.Column("pogingen", sa.Integer(), nullable=False),
        sa.Column("volgende_poging", sa.DateTime(), nullable=True),
        sa.Column("fout", sa.String(), nullable=True),
        sa.Column("bijgewerkt", sa.DateTime(), nullable=False),
        sa.Column("verzonden", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("periode"),
    )
    with op.batch_alter_table("sync_maand", schema=None) as batch_op:
        batch_op.create_index("ix_sync_maand_wacht", ["wacht"], unique=False)
    op.create_table(
        "sync_run",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("begonnen", sa.DateTime(), nullable=False),
        sa.Column("klaar", sa.DateTime(), nullable=True),
        sa.Column("gelukt", sa.Boolean(), nullable=False),
        sa.Column("collector", sa.String(length=300), nullable=False),
        sa.Column("maanden", sa.Integer(), nullable=False),
        sa.Column("samenvatting", sa.String(), nullable=True),
        sa.Column("fout", sa.String(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade() -> None:
    op.drop_table("sync_run")
    with op.batch_alter_table("sync_maand", schema=None) as batch_op:
        batch_op.drop_index("ix_sync_maand_wacht")
    op.drop_table("sync_maand")
