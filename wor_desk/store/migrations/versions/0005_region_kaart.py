"""region kaart: entries received from the collector, the coach's local note, proposals

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("activiteit", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("regio", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.add_column(sa.Column("notitie", sa.String(), nullable=True))
    op.create_table(
        "kaart_voorstel",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("soort", sa.String(length=16), nullable=False),
        sa.Column("activiteit_uid", sa.String(length=64), nullable=True),
        sa.Column("wijzigingen", sa.String(), nullable=False),
        sa.Column("toelichting", sa.String(), nullable=True),
        sa.Column("aangemaakt", sa.DateTime(), nullable=False),
        sa.Column("verzonden", sa.DateTime(), nullable=True),
        sa.Column("collector_id", sa.Integer(), nullable=True),
        sa.Column("fout", sa.String(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade() -> None:
    op.drop_table("kaart_voorstel")
    with op.batch_alter_table("activiteit", schema=None) as batch_op:
        batch_op.drop_column("notitie")
        batch_op.drop_column("regio")
