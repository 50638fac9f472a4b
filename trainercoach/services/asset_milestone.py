"""Assets a candidate authored are the evidence of her component-4 milestone ("building and deploying new content
that mixes text, visual and hands-on elements"), the way a business case is of component 3 (issue 20).

The rule, applied in the same transaction as the asset action that meets it, and undone with that action:

* **in progress** when an asset the candidate owns gets a version recorded, or is marked reviewed while it has
  a version (content built): the evidence names the asset and the version;
* **done** when such an asset, with a version, is marked reviewed after a session that used it has taken place
  (deployed, and checked against its article once trainees had it): the evidence names the asset, the session's
  date and the review; dated the day of the review.

A milestone already done is never touched (a lead may have set it by hand, or an earlier asset met it); one in
progress keeps the evidence of the asset that put it there until one meets the "done" rule. Owners who are not
candidates (leads, certified trainers without a candidate record) have no milestone and nothing happens.

On a team server only a lead writes milestones (migration 0004: a trainer reads her own): a trainer's own version
or review of her asset is saved and credits nothing; the lead's review of the asset then applies the rule. So a
candidate cannot mark her own milestone, and her action is never refused for a table she may not write.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from trainercoach.db import team
from trainercoach.i18n import _
from trainercoach.models import AssetVersion, Candidate, Delivery, TrainingAsset
from trainercoach.records.candidates import MilestoneRecord
from trainercoach.services.milestones import read_milestone, write_milestone

COMPONENT = "content_building"
# What undo needs: whose milestone, and what it was before the action.
Before = tuple[int, MilestoneRecord]


def credit(session: Session, asset: TrainingAsset, *, reviewed_on: date | None = None) -> Before | None:
    """Apply the rule after a version was recorded (``reviewed_on`` None) or a review on ``reviewed_on``; the
    milestone as it was, for undo, or None when nothing changed."""
    if asset.owner_id is None or not _writes_milestones(session):
        return None
    candidate_id = session.scalar(select(Candidate.id).where(Candidate.person_id == asset.owner_id))
    if candidate_id is None:
        return None
    current = read_milestone(session, candidate_id, COMPONENT)
    if current.status == "done" or not asset.asset_version:
        return None
    has_version = session.scalar(select(AssetVersion.id).where(AssetVersion.asset_id == asset.id).limit(1))
    if has_version is None:
        return None
    held = None
    if reviewed_on is not None:
        held = session.scalar(select(func.min(Delivery.starts_at)).where(
            Delivery.asset_id == asset.id, Delivery.starts_at <= datetime.combine(reviewed_on, datetime.max.time())))
    if reviewed_on is not None and held is not None:
        new = MilestoneRecord(COMPONENT, "done", reviewed_on, _(
            "Training asset “{title}” (version {label}) used in a session on {held} and reviewed on {day}.",
            title=asset.title, label=asset.asset_version, held=held.date().isoformat(), day=reviewed_on.isoformat()))
    elif current.status == "not_started":
        new = MilestoneRecord(COMPONENT, "in_progress", None, _(
            "Training asset “{title}”, version {label}, recorded on {day}.",
            title=asset.title, label=asset.asset_version, day=date.today().isoformat()))
    else:
        return None
    return candidate_id, write_milestone(session, candidate_id, new)


def _writes_milestones(session: Session) -> bool:
    """Whether whoever acts may write milestones: anyone on a file of her own; a lead (or the owner) on a server."""
    if session.get_bind().dialect.name != "postgresql":
        return True
    return team.connected(session).role in ("owner", "lead")


def put_back(session: Session, before: Before | None) -> None:
    """Undo: the milestone as it was before the action that credited it."""
    if before is not None:
        write_milestone(session, *before)
