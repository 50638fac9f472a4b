"""A team server one trainer cannot break, read across or take over (issue 15).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-10

- **Roles per database.** 0004's group roles ``trainercoach_lead`` and ``trainercoach_trainer`` belong to the
  whole server, so a lead of one team was a lead in every Trainer Coach database on it. This database gets roles
  of its own, named after it (``tc_<database>_lead``, ``tc_<database>_trainer``; the schema joins the name when
  it is not ``public``), every grant and policy moves to them, the logins in ``app_user`` join them, and CONNECT
  on the database is taken from PUBLIC and given only to them. The old roles stay (other databases on the server
  may still use them) but hold nothing here.
- **Ids come from the sequences.** A trainer may put back a row under an id the sequence has already given out
  (undo), never a later one, and may not change an id: before, one rolled-back insert with id 2147483647 pushed
  the sequence to its end for everyone. A lead's copy still moves the sequences on (0004's trigger).
- **Writes hang only off what the writer may see.** Every reference from a table a trainer writes to a table
  with row security is checked against that table's policy (an action item on another trainer's observation,
  a response in another trainer's import). Import presets belong to whoever made them; the shared ones (made
  by a lead) are the leads' to change.
- **Giving access** goes through one function, ``trainercoach_set_access``, owned by whoever runs the migrations
  (who may create roles) and executable by this database's leads: it creates logins and changes only logins that
  are this database's (members of its roles, or made by it), never an administrator, a login with powers of its
  own, other memberships or anything owned or granted elsewhere. Leads need no CREATEROLE.
- **"Is this session observed"** answers only for sessions the caller may see.

SQLite gets only the preset's owner column.
"""

import hashlib
import re

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

LEGACY = {"lead": "trainercoach_lead", "trainer": "trainercoach_trainer"}
MARK = "trainercoach:"  # the comment on a login this database made: trainercoach:<database>/<schema>
SCRAM = r"^SCRAM-SHA-256\$[0-9]{1,7}:[A-Za-z0-9+/]+=*\$[A-Za-z0-9+/]+=*:[A-Za-z0-9+/]+=*$"


def role_names(database: str, schema: str) -> dict[str, str]:
    """The database's own group roles. Readable where it can be (``tc_trainercoach_lead``); a name that had to
    be changed to fit (other characters, too long) gets a hash of the original, so two databases never share."""
    base = database if schema == "public" else f"{database}_{schema}"
    clean = re.sub(r"[^a-z0-9_]", "_", base.lower())
    if clean != base or len(clean) > 63 - len("tc__trainer"):
        digest = hashlib.sha256(f"{database}/{schema}".encode()).hexdigest()[:10]
        clean = f"{clean[:40]}_{digest}"
    return {"lead": f"tc_{clean}_lead", "trainer": f"tc_{clean}_trainer"}


def _runner(bind):  # a connection, and its exec_driver_sql
    """SQL as written: psycopg reads % as a placeholder even without parameters, so it is doubled."""
    return lambda sql: bind.exec_driver_sql(sql.replace("%", "%%"))


def _rows(bind, sql: str) -> list[tuple]:
    return [tuple(row) for row in bind.exec_driver_sql(sql.replace("%", "%%"))]


def upgrade() -> None:
    with op.batch_alter_table("import_preset") as batch:
        batch.add_column(sa.Column("owner_person_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(op.f("fk_import_preset_owner_person_id_person"), "person", ["owner_person_id"],
                                 ["id"], ondelete="CASCADE")
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    database, schema, me = _rows(bind, "SELECT current_database(), current_schema(), current_user")[0]
    q = bind.dialect.identifier_preparer.quote
    s, run = q(schema), _runner(bind)
    roles = role_names(database, schema)
    lead, trainer = roles["lead"], roles["trainer"]
    for role in (lead, trainer):
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
    _move(bind, schema, {LEGACY["lead"]: lead, LEGACY["trainer"]: trainer})
    # The people who had a role here keep it, now in this database's roles.
    for login, role in _rows(bind, f"SELECT u.db_user, u.role FROM {s}.app_user u "
                                   "JOIN pg_roles r ON r.rolname = u.db_user ORDER BY 1"):
        run(f"GRANT {q(roles[role])} TO {q(login)}")
    run(f"""
        DO $$
        BEGIN
            REVOKE CONNECT ON DATABASE {q(database)} FROM PUBLIC;
            GRANT CONNECT ON DATABASE {q(database)} TO {lead}, {trainer};
        EXCEPTION WHEN insufficient_privilege THEN
            RAISE EXCEPTION 'This login may not say who connects to the database {database}.'
                USING HINT = 'Run the upgrade as the database''s owner, or ask the server administrator to run: '
                             'REVOKE CONNECT ON DATABASE {database} FROM PUBLIC; '
                             'GRANT CONNECT ON DATABASE {database} TO {lead}, {trainer};';
        END $$""")
    run(f"""
        CREATE OR REPLACE FUNCTION {s}.trainercoach_role(kind text) RETURNS name
        LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
            SELECT CASE kind WHEN 'lead' THEN '{lead}'::name WHEN 'trainer' THEN '{trainer}'::name END
        $$""")
    run(f"GRANT EXECUTE ON FUNCTION {s}.trainercoach_role(text) TO {lead}, {trainer}")
    _ids_from_sequences(bind, s, lead)
    _presets_owned(bind, s, lead, trainer)
    _references_checked(bind, schema, trainer)
    _observed_only_for_own(bind, s, lead)
    _access_function(bind, database, schema, me, lead, trainer)


def _move(bind, schema: str, mapping: dict[str, str]) -> None:
    """Every privilege and policy the old roles hold in this schema, given to the new ones and taken from the
    old (tables, sequences, functions, the schema, default privileges)."""
    q = bind.dialect.identifier_preparer.quote
    s, run = q(schema), _runner(bind)
    for old, new in mapping.items():
        exists = _rows(bind, f"SELECT 1 FROM pg_roles WHERE rolname = '{old}'")
        if not exists:
            continue
        for name, kind, privilege in _rows(bind, f"""
                SELECT c.relname, c.relkind, a.privilege_type
                FROM pg_class c CROSS JOIN LATERAL aclexplode(c.relacl) a JOIN pg_roles r ON r.oid = a.grantee
                WHERE c.relnamespace = '{s}'::regnamespace AND r.rolname = '{old}' ORDER BY 1, 3"""):
            what = "SEQUENCE" if kind == "S" else "TABLE"
            run(f"GRANT {privilege} ON {what} {s}.{q(name)} TO {new}")
        for (signature,) in _rows(bind, f"""
                SELECT p.oid::regprocedure::text FROM pg_proc p CROSS JOIN LATERAL aclexplode(p.proacl) a
                JOIN pg_roles r ON r.oid = a.grantee
                WHERE p.pronamespace = '{s}'::regnamespace AND r.rolname = '{old}' ORDER BY 1"""):
            run(f"GRANT EXECUTE ON FUNCTION {signature if '.' in signature else s + '.' + signature} TO {new}")
        for table, policy, names in _rows(bind, f"""
                SELECT tablename, policyname, roles::text[] FROM pg_policies
                WHERE schemaname = '{schema}' AND '{old}' = ANY(roles) ORDER BY 1, 2"""):
            to = ", ".join(new if role == old else q(role) for role in names)
            run(f"ALTER POLICY {q(policy)} ON {s}.{q(table)} TO {to}")
        run(f"GRANT USAGE ON SCHEMA {s} TO {new}")
        run(f"ALTER DEFAULT PRIVILEGES IN SCHEMA {s} GRANT USAGE ON SEQUENCES TO {new}")
        if new.endswith("_lead") or old.endswith("_lead"):
            run(f"ALTER DEFAULT PRIVILEGES IN SCHEMA {s} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {new}")
        run(f"ALTER DEFAULT PRIVILEGES IN SCHEMA {s} REVOKE ALL ON TABLES FROM {old}")
        run(f"ALTER DEFAULT PRIVILEGES IN SCHEMA {s} REVOKE ALL ON SEQUENCES FROM {old}")
        run(f"REVOKE ALL ON ALL TABLES IN SCHEMA {s} FROM {old}")
        run(f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {s} FROM {old}")
        run(f"REVOKE ALL ON ALL FUNCTIONS IN SCHEMA {s} FROM {old}")
        run(f"REVOKE ALL ON SCHEMA {s} FROM {old}")


def _serial_tables(bind) -> list[tuple[str, str]]:
    """(table, its id sequence) for every table whose id a sequence gives out."""
    return _rows(bind, "SELECT table_name, pg_get_serial_sequence(format('%I.%I', table_schema, table_name), 'id') "
                       "FROM information_schema.columns WHERE table_schema = current_schema() "
                       "AND column_name = 'id' AND column_default LIKE 'nextval(%' ORDER BY table_name")


def _ids_from_sequences(bind, s: str, lead: str) -> None:
    """A trainer's insert may carry only an id the sequence has already given out (a row put back by undo),
    and no update may move an id: nothing a trainer does reaches the sequence but taking its next value. The
    owner and the leads (who copy whole databases in) keep 0004's trigger that moves the sequence on."""
    run = _runner(bind)
    run(f"""
        CREATE OR REPLACE FUNCTION {s}.trainercoach_id_given() RETURNS trigger
        LANGUAGE plpgsql SET search_path = {s}, pg_temp AS $$
        DECLARE
            given bigint;
        BEGIN
            IF pg_has_role(current_user, '{lead}', 'MEMBER') OR has_sequence_privilege(TG_ARGV[0], 'UPDATE') THEN
                RETURN NEW;
            END IF;
            IF TG_OP = 'UPDATE' THEN
                IF NEW.id IS DISTINCT FROM OLD.id THEN
                    RAISE EXCEPTION 'trainercoach:id An id is the database''s to give; it cannot be changed.'
                        USING ERRCODE = '42501';
                END IF;
                RETURN NEW;
            END IF;
            given := pg_sequence_last_value(TG_ARGV[0]::regclass);
            IF NEW.id IS NULL OR given IS NULL OR NEW.id > given THEN
                RAISE EXCEPTION 'trainercoach:id An id is the database''s to give; % was not given out.', NEW.id
                    USING ERRCODE = '42501';
            END IF;
            RETURN NEW;
        END $$""")
    for table, sequence in _serial_tables(bind):
        run(f"CREATE TRIGGER trainercoach_id_given BEFORE INSERT OR UPDATE OF id ON {s}.{table} "
            f"FOR EACH ROW EXECUTE FUNCTION trainercoach_id_given('{sequence}')")


def _references_checked(bind, schema: str, trainer: str) -> None:
    """Foreign keys are checked without row security, so a trainer could hang a row off another trainer's
    (an action item on their observation). Every reference from a table a trainer writes to a table with row
    security must name a row that table's policy lets the trainer see."""
    q = bind.dialect.identifier_preparer.quote
    s, run = q(schema), _runner(bind)
    checks: dict[str, list[str]] = {}
    for table, column, target, target_column in _rows(bind, f"""
            SELECT c.relname, a.attname, t.relname, ta.attname
            FROM pg_constraint k
            JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class t ON t.oid = k.confrelid
            JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1]
            JOIN pg_attribute ta ON ta.attrelid = k.confrelid AND ta.attnum = k.confkey[1]
            WHERE k.contype = 'f' AND cardinality(k.conkey) = 1 AND c.relnamespace = '{s}'::regnamespace
              AND t.relrowsecurity
              AND (has_table_privilege('{trainer}', c.oid, 'INSERT')
                   OR has_table_privilege('{trainer}', c.oid, 'UPDATE'))
            ORDER BY 1, 2"""):
        checks.setdefault(table, []).append(
            f"({q(column)} IS NULL OR {q(column)} IN (SELECT x.{q(target_column)} FROM {s}.{q(target)} x))")
    for table, conditions in checks.items():
        run(f"CREATE POLICY trainer_references ON {s}.{q(table)} AS RESTRICTIVE TO {trainer} "
            f"USING (true) WITH CHECK ({' AND '.join(conditions)})")


def _presets_owned(bind, s: str, lead: str, trainer: str) -> None:
    """A preset a trainer saves is theirs (read and changed by them and the leads); a lead's is shared, read
    by all and changed by leads only. Before, any trainer could rewrite a shared preset's scale."""
    run = _runner(bind)
    run(f"""
        CREATE OR REPLACE FUNCTION {s}.trainercoach_preset_owner() RETURNS trigger
        LANGUAGE plpgsql SET search_path = {s}, pg_temp AS $$
        BEGIN
            IF NOT pg_has_role(current_user, '{lead}', 'MEMBER')
               AND NOT has_table_privilege(current_user, '{s}.import_preset', 'TRUNCATE') THEN
                NEW.owner_person_id := trainercoach_person_of(current_user);
            END IF;
            RETURN NEW;
        END $$""")
    run(f"CREATE TRIGGER trainercoach_preset_owner BEFORE INSERT ON {s}.import_preset "
        "FOR EACH ROW EXECUTE FUNCTION trainercoach_preset_owner()")
    run(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {s}.import_preset TO {trainer}")
    run(f"ALTER TABLE {s}.import_preset ENABLE ROW LEVEL SECURITY")
    run(f"CREATE POLICY lead_all ON {s}.import_preset TO {lead} USING (true) WITH CHECK (true)")
    mine = "owner_person_id = (SELECT trainercoach_person_of(current_user))"
    run(f"CREATE POLICY trainer_read ON {s}.import_preset FOR SELECT TO {trainer} "
        f"USING (owner_person_id IS NULL OR {mine})")
    for command in ("INSERT", "UPDATE", "DELETE"):
        using = "" if command == "INSERT" else f"USING ({mine}) "
        check = "" if command == "DELETE" else f"WITH CHECK ({mine})"
        run(f"CREATE POLICY trainer_{command.lower()} ON {s}.import_preset FOR {command} TO {trainer} "
            f"{using}{check}")


def _observed_only_for_own(bind, s: str, lead: str) -> None:
    """The helper behind "a trainer deletes a session only while nobody observed it" answered for any id; it
    now answers (true or false) only for a session the caller may see, and NULL for any other."""
    _runner(bind)(f"""
        CREATE OR REPLACE FUNCTION {s}.trainercoach_is_observed(session_id integer) RETURNS boolean
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {s}, pg_temp AS $$
            SELECT EXISTS (SELECT 1 FROM observation o WHERE o.delivery_id = session_id)
            FROM delivery d JOIN candidate c ON c.id = d.candidate_id
            WHERE d.id = session_id
              AND (pg_has_role(session_user, '{lead}', 'MEMBER')
                   OR c.person_id = (SELECT u.person_id FROM app_user u WHERE u.db_user = session_user)
                   OR pg_has_role(session_user, (SELECT relowner FROM pg_class WHERE oid = '{s}.delivery'::regclass),
                                  'MEMBER'))
        $$""")


def _access_function(bind, database: str, schema: str, owner: str, lead: str, trainer: str) -> None:
    """The one way a login is made or changed for this database. Owned by whoever runs the migrations (who may
    create roles), run by a lead without any such power, and written to do nothing but: make a new login, or
    change the password or role of a login that is this database's (a member of its roles, or made by it),
    and only while that login is nothing else: no administrator, no power of its own (creating roles or
    databases, replication, bypassing row security), no other membership, no members, owning or granted
    nothing anywhere on the server. Each refusal is a reason code the app says in words."""
    q = bind.dialect.identifier_preparer.quote
    s, run = q(schema), _runner(bind)
    mark = f"{MARK}{database}/{schema}"
    legacy = ", ".join(f"'{name}'" for name in LEGACY.values())
    run(f"""
        CREATE OR REPLACE FUNCTION {s}.trainercoach_set_access(login text, kind text, verifier text)
        RETURNS text LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
        DECLARE
            existing pg_catalog.pg_roles%ROWTYPE;
            ours boolean;
            outcome text := 'changed';
        BEGIN
            IF NOT (pg_has_role(session_user, '{lead}', 'MEMBER')
                    OR pg_has_role(session_user, '{owner}', 'MEMBER')) THEN
                RAISE EXCEPTION 'trainercoach:not_lead' USING ERRCODE = '42501';
            END IF;
            IF login IS NULL OR login !~ '^[a-z_][a-z0-9_]{{0,62}}$' THEN
                RAISE EXCEPTION 'trainercoach:login_name' USING ERRCODE = '42501';
            END IF;
            IF login LIKE 'pg\\_%' OR login IN ('{lead}', '{trainer}', {legacy}) THEN
                RAISE EXCEPTION 'trainercoach:reserved' USING ERRCODE = '42501';
            END IF;
            IF kind IS NULL OR kind NOT IN ('lead', 'trainer', 'none') THEN
                RAISE EXCEPTION 'trainercoach:role' USING ERRCODE = '42501';
            END IF;
            IF verifier IS NOT NULL AND verifier !~ '{SCRAM}' THEN
                RAISE EXCEPTION 'trainercoach:verifier' USING ERRCODE = '42501';
            END IF;
            SELECT * INTO existing FROM pg_catalog.pg_roles r WHERE r.rolname = login;
            IF FOUND THEN
                IF existing.rolsuper THEN
                    RAISE EXCEPTION 'trainercoach:administrator' USING ERRCODE = '42501';
                END IF;
                IF existing.rolcreaterole OR existing.rolcreatedb OR existing.rolreplication OR existing.rolbypassrls
                   OR NOT existing.rolcanlogin THEN
                    RAISE EXCEPTION 'trainercoach:powers' USING ERRCODE = '42501';
                END IF;
                IF EXISTS (SELECT 1 FROM pg_catalog.pg_shdepend d
                           WHERE d.refclassid = 'pg_catalog.pg_authid'::regclass AND d.refobjid = existing.oid) THEN
                    RAISE EXCEPTION 'trainercoach:owner' USING ERRCODE = '42501';
                END IF;
                IF EXISTS (SELECT 1 FROM pg_catalog.pg_auth_members m WHERE m.roleid = existing.oid)
                   OR EXISTS (SELECT 1 FROM pg_catalog.pg_auth_members m JOIN pg_catalog.pg_roles g ON g.oid = m.roleid
                              WHERE m.member = existing.oid AND g.rolname NOT IN ('{lead}', '{trainer}', {legacy})) THEN
                    RAISE EXCEPTION 'trainercoach:memberships' USING ERRCODE = '42501';
                END IF;
                ours := EXISTS (SELECT 1 FROM pg_catalog.pg_auth_members m
                                JOIN pg_catalog.pg_roles g ON g.oid = m.roleid
                                WHERE m.member = existing.oid AND g.rolname IN ('{lead}', '{trainer}'))
                        OR pg_catalog.shobj_description(existing.oid, 'pg_authid') IS NOT DISTINCT FROM '{mark}';
                IF ours IS NOT TRUE THEN
                    RAISE EXCEPTION 'trainercoach:foreign' USING ERRCODE = '42501';
                END IF;
            ELSIF kind = 'none' THEN
                RAISE EXCEPTION 'trainercoach:no_login' USING ERRCODE = '42501';
            ELSE
                EXECUTE format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS',
                               login);
                EXECUTE format('COMMENT ON ROLE %I IS %L', login, '{mark}');
                outcome := 'created';
            END IF;
            IF verifier IS NOT NULL AND kind <> 'none' THEN
                EXECUTE format('ALTER ROLE %I PASSWORD %L', login, verifier);
            END IF;
            IF kind = 'lead' THEN
                EXECUTE format('GRANT %I TO %I', '{lead}', login);
            ELSIF kind = 'trainer' THEN
                EXECUTE format('GRANT %I TO %I', '{trainer}', login);
            END IF;
            IF kind <> 'lead' AND pg_has_role(login, '{lead}', 'USAGE') THEN
                EXECUTE format('REVOKE %I FROM %I', '{lead}', login);
            END IF;
            IF kind <> 'trainer' AND pg_has_role(login, '{trainer}', 'USAGE') THEN
                EXECUTE format('REVOKE %I FROM %I', '{trainer}', login);
            END IF;
            RETURN CASE WHEN kind = 'none' THEN 'removed' ELSE outcome END;
        END $$""")
    run(f"REVOKE ALL ON FUNCTION {s}.trainercoach_set_access(text, text, text) FROM PUBLIC")
    run(f"GRANT EXECUTE ON FUNCTION {s}.trainercoach_set_access(text, text, text) TO {lead}")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        database, schema = _rows(bind, "SELECT current_database(), current_schema()")[0]
        q = bind.dialect.identifier_preparer.quote
        s, run = q(schema), _runner(bind)
        roles = role_names(database, schema)
        run(f"DROP FUNCTION IF EXISTS {s}.trainercoach_set_access(text, text, text)")
        for table, _ in _serial_tables(bind):
            run(f"DROP TRIGGER IF EXISTS trainercoach_id_given ON {s}.{q(table)}")
        run(f"DROP FUNCTION IF EXISTS {s}.trainercoach_id_given()")
        for (table,) in _rows(bind, f"SELECT tablename FROM pg_policies WHERE schemaname = '{schema}' "
                                    "AND policyname = 'trainer_references'"):
            run(f"DROP POLICY trainer_references ON {s}.{q(table)}")
        run(f"DROP TRIGGER IF EXISTS trainercoach_preset_owner ON {s}.import_preset")
        run(f"DROP FUNCTION IF EXISTS {s}.trainercoach_preset_owner()")
        for policy in ("lead_all", "trainer_read", "trainer_insert", "trainer_update", "trainer_delete"):
            run(f"DROP POLICY IF EXISTS {policy} ON {s}.import_preset")
        run(f"ALTER TABLE {s}.import_preset DISABLE ROW LEVEL SECURITY")
        run(f"REVOKE DELETE ON {s}.import_preset FROM {roles['trainer']}")
        run(f"""
            CREATE OR REPLACE FUNCTION {s}.trainercoach_is_observed(session_id integer) RETURNS boolean
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {s}, pg_temp AS $$
                SELECT EXISTS (SELECT 1 FROM observation o WHERE o.delivery_id = session_id)
            $$""")
        run(f"DROP FUNCTION IF EXISTS {s}.trainercoach_role(text)")
        for kind, old in LEGACY.items():
            run(f"""
                DO $$ BEGIN
                    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{old}') THEN
                        CREATE ROLE {old} NOLOGIN;
                    END IF;
                EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
                END $$""")
            run(f"REVOKE CONNECT ON DATABASE {q(database)} FROM {roles[kind]}")
        _move(bind, schema, {roles["lead"]: LEGACY["lead"], roles["trainer"]: LEGACY["trainer"]})
        for login, role in _rows(bind, f"SELECT u.db_user, u.role FROM {s}.app_user u "
                                       "JOIN pg_roles r ON r.rolname = u.db_user ORDER BY 1"):
            run(f"GRANT {LEGACY[role]} TO {q(login)}")
        run(f"GRANT CONNECT ON DATABASE {q(database)} TO PUBLIC")
        # The roles stay when another schema of this database still uses them (they are named after it).
    with op.batch_alter_table("import_preset") as batch:
        batch.drop_constraint(op.f("fk_import_preset_owner_person_id_person"), type_="foreignkey")
        batch.drop_column("owner_person_id")
