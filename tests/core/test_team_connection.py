"""Reaching a team server: URLs as people write them, plain words when it fails, passwords kept out of URLs."""

from __future__ import annotations

import sys
from collections.abc import Callable
from contextlib import closing

import pytest
from sqlalchemy import text

from tests.conftest import PostgresServer
from tests.core.helpers import make_form
from trainercoach.cli import main
from trainercoach.db import credentials, lifecycle
from trainercoach.db.credentials import ServerLogin
from trainercoach.errors import ServerUnreachable
from trainercoach.services import Coach


@pytest.fixture(autouse=True)
def no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "keyring", None)
    monkeypatch.setattr(credentials, "_typed", {})


@pytest.mark.parametrize("url, expected", [
    ("postgresql://maria@127.0.0.1:1/trainercoach", "Cannot reach the team server at 127.0.0.1:1: Connection"),
    ("postgresql://maria@no-such-host.invalid/tc", "Cannot reach the team server at no-such-host.invalid:5432"),
])
def test_an_unreachable_server_is_a_sentence_not_a_traceback(url: str, expected: str) -> None:
    with pytest.raises(ServerUnreachable) as raised:
        Coach.open(url)
    assert str(raised.value).startswith(expected)
    assert "Nothing was changed" in str(raised.value) and "psycopg" not in str(raised.value)


def test_a_login_or_database_the_server_does_not_know(postgres_server: PostgresServer) -> None:
    with pytest.raises(ServerUnreachable, match="did not accept the login nobody_by_that_name"):
        Coach.open(postgres_server.url(user="nobody_by_that_name"))
    with pytest.raises(ServerUnreachable, match="has no database called 'no_such_database'"):
        Coach.open(postgres_server.url(database="no_such_database"))


def test_the_command_line_says_it_too_and_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["list", "candidates", "--db", "postgresql://maria@127.0.0.1:1/trainercoach"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("trainercoach: Cannot reach the team server at 127.0.0.1:1") and "Traceback" not in err


def test_the_command_line_takes_a_plain_postgresql_url(postgres_server: PostgresServer,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    schema = postgres_server.create_schema()
    try:
        url = postgres_server.url(schema).replace("postgresql+psycopg://", "postgresql://")
        with closing(Coach.open(url, actor="Lead")) as coach:
            coach.candidates.add(make_form("Ελένη Παππά"))
        assert main(["list", "candidates", "--json", "--db", url]) == 0
        assert "Ελένη Παππά" in capsys.readouterr().out
        assert main(["db", "check", "--db", url]) == 0
        assert main(["db", "upgrade", "--db", url]) == 0
    finally:
        postgres_server.drop_schema(schema)


@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_a_connection_the_server_dropped_is_replaced_unnoticed(coach: Coach, postgres_server: PostgresServer) -> None:
    """A server restart or an idle timeout ends connections; the next action simply connects again."""
    coach.candidates.add(make_form("Before"))
    with coach.db.engine.connect() as connection:  # the pooled connection the next action will get
        pid = connection.execute(text("SELECT pg_backend_pid()")).scalar()
    with postgres_server.admin.connect() as admin:
        assert admin.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid}).scalar()
    assert [c.name for c in coach.candidates.list()] == ["Before"]


@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_a_connection_lost_in_the_middle_of_an_action_is_said_plainly(coach: Coach,
                                                                        postgres_server: PostgresServer) -> None:
    with pytest.raises(ServerUnreachable, match="Cannot reach the team server"), coach.db.transaction() as session:
        pid = session.execute(text("SELECT pg_backend_pid()")).scalar()
        with postgres_server.admin.connect() as admin:
            admin.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
        session.execute(text("SELECT 1"))
    assert coach.candidates.list() == []  # and the next action works again


# -- URLs without passwords ------------------------------------------------------------------------
def test_a_server_login_becomes_a_url_and_back() -> None:
    login = ServerLogin("training-db.example.com", 6543, "trainercoach", "maria_k")
    assert login.url() == "postgresql://maria_k@training-db.example.com:6543/trainercoach"
    assert ServerLogin.from_url(login.url()) == login
    assert "p%40ss" in login.url("p@ss")  # a password for one connection, escaped
    assert ServerLogin("", 0, "", "").problems().keys() == {"host", "port", "database", "user"}
    assert credentials.without_password("postgresql://m:secret@h/d") == "postgresql://m@h/d"


def test_one_account_whatever_the_url_looks_like() -> None:
    keys = {credentials.account_key(u) for u in ("postgresql://m@h/d", "postgresql+psycopg://m:x@h:5432/d",
                                                  "postgres://m@h:5432/d")}
    assert keys == {"m@h:5432/d"}


def test_a_typed_password_is_used_for_this_run_only_in_memory() -> None:
    url = "postgresql://maria@h/d"
    assert credentials.password_for(url) is None  # no keyring: libpq's ~/.pgpass, or none
    credentials.keep_for_this_run(url, "typed")
    assert credentials.password_for("postgresql://maria@h:5432/d") == "typed"
    assert not credentials.save_in_keyring(url, "typed")  # no keyring here: the dialog points to ~/.pgpass
    credentials.forget(url)
    assert credentials.password_for(url) is None


def test_the_pgpass_line_escapes_what_the_file_format_needs() -> None:
    line = credentials.pgpass_line(ServerLogin("db:1", 5432, "train\\coach", "maria"))
    assert line == "db\\:1:5432:train\\\\coach:maria:YOUR_PASSWORD"


def test_the_test_button_says_what_is_on_the_server(empty_postgres_database: Callable[[], str]) -> None:
    url = empty_postgres_database()
    assert "empty" in lifecycle.try_connection(url)
    Coach.open(url).close()
    assert "ready for this app" in lifecycle.try_connection(url)
    with pytest.raises(ServerUnreachable):
        lifecycle.try_connection("postgresql://maria@127.0.0.1:1/trainercoach")
