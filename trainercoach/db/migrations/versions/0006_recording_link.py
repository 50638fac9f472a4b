"""A session's recording link: where it can be watched again.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06

A column with an empty default: every existing session keeps working and simply has no link. The team roles'
grants are per table (0004), so the new column is covered by them.
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("delivery") as batch:
        batch.add_column(sa.Column("recording_link", sa.String(1000), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("delivery") as batch:
        batch.drop_column("recording_link")
