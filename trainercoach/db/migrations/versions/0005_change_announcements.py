"""Every table announces each committed change on PostgreSQL, so other people's windows can refresh.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23

A statement-level trigger calls pg_notify on channel ``trainercoach`` with ``schema.table`` as payload;
PostgreSQL delivers it only when the transaction commits, so a refused action announces nothing. The payload
names a table, never a row, so it tells a trainer nothing the row-level policies hide. SQLite needs nothing:
watchers there read ``PRAGMA data_version``.
"""

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

TABLES = [
    "action_item", "anchor", "app_user", "candidate", "certification", "certification_evidence",
    "comprehension_check", "comprehension_score", "criterion", "delivery", "delivery_observer",
    "feedback_answer", "feedback_import", "feedback_item", "feedback_response", "import_preset",
    "mentor_signoff", "milestone", "observation", "observation_score", "person", "rubric", "rubric_version",
    "setting", "stage", "stage_move", "training_asset", "trait_score",
]


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        """
        CREATE FUNCTION trainercoach_announce() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM pg_notify('trainercoach', TG_TABLE_SCHEMA || '.' || TG_TABLE_NAME);
            RETURN NULL;
        END
        $$
        """
    )
    for table in TABLES:
        op.execute(
            f"CREATE TRIGGER announce_{table} AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION trainercoach_announce()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in TABLES:
        op.execute(f"DROP TRIGGER IF EXISTS announce_{table} ON {table}")
    op.execute("DROP FUNCTION IF EXISTS trainercoach_announce()")
