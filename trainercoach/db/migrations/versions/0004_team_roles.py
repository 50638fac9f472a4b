"""Team mode: who each login is, and on PostgreSQL the roles, grants and row-level policies that enforce it.

A lead sees and edits everything. A trainer sees and edits their own practice deliveries and what hangs off
them (observers, feedback, comprehension checks), their own action items, reads their own observations,
certifications and selection scores, and reads the shared lists (people, candidates, stages, rubrics);
other trainers' observations and sessions stay out of their sight and out of their reach. The database
enforces this, so a trainer with psql gets no more than a trainer with the app.

On SQLite only the ``app_user`` table is made (so a database copied either way keeps its logins); a file has
no logins to keep apart.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

LEAD = "trainercoach_lead"
TRAINER = "trainercoach_trainer"
GROUP_ROLES = (LEAD, TRAINER)

# Tables everyone with a role reads in full and trainers do not change.
SHARED_READ = ("person", "stage", "candidate", "stage_move", "rubric", "rubric_version", "criterion", "anchor",
               "feedback_item", "setting", "alembic_version")
# What a trainer may do with the rows the policy below lets them see: (table, privileges, policy).
# ``OWN_CANDIDATE`` and the sub-selects on delivery etc. are themselves filtered by those tables' policies.
OWN_CANDIDATE = "candidate_id IN (SELECT c.id FROM candidate c WHERE c.person_id = (SELECT trainercoach_person_of(current_user)))"  # noqa: E501
OWN_DELIVERY = "delivery_id IN (SELECT d.id FROM delivery d)"
TRAINER_RULES = (
    ("delivery", "SELECT, INSERT, UPDATE, DELETE", OWN_CANDIDATE),
    ("delivery_observer", "SELECT, INSERT, UPDATE, DELETE", OWN_DELIVERY),
    ("feedback_import", "SELECT, INSERT, UPDATE, DELETE", OWN_DELIVERY),
    ("feedback_response", "SELECT, INSERT, UPDATE, DELETE", OWN_DELIVERY),
    ("feedback_answer", "SELECT, INSERT, UPDATE, DELETE", "response_id IN (SELECT r.id FROM feedback_response r)"),
    ("comprehension_check", "SELECT, INSERT, UPDATE, DELETE", OWN_DELIVERY),
    ("comprehension_score", "SELECT, INSERT, UPDATE, DELETE", "check_id IN (SELECT k.id FROM comprehension_check k)"),
    ("observation", "SELECT", OWN_DELIVERY),
    ("observation_score", "SELECT", "observation_id IN (SELECT o.id FROM observation o)"),
    ("action_item", "SELECT, INSERT, UPDATE", OWN_CANDIDATE),
    ("certification", "SELECT", OWN_CANDIDATE),
    ("certification_evidence", "SELECT", "certification_id IN (SELECT z.id FROM certification z)"),
    ("mentor_signoff", "SELECT", OWN_CANDIDATE),
    ("trait_score", "SELECT", OWN_CANDIDATE),
    ("milestone", "SELECT", OWN_CANDIDATE),
    ("app_user", "SELECT", "db_user = current_user"),
)
# Shared tables a trainer adds to while logging a session or importing its feedback.
TRAINER_ADDS = (("training_asset", "SELECT, INSERT"), ("import_preset", "SELECT, INSERT, UPDATE"))


def upgrade() -> None:
    op.create_table(
        "app_user",
        sa.Column("db_user", sa.String(length=63), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("role IN ('lead', 'trainer')", name=op.f("ck_app_user_role")),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], name=op.f("fk_app_user_person_id_person"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("db_user", name=op.f("pk_app_user")),
        sa.UniqueConstraint("person_id", name=op.f("uq_app_user_person_id")),
    )
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    schema = bind.exec_driver_sql("SELECT current_schema()").scalar_one()
    run = _runner(bind)
    _create_group_roles(run)
    q = bind.dialect.identifier_preparer.quote
    s = q(schema)
    roles = f"{LEAD}, {TRAINER}"
    run(f"GRANT USAGE ON SCHEMA {s} TO {roles}")
    run(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA {s} TO {roles}")
    run(f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {s} TO {LEAD}")
    run(f"REVOKE INSERT, UPDATE, DELETE ON {s}.alembic_version FROM {LEAD}")
    # Tables later migrations add are a lead's at once; a trainer gets nothing until a migration says what.
    run(f"ALTER DEFAULT PRIVILEGES IN SCHEMA {s} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {LEAD}")
    run(f"ALTER DEFAULT PRIVILEGES IN SCHEMA {s} GRANT USAGE ON SEQUENCES TO {roles}")
    for table in SHARED_READ:
        run(f"GRANT SELECT ON {s}.{q(table)} TO {TRAINER}")
    for table, privileges in TRAINER_ADDS:
        run(f"GRANT {privileges} ON {s}.{q(table)} TO {TRAINER}")

    # current_user inside a SECURITY DEFINER function is its owner, so the caller's name is passed in; it
    # maps only names the caller may act as, so nobody looks up another login's person.
    run(f"""
        CREATE OR REPLACE FUNCTION {s}.trainercoach_person_of(who name) RETURNS integer
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {s}, pg_temp AS $$
            SELECT u.person_id FROM app_user u
            WHERE u.db_user = who AND pg_has_role(session_user, who, 'MEMBER')
        $$""")
    # A trainer may delete their own session only while nobody has observed it: an observation is the
    # lead's record. Asked through a function, because a policy on delivery that reads observation (whose
    # policy reads delivery) would be a loop PostgreSQL refuses.
    run(f"""
        CREATE OR REPLACE FUNCTION {s}.trainercoach_is_observed(session_id integer) RETURNS boolean
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {s}, pg_temp AS $$
            SELECT EXISTS (SELECT 1 FROM observation o WHERE o.delivery_id = session_id)
        $$""")
    for function in ("trainercoach_person_of(name)", "trainercoach_is_observed(integer)"):
        run(f"REVOKE ALL ON FUNCTION {s}.{function} FROM PUBLIC")
        run(f"GRANT EXECUTE ON FUNCTION {s}.{function} TO {roles}")

    for table, privileges, rule in TRAINER_RULES:
        t = f"{s}.{q(table)}"
        run(f"GRANT {privileges} ON {t} TO {TRAINER}")
        run(f"ALTER TABLE {t} ENABLE ROW LEVEL SECURITY")
        run(f"CREATE POLICY lead_all ON {t} TO {LEAD} USING (true) WITH CHECK (true)")
        run(f"CREATE POLICY trainer_own ON {t} TO {TRAINER} USING ({rule}) WITH CHECK ({rule})")
    run(f"CREATE POLICY trainer_unobserved ON {s}.delivery AS RESTRICTIVE FOR DELETE TO {TRAINER} "
        "USING (NOT trainercoach_is_observed(id))")
    _ids_follow_explicit_inserts(run, s, bind)


def _create_group_roles(run) -> None:  # a connection's exec_driver_sql
    """Roles belong to the whole server, not to this database: another database (or a test's schema) may
    have made them already, possibly a moment ago in a parallel run, so both cases are tolerated."""
    for role in GROUP_ROLES:
        run(f"""
            DO $$
            BEGIN
                IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{role}') THEN
                    CREATE ROLE {role} NOLOGIN;
                END IF;
            EXCEPTION
                WHEN duplicate_object OR unique_violation THEN NULL;
                WHEN insufficient_privilege THEN
                    RAISE EXCEPTION 'The role {role} does not exist and this login may not create it.'
                        USING HINT = 'Ask the server administrator to run: CREATE ROLE {role} NOLOGIN;';
            END $$""")


def _ids_follow_explicit_inserts(run, s: str, bind) -> None:  # see above
    """Rows are put back with the ids they had (undo and redo, the demo, ``db copy``). PostgreSQL's
    sequences do not notice ids they did not hand out, so a later insert would collide; after each insert
    statement, this moves a table's sequence past the highest id it wrote, whoever wrote it."""
    run(f"""
        CREATE OR REPLACE FUNCTION {s}.trainercoach_ids_follow() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = {s}, pg_temp AS $$
        DECLARE
            seq text := pg_get_serial_sequence(format('%I.%I', TG_TABLE_SCHEMA, TG_TABLE_NAME), 'id');
            top bigint;
            last bigint;
            called boolean;
        BEGIN
            SELECT max(id) INTO top FROM inserted;
            IF top IS NULL OR seq IS NULL THEN
                RETURN NULL;
            END IF;
            EXECUTE format('SELECT last_value, is_called FROM %s', seq) INTO last, called;
            IF top > last OR (top = last AND NOT called) THEN
                PERFORM setval(seq, top, true);
            END IF;
            RETURN NULL;
        END $$""")
    run(f"REVOKE ALL ON FUNCTION {s}.trainercoach_ids_follow() FROM PUBLIC")
    for table in _serial_tables(bind):
        run(f"CREATE TRIGGER trainercoach_ids_follow AFTER INSERT ON {s}.{table} REFERENCING NEW TABLE AS inserted "
            "FOR EACH STATEMENT EXECUTE FUNCTION trainercoach_ids_follow()")


def _serial_tables(bind) -> list[str]:  # a connection
    return [row[0] for row in _runner(bind)(
        "SELECT table_name FROM information_schema.columns WHERE table_schema = current_schema() "
        "AND column_name = 'id' AND column_default LIKE 'nextval(%' ORDER BY table_name")]


def _runner(bind):  # a connection, and its exec_driver_sql
    """SQL as written: psycopg reads % as a placeholder even without parameters, so it is doubled."""
    return lambda sql: bind.exec_driver_sql(sql.replace("%", "%%"))


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        run = _runner(bind)
        q = bind.dialect.identifier_preparer.quote
        s = q(bind.exec_driver_sql("SELECT current_schema()").scalar_one())
        for table in _serial_tables(bind):
            run(f"DROP TRIGGER IF EXISTS trainercoach_ids_follow ON {s}.{table}")
        run(f"DROP POLICY IF EXISTS trainer_unobserved ON {s}.delivery")
        for table, _, _ in TRAINER_RULES:
            t = f"{s}.{q(table)}"
            run(f"DROP POLICY IF EXISTS lead_all ON {t}")
            run(f"DROP POLICY IF EXISTS trainer_own ON {t}")
            run(f"ALTER TABLE {t} DISABLE ROW LEVEL SECURITY")
        roles = f"{LEAD}, {TRAINER}"
        run(f"ALTER DEFAULT PRIVILEGES IN SCHEMA {s} REVOKE ALL ON TABLES FROM {LEAD}")
        run(f"ALTER DEFAULT PRIVILEGES IN SCHEMA {s} REVOKE ALL ON SEQUENCES FROM {roles}")
        run(f"REVOKE ALL ON ALL TABLES IN SCHEMA {s} FROM {roles}")
        run(f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {s} FROM {roles}")
        run(f"REVOKE ALL ON SCHEMA {s} FROM {roles}")
        for function in ("trainercoach_ids_follow()", "trainercoach_is_observed(integer)",
                         "trainercoach_person_of(name)"):
            run(f"DROP FUNCTION IF EXISTS {s}.{function}")
        # The group roles stay: they belong to the server, and other databases may use them.
    op.drop_table("app_user")
