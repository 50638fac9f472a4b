"""What the sessions that used an asset say about it, and what the library covers (issue 20).

Reception: every session that used the asset (``Delivery.asset_id``) is put under the version that was current on
the session's date — the last version recorded at or before the session started; a session before the first
recorded version goes under "" ("before the first version"). Per version: the trainees' feedback, each item's mean
with its n and 95% interval, and their learning: each trainee's gain on a comprehension check as a share of the
check's maximum, (after − before) / maximum × 100, pooled over the version's sessions. Checks without a maximum
cannot be put on one scale with the others and are left out; a trainee without both scores is left out.

Coverage: a *topic* is what the sessions call it (``Delivery.topic``; assets have no topic of their own, and a
title is not one: "Refunds v2 slides" and "Refunds lab" teach one topic). A topic is covered by the assets its
sessions used; a topic whose every asset is text alone is taught only as text, which the page flags.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from datetime import datetime

from sqlalchemy import Float, cast, func, select
from sqlalchemy.orm import Session

from trainercoach.analytics.stats import estimate, estimate_values
from trainercoach.models import (
    AssetVersion,
    ComprehensionCheck,
    ComprehensionScore,
    Delivery,
    FeedbackAnswer,
    FeedbackItem,
    FeedbackResponse,
    TrainingAsset,
)
from trainercoach.records.asset_use import Coverage, ItemMean, TopicCoverage, VersionReception
from trainercoach.records.assets import MIX
from trainercoach.records.feedback import RANGES

OVERALL = "overall"


def version_of_sessions(versions: list[tuple[str, datetime]],
                        sessions: list[tuple[int, datetime]]) -> dict[str, list[int]]:
    """Each session's id under the label of the version current when it started (versions oldest first)."""
    times = [made_at for _, made_at in versions]
    grouped: dict[str, list[int]] = defaultdict(list)
    for delivery_id, starts_at in sessions:
        at = bisect_right(times, starts_at)
        grouped[versions[at - 1][0] if at else ""].append(delivery_id)
    return grouped


def reception(session: Session, asset_id: int) -> list[VersionReception]:
    """Per version, newest first, only versions some session used (and "" last when sessions came before)."""
    versions = [(label, made_at) for label, made_at in session.execute(
        select(AssetVersion.label, AssetVersion.made_at).where(AssetVersion.asset_id == asset_id)
        .order_by(AssetVersion.made_at, AssetVersion.id))]
    made = dict(versions)
    sessions = [(i, s) for i, s in session.execute(
        select(Delivery.id, Delivery.starts_at).where(Delivery.asset_id == asset_id)
        .order_by(Delivery.starts_at, Delivery.id))]
    grouped = version_of_sessions(versions, sessions)
    order = [label for label, _ in reversed(versions) if label in grouped] + ([""] if "" in grouped else [])
    return [_one(session, label, made.get(label), grouped[label]) for label in order]


def _one(session: Session, label: str, made_at: datetime | None, ids: list[int]) -> VersionReception:
    value = cast(FeedbackAnswer.value, Float)
    sums = {item_id: (n, total or 0.0, total_sq or 0.0) for item_id, n, total, total_sq in session.execute(
        select(FeedbackAnswer.item_id, func.count(), func.sum(value), func.sum(value * value))
        .join(FeedbackResponse, FeedbackResponse.id == FeedbackAnswer.response_id)
        .where(FeedbackResponse.delivery_id.in_(ids)).group_by(FeedbackAnswer.item_id))}
    forms = session.scalar(select(func.count()).select_from(FeedbackResponse)
                           .where(FeedbackResponse.delivery_id.in_(ids))) or 0
    items = []
    for item in session.scalars(select(FeedbackItem).order_by(FeedbackItem.position)):
        if item.id in sums or item.active:
            items.append(ItemMean(item.key, item.label, item.kind,
                                  estimate(*sums.get(item.id, (0, 0.0, 0.0)), bounds=RANGES[item.kind])))
    overall = next((i.estimate for i in items if i.key == OVERALL), None)
    gains = [(post - pre) / top * 100 if pre is not None and post is not None and top else None
             for pre, post, top in session.execute(
        select(ComprehensionScore.pre, ComprehensionScore.post, ComprehensionCheck.max_score)
        .join(ComprehensionCheck, ComprehensionCheck.id == ComprehensionScore.check_id)
        .where(ComprehensionCheck.delivery_id.in_(ids), ComprehensionCheck.max_score.is_not(None),
               ComprehensionScore.pre.is_not(None), ComprehensionScore.post.is_not(None)))]
    return VersionReception(label, made_at, len(ids), forms, overall or estimate(0, 0.0, 0.0),
                            estimate_values(gains, bounds=(-100, 100)), tuple(items), tuple(ids))


def coverage(session: Session) -> Coverage:
    """Per topic (as sessions name it, grouped whatever the case or spacing), the styles of the assets used."""
    assets = {a.id: a for a in session.scalars(select(TrainingAsset))}
    topics: dict[str, tuple[str, set[int], int]] = {}
    used: set[int] = set()
    for topic, asset_id, count in session.execute(
            select(Delivery.topic, Delivery.asset_id, func.count()).where(Delivery.asset_id.is_not(None))
            .group_by(Delivery.topic, Delivery.asset_id).order_by(Delivery.topic)):
        if asset_id is None:
            continue
        key = " ".join(topic.split()).casefold()
        name, ids, sessions = topics.get(key, (" ".join(topic.split()), set(), 0))
        ids.add(asset_id)
        used.add(asset_id)
        topics[key] = (name, ids, sessions + count)
    rows = []
    for name, ids, sessions in topics.values():
        flags = [(a.has_text, a.has_visual, a.has_hands_on, a.has_mock_tickets) for a in (assets[i] for i in ids)]
        counts = {kind: sum(1 for f in flags if f[k]) for k, kind in enumerate(MIX)}
        rows.append(TopicCoverage(name, tuple(sorted((assets[i].title for i in ids), key=str.casefold)), counts,
                                  sessions))
    rows.sort(key=lambda r: r.topic.casefold())
    unused = tuple(sorted((a.title for i, a in assets.items() if i not in used), key=str.casefold))
    return Coverage(rows, unused)
