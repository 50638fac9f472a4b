"""Issue 20 on a team server: a trainer writes only her own business cases and gaps, never approves her own
case, and links as evidence only what she may see — proved with her own login and raw SQL, as a person with
psql would try it, and through the app."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from tests.core import test_team_roles
from tests.core.test_team_roles import Team, affected, refused, rows
from trainercoach.errors import AccessDenied, TrainerCoachError
from trainercoach.records.gaps import CaseForm, EvidenceForm, GapForm

team_server = test_team_roles.team_server  # the fixture, shared with the roles' tests


def _case(candidate: int, gap: int, title: str) -> CaseForm:
    return CaseForm(candidate, gap, title, problem="Refunds are missed", audience_size=12, objectives="Window",
                    effort_hours=4.0, expected_effect="Scores up")


@pytest.fixture
def cases(team_server: Team) -> dict[str, int]:
    owner = team_server.owner
    gap = owner.gaps.add(GapForm("Refunds · 退款"), EvidenceForm("figure", figure_kind="csat", source="CSAT",
                                                                on_date=date(2026, 1, 1),
                                                                value=3.9))
    alice = team_server.coach("alice")
    try:
        mine = alice.cases.add(_case(team_server.candidates["alice"], gap, "Alice's case"))
        alice.cases.move(mine, "submitted")
        own_gap = alice.gaps.add(GapForm("Alice's gap"))
    finally:
        alice.close()
    bobs = owner.cases.add(_case(team_server.candidates["bob"], gap, "Bob's case"))
    return {"gap": gap, "alice": mine, "bob": bobs, "alice_gap": own_gap}


def test_a_trainer_cannot_read_or_change_another_trainers_case(team_server: Team, cases: dict[str, int]) -> None:
    alice = team_server.engine("alice")
    assert rows(alice, "SELECT id FROM business_case") == [(cases["alice"],)]
    assert rows(alice, "SELECT id FROM case_step WHERE case_id = :c", c=cases["bob"]) == []
    assert affected(alice, "UPDATE business_case SET title = 'mine now' WHERE id = :c", c=cases["bob"]) == 0
    assert affected(alice, "DELETE FROM business_case WHERE id = :c", c=cases["bob"]) == 0
    assert "row-level security" in refused(
        alice, "INSERT INTO business_case (candidate_id, gap_id, title, problem, audience, outline, objectives, "
               "method, has_text, has_visual, has_hands_on, expected_effect, measure, status, created_at, version) "
               "VALUES (:c, :g, 'forged', '', 'existing', '', '', 'classroom', true, false, false, '', "
               "'check_score', 'draft', now(), 1)", c=team_server.candidates["bob"], g=cases["gap"])
    assert team_server.owner.cases.get(cases["bob"]).form.title == "Bob's case"
    alice.dispose()


def test_a_trainer_cannot_approve_her_own_case(team_server: Team, cases: dict[str, int]) -> None:
    alice = team_server.engine("alice")
    assert "row-level security" in refused(alice, "UPDATE business_case SET status = 'approved' WHERE id = :c",
                                           c=cases["alice"])
    assert "row-level security" in refused(
        alice, "INSERT INTO case_step (case_id, status, by, at, reason) VALUES (:c, 'approved', 'me', now(), '')",
        c=cases["alice"])
    alice.dispose()
    app = team_server.coach("alice")
    try:
        with pytest.raises(TrainerCoachError):
            app.cases.move(cases["alice"], "approved")
    finally:
        app.close()
    assert team_server.owner.cases.get(cases["alice"]).status == "submitted"
    # the lead approves it, through the app with her own login: the candidate's milestone follows
    lena = team_server.coach("lena")
    try:
        lena.cases.move(cases["alice"], "approved")
    finally:
        lena.close()
    candidate = team_server.owner.candidates.get(team_server.candidates["alice"])
    milestone = next(m for m in candidate.milestones if m.component == "gap_business_case")
    assert milestone.status == "in_progress" and "Alice's case" in milestone.evidence


def test_a_trainer_changes_only_her_own_gaps_and_links_only_what_she_sees(team_server: Team,
                                                                          cases: dict[str, int]) -> None:
    alice = team_server.engine("alice")
    assert {r[0] for r in rows(alice, "SELECT id FROM knowledge_gap")} == {cases["gap"], cases["alice_gap"]}
    assert affected(alice, "UPDATE knowledge_gap SET topic = 'x' WHERE id = :g", g=cases["gap"]) == 0
    assert affected(alice, "DELETE FROM gap_evidence WHERE gap_id = :g", g=cases["gap"]) == 0
    with team_server.owner.db.reading() as session:
        bobs_comment = session.execute(text("SELECT id FROM feedback_response WHERE delivery_id = :d"),
                                       {"d": team_server.sessions["bob"]}).scalar_one()
    assert "row-level security" in refused(
        alice, "INSERT INTO gap_evidence (gap_id, kind, response_id, source, note, added_by, added_at) "
               "VALUES (:g, 'comment', :r, '', '', 'alice', now())", g=cases["alice_gap"], r=bobs_comment)
    alice.dispose()
    app = team_server.coach("alice")
    try:
        with pytest.raises((AccessDenied, TrainerCoachError)):
            app.gaps.add_evidence(cases["alice_gap"], EvidenceForm("comment", response_id=bobs_comment))
    finally:
        app.close()
    assert team_server.owner.gaps.get(cases["alice_gap"]).evidence == []


def test_a_trainers_gap_list_counts_only_the_evidence_she_may_read(team_server: Team, cases: dict[str, int]) -> None:
    """The list's grouped read and the gap's own page agree for her too, where a colleague's comment linked to the
    shared gap is evidence she may not read."""
    from tests.core.test_gaps_cases import _listed_as_shown

    owner = team_server.owner
    with owner.db.reading() as session:
        bobs_comment = session.execute(text("SELECT id FROM feedback_response WHERE delivery_id = :d"),
                                       {"d": team_server.sessions["bob"]}).scalar_one()
    owner.gaps.add_evidence(cases["gap"], EvidenceForm("comment", response_id=bobs_comment))
    led = dict(zip((g.id for g in owner.gaps.list()), _listed_as_shown(owner), strict=True))
    alice = team_server.coach("alice")
    try:
        hers = dict(zip((g.id for g in alice.gaps.list()), _listed_as_shown(alice), strict=True))
        assert alice.gaps.get(cases["gap"]).evidence[-1].visible is False
    finally:
        alice.close()
    assert led[cases["gap"]] == hers[cases["gap"]] == (2, 1, "unknown")  # its one trainee, whoever reads
