"""One import per file and session, enforced by the database.

Revision ID: 0008
Revises: 0007
Create Date: 2027-01-10

The app asks before importing a file it has seen, but that question is asked before the write transaction, so two
imports of the same file started at the same moment (two windows, two people on a team server) could both land.
A partial unique index on (session, file fingerprint) makes the database refuse the second; an import the person
chose to repeat after being told is marked ``deliberate_repeat`` and stays allowed.

Databases that already hold the same file twice in one session still upgrade: the first import of each (the lowest
id) is kept as the one that counts, and every later one is marked a deliberate repeat. No forms are deleted or
changed; only the new column is set. The team roles' grants are per table (0004), so the new column is covered.
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("feedback_import") as batch:
        batch.add_column(sa.Column("deliberate_repeat", sa.Boolean(), nullable=False, server_default=sa.false()))
    # Keep the first of each (session, file) as the import; mark the later ones as repeats, so the index holds.
    op.execute(
        "UPDATE feedback_import SET deliberate_repeat = TRUE WHERE id NOT IN "
        "(SELECT MIN(id) FROM feedback_import GROUP BY delivery_id, sha256)"
    )
    op.create_index("ux_feedback_import_once", "feedback_import", ["delivery_id", "sha256"], unique=True,
                    sqlite_where=sa.text("NOT deliberate_repeat"), postgresql_where=sa.text("NOT deliberate_repeat"))


def downgrade() -> None:
    op.drop_index("ux_feedback_import_once", table_name="feedback_import")
    with op.batch_alter_table("feedback_import") as batch:
        batch.drop_column("deliberate_repeat")
