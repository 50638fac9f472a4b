"""The g2g pipeline: every move is kept (who, when, from, to, why), and stages are configurable but safe."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.core.helpers import make_form, snapshot, stage_id
from trainercoach.errors import NotFound, ValidationError
from trainercoach.models import utcnow
from trainercoach.services import Coach

DEFAULT_STAGES = ["Nominated", "Screening", "Train-the-trainer", "Practice deliveries", "Co-delivery", "Certified",
                  "Active trainer", "Paused", "Withdrawn"]


@pytest.fixture
def candidate(coach: Coach) -> int:
    return coach.candidates.add(make_form("Κατερίνα Νικολάου"))


def stage_names(coach: Coach) -> list[str]:
    return [stage.name for stage in coach.pipeline.stages()]


def test_a_new_database_has_the_guides_stages(coach: Coach) -> None:
    stages = coach.pipeline.stages()
    assert [s.name for s in stages] == DEFAULT_STAGES
    assert [s.kind for s in stages] == ["pipeline"] * 7 + ["exit"] * 2
    assert all(s.candidates == 0 for s in stages)


# -- moves -----------------------------------------------------------------------------------------
def test_a_move_is_recorded_with_who_when_from_to_and_why(coach: Coach, candidate: int) -> None:
    before = utcnow()
    coach.pipeline.move(candidate, stage_id(coach, "Screening"), "  Screening chat booked; manager agreed.  ")
    after = utcnow()

    detail = coach.candidates.get(candidate)
    assert detail.stage_name == "Screening"
    latest, first = detail.timeline
    assert (latest.from_stage, latest.to_stage) == ("Nominated", "Screening")
    assert latest.moved_by == "Test Lead"
    assert latest.reason == "Screening chat booked; manager agreed."
    assert before <= latest.moved_at <= after
    assert first.to_stage == "Nominated" and first.from_stage is None

    [row] = coach.candidates.list()
    assert row.stage_name == "Screening"
    assert row.entered_stage_at == latest.moved_at
    assert row.days_in_stage() == 0
    counts = {s.name: s.candidates for s in coach.pipeline.stages()}
    assert (counts["Nominated"], counts["Screening"]) == (0, 1)


def test_the_timeline_keeps_every_move_newest_first(coach: Coach, candidate: int) -> None:
    path = ["Screening", "Train-the-trainer", "Paused", "Train-the-trainer", "Withdrawn"]
    for number, name in enumerate(path):
        coach.pipeline.move(candidate, stage_id(coach, name), f"reason {number}")

    timeline = list(reversed(coach.candidates.get(candidate).timeline))
    assert [m.to_stage for m in timeline] == ["Nominated", *path]
    assert [m.from_stage for m in timeline] == [None, "Nominated", *path[:-1]]
    assert [m.reason for m in timeline[1:]] == [f"reason {n}" for n in range(len(path))]
    assert all(a.moved_at <= b.moved_at for a, b in zip(timeline, timeline[1:], strict=False))


def test_days_in_stage_count_from_the_last_move(coach: Coach, candidate: int) -> None:
    [row] = coach.candidates.list()
    assert row.days_in_stage(row.entered_stage_at.date() + timedelta(days=12)) == 12
    assert row.days_in_stage(row.entered_stage_at.date() - timedelta(days=3)) == 0


def test_moving_to_the_stage_the_candidate_is_in_is_refused(coach: Coach, candidate: int) -> None:
    before = snapshot(coach)
    with pytest.raises(ValidationError) as refused:
        coach.pipeline.move(candidate, stage_id(coach, "Nominated"), "again")
    assert refused.value.errors == {"stage": "Κατερίνα Νικολάου is already in Nominated."}
    assert snapshot(coach) == before


@pytest.mark.parametrize("reason", ["", "   ", "\n\t"])
def test_a_move_without_a_reason_is_refused(coach: Coach, candidate: int, reason: str) -> None:
    before = snapshot(coach)
    with pytest.raises(ValidationError) as refused:
        coach.pipeline.move(candidate, stage_id(coach, "Screening"), reason)
    assert "Say why the candidate moves" in refused.value.errors["reason"]
    assert snapshot(coach) == before


def test_an_archived_candidate_cannot_move(coach: Coach, candidate: int) -> None:
    coach.candidates.archive(candidate)
    before = snapshot(coach)
    with pytest.raises(ValidationError) as refused:
        coach.pipeline.move(candidate, stage_id(coach, "Screening"), "Screening chat booked.")
    assert "archived; restore them before moving them" in refused.value.errors["archived"]
    assert snapshot(coach) == before


def test_moves_to_a_missing_stage_or_of_a_missing_candidate_are_refused(coach: Coach, candidate: int) -> None:
    before = snapshot(coach)
    with pytest.raises(ValidationError) as refused:
        coach.pipeline.move(candidate, 999, "somewhere")
    assert refused.value.errors == {"stage": "That stage no longer exists."}
    with pytest.raises(NotFound):
        coach.pipeline.move(999, stage_id(coach, "Screening"), "nobody")
    assert snapshot(coach) == before


# -- configuring stages ----------------------------------------------------------------------------
def test_add_a_stage_at_the_end(coach: Coach) -> None:
    new = coach.pipeline.add_stage("  Shadowing  ")
    exit_stage = coach.pipeline.add_stage("Moved on", kind="exit")
    stages = coach.pipeline.stages()
    assert [(s.id, s.name, s.kind) for s in stages[-2:]] == [(new, "Shadowing", "pipeline"),
                                                             (exit_stage, "Moved on", "exit")]


@pytest.mark.parametrize(("name", "message"), [
    ("", "Give the stage a name."),
    ("   ", "Give the stage a name."),
    ("screening", "There is already a stage called Screening."),
    ("  CO-DELIVERY ", "There is already a stage called Co-delivery."),
    ("x" * 101, "at most 100 characters"),
])
def test_a_stage_name_must_be_given_and_new(coach: Coach, name: str, message: str) -> None:
    before = snapshot(coach)
    with pytest.raises(ValidationError) as refused:
        coach.pipeline.add_stage(name)
    assert message in refused.value.errors["name"]
    with pytest.raises(ValidationError) as refused:
        coach.pipeline.rename_stage(stage_id(coach, "Certified"), name)
    assert message in refused.value.errors["name"]
    assert snapshot(coach) == before


def test_an_unknown_stage_kind_is_refused(coach: Coach) -> None:
    with pytest.raises(ValidationError, match="side exit"):
        coach.pipeline.add_stage("Limbo", kind="limbo")


def test_rename_a_stage_keeps_its_candidates_and_history(coach: Coach, candidate: int) -> None:
    screening = stage_id(coach, "Screening")
    coach.pipeline.move(candidate, screening, "Screening chat booked.")
    coach.pipeline.rename_stage(screening, "Εξέταση / 筛选")
    coach.pipeline.rename_stage(stage_id(coach, "Certified"), "CERTIFIED")  # its own name in another case

    assert stage_names(coach)[1] == "Εξέταση / 筛选"
    assert "CERTIFIED" in stage_names(coach)
    detail = coach.candidates.get(candidate)
    assert detail.stage_name == "Εξέταση / 筛选"
    assert detail.timeline[0].to_stage == "Εξέταση / 筛选"


def test_reorder_stages(coach: Coach) -> None:
    ids = [s.id for s in coach.pipeline.stages()]
    new_order = [ids[1], ids[0], *ids[2:]]
    coach.pipeline.reorder_stages(new_order)
    assert [s.id for s in coach.pipeline.stages()] == new_order
    # A new candidate starts in what is now the first pipeline stage.
    candidate = coach.candidates.add(make_form("Beatriz Santos"))
    assert coach.candidates.get(candidate).stage_name == "Screening"


@pytest.mark.parametrize("change", ["missing one", "duplicate", "unknown id", "empty"])
def test_a_reorder_must_list_every_stage_exactly_once(coach: Coach, change: str) -> None:
    ids = [s.id for s in coach.pipeline.stages()]
    order = {"missing one": ids[:-1], "duplicate": [*ids[:-1], ids[0]], "unknown id": [*ids[:-1], 999],
             "empty": []}[change]
    before = snapshot(coach)
    with pytest.raises(ValidationError) as refused:
        coach.pipeline.reorder_stages(order)
    assert refused.value.errors == {"order": "The new order must list every stage exactly once."}
    assert snapshot(coach) == before


def test_a_stage_holding_candidates_cannot_be_deleted(coach: Coach, candidate: int) -> None:
    before = snapshot(coach)
    with pytest.raises(ValidationError) as refused:
        coach.pipeline.delete_stage(stage_id(coach, "Nominated"))
    assert "Nominated holds 1 candidate(s)" in refused.value.errors["stage"]
    assert snapshot(coach) == before


def test_a_stage_holding_only_archived_candidates_cannot_be_deleted(coach: Coach, candidate: int) -> None:
    coach.candidates.archive(candidate)
    with pytest.raises(ValidationError, match="archived ones included"):
        coach.pipeline.delete_stage(stage_id(coach, "Nominated"))


def test_a_stage_in_someones_timeline_cannot_be_deleted(coach: Coach, candidate: int) -> None:
    shadowing = coach.pipeline.add_stage("Shadowing")
    coach.pipeline.move(candidate, shadowing, "Shadowing a trainer for a week.")
    coach.pipeline.move(candidate, stage_id(coach, "Screening"), "Back to screening.")
    before = snapshot(coach)
    with pytest.raises(ValidationError, match=r"moves: 2"):
        coach.pipeline.delete_stage(shadowing)
    assert snapshot(coach) == before


def test_an_empty_stage_never_used_can_be_deleted(coach: Coach, candidate: int) -> None:
    shadowing = coach.pipeline.add_stage("Shadowing")
    coach.pipeline.delete_stage(shadowing)
    assert stage_names(coach) == DEFAULT_STAGES
    coach.pipeline.delete_stage(stage_id(coach, "Withdrawn"))
    assert stage_names(coach) == DEFAULT_STAGES[:-1]
    with pytest.raises(NotFound):
        coach.pipeline.delete_stage(shadowing)


def test_the_last_pipeline_stage_cannot_be_deleted(coach: Coach) -> None:
    stages = coach.pipeline.stages()
    pipeline = [s for s in stages if s.kind == "pipeline"]
    for stage in pipeline[1:]:
        coach.pipeline.delete_stage(stage.id)
    with pytest.raises(ValidationError, match="at least one stage"):
        coach.pipeline.delete_stage(pipeline[0].id)


def test_several_candidates_move_in_one_transaction_with_one_undo(coach: Coach) -> None:
    names = ("Ana", "Ben", "Cleo")
    ana, ben, cleo = (coach.candidates.add(make_form(name)) for name in names)
    training = stage_id(coach, "Train-the-trainer")
    coach.pipeline.move(cleo, training, "already there")
    coach.candidates.archive(ben)
    before = snapshot(coach)
    with pytest.raises(ValidationError) as refused:
        coach.pipeline.move_many([ana, ben, cleo], training, "cohort")
    assert "Ben" in refused.value.errors["archived"]
    assert snapshot(coach) == before  # nobody moved, Ana neither
    coach.candidates.restore(ben)
    moved = coach.pipeline.move_many([ana, ben, cleo], training, "cohort")  # Cleo is there already: stays
    assert len(moved) == 2
    assert {coach.candidates.get(c).stage_id for c in (ana, ben, cleo)} == {training}
    assert coach.history.undo_label == "Move 2 candidates to Train-the-trainer"
    coach.history.undo()
    assert [coach.candidates.get(c).stage_id for c in (ana, ben)] != [training, training]
    assert coach.candidates.get(cleo).stage_id == training
    coach.history.redo()
    assert {coach.candidates.get(c).stage_id for c in (ana, ben)} == {training}
    with pytest.raises(ValidationError):
        coach.pipeline.move_many([ana, ben], training, "again")
