"""Issue 19 on a team server: blind scoring is the database's, not only the app's (migration 0010's policies).

A trainer with her own login and raw SQL — what a person with psql could do — sees only her own calibration
scores and no reference until every observer has handed in or the lead closes the exercise; she cannot score for
someone else, nor change her scores once handed in.
"""

from __future__ import annotations

from tests.core import test_team_roles
from tests.core.test_team_roles import Team, affected, refused, rows
from trainercoach.records.calibration import ExerciseForm, TargetForm

team_server = test_team_roles.team_server  # the fixture, shared with the roles' tests

OWN_SCORES = "SELECT DISTINCT observer_id FROM calibration_score ORDER BY observer_id"


def test_a_trainer_sees_other_observers_scores_only_once_all_have_handed_in(team_server: Team) -> None:
    owner = team_server.owner
    alice = owner.candidates.get(team_server.candidates["alice"]).person_id
    bob = owner.candidates.get(team_server.candidates["bob"]).person_id
    olga = next(p.id for p in owner.people.list() if p.name == "Olga Observer")
    version = owner.rubrics.latest()
    exercise = owner.calibration.create(ExerciseForm(
        "Blind on the server", version.id, [alice, bob, olga],
        [TargetForm(f"Recording {i}", recording_link=f"https://videos.example/{i}") for i in range(2)]))
    view = owner.calibration.view(exercise)
    cells = [(t, c) for t, _ in view.targets for c, _ in view.criteria[:2]]
    owner.calibration.score(exercise, olga, {cell: 3 for cell in cells})
    owner.calibration.set_reference(exercise, {cells[0]: 4})
    # Each trainer scores through the app with her own login: the policies let her write her own scores.
    for who, person, value in (("alice", alice, 5), ("bob", bob, 2)):
        coach = team_server.coach(who)
        try:
            coach.calibration.score(exercise, person, {cell: value for cell in cells})
        finally:
            coach.close()

    engine = team_server.engine("alice")
    try:
        # Blind: her own scores only, no reference, whatever she asks for.
        assert rows(engine, OWN_SCORES) == [(alice,)]
        assert rows(engine, "SELECT count(*) FROM calibration_score WHERE observer_id <> :me", me=alice) == [(0,)]
        assert rows(engine, "SELECT * FROM calibration_reference") == []
        # She cannot score for Bob, nor change his.
        assert "row-level security" in refused(
            engine, "INSERT INTO calibration_score (target_id, observer_id, criterion_id, score) "
                    "VALUES (:t, :o, :c, 1)", t=cells[0][0], o=bob, c=view.criteria[-1][0])
        assert affected(engine, "UPDATE calibration_score SET score = 1 WHERE observer_id = :o", o=bob) == 0
        # Two of three hand in: still blind (Olga has not).
        for who, person in (("alice", alice), ("bob", bob)):
            coach = team_server.coach(who)
            try:
                coach.calibration.hand_in(exercise, person)
            finally:
                coach.close()
        assert rows(engine, OWN_SCORES) == [(alice,)]
        assert rows(engine, "SELECT * FROM calibration_reference") == []
        # Handed in: her scores can no longer change, even by raw SQL.
        assert affected(engine, "UPDATE calibration_score SET score = 1 WHERE observer_id = :me", me=alice) == 0
        assert rows(engine, "SELECT DISTINCT score FROM calibration_score WHERE observer_id = :me", me=alice) \
            == [(5,)]
        # The last observer hands in: every score and the reference are revealed to her.
        owner.calibration.hand_in(exercise, olga)
        assert rows(engine, OWN_SCORES) == sorted([(alice,), (bob,), (olga,)])
        assert rows(engine, "SELECT score FROM calibration_reference") == [(4,)]
        coach = team_server.coach("alice")
        try:
            seen = coach.calibration.view(exercise, viewer_id=alice)
            assert seen.revealed and {o for _t, o, _c in seen.scores} == {alice, bob, olga}
        finally:
            coach.close()
    finally:
        engine.dispose()


def test_closing_reveals_the_scores_before_everyone_has_handed_in(team_server: Team) -> None:
    owner = team_server.owner
    alice = owner.candidates.get(team_server.candidates["alice"]).person_id
    bob = owner.candidates.get(team_server.candidates["bob"]).person_id
    version = owner.rubrics.latest()
    exercise = owner.calibration.create(ExerciseForm(
        "Closed early", version.id, [alice, bob], [TargetForm("One", recording_link="https://videos.example/1")]))
    view = owner.calibration.view(exercise)
    cell = (view.targets[0][0], view.criteria[0][0])
    owner.calibration.score(exercise, bob, {cell: 4})
    engine = team_server.engine("alice")
    try:
        assert rows(engine, OWN_SCORES) == []
        owner.calibration.close(exercise)
        assert rows(engine, OWN_SCORES) == [(bob,)]
        # Closed: nobody scores any more, not even her own first score.
        assert "row-level security" in refused(
            engine, "INSERT INTO calibration_score (target_id, observer_id, criterion_id, score) "
                    "VALUES (:t, :me, :c, 3)", t=cell[0], me=alice, c=cell[1])
    finally:
        engine.dispose()
