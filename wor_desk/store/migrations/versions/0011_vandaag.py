"""vandaag: Vandaag's lines stored per trajectory, kept current at every write (wor_desk.attention)

The tables hold derived state only. Triggers queue a trajectory in `vandaag_wachtrij` whenever
a row its lines derive from is written (by any writer); the store recomputes the queued ones
with the rules before each commit. This migration queues every trajectory and leaves the
rules' fingerprint empty, so the first unlock computes every line with the rules
(`attention.check_rules`), as it does after any later change of the rules.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

#: The tables a trajectory's lines derive from (besides the trajectory itself).
CHILDREN = ("traject_reden", "contact", "pauze", "terugkoppeling")
QUEUE_ONE = "INSERT OR IGNORE INTO vandaag_wachtrij (traject_id) VALUES ({})"
QUEUE_ALL = "INSERT OR IGNORE INTO vandaag_wachtrij (traject_id) SELECT id FROM traject"


def _trigger(name: str, when: str, body: str) -> None:
    op.execute(f"CREATE TRIGGER vandaag_{name} {when} BEGIN {body}; END")


def upgrade() -> None:
    op.create_table(
        "vandaag_regel",
        sa.Column("traject_id", sa.Integer(), nullable=False),
        sa.Column("nr", sa.Integer(), nullable=False),
        sa.Column("sectie", sa.String(length=16), nullable=False),
        sa.Column("wat", sa.String(length=32), nullable=False),
        sa.Column("datum", sa.Date(), nullable=True),
        sa.Column("notitie", sa.String(), nullable=True),
        sa.Column("vanaf", sa.Date(), nullable=True),
        sa.Column("tot", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("traject_id", "nr"),
    )
    op.create_table(
        "vandaag_wachtrij",
        sa.Column("traject_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("traject_id"),
    )
    op.create_table("vandaag_regels", sa.Column("vingerafdruk", sa.String(64), nullable=False))
    _trigger("traject_ins", "AFTER INSERT ON traject", QUEUE_ONE.format("NEW.id"))
    _trigger("traject_upd", "AFTER UPDATE ON traject", QUEUE_ONE.format("NEW.id"))
    _trigger(
        "traject_del",
        "AFTER DELETE ON traject",
        "DELETE FROM vandaag_regel WHERE traject_id = OLD.id; "
        "DELETE FROM vandaag_wachtrij WHERE traject_id = OLD.id",
    )
    for table in CHILDREN:
        _trigger(f"{table}_ins", f"AFTER INSERT ON {table}", QUEUE_ONE.format("NEW.traject_id"))
        _trigger(
            f"{table}_upd",
            f"AFTER UPDATE ON {table}",
            f"{QUEUE_ONE.format('OLD.traject_id')}; {QUEUE_ONE.format('NEW.traject_id')}",
        )
        _trigger(f"{table}_del", f"AFTER DELETE ON {table}", QUEUE_ONE.format("OLD.traject_id"))
    # the follow-up weeks and a practice's letter moments enter every trajectory's lines
    weeks = "sleutel = 'nazorg_na_weken'"
    _trigger("weken_ins", f"AFTER INSERT ON instelling WHEN NEW.{weeks}", QUEUE_ALL)
    _trigger(
        "weken_upd",
        f"AFTER UPDATE ON instelling WHEN (NEW.{weeks} OR OLD.{weeks}) "
        "AND (NEW.waarde IS NOT OLD.waarde OR NEW.sleutel IS NOT OLD.sleutel)",
        QUEUE_ALL,
    )
    _trigger("weken_del", f"AFTER DELETE ON instelling WHEN OLD.{weeks}", QUEUE_ALL)
    _trigger("momenten_ins", "AFTER INSERT ON praktijk WHEN NEW.momenten IS NOT NULL", QUEUE_ALL)
    _trigger(
        "momenten_upd",
        "AFTER UPDATE ON praktijk WHEN NEW.momenten IS NOT OLD.momenten "
        "OR NEW.sleutel IS NOT OLD.sleutel",
        QUEUE_ALL,
    )
    _trigger("momenten_del", "AFTER DELETE ON praktijk WHEN OLD.momenten IS NOT NULL", QUEUE_ALL)
    op.execute(QUEUE_ALL)


def downgrade() -> None:
    names = ["traject_ins", "traject_upd", "traject_del"]
    names += [f"{t}_{e}" for t in CHILDREN for e in ("ins", "upd", "del")]
    names += [f"{k}_{e}" for k in ("weken", "momenten") for e in ("ins", "upd", "del")]
    for name in names:
        op.execute(f"DROP TRIGGER IF EXISTS vandaag_{name}")
    op.drop_table("vandaag_regels")
    op.drop_table("vandaag_wachtrij")
    op.drop_table("vandaag_regel")
