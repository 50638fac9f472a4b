"""Saved capacity plans (issue 21).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06

One new table: a plan's name and its inputs as JSON. On a team server leads read and write plans; trainers
read them (the team's sizing is no secret among its trainers) and cannot change them. The table announces its
changes (0005).
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "capacity_plan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("inputs", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_capacity_plan")),
        sa.UniqueConstraint("name", name=op.f("uq_capacity_plan_name")),
    )
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        q = bind.dialect.identifier_preparer.quote
        s = q(bind.exec_driver_sql("SELECT current_schema()").scalar_one())
        lead = bind.exec_driver_sql(f"SELECT {s}.trainercoach_role('lead')").scalar_one()
        trainer = bind.exec_driver_sql(f"SELECT {s}.trainercoach_role('trainer')").scalar_one()
        table = f"{s}.{q('capacity_plan')}"
        bind.exec_driver_sql(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {table} TO {lead}")
        bind.exec_driver_sql(f"GRANT SELECT ON {table} TO {trainer}")
        bind.exec_driver_sql(f"CREATE TRIGGER announce_capacity_plan AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE "
                             f"ON {table} FOR EACH STATEMENT EXECUTE FUNCTION trainercoach_announce()")


def downgrade() -> None:
    op.drop_table("capacity_plan")
