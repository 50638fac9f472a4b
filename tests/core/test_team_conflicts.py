"""Two people, two app windows, one database: the second save of the same thing is told what changed.

Each test opens a second ``Coach`` on the first one's database, as a colleague's app on the team server
would (on SQLite: a second connection to the same file).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime

import pytest

from tests.core.helpers import make_form
from trainercoach.errors import Conflict
from trainercoach.models import Candidate
from trainercoach.records.candidates import MilestoneRecord, TraitEntry
from trainercoach.records.sessions import DeliveryForm
from trainercoach.services import Coach


@pytest.fixture
def colleague(coach: Coach) -> Iterator[Coach]:
    other = Coach.open(coach.db.url, actor="Another Lead")
    yield other
    other.close()


def test_a_stale_candidate_save_is_a_conflict_that_says_what_changed(coach: Coach, colleague: Coach) -> None:
    candidate = coach.candidates.add(make_form("Μαρία Παπαδοπούλου", {"knowledge": 3}, site="Athens"))
    mine = coach.candidates.get(candidate)  # both open the same candidate
    theirs = colleague.candidates.get(candidate)

    colleague.candidates.update(candidate, replace(theirs.form, site="Thessaloniki", notes="moved office",
                                                   traits={**theirs.form.traits, "knowledge": TraitEntry(5, "")}),
                                expected_version=theirs.version)
    edited = replace(mine.form, site="Athens", team="Billing 计费")
    with pytest.raises(Conflict) as raised:
        coach.candidates.update(candidate, edited, expected_version=mine.version)

    conflict = raised.value
    assert conflict.what_changed == {
        "site": ("Athens", "Thessaloniki"),
        "notes": ("", "moved office"),
        "team": ("Billing 计费", ""),
        "trait:knowledge": (3, 5),
        "trait_note:knowledge": ("note on knowledge", ""),
    }
    assert "site" in str(conflict) and "Μαρία Παπαδοπούλου" in str(conflict)
    saved = coach.candidates.get(candidate)
    assert (saved.form.site, saved.form.team, saved.version) == ("Thessaloniki", "", conflict.current_version)

    # the person chooses: save theirs over it, deliberately, against the version they have now seen
    coach.candidates.update(candidate, edited, expected_version=conflict.current_version)
    assert coach.candidates.get(candidate).form.team == "Billing 计费"
    assert colleague.candidates.get(candidate).form.site == "Athens"  # and the colleague sees it at once


def test_a_stale_milestone_edit_shows_the_milestone(coach: Coach, colleague: Coach) -> None:
    candidate = coach.candidates.add(make_form("Kwame"))
    mine = coach.candidates.get(candidate)
    colleague.candidates.update(candidate, mine.form, expected_version=mine.version, milestones=[
        MilestoneRecord("guided_practice", "done", date(2026, 1, 9), "three sessions")])
    with pytest.raises(Conflict) as raised:
        coach.candidates.update(candidate, mine.form, expected_version=mine.version, milestones=[
            MilestoneRecord("guided_practice", "in_progress", None, "")])
    assert raised.value.what_changed == {
        "milestone:guided_practice": (("in_progress", None, ""), ("done", date(2026, 1, 9), "three sessions"))}


def test_a_move_by_someone_else_is_a_conflict_too(coach: Coach, colleague: Coach) -> None:
    candidate = coach.candidates.add(make_form("Léa"))
    mine = coach.candidates.get(candidate)
    screening = next(s.id for s in colleague.pipeline.stages() if s.name == "Screening")
    colleague.pipeline.move(candidate, screening, "screened by phone")
    with pytest.raises(Conflict, match="moved or archived") as raised:
        coach.candidates.update(candidate, mine.form, expected_version=mine.version)
    assert raised.value.what_changed == {}
    with pytest.raises(Conflict) as raised:
        coach.candidates.update(candidate, replace(mine.form, notes="x"), expected_version=mine.version)
    assert raised.value.what_changed == {"notes": ("x", "")}


def test_a_stale_session_save_is_a_conflict_that_says_what_changed(coach: Coach, colleague: Coach) -> None:
    candidate = coach.candidates.add(make_form("Chen Jing 陈静"))
    observer = coach.people.add("Olga", role="lead")
    session = coach.deliveries.add(DeliveryForm(candidate, datetime(2026, 6, 1, 9), "退款流程", trainees=10))
    mine = coach.deliveries.get(session)
    theirs = colleague.deliveries.get(session)
    colleague.deliveries.update(session, replace(theirs.form, trainees=12, observer_ids=[observer]),
                                expected_version=theirs.version)
    with pytest.raises(Conflict) as raised:
        coach.deliveries.update(session, replace(mine.form, topic="退款流程 (二)"), expected_version=mine.version)
    assert raised.value.what_changed == {
        "topic": ("退款流程 (二)", "退款流程"),
        "trainees": (10, 12),
        "observers": ([], [observer]),
    }
    assert coach.deliveries.get(session).form.trainees == 12  # nothing of the refused save was written


def test_changing_only_the_observers_still_moves_the_version(coach: Coach, colleague: Coach) -> None:
    candidate = coach.candidates.add(make_form("Ali"))
    observer = coach.people.add("Olga", role="lead")
    session = coach.deliveries.add(DeliveryForm(candidate, datetime(2026, 6, 2, 9), "Returns"))
    before = coach.deliveries.get(session)
    colleague.deliveries.update(session, replace(before.form, observer_ids=[observer]),
                                expected_version=before.version)
    after = coach.deliveries.get(session)
    assert after.version == before.version + 1
    with pytest.raises(Conflict):
        coach.deliveries.update(session, before.form, expected_version=before.version)


@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)  # SQLite lets one writer in at a time
def test_two_saves_at_the_same_moment_one_wins_one_is_told(coach: Coach, colleague: Coach) -> None:
    """Both read version 1 and both pass the version check; the database's own versioned UPDATE lets only one
    through, and the other is a Conflict rather than a silent overwrite."""
    candidate = coach.candidates.add(make_form("Race"))
    start = threading.Barrier(2)
    outcomes: list[str] = []

    def save(who: Coach, notes: str) -> None:
        with who.db.transaction() as session:
            row = session.get(Candidate, candidate)
            start.wait(timeout=10)
            row.notes = notes
            session.flush()

    def run(who: Coach, notes: str) -> None:
        try:
            with who.db.errors_explained():
                save(who, notes)
            outcomes.append("saved")
        except Conflict:
            outcomes.append("conflict")

    threads = [threading.Thread(target=run, args=(c, n)) for c, n in ((coach, "mine"), (colleague, "theirs"))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert sorted(outcomes) == ["conflict", "saved"]
    assert coach.candidates.get(candidate).version == 2
