"""Observer profiles on a team server (issue 19): a trainer's own login reads the profiles and the dashboard's
warning through the same services without a refusal, and a blind exercise's scores feed nobody's profile until
they are revealed — the lead's read included."""

from __future__ import annotations

from tests.core import test_team_roles
from tests.core.test_team_roles import Team
from trainercoach.records.calibration import ExerciseForm, TargetForm

team_server = test_team_roles.team_server  # the fixture, shared with the roles' tests


def test_a_trainer_reads_profiles_and_blind_scores_feed_them_only_once_revealed(team_server: Team) -> None:
    owner = team_server.owner
    alice = owner.candidates.get(team_server.candidates["alice"]).person_id
    bob = owner.candidates.get(team_server.candidates["bob"]).person_id
    version = owner.rubrics.latest()
    exercise = owner.calibration.create(ExerciseForm(
        "Profiles on the server", version.id, [alice, bob],
        [TargetForm(f"Recording {i}", recording_link=f"https://videos.example/{i}") for i in range(3)]))
    view = owner.calibration.view(exercise)
    for person, score in ((alice, 5), (bob, 2)):
        owner.calibration.score(exercise, person, {(t, c): score for t, _ in view.targets for c, _ in view.criteria})
    before = {pid: p.overall.n for pid, _name, p in owner.observer_profiles.profiles().observers}
    assert before.get(alice, 0) == before.get(bob, 0)  # blind: the exercise adds nothing yet
    owner.calibration.close(exercise)
    coach = team_server.coach("alice")
    try:
        found = {pid: p for pid, _name, p in coach.observer_profiles.profiles().observers}
        assert found[alice].overall.n == before.get(alice, 0) + 3 and found[alice].by_criterion
        assert found[alice].overall.mean is not None and found[alice].overall.mean > 0
        names = [w.person_id for w in coach.dashboard.load().observers]
        assert set(names) <= {alice, bob}
    finally:
        coach.close()
