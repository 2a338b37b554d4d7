"""terugkoppeling.brief_tekst: the plain text of a letter, kept when it is logged as sent

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("terugkoppeling", schema=None) as batch_op:
        batch_op.add_column(sa.Column("brief_tekst", sa.String(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("terugkoppeling", schema=None) as batch_op:
        batch_op.drop_column("brief_tekst")
