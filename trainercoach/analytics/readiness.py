"""Readiness for certification: a rule a lead can read and change, checked as a list of conditions."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from datetime import date

from trainercoach import i18n
from trainercoach.analytics.stats import Estimate
from trainercoach.i18n import _


@dataclass(frozen=True)
class ReadinessRule:
    min_observed: int = 3  # observed practice deliveries
    last_sessions: int = 2  # how many of the latest observed sessions must meet the rubric threshold
    rubric_threshold: float = 3.5  # weighted rubric average, 1-5
    feedback_threshold: float = 4.0  # mean of the "overall" feedback item, 1-5
    feedback_min_answers: int = 20
    require_signoff: bool = True

    def to_dict(self) -> dict[str, object]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> ReadinessRule:
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})  # type: ignore[arg-type]

    def errors(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        if not isinstance(self.min_observed, int) or not 0 <= self.min_observed <= 100:
            errors["min_observed"] = _('The number of observed deliveries is a whole number from 0 to 100.')
        if not isinstance(self.last_sessions, int) or not 1 <= self.last_sessions <= 20:
            errors["last_sessions"] = _('Look at the last 1 to 20 sessions.')
        if not 1 <= self.rubric_threshold <= 5:
            errors["rubric_threshold"] = _('The rubric threshold is on the 1-5 scale.')
        if not 1 <= self.feedback_threshold <= 5:
            errors["feedback_threshold"] = _('The feedback threshold is on the 1-5 scale.')
        if not isinstance(self.feedback_min_answers, int) or not 0 <= self.feedback_min_answers <= 100_000:
            errors["feedback_min_answers"] = _('The number of answers is a whole number of 0 or more.')
        return errors


@dataclass(frozen=True)
class CandidateFacts:
    """What the rule looks at, gathered from the database for one candidate."""

    observed_sessions: int
    rubric_by_session: list[float]  # weighted rubric average of each observed session, oldest first
    feedback_overall: Estimate
    signed_off_on: date | None = None
    signed_off_by: str = ""


@dataclass(frozen=True)
class Condition:
    key: str
    label: str
    met: bool
    detail: str


def _observed_met(rule: ReadinessRule, facts: CandidateFacts) -> bool:
    return facts.observed_sessions >= rule.min_observed


def _rubric_met(rule: ReadinessRule, facts: CandidateFacts) -> bool:
    last = facts.rubric_by_session[-rule.last_sessions:]
    return len(last) >= rule.last_sessions and all(value >= rule.rubric_threshold for value in last)


def _feedback_met(rule: ReadinessRule, facts: CandidateFacts) -> bool:
    feedback = facts.feedback_overall
    return feedback.mean is not None and feedback.mean >= rule.feedback_threshold \
        and feedback.n >= rule.feedback_min_answers


def met(rule: ReadinessRule, facts: CandidateFacts) -> bool:
    """Whether every condition of ``check`` is met, without the words and figures that explain each: the
    dashboard asks this of every candidate on each refresh."""
    return _observed_met(rule, facts) and _rubric_met(rule, facts) and _feedback_met(rule, facts) \
        and (not rule.require_signoff or facts.signed_off_on is not None)


def check(rule: ReadinessRule, facts: CandidateFacts) -> list[Condition]:
    """Each condition with whether it is met and the figures behind it, so a lead can see why not."""
    conditions = [Condition(
        "observed", _("At least {count} observed practice deliveries", count=rule.min_observed),
        _observed_met(rule, facts), _("{count} observed", count=facts.observed_sessions),
    )]
    last = facts.rubric_by_session[-rule.last_sessions:]
    shown = ", ".join(i18n.decimal(value) for value in last) or _("none yet")
    conditions.append(Condition(
        "rubric", _("The last {count} rubric averages at or above {threshold}", count=rule.last_sessions,
                    threshold=i18n.decimal(rule.rubric_threshold, None)),
        _rubric_met(rule, facts), _("last: {values}", values=shown),
    ))
    feedback = facts.feedback_overall
    if feedback.mean is None:
        detail = _("no answers yet")
    else:
        detail = _("{mean} from {n} answers", mean=i18n.decimal(feedback.mean), n=feedback.n)
        if feedback.low is not None and feedback.high is not None:
            detail += _(" (95% interval {low}–{high})", low=i18n.decimal(feedback.low),
                        high=i18n.decimal(feedback.high))
    conditions.append(Condition(
        "feedback", _("Overall feedback at or above {threshold} from at least {count} answers",
                      threshold=i18n.decimal(rule.feedback_threshold, None), count=rule.feedback_min_answers),
        _feedback_met(rule, facts), detail,
    ))
    if rule.require_signoff:
        conditions.append(Condition(
            "signoff", _("Mentor sign-off"), facts.signed_off_on is not None,
            _("signed off on {date} by {name}", date=i18n.day(facts.signed_off_on), name=facts.signed_off_by)
            if facts.signed_off_on else _("not signed off"),
        ))
    return conditions


def is_ready(conditions: list[Condition]) -> bool:
    return all(condition.met for condition in conditions)


@dataclass(frozen=True)
class CompositeWeights:
    """A composite is offered only with its weights in view; each part is put on 0-100 first."""

    rubric: float = 0.5
    feedback: float = 0.3
    gain: float = 0.2

    def errors(self) -> dict[str, str]:
        values = (self.rubric, self.feedback, self.gain)
        if any(v < 0 for v in values) or not sum(values):
            return {"weights": _('Weights are 0 or more, and at least one is above 0.')}
        return {}


def composite(weights: CompositeWeights, rubric: float | None, feedback: float | None,
              normalised_gain: float | None) -> float | None:
    """Weighted mean of the parts that exist (a session with no check is not scored as zero learning)."""
    parts = []
    if rubric is not None:
        parts.append(((rubric - 1) / 4 * 100, weights.rubric))
    if feedback is not None:
        parts.append(((feedback - 1) / 4 * 100, weights.feedback))
    if normalised_gain is not None:
        parts.append((max(0.0, min(1.0, normalised_gain)) * 100, weights.gain))
    total = sum(w for _, w in parts)
    return sum(v * w for v, w in parts) / total if total else None
