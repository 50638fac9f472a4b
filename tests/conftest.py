"""Shared fixtures. Every test runs with its own data folder, so none can touch a real database.

A test that asks for ``coach`` (or ``database_url``) runs twice: on SQLite and on PostgreSQL, ids ``sqlite``
and ``postgresql``. On PostgreSQL each run makes a database of its own (``tc_<time>_<random>``) and each test a
fresh schema in it, reached through ``search_path``; both are dropped afterwards, so runs on the same server
never see each other. A test that also asks for
``db_path`` works on the SQLite file itself and runs on SQLite only.

The server is ``TRAINERCOACH_TEST_POSTGRES`` (default: postgres on 127.0.0.1:5432, database ``test``, which is
only used to create and drop the per-test databases). If it cannot be reached the PostgreSQL tests fail;
``TRAINERCOACH_SKIP_POSTGRES=1`` skips them instead, for a developer without a server.
"""

from __future__ import annotations

import os
import secrets
import time
from collections.abc import Callable, Iterator
from contextlib import suppress
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BACKENDS = ("sqlite", "postgresql")
DEFAULT_SERVER = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
PREFIX = "tc_"  # every database (and login role) the tests create starts so, followed by the run's tag
SQLITE_NAME = "coach.sqlite3"
STALE_AFTER_SECONDS = 6 * 3600  # leftovers of a run killed without cleaning up; far beyond CI's limit


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" not in metafunc.fixturenames:
        return
    if any(marker.args and marker.args[0] == "backend" for marker in metafunc.definition.iter_markers("parametrize")):
        return
    backends = ["sqlite"] if "db_path" in metafunc.fixturenames else list(BACKENDS)
    metafunc.parametrize("backend", backends, indirect=True, ids=backends)


def skip_postgres() -> bool:
    return os.environ.get("TRAINERCOACH_SKIP_POSTGRES", "").strip() not in ("", "0")


@pytest.fixture(autouse=True)
def private_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("TRAINERCOACH_HOME", str(home))
    monkeypatch.delenv("TRAINERCOACH_DB", raising=False)
    return home


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    return getattr(request, "param", "sqlite")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / SQLITE_NAME


class PostgresServer:
    """The test server for one run: a database of the run's own, a schema per test in it, and login roles;
    all dropped at the end (and whatever a killed run left behind, once it is old enough).

    The migrations run once, into a template schema, with every statement they send recorded; a test's
    schema is made by sending the same statements again, which takes a fraction of running Alembic (or of
    copying a whole database) each time.
    """

    def __init__(self, admin_url: str) -> None:
        from sqlalchemy import create_engine
        from sqlalchemy.engine import make_url
        from sqlalchemy.pool import NullPool

        from trainercoach.db.urls import normalize_url

        self.admin_url = make_url(normalize_url(admin_url))
        self.admin = create_engine(self.admin_url, isolation_level="AUTOCOMMIT", poolclass=NullPool,
                                   connect_args={"connect_timeout": 5})
        self.tag = f"{PREFIX}{int(time.time())}_{secrets.token_hex(3)}"
        self.database = self.tag
        self.roles: list[str] = []
        self.schemas: list[str] = []
        self._template_schema = f"{self.tag}_template"
        self._statements: list[tuple[str, object]] = []
        self._count = 0
        self._database_made = False
        self._engine = None

    # -- names and URLs ----------------------------------------------------------------------------
    def new_name(self, what: str) -> str:
        self._count += 1
        return f"{self.tag}_{what}{self._count}"

    def url(self, schema: str | None = None, user: str | None = None, database: str | None = None) -> str:
        """A URL into the run's database (or ``database``), in ``schema``, as ``user`` (default: the admin)."""
        from sqlalchemy.engine import URL

        url = self.admin_url.set(database=database or self.database)
        if schema is not None:
            url = url.update_query_dict({"options": f"-csearch_path={schema}"})
        if user is not None:  # that login, without the admin's password (set(password=None) would keep it)
            url = URL.create(url.drivername, user, None, url.host, url.port, url.database, url.query)
        return url.render_as_string(hide_password=False)

    # -- the run's database and the template -------------------------------------------------------
    def _admin_execute(self, sql: str) -> None:
        with self.admin.connect() as connection:
            connection.exec_driver_sql(sql)

    def engine(self):  # an Engine on the run's database
        from sqlalchemy import create_engine
        from sqlalchemy.pool import NullPool

        if self._engine is None:
            self._engine = create_engine(self.url(), poolclass=NullPool)
        return self._engine

    def prepare(self) -> None:
        from sqlalchemy import event

        from trainercoach.db import migrate
        from trainercoach.db.engine import make_engine

        self._admin_execute(f'CREATE DATABASE "{self.database}"')
        self._database_made = True
        with self.engine().begin() as connection:
            connection.exec_driver_sql(f'CREATE SCHEMA "{self._template_schema}"')
        engine = make_engine(self.url(self._template_schema))

        def record(_conn, _cursor, statement, parameters, _context, _many) -> None:
            if not statement.lstrip().lower().startswith(("select", "show")):
                self._statements.append((statement.replace(self._template_schema, "{schema}"), parameters))

        event.listen(engine, "before_cursor_execute", record)
        try:
            migrate.upgrade(engine)
        finally:
            engine.dispose()

    def create_schema(self, *, migrated: bool = True) -> str:
        """A new schema for one test: at the current revision as the migrations leave it, or empty."""
        name = self.new_name("s")
        self.schemas.append(name)
        with self.engine().begin() as connection:
            connection.exec_driver_sql(f'CREATE SCHEMA "{name}"')
            if migrated:
                connection.exec_driver_sql(f'SET LOCAL search_path TO "{name}"')
                for statement, parameters in self._statements:
                    connection.exec_driver_sql(statement.replace("{schema}", name), parameters)
        return name

    def drop_schema(self, name: str) -> None:
        try:
            with self.engine().begin() as connection:
                # A connection a test forgot to close may hold a lock; the run's database goes at the end anyway.
                connection.exec_driver_sql("SET LOCAL lock_timeout = '10s'")
                connection.exec_driver_sql(f'DROP SCHEMA IF EXISTS "{name}" CASCADE')
            self.schemas.remove(name)
        except Exception:  # left for the database's drop
            return
        self.drop_team_roles(f"tc_{self.database}_{name}_")

    def drop_team_roles(self, prefix: str, database: str | None = None) -> None:
        """The group roles the migrations made for a schema or database (``tc_<database>[_<schema>]_lead`` and
        ``_trainer``): roles belong to the server, so they outlive the schema unless dropped."""
        from sqlalchemy import create_engine
        from sqlalchemy.pool import NullPool

        with self.admin.connect() as connection:
            roles = [row[0] for row in connection.exec_driver_sql(
                "SELECT rolname FROM pg_roles WHERE starts_with(rolname, %(p)s) "
                "AND (rolname LIKE '%%\\_lead' OR rolname LIKE '%%\\_trainer')", {"p": prefix})]
        if not roles:
            return
        engine = create_engine(self.url(database=database), poolclass=NullPool) if database else None
        try:
            for role in roles:
                with suppress(Exception), (engine or self.engine()).begin() as connection:
                    connection.exec_driver_sql(f'DROP OWNED BY "{role}"')
                    connection.exec_driver_sql(f'DROP ROLE "{role}"')
        finally:
            if engine is not None:
                engine.dispose()

    def add_role(self, name: str) -> str:
        self.roles.append(name)
        return name

    def drop_role(self, name: str) -> None:
        self._admin_execute(f'DROP ROLE IF EXISTS "{name}"')
        if name in self.roles:
            self.roles.remove(name)

    def drop_stale(self) -> None:
        """Databases and roles of earlier runs that were killed before they could clean up."""
        with self.admin.connect() as connection:
            names = [row[0] for row in connection.exec_driver_sql(
                f"SELECT datname FROM pg_database WHERE starts_with(datname, '{PREFIX}')")]
            roles = [row[0] for row in connection.exec_driver_sql(
                f"SELECT rolname FROM pg_roles WHERE starts_with(rolname, '{PREFIX}')")]
        now = time.time()
        for kind, name in [("DATABASE", n) for n in names] + [("ROLE", r) for r in roles]:
            bare = name
            while bare.startswith(PREFIX):  # a team's group roles are tc_<database>_…: tc_tc_<stamp>_…
                bare = bare[len(PREFIX):]
            stamp = bare.split("_", 1)[0]
            if stamp.isdigit() and now - int(stamp) > STALE_AFTER_SECONDS:
                force = " WITH (FORCE)" if kind == "DATABASE" else ""
                with suppress(Exception):
                    self._admin_execute(f'DROP {kind} IF EXISTS "{name}"{force}')

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
        if self._database_made:
            self._admin_execute(f'DROP DATABASE IF EXISTS "{self.database}" WITH (FORCE)')
            with suppress(Exception):  # the schemas' group roles; their grants went with the database
                self.drop_team_roles(f"tc_{self.database}_", database=self.admin_url.database)
        for name in list(self.roles):
            with suppress(Exception):
                self.drop_role(name)
        self.admin.dispose()


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """The PostgreSQL server for the whole run. Unreachable means failure, never a silent skip, unless the
    person running the tests said TRAINERCOACH_SKIP_POSTGRES=1."""
    if skip_postgres():
        pytest.skip("TRAINERCOACH_SKIP_POSTGRES is set: the PostgreSQL half of the suite was not run")
    server = PostgresServer(os.environ.get("TRAINERCOACH_TEST_POSTGRES") or DEFAULT_SERVER)
    try:
        server.drop_stale()
        server.prepare()
    except Exception as error:  # any failure to prepare the server is reported the same way
        server.close()
        pytest.fail(
            f"The PostgreSQL tests need a server at {server.admin_url.render_as_string(hide_password=True)} "
            f"(set TRAINERCOACH_TEST_POSTGRES to use another, or TRAINERCOACH_SKIP_POSTGRES=1 to skip them): "
            f"{error}",
            pytrace=False,
        )
    yield server
    server.close()


@pytest.fixture
def database_url(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    """The URL of a database for this test on its backend (for PostgreSQL: migrated, no rubric yet). On SQLite
    it is the file ``db_path`` names, without asking for ``db_path`` (which would keep a test off PostgreSQL)."""
    if backend == "sqlite":
        yield "sqlite:///" + str(tmp_path / SQLITE_NAME)
        return
    server: PostgresServer = request.getfixturevalue("postgres_server")
    schema = server.create_schema()
    yield server.url(schema)
    server.drop_schema(schema)


@pytest.fixture
def coach(database_url: str) -> Iterator[object]:
    from trainercoach.services import Coach

    opened = Coach.open(database_url, actor="Test Lead")
    yield opened
    opened.close()


@pytest.fixture
def empty_postgres_database(postgres_server: PostgresServer) -> Iterator[Callable[[], str]]:
    """Makes brand-new, empty PostgreSQL schemas for this test; returns each one's URL."""
    made: list[str] = []

    def make() -> str:
        made.append(postgres_server.create_schema(migrated=False))
        return postgres_server.url(made[-1])

    yield make
    for schema in made:
        postgres_server.drop_schema(schema)


@pytest.fixture
def login_role(postgres_server: PostgresServer) -> Iterator[Callable[[str], str]]:
    """Names for login roles this test creates (roles belong to the whole server); dropped after the test."""
    made: list[str] = []

    def name(short: str) -> str:
        made.append(postgres_server.add_role(postgres_server.new_name(short)))
        return made[-1]

    yield name
    for role in made:
        with suppress(Exception):
            postgres_server.drop_role(role)
