"""A knowledge gap's evidence read live: each linked record's numbers (a question's share right, a check's
mean with n and interval), how many agents the gap touches, its trend; and the records a lead may link."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

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


@dataclass(frozen=True)
class Counted:
    """What the list counts of one piece of evidence: the fields :func:`agents_touched` and :func:`trend` read,
    which an :class:`EvidenceRow` has too."""

    kind: str
    figure: float | None
    agents: int
    on_date: date | None
    figure_kind: str | None = None
    check_id: int | None = None



def counted_by_gap(session: Session, gap_ids: Sequence[int]) -> dict[int, list[Counted]]:
    """Every listed gap's evidence as the list counts it, in two queries: the evidence joined to what it links to,
    and the scores of its checks. The list needs no evidence's text or interval, and building each piece's
    record took ~1,900 objects for the large demo's 120 gaps (the page was 2.2-2.8x its floor). Each piece
    counts as :func:`evidence_row` reads it; a test holds the two to the same counts and trends."""
    question_check, question_day = aliased(ComprehensionCheck), aliased(Delivery)
    check, check_day = aliased(ComprehensionCheck), aliased(Delivery)
    e = GapEvidence
    query = (select(e.gap_id, e.kind, e.figure_kind, e.value, e.agents, e.on_date, e.question_id, e.check_id,
                    e.response_id, e.action_item_id, CheckQuestion.id, CheckQuestion.answered, CheckQuestion.correct,
                    question_check.id, question_check.held_on, question_day.starts_at,
                    check.id, check.held_on, check.max_score, check_day.starts_at)
             .outerjoin(CheckQuestion, CheckQuestion.id == e.question_id)
             .outerjoin(question_check, question_check.id == CheckQuestion.check_id)
             .outerjoin(question_day, question_day.id == question_check.delivery_id)
             .outerjoin(check, check.id == e.check_id)
             .outerjoin(check_day, check_day.id == check.delivery_id)
             .order_by(e.id))
    wanted = set(gap_ids)
    found = [row for row in session.execute(query) if row[0] in wanted]
    values = _check_values(session, {row[16] for row in found if row[1] == "check" and row[7] is not None})
    counted: dict[int, list[Counted]] = {gap_id: [] for gap_id in gap_ids}
    for (gap_id, kind, figure_kind, value, agents, on_date, question_link, check_link, response_link, item_link,
         question, answered, correct, question_check_id, question_held, question_starts,
         check_id, check_held, max_score, check_starts) in found:
        if kind == "question" and question_link is not None:
            if question is None or question_check_id is None:
                counted[gap_id].append(Counted(kind, None, 0, None))  # as _hidden: a record this login may not read
                continue
            share = 100.0 * correct / answered if answered else None  # share_right's mean, without its interval
            counted[gap_id].append(Counted(kind, share, answered - correct, _day(question_held, question_starts),
                                           check_id=question_check_id))
        elif kind == "check" and check_link is not None:
            if check_id is None:
                counted[gap_id].append(Counted(kind, None, 0, None))
                continue
            scores = _scaled(values.get(check_id, []), max_score)
            mean = sum(scores) / len(scores) if scores else None  # estimate_values' mean, without its interval
            counted[gap_id].append(Counted(kind, mean, _struggling(scores, max_score), _day(check_held, check_starts),
                                           check_id=check_id))
        elif (kind == "comment" and response_link is not None) or (kind == "action_item" and item_link is not None):
            # No figure, no date the trend reads; agents_touched counts each comment as one trainee, read or not.
            counted[gap_id].append(Counted(kind, None, 0, None))
        else:
            counted[gap_id].append(Counted(kind, value, agents or 0, on_date, figure_kind=figure_kind))
    return counted


def _check_values(session: Session, check_ids: set[int]) -> dict[int, list[float | None]]:
    """Each check's trainees' scores after the session (``_score``), unscaled: ``check_values`` for many checks."""
    values: dict[int, list[float | None]] = {}
    wanted = sorted(check_ids)
    for start in range(0, len(wanted), 900):  # within any database's limit of bound values
        for check_id, pre, post in session.execute(
                select(ComprehensionScore.check_id, ComprehensionScore.pre, ComprehensionScore.post)
                .where(ComprehensionScore.check_id.in_(wanted[start:start + 900]))):
            values.setdefault(check_id, []).append(_score(pre, post))
    return values


def _day(held_on: date | None, starts_at: datetime | None) -> date | None:
    if held_on is not None:
        return held_on
    return starts_at.date() if starts_at is not None else None


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
    low = _struggling(values, check.max_score)
    delivery = session.get(Delivery, check.delivery_id)
    what = check.title or (delivery.topic if delivery is not None else "")
    return EvidenceRow(e.id, e.kind, what, mean.mean, mean, low, _held_on(session, check), note=e.note,
                       check_id=check.id)


def check_values(session: Session, check: ComprehensionCheck, *, before: bool = False) -> list[float]:
    """Each trainee's score after the session (or before it), as a share of the maximum when there is one."""
    scores = session.execute(select(ComprehensionScore.pre, ComprehensionScore.post)
                             .where(ComprehensionScore.check_id == check.id))  # the two numbers, no objects
    return _scaled([_score(pre, post, before=before) for pre, post in scores], check.max_score)


def _score(pre: float | None, post: float | None, *, before: bool = False) -> float | None:
    """A trainee's score after the session (before it, where no after was taken), or before it if asked."""
    return pre if before or post is None else post


def _scaled(values: Sequence[float | None], max_score: float | None) -> list[float]:
    """The scores given, as a share of the maximum in percent when the check has one."""
    scale = 100.0 / max_score if max_score else 1.0
    return [v * scale for v in values if v is not None]


def _struggling(shares: Sequence[float], max_score: float | None) -> int:
    """How many trainees scored below ``LOW_SHARE`` of the maximum (none can be told without one)."""
    return sum(1 for v in shares if v < LOW_SHARE) if max_score else 0


def _held_on(session: Session, check: ComprehensionCheck) -> date | None:
    delivery = session.get(Delivery, check.delivery_id) if check.held_on is None else None
    return _day(check.held_on, delivery.starts_at if delivery is not None else None)


def agents_touched(rows: Sequence[EvidenceRow | Counted]) -> int:
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


def trend(rows: Sequence[EvidenceRow | Counted]) -> str:
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
