"""Each PDF's data is read by one call in one transaction (coach.reports); the documents only lay it out.

Counted on the database's own engine: one connection checked out, one transaction begun, whatever the report.
On PostgreSQL a colleague's save between two of the snapshot's statements must not mix into it (the default
isolation there gives each statement a fresh view, so one transaction alone would not be enough).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any

import pytest
from sqlalchemy import event

from tests.core.reports_data import fill
from trainercoach.errors import NotFound
from trainercoach.models import Candidate, Person, Stage
from trainercoach.records.calibration import ExerciseForm, TargetForm
from trainercoach.records.sessions import DeliveryForm
from trainercoach.services import Coach
from trainercoach.services.candidates import CandidateService


@contextmanager
def counted(coach: Coach) -> Iterator[dict[str, int]]:
    """How many connections the block checks out of coach's pool and how many transactions it begins."""
    seen = {"checkout": 0, "begin": 0}

    def checkout(*_: Any) -> None:
        seen["checkout"] += 1

    def begin(*_: Any) -> None:
        seen["begin"] += 1

    engine = coach.db.engine
    event.listen(engine, "checkout", checkout)
    event.listen(engine, "begin", begin)
    try:
        yield seen
    finally:
        event.remove(engine, "checkout", checkout)
        event.remove(engine, "begin", begin)


@pytest.fixture
def filled(coach: Coach) -> tuple[Coach, dict[str, int]]:
    return coach, fill(coach, greek_sessions=3)


SNAPSHOTS: dict[str, Callable[[Coach, dict[str, int]], object]] = {
    "evaluation": lambda coach, ids: coach.reports.evaluation(ids["chinese"]),
    "session_report": lambda coach, ids: coach.reports.session_report(ids["chinese_session"]),
    "programme": lambda coach, ids: coach.reports.programme(),
    "feedback_form": lambda coach, ids: coach.reports.feedback_form(ids["chinese_session"]),
}


@pytest.mark.parametrize("report", sorted(SNAPSHOTS))
def test_each_snapshot_is_read_in_one_transaction(filled: tuple[Coach, dict[str, int]], report: str) -> None:
    coach, ids = filled
    with counted(coach) as seen:
        snapshot = SNAPSHOTS[report](coach, ids)
    assert snapshot is not None
    assert seen == {"checkout": 1, "begin": 1}, report


def test_the_calibration_snapshot_is_read_in_one_transaction(coach: Coach) -> None:
    """Issue 19: the exercise as a lead sees it and every agreement statistic, in one transaction, and the same
    as the separate calls return."""
    coach.rubrics.install_default()
    version = coach.rubrics.latest()
    people = [coach.people.add(name, role="trainer") for name in ("Ana", "Βασίλης", "陈")]
    exercise = coach.calibration.create(ExerciseForm(
        "Calibration", version.id, people, [TargetForm(f"Recording {i}", recording_link=f"https://v.example/{i}")
                                            for i in range(3)]))
    view = coach.calibration.view(exercise)
    for lift, person in enumerate(people):
        coach.calibration.score(exercise, person, {(t, c): min(5, 1 + i + lift) for i, (t, _) in
                                                   enumerate(view.targets) for c, _ in view.criteria})
    with counted(coach) as seen:
        snapshot = coach.reports.calibration(exercise, lang="el")
    assert seen == {"checkout": 1, "begin": 1}
    assert snapshot.lang == "el" and snapshot.view == coach.calibration.view(exercise)
    assert snapshot.agreement.observers == coach.calibration.agreement(exercise).observers
    assert len(snapshot.agreement.per_criterion) == len(view.criteria) + 1


def test_the_snapshots_hold_what_the_separate_calls_return(filled: tuple[Coach, dict[str, int]]) -> None:
    """The ``*_in`` variants read what the public calls read: one code path, two ways in."""
    coach, ids = filled
    cid, did = ids["chinese"], ids["chinese_session"]
    evaluation = coach.reports.evaluation(cid)
    assert evaluation.detail == coach.candidates.get(cid)
    assert evaluation.row == next(r for r in coach.candidates.list(include_archived=True) if r.id == cid)
    assert evaluation.effectiveness == coach.effectiveness.candidate(cid)
    assert (evaluation.feedback, evaluation.feedback_forms) == coach.effectiveness.candidate_feedback(cid)
    assert evaluation.actions == coach.action_items.list(candidate_id=cid)
    assert evaluation.certifications == coach.certification.list(cid)
    assert [d.id for d in evaluation.deliveries] == sorted(d.id for d in coach.deliveries.list(candidate_id=cid))
    session = coach.reports.session_report(did)
    assert session.effectiveness == coach.effectiveness.session(did)
    assert [s.detail for s in session.observations] == [coach.observations.get(r.id)
                                                        for r in coach.observations.for_delivery(did)]
    programme = coach.reports.programme()
    assert programme.programme == coach.effectiveness.programme()
    assert programme.readiness == coach.effectiveness.readiness_all([c.id for c in coach.candidates.list()])
    assert coach.reports.feedback_form(did).items == coach.feedback.items()


def test_a_missing_candidate_or_session_is_said_plainly(coach: Coach) -> None:
    with pytest.raises(NotFound):
        coach.reports.evaluation(999_999)
    with pytest.raises(NotFound):
        coach.reports.session_report(999_999)
    with pytest.raises(NotFound):
        coach.reports.feedback_form(999_999)
    with pytest.raises(NotFound):
        coach.reports.calibration(999_999)


def test_the_evaluation_reads_its_candidate_not_the_whole_list(coach: Coach, db_path: object,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """Among 2,000 candidates the evaluation still reads one candidate's row, in one transaction (it used to
    list every candidate and scan for its own)."""
    mentor = coach.people.add("Ελένη Παπαδοπούλου", role="lead")
    with coach.db.transaction() as session:
        stage = session.query(Stage).order_by(Stage.position).first()
        assert stage is not None
        people = [Person(name=f"Candidate {n:04}", role="agent") for n in range(2000)]
        session.add_all(people)
        session.flush()
        session.add_all([Candidate(person_id=p.id, stage_id=stage.id, mentor_id=mentor) for p in people])
    wanted = coach.candidates.list(search="Candidate 1234")[0].id
    listed: list[dict[str, object]] = []
    real = CandidateService.list_in

    def spy(self: CandidateService, session: object, *args: object, **kwargs: object) -> object:
        listed.append(kwargs)
        return real(self, session, *args, **kwargs)

    def refuse(*_: object, **__: object) -> None:
        raise AssertionError("the evaluation listed every candidate")

    monkeypatch.setattr(CandidateService, "list", refuse)
    monkeypatch.setattr(CandidateService, "list_in", spy)
    with counted(coach) as seen:
        snapshot = coach.reports.evaluation(wanted)
    assert seen == {"checkout": 1, "begin": 1}
    assert snapshot.row.id == wanted and snapshot.row.name == "Candidate 1234"
    assert snapshot.row.mentor_name == "Ελένη Παπαδοπούλου"
    assert listed and all(call.get("candidate_id") == wanted for call in listed)


def test_a_colleagues_save_during_the_read_does_not_mix_into_the_snapshot(filled: tuple[Coach, dict[str, int]],
                                                                          backend: str, database_url: str) -> None:
    """Between the snapshot's first statement and the rest, another connection renames the candidate and logs a
    session for them: the evaluation shows the candidate wholly as they were when the read began."""
    if backend != "postgresql":
        pytest.skip("on SQLite a writer waits for the reader's transaction: nothing can come between its reads")
    coach, ids = filled
    cid = ids["chinese"]
    before = coach.reports.evaluation(cid)
    colleague = Coach.open(database_url, actor="Colleague")
    saved: list[int] = []

    def save_between(*_: Any) -> None:
        if saved:
            return
        saved.append(colleague.deliveries.add(DeliveryForm(cid, datetime(2025, 6, 2, 9, 0), "Late addition",
                                                           trainees=5)))
        form = colleague.candidates.get(cid).form
        form.name = "Renamed meanwhile"
        colleague.candidates.update(cid, form)

    event.listen(coach.db.engine, "after_cursor_execute", save_between)
    try:
        during = coach.reports.evaluation(cid)
    finally:
        event.remove(coach.db.engine, "after_cursor_execute", save_between)
        colleague.close()
    assert saved, "the colleague's save did not happen during the read"
    assert during.detail.form.name == during.row.name == before.detail.form.name
    assert [d.id for d in during.deliveries] == [d.id for d in before.deliveries]
    assert [p.delivery_id for p in during.effectiveness.trend] == [p.delivery_id for p in before.effectiveness.trend]
    after = coach.reports.evaluation(cid)
    assert after.detail.form.name == after.row.name == "Renamed meanwhile"
    assert saved[0] in [d.id for d in after.deliveries] and saved[0] in [p.delivery_id for p in
                                                                          after.effectiveness.trend]
