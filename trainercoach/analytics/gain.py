"""Learning (Kirkpatrick level 2): the gain from before to after, and the normalised gain where a maximum exists."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from trainercoach.analytics.stats import EMPTY, Estimate, estimate_values


@dataclass(frozen=True)
class Gain:
    paired: int  # trainees with both a before and an after score
    pre: Estimate
    post: Estimate
    gain: Estimate  # of each trainee's (after - before)
    normalised: float | None  # Hake's <g> over the class averages; None when it cannot be defined
    why_no_normalised: str = ""
    retention: Estimate = EMPTY
    max_score: float | None = None


def learning_gain(scores: Iterable[tuple[float | None, float | None]], max_score: float | None) -> Gain:
    """Only trainees with both scores count, so a late arrival with no before score cannot inflate the gain.

    The normalised gain is (mean after - mean before) / (maximum - mean before): the share of what there was
    left to learn that was learned. It is undefined without a maximum, or when the class already started at
    the maximum (nothing left to learn)."""
    pairs = [(pre, post) for pre, post in scores if pre is not None and post is not None]
    pre = estimate_values(p for p, _ in pairs)
    post = estimate_values(p for _, p in pairs)
    gain = estimate_values(after - before for before, after in pairs)
    if not pairs:
        return Gain(0, pre, post, gain, None, "No trainee has both a before and an after score.",
                    max_score=max_score)
    if max_score is None:
        return Gain(len(pairs), pre, post, gain, None, "The check has no maximum score.", max_score=max_score)
    assert pre.mean is not None and post.mean is not None
    room = max_score - pre.mean
    if room <= 0:
        return Gain(len(pairs), pre, post, gain, None, "The trainees already scored the maximum before.",
                    max_score=max_score)
    return Gain(len(pairs), pre, post, gain, (post.mean - pre.mean) / room, max_score=max_score)


def with_retention(result: Gain, retention: Iterable[float | None]) -> Gain:
    return Gain(result.paired, result.pre, result.post, result.gain, result.normalised, result.why_no_normalised,
                estimate_values(retention), result.max_score)
