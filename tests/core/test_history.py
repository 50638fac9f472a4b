"""Undo and redo through ``coach.history``, the same stack Ctrl+Z and Ctrl+Shift+Z drive in the window."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from tests.core.helpers import full_scores, make_form, snapshot, stage_id
from trainercoach.errors import NotFound, TrainerCoachError
from trainercoach.records.candidates import MilestoneRecord
from trainercoach.services import Coach

VERSION = {"candidate": {"version"}}


def test_undo_and_redo_an_add(coach: Coach) -> None:
    empty = snapshot(coach)
    candidate = coach.candidates.add(make_form("张伟", full_scores(4), email="zhang.wei@example.com"))
    assert coach.history.undo_label == "Add 张伟"

    assert coach.history.undo() == "Add 张伟"
    with pytest.raises(NotFound):
        coach.candidates.get(candidate)
    assert snapshot(coach) == empty
    assert (coach.history.can_undo, coach.history.can_redo, coach.history.redo_label) == (False, True, "Add 张伟")

    coach.history.redo()
    detail = coach.candidates.get(candidate)
    assert detail.form.name == "张伟"
    assert detail.form.traits["knowledge"].score == 4
    assert [m.to_stage for m in detail.timeline] == ["Nominated"]
    assert coach.history.can_undo and not coach.history.can_redo


def test_undo_of_an_add_keeps_a_mentor_who_was_already_there(coach: Coach) -> None:
    mentor = coach.people.add("李娜", role="trainer")
    candidate = coach.candidates.add(make_form("黄敏", mentor_id=mentor))
    coach.history.undo()
    assert [p.name for p in coach.people.list()] == ["李娜"]
    with pytest.raises(NotFound):
        coach.candidates.get(candidate)


def test_undo_and_redo_an_edit(coach: Coach) -> None:
    candidate = coach.candidates.add(make_form("Σοφία Γεωργίου", {"knowledge": 3}, notes="first"))
    original = coach.candidates.get(candidate)
    edited = replace(make_form("Σοφία Γεωργίου", {"knowledge": 5}, notes="after screening"), site="Athens")
    done = MilestoneRecord("guided_practice", "in_progress", None, "booked")
    coach.candidates.update(candidate, edited, milestones=[done])
    assert coach.history.undo_label == "Edit Σοφία Γεωργίου"

    coach.history.undo()
    back = coach.candidates.get(candidate)
    assert back.form == original.form
    assert back.milestones == original.milestones

    coach.history.redo()
    again = coach.candidates.get(candidate)
    assert again.form == edited
    assert again.milestones[0] == done


def test_the_form_kept_for_undo_is_not_changed_by_later_edits_of_the_same_object(coach: Coach) -> None:
    form = make_form("Hannah Quinn", {"passion": 4})
    candidate = coach.candidates.add(form)
    form.traits["passion"].score = 1
    form.name = "Someone else"
    coach.history.undo()
    coach.history.redo()
    detail = coach.candidates.get(candidate)
    assert (detail.form.name, detail.form.traits["passion"].score) == ("Hannah Quinn", 4)


def test_undo_and_redo_an_archive(coach: Coach) -> None:
    candidate = coach.candidates.add(make_form("王芳"))
    coach.candidates.archive(candidate)
    assert coach.history.undo_label == "Archive 王芳"

    coach.history.undo()
    assert coach.candidates.get(candidate).archived_at is None
    assert [r.id for r in coach.candidates.list()] == [candidate]
    coach.history.redo()
    assert coach.candidates.get(candidate).archived_at is not None
    assert coach.candidates.list() == []


def test_undo_and_redo_a_move(coach: Coach) -> None:
    candidate = coach.candidates.add(make_form("Ιωάννα Καραγιάννη"))
    before = snapshot(coach, ignore=VERSION)
    move_id = coach.pipeline.move(candidate, stage_id(coach, "Screening"), "Screening chat booked.")
    moved = coach.candidates.get(candidate).timeline[0]
    assert coach.history.undo_label == "Move Ιωάννα Καραγιάννη to Screening"

    coach.history.undo()
    # Everything is as before the move except the version, which moves on with every change, undo included.
    assert snapshot(coach, ignore=VERSION) == before
    assert coach.candidates.get(candidate).stage_name == "Nominated"

    coach.history.redo()
    detail = coach.candidates.get(candidate)
    assert detail.stage_name == "Screening"
    assert detail.timeline[0] == moved  # the same move: id, time, who and why
    assert detail.timeline[0].id == move_id


def test_several_moves_undo_in_reverse_order(coach: Coach) -> None:
    candidate = coach.candidates.add(make_form("Παναγιώτης Λαμπράκης"))
    for name in ("Screening", "Train-the-trainer", "Paused"):
        coach.pipeline.move(candidate, stage_id(coach, name), f"to {name}")
    for expected in ("Train-the-trainer", "Screening", "Nominated"):
        coach.history.undo()
        assert coach.candidates.get(candidate).stage_name == expected
    assert [m.to_stage for m in coach.candidates.get(candidate).timeline] == ["Nominated"]
    for expected in ("Screening", "Train-the-trainer", "Paused"):
        coach.history.redo()
        assert coach.candidates.get(candidate).stage_name == expected


def test_a_new_action_clears_what_could_be_redone(coach: Coach) -> None:
    candidate = coach.candidates.add(make_form("Rui Almeida"))
    coach.pipeline.move(candidate, stage_id(coach, "Screening"), "Screening chat booked.")
    coach.history.undo()
    assert coach.history.can_redo
    coach.pipeline.move(candidate, stage_id(coach, "Withdrawn"), "Changed his mind.")
    assert not coach.history.can_redo


def test_undo_of_a_move_after_the_candidate_moved_again_is_refused(coach: Coach, db_path: Path) -> None:
    candidate = coach.candidates.add(make_form("Liam Murphy"))
    coach.pipeline.move(candidate, stage_id(coach, "Screening"), "Screening chat booked.")
    # Another lead, with the same database open, moves the candidate on meanwhile.
    other = Coach.open(db_path, actor="Another Lead")
    try:
        other.pipeline.move(candidate, stage_id(other, "Train-the-trainer"), "Joins the cohort.")
    finally:
        other.close()
    before = snapshot(coach)

    with pytest.raises(TrainerCoachError, match="has moved again since"):
        coach.history.undo()

    assert snapshot(coach) == before
    assert coach.candidates.get(candidate).stage_name == "Train-the-trainer"
    # The stale entry is dropped, so Ctrl+Z does not keep failing on it.
    assert coach.history.undo_label == "Add Liam Murphy"
    assert not coach.history.can_redo


def test_redo_of_a_move_is_refused_when_the_candidate_is_elsewhere(coach: Coach, db_path: Path) -> None:
    candidate = coach.candidates.add(make_form("Mariana Costa"))
    coach.pipeline.move(candidate, stage_id(coach, "Screening"), "Screening chat booked.")
    coach.history.undo()
    other = Coach.open(db_path, actor="Another Lead")
    try:
        other.pipeline.move(candidate, stage_id(other, "Paused"), "On leave.")
    finally:
        other.close()
    before = snapshot(coach)

    with pytest.raises(TrainerCoachError, match="no longer where this move started"):
        coach.history.redo()
    assert snapshot(coach) == before


def test_history_listeners_hear_every_change(coach: Coach) -> None:
    heard: list[tuple[bool, bool]] = []
    coach.history.listeners.append(lambda: heard.append((coach.history.can_undo, coach.history.can_redo)))
    candidate = coach.candidates.add(make_form("Grace Doyle"))
    coach.history.undo()
    coach.history.redo()
    assert heard == [(True, False), (False, True), (True, False)]
    assert candidate
