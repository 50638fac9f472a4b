"""The per-session summaries of migration 0014 follow every write, however it is made (issue 22).

Each change below is raw SQL on the database, as a colleague's app, an undo or a trainer with psql would make it;
after each, what the triggers kept is compared with the same figures added up in Python from the rows
(``summary_reference``), on SQLite and on PostgreSQL. Then the readers built on the summaries (readiness, the
forecasts' history, the dashboard, the programme page) are held to the same reference.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from tests.core.helpers import make_form
from tests.core.summary_reference import differences, expected
from trainercoach.records.feedback import FeedbackEntry
from trainercoach.records.observations import ObservationForm
from trainercoach.records.sessions import DeliveryForm
from trainercoach.services import Coach


def _world(coach: Coach) -> dict[str, int]:
    """Two candidates, three sessions, two observers scoring the first two (one leaves a criterion unscored),
    and feedback forms with and without an "overall" answer."""
    rubric = coach.rubrics.latest()
    criteria = [c.id for c in rubric.criteria]
    olga = coach.people.add("Olga Ολγα", role="lead")
    wei = coach.people.add("Wei 伟", role="lead")
    ada = coach.candidates.add(make_form("Ada <&> Λάμπρου", mentor_id=olga))
    bo = coach.candidates.add(make_form("Bo 博", mentor_id=wei))
    ids: dict[str, int] = {"ada": ada, "bo": bo, "olga": olga, "wei": wei, "first": criteria[0],
                           "second": criteria[1], "version": rubric.id}
    for name, candidate, day in (("s1", ada, 4), ("s2", ada, 11), ("s3", bo, 12)):
        ids[name] = coach.deliveries.add(DeliveryForm(candidate, datetime(2026, 5, day, 9), f"Topic {name} 退款",
                                                      trainees=8, observer_ids=[olga, wei]))
    for session, scores in (("s1", (4, 2)), ("s2", (5, 3))):
        for observer, shift in (("olga", 0), ("wei", -1)):
            marks = {c: max(1, min(5, scores[i % 2] + shift)) for i, c in enumerate(criteria)}
            marks[criteria[-1]] = None
            ids[f"{session}_{observer}"] = coach.observations.save(ObservationForm(
                ids[session], ids[observer], rubric.id, marks, strengths="clear 清楚"))
    for session, overall in (("s1", (5, 4, 2)), ("s2", (3, 3)), ("s3", (4,))):
        for value in overall:
            coach.feedback.add_response(ids[session], FeedbackEntry({"overall": value, "clarity": 4}, "👍 <b>"))
        coach.feedback.add_response(ids[session], FeedbackEntry({"clarity": 2}, "no overall"))
    with coach.db.engine.connect() as connection:
        ids["overall"] = connection.execute(text("SELECT id FROM feedback_item WHERE key = 'overall'")).scalar_one()
        ids["clarity"] = connection.execute(text("SELECT id FROM feedback_item WHERE key = 'clarity'")).scalar_one()
        ids["pace"] = connection.execute(text("SELECT id FROM feedback_item WHERE key = 'pace'")).scalar_one()
    return ids


# Each change: (what it is, SQL statements with :names from the world).
CHANGES = [
    ("forms and answers inserted in one statement each",
     ["INSERT INTO feedback_response (delivery_id, source, comment, created_at) VALUES "
      "(:s1, 'typed', 'a', '2026-05-20'), (:s1, 'typed', 'b', '2026-05-20'), (:s3, 'kiosk', 'c', '2026-05-20')",
      "INSERT INTO feedback_answer (response_id, item_id, value) SELECT r.id, :overall, 1 + r.id % 5 "
      "FROM feedback_response r WHERE r.comment IN ('a', 'b', 'c')",
      "INSERT INTO feedback_answer (response_id, item_id, value) SELECT r.id, :clarity, 3 "
      "FROM feedback_response r WHERE r.comment IN ('a', 'b', 'c')"]),
    ("an overall answer changed", ["UPDATE feedback_answer SET value = 1 WHERE item_id = :overall AND value = 5"]),
    ("an answer moved to another item", ["UPDATE feedback_answer SET item_id = :pace WHERE item_id = :overall "
                                         "AND value = 4 AND response_id = (SELECT min(response_id) "
                                         "FROM feedback_answer WHERE item_id = :overall AND value = 4)"]),
    ("an answer moved back to overall", ["UPDATE feedback_answer SET item_id = :overall WHERE item_id = :pace"]),
    ("answers of another item deleted", ["DELETE FROM feedback_answer WHERE item_id = :clarity AND value = 2"]),
    ("one answer deleted", ["DELETE FROM feedback_answer WHERE item_id = :overall AND value = 2"]),
    ("comments, notes and strengths edited", ["UPDATE feedback_response SET comment = 'edited 改' "
                                              "WHERE delivery_id = :s1",
                                              "UPDATE observation_score SET note = 'n' WHERE observation_id = :s1_olga",
                                              "UPDATE observation SET strengths = 's' WHERE id = :s2_wei",
                                              "UPDATE criterion SET title = 'Retitled' WHERE id = :first",
                                              "UPDATE feedback_item SET label = 'Overall?' WHERE id = :overall"]),
    ("a form deleted with its answers", ["DELETE FROM feedback_response WHERE id = (SELECT min(r.id) "
                                         "FROM feedback_response r WHERE r.delivery_id = :s2)"]),
    ("a form moved to another session", ["UPDATE feedback_response SET delivery_id = :s3 WHERE id = (SELECT max(r.id) "
                                         "FROM feedback_response r WHERE r.delivery_id = :s1)"]),
    ("every form of a session deleted at once", ["DELETE FROM feedback_response WHERE delivery_id = :s3"]),
    ("scores changed, one cleared", ["UPDATE observation_score SET score = 1 WHERE observation_id = :s1_olga",
                                     "UPDATE observation_score SET score = NULL WHERE observation_id = :s1_wei "
                                     "AND criterion_id = :first"]),
    ("a score deleted and one added", ["DELETE FROM observation_score WHERE observation_id = :s2_wei "
                                       "AND criterion_id = :second",
                                       "INSERT INTO observation_score (observation_id, criterion_id, score, note) "
                                       "VALUES (:s2_wei, :second, 2, '')"]),
    ("a criterion's weight changed", ["UPDATE criterion SET weight = 3.5 WHERE id = :first"]),
    ("an observation deleted with its scores", ["DELETE FROM observation WHERE id = :s2_olga"]),
    ("an observation moved to another session", ["UPDATE observation SET delivery_id = :s3 WHERE id = :s1_olga"]),
    ("the overall item renamed and back", ["UPDATE feedback_item SET key = 'overall_old' WHERE id = :overall",
                                           "UPDATE feedback_item SET key = 'overall' WHERE id = :overall"]),
    ("a session deleted", ["DELETE FROM delivery WHERE id = :s1"]),
]


def test_the_world_starts_summed(coach: Coach) -> None:
    ids = _world(coach)
    with coach.db.engine.connect() as connection:
        assert differences(connection) == []
        summary, gaps = expected(connection)
    # not vacuous: three sessions with forms, two with rubric figures, a gap for each observer of each
    assert summary[ids["s1"]][:1] == (2,) and summary[ids["s1"]][3:5] == (4, 3)
    assert summary[ids["s3"]][0] == 0 and summary[ids["s3"]][3:6] == (2, 1, 4)
    assert {(d, o) for d, _v, o in gaps} == {(ids[s], ids[o]) for s in ("s1", "s2") for o in ("olga", "wei")}


def test_every_change_is_followed(coach: Coach) -> None:
    ids = _world(coach)
    for what, statements in CHANGES:
        with coach.db.engine.begin() as connection:
            for statement in statements:
                connection.execute(text(statement), {k: v for k, v in ids.items() if f":{k}" in statement})
        with coach.db.engine.connect() as connection:
            assert differences(connection) == [], what
            assert not connection.execute(text(
                "SELECT delivery_id FROM session_summary WHERE rubric_n = 0 AND responses = 0")).all(), what


def test_a_refused_statement_leaves_the_summaries_as_they_were(coach: Coach) -> None:
    ids = _world(coach)
    with coach.db.engine.connect() as connection:
        before = expected(connection)
    with pytest.raises(DBAPIError), coach.db.engine.begin() as connection:
        connection.execute(text("INSERT INTO feedback_answer (response_id, item_id, value) SELECT r.id, :o, 4 "
                                "FROM feedback_response r WHERE r.delivery_id = :d"),
                           {"o": ids["overall"], "d": ids["s3"]})
        connection.execute(text("INSERT INTO feedback_answer (response_id, item_id, value) VALUES (-1, :o, 99)"),
                           {"o": ids["overall"]})
    with coach.db.engine.connect() as connection:
        assert differences(connection) == []
        assert expected(connection) == before


def test_an_older_database_is_summed_when_it_is_upgraded(tmp_path) -> None:
    """Schema 0013 had no summaries: the upgrade fills them from the rows already there."""
    import shutil
    from pathlib import Path

    old = tmp_path / "old.sqlite3"
    shutil.copy(Path(__file__).parent.parent / "data" / "schema-0013.sqlite3", old)
    coach = Coach.open(old)
    try:
        with coach.db.engine.connect() as connection:
            assert differences(connection) == []
            assert connection.execute(text("SELECT count(*) FROM session_summary WHERE responses > 0")).scalar() > 10
            assert connection.execute(text("SELECT count(*) FROM observer_gap")).scalar() > 10
    finally:
        coach.close()


def test_the_demo_is_summed_and_its_quick_ready_marks_are_the_checklists(tmp_path) -> None:
    """The board's and the dashboard's ready marks (``ready_ids``) are the candidates whose full checklist
    (``readiness_all``) is met, on the demo's organisation, where some are ready and some are not."""
    from trainercoach.demo import write_demo

    write_demo(tmp_path / "demo.sqlite3", lang="en")
    coach = Coach.open(tmp_path / "demo.sqlite3")
    try:
        # the demo sets the triggers aside while it writes, counts every summary at the end, puts them back
        with coach.db.engine.connect() as connection:
            assert differences(connection) == []
            assert connection.execute(text("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                                           "AND name LIKE 'summary_%'")).scalar() == 13
        full = coach.effectiveness.readiness_all()
        ready = {cid for cid, readiness in full.items() if readiness.ready}
        assert coach.effectiveness.ready_ids() == ready
        assert 0 < len(ready) < len(full)
    finally:
        coach.close()


def test_quick_ready_marks_are_the_checklists_on_both_backends(coach: Coach) -> None:
    """``ready_ids`` finds each candidate's latest observed sessions through the index (a correlated LIMIT) and
    counts the rest in one grouped pass; the checklist reads every session. They agree for every rule below on
    candidates with no session, sessions never observed, feedback without observation, and sessions starting at
    the same minute (the later id is the later session)."""
    import random

    from trainercoach.analytics.readiness import ReadinessRule

    rng = random.Random(2022)
    rubric = coach.rubrics.latest()
    observer = coach.people.add("Όλγα 观察", role="lead")
    for number in range(14):
        candidate = coach.candidates.add(make_form(f"Candidate {number} <&> 候选"))
        if number % 3:
            coach.certification.sign_off(candidate, "ready · 准备好了")
        for day in sorted(rng.choice([3, 5, 5, 8, 9]) for _ in range(rng.randint(0, 5))):
            session = coach.deliveries.add(DeliveryForm(candidate, datetime(2026, 4, day, 9), "Refunds 退款",
                                                        trainees=6, observer_ids=[observer]))
            if rng.random() < 0.8:
                level = rng.choice([2, 3, 4, 5])
                coach.observations.save(ObservationForm(session, observer, rubric.id, {
                    c.id: max(1, min(5, level + rng.choice([-1, 0, 0, 1]))) for c in rubric.criteria}))
            for _ in range(rng.randint(0, 4)):
                coach.feedback.add_response(session, FeedbackEntry({"overall": rng.choice([3, 4, 5, 5])}, ""))
    found = []
    for rule in (ReadinessRule(), ReadinessRule(min_observed=1, last_sessions=1, rubric_threshold=3.0,
                                                feedback_threshold=3.5, feedback_min_answers=1),
                 ReadinessRule(min_observed=2, last_sessions=2, rubric_threshold=3.5, feedback_threshold=4.0,
                               feedback_min_answers=3, require_signoff=False),
                 ReadinessRule(min_observed=0, last_sessions=3, rubric_threshold=2.5, feedback_threshold=3.0,
                               feedback_min_answers=0, require_signoff=False)):
        coach.settings.set_readiness_rule(rule)
        full = coach.effectiveness.readiness_all()
        ready = {cid for cid, readiness in full.items() if readiness.ready}
        assert coach.effectiveness.ready_ids() == ready, rule
        found.append((len(ready), len(full)))
    assert max(ready for ready, _ in found) > 0 and all(ready < everyone for ready, everyone in found), found
