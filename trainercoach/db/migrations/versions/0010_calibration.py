"""Calibration exercises: observers score the same deliveries blind (issue 19).

Revision ID: 0010
Revises: 0009
Create Date: 2027-01-20

Five new tables: the exercise (name, rubric version, open or closed), its targets (a practice delivery, or a
recording's link and title), its observers (with when each handed in their scores), each observer's score per
criterion per target, and the lead's optional reference scores.

On a team server: leads manage exercises (the default privileges of 0004/0007 give them every new table; their
policies say all rows). Trainers read exercises, targets and who takes part; they write only their own scores,
only while the exercise is open and they have not handed in; and they see other observers' scores and the
reference only once every observer has handed in or the lead has closed the exercise — the blindness is the
database's, not only the app's. Every new table announces its changes (0005), and a trainer's inserts take ids
from the sequences (0007).
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

TABLES = ("calibration_exercise", "calibration_target", "calibration_observer", "calibration_score",
          "calibration_reference")
ME = "(SELECT trainercoach_person_of(current_user))"


def upgrade() -> None:
    op.create_table(
        "calibration_exercise",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("rubric_version_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("lead_id", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("status IN ('open', 'closed')", name=op.f("ck_calibration_exercise_status")),
        sa.ForeignKeyConstraint(["lead_id"], ["person.id"], name=op.f("fk_calibration_exercise_lead_id_person"),
                                ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["rubric_version_id"], ["rubric_version.id"],
                                name=op.f("fk_calibration_exercise_rubric_version_id_rubric_version"),
                                ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_calibration_exercise")),
    )
    op.create_table(
        "calibration_target",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("exercise_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("delivery_id", sa.Integer(), nullable=True),
        sa.Column("recording_link", sa.String(length=500), nullable=False),
        sa.ForeignKeyConstraint(["delivery_id"], ["delivery.id"],
                                name=op.f("fk_calibration_target_delivery_id_delivery"), ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["exercise_id"], ["calibration_exercise.id"],
                                name=op.f("fk_calibration_target_exercise_id_calibration_exercise"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_calibration_target")),
    )
    op.create_index(op.f("ix_calibration_target_exercise_id"), "calibration_target", ["exercise_id"])
    op.create_table(
        "calibration_observer",
        sa.Column("exercise_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("submitted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["exercise_id"], ["calibration_exercise.id"],
                                name=op.f("fk_calibration_observer_exercise_id_calibration_exercise"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], name=op.f("fk_calibration_observer_person_id_person"),
                                ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("exercise_id", "person_id", name=op.f("pk_calibration_observer")),
    )
    op.create_table(
        "calibration_score",
        sa.Column("target_id", sa.Integer(), nullable=False),
        sa.Column("observer_id", sa.Integer(), nullable=False),
        sa.Column("criterion_id", sa.Integer(), nullable=False),
        sa.Column("score", sa.Integer(), nullable=True),
        sa.CheckConstraint("score IS NULL OR (score BETWEEN 1 AND 5)", name=op.f("ck_calibration_score_score_range")),
        sa.ForeignKeyConstraint(["criterion_id"], ["criterion.id"],
                                name=op.f("fk_calibration_score_criterion_id_criterion"), ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["observer_id"], ["person.id"], name=op.f("fk_calibration_score_observer_id_person"),
                                ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["target_id"], ["calibration_target.id"],
                                name=op.f("fk_calibration_score_target_id_calibration_target"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("target_id", "observer_id", "criterion_id", name=op.f("pk_calibration_score")),
    )
    op.create_table(
        "calibration_reference",
        sa.Column("target_id", sa.Integer(), nullable=False),
        sa.Column("criterion_id", sa.Integer(), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.CheckConstraint("score BETWEEN 1 AND 5", name=op.f("ck_calibration_reference_score_range")),
        sa.ForeignKeyConstraint(["criterion_id"], ["criterion.id"],
                                name=op.f("fk_calibration_reference_criterion_id_criterion"), ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["target_id"], ["calibration_target.id"],
                                name=op.f("fk_calibration_reference_target_id_calibration_target"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("target_id", "criterion_id", name=op.f("pk_calibration_reference")),
    )
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
    # Revealed: the exercise is closed, or every observer has handed in. Asked through a function that reads
    # the tables as their owner, since the policy on calibration_score cannot read rows the trainer may not see.
    _run(bind, f"""
        CREATE OR REPLACE FUNCTION {s}.trainercoach_calibration_revealed(target integer) RETURNS boolean
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {s}, pg_temp AS $$
            SELECT EXISTS (
                SELECT 1 FROM calibration_target t JOIN calibration_exercise e ON e.id = t.exercise_id
                WHERE t.id = target AND (e.status = 'closed' OR NOT EXISTS (
                    SELECT 1 FROM calibration_observer o WHERE o.exercise_id = e.id AND o.submitted_at IS NULL)))
        $$""")
    # Writable by this observer: the exercise is open, they take part and have not handed in.
    _run(bind, f"""
        CREATE OR REPLACE FUNCTION {s}.trainercoach_calibration_writable(target integer, observer integer)
        RETURNS boolean
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {s}, pg_temp AS $$
            SELECT EXISTS (
                SELECT 1 FROM calibration_target t JOIN calibration_exercise e ON e.id = t.exercise_id
                JOIN calibration_observer o ON o.exercise_id = e.id AND o.person_id = observer
                WHERE t.id = target AND e.status = 'open' AND o.submitted_at IS NULL)
        $$""")
    for function in ("trainercoach_calibration_revealed(integer)",
                     "trainercoach_calibration_writable(integer, integer)"):
        _run(bind, f"REVOKE ALL ON FUNCTION {s}.{function} FROM PUBLIC")
        _run(bind, f"GRANT EXECUTE ON FUNCTION {s}.{function} TO {lead}, {trainer}")
    for table in TABLES:
        t = f"{s}.{q(table)}"
        _run(bind, f"GRANT SELECT, INSERT, UPDATE, DELETE ON {t} TO {lead}")
        _run(bind, f"CREATE TRIGGER announce_{table} AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {t} "
                   "FOR EACH STATEMENT EXECUTE FUNCTION trainercoach_announce()")
    for table in ("calibration_exercise", "calibration_target"):
        _run(bind, f"GRANT SELECT ON {s}.{q(table)} TO {trainer}")
        sequence = bind.exec_driver_sql(f"SELECT pg_get_serial_sequence('{schema}.{table}', 'id')").scalar_one()
        _run(bind, f"CREATE TRIGGER trainercoach_id_given BEFORE INSERT OR UPDATE OF id ON {s}.{q(table)} "
                   f"FOR EACH ROW EXECUTE FUNCTION trainercoach_id_given('{sequence}')")
    own = f"observer_id = {ME}"
    rules: dict[str, list[tuple[str, str, str | None, str | None]]] = {
        "calibration_observer": [
            ("SELECT", "SELECT", "true", None),
            ("UPDATE", "UPDATE", f"person_id = {ME}", f"person_id = {ME}"),
        ],
        "calibration_score": [
            ("SELECT", "SELECT", f"{own} OR trainercoach_calibration_revealed(target_id)", None),
            ("INSERT", "INSERT", None, f"{own} AND trainercoach_calibration_writable(target_id, observer_id)"),
            ("UPDATE", "UPDATE", f"{own} AND trainercoach_calibration_writable(target_id, observer_id)",
             f"{own} AND trainercoach_calibration_writable(target_id, observer_id)"),
            ("DELETE", "DELETE", f"{own} AND trainercoach_calibration_writable(target_id, observer_id)", None),
        ],
        "calibration_reference": [("SELECT", "SELECT", "trainercoach_calibration_revealed(target_id)", None)],
    }
    for table, policies in rules.items():
        t = f"{s}.{q(table)}"
        _run(bind, f"ALTER TABLE {t} ENABLE ROW LEVEL SECURITY")
        _run(bind, f"CREATE POLICY lead_all ON {t} TO {lead} USING (true) WITH CHECK (true)")
        for command, privilege, using, check in policies:
            _run(bind, f"GRANT {privilege} ON {t} TO {trainer}")
            clause = (f" USING ({using})" if using else "") + (f" WITH CHECK ({check})" if check else "")
            _run(bind, f"CREATE POLICY trainer_{command.lower()} ON {t} FOR {command} TO {trainer}{clause}")


def downgrade() -> None:
    bind = op.get_bind()
    for table in reversed(TABLES):
        op.drop_table(table)
    if bind.dialect.name == "postgresql":
        _run(bind, "DROP FUNCTION IF EXISTS trainercoach_calibration_revealed(integer)")
        _run(bind, "DROP FUNCTION IF EXISTS trainercoach_calibration_writable(integer, integer)")
