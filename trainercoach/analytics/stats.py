"""Means with their n and a 95% interval, from raw values or from SQL aggregates (n, sum, sum of squares)."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

CONFIDENCE = 0.95


@dataclass(frozen=True)
class Estimate:
    """A mean as a person should read it: how many answers, and how sure we can be.

    ``low``/``high`` are None when an interval cannot be given (fewer than two values)."""

    n: int
    mean: float | None
    low: float | None = None
    high: float | None = None
    sd: float | None = None

    @property
    def small(self) -> bool:
        """Few enough values that the interval matters more than the mean's second decimal."""
        return self.n < 10

    @property
    def half_width(self) -> float | None:
        return None if self.low is None or self.high is None else (self.high - self.low) / 2


EMPTY = Estimate(0, None)


@cache  # one float per degree of freedom met; the dashboard meets thousands
def _t_quantile(p: float, df: int) -> float:
    # scipy.special's Student t inverse, which scipy.stats.t.ppf itself calls: scipy.stats costs ~1.3 s to import
    # and the main window waited for it before showing the dashboard; scipy.special ~0.5 s. Never at start-up.
    from scipy import special

    return float(special.stdtrit(df, p))


def estimate(n: int, total: float, total_sq: float, *, bounds: tuple[float, float] | None = None,
             confidence: float = CONFIDENCE) -> Estimate:
    """Student's t interval for a mean. Aggregates let the database do the summing over large tables.

    ``bounds`` clips the interval to the scale (a 1-5 item cannot average 5.3); the mean itself is never
    clipped."""
    if n <= 0:
        return EMPTY
    mean = total / n
    if n == 1:
        return Estimate(1, mean)
    variance = max(0.0, (total_sq - n * mean * mean) / (n - 1))
    sd = math.sqrt(variance)
    half = _t_quantile(0.5 + confidence / 2, n - 1) * sd / math.sqrt(n)
    low, high = mean - half, mean + half
    if bounds is not None:
        low, high = max(bounds[0], low), min(bounds[1], high)
    return Estimate(n, mean, low, high, sd)


def estimate_values(values: Iterable[float | None], *, bounds: tuple[float, float] | None = None) -> Estimate:
    present = [float(v) for v in values if v is not None]
    return estimate(len(present), sum(present), sum(v * v for v in present), bounds=bounds)


def median(values: Iterable[float | None]) -> float | None:
    present = sorted(float(v) for v in values if v is not None)
    if not present:
        return None
    middle = len(present) // 2
    return present[middle] if len(present) % 2 else (present[middle - 1] + present[middle]) / 2


def weighted_average(scores: dict[int, int | None], weights: dict[int, float]) -> float | None:
    """The weighted mean of the criteria that were scored; a criterion not judged does not count as zero."""
    pairs = [(score, weights[c]) for c, score in scores.items() if score is not None and c in weights]
    total = sum(w for _, w in pairs)
    return sum(s * w for s, w in pairs) / total if total else None
