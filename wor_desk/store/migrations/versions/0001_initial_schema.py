"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "client",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_nr", sa.String(length=64), nullable=False),
        sa.Column("voornaam", sa.String(length=100), nullable=True),
        sa.Column("achternaam", sa.String(length=150), nullable=False),
        sa.Column("geboortedatum", sa.Date(), nullable=True),
        sa.Column("geslacht", sa.String(length=16), nullable=False),
        sa.Column("postcode", sa.String(length=7), nullable=True),
        sa.Column("gemeente", sa.String(length=100), nullable=True),
        sa.Column("wijk", sa.String(length=100), nullable=True),
        sa.Column("telefoon", sa.String(length=40), nullable=True),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("aangemaakt", sa.DateTime(), nullable=False),
        sa.Column("gewijzigd", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("client", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_client_client_nr"), ["client_nr"], unique=True)

    op.create_table(
        "instelling",
        sa.Column("sleutel", sa.String(length=64), nullable=False),
        sa.Column("waarde", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("sleutel"),
    )
    op.create_table(
        "traject",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("bezoekdatum", sa.Date(), nullable=True),
        sa.Column("klachten", sa.String(), nullable=True),
        sa.Column("verwijsdatum", sa.Date(), nullable=False),
        sa.Column("verwijzer_naam", sa.String(length=150), nullable=True),
        sa.Column("verwijzer_praktijk", sa.String(length=150), nullable=True),
        sa.Column("verwijzer_type", sa.String(length=32), nullable=False),
        sa.Column("kanaal", sa.String(length=32), nullable=True),
        sa.Column("reden_omschrijving", sa.String(), nullable=True),
        sa.Column("toestemming_gegevens", sa.Boolean(), nullable=True),
        sa.Column("toestemming_terugkoppeling", sa.Boolean(), nullable=True),
        sa.Column("eerste_contact", sa.Date(), nullable=True),
        sa.Column("kennismaking_gepland", sa.Date(), nullable=True),
        sa.Column("kennismaking", sa.Date(), nullable=True),
        sa.Column("behoefte", sa.String(), nullable=True),
        sa.Column("aanbod", sa.String(length=32), nullable=True),
        sa.Column("activiteit", sa.String(length=200), nullable=True),
        sa.Column("aanbieder", sa.String(length=200), nullable=True),
        sa.Column("start_activiteit", sa.Date(), nullable=True),
        sa.Column("afgerond", sa.Date(), nullable=True),
        sa.Column("afsluitreden", sa.String(length=32), nullable=True),
        sa.Column("afsluit_toelichting", sa.String(), nullable=True),
        sa.Column("aangemaakt", sa.DateTime(), nullable=False),
        sa.Column("gewijzigd", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["client.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("client_id", "verwijsdatum", name="uq_traject_client_verwijsdatum"),
    )
    with op.batch_alter_table("traject", schema=None) as batch_op:
        batch_op.create_index("ix_traject_afgerond", ["afgerond"], unique=False)
        batch_op.create_index(batch_op.f("ix_traject_client_id"), ["client_id"], unique=False)
        batch_op.create_index("ix_traject_kennismaking", ["kennismaking"], unique=False)
        batch_op.create_index(batch_op.f("ix_traject_verwijsdatum"), ["verwijsdatum"], unique=False)

    op.create_table(
        "contact",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("traject_id", sa.Integer(), nullable=False),
        sa.Column("soort", sa.String(length=16), nullable=False),
        sa.Column("datum", sa.Date(), nullable=False),
        sa.Column("gepland", sa.Boolean(), nullable=False),
        sa.Column("notitie", sa.String(), nullable=True),
        sa.Column("uitkomst", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["traject_id"],
            ["traject.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contact_traject_id"), ["traject_id"], unique=False)

    op.create_table(
        "pauze",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("traject_id", sa.Integer(), nullable=False),
        sa.Column("van", sa.Date(), nullable=False),
        sa.Column("tot", sa.Date(), nullable=True),
        sa.Column("reden", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(
            ["traject_id"],
            ["traject.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("pauze", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_pauze_traject_id"), ["traject_id"], unique=False)

    op.create_table(
        "terugkoppeling",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("traject_id", sa.Integer(), nullable=False),
        sa.Column("datum", sa.Date(), nullable=False),
        sa.Column("moment", sa.String(length=16), nullable=True),
        sa.Column("kanaal", sa.String(length=16), nullable=True),
        sa.Column("notitie", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(
            ["traject_id"],
            ["traject.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("terugkoppeling", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_terugkoppeling_datum"), ["datum"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_terugkoppeling_traject_id"), ["traject_id"], unique=False
        )

    op.create_table(
        "traject_reden",
        sa.Column("traject_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["traject_id"],
            ["traject.id"],
        ),
        sa.PrimaryKeyConstraint("traject_id", "code"),
    )


def downgrade() -> None:
    op.drop_table("traject_reden")
    with op.batch_alter_table("terugkoppeling", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_terugkoppeling_traject_id"))
        batch_op.drop_index(batch_op.f("ix_terugkoppeling_datum"))

    op.drop_table("terugkoppeling")
    with op.batch_alter_table("pauze", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_pauze_traject_id"))

    op.drop_table("pauze")
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_traject_id"))

    op.drop_table("contact")
    with op.batch_alter_table("traject", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_traject_verwijsdatum"))
        batch_op.drop_index("ix_traject_kennismaking")
        batch_op.drop_index(batch_op.f("ix_traject_client_id"))
        batch_op.drop_index("ix_traject_afgerond")

    op.drop_table("traject")
    op.drop_table("instelling")
    with op.batch_alter_table("client", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_client_client_nr"))

    op.drop_table("client")
