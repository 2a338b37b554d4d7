"""collector: desks, readers, months (latest revision), cells, practice hashes

Revision ID: c001
Revises:
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "c001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "desk",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("naam", sa.String(length=100), nullable=False),
        sa.Column("team", sa.String(length=100), nullable=False),
        sa.Column("organisatie", sa.String(length=100), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("aangemaakt", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ingetrokken", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("naam"),
        sa.UniqueConstraint("token_hash"),
    )
    op.create_table(
        "lezer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("naam", sa.String(length=100), nullable=False),
        sa.Column("scope", sa.String(length=16), nullable=False),
        sa.Column("scope_waarde", sa.String(length=100), nullable=True),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("aangemaakt", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ingetrokken", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("naam"),
        sa.UniqueConstraint("token_hash"),
    )
    op.create_table(
        "maand",
        sa.Column("desk_id", sa.Integer(), sa.ForeignKey("desk.id"), nullable=False),
        sa.Column("periode", sa.String(length=7), nullable=False),
        sa.Column("revisie", sa.Integer(), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("k", sa.Integer(), nullable=False),
        sa.Column("ontvangen", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("desk_id", "periode"),
    )
    op.create_index("ix_maand_periode", "maand", ["periode"])
    op.create_table(
        "cel",
        sa.Column("desk_id", sa.Integer(), sa.ForeignKey("desk.id"), nullable=False),
        sa.Column("periode", sa.String(length=7), nullable=False),
        sa.Column("indicator", sa.String(length=64), nullable=False),
        sa.Column("categorie", sa.String(length=201), nullable=False),
        sa.Column("waarde", sa.BigInteger(), nullable=True),
        sa.Column("onderdrukt", sa.Boolean(), nullable=False),
        sa.Column("lo", sa.Integer(), nullable=True),
        sa.Column("hi", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("desk_id", "periode", "indicator", "categorie"),
    )
    op.create_index("ix_cel_periode", "cel", ["periode"])
    op.create_table(
        "praktijk",
        sa.Column("desk_id", sa.Integer(), sa.ForeignKey("desk.id"), nullable=False),
        sa.Column("periode", sa.String(length=7), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("desk_id", "periode", "hash"),
    )


def downgrade() -> None:
    op.drop_table("praktijk")
    op.drop_index("ix_cel_periode", table_name="cel")
    op.drop_table("cel")
    op.drop_index("ix_maand_periode", table_name="maand")
    op.drop_table("maand")
    op.drop_table("lezer")
    op.drop_table("desk")
