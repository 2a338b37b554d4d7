"""sociale kaart (activiteit), need categories, match, positive health (gezondheid)

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "activiteit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=64), nullable=False),
        sa.Column("naam", sa.String(length=200), nullable=False),
        sa.Column("aanbod", sa.String(length=32), nullable=False),
        sa.Column("aanbieder", sa.String(length=200), nullable=True),
        sa.Column("omschrijving", sa.String(), nullable=True),
        sa.Column("adres", sa.String(length=200), nullable=True),
        sa.Column("postcode", sa.String(length=7), nullable=True),
        sa.Column("gemeente", sa.String(length=100), nullable=True),
        sa.Column("wijk", sa.String(length=100), nullable=True),
        sa.Column("dagen", sa.String(length=40), nullable=True),
        sa.Column("tijden", sa.String(length=200), nullable=True),
        sa.Column("kosten", sa.String(length=200), nullable=True),
        sa.Column("aanmelden", sa.String(), nullable=True),
        sa.Column("contactpersoon", sa.String(length=150), nullable=True),
        sa.Column("telefoon", sa.String(length=40), nullable=True),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("toegankelijkheid", sa.String(), nullable=True),
        sa.Column("rolstoeltoegankelijk", sa.Boolean(), nullable=True),
        sa.Column("leeftijd_min", sa.Integer(), nullable=True),
        sa.Column("leeftijd_max", sa.Integer(), nullable=True),
        sa.Column("talen", sa.String(length=100), nullable=True),
        sa.Column("actief_van", sa.Date(), nullable=True),
        sa.Column("actief_tot", sa.Date(), nullable=True),
        sa.Column("plek", sa.String(length=16), nullable=True),
        sa.Column("gecontroleerd", sa.Date(), nullable=True),
        sa.Column("aangemaakt", sa.DateTime(), nullable=False),
        sa.Column("gewijzigd", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("activiteit", schema=None) as batch_op:
        batch_op.create_index("ix_activiteit_aanbod", ["aanbod"], unique=False)
        batch_op.create_index("ix_activiteit_wijk", ["gemeente", "wijk"], unique=False)
        batch_op.create_index(batch_op.f("ix_activiteit_uid"), ["uid"], unique=True)

    op.create_table(
        "behoefte_aanbod",
        sa.Column("traject_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(["traject_id"], ["traject.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("traject_id", "code"),
    )

    op.create_table(
        "match",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("traject_id", sa.Integer(), nullable=False),
        sa.Column("activiteit_id", sa.Integer(), nullable=False),
        sa.Column("voorgesteld", sa.Date(), nullable=False),
        sa.Column("uitkomst", sa.String(length=16), nullable=True),
        sa.Column("uitkomst_datum", sa.Date(), nullable=True),
        sa.Column("afwijsreden", sa.String(length=32), nullable=True),
        sa.Column("start", sa.Date(), nullable=True),
        sa.Column("gestopt", sa.Date(), nullable=True),
        sa.Column("stopreden", sa.String(length=32), nullable=True),
        sa.Column("notitie", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(["activiteit_id"], ["activiteit.id"]),
        sa.ForeignKeyConstraint(["traject_id"], ["traject.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("match", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_match_activiteit_id"), ["activiteit_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_match_traject_id"), ["traject_id"], unique=False)

    op.create_table(
        "gezondheid",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("traject_id", sa.Integer(), nullable=False),
        sa.Column("datum", sa.Date(), nullable=False),
        sa.Column("moment", sa.String(length=16), nullable=False),
        sa.Column("lichaamsfuncties", sa.Integer(), nullable=False),
        sa.Column("mentaal_welbevinden", sa.Integer(), nullable=False),
        sa.Column("zingeving", sa.Integer(), nullable=False),
        sa.Column("kwaliteit_van_leven", sa.Integer(), nullable=False),
        sa.Column("meedoen", sa.Integer(), nullable=False),
        sa.Column("dagelijks_functioneren", sa.Integer(), nullable=False),
        sa.Column("notitie", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(["traject_id"], ["traject.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("gezondheid", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_gezondheid_traject_id"), ["traject_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("gezondheid", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_gezondheid_traject_id"))
    op.drop_table("gezondheid")
    with op.batch_alter_table("match", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_match_traject_id"))
        batch_op.drop_index(batch_op.f("ix_match_activiteit_id"))
    op.drop_table("match")
    op.drop_table("behoefte_aanbod")
    with op.batch_alter_table("activiteit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activiteit_uid"))
        batch_op.drop_index("ix_activiteit_wijk")
        batch_op.drop_index("ix_activiteit_aanbod")
    op.drop_table("activiteit")
