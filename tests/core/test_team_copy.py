"""``db copy``: the demo database to a team server and back, every row and every count the same."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import closing
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, select
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from tests.conftest import PostgresServer
from tests.core.helpers import make_form
from trainercoach.cli import main
from trainercoach.db import copy as copying
from trainercoach.db.copy import CopyRefused, CountMismatch, copy_database, tables_in_order
from trainercoach.db.urls import normalize_url
from trainercoach.demo import write_demo
from trainercoach.records.sessions import DeliveryForm
from trainercoach.services import Coach

GREEK = re.compile(r"[\u0370-\u03ff]")
CHINESE = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    write_demo(path)
    return path


@pytest.fixture
def server(empty_postgres_database: Callable[[], str]) -> Iterator[str]:
    """A brand-new schema on the test server: ``db copy`` migrates it before copying."""
    yield empty_postgres_database()


def every_row(url: str) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, in key order, as Python values (the same types from either database)."""
    engine = create_engine(normalize_url(url), poolclass=NullPool)
    try:
        with engine.connect() as connection:
            return {table.name: [tuple(row) for row in connection.execute(
                        select(table).order_by(*table.primary_key.columns))]
                    for table in tables_in_order()}
    finally:
        engine.dispose()


def sqlite_url(path: Path) -> str:
    return "sqlite:///" + str(path)


def test_the_demo_goes_to_a_team_server_and_back_unchanged(demo: Path, server: str, tmp_path: Path) -> None:
    there = copy_database(demo, server)
    back = tmp_path / "back.sqlite3"
    again = copy_database(server, back)

    original = every_row(sqlite_url(demo))
    assert there.counts == again.counts == {name: len(rows) for name, rows in original.items()}
    assert there.counts["feedback_answer"] > 10_000 and there.rows > 20_000
    assert every_row(sqlite_url(back)) == original  # the round trip: every row of every table, every value
    on_server = every_row(server)
    for table in ("person", "candidate", "delivery", "observation", "feedback_response", "comprehension_score"):
        assert on_server[table] == original[table], table
    names = [row[1] for row in on_server["person"]]
    assert any(GREEK.search(n) for n in names) and any(CHINESE.search(n) for n in names)
    comments = [row[4] for row in on_server["feedback_response"]]
    assert any(GREEK.search(c) for c in comments) or any(CHINESE.search(c) for c in comments)


def test_the_app_gives_the_same_figures_from_the_copy(demo: Path, server: str) -> None:
    copy_database(demo, server)
    with closing(Coach.open(demo, actor="Lead")) as local, closing(Coach.open(server, actor="Lead")) as team:
        assert team.candidates.list() == local.candidates.list()
        assert team.deliveries.list() == local.deliveries.list()
        mine, theirs = local.effectiveness.programme(), team.effectiveness.programme()
        assert theirs.funnel == mine.funnel and theirs.deliveries_per_month == mine.deliveries_per_month
        for (month, a), (other, b) in zip(mine.monthly_rubric, theirs.monthly_rubric, strict=True):
            assert month == other and a.n == b.n and a.mean == pytest.approx(b.mean)
        # the sequences were moved past the copied ids: new rows get new ids
        highest = max(r.id for r in local.candidates.list(include_archived=True))
        added = team.candidates.add(make_form("Νέα Υποψήφια 新候选人"))
        assert added > highest
        session = team.deliveries.list()[0]
        assert team.deliveries.by_code(session.code) == session.id


def test_the_cli_copies_both_ways(demo: Path, server: str, tmp_path: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["db", "copy", "--from", str(demo), "--to", server]) == 0
    out = capsys.readouterr().out
    assert "every table's row count matches" in out and "feedback_answer" in out
    back = tmp_path / "back.sqlite3"
    assert main(["db", "copy", "--from", server, "--to", str(back)]) == 0
    assert every_row(sqlite_url(back)) == every_row(sqlite_url(demo))
    # into a database that is no longer new: refused, nothing touched
    assert main(["db", "copy", "--from", str(demo), "--to", str(back)]) == 1
    assert "not a new database" in capsys.readouterr().err
    assert every_row(sqlite_url(back)) == every_row(sqlite_url(demo))


def test_a_database_opened_once_by_the_app_is_still_new(demo: Path, server: str) -> None:
    """Opening it installs the default rubric; that is no data, and the copy replaces it."""
    Coach.open(server, actor="Lead").close()
    report = copy_database(demo, server)
    assert report.counts["rubric"] == 1


def test_a_target_with_data_is_refused_and_left_alone(demo: Path, server: str) -> None:
    with closing(Coach.open(server, actor="Lead")) as coach:
        coach.candidates.add(make_form("Already here"))
    before = every_row(server)
    with pytest.raises(CopyRefused, match="not a new database"):
        copy_database(demo, server)
    assert every_row(server) == before


def test_a_count_that_does_not_match_rolls_the_whole_copy_back(
        demo: Path, server: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    real = copying._copy_table

    def loses_a_row(reader, writer, table, **how):  # as _copy_table
        written = real(reader, writer, table, **how)
        if table.name == "observation_score":
            writer.execute(table.delete().where(table.c.observation_id == 1))
        return written

    monkeypatch.setattr(copying, "_copy_table", loses_a_row)
    with pytest.raises(CountMismatch) as raised:
        copy_database(demo, server)
    source, copied = raised.value.differences["observation_score"]
    assert copied < source and list(raised.value.differences) == ["observation_score"]
    assert all(not rows for name, rows in every_row(server).items() if name not in copying.CONFIGURATION)

    assert main(["db", "copy", "--from", str(demo), "--to", server]) == 1
    err = capsys.readouterr().err
    assert "rolled back" in err and f"observation_score: {source} in the source" in err


def test_a_new_file_is_removed_again_when_the_copy_fails(demo: Path, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    def fails(*_args: object, **_how: object) -> int:
        raise CountMismatch({"person": (47, 0)})

    monkeypatch.setattr(copying, "_copy_table", fails)
    target = tmp_path / "copy.sqlite3"
    with pytest.raises(CountMismatch):
        copy_database(demo, target)
    assert list(tmp_path.iterdir()) == []


def test_nothing_to_copy_and_the_same_database_are_refused(demo: Path, tmp_path: Path) -> None:
    with pytest.raises(CopyRefused, match="no database"):
        copy_database(tmp_path / "missing.sqlite3", tmp_path / "copy.sqlite3")
    with pytest.raises(CopyRefused, match="same database"):
        copy_database(demo, demo)
    assert not (tmp_path / "copy.sqlite3").exists()


def test_a_lead_copies_onto_the_team_server_the_owner_set_up(
        demo: Path, empty_postgres_database: Callable[[], str], postgres_server: PostgresServer,
        login_role: Callable[[str], str]) -> None:
    """The owner makes the schema; a lead (who may not set sequences) copies into it, and the ids still
    continue after the copied ones for everyone."""
    owner_url = empty_postgres_database()
    Coach.open(owner_url, actor="Owner").close()
    lead = login_role("copier")
    schema = make_url(owner_url).query["options"].split("=", 1)[1]
    with postgres_server.engine().connect() as admin:  # this schema's lead role
        group = admin.exec_driver_sql(f'SELECT "{schema}".trainercoach_role(\'lead\')').scalar()
    with postgres_server.admin.connect() as admin:
        admin.exec_driver_sql(f'CREATE ROLE "{lead}" LOGIN IN ROLE "{group}"')
    report = copy_database(demo, postgres_server.url(schema, user=lead))
    assert report.counts["delivery"] > 100
    with closing(Coach.open(owner_url, actor="Owner")) as coach:
        highest = max(d.id for d in coach.deliveries.list())
        candidate = coach.candidates.list()[0].id
        added = coach.deliveries.add(DeliveryForm(candidate, datetime(2026, 1, 5, 9), "After the copy"))
    assert added == highest + 1


def test_the_copys_summaries_are_counted_and_kept(demo: Path, server: str, tmp_path: Path) -> None:
    """The copy sets the summaries' triggers aside and counts every summary once at the end: on the team server
    and back in a new file they are what the rows say, and the triggers are on again for the next write."""
    from sqlalchemy import text

    from tests.core.summary_reference import differences
    from trainercoach.db.engine import Database

    copy_database(demo, server)
    back = tmp_path / "back.sqlite3"
    copy_database(server, back)
    for url in (server, sqlite_url(back)):
        database = Database(normalize_url(url))  # the app's connections: SQLite's foreign keys on
        engine = database.engine
        try:
            with engine.begin() as connection:
                assert differences(connection) == []
                assert connection.execute(text("SELECT count(*) FROM session_summary")).scalar() > 100
                connection.execute(text("DELETE FROM feedback_response WHERE id = (SELECT min(id) "
                                        "FROM feedback_response)"))
            with engine.connect() as connection:
                assert differences(connection) == []  # the triggers are back and follow the delete
        finally:
            database.close()
