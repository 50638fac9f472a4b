"""Knowledge gaps and business cases (issue 20) through the services, on SQLite and PostgreSQL: from a check
question most agents missed to a gap, an approved case, a delivered session and its measured effect."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from tests.core.helpers import snapshot
from trainercoach.errors import ValidationError
from trainercoach.records.candidates import MilestoneRecord
from trainercoach.records.comprehension import CheckForm, QuestionResult, ScoreEntry
from trainercoach.records.feedback import FeedbackEntry
from trainercoach.records.gaps import CaseForm, EvidenceForm, GapForm
from trainercoach.records.sessions import DeliveryForm
from trainercoach.services import CandidateForm, Coach

TODAY = date.today()


def _world(coach: Coach) -> tuple[int, int, int]:
    """A candidate, a session with a check where most missed one question; returns (candidate, session, question)."""
    candidate = coach.candidates.add(CandidateForm(name="Μαρία Κ. 学员 <&>"))
    session = coach.deliveries.add(DeliveryForm(candidate, starts_at=datetime(2026, 1, 5, 9), topic="Refunds",
                                                trainees=4))
    coach.comprehension.save(CheckForm(session, title="Day 1", max_score=10.0, held_on=date(2026, 1, 5),
                                       scores=[ScoreEntry(f"T{i}", 4.0 + i, 6.0 + i) for i in range(4)],
                                       questions=[QuestionResult("SLA?", 4, 4, "SLA"),
                                                  QuestionResult("Refund window", 4, 1, "Refunds 退款")]))
    question = coach.gaps.missed_questions()[0]
    assert (question.text, question.answered, question.correct) == ("Refund window", 4, 1)
    return candidate, session, question.id


def _milestone(coach: Coach, candidate: int) -> MilestoneRecord:
    return next(m for m in coach.candidates.get(candidate).milestones if m.component == "gap_business_case")


def _case(candidate: int, gap: int, **fields: object) -> CaseForm:
    return replace(CaseForm(candidate, gap, "Refunds refresher 🙂", problem="Agents miss the refund window.",
                            audience_size=40, objectives="Know the window", effort_hours=6.5,
                            expected_effect="Check scores up by 20 points"), **fields)  # type: ignore[arg-type]


def test_from_a_missed_question_to_a_gap_with_numbers(coach: Coach) -> None:
    _candidate, session, question = _world(coach)
    gap_id = coach.gaps.from_question(question)
    detail = coach.gaps.get(gap_id)
    assert detail.form.topic == "Refunds 退款"
    [row] = detail.evidence
    assert (row.kind, row.figure, row.estimate.n if row.estimate else None, row.agents) == ("question", 25.0, 4, 3)
    check = coach.comprehension.for_delivery(session)[0].id
    coach.gaps.add_evidence(gap_id, EvidenceForm("check", check_id=check))
    for day, value in ((date(2025, 11, 1), 82.0), (date(2025, 12, 1), 74.0)):
        coach.gaps.add_evidence(gap_id, EvidenceForm("figure", figure_kind="qa_score", source="QA tool · Αθήνα",
                                                     on_date=day, value=value, agents=35))
    detail = coach.gaps.get(gap_id)
    assert detail.trend == "worse"  # the QA score fell
    assert detail.agents == 3 + 35  # the check's trainees counted once, the figures' floor once
    [listed] = coach.gaps.list()
    assert (listed.evidence, listed.agents, listed.trend) == (4, 38, "worse")
    coach.history.undo()
    assert len(coach.gaps.get(gap_id).evidence) == 3


@pytest.mark.parametrize(("form", "field"), [
    (EvidenceForm("figure", figure_kind="csat", source="", on_date=TODAY, value=3.0), "source"),
    (EvidenceForm("figure", figure_kind="nps", source="x", on_date=TODAY, value=3.0), "figure_kind"),
    (EvidenceForm("figure", figure_kind="csat", source="x", on_date=TODAY + timedelta(days=2), value=3.0), "on_date"),
    (EvidenceForm("figure", figure_kind="csat", source="x", on_date=TODAY, value=float("nan")), "value"),
    (EvidenceForm("figure", figure_kind="csat", source="x", on_date=TODAY, value=-1.0), "value"),
    (EvidenceForm("question"), "link"),
    (EvidenceForm("check", check_id=999_999), "link"),
    (EvidenceForm("rumour"), "kind"),
])
def test_bad_evidence_refused_and_nothing_changed(coach: Coach, form: EvidenceForm, field: str) -> None:
    gap_id = coach.gaps.add(GapForm("Refunds"))
    before = snapshot(coach)
    with pytest.raises(ValidationError) as caught:
        coach.gaps.add_evidence(gap_id, form)
    assert field in caught.value.errors
    assert snapshot(coach) == before


def test_bad_gap_refused(coach: Coach) -> None:
    before = snapshot(coach)
    for topic in ("  ", "x" * 201):
        with pytest.raises(ValidationError) as caught:
            coach.gaps.add(GapForm(topic))
        assert "topic" in caught.value.errors
    assert snapshot(coach) == before


def test_the_whole_review_and_the_loop_closed(coach: Coach) -> None:
    candidate, _session, question = _world(coach)
    gap_id = coach.gaps.from_question(question)
    case_id = coach.cases.add(_case(candidate, gap_id, problem=""))
    with pytest.raises(ValidationError) as caught:
        coach.cases.move(case_id, "submitted")
    assert "problem" in caught.value.errors
    coach.cases.update(case_id, _case(candidate, gap_id))
    coach.cases.move(case_id, "submitted")
    before = snapshot(coach)
    with pytest.raises(ValidationError) as caught:
        coach.cases.move(case_id, "returned", "  ")
    assert "reason" in caught.value.errors
    with pytest.raises(ValidationError):
        coach.cases.move(case_id, "delivered")
    assert snapshot(coach) == before
    coach.cases.move(case_id, "returned", "Give the audience by team · 按团队")
    coach.cases.move(case_id, "submitted")
    coach.cases.move(case_id, "approved")
    milestone = _milestone(coach, candidate)
    assert milestone.status == "in_progress" and "Refunds refresher" in milestone.evidence
    with pytest.raises(ValidationError) as caught:
        coach.cases.update(case_id, _case(candidate, gap_id, title="Changed after approval"))
    assert "status" in caught.value.errors
    with pytest.raises(ValidationError) as caught:
        coach.cases.move(case_id, "scheduled")
    assert "sessions" in caught.value.errors
    new_session = coach.deliveries.add(DeliveryForm(candidate, starts_at=datetime(2026, 2, 2, 9), topic="Refunds 2"))
    coach.comprehension.save(CheckForm(new_session, max_score=10.0, scores=[
        ScoreEntry("A", 3, 8), ScoreEntry("B", 4, 9), ScoreEntry("C", 5, 9)]))
    coach.cases.link_session(case_id, new_session)
    coach.cases.move(case_id, "scheduled")
    coach.cases.move(case_id, "delivered")
    assert _milestone(coach, candidate).status == "done"
    coach.history.undo()  # delivered taken back: the milestone as approval left it
    assert _milestone(coach, candidate).status == "in_progress"
    coach.history.redo()
    coach.cases.move(case_id, "evaluated")
    detail = coach.cases.get(case_id)
    assert [s.status for s in detail.steps] == ["draft", "submitted", "returned", "submitted", "approved",
                                                "scheduled", "delivered", "evaluated"]
    assert detail.steps[2].reason == "Give the audience by team · 按团队"
    assert all(s.by == "Test Lead" for s in detail.steps)
    result = detail.result
    assert result is not None and result.unit == "%"
    assert (result.before.n, result.after.n) == (3, 3)
    assert result.before.mean == pytest.approx(40.0) and result.after.mean == pytest.approx(86.666, abs=0.01)
    assert result.after.low is not None and result.after.high is not None
    assert detail.gap.evidence[0].figure == 25.0  # live from the gap, not pasted


def test_case_measured_by_outside_figures(coach: Coach) -> None:
    candidate, session, _question = _world(coach)
    gap_id = coach.gaps.add(GapForm("Billing"))
    for day, value in ((date(2025, 12, 1), 3.9), (date(2025, 12, 15), 4.0), (date(2026, 1, 20), 4.5),
                       (date(2026, 2, 1), 4.6)):
        coach.gaps.add_evidence(gap_id, EvidenceForm("figure", figure_kind="csat", source="CSAT", on_date=day,
                                                     value=value))
    case_id = coach.cases.add(_case(candidate, gap_id, measure="csat"))
    coach.cases.link_session(case_id, session)
    result = coach.cases.get(case_id).result
    assert result is not None
    assert (result.before.n, result.after.n) == (2, 2) and result.change == pytest.approx(0.6)


@pytest.mark.parametrize(("change", "field"), [
    ({"title": " "}, "title"), ({"audience": "everyone"}, "audience"), ({"method": "osmosis"}, "method"),
    ({"measure": "vibes"}, "measure"), ({"audience_size": -3}, "audience_size"),
    ({"effort_hours": float("inf")}, "effort_hours"), ({"effort_hours": 1e9}, "effort_hours"),
    ({"has_text": False}, "content_mix"), ({"gap_id": 999_999}, "gap_id"),
])
def test_bad_case_refused_and_nothing_changed(coach: Coach, change: dict[str, object], field: str) -> None:
    candidate = coach.candidates.add(CandidateForm(name="Aoife"))
    gap_id = coach.gaps.add(GapForm("Refunds"))
    before = snapshot(coach)
    with pytest.raises(ValidationError) as caught:
        coach.cases.add(replace(_case(candidate, gap_id), **change))  # type: ignore[arg-type]
    assert field in caught.value.errors
    assert snapshot(coach) == before


def test_add_case_undone_and_redone(coach: Coach) -> None:
    candidate = coach.candidates.add(CandidateForm(name="Aoife"))
    gap_id = coach.gaps.add(GapForm("Refunds"))
    case_id = coach.cases.add(_case(candidate, gap_id))
    coach.history.undo()
    assert coach.cases.list() == []
    coach.history.redo()
    assert [c.id for c in coach.cases.list()] == [case_id]
    assert coach.cases.get(case_id).steps[0].status == "draft"


def _listed_as_shown(coach: Coach) -> list[tuple[int, int, str]]:
    """Each listed gap's evidence count, agents and trend, asserted equal to what its own page shows."""
    listed = [(row.evidence, row.agents, row.trend) for row in coach.gaps.list()]
    shown = [(len(d.evidence), d.agents, d.trend) for d in (coach.gaps.get(row.id) for row in coach.gaps.list())]
    assert listed == shown
    return listed


def test_the_list_counts_each_gap_as_its_page_shows_it(coach: Coach) -> None:
    """The list reads its counts and trends in two grouped queries, the page evidence by evidence: every kind of
    evidence (a question, a check scored on a maximum and one in raw points, a comment, an action item, each kind
    of outside figure) gives the same numbers both ways."""
    candidate, session, question = _world(coach)
    check = coach.comprehension.for_delivery(session)[0].id
    later = coach.deliveries.add(DeliveryForm(candidate, starts_at=datetime(2026, 3, 2, 9), topic="Refunds again",
                                              trainees=3))
    coach.comprehension.save(CheckForm(later, title="Raw points", max_score=None,
                                       scores=[ScoreEntry("A", 20, 31), ScoreEntry("B", 25, None),
                                               ScoreEntry("C", None, 29)]))
    raw = coach.comprehension.for_delivery(later)[0].id
    comment = coach.feedback.add_response(session, FeedbackEntry({"clarity": 2}, "Λείπει το παράθυρο 退款 <&>"))
    item = coach.action_items.add(candidate, "Practise the refund window")

    def figures(kind: str, values: tuple[float, ...], agents: int | None) -> list[EvidenceForm]:
        return [EvidenceForm("figure", figure_kind=kind, source=f"{kind} · 报告", value=value, agents=agents,
                             on_date=date(2025, 9 + i, 1)) for i, value in enumerate(values)]

    mixes = [
        [EvidenceForm("question", question_id=question), EvidenceForm("check", check_id=check),
         EvidenceForm("comment", response_id=comment), EvidenceForm("action_item", action_item_id=item),
         *figures("qa_score", (70.0, 81.0), 20)],
        [EvidenceForm("check", check_id=check), EvidenceForm("check", check_id=raw),
         *figures("ticket_volume", (300.0, 420.0), 55)],
        [*figures("csat", (4.1, 4.12, 4.11), None), EvidenceForm("comment", response_id=comment)],
        [*figures("qa_score", (90.0, 70.0), 12), *figures("ticket_volume", (500.0, 100.0), 80)],
        [],
    ]
    for number, mix in enumerate(mixes):
        gap = coach.gaps.add(GapForm(f"Gap {number} · 缺口"))
        for form in mix:
            coach.gaps.add_evidence(gap, form)
    listed = _listed_as_shown(coach)
    assert sorted(trend for _, _, trend in listed) == sorted(["better", "worse", "steady", "steady", "unknown"])
    assert (6, 3 + 1 + 20, "better") in listed  # the check's trainees once, one comment, the figures' floor
