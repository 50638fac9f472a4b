"""Issue 20 on a team server: a trainer changes only the training assets she owns, whatever client she uses.

Each attack runs with the attacker's own login on the real PostgreSQL server, raw SQL where a person with psql
would use it (migration 0012's row policies), then the same through the app, which says why in words.
"""

from __future__ import annotations

import pytest

from tests.core import test_team_roles
from tests.core.test_team_roles import Team, affected, refused, rows
from trainercoach.errors import AccessDenied, ValidationError
from trainercoach.records.assets import AssetForm

team_server = test_team_roles.team_server  # the fixture, shared with the roles' tests


def people(team: Team) -> dict[str, int]:
    return {who: team.owner.candidates.get(team.candidates[who]).person_id for who in ("alice", "bob")}


def assets(team: Team) -> dict[str, int]:
    ids = people(team)
    return {who: team.owner.assets.create(AssetForm(f"{who}'s deck · Οδηγός 指南", ids[who],
                                                    link="https://kb.example/x")) for who in ids}


def test_a_trainer_reads_every_asset_and_changes_only_her_own(team_server: Team) -> None:
    owned, ids = assets(team_server), people(team_server)
    alice = team_server.engine("alice")
    assert len(rows(alice, "SELECT id FROM training_asset")) == 2
    # someone else's asset: out of reach for update and delete (no row matches), not merely refused
    assert affected(alice, "UPDATE training_asset SET title = 'mine now' WHERE id = :a", a=owned["bob"]) == 0
    assert affected(alice, "DELETE FROM training_asset WHERE id = :a", a=owned["bob"]) == 0
    # her own: she edits it, but cannot give it away nor add one in someone else's name
    assert affected(alice, "UPDATE training_asset SET template = 'T' WHERE id = :a", a=owned["alice"]) == 1
    assert "row-level security" in refused(alice, "UPDATE training_asset SET owner_id = :b WHERE id = :a",
                                           a=owned["alice"], b=ids["bob"])
    assert "row-level security" in refused(
        alice, "INSERT INTO training_asset (title, has_text, has_visual, has_hands_on, owner_id, asset_version, "
               "link, created_at) VALUES ('planted', true, false, false, :b, '', '', now())", b=ids["bob"])
    # versions hang only off her own assets
    version = ("INSERT INTO training_asset_version (asset_id, label, changes, made_at, made_by) "
               "VALUES (:a, '9', 'x', now(), 'alice')")
    assert "row-level security" in refused(alice, version, a=owned["bob"])
    assert affected(alice, version, a=owned["alice"]) == 1
    team_server.owner.assets.new_version(owned["bob"], "1.0", "Bob's first")
    assert affected(alice, "DELETE FROM training_asset_version WHERE asset_id = :a", a=owned["bob"]) == 0
    assert affected(alice, "UPDATE training_asset_version SET asset_id = :a", a=owned["alice"]) == 1  # hers only
    bob_title = team_server.owner.assets.get(owned["bob"]).form.title
    assert bob_title == "bob's deck · Οδηγός 指南"
    assert [v.label for v in team_server.owner.assets.get(owned["bob"]).versions] == ["1.0"]
    alice.dispose()


def test_feedback_on_material_is_entered_in_ones_own_name_and_on_ones_own_sessions(team_server: Team) -> None:
    owned, ids = assets(team_server), people(team_server)
    alice = team_server.engine("alice")
    insert = ("INSERT INTO training_asset_feedback (asset_id, delivery_id, rating, comment, entered_by_id, "
              "created_at) VALUES (:a, :d, 2, 'x', :p, now())")
    assert "row-level security" in refused(alice, insert, a=owned["bob"], d=None, p=ids["bob"])
    assert "row-level security" in refused(alice, insert, a=owned["bob"], d=team_server.sessions["bob"],
                                           p=ids["alice"])
    assert affected(alice, insert, a=owned["bob"], d=team_server.sessions["alice"], p=ids["alice"]) == 1
    team_server.owner.assets.add_feedback(owned["alice"], 5, "the lead's note")
    assert affected(alice, "DELETE FROM training_asset_feedback WHERE entered_by_id IS DISTINCT FROM :p",
                    p=ids["alice"]) == 0
    assert len(rows(alice, "SELECT id FROM training_asset_feedback")) == 2  # she reads all of it
    alice.dispose()


def test_the_app_tells_a_trainer_whose_asset_it_is(team_server: Team) -> None:
    owned, ids = assets(team_server), people(team_server)
    alice = team_server.coach("alice")
    try:
        theirs = alice.assets.get(owned["bob"])
        with pytest.raises(AccessDenied, match="Bob"):
            alice.assets.update(owned["bob"], AssetForm("taken", ids["bob"]), theirs.record.version)
        with pytest.raises(AccessDenied):
            alice.assets.new_version(owned["bob"], "2.0", "mine")
        with pytest.raises(AccessDenied):
            alice.assets.mark_reviewed(owned["bob"])
        with pytest.raises(ValidationError) as refused_owner:
            alice.assets.update(owned["alice"], AssetForm("given away", ids["bob"]))
        assert "own" in refused_owner.value.errors["owner"]
        # her own: edit, version, review, undo; and the session editor's "New…" makes one she owns
        mine = alice.assets.get(owned["alice"])
        alice.assets.update(owned["alice"], AssetForm("Alice's deck 2", ids["alice"], languages=("el",)),
                            mine.record.version)
        alice.assets.new_version(owned["alice"], "2.0", "Νέα έκδοση")
        alice.assets.mark_reviewed(owned["alice"])
        alice.history.undo()
        alice.history.undo()
        added = alice.assets.add("Alice's quick deck")
        assert alice.assets.get(added).record.owner_id == ids["alice"]
        alice.history.undo()  # a trainer may delete (undo) her own
        assert [a.title for a in alice.assets.list()] == ["Alice's deck 2", "bob's deck · Οδηγός 指南"]
    finally:
        alice.close()
    lena = team_server.coach("lena")
    try:  # a lead changes anyone's
        lena.assets.update(owned["bob"], AssetForm("Bob's deck, fixed", ids["bob"]))
        lena.assets.mark_reviewed(owned["bob"])
    finally:
        lena.close()


def test_milestone_four_is_credited_by_a_leads_review_not_by_the_trainer_herself(team_server: Team) -> None:
    """A trainer may not write milestones (migration 0004): her own version is saved and credits nothing; the
    lead's review after a session used the asset marks it done, and undoing the review puts it back."""
    from datetime import date, datetime, timedelta

    from trainercoach.records.sessions import DeliveryForm

    owned = assets(team_server)
    candidate = team_server.candidates["alice"]

    def content() -> tuple[str, str]:
        found = next(m for m in team_server.owner.candidates.get(candidate).milestones
                     if m.component == "content_building")
        return found.status, found.evidence

    alice = team_server.coach("alice")
    try:
        alice.assets.new_version(owned["alice"], "1.0", "Πρώτη 第一")
        assert content() == ("not_started", "")
        assert "permission denied" in refused(  # and she cannot write it herself either
            team_server.engine("alice"), "INSERT INTO milestone (candidate_id, component, status, evidence) "
            "VALUES (:c, 'content_building', 'done', 'mine')", c=candidate)
    finally:
        alice.close()
    held = datetime.combine(date.today() - timedelta(days=2), datetime.min.time()).replace(hour=9)
    team_server.owner.deliveries.add(DeliveryForm(candidate, starts_at=held, topic="Refunds", trainees=3,
                                                  asset_id=owned["alice"]))
    lena = team_server.coach("lena")
    try:
        lena.assets.mark_reviewed(owned["alice"])
        status, evidence = content()
        assert status == "done" and "alice's deck" in evidence and held.date().isoformat() in evidence
        lena.history.undo()
        assert content() == ("not_started", "")
    finally:
        lena.close()
