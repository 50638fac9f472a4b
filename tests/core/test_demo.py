"""The demo database: believable, consistent, in three scripts, the same every run, and never over real data."""

from __future__ import annotations

import hashlib
import re
import sys
from collections import Counter
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from trainercoach.demo import DemoBuilder, write_demo
from trainercoach.errors import TrainerCoachError
from trainercoach.models import COMPONENTS, TRAITS, utcnow
from trainercoach.services import Coach
from trainercoach.services.candidates import validate_form
from trainercoach.services.milestones import milestone_errors
from trainercoach.services.records import CandidateDetail

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


def everything(coach: Coach) -> list[Any]:
    """All a person could see of each candidate, to compare two demo runs."""
    rows = coach.candidates.list(include_archived=True)
    return [(row, coach.candidates.get(row.id)) for row in rows]


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


def test_the_large_demo_says_it_is_not_built_yet(tmp_path: Path) -> None:
    with pytest.raises(TrainerCoachError, match="The large demo is not built yet."):
        write_demo(tmp_path / "large.sqlite3", scale="large")
    with pytest.raises(TrainerCoachError, match="choose small or large"):
        write_demo(tmp_path / "huge.sqlite3", scale="huge")
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
