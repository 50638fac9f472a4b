"""A knowledge gap's evidence read live: each linked record's numbers (a question's share right, a check's
mean with n and interval), how many agents the gap touches, its trend; and the records a lead may link."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from trainercoach.analytics.stats import Estimate, estimate_values
from trainercoach.models import (
    ActionItem,
    CheckQuestion,
    ComprehensionCheck,
    ComprehensionScore,
    Delivery,
    FeedbackResponse,
    GapEvidence,
)
from trainercoach.records.gaps import EvidenceRow, LinkPick, QuestionPick

LOW_SHARE = 70.0  # a trainee below 70% of the maximum counts as struggling with the check's topic
# For these figures a rise is good news; for ticket volume a rise is bad news.
HIGHER_IS_BETTER = {"qa_score": True, "csat": True, "ticket_volume": False}


def evidence_rows(session: Session, gap_id: int) -> list[EvidenceRow]:
    """Every piece of a gap's evidence with its numbers, oldest first (by the date it speaks of)."""
    return rows_of(session, list(session.scalars(
        select(GapEvidence).where(GapEvidence.gap_id == gap_id).order_by(GapEvidence.id))))


def rows_of(session: Session, evidence: Sequence[GapEvidence]) -> list[EvidenceRow]:
    rows = [evidence_row(session, e) for e in evidence]
    return sorted(rows, key=lambda r: (r.on_date or date.max, r.id))


def evidence_by_gap(session: Session, gap_ids: Sequence[int]) -> dict[int, list[EvidenceRow]]:
    """Every listed gap's evidence rows, read in a handful of queries rather than a few per piece of evidence:
    the linked records are loaded together first, so reading each piece finds its record already in the
    session (the gap list of the large demo: 2.7 s of one-by-one reads)."""
    wanted = set(gap_ids)
    evidence = [e for e in session.scalars(select(GapEvidence).order_by(GapEvidence.id)) if e.gap_id in wanted]
    loaded = _preload(session, evidence)
    grouped: dict[int, list[GapEvidence]] = {gap_id: [] for gap_id in gap_ids}
    for e in evidence:
        grouped[e.gap_id].append(e)
    rows = {gap_id: rows_of(session, items) for gap_id, items in grouped.items()}
    del loaded  # held until here: the session's identity map keeps only what something refers to
    return rows


def _preload(session: Session, evidence: Sequence[GapEvidence]) -> list[object]:
    """The records the evidence links to, and their sessions, each loaded in one query per kind."""
    def load(model: Any, ids: set[int | None]) -> list[Any]:  # a mapped class with an ``id``
        wanted = sorted(i for i in ids if i is not None)
        found: list[Any] = []
        for start in range(0, len(wanted), 900):  # within any database's limit of bound values
            found += session.scalars(select(model).where(model.id.in_(wanted[start:start + 900]))).all()
        return found

    questions = load(CheckQuestion, {e.question_id for e in evidence})
    checks = load(ComprehensionCheck, {e.check_id for e in evidence} | {q.check_id for q in questions})
    responses = load(FeedbackResponse, {e.response_id for e in evidence})
    items = load(ActionItem, {e.action_item_id for e in evidence})
    deliveries = load(Delivery, {c.delivery_id for c in checks} | {r.delivery_id for r in responses})
    return [*questions, *checks, *responses, *items, *deliveries]


def evidence_row(session: Session, e: GapEvidence) -> EvidenceRow:
    if e.kind == "question" and e.question_id is not None:
        return _question(session, e)
    if e.kind == "check" and e.check_id is not None:
        return _check(session, e)
    if e.kind == "comment" and e.response_id is not None:
        response = session.get(FeedbackResponse, e.response_id)
        if response is None:
            return _hidden(e)
        delivery = session.get(Delivery, response.delivery_id)
        when = delivery.starts_at.date() if delivery is not None else response.created_at.date()
        return EvidenceRow(e.id, e.kind, response.comment, None, None, 1, when, note=e.note)
    if e.kind == "action_item" and e.action_item_id is not None:
        item = session.get(ActionItem, e.action_item_id)
        if item is None:
            return _hidden(e)
        return EvidenceRow(e.id, e.kind, item.text, None, None, 0, item.created_at.date(), note=e.note)
    return EvidenceRow(e.id, e.kind, e.source, e.value, None, e.agents or 0, e.on_date, figure_kind=e.figure_kind,
                       source=e.source, note=e.note)


def _hidden(e: GapEvidence) -> EvidenceRow:
    return EvidenceRow(e.id, e.kind, "", None, None, 0, None, note=e.note, visible=False)


def _question(session: Session, e: GapEvidence) -> EvidenceRow:
    question = session.get(CheckQuestion, e.question_id)
    check = session.get(ComprehensionCheck, question.check_id) if question is not None else None
    if question is None or check is None:
        return _hidden(e)
    share = share_right(question.answered, question.correct)
    return EvidenceRow(e.id, e.kind, question.text, share.mean, share, question.answered - question.correct,
                       _held_on(session, check), note=e.note, answered=question.answered, correct=question.correct,
                       source=question.topic, check_id=check.id)


def share_right(answered: int, correct: int) -> Estimate:
    """The share of answers that were right, in percent, with its n and 95% interval."""
    return estimate_values([100.0] * correct + [0.0] * (answered - correct), bounds=(0.0, 100.0))


def _check(session: Session, e: GapEvidence) -> EvidenceRow:
    check = session.get(ComprehensionCheck, e.check_id)
    if check is None:
        return _hidden(e)
    values = check_values(session, check)
    mean = estimate_values(values, bounds=(0.0, 100.0) if check.max_score else None)
    low = sum(1 for v in values if v < LOW_SHARE) if check.max_score else 0
    delivery = session.get(Delivery, check.delivery_id)
    what = check.title or (delivery.topic if delivery is not None else "")
    return EvidenceRow(e.id, e.kind, what, mean.mean, mean, low, _held_on(session, check), note=e.note,
                       check_id=check.id)


def check_values(session: Session, check: ComprehensionCheck, *, before: bool = False) -> list[float]:
    """Each trainee's score after the session (or before it), as a share of the maximum when there is one."""
    scores = session.execute(select(ComprehensionScore.pre, ComprehensionScore.post)
                             .where(ComprehensionScore.check_id == check.id))  # the two numbers, no objects
    values = [pre if before else (post if post is not None else pre) for pre, post in scores]
    scale = 100.0 / check.max_score if check.max_score else 1.0
    return [v * scale for v in values if v is not None]


def _held_on(session: Session, check: ComprehensionCheck) -> date | None:
    if check.held_on is not None:
        return check.held_on
    delivery = session.get(Delivery, check.delivery_id)
    return delivery.starts_at.date() if delivery is not None else None


def agents_touched(rows: Sequence[EvidenceRow]) -> int:
    """How many agents the evidence shows struggling, counted once where it can tell: a check and its questions
    are the same trainees (the most of them counts), each comment is one trainee, and the outside figures count
    their largest group of agents (they describe the same floor)."""
    by_check: dict[int | None, int] = {}
    comments = figures = 0
    for row in rows:
        if row.kind in ("question", "check"):
            by_check[row.check_id] = max(by_check.get(row.check_id, 0), row.agents)
        elif row.kind == "comment":
            comments += 1
        elif row.kind == "figure":
            figures = max(figures, row.agents)
    return sum(by_check.values()) + comments + figures


def trend(rows: Sequence[EvidenceRow]) -> str:
    """"worse", "better", "steady" or "unknown": from the dated numbers, oldest against newest of each kind
    (share right on questions, check means, each kind of outside figure); kinds that disagree are "steady"."""
    series: dict[str, list[tuple[date, float]]] = {}
    for row in rows:
        if row.figure is None or row.on_date is None:
            continue
        key = row.figure_kind if row.kind == "figure" and row.figure_kind else row.kind
        series.setdefault(key, []).append((row.on_date, row.figure))
    signs = set()
    for key, points in series.items():
        if len(points) < 2:
            continue
        points.sort()
        first, last = points[0][1], points[-1][1]
        if abs(last - first) <= 0.02 * max(abs(first), 1.0):
            signs.add(0)
            continue
        better = (last > first) == HIGHER_IS_BETTER.get(key, True)
        signs.add(1 if better else -1)
    if not signs:
        return "unknown"
    if signs == {-1} or signs == {-1, 0}:
        return "worse"
    if signs == {1} or signs == {1, 0}:
        return "better"
    return "steady"


def missed_questions(session: Session, limit: int = 200) -> list[QuestionPick]:
    """Check questions this login may see, the most missed first: where a lead finds a gap."""
    found = session.execute(
        select(CheckQuestion, ComprehensionCheck, Delivery)
        .join(ComprehensionCheck, ComprehensionCheck.id == CheckQuestion.check_id)
        .join(Delivery, Delivery.id == ComprehensionCheck.delivery_id)
        .where(CheckQuestion.answered > 0)
        .order_by((CheckQuestion.correct * 1.0 / CheckQuestion.answered), CheckQuestion.id).limit(limit)).all()
    return [QuestionPick(q.id, q.text, q.topic, c.title, d.topic, c.held_on or d.starts_at.date(), q.answered,
                         q.correct) for q, c, d in found]


def link_picks(session: Session, limit: int = 200) -> list[LinkPick]:
    """Checks, feedback comments and action items a lead may link, newest first."""
    picks: list[LinkPick] = []
    for check, delivery in session.execute(
            select(ComprehensionCheck, Delivery).join(Delivery, Delivery.id == ComprehensionCheck.delivery_id)
            .order_by(Delivery.starts_at.desc(), ComprehensionCheck.id).limit(limit)):
        picks.append(LinkPick("check", check.id, f"{delivery.topic} · {check.title}".strip(" ·"),
                              check.held_on or delivery.starts_at.date()))
    for response, delivery in session.execute(
            select(FeedbackResponse, Delivery).join(Delivery, Delivery.id == FeedbackResponse.delivery_id)
            .where(FeedbackResponse.comment != "").order_by(Delivery.starts_at.desc(), FeedbackResponse.id)
            .limit(limit)):
        picks.append(LinkPick("comment", response.id, f"{delivery.topic}: {response.comment}",
                              delivery.starts_at.date()))
    for item in session.scalars(select(ActionItem).order_by(ActionItem.created_at.desc(), ActionItem.id)
                                .limit(limit)):
        picks.append(LinkPick("action_item", item.id, item.text, item.created_at.date()))
    return picks
