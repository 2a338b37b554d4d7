"""referrers: a register of referring practices (name, address, AGB, letter moments) and the
people who refer from them; the per-practice letter moments move into it

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "praktijk",
        sa.Column("sleutel", sa.String(length=150), nullable=False),
        sa.Column("naam", sa.String(length=150), nullable=False),
        sa.Column("adres", sa.String(length=400), nullable=True),
        sa.Column("agb", sa.String(length=8), nullable=True),
        sa.Column("momenten", sa.String(length=64), nullable=True),
        sa.Column("aangemaakt", sa.DateTime(), nullable=False),
        sa.Column("gewijzigd", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("sleutel"),
    )
    op.create_table(
        "praktijk_verwijzer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("praktijk_sleutel", sa.String(length=150), nullable=False),
        sa.Column("naam", sa.String(length=150), nullable=False),
        sa.Column("rol", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(["praktijk_sleutel"], ["praktijk.sleutel"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("praktijk_sleutel", "naam", name="uq_praktijk_verwijzer_naam"),
    )
    # the per-practice letter moments of 0003 become the register's first practices
    op.execute(
        "INSERT INTO praktijk (sleutel, naam, adres, agb, momenten, aangemaakt, gewijzigd) "
        "SELECT praktijk_sleutel, praktijk_naam, NULL, NULL, momenten, gewijzigd, gewijzigd "
        "FROM praktijk_terugkoppeling"
    )
    op.drop_table("praktijk_terugkoppeling")


def downgrade() -> None:
    op.create_table(
        "praktijk_terugkoppeling",
        sa.Column("praktijk_sleutel", sa.String(length=150), nullable=False),
        sa.Column("praktijk_naam", sa.String(length=150), nullable=False),
        sa.Column("momenten", sa.String(length=64), nullable=False),
        sa.Column("gewijzigd", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("praktijk_sleutel"),
    )
    op.execute(
        "INSERT INTO praktijk_terugkoppeling (praktijk_sleutel, praktijk_naam, momenten, gewijzigd) "
        "SELECT sleutel, naam, momenten, gewijzigd FROM praktijk WHERE momenten IS NOT NULL"
    )
    op.drop_table("praktijk_verwijzer")
    op.drop_table("praktijk")
