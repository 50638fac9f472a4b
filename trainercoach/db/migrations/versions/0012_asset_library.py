"""The training asset library (issue 20): an asset's template, languages, knowledge-base article date, mock
tickets, last review and version; its versions; and agents' feedback on the material.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06

New columns on training_asset have defaults, so every existing asset keeps working: no template, no languages,
no mock tickets, never reviewed, version 1. Two new tables: training_asset_version (label, what changed, when,
by whom) and training_asset_feedback (a rating 1-5 and/or a comment, optionally from a session).

On a team server: leads manage every asset (the default privileges of 0004/0007 give them the new tables; their
policies say all rows). A trainer reads every asset, version and piece of feedback (the library is shared), but
changes only the assets she owns: she adds an asset only as its owner, edits, reviews, versions or deletes only
her own, and cannot hand one to someone else. She enters feedback on any asset (agents tell the trainer who
taught them) and changes only the feedback she entered, hung only off a session she may see. Every new table
announces its changes (0005); a trainer's inserts take ids from the sequences (0007).
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

TABLES = ("training_asset_version", "training_asset_feedback")
ME = "(SELECT trainercoach_person_of(current_user))"


def _columns() -> tuple[sa.Column, ...]:
    return (
        sa.Column("has_mock_tickets", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("template", sa.String(200), nullable=False, server_default=""),
        sa.Column("languages", sa.String(100), nullable=False, server_default=""),
        sa.Column("article_changed_on", sa.Date(), nullable=True),
        sa.Column("last_reviewed_on", sa.Date(), nullable=True),
        sa.Column("last_reviewed_by", sa.String(200), nullable=False, server_default=""),
        sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
    )


def upgrade() -> None:
    with op.batch_alter_table("training_asset") as batch:
        for column in _columns():
            batch.add_column(column)
    op.create_table(
        "training_asset_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("asset_id", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=40), nullable=False),
        sa.Column("changes", sa.Text(), nullable=False),
        sa.Column("made_at", sa.DateTime(), nullable=False),
        sa.Column("made_by", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(["asset_id"], ["training_asset.id"],
                                name=op.f("fk_training_asset_version_asset_id_training_asset"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_asset_version")),
    )
    op.create_index(op.f("ix_training_asset_version_asset_id"), "training_asset_version", ["asset_id"])
    op.create_table(
        "training_asset_feedback",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("asset_id", sa.Integer(), nullable=False),
        sa.Column("delivery_id", sa.Integer(), nullable=True),
        sa.Column("rating", sa.Integer(), nullable=True),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("entered_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("rating IS NULL OR (rating BETWEEN 1 AND 5)",
                           name=op.f("ck_training_asset_feedback_rating_range")),
        sa.ForeignKeyConstraint(["asset_id"], ["training_asset.id"],
                                name=op.f("fk_training_asset_feedback_asset_id_training_asset"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["delivery_id"], ["delivery.id"],
                                name=op.f("fk_training_asset_feedback_delivery_id_delivery"), ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["entered_by_id"], ["person.id"],
                                name=op.f("fk_training_asset_feedback_entered_by_id_person"), ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_asset_feedback")),
    )
    op.create_index(op.f("ix_training_asset_feedback_asset_id"), "training_asset_feedback", ["asset_id"])
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        _team(bind)


def _run(bind, sql: str) -> None:
    bind.exec_driver_sql(sql.replace("%", "%%"))


def _team(bind) -> None:
    q = bind.dialect.identifier_preparer.quote
    schema = bind.exec_driver_sql("SELECT current_schema()").scalar_one()
    s = q(schema)
    lead = bind.exec_driver_sql(f"SELECT {s}.trainercoach_role('lead')").scalar_one()
    trainer = bind.exec_driver_sql(f"SELECT {s}.trainercoach_role('trainer')").scalar_one()
    for table in TABLES:
        t = f"{s}.{q(table)}"
        _run(bind, f"GRANT SELECT, INSERT, UPDATE, DELETE ON {t} TO {lead}, {trainer}")
        _run(bind, f"CREATE TRIGGER announce_{table} AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {t} "
                   "FOR EACH STATEMENT EXECUTE FUNCTION trainercoach_announce()")
        sequence = bind.exec_driver_sql(f"SELECT pg_get_serial_sequence('{schema}.{table}', 'id')").scalar_one()
        _run(bind, f"CREATE TRIGGER trainercoach_id_given BEFORE INSERT OR UPDATE OF id ON {t} "
                   f"FOR EACH ROW EXECUTE FUNCTION trainercoach_id_given('{sequence}')")
        _run(bind, f"CREATE TRIGGER trainercoach_ids_follow AFTER INSERT ON {t} REFERENCING NEW TABLE AS inserted "
                   "FOR EACH STATEMENT EXECUTE FUNCTION trainercoach_ids_follow()")
    # 0004 let trainers add assets (SELECT, INSERT) with no row security; now they also change their own.
    _run(bind, f"GRANT SELECT, INSERT, UPDATE, DELETE ON {s}.training_asset TO {trainer}")
    own_asset = f"owner_id = {ME}"
    owned = f"asset_id IN (SELECT a.id FROM {s}.training_asset a WHERE a.owner_id = {ME})"
    entered = f"entered_by_id = {ME}"
    session_seen = f"(delivery_id IS NULL OR delivery_id IN (SELECT d.id FROM {s}.delivery d))"
    rules: dict[str, list[tuple[str, str | None, str | None]]] = {
        "training_asset": [("SELECT", "true", None), ("INSERT", None, own_asset),
                           ("UPDATE", own_asset, own_asset), ("DELETE", own_asset, None)],
        "training_asset_version": [("SELECT", "true", None), ("INSERT", None, owned),
                                   ("UPDATE", owned, owned), ("DELETE", owned, None)],
        "training_asset_feedback": [("SELECT", "true", None), ("INSERT", None, f"{entered} AND {session_seen}"),
                                    ("UPDATE", entered, f"{entered} AND {session_seen}"), ("DELETE", entered, None)],
    }
    for table, policies in rules.items():
        t = f"{s}.{q(table)}"
        _run(bind, f"ALTER TABLE {t} ENABLE ROW LEVEL SECURITY")
        _run(bind, f"CREATE POLICY lead_all ON {t} TO {lead} USING (true) WITH CHECK (true)")
        for command, using, check in policies:
            clause = (f" USING ({using})" if using else "") + (f" WITH CHECK ({check})" if check else "")
            _run(bind, f"CREATE POLICY trainer_{command.lower()} ON {t} FOR {command} TO {trainer}{clause}")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        q = bind.dialect.identifier_preparer.quote
        s = q(bind.exec_driver_sql("SELECT current_schema()").scalar_one())
        trainer = bind.exec_driver_sql(f"SELECT {s}.trainercoach_role('trainer')").scalar_one()
        for policy in ("lead_all", "trainer_select", "trainer_insert", "trainer_update", "trainer_delete"):
            _run(bind, f"DROP POLICY IF EXISTS {policy} ON {s}.training_asset")
        _run(bind, f"ALTER TABLE {s}.training_asset DISABLE ROW LEVEL SECURITY")
        _run(bind, f"REVOKE UPDATE, DELETE ON {s}.training_asset FROM {trainer}")
    for table in reversed(TABLES):
        op.drop_table(table)
    with op.batch_alter_table("training_asset") as batch:
        for column in reversed(_columns()):
            batch.drop_column(column.name)
