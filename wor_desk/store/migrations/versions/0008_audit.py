"""audit: the append-only audit log of every write

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tijd", sa.DateTime(), nullable=False),
        sa.Column("profiel", sa.String(length=64), nullable=False),
        sa.Column("soort", sa.String(length=16), nullable=False),
        sa.Column("tabel", sa.String(length=40), nullable=False),
        sa.Column("rij", sa.String(length=80), nullable=True),
        sa.Column("client_id", sa.Integer(), nullable=True),
        sa.Column("traject_id", sa.Integer(), nullable=True),
        sa.Column("velden", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("audit", schema=None) as batch_op:
        batch_op.create_index("ix_audit_client", ["client_id"], unique=False)
        batch_op.create_index("ix_audit_traject", ["traject_id"], unique=False)
        batch_op.create_index("ix_audit_tijd", ["tijd"], unique=False)
    # Append-only in the file itself: an UPDATE of an entry is refused by SQLite.
    op.execute(
        "CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit "
        "BEGIN SELECT RAISE(ABORT, 'audit entries cannot be changed'); END"
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS audit_no_update")
    op.drop_table("audit")
