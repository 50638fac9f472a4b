"""Calibration exercises (issue 19): blind scoring, handing in, closing, reference scores, and the agreement
statistics of an exercise, through coach.calibration."""

from __future__ import annotations

import pytest

from tests.core.helpers import counts
from trainercoach.errors import ValidationError
from trainercoach.records.calibration import ExerciseForm, TargetForm
from trainercoach.services import Coach


def setup(coach: Coach) -> tuple[int, list[int], list[int], list[int]]:
    coach.rubrics.install_default()
    version = coach.rubrics.latest()
    people = [coach.people.add(name, role="trainer") for name in ("Ana", "Ben", "Chen")]
    exercise = coach.calibration.create(ExerciseForm(
        "March calibration", version.id, people,
        [TargetForm(f"Recording {i}", recording_link=f"https://videos.example/{i}") for i in range(1, 5)]))
    view = coach.calibration.view(exercise)
    return exercise, people, [t for t, _ in view.targets], [c for c, _ in view.criteria]


@pytest.mark.parametrize("backend", ["sqlite"])
def test_scores_are_blind_until_everyone_hands_in(coach: Coach) -> None:
    exercise, (ana, ben, chen), targets, criteria = setup(coach)
    base = [3, 2, 4, 3]
    for person, lift in ((ana, 1), (ben, 0), (chen, 0)):
        coach.calibration.score(exercise, person, {(t, c): min(5, base[i] + lift + (j % 2 if person == chen else 0))
                                                   for i, t in enumerate(targets) for j, c in enumerate(criteria)})
    seen = coach.calibration.view(exercise, viewer_id=ben)
    assert not seen.revealed and {o for _t, o, _c in seen.scores} == {ben}
    assert len(coach.calibration.view(exercise).scores) == 3 * len(targets) * len(criteria)  # the lead sees all
    coach.calibration.hand_in(exercise, ana)
    coach.calibration.hand_in(exercise, ben)
    assert not coach.calibration.view(exercise, viewer_id=ben).revealed
    with pytest.raises(ValidationError, match="handed in"):
        coach.calibration.score(exercise, ben, {(targets[0], criteria[0]): 5})
    coach.calibration.hand_in(exercise, chen)
    seen = coach.calibration.view(exercise, viewer_id=ben)
    assert seen.revealed and {o for _t, o, _c in seen.scores} == {ana, ben, chen}
    result = coach.calibration.agreement(exercise)
    total = result.per_criterion[-1]
    assert total.criterion_id is None and total.summary.iccs.n_observers == 3
    lenient = [name for (_pid, name), b in zip(result.observers, total.summary.bias, strict=True) if b.lenient]
    assert lenient == ["Ana"]


@pytest.mark.parametrize("backend", ["sqlite"])
def test_refusals_change_nothing(coach: Coach) -> None:
    exercise, (ana, _ben, _chen), targets, criteria = setup(coach)
    before = counts(coach)
    stranger = coach.people.add("Dora", role="trainer")
    before = counts(coach)
    for args, says in (((exercise, stranger, {(targets[0], criteria[0]): 3}), "not an observer"),
                       ((exercise, ana, {(targets[0], criteria[0]): 6}), "1 to 5"),
                       ((exercise, ana, {(targets[0], 999_999): 3}), "not in this exercise")):
        with pytest.raises(ValidationError, match=says):
            coach.calibration.score(*args)
    with pytest.raises(ValidationError) as refused:
        coach.calibration.create(ExerciseForm(" ", 1, [ana], []))
    assert set(refused.value.errors) == {"name", "observers", "targets"}
    assert counts(coach) == before


@pytest.mark.parametrize("backend", ["sqlite"])
def test_closing_reveals_and_stops_scoring_and_undo_reopens(coach: Coach) -> None:
    exercise, (ana, ben, _chen), targets, criteria = setup(coach)
    coach.calibration.score(exercise, ana, {(targets[0], criteria[0]): 4})
    coach.calibration.set_reference(exercise, {(targets[0], criteria[0]): 3})
    assert coach.calibration.view(exercise, viewer_id=ben).references == {}
    coach.calibration.close(exercise)
    seen = coach.calibration.view(exercise, viewer_id=ben)
    assert seen.revealed and seen.references == {(targets[0], criteria[0]): 3}
    with pytest.raises(ValidationError, match="closed"):
        coach.calibration.score(exercise, ben, {(targets[0], criteria[0]): 4})
    coach.history.undo()
    assert coach.calibration.list()[0].status == "open"


@pytest.mark.parametrize("backend", ["sqlite"])
def test_creating_is_undone(coach: Coach) -> None:
    setup(coach)
    assert len(coach.calibration.list()) == 1
    coach.history.undo()
    assert coach.calibration.list() == []
