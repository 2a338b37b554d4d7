"""collector: quarter and year sets beside months, and the exact sum of a mean

Quarters (`YYYY-Qn`) and years (`YYYY`) fit the existing `periode` columns (String(7)).
`cel.som` holds the exact numerator of `gemiddelde_dagen_tot_intake` (days summed over
the period's intakes), so means combine over desks and periods without rounding.

Revision ID: c002
Revises: c001
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "c002"
down_revision = "c001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cel") as batch:
        batch.add_column(sa.Column("som", sa.BigInteger(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("cel") as batch:
        batch.drop_column("som")
