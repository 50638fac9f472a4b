"""How far observers agree when they score the same deliveries: pure statistics over a targets × observers table.

A candidate's readiness rests on rubric scores, and those depend on who observed. These functions say how much:

- the six intraclass correlations of Shrout & Fleiss (1979) — ICC(1,1), ICC(2,1), ICC(3,1) and their means of
  k observers ICC(1,k), ICC(2,k), ICC(3,k) — with 95% F-based intervals (McGraw & Wong 1996, the formulas
  Stata's ``icc``, R's ``psych::ICC`` and pingouin use);
- Krippendorff's alpha, ordinal and interval (the ``krippendorff`` package), which takes missing scores;
- weighted kappa (linear or quadratic) for two observers;
- percent exact agreement and agreement within one point;
- each observer's bias against the consensus (the mean of the others, or a reference score) with a t interval;
- interpretation bands with their source named.

A table is rows = targets (the deliveries scored), columns = observers, NaN (or None) = not scored. The ICCs need
complete rows: incomplete targets are dropped and counted (``dropped``). Everything is vectorised with numpy,
so 10,000 targets × 10 observers take milliseconds (benchmarks/bench.py: ``agreement_*``).

No Qt, no SQLAlchemy: the services hand in numbers and get back these records.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np
import numpy.typing as npt

from trainercoach.i18n import N_

CONFIDENCE = 0.95
ICC_KINDS = ("ICC1", "ICC2", "ICC3", "ICC1k", "ICC2k", "ICC3k")
# What each kind answers, in Shrout & Fleiss's terms (a person reads these beside the figure).
ICC_MEANINGS: dict[str, str] = {
    "ICC1": N_("ICC(1,1): one observer; each target scored by a different random set of observers"),
    "ICC2": N_("ICC(2,1): one observer; absolute agreement, observers a random sample"),
    "ICC3": N_("ICC(3,1): one observer; consistency, these observers only"),
    "ICC1k": N_("ICC(1,k): mean of k observers; each target scored by a different random set"),
    "ICC2k": N_("ICC(2,k): mean of k observers; absolute agreement, observers a random sample"),
    "ICC3k": N_("ICC(3,k): mean of k observers; consistency, these observers only"),
}
ICC_SOURCE = "Koo & Li (2016)"
ALPHA_SOURCE = "Krippendorff (2004)"
# Alpha's interval is a percentile bootstrap over targets: BOOTSTRAP_RESAMPLES resamples drawn from
# numpy's generator seeded with BOOTSTRAP_SEED, so the same table always gives the same interval. Under
# ALPHA_MIN_TARGETS targets scored by two or more observers it is not given: a handful of targets has only a
# handful of distinct resamples (5 targets: 126), and the percentiles of so few say nothing.
BOOTSTRAP_RESAMPLES = 1000
BOOTSTRAP_SEED = 19
ALPHA_MIN_TARGETS = 10
# Koo, T. K. & Li, M. Y. (2016). J Chiropr Med 15(2):155-163: below 0.5 poor, 0.5-0.75 moderate,
# 0.75-0.9 good, above 0.9 excellent (they apply the bands to the interval as well as to the estimate).
ICC_BANDS: tuple[tuple[float, str], ...] = (
    (0.9, N_("excellent")), (0.75, N_("good")), (0.5, N_("moderate")), (-math.inf, N_("poor")))
# Krippendorff, K. (2004). Content Analysis, 2nd ed., p. 241: rely on alpha >= .800; alpha >= .667 only for
# tentative conclusions; below that, do not rely on the data.
ALPHA_BANDS: tuple[tuple[float, str], ...] = (
    (0.8, N_("reliable")), (0.667, N_("tentative conclusions only")), (-math.inf, N_("unreliable")))

Matrix = npt.NDArray[np.float64]
Level = Literal["ordinal", "interval"]


@dataclass(frozen=True)
class Coefficient:
    """One agreement figure with its 95% interval; ``value`` is None when the data cannot give one (one observer,
    no variance at all, fewer than two targets), and ``low``/``high`` are None when no interval can be given."""

    value: float | None
    low: float | None = None
    high: float | None = None

    def as_dict(self) -> dict[str, float | None]:
        return {"value": self.value, "low": self.low, "high": self.high}


NONE = Coefficient(None)


@dataclass(frozen=True)
class IccTable:
    """The six ICCs of one table, with the ANOVA they come from. ``dropped`` targets had a missing score."""

    icc: dict[str, Coefficient]
    n_targets: int  # complete targets used
    n_observers: int
    dropped: int
    ms_rows: float | None = None  # between targets
    ms_columns: float | None = None  # between observers
    ms_error: float | None = None  # residual (two-way)
    ms_within: float | None = None  # within targets (one-way)


@dataclass(frozen=True)
class ObserverBias:
    """An observer's mean deviation from the consensus (positive: scores higher, lenient) with a t interval over
    the targets both they and the consensus scored."""

    observer: int  # column index
    n: int
    mean: float | None
    low: float | None
    high: float | None

    @property
    def lenient(self) -> bool:
        """Scores higher than the consensus, and the whole interval says so."""
        return self.low is not None and self.low > 0

    @property
    def severe(self) -> bool:
        return self.high is not None and self.high < 0


@dataclass(frozen=True)
class PercentAgreement:
    """Of all pairs of observers who scored the same target, how many gave the same score, and how many were
    at most one point apart (``pairs`` counts them)."""

    pairs: int
    exact: float | None
    within_one: float | None


# -- the table ----------------------------------------------------------------------------------------------
def as_matrix(rows: Sequence[Sequence[float | None]] | Matrix) -> Matrix:
    """A float table with NaN for a missing score (None or NaN in); rows = targets, columns = observers."""
    if isinstance(rows, np.ndarray):
        table = rows.astype(np.float64, copy=False)
    else:
        table = np.array([[np.nan if v is None else float(v) for v in row] for row in rows], dtype=np.float64)
    if table.ndim != 2:
        if table.size == 0:
            return np.empty((0, 0), dtype=np.float64)
        raise ValueError("a targets × observers table has two dimensions")
    return table


def complete_rows(table: Matrix) -> tuple[Matrix, int]:
    """The targets every observer scored, and how many were dropped."""
    keep = ~np.isnan(table).any(axis=1)
    return table[keep], int(table.shape[0] - keep.sum())


# -- intraclass correlations ----------------------------------------------------------------------------------
def _finite(value: float) -> float | None:
    return float(value) if math.isfinite(value) else None


def _clip(value: float | None) -> float | None:
    # An interval bound is a correlation: beyond 1 it means nothing (a zero residual gives F = inf).
    return None if value is None else min(1.0, value)


def icc(rows: Sequence[Sequence[float | None]] | Matrix, *, confidence: float = CONFIDENCE) -> IccTable:
    """All six Shrout & Fleiss (1979) ICCs of a targets × observers table, with McGraw & Wong (1996) intervals.

    Two-way ANOVA without replication on the complete targets: MSR (targets), MSC (observers), MSE (residual),
    MSW = (SSC + SSE) / (n(k-1)) for the one-way models. A figure is None where it is 0/0 (one observer; every
    score the same), which is the honest answer: agreement cannot be measured there."""
    from scipy import stats  # costs ~3 s to import: only when asked

    table = as_matrix(rows)
    full, dropped = complete_rows(table)
    n, k = full.shape if full.size else (0, table.shape[1] if table.ndim == 2 else 0)
    if n < 2 or k < 2:
        return IccTable({kind: NONE for kind in ICC_KINDS}, n, k, dropped)
    grand = full.mean()
    row_means = full.mean(axis=1)
    col_means = full.mean(axis=0)
    ss_total = float(((full - grand) ** 2).sum())
    ss_rows = float(k * ((row_means - grand) ** 2).sum())
    ss_cols = float(n * ((col_means - grand) ** 2).sum())
    ss_error = max(0.0, ss_total - ss_rows - ss_cols)
    msr = ss_rows / (n - 1)
    msc = ss_cols / (k - 1)
    mse = ss_error / ((n - 1) * (k - 1))
    msw = (ss_cols + ss_error) / (n * (k - 1))
    # Rounding leaves 1e-15 where the residual is exactly zero (every observer the same on every target).
    scale = max(ss_total, 1.0) * 1e-12
    mse = 0.0 if ss_error <= scale else mse
    msw = 0.0 if ss_cols + ss_error <= scale else msw
    result: dict[str, Coefficient] = {}
    tail = 1 - (1 - confidence) / 2

    def ratio(top: float, bottom: float) -> float | None:
        if bottom == 0:
            return None if top == 0 else (1.0 if top > 0 else None)
        return top / bottom

    # Model 1: one-way random.
    icc1 = ratio(msr - msw, msr + (k - 1) * msw)
    icc1k = ratio(msr - msw, msr)
    if msw > 0 and msr > 0:
        f1 = msr / msw
        df1, df2 = n - 1, n * (k - 1)
        f_low = f1 / float(stats.f.ppf(tail, df1, df2))
        f_high = f1 * float(stats.f.ppf(tail, df2, df1))
        result["ICC1"] = Coefficient(icc1, (f_low - 1) / (f_low + k - 1), _clip((f_high - 1) / (f_high + k - 1)))
        result["ICC1k"] = Coefficient(icc1k, 1 - 1 / f_low, _clip(1 - 1 / f_high))
    else:
        result["ICC1"], result["ICC1k"] = Coefficient(icc1), Coefficient(icc1k)
    # Model 2: two-way random, absolute agreement.
    icc2 = ratio(msr - mse, msr + (k - 1) * mse + k * (msc - mse) / n)
    icc2k = ratio(msr - mse, msr + (msc - mse) / n)
    if mse > 0 and msr > 0 and icc2 is not None:
        fj = msc / mse
        # Satterthwaite's degrees of freedom (McGraw & Wong 1996, Table 7, case 2A).
        v_top = (k - 1) * (n - 1) * (k * icc2 * fj + n * (1 + (k - 1) * icc2) - k * icc2) ** 2
        v_bottom = (n - 1) * k**2 * icc2**2 * fj**2 + (n * (1 + (k - 1) * icc2) - k * icc2) ** 2
        v = v_top / v_bottom if v_bottom > 0 else math.inf
        f_up = float(stats.f.ppf(tail, n - 1, v))
        f_down = float(stats.f.ppf(tail, v, n - 1))
        shared = k * msc + (k * n - k - n) * mse
        low = n * (msr - f_up * mse) / (f_up * shared + n * msr)
        high = n * (f_down * msr - mse) / (shared + n * f_down * msr)
        result["ICC2"] = Coefficient(icc2, _finite(low), _clip(_finite(high)))
        result["ICC2k"] = Coefficient(icc2k, _finite(low * k / (1 + low * (k - 1))),
                                      _clip(_finite(high * k / (1 + high * (k - 1)))))
    else:
        result["ICC2"], result["ICC2k"] = Coefficient(icc2), Coefficient(icc2k)
    # Model 3: two-way mixed, consistency.
    icc3 = ratio(msr - mse, msr + (k - 1) * mse)
    icc3k = ratio(msr - mse, msr)
    if mse > 0 and msr > 0:
        f3 = msr / mse
        df1, df2 = n - 1, (n - 1) * (k - 1)
        f_low = f3 / float(stats.f.ppf(tail, df1, df2))
        f_high = f3 * float(stats.f.ppf(tail, df2, df1))
        result["ICC3"] = Coefficient(icc3, (f_low - 1) / (f_low + k - 1), _clip((f_high - 1) / (f_high + k - 1)))
        result["ICC3k"] = Coefficient(icc3k, 1 - 1 / f_low, _clip(1 - 1 / f_high))
    else:
        result["ICC3"], result["ICC3k"] = Coefficient(icc3), Coefficient(icc3k)
    return IccTable({kind: result[kind] for kind in ICC_KINDS}, n, k, dropped, msr, msc, mse, msw)


# -- Krippendorff's alpha ---------------------------------------------------------------------------------
def _value_counts(table: Matrix) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.float64]]:
    """Per target, how many observers gave each value (the package's ``value_counts``), and the values."""
    present = ~np.isnan(table)
    domain = np.unique(table[present])
    counts = np.zeros((table.shape[0], domain.size), dtype=np.int64)
    if domain.size:
        rows, _ = np.nonzero(present)
        index = np.searchsorted(domain, table[present])
        np.add.at(counts, (rows, index), 1)
    return counts, domain


def paired_targets(rows: Sequence[Sequence[float | None]] | Matrix) -> int:
    """How many targets two or more observers scored: what alpha (and its bootstrap) rests on."""
    table = as_matrix(rows)
    return 0 if table.size == 0 else int(((~np.isnan(table)).sum(axis=1) >= 2).sum())


def krippendorff_alpha(rows: Sequence[Sequence[float | None]] | Matrix, level: Level = "ordinal", *,
                       bootstrap: int = 0, seed: int = BOOTSTRAP_SEED, confidence: float = CONFIDENCE,
                       min_targets: int = 2) -> Coefficient:
    """Krippendorff's alpha (the ``krippendorff`` package) over every target with two or more scores; missing
    scores are allowed. ``bootstrap`` > 0 gives a percentile interval from that many resamples of the targets
    (seeded: the same table gives the same interval); without it, or under ``min_targets`` paired targets,
    ``low``/``high`` are None.

    None when it cannot be computed: fewer than two observers on any target, or only one value in the table."""
    table = as_matrix(rows)
    if table.size == 0:
        return NONE
    counts, domain = _value_counts(table)
    paired = counts.sum(axis=1) >= 2
    counts = counts[paired]
    if counts.shape[0] == 0 or domain.size < 2 or (counts > 0).any(axis=0).sum() < 2:
        return NONE

    dense = counts.shape[0] * domain.size**2 <= DENSE_ALPHA
    value = _public_alpha(counts, domain, level) if dense else None  # the package's own entry point, as published
    wanted = bootstrap > 0 and counts.shape[0] >= max(2, min_targets)
    if dense and (value is None or not wanted):
        return Coefficient(value)
    # Identical targets (the same counts of the same values) add the same coincidences: alpha is worked out on
    # the distinct ones, each weighted by how often it occurs — in the data, then in each resample.
    unique, inverse = np.unique(counts, axis=0, return_inverse=True)
    inverse = inverse.reshape(-1)
    if not dense:
        value = _weighted_alpha(unique, np.bincount(inverse, minlength=unique.shape[0]), domain, level)
    if value is None or not wanted:
        return Coefficient(value)
    rng = np.random.default_rng(seed)
    n = counts.shape[0]
    draws = [_weighted_alpha(unique, np.bincount(inverse[rng.integers(0, n, n)], minlength=unique.shape[0]),
                             domain, level) for _ in range(bootstrap)]
    kept = np.array([d for d in draws if d is not None])
    if kept.size < 2:
        return Coefficient(value)
    tail = (1 - confidence) / 2
    return Coefficient(value, float(np.quantile(kept, tail)), float(np.quantile(kept, 1 - tail)))


DENSE_ALPHA = 2_000_000  # targets × values² up to which the package's alpha() is called as it is


def _public_alpha(counts: npt.NDArray[np.int64], domain: npt.NDArray[np.float64], level: Level) -> float | None:
    import krippendorff

    try:
        with np.errstate(invalid="ignore", divide="ignore"):
            value = float(krippendorff.alpha(value_counts=counts, value_domain=domain, level_of_measurement=level))
    except (ValueError, ZeroDivisionError):
        return None
    return value if math.isfinite(value) else None


def _weighted_alpha(unique: npt.NDArray[np.int64], weights: npt.NDArray[np.int64], domain: npt.NDArray[np.float64],
                    level: Level) -> float | None:
    """The package's alpha, 1 - Σ o·d / Σ e·d, with its own coincidence, expected-coincidence and distance
    functions, on distinct targets weighted by how often each occurs (coincidences add up over targets). Equal
    to ``krippendorff.alpha`` on the repeated targets (tests/core/test_calibration_alpha_interval.py); it keeps a
    bootstrap of thousands of targets to milliseconds a resample instead of seconds."""
    from krippendorff import krippendorff as k

    observed = np.zeros((domain.size, domain.size))
    for times in np.unique(weights[weights > 0]):
        observed += times * k._coincidences(unique[weights == times])
    n_v = observed.sum(axis=0)
    with np.errstate(invalid="ignore", divide="ignore"):
        expected = k._random_coincidences(n_v)
        distances: npt.NDArray[np.float64] = k._distances(domain, k._distance_metric(level), n_v)
        bottom = float((expected * distances).sum())
        if bottom == 0 or not math.isfinite(bottom):
            return None
        value = 1 - float((observed * distances).sum()) / bottom
    return value if math.isfinite(value) else None


# -- weighted kappa ---------------------------------------------------------------------------------------
def weighted_kappa(first: Sequence[float | None] | npt.NDArray[np.float64],
                   second: Sequence[float | None] | npt.NDArray[np.float64],
                   weights: Literal["linear", "quadratic"] = "quadratic",
                   categories: Sequence[float] | None = None) -> float | None:
    """Cohen's weighted kappa for two observers over the targets both scored: 1 - Σw·O / Σw·E, with disagreement
    weights |i-j|/(c-1) (linear) or ((i-j)/(c-1))² (quadratic) over the ordered categories (the scale's, when
    ``categories`` is given, else those seen). None when it is 0/0 (one category used by both)."""
    a = np.asarray([np.nan if v is None else v for v in first], dtype=np.float64)
    b = np.asarray([np.nan if v is None else v for v in second], dtype=np.float64)
    if a.shape != b.shape:
        raise ValueError("the two observers' scores must be for the same targets")
    both = ~(np.isnan(a) | np.isnan(b))
    a, b = a[both], b[both]
    if a.size == 0:
        return None
    cats = np.unique(np.concatenate([a, b])) if categories is None else np.asarray(sorted(categories), float)
    c = cats.size
    if c < 2:
        return None
    ia, ib = np.searchsorted(cats, a), np.searchsorted(cats, b)
    if (ia >= c).any() or (ib >= c).any() or not (np.isin(a, cats).all() and np.isin(b, cats).all()):
        raise ValueError("a score outside the categories")
    observed = np.bincount(ia * c + ib, minlength=c * c).reshape(c, c).astype(np.float64) / a.size
    expected = np.outer(observed.sum(axis=1), observed.sum(axis=0))
    distance = np.abs(np.subtract.outer(np.arange(c), np.arange(c))) / (c - 1)
    w = distance if weights == "linear" else distance**2
    disagreement_expected = float((w * expected).sum())
    if disagreement_expected == 0:
        return None
    return 1 - float((w * observed).sum()) / disagreement_expected


# -- percent agreement ------------------------------------------------------------------------------------
DENSE_PAIRS = 2_000_000  # up to this many target × observer-pair cells, every pair at once


def percent_agreement(rows: Sequence[Sequence[float | None]] | Matrix) -> PercentAgreement:
    """Over every pair of observers who scored the same target: the share with the same score, and the share at
    most one point apart. Missing scores simply make fewer pairs."""
    table = as_matrix(rows)
    if table.size == 0 or table.shape[1] < 2:
        return PercentAgreement(0, None, None)
    n, k = table.shape
    if n * k * (k - 1) // 2 <= DENSE_PAIRS:
        upper = np.triu_indices(k, 1)
        gaps = np.abs(table[:, upper[0]] - table[:, upper[1]])  # targets × pairs
        gaps = gaps[~np.isnan(gaps)]
    else:
        # Many observers, each target scored by a few (everyday co-observation): the pairs of each target's own
        # scores, not every pair of observers on every target (10,000 × 80 observers would be 30 million cells).
        present = ~np.isnan(table)
        sizes = present.sum(axis=1)
        chunks = []
        for size in np.unique(sizes[sizes >= 2]):
            same = table[sizes == size]
            values = same[~np.isnan(same)].reshape(-1, size)  # row by row: each target's scores in a row
            first, second = np.triu_indices(int(size), 1)
            chunks.append(np.abs(values[:, first] - values[:, second]).ravel())
        gaps = np.concatenate(chunks) if chunks else np.empty(0)
    pairs = int(gaps.size)
    if pairs == 0:
        return PercentAgreement(0, None, None)
    exact = int((gaps < 1e-9).sum())
    within = int((gaps <= 1 + 1e-9).sum())
    return PercentAgreement(pairs, exact / pairs, within / pairs)


# -- each observer's bias -----------------------------------------------------------------------------------
def observer_bias(rows: Sequence[Sequence[float | None]] | Matrix,
                  reference: Sequence[float | None] | npt.NDArray[np.float64] | None = None, *,
                  confidence: float = CONFIDENCE) -> list[ObserverBias]:
    """Each observer's scores minus the consensus on the same target — the reference score where one is given,
    else the mean of the other observers who scored it — averaged, with a Student t interval. Positive: more
    lenient than the rest; negative: more severe."""
    from scipy import stats

    table = as_matrix(rows)
    if table.size == 0:
        return []
    n, k = table.shape
    present = ~np.isnan(table)
    if reference is not None:
        ref = np.asarray([np.nan if v is None else v for v in reference], dtype=np.float64)
        if ref.shape != (n,):
            raise ValueError("one reference score per target")
        consensus = np.broadcast_to(ref[:, None], (n, k))
    else:
        filled = np.where(present, table, 0.0)
        totals = filled.sum(axis=1, keepdims=True)
        counts = present.sum(axis=1, keepdims=True)
        others = counts - present  # how many others scored the target
        with np.errstate(invalid="ignore", divide="ignore"):
            consensus = np.where(others > 0, (totals - filled) / np.maximum(others, 1), np.nan)
    gaps = table - consensus
    valid = ~np.isnan(gaps)
    m = valid.sum(axis=0)
    zeroed = np.where(valid, gaps, 0.0)
    with np.errstate(invalid="ignore", divide="ignore"):
        means = zeroed.sum(axis=0) / m
        var = (np.where(valid, gaps - means, 0.0) ** 2).sum(axis=0) / (m - 1)
        half = stats.t.ppf(1 - (1 - confidence) / 2, np.maximum(m - 1, 1)) * np.sqrt(var / m)
    result = []
    for j in range(k):
        count = int(m[j])
        if count == 0:
            result.append(ObserverBias(j, 0, None, None, None))
        elif count == 1:
            result.append(ObserverBias(j, 1, float(means[j]), None, None))
        else:
            mean, h = float(means[j]), float(half[j])
            result.append(ObserverBias(j, count, mean, mean - h, mean + h))
    return result


# -- interpretation --------------------------------------------------------------------------------------
def icc_band(value: float | None) -> str | None:
    """Koo & Li (2016)'s word for an ICC (English, marked for translation), None without a value."""
    return None if value is None else next(word for bound, word in ICC_BANDS if value >= bound)


def alpha_band(value: float | None) -> str | None:
    """Krippendorff (2004)'s reading of an alpha (English, marked for translation)."""
    return None if value is None else next(word for bound, word in ALPHA_BANDS if value >= bound)


# -- everything at once ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class AgreementSummary:
    """Every statistic of one table (one criterion, or the total), as the command line and the report show it."""

    iccs: IccTable
    alpha_ordinal: Coefficient
    alpha_interval: Coefficient
    percent: PercentAgreement
    bias: list[ObserverBias]
    kappa: float | None  # quadratic weighted kappa, when there are exactly two observers
    alpha_targets: int = 0  # targets two or more observers scored (alpha's n)
    resamples: int = 0  # bootstrap resamples behind alpha's intervals (0: none asked)

    @property
    def alpha_interval_meaningful(self) -> bool:
        """Enough targets for alpha's bootstrap interval to mean something (``ALPHA_MIN_TARGETS``)."""
        return self.alpha_targets >= ALPHA_MIN_TARGETS

    def as_json(self) -> dict[str, object]:
        out: dict[str, object] = {kind: self.iccs.icc[kind].as_dict() for kind in ICC_KINDS}
        out["alpha_ordinal"] = self.alpha_ordinal.as_dict()
        out["alpha_interval"] = self.alpha_interval.as_dict()
        out.update(n_targets=self.iccs.n_targets, n_observers=self.iccs.n_observers, dropped=self.iccs.dropped,
                   percent_exact=self.percent.exact, percent_within_one=self.percent.within_one,
                   pairs=self.percent.pairs, kappa_quadratic=self.kappa, alpha_targets=self.alpha_targets,
                   bias=[{"observer": b.observer, "n": b.n, "mean": b.mean, "low": b.low, "high": b.high}
                         for b in self.bias])
        return out


def summarise(rows: Sequence[Sequence[float | None]] | Matrix,
              reference: Sequence[float | None] | npt.NDArray[np.float64] | None = None, *,
              bootstrap: int = 0, alpha_min_targets: int = 2) -> AgreementSummary:
    """Every statistic above for one table (``bootstrap`` resamples for alpha's intervals, given only with at
    least ``alpha_min_targets`` paired targets: the windows and the report ask for ``ALPHA_MIN_TARGETS``)."""
    table = as_matrix(rows)
    kappa = None
    if table.ndim == 2 and table.shape[1] == 2:
        kappa = weighted_kappa(table[:, 0], table[:, 1], "quadratic")
    fewest = alpha_min_targets
    return AgreementSummary(icc(table), krippendorff_alpha(table, "ordinal", bootstrap=bootstrap, min_targets=fewest),
                            krippendorff_alpha(table, "interval", bootstrap=bootstrap, min_targets=fewest),
                            percent_agreement(table), observer_bias(table, reference), kappa,
                            paired_targets(table), bootstrap)
