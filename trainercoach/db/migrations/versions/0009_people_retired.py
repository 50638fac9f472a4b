"""People can be retired: when, if ever, a person stopped being offered as an observer, mentor or owner.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-08

A nullable column: every existing person stays active. A retired person keeps their name on every old record
(sessions observed, candidates mentored); only the choices for new work leave them out. The team roles' grants
are per table (0004), so the new column is covered by them.
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("person") as batch:
        batch.add_column(sa.Column("retired_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("person") as batch:
        batch.drop_column("retired_at")
