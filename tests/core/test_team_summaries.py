"""The per-session summaries on a team server (migration 0014): nobody writes them but the database's own
triggers, a trainer reads only her own sessions' rows, and her own writes still keep them right. Proved with
each person's own login and raw SQL, on the team of ``test_team_roles``."""

from __future__ import annotations

import pytest

from tests.core.test_team_roles import Team, affected, refused, rows, team_server  # noqa: F401  (the fixture)

WRITES = [
    "INSERT INTO session_summary (delivery_id, rubric_n, rubric_sum, rubric_sumsq, responses, overall_n, "
    "overall_sum, overall_sumsq) VALUES (:d, 9, 45, 225, 9, 9, 45, 225)",
    "UPDATE session_summary SET overall_sum = overall_n * 5 WHERE delivery_id = :d",
    "DELETE FROM session_summary WHERE delivery_id = :d",
    "INSERT INTO observer_gap (delivery_id, rubric_version_id, observer_id, gap) "
    "SELECT :d, rubric_version_id, observer_id, -3 FROM observation WHERE delivery_id = :d",
    "UPDATE observer_gap SET gap = 0 WHERE delivery_id = :d",
    "DELETE FROM observer_gap WHERE delivery_id = :d",
]


@pytest.mark.parametrize("who", ["alice", "lena"])
@pytest.mark.parametrize("sql", WRITES)
def test_nobody_writes_the_summaries(team_server: Team, who: str, sql: str) -> None:
    """Not a trainer on her own session (she would raise her own readiness), not even a lead."""
    engine = team_server.engine(who)
    before = rows(team_server.owner.db.engine, "SELECT * FROM session_summary ORDER BY delivery_id")
    assert "permission denied" in refused(engine, sql, d=team_server.sessions["alice"])
    assert rows(team_server.owner.db.engine, "SELECT * FROM session_summary ORDER BY delivery_id") == before
    engine.dispose()


def test_a_trainer_reads_only_her_own_sessions_summaries(team_server: Team) -> None:
    alice = team_server.engine("alice")
    assert rows(alice, "SELECT delivery_id, responses, overall_n, overall_sum FROM session_summary") == [
        (team_server.sessions["alice"], 1, 1, 4)]
    assert rows(alice, "SELECT count(*) FROM session_summary WHERE delivery_id = :d",
                d=team_server.sessions["bob"]) == [(0,)]
    lena = team_server.engine("lena")
    assert {r[0] for r in rows(lena, "SELECT delivery_id FROM session_summary")} == {
        team_server.sessions["alice"], team_server.sessions["bob"]}
    alice.dispose()
    lena.dispose()


def test_a_trainers_own_writes_keep_her_summary(team_server: Team) -> None:
    """Her forms go in and out through the triggers, which write as the schema's owner."""
    alice = team_server.engine("alice")
    session = team_server.sessions["alice"]
    overall = rows(alice, "SELECT id FROM feedback_item WHERE key = 'overall'")[0][0]
    form = rows(alice, "INSERT INTO feedback_response (delivery_id, source, comment, created_at) "
                       "VALUES (:d, 'typed', 'two', now()) RETURNING id", d=session)[0][0]
    assert affected(alice, "INSERT INTO feedback_answer (response_id, item_id, value) VALUES (:r, :i, 2)",
                    r=form, i=overall) == 1
    assert rows(alice, "SELECT responses, overall_n, overall_sum, overall_sumsq FROM session_summary") == [
        (2, 2, 6, 20)]
    assert affected(alice, "DELETE FROM feedback_response WHERE id = :r", r=form) == 1
    assert rows(alice, "SELECT responses, overall_n, overall_sum, overall_sumsq FROM session_summary") == [
        (1, 1, 4, 16)]
    # and on Bob's session she can do nothing, so his summary is as it was
    assert rows(team_server.owner.db.engine, "SELECT responses, overall_n FROM session_summary "
                                             "WHERE delivery_id = :d", d=team_server.sessions["bob"]) == [(1, 1)]
    alice.dispose()
