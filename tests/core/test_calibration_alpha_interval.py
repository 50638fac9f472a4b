"""Krippendorff's alpha with its bootstrap interval (issue 19): the percentile interval checked against a second
implementation (scipy.stats.bootstrap over the same targets), seeded so it repeats, left out under
ALPHA_MIN_TARGETS paired targets; and in the calibration report, read back with pypdf: the interval and the
number of resamples where an exercise has enough deliveries, "not meaningful with so few targets" where not."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest
from pypdf import PdfReader
from scipy import stats

from trainercoach import i18n
from trainercoach.analytics import agreement as ag
from trainercoach.i18n import _
from trainercoach.records.calibration import ExerciseForm, TargetForm
from trainercoach.reports.calibration_report import write_calibration_report
from trainercoach.services import Coach


def table(targets: int, seed: int = 3) -> np.ndarray:
    rng = np.random.default_rng(seed)
    truth = rng.integers(1, 6, targets).astype(float)
    scores = np.clip(np.rint(truth[:, None] + rng.normal(0, 0.7, (targets, 3)) + [0.4, 0, -0.2]), 1, 5)
    return scores


def test_the_bootstrap_interval_agrees_with_scipys_bootstrap() -> None:
    scores = table(40)
    ours = ag.krippendorff_alpha(scores, "interval", bootstrap=2000)
    assert ours == ag.krippendorff_alpha(scores, "interval", bootstrap=2000)  # seeded: the same each time

    def alpha_of(rows: np.ndarray) -> float:
        return ag.krippendorff_alpha(scores[rows.astype(int)], "interval").value or float("nan")

    theirs = stats.bootstrap((np.arange(40),), alpha_of, vectorized=False, method="percentile",
                             n_resamples=2000, random_state=np.random.default_rng(5)).confidence_interval
    assert ours.low == pytest.approx(theirs.low, abs=0.03) and ours.high == pytest.approx(theirs.high, abs=0.03)
    assert ours.low is not None and ours.value is not None and ours.low < ours.value < (ours.high or 0)


def test_few_targets_give_no_interval_and_say_so() -> None:
    few = ag.summarise(table(ag.ALPHA_MIN_TARGETS - 1), bootstrap=200, alpha_min_targets=ag.ALPHA_MIN_TARGETS)
    assert few.alpha_targets == ag.ALPHA_MIN_TARGETS - 1 and not few.alpha_interval_meaningful
    assert few.alpha_interval.value is not None and few.alpha_interval.low is None
    enough = ag.summarise(table(ag.ALPHA_MIN_TARGETS), bootstrap=200, alpha_min_targets=ag.ALPHA_MIN_TARGETS)
    assert enough.alpha_interval_meaningful and enough.alpha_interval.low is not None
    assert enough.resamples == 200 and enough.as_json()["alpha_targets"] == ag.ALPHA_MIN_TARGETS


def pdf_text(path: Path) -> str:
    return re.sub(r"\s+", " ", " ".join(page.extract_text() or "" for page in PdfReader(path).pages))


def exercise(coach: Coach, targets: int) -> int:
    coach.rubrics.install_default()
    people = [coach.people.add(n, role="trainer") for n in ("Ana <&>", "Βασίλης", "陈静")]
    rubric = coach.rubrics.latest()
    made = coach.calibration.create(ExerciseForm(f"{targets} recordings · 录音", rubric.id, people, [
        TargetForm(f"R{i}", recording_link=f"https://v.example/{i}") for i in range(targets)]))
    view = coach.calibration.view(made)
    scores = table(targets)
    for column, person in enumerate(people):
        coach.calibration.score(made, person, {(t, c): int(scores[i, column]) for i, (t, _n) in
                                               enumerate(view.targets) for c, _m in view.criteria})
    coach.calibration.close(made)
    return made


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_report_gives_alphas_interval_with_its_resamples(coach: Coach, tmp_path: Path, lang: str) -> None:
    snapshot = coach.reports.calibration(exercise(coach, 12), lang=lang)
    total = snapshot.agreement.per_criterion[-1].summary
    assert total.resamples == ag.BOOTSTRAP_RESAMPLES and total.alpha_targets == 12
    low, high = total.alpha_interval.low, total.alpha_interval.high
    assert low is not None and high is not None
    found = pdf_text(write_calibration_report(snapshot, tmp_path / "enough.pdf"))
    with i18n.using(lang):
        assert _("{low} to {high}", low=i18n.decimal(low), high=i18n.decimal(high)) in found
        assert "1000" in found and _("not meaningful with so few targets") not in found


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize("lang", ["en", "el"])
def test_the_report_says_few_targets_make_no_interval(coach: Coach, tmp_path: Path, lang: str) -> None:
    snapshot = coach.reports.calibration(exercise(coach, 3), lang=lang)
    found = pdf_text(write_calibration_report(snapshot, tmp_path / "few.pdf"))
    with i18n.using(lang):
        assert _("not meaningful with so few targets") in found


@pytest.mark.parametrize("level", ["ordinal", "interval"])
def test_distinct_targets_weighted_give_the_packages_alpha(level: str) -> None:
    """The bootstrap's fast path equals ``krippendorff.alpha`` on the repeated targets, in the data and in a
    resample; a sparse table of many observers (the everyday case) too."""
    import krippendorff

    rng = np.random.default_rng(4)
    sparse = np.full((600, 30), np.nan)
    for row in sparse:
        row[rng.choice(30, rng.integers(2, 4), replace=False)] = rng.integers(1, 9) / 2
    for scores in (table(40), sparse):
        counts, domain = ag._value_counts(scores)
        counts = counts[counts.sum(axis=1) >= 2]
        unique, inverse = np.unique(counts, axis=0, return_inverse=True)
        inverse = inverse.reshape(-1)
        for picked in (np.arange(counts.shape[0]), rng.integers(0, counts.shape[0], counts.shape[0])):
            weights = np.bincount(inverse[picked], minlength=unique.shape[0])
            theirs = krippendorff.alpha(value_counts=counts[picked], value_domain=domain, level_of_measurement=level)
            assert ag._weighted_alpha(unique, weights, domain, level) == pytest.approx(theirs, abs=1e-12)


def test_alpha_of_thousands_of_targets_with_many_values_is_quick() -> None:
    """Everyday agreement's mean over criteria: 16,000 deliveries, 80 observers, means in steps of 1/8."""
    import time

    rng = np.random.default_rng(8)
    scores = np.full((16_000, 80), np.nan)
    for row in scores:
        row[rng.choice(80, 2, replace=False)] = rng.integers(8, 41, 2) / 8
    started = time.perf_counter()
    found = ag.krippendorff_alpha(scores, "ordinal", bootstrap=50)
    assert found.low is not None and time.perf_counter() - started < 20
