"""collector: the region's sociale kaart, its editors and the desks' proposals

Revision ID: c003
Revises: c002
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "c003"
down_revision = "c002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "redacteur",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("naam", sa.String(length=100), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("aangemaakt", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ingetrokken", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("naam"),
        sa.UniqueConstraint("token_hash"),
    )
    op.create_table(
        "kaart",
        sa.Column("uid", sa.String(length=64), nullable=False),
        sa.Column("revisie", sa.Integer(), nullable=False),
        sa.Column("verwijderd", sa.Boolean(), nullable=False),
        sa.Column("gegevens", sa.Text(), nullable=False),
        sa.Column("gewijzigd", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("uid"),
    )
    op.create_index("ix_kaart_revisie", "kaart", ["revisie"])
    op.create_table(
        "kaart_stand",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("revisie", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.execute("INSERT INTO kaart_stand (id, revisie) VALUES (1, 0)")
    op.create_table(
        "kaart_voorstel",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("desk_id", sa.Integer(), sa.ForeignKey("desk.id"), nullable=False),
        sa.Column("desk_ref", sa.Integer(), nullable=False),
        sa.Column("soort", sa.String(length=16), nullable=False),
        sa.Column("uid", sa.String(length=64), nullable=True),
        sa.Column("gegevens", sa.Text(), nullable=False),
        sa.Column("toelichting", sa.Text(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("ontvangen", sa.DateTime(timezone=True), nullable=False),
        sa.Column("besloten", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("desk_id", "desk_ref", name="uq_kaart_voorstel_desk_ref"),
    )


def downgrade() -> None:
    op.drop_table("kaart_voorstel")
    op.drop_table("kaart_stand")
    op.drop_index("ix_kaart_revisie", table_name="kaart")
    op.drop_table("kaart")
    op.drop_table("redacteur")
