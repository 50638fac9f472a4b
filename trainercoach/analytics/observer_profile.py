"""Each observer's habit over time (issue 19): lenient or severe by criterion, drifting or steady, and a rubric
average adjusted for it. Pure statistics over plain numbers: the services hand in deviations, these hand back
records.

A **deviation** is one observer's score of one criterion on one target minus the consensus on it: the lead's
reference score when there is one, else the mean of the other observers who scored the same criterion on the
same target (``gaps_against_consensus``). Targets are calibration exercises' deliveries and everyday practice
deliveries two or more observers scored with the same rubric version.

- **Overall bias, per period and drift** use one figure per target: the observer's deviations on that target
  averaged over the criteria, because an observer's criteria on one delivery move together and are not
  independent. The mean has a Student t interval; periods are calendar quarters.
- **Drift** is the least-squares slope of those per-target deviations on time (points per year, ``scipy.stats
  .linregress``) with its t interval on n - 2 degrees of freedom: *drifting* when the interval excludes zero.
- **By criterion** is the mean of the criterion's deviations over targets, with its t interval.
- **Adjusted for observer leniency**: each score minus its observer's estimated overall bias, then averaged as
  the raw figure is (``adjusted_mean``); an observer with no estimate is left as scored.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from trainercoach.analytics.agreement import CONFIDENCE
from trainercoach.analytics.stats import estimate

# The fewest per-target deviations in the latest quarter before the dashboard names an observer: one odd
# delivery is not a habit.
WARN_MIN_TARGETS = 3
DAYS_PER_YEAR = 365.25


@dataclass(frozen=True)
class Deviation:
    """One observer's score of one criterion on one target minus the consensus on it."""

    observer: int
    criterion: str  # the criterion's key (the same across rubric versions)
    target: str  # what was scored, e.g. "delivery:12" or "exercise-target:5"
    when: datetime
    gap: float


@dataclass(frozen=True)
class MeanInterval:
    """A mean deviation with its Student t interval (None without two values)."""

    n: int
    mean: float | None
    low: float | None = None
    high: float | None = None

    @property
    def lenient(self) -> bool:
        """Scores higher than the consensus, and the whole interval says so."""
        return self.low is not None and self.low > 0

    @property
    def severe(self) -> bool:
        return self.high is not None and self.high < 0


@dataclass(frozen=True)
class PeriodBias:
    label: str  # "2026 Q3"
    bias: MeanInterval


@dataclass(frozen=True)
class Drift:
    """The slope of an observer's per-target deviation on time, in points per year, with its interval."""

    n: int
    slope: float | None
    low: float | None = None
    high: float | None = None
    p_value: float | None = None

    @property
    def drifting(self) -> bool:
        """The interval excludes zero: the bias moves with time."""
        return (self.low is not None and self.low > 0) or (self.high is not None and self.high < 0)


@dataclass(frozen=True)
class ObserverProfile:
    observer: int
    overall: MeanInterval
    by_criterion: dict[str, MeanInterval] = field(default_factory=dict)
    periods: list[PeriodBias] = field(default_factory=list)
    drift: Drift = field(default_factory=lambda: Drift(0, None))

    @property
    def latest(self) -> PeriodBias | None:
        return self.periods[-1] if self.periods else None


def mean_interval(values: Sequence[float], *, confidence: float = CONFIDENCE) -> MeanInterval:
    """The mean with a Student t interval on n - 1 degrees of freedom (``stats.estimate``; no interval under
    two values)."""
    found = estimate(len(values), math.fsum(values), math.fsum(v * v for v in values), confidence=confidence)
    return MeanInterval(found.n, found.mean, found.low, found.high)


def drift(times: Sequence[datetime], gaps: Sequence[float], *, confidence: float = CONFIDENCE) -> Drift:
    """Least-squares slope of ``gaps`` on time in years (``scipy.stats.linregress``), with the t interval of
    the slope (n - 2 degrees of freedom) and its two-sided p-value. None under three points or when every point
    has the same time (no slope can be fitted)."""
    from scipy import stats

    n = len(gaps)
    if n < 3 or len({t for t in times}) < 2:
        return Drift(n, None)
    start = min(times)
    years = [(t - start).total_seconds() / 86400 / DAYS_PER_YEAR for t in times]
    fit = stats.linregress(years, gaps)
    slope, stderr = float(fit.slope), float(fit.stderr)
    if not math.isfinite(stderr):
        return Drift(n, slope)
    half = float(stats.t.ppf(1 - (1 - confidence) / 2, n - 2)) * stderr
    return Drift(n, slope, slope - half, slope + half, float(fit.pvalue) if math.isfinite(fit.pvalue) else None)


def quarter(when: datetime) -> str:
    """The calendar quarter a date falls in, as "2026 Q3" (sorts in time order)."""
    return f"{when.year} Q{(when.month - 1) // 3 + 1}"


def previous_quarter_start(today: datetime) -> datetime:
    """The first day of the calendar quarter before ``today``'s: the dashboard looks no further back, so an
    observer who has not co-scored for half a year is not named for an old habit (and the read stays small)."""
    index = today.year * 4 + (today.month - 1) // 3 - 1
    return datetime(index // 4, (index % 4) * 3 + 1, 1)


def gaps_against_consensus(scores: Mapping[int, float], reference: float | None = None) -> dict[int, float]:
    """Each observer's score minus the consensus on one criterion of one target: the reference where there is
    one, else the mean of the *other* observers (nothing for a lone observer without a reference)."""
    if reference is not None:
        return {o: s - reference for o, s in scores.items()}
    if len(scores) < 2:
        return {}
    total = math.fsum(scores.values())
    others = len(scores) - 1
    return {o: s - (total - s) / others for o, s in scores.items()}


def per_target(deviations: Iterable[Deviation]) -> dict[int, list[tuple[datetime, float]]]:
    """Each observer's deviations averaged over criteria per target: [(when, mean gap)] in time order."""
    grouped: dict[tuple[int, str], list[Deviation]] = defaultdict(list)
    for d in deviations:
        grouped[(d.observer, d.target)].append(d)
    result: dict[int, list[tuple[datetime, float]]] = defaultdict(list)
    for (observer, _target), found in grouped.items():
        result[observer].append((min(d.when for d in found), math.fsum(d.gap for d in found) / len(found)))
    for points in result.values():
        points.sort(key=lambda p: p[0])
    return dict(result)


def profiles(deviations: Sequence[Deviation], *, confidence: float = CONFIDENCE) -> dict[int, ObserverProfile]:
    """Every observer's profile: overall bias, bias by criterion, per quarter, and the drift over time."""
    points = per_target(deviations)
    by_criterion: dict[int, dict[str, dict[str, list[float]]]] = defaultdict(lambda: defaultdict(dict))
    for d in deviations:
        by_criterion[d.observer][d.criterion].setdefault(d.target, []).append(d.gap)
    result: dict[int, ObserverProfile] = {}
    for observer, series in points.items():
        gaps = [g for _w, g in series]
        periods: dict[str, list[float]] = defaultdict(list)
        for when, gap in series:
            periods[quarter(when)].append(gap)
        criteria = {key: mean_interval([math.fsum(v) / len(v) for v in targets.values()], confidence=confidence)
                    for key, targets in by_criterion[observer].items()}
        result[observer] = ObserverProfile(
            observer, mean_interval(gaps, confidence=confidence), criteria,
            [PeriodBias(label, mean_interval(v, confidence=confidence)) for label, v in sorted(periods.items())],
            drift([w for w, _g in series], gaps, confidence=confidence))
    return result


def latest_periods(points: Mapping[int, Sequence[tuple[datetime, float]]], *,
                   confidence: float = CONFIDENCE) -> dict[int, PeriodBias]:
    """Each observer's bias in their latest quarter, from their per-target deviations ``[(when, gap)]`` (as
    ``per_target`` gives them): the dashboard needs no more than this of a profile."""
    return latest_from_totals({observer: totals_by_quarter(series) for observer, series in points.items()},
                              confidence=confidence)


Totals = tuple[int, float, float]  # n, sum and sum of squares of per-target gaps


def totals_by_quarter(series: Sequence[tuple[datetime, float]]) -> dict[str, Totals]:
    """One observer's per-target gaps ``[(when, gap)]`` added up per calendar quarter."""
    grouped: dict[str, list[float]] = defaultdict(list)
    for when, gap in series:
        grouped[quarter(when)].append(gap)
    return {label: (len(gaps), math.fsum(gaps), math.fsum(g * g for g in gaps)) for label, gaps in grouped.items()}


def latest_from_totals(found: Mapping[int, Mapping[str, Totals]], *,
                       confidence: float = CONFIDENCE) -> dict[int, PeriodBias]:
    """The same from each observer's totals per quarter, which the database can add up (``observer_gap``)
    without handing over every target."""
    result: dict[int, PeriodBias] = {}
    for observer, periods in found.items():
        if not periods:
            continue
        label = max(periods)
        n, total, squares = periods[label]
        found_ = estimate(n, total, squares, confidence=confidence)
        result[observer] = PeriodBias(label, MeanInterval(found_.n, found_.mean, found_.low, found_.high))
    return result


def beyond_threshold(found: Mapping[int, ObserverProfile], threshold: float, *,
                     min_targets: int = WARN_MIN_TARGETS) -> list[ObserverProfile]:
    """Observers whose bias in their latest quarter, on at least ``min_targets`` targets, is further from zero
    than ``threshold`` points (either way): the ones the dashboard names."""
    flagged = []
    for profile in found.values():
        latest = profile.latest
        if latest is not None and latest.bias.mean is not None and latest.bias.n >= min_targets \
                and abs(latest.bias.mean) > threshold:
            flagged.append(profile)
    return sorted(flagged, key=lambda p: -abs(p.latest.bias.mean or 0.0) if p.latest else 0.0)


def adjusted_mean(scores: Sequence[tuple[int, float]], bias: Mapping[int, float]) -> float | None:
    """The mean of ``(observer, score)`` pairs after taking each observer's estimated bias off their score
    (an observer without an estimate counts as scored). None without scores."""
    if not scores:
        return None
    return math.fsum(score - bias.get(observer, 0.0) for observer, score in scores) / len(scores)
