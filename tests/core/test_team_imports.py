"""A feedback import on a team server (issue 22): a few large statements, not one per row, and the same rows, ids,
undo and redo for a trainer and a lead, whom the row policies bind (PostgreSQL refuses them COPY, so the import
inserts whole columns at once: ``trainercoach.db.bulk``); the per-session summaries follow every step."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, event

from tests.core import test_team_roles
from tests.core.helpers import snapshot
from tests.core.import_files import GENERIC, write_csv
from tests.core.summary_reference import differences
from tests.core.test_team_roles import Team
from trainercoach.errors import NotFound
from trainercoach.imports.feedback_import import import_feedback
from trainercoach.records.feedback import FeedbackEntry
from trainercoach.services import Coach

team_server = test_team_roles.team_server  # the fixture, shared with the roles' tests

FEEDBACK = ("feedback_import", "feedback_response", "feedback_answer")


def _rows(count: int) -> list[list[object]]:
    return [GENERIC] + [[n % 5 + 1, "", 3, n % 4 + 1, "", n % 5 + 1, n % 11, f"form {n} · 表 {n}" if n % 3 else ""]
                        for n in range(count)]


def _feedback(owner: Coach) -> dict[str, list[tuple[object, ...]]]:
    """The feedback tables' rows, once the per-session summaries (0014's triggers) are checked against them."""
    with owner.db.engine.connect() as connection:
        assert differences(connection) == []
    found = snapshot(owner)
    return {table: found[table] for table in FEEDBACK}


class Statements:
    """Every statement the app sends, and how many rows each ``executemany`` carried."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, int]] = []

    def __call__(self, _conn: object, _cursor: object, statement: str, parameters: object, _context: object,
                 executemany: bool) -> None:
        self.sent.append((statement, len(parameters) if executemany else 1))  # type: ignore[arg-type]

    def into(self, table: str) -> list[int]:
        return [n for statement, n in self.sent if statement.lstrip().startswith(f"INSERT INTO {table} ")]


@pytest.fixture
def statements() -> Iterator[tuple[Statements, list[Engine]]]:
    seen, engines = Statements(), []
    yield seen, engines
    for engine in engines:
        event.remove(engine, "before_cursor_execute", seen)


@pytest.mark.parametrize("who", ["alice", "lena"])
def test_an_import_by_a_trainer_or_a_lead_is_undone_and_redone_with_the_same_ids(team_server: Team, who: str,
                                                                                tmp_path: Path) -> None:
    session = team_server.sessions["alice"]
    person = team_server.coach(who)
    try:
        before = _feedback(team_server.owner)
        result = import_feedback(person, session, write_csv(tmp_path / "survey.csv", _rows(40)))
        assert result.imported == 40
        imported = _feedback(team_server.owner)
        forms = [r for r in team_server.owner.feedback.responses(session) if r.source == "import"]
        assert len(forms) == 40
        ids = [form.id for form in forms]
        assert ids == sorted(ids) and len(set(ids)) == 40
        by_comment = {form.comment: form.answers for form in forms if form.comment}
        assert by_comment["form 4 · 表 4"] == {"clarity": 5, "pace": 3, "engagement": 1, "overall": 5,
                                               "recommend": 4}
        person.history.undo()
        assert _feedback(team_server.owner) == before
        person.history.redo()
        assert _feedback(team_server.owner) == imported  # the same forms, answers and ids
        # the next form typed takes a fresh id, after the import's
        later = person.feedback.add_response(session, FeedbackEntry({"overall": 4}, "typed after"))
        assert later > max(ids)
    finally:
        person.close()


def test_a_trainer_imports_into_no_other_trainers_session(team_server: Team) -> None:
    alice = team_server.coach("alice")
    bob_session = team_server.sessions["bob"]
    try:
        before = _feedback(team_server.owner)
        with pytest.raises(NotFound):  # she cannot even see the session
            alice.feedback.write_import(bob_session, "survey.csv", "b" * 64, [FeedbackEntry({"overall": 1}, "")])
        assert _feedback(team_server.owner) == before
    finally:
        alice.close()


def test_a_large_import_on_a_server_is_a_few_statements(team_server: Team, statements: tuple[Statements, list[Engine]],
                                                        tmp_path: Path) -> None:
    """Each statement fires the tables' statement-level triggers once: 2,500 forms in batches of 700 are four
    statements into each table, none of them row by row; the undo and the redo are as few."""
    seen, engines = statements
    alice = team_server.coach("alice")
    try:
        engines.append(alice.db.engine)
        event.listen(alice.db.engine, "before_cursor_execute", seen)
        entries = [FeedbackEntry({k: v for k, v in zip(GENERIC[:-1], row[:-1], strict=True) if v != ""},
                                 str(row[-1])) for row in _rows(2500)[1:]]
        assert alice.feedback.write_import(team_server.sessions["alice"], "big.csv", "c" * 64, entries,
                                           batch=700) == 2500
        assert seen.into("feedback_response") == [1] * 4
        assert seen.into("feedback_answer") == [1] * 4
        imported = _feedback(team_server.owner)
        alice.history.undo()
        seen.sent.clear()
        alice.history.redo()
        assert seen.into("feedback_response") == [1]
        assert seen.into("feedback_answer") == [1]
        assert _feedback(team_server.owner) == imported
    finally:
        alice.close()
