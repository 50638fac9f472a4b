"""The demo database: believable, consistent, in three scripts, the same every run, and never over real data."""

from __future__ import annotations

import hashlib
import random
import re
import sqlite3
import statistics
import sys
import time
from collections import Counter
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from trainercoach.demo import DemoBuilder, write_demo
from trainercoach.errors import TrainerCoachError
from trainercoach.models import (
    COMPONENTS,
    TRAITS,
    ActionItem,
    ComprehensionCheck,
    Delivery,
    FeedbackImport,
    FeedbackResponse,
    Observation,
    TrainingAsset,
    utcnow,
)
from trainercoach.records.candidates import CandidateDetail
from trainercoach.records.feedback import FeedbackEntry
from trainercoach.records.observations import ObservationRow
from trainercoach.records.sessions import DeliveryRow
from trainercoach.services import Coach
from trainercoach.services.candidates import validate_form
from trainercoach.services.comprehension import check_errors
from trainercoach.services.deliveries import CODE_ALPHABET, validate_delivery
from trainercoach.services.feedback import entry_errors
from trainercoach.services.milestones import milestone_errors
from trainercoach.services.observations import validate_observation

GREEK = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")
CHINESE = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Coach, dict[str, int], Path]]:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    counts = write_demo(path)
    coach = Coach.open(path, actor="Test Lead")
    yield coach, counts, path
    coach.close()


@pytest.fixture(scope="module")
def details(demo: tuple[Coach, dict[str, int], Path]) -> list[CandidateDetail]:
    coach = demo[0]
    return [coach.candidates.get(row.id) for row in coach.candidates.list(include_archived=True)]


@pytest.fixture(scope="module")
def sessions(demo: tuple[Coach, dict[str, int], Path]) -> list[DeliveryRow]:
    return demo[0].deliveries.list()


@pytest.fixture(scope="module")
def observations(demo: tuple[Coach, dict[str, int], Path],
                 sessions: list[DeliveryRow]) -> dict[int, list[ObservationRow]]:
    return {s.id: demo[0].observations.for_delivery(s.id) for s in sessions}


def everything(coach: Coach) -> list[Any]:
    """All a person could see of each candidate and each session, to compare two demo runs."""
    rows = coach.candidates.list(include_archived=True)
    sessions = coach.deliveries.list()
    people = [(row, coach.candidates.get(row.id)) for row in rows]
    work = [(s, coach.observations.for_delivery(s.id), coach.feedback.responses(s.id),
             coach.comprehension.for_delivery(s.id)) for s in sessions]
    return [*people, *work, coach.action_items.list()]


# -- what is in it --------------------------------------------------------------------------------
def test_counts_are_what_was_written(demo: tuple[Coach, dict[str, int], Path],
                                     details: list[CandidateDetail]) -> None:
    coach, counts, _ = demo
    assert 35 <= counts["candidates"] <= 45
    assert counts["candidates"] == len(details)
    assert counts["people"] == len(coach.people.list())
    assert counts["moves"] == sum(len(d.timeline) for d in details)
    assert counts["milestones"] == sum(1 for d in details for m in d.milestones if m.status != "not_started")


def test_every_stage_holds_someone_on_the_board(demo: tuple[Coach, dict[str, int], Path]) -> None:
    stages = demo[0].pipeline.stages()
    assert len(stages) == 9
    assert {s.name: s.candidates for s in stages if s.candidates == 0} == {}
    kinds = Counter(s.kind for s in stages)
    assert kinds == {"pipeline": 7, "exit": 2}


def test_every_timeline_runs_from_the_first_stage_to_the_current_one(details: list[CandidateDetail]) -> None:
    now = utcnow()
    for detail in details:
        moves = list(reversed(detail.timeline))
        name = detail.form.name
        assert moves[0].from_stage is None and moves[0].to_stage == "Nominated", name
        for before, after in zip(moves, moves[1:], strict=False):
            assert after.from_stage == before.to_stage, name
            assert after.from_stage != after.to_stage, name
            assert before.moved_at <= after.moved_at, name
        assert moves[-1].to_stage == detail.stage_name, name
        assert moves[-1].moved_at < now, name
        assert now - moves[0].moved_at < timedelta(days=366), name
        assert all(move.reason.strip() and move.moved_by for move in moves), name
        assert detail.form.nominated_on <= moves[0].moved_at.date(), name
        if detail.archived_at is not None:
            assert moves[-1].moved_at <= detail.archived_at < now, name


def test_pipeline_candidates_passed_through_every_earlier_stage(
    demo: tuple[Coach, dict[str, int], Path], details: list[CandidateDetail]
) -> None:
    pipeline = [s.name for s in demo[0].pipeline.stages() if s.kind == "pipeline"]
    for detail in details:
        visited = [m.to_stage for m in reversed(detail.timeline) if m.to_stage in pipeline]
        furthest = max(pipeline.index(stage) for stage in visited)
        assert set(visited) == set(pipeline[: furthest + 1]), detail.form.name


def test_names_notes_and_reasons_come_in_english_greek_and_chinese(details: list[CandidateDetail]) -> None:
    names = [d.form.name for d in details]
    assert sum(bool(GREEK.search(n)) for n in names) >= 8
    assert sum(bool(CHINESE.search(n)) for n in names) >= 8
    assert sum(n.isascii() for n in names) >= 8
    notes = [d.form.notes for d in details]
    assert any(GREEK.search(n) for n in notes) and any(CHINESE.search(n) for n in notes)
    reasons = [m.reason for d in details for m in d.timeline]
    assert any(GREEK.search(r) for r in reasons) and any(CHINESE.search(r) for r in reasons)
    assert not any("{" in r or "}" in r for r in reasons)  # every placeholder was filled in
    evidence = [m.evidence for d in details for m in d.milestones]
    assert not any("{" in e or "}" in e for e in evidence)


def test_every_candidate_passes_the_services_own_validation(
    demo: tuple[Coach, dict[str, int], Path], details: list[CandidateDetail]
) -> None:
    coach = demo[0]
    with coach.db.reading() as session:
        for detail in details:
            assert validate_form(session, detail.form, person_id=detail.person_id) == {}, detail.form.name
            for milestone in detail.milestones:
                assert milestone_errors(milestone) == {}, (detail.form.name, milestone)
    emails = [d.form.email.casefold() for d in details if d.form.email]
    emails += [p.email.casefold() for p in coach.people.mentors() if p.email]
    assert len(emails) == len(set(emails))


def test_mentors_are_leads_or_trainers_and_nobody_mentors_themselves(
    demo: tuple[Coach, dict[str, int], Path], details: list[CandidateDetail]
) -> None:
    coach = demo[0]
    mentors = {p.id: p for p in coach.people.mentors()}
    assert 4 <= len(mentors) <= 10
    assert {p.role for p in mentors.values()} == {"lead", "trainer"}
    for detail in details:
        if detail.form.mentor_id is not None:
            assert detail.form.mentor_id in mentors
            assert detail.form.mentor_id != detail.person_id
        assert detail.form.nominated_by_id in mentors
    leads = {p.name for p in mentors.values() if p.role == "lead"}
    assert {m.moved_by for d in details for m in d.timeline} <= leads


def test_there_are_vendor_staff_and_their_companies(details: list[CandidateDetail]) -> None:
    vendors = [d.form for d in details if d.form.employment == "vendor"]
    assert len(vendors) >= 3
    assert all(form.vendor_company for form in vendors)
    assert all(not d.form.vendor_company for d in details if d.form.employment == "employee")
    assert len({d.form.site for d in details}) >= 3
    assert len({d.form.team for d in details}) >= 3


def test_traits_are_scored_with_notes_for_most_but_not_the_newest(details: list[CandidateDetail]) -> None:
    unscored = [d for d in details if all(d.form.traits[t].score is None for t in TRAITS)]
    scored = [d for d in details if all(d.form.traits[t].score is not None for t in TRAITS)]
    assert len(scored) + len(unscored) == len(details)
    assert 2 <= len(unscored) <= len(details) // 4
    assert {d.stage_name for d in unscored} <= {"Nominated", "Screening"}
    for detail in scored:
        for trait in TRAITS:
            entry = detail.form.traits[trait]
            assert 1 <= entry.score <= 5 and entry.note.strip(), detail.form.name
    assert len({d.form.traits["knowledge"].score for d in scored}) >= 3  # not all the same


def test_milestones_follow_the_stage(details: list[CandidateDetail]) -> None:
    today = date.today()
    for detail in details:
        furthest = {m.to_stage for m in detail.timeline}
        statuses = {m.component: m.status for m in detail.milestones}
        name = detail.form.name
        if "Certified" in furthest:
            assert set(statuses.values()) == {"done"}, name
        elif "Co-delivery" in furthest:
            assert statuses["guided_practice"] == statuses["feedback_evaluation"] == "done", name
            assert statuses["content_building"] != "not_started", name
        elif "Practice deliveries" in furthest:
            assert statuses["guided_practice"] == "done", name
            assert statuses["content_building"] == "not_started", name
        elif "Train-the-trainer" in furthest:
            assert "done" not in statuses.values(), name
            assert statuses["guided_practice"] == "in_progress", name
        else:
            assert set(statuses.values()) == {"not_started"}, name
        entered_ttt = min((m.moved_at.date() for m in detail.timeline if m.to_stage == "Train-the-trainer"),
                          default=None)
        for milestone in detail.milestones:
            if milestone.status == "not_started":
                assert milestone.on_date is None and not milestone.evidence
            else:
                assert entered_ttt is not None and entered_ttt <= milestone.on_date <= today, name
                assert milestone.evidence.strip(), name
        done = [m.on_date for m in detail.milestones if m.status == "done"]
        assert done == sorted(done), name  # the components were reached in the guide's order
    assert [m.component for m in details[0].milestones] == list(COMPONENTS)


def test_the_dashboard_has_something_that_needs_attention(demo: tuple[Coach, dict[str, int], Path],
                                                          details: list[CandidateDetail]) -> None:
    attention = demo[0].dashboard.load().attention
    reasons = Counter(item.reason.split(" for ")[0] for item in attention)
    assert reasons["No move"] >= 2
    assert reasons["No mentor assigned"] >= 1
    assert 1 <= sum(d.archived_at is not None for d in details) <= 4
    assert len(demo[0].candidates.list()) == len(details) - sum(d.archived_at is not None for d in details)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_the_demo_file_is_private(demo: tuple[Coach, dict[str, int], Path]) -> None:
    assert demo[2].stat().st_mode & 0o777 == 0o600


# -- sessions, observations, trainee feedback, comprehension checks ------------------------------------
DELIVERING = ("Practice deliveries", "Co-delivery", "Certified", "Active trainer")


def stays(detail: CandidateDetail, today: datetime) -> list[tuple[str, datetime, datetime]]:
    """(stage, from, until) for every stay in the candidate's timeline, oldest first."""
    moves = list(reversed(detail.timeline))
    ends = [m.moved_at for m in moves[1:]] + [today]
    return [(m.to_stage, m.moved_at, end) for m, end in zip(moves, ends, strict=True)]


def test_session_counts_are_what_was_written(demo: tuple[Coach, dict[str, int], Path], sessions: list[DeliveryRow],
                                             observations: dict[int, list[ObservationRow]]) -> None:
    coach, counts, _ = demo
    assert counts["sessions"] == len(sessions) >= 100
    assert counts["observations"] == sum(len(o) for o in observations.values()) == sum(s.observations for s in sessions)
    assert counts["feedback_responses"] == sum(s.responses for s in sessions) >= 1000
    assert counts["action_items"] == len(coach.action_items.list()) > 0
    checks = [c for s in sessions for c in coach.comprehension.for_delivery(s.id)]
    assert counts["comprehension_checks"] == len(checks)
    assert counts["comprehension_scores"] == sum(len(c.form.scores) for c in checks)
    assert counts["assets"] == len(coach.assets.list())


def test_training_assets_mix_languages_elements_and_links(demo: tuple[Coach, dict[str, int], Path]) -> None:
    assets = demo[0].assets.list()
    assert 6 <= len(assets) <= 12
    titles = [a.title for a in assets]
    assert any(GREEK.search(t) for t in titles) and any(CHINESE.search(t) for t in titles)
    assert any(t.isascii() for t in titles)
    assert all(a.link.startswith("https://kb.example/") for a in assets)
    mixes = {(a.has_text, a.has_visual, a.has_hands_on) for a in assets}
    assert len(mixes) >= 3 and all(any(mix) for mix in mixes)


def test_the_asset_library_has_versions_one_stale_asset_and_reviews_due(
        demo: tuple[Coach, dict[str, int], Path]) -> None:
    coach, counts, _ = demo
    assets = coach.assets.list()
    assert [a.title for a in assets if a.stale] == ["New product launch: Northwind Pay 2.0"]
    due = [a.title for a in assets if a.review_due_by(date.today())]
    assert "Αμφισβητήσεις χρεώσεων: οδηγός βήμα προς βήμα" in due
    assert all(a.versions >= 1 and a.version_label for a in assets) and any(a.versions >= 3 for a in assets)
    assert sum(a.versions for a in assets) == counts["asset_versions"]
    assert sum(a.ratings for a in assets) == counts["asset_feedback"] and all(a.ratings for a in assets)
    assert {code for a in assets for code in a.languages} == {"en", "el", "zh_CN"}
    assert any(a.has_mock_tickets for a in assets)
    for asset in assets:  # every asset as the service would have accepted it
        detail = coach.assets.get(asset.id)
        assert detail.versions[0].label == asset.version_label
        assert detail.rating is not None and detail.rating.n == asset.ratings
    reminders = {a.title for a in coach.dashboard.load().assets}
    assert "New product launch: Northwind Pay 2.0" in reminders and set(due) <= reminders


def test_every_session_passes_the_services_validation(demo: tuple[Coach, dict[str, int], Path],
                                                      sessions: list[DeliveryRow]) -> None:
    coach = demo[0]
    codes = [s.code for s in sessions]
    assert len(set(codes)) == len(codes)
    assert all(len(c) == 6 and set(c) <= set(CODE_ALPHABET) for c in codes)
    with coach.db.reading() as session:
        for row in sessions:
            detail = coach.deliveries.get(row.id)
            assert validate_delivery(session, detail.form) == {}, row
            assert detail.observer_names, row
            assert 6 <= row.trainees <= 30 and 45 <= row.duration_minutes <= 180, row
    assert {s.method for s in sessions} == {"classroom", "virtual", "online"}
    assert {s.audience for s in sessions} == {"new_hires", "existing", "mixed"}


def test_sessions_follow_each_candidates_stages(demo: tuple[Coach, dict[str, int], Path],
                                                details: list[CandidateDetail],
                                                sessions: list[DeliveryRow]) -> None:
    now = utcnow()
    by_candidate: dict[int, list[DeliveryRow]] = {}
    for row in sessions:
        by_candidate.setdefault(row.candidate_id, []).append(row)
    for detail in details:
        name = detail.form.name
        mine = by_candidate.get(detail.id, [])
        visited = {m.to_stage for m in detail.timeline}
        if "Train-the-trainer" not in visited:
            assert not mine, name
            continue
        timeline = stays(detail, now)
        reached_practice = "Practice deliveries" in visited
        for row in mine:
            assert row.starts_at < now, name
            stage = next(s for s, start, end in timeline if start < row.starts_at < end)
            assert stage not in ("Paused", "Withdrawn"), (name, row.starts_at)
            if reached_practice:  # once past train-the-trainer, sessions come after entering practice
                assert stage in DELIVERING, (name, row.starts_at, stage)
            else:
                assert stage == "Train-the-trainer", (name, row.starts_at)
        if detail.stage_name == "Train-the-trainer":
            assert len(mine) <= 3, name
        elif detail.stage_name == "Practice deliveries":
            assert 3 <= len(mine) <= 8, name
        elif detail.stage_name in DELIVERING:
            assert 6 <= len(mine) <= 15, name
    languages = Counter("el" if GREEK.search(s.topic) else "zh" if CHINESE.search(s.topic) else "en" for s in sessions)
    assert min(languages.values()) >= 20


def test_observations_use_the_installed_rubric_and_pass_validation(
    demo: tuple[Coach, dict[str, int], Path], sessions: list[DeliveryRow],
    observations: dict[int, list[ObservationRow]],
) -> None:
    coach = demo[0]
    latest = coach.rubrics.latest()
    assert latest.rubric_name and len(latest.criteria) >= 6
    people = {p.id: p for p in coach.people.mentors()}
    with coach.db.reading() as session:
        for row in sessions:
            detail = coach.deliveries.get(row.id)
            candidate = coach.candidates.get(row.candidate_id)
            for observation in observations[row.id]:
                assert observation.rubric_version_id == latest.id
                assert observation.observer_id in detail.form.observer_ids
                assert observation.observer_id != candidate.person_id
                assert people[observation.observer_id].role in ("lead", "trainer")
                assert row.starts_at < observation.created_at < utcnow()
                form = coach.observations.get(observation.id).form
                assert validate_observation(session, form, observation.id) == {}, observation
                assert all(s is None or 1 <= s <= 5 for s in form.scores.values())
                assert form.strengths.strip() and form.improvements.strip()
    counts = Counter(len(o) for o in observations.values())
    assert counts[1] > counts[2] > 0  # most sessions have one observer, some two


def test_observers_write_in_their_own_language(demo: tuple[Coach, dict[str, int], Path],
                                               observations: dict[int, list[ObservationRow]]) -> None:
    coach = demo[0]
    for rows in observations.values():
        for row in rows:
            form = coach.observations.get(row.id).form
            text = form.strengths + form.improvements
            if GREEK.search(row.observer_name):
                assert GREEK.search(text), row
            elif CHINESE.search(row.observer_name):
                assert CHINESE.search(text), row
            else:
                assert text.isascii(), row


def test_scores_improve_and_readiness_follows_them(sessions: list[DeliveryRow],
                                                   observations: dict[int, list[ObservationRow]]) -> None:
    by_candidate: dict[int, list[list[ObservationRow]]] = {}
    for row in sorted(sessions, key=lambda s: s.starts_at):
        if observations[row.id]:
            by_candidate.setdefault(row.candidate_id, []).append(observations[row.id])
    improved = 0
    long = [rows for rows in by_candidate.values() if len(rows) >= 6]
    assert len(long) >= 5
    for rows in long:
        averages = [statistics.mean(o.weighted_average for o in session) for session in rows]
        improved += statistics.mean(averages[-3:]) > statistics.mean(averages[:3])
    assert improved == len(long)
    for rows in by_candidate.values():
        assert all(o.recommendation != "ready" for o in rows[0])  # nobody is ready on their first session
    flat = [o for rows in by_candidate.values() for session in rows for o in session]
    ready = [o.weighted_average for o in flat if o.recommendation == "ready"]
    support = [o.weighted_average for o in flat if o.recommendation == "needs_support"]
    assert ready and support and min(ready) > max(support)


def test_action_items_some_done_a_few_overdue(demo: tuple[Coach, dict[str, int], Path]) -> None:
    coach = demo[0]
    today = date.today()
    items = coach.action_items.list()
    overdue = coach.action_items.overdue(today)
    assert 2 <= len(overdue) <= len(items) // 5
    assert all(i.done_at is None and i.due_on < today for i in overdue)
    done = [i for i in items if i.done_at is not None]
    assert len(done) > len(items) // 2
    assert all(i.done_at < utcnow() for i in done)
    assert any(i.done_at is None and i.due_on >= today for i in items)  # and some are still to do
    assert all(i.observation_id is not None and i.text.strip() and "{" not in i.text for i in items)


def test_the_dashboard_lists_overdue_items_and_unobserved_sessions(demo: tuple[Coach, dict[str, int], Path],
                                                                    sessions: list[DeliveryRow]) -> None:
    kinds = Counter(item.kind for item in demo[0].dashboard.load().attention)
    assert kinds["action_item"] >= 2 and kinds["unobserved"] >= 1
    recent = [s for s in sessions if (date.today() - s.starts_at.date()).days <= 2]
    assert sum(s.observations == 0 for s in recent) >= 2
    older = [s for s in sessions if (date.today() - s.starts_at.date()).days > 2]
    assert sum(s.observations == 0 for s in older) <= 3  # practice deliveries are observed, all but a few


def test_trainee_feedback_is_valid_and_follows_the_rubric(demo: tuple[Coach, dict[str, int], Path],
                                                          sessions: list[DeliveryRow],
                                                          observations: dict[int, list[ObservationRow]]) -> None:
    coach = demo[0]
    items = {i.key: i for i in coach.feedback.items()}
    rubric, reaction, sources, comments = [], [], Counter(), []
    for row in sessions:
        responses = coach.feedback.responses(row.id)
        if observations[row.id]:
            assert row.trainees * 0.5 - 1 <= len(responses) <= row.trainees, row
        for response in responses:
            entry = FeedbackEntry(dict(response.answers), response.comment)
            assert entry_errors(entry, items) == {}, response
            assert response.created_at < utcnow()
            sources[response.source] += 1
            if response.comment:
                comments.append(response.comment)
        overall = [r.answers["overall"] for r in responses if "overall" in r.answers]
        if observations[row.id] and len(overall) >= 5:
            rubric.append(statistics.mean(o.weighted_average for o in observations[row.id]))
            reaction.append(statistics.mean(overall))
    assert set(sources) >= {"paper", "kiosk", "import", "typed"}
    assert statistics.correlation(rubric, reaction) > 0.4
    blanks = sum(len(r.answers) < len(items) for row in sessions for r in coach.feedback.responses(row.id))
    assert blanks > 0
    assert any(GREEK.search(c) for c in comments) and any(CHINESE.search(c) for c in comments)
    assert any(c.isascii() for c in comments)
    assert any(re.search(r"[\U0001F300-\U0001FAFF]", c) for c in comments)


def test_imported_feedback_has_its_file(demo: tuple[Coach, dict[str, int], Path]) -> None:
    coach = demo[0]
    with coach.db.reading() as session:
        imports = session.scalars(select(FeedbackImport)).all()
        assert imports
        for record in imports:
            assert re.fullmatch(r"[0-9a-f]{64}", record.sha256) and record.file_name.strip()
            rows = session.scalars(select(FeedbackResponse).where(FeedbackResponse.import_id == record.id)).all()
            assert len(rows) == record.rows > 0
            assert all(r.source == "import" and r.delivery_id == record.delivery_id for r in rows)
            assert record.imported_at < utcnow()
        assert not session.scalars(select(FeedbackResponse).where(
            FeedbackResponse.source == "import", FeedbackResponse.import_id.is_(None))).first()
        assert len({r.sha256 for r in imports}) == len(imports)
    found = coach.feedback.earlier_import(imports[0].sha256)
    assert found is not None and found.delivery_id == imports[0].delivery_id


def test_comprehension_checks_are_valid_and_show_learning(demo: tuple[Coach, dict[str, int], Path],
                                                          sessions: list[DeliveryRow]) -> None:
    coach = demo[0]
    today = date.today()
    checks = [(row, c) for row in sessions for c in coach.comprehension.for_delivery(row.id)]
    assert 0.3 * len(sessions) <= len(checks) <= 0.7 * len(sessions)
    assert {c.form.kind for _, c in checks} == {"daily_quiz", "practical_task", "oral_exam"}
    pairs = gains = 0
    for row, check in checks:
        form = check.form
        assert check_errors(form) == {}, check
        assert form.held_on == row.starts_at.date() and form.held_on < today
        assert form.max_score in (10.0, 20.0) and form.title.strip() and "{" not in form.title
        assert [s.trainee for s in form.scores] == [f"T{n:02d}" for n in range(1, row.trainees + 1)]
        if form.retention_on is not None:
            assert form.held_on < form.retention_on < today
            assert any(s.retention is not None for s in form.scores)
        else:
            assert all(s.retention is None for s in form.scores)
        for score in form.scores:
            if score.pre is not None and score.post is not None:
                pairs += 1
                gains += score.post > score.pre
    assert gains > 0.75 * pairs
    assert any(c.form.retention_on is not None for _, c in checks)


def test_nothing_is_dated_in_the_future(demo: tuple[Coach, dict[str, int], Path]) -> None:
    now = utcnow()
    with demo[0].db.reading() as session:
        for column in (Delivery.starts_at, Delivery.created_at, Observation.created_at, ActionItem.created_at,
                       ActionItem.done_at, FeedbackResponse.created_at, FeedbackImport.imported_at,
                       ComprehensionCheck.created_at, TrainingAsset.created_at):
            latest = session.scalar(select(column).order_by(column.desc()).limit(1))
            assert latest is None or latest < now, column
        for column in (ComprehensionCheck.held_on, ComprehensionCheck.retention_on):
            latest = session.scalar(select(column).order_by(column.desc()).limit(1))
            assert latest < now.date(), column


def test_the_small_demo_is_quick(tmp_path: Path) -> None:
    started = time.perf_counter()
    write_demo(tmp_path / "quick.sqlite3")
    assert time.perf_counter() - started < 5


# -- the same every run ----------------------------------------------------------------------------
def test_two_runs_give_the_same_demo(tmp_path: Path, demo: tuple[Coach, dict[str, int], Path]) -> None:
    again = tmp_path / "again.sqlite3"
    assert write_demo(again) == demo[1]
    coach = Coach.open(again)
    try:
        assert everything(coach) == everything(demo[0])
    finally:
        coach.close()


def test_dates_are_relative_to_today(tmp_path: Path) -> None:
    today = date(2026, 3, 15)
    write_demo(tmp_path / "then.sqlite3", today=today)
    coach = Coach.open(tmp_path / "then.sqlite3")
    try:
        moves = [m for row in coach.candidates.list(include_archived=True)
                 for m in coach.candidates.get(row.id).timeline]
        assert max(m.moved_at.date() for m in moves) < today
        assert min(m.moved_at.date() for m in moves) > today - timedelta(days=366)
        starts = [s.starts_at.date() for s in coach.deliveries.list()]
        assert starts and max(starts) < today and min(starts) > today - timedelta(days=366)
        assert coach.action_items.overdue(today)
        assert all(item.due_on < today for item in coach.action_items.overdue(today))
    finally:
        coach.close()


# -- never over real data --------------------------------------------------------------------------
def test_an_existing_database_is_never_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "mine.sqlite3"
    write_demo(path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(TrainerCoachError, match="already exists and is not empty"):
        write_demo(path)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_any_non_empty_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("Μαρία: call back on Monday\n", encoding="utf-8")
    with pytest.raises(TrainerCoachError, match="choose another path"):
        write_demo(path)
    assert path.read_text(encoding="utf-8") == "Μαρία: call back on Monday\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_an_existing_empty_file_is_used(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite3"
    path.touch()
    assert write_demo(path)["candidates"] > 0


@pytest.mark.parametrize(("target", "message"), [
    ("folder", "is a folder"),
    ("postgresql://lead@server/coach", "not a database URL"),
])
def test_a_folder_or_url_is_refused(tmp_path: Path, target: str, message: str) -> None:
    path = tmp_path if target == "folder" else target
    with pytest.raises(TrainerCoachError, match=message):
        write_demo(path)  # type: ignore[arg-type]
    assert list(tmp_path.iterdir()) == []


def test_an_unknown_scale_is_refused(tmp_path: Path) -> None:
    with pytest.raises(TrainerCoachError, match="choose small, large or huge"):
        write_demo(tmp_path / "giant.sqlite3", scale="giant")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("existed", [False, True], ids=["new file", "empty file"])
def test_a_failed_demo_leaves_nothing_behind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            existed: bool) -> None:
    path = tmp_path / "demo.sqlite3"
    if existed:
        path.touch()

    def broken(self: DemoBuilder) -> None:
        raise RuntimeError("disk full, say")

    monkeypatch.setattr(DemoBuilder, "add_milestones", broken)
    with pytest.raises(RuntimeError, match="disk full"):
        write_demo(path)
    assert [p.name for p in tmp_path.iterdir()] == (["demo.sqlite3"] if existed else [])
    if existed:
        assert path.stat().st_size == 0
    monkeypatch.undo()
    assert write_demo(path)["candidates"] > 0  # and a second attempt is not refused


# -- the large demo --------------------------------------------------------------------------------
@pytest.mark.slow
def test_the_large_demo_is_large_consistent_and_valid(tmp_path: Path) -> None:
    """One build (under a minute) and checks over every row where SQL can say it, over a sample elsewhere."""
    path = tmp_path / "large.sqlite3"
    counts = write_demo(path, scale="large")
    assert 550 <= counts["candidates"] <= 650 and 1900 <= counts["people"] <= 2100
    assert 27_000 <= counts["sessions"] <= 33_000
    assert 54_000 <= counts["observations"] <= 66_000
    assert 400_000 <= counts["feedback_responses"] <= 500_000
    assert 6 <= counts["feedback_answers"] / counts["feedback_responses"] <= 8
    assert 180_000 <= counts["comprehension_scores"] <= 220_000
    with sqlite3.connect(path) as raw:
        def one(sql: str) -> Any:
            return raw.execute(sql).fetchone()[0]

        assert one("PRAGMA journal_mode") == "wal"
        assert raw.execute("PRAGMA foreign_key_check").fetchall() == []
        for table, key in (("candidate", "candidates"), ("person", "people"), ("delivery", "sessions"),
                           ("observation", "observations"), ("feedback_response", "feedback_responses"),
                           ("feedback_answer", "feedback_answers"), ("comprehension_score", "comprehension_scores")):
            assert one(f"SELECT count(*) FROM {table}") == counts[key], table
        # Sessions only from train-the-trainer on, and never in the future.
        assert one("""SELECT count(*) FROM delivery d WHERE d.starts_at <= coalesce((
                        SELECT min(m.moved_at) FROM stage_move m JOIN stage s ON s.id = m.to_stage_id
                        WHERE m.candidate_id = d.candidate_id AND s.key = 'train_the_trainer'), '9999')""") == 0
        assert one("SELECT max(starts_at) FROM delivery") < str(utcnow())
        # Observers are leads or trainers, never the candidate, and listed on the session.
        assert one("""SELECT count(*) FROM observation o JOIN delivery d ON d.id = o.delivery_id
                      JOIN candidate c ON c.id = d.candidate_id JOIN person p ON p.id = o.observer_id
                      WHERE o.observer_id = c.person_id OR p.role NOT IN ('lead', 'trainer')
                         OR NOT EXISTS (SELECT 1 FROM delivery_observer x
                                        WHERE x.delivery_id = d.id AND x.person_id = o.observer_id)""") == 0
        assert one("SELECT count(*) FROM person WHERE email IS NOT NULL") == one(
            "SELECT count(DISTINCT lower(email)) FROM person")
        names = [row[0] for row in raw.execute("SELECT name FROM person")]
    assert sum(bool(GREEK.search(n)) for n in names) > 300 and sum(bool(CHINESE.search(n)) for n in names) > 300
    assert sum(n.isascii() for n in names) > 300
    assert len(set(names)) > 500  # recombined, not the small demo's forty-seven people again

    coach = Coach.open(path)
    try:
        sessions = coach.deliveries.list()
        assert len(sessions) == counts["sessions"]
        items = {i.key: i for i in coach.feedback.items()}
        with coach.db.reading() as session:
            for row in random.Random(8).sample(sessions, 150):
                detail = coach.deliveries.get(row.id)
                assert validate_delivery(session, detail.form) == {}, row
                for observation in coach.observations.for_delivery(row.id):
                    form = coach.observations.get(observation.id).form
                    assert validate_observation(session, form, observation.id) == {}, observation
                for response in coach.feedback.responses(row.id):
                    assert entry_errors(FeedbackEntry(dict(response.answers), response.comment), items) == {}
                for check in coach.comprehension.for_delivery(row.id):
                    assert check_errors(check.form) == {}, check
        assert coach.dashboard.load().attention
    finally:
        coach.close()


# -- calibration (issue 19) ---------------------------------------------------------------------------
def test_two_closed_calibration_exercises_find_the_lenient_observer(demo: tuple[Coach, dict[str, int], Path]) -> None:
    """Tom Becker scores about 0.8 above the others: in both exercises his bias over the mean of the criteria
    has an interval wholly above zero (lenient), and nobody else's does; the observers still disagree
    believably (the absolute-agreement ICC is neither perfect nor nil)."""
    coach, counts, _ = demo
    exercises = coach.calibration.list()
    assert counts["calibration_exercises"] == len(exercises) == 2
    assert all(row.status == "closed" and row.targets == 3 and row.handed_in == row.observers >= 4
               for row in exercises)
    for row in exercises:
        agreement = coach.calibration.agreement(row.id)
        total = agreement.per_criterion[-1]
        assert total.criterion_id is None
        lenient = [name for (_, name), bias in zip(agreement.observers, total.summary.bias, strict=True)
                   if bias.lenient]
        assert lenient == ["Tom Becker"], row.name
        tom = next(b for (_, name), b in zip(agreement.observers, total.summary.bias, strict=True)
                   if name == "Tom Becker")
        assert tom.low is not None and tom.mean is not None and tom.low > 0 and 0.5 < tom.mean < 1.3
        icc2 = total.summary.iccs.icc["ICC2"].value
        assert icc2 is not None and 0.2 < icc2 < 0.95, row.name
    view = coach.calibration.view(exercises[1].id)
    assert view.references and view.revealed  # the second exercise has the lead's reference scores


# -- the same as before a refactoring ------------------------------------------------------------------
# What the small demo wrote for 15 March 2026 in English: rows per table and a hash of each table's rows in
# the order they were written. Taken from the demo before it was split into the ``demo/`` package; a change
# that moves code around must leave it as it is. A change meant to alter the demo (new data, a new column)
# updates it, and says so in its commit.
FINGERPRINT = {
    "action_item": (109, "2f197b820fb3d174"),
    "anchor": (40, "1ceb605bb92d9064"),
    # Issue 19: the two calibration exercises, drawn from their own random generator (no other table changed).
    "calibration_exercise": (2, "9cacadd16f2ff42a"),
    "calibration_observer": (9, "12323922f1b8bfd3"),
    "calibration_reference": (24, "690ec702162d88d7"),
    "calibration_score": (216, "b178920f365170b0"),
    "calibration_target": (6, "dc7374ec13b57fb5"),
    # Issue 20: questions on every check, three gaps with their evidence, seven cases in every state of their
    # review, drawn from their own random generator and written last (no other table changed).
    "business_case": (7, "682a882f87c69956"),
    "case_session": (3, "85aedd9a72265c35"),
    "case_step": (26, "4e7739eeed7f5926"),
    "check_question": (432, "224f226575e892da"),
    "gap_evidence": (36, "2d8e79e83328a015"),
    "knowledge_gap": (3, "9f91dfff78f45ec6"),
    "candidate": (40, "56b5dbd5e5bd2a33"),
    "certification": (7, "4ad4079d0f0b9c68"),
    "certification_evidence": (21, "c22d823d5c055e91"),
    "comprehension_check": (108, "1980f6a0843dc802"),
    "comprehension_score": (1873, "5c51562763f70044"),
    "delivery": (195, "788d99756c45daeb"),  # 6 Dec 2026: the recording links of virtual sessions
    "delivery_observer": (267, "0fe39557f1773442"),
    "feedback_answer": (16349, "9bad6352d329e698"),
    "feedback_import": (80, "23d4109cfc31b90d"),  # 0008: each import marked not a deliberate repeat
    "feedback_response": (2454, "086d4cb79d81239c"),
    "mentor_signoff": (9, "17c5af78e869d432"),
    "milestone": (79, "79fe4a3d26e5de87"),
    "observation": (260, "e0b2244ed75cafa3"),
    "observation_score": (2080, "1940102341a53c95"),
    "person": (47, "fb0b4654a8014f39"),  # 0009: person.retired_at (None); the other columns hash as before
    "rubric": (1, "246ecccdc6254378"),
    "rubric_version": (1, "e665bf850d88ff43"),
    "stage_move": (155, "8cedf5cfb9d60e89"),
    # Issue 20 (0012): each asset's template, languages, mock tickets, article date and last review, its versions
    # and agents' feedback, written last from their own random generator (no other table changed).
    "training_asset": (8, "09f89fd4d8a9a9af"),
    "training_asset_feedback": (53, "9a887f0bd5d1aa19"),
    "training_asset_version": (17, "57b54c95eab924af"),
    "trait_score": (160, "33a81b3f523e01b3"),
}


def test_the_small_demo_is_what_it_was(tmp_path: Path) -> None:
    path = tmp_path / "fingerprint.sqlite3"
    write_demo(path, today=date(2026, 3, 15), lang="en")
    with sqlite3.connect(path) as raw:
        found = {}
        for table in FINGERPRINT:
            rows = raw.execute(f'SELECT * FROM "{table}" ORDER BY rowid').fetchall()
            found[table] = (len(rows), hashlib.sha256(repr(rows).encode()).hexdigest()[:16])
    assert found == FINGERPRINT


def test_gaps_and_cases_in_every_state(demo: tuple[Coach, dict[str, int], Path]) -> None:
    """Issue 20: gaps with evidence in numbers, a case in each state of its review, one evaluated with its
    before and after; every case passes the services' own validation."""
    from trainercoach.services.business_cases import case_errors

    coach = demo[0]
    gaps = coach.gaps.list()
    assert len(gaps) == 3 and all(g.evidence >= 4 and g.agents > 0 for g in gaps)
    cases = coach.cases.list()
    assert sorted(c.status for c in cases) == sorted(("draft", "submitted", "returned", "approved", "scheduled",
                                                      "delivered", "evaluated"))
    for row in cases:
        detail = coach.cases.get(row.id)
        assert case_errors(detail.form) == {}
        assert detail.steps[-1].status == row.status
    evaluated = coach.cases.get(next(c.id for c in cases if c.status == "evaluated"))
    assert evaluated.result is not None and evaluated.result.before.n > 0 and evaluated.result.after.n > 0
    missed = coach.gaps.missed_questions()[0]
    assert missed.correct / missed.answered < 0.5
