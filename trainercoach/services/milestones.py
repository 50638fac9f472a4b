"""The four train-the-trainer components, tracked per candidate as milestones with evidence."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from trainercoach.errors import Conflict, NotFound, ValidationError
from trainercoach.i18n import _
from trainercoach.models import COMPONENTS, MILESTONE_STATUSES, Candidate, Milestone
from trainercoach.records.candidates import MilestoneRecord
from trainercoach.services.history import Change
from trainercoach.words import undo_label

if TYPE_CHECKING:
    from trainercoach.services.coach import Coach


class MilestoneService:
    def __init__(self, coach: Coach) -> None:
        self.coach = coach

    def set(self, candidate_id: int, component: str, status: str, on_date: date | None = None,
            evidence: str = "") -> None:
        new = MilestoneRecord(component, status, on_date, evidence)
        before = self._write(candidate_id, new)
        # A milestone has no version of its own: undo and redo expect it as this app left it, and refuse (as a
        # save does) to overwrite what someone else saved since.
        self.coach.history.push(Change(
            undo_label("edit_milestone"),
            undo=lambda: self._write(candidate_id, before, expected=new),
            redo=lambda: self._write(candidate_id, new, expected=before),
        ))

    def _write(self, candidate_id: int, record: MilestoneRecord,
               expected: MilestoneRecord | None = None) -> MilestoneRecord:
        errors = milestone_errors(record)
        if errors:
            raise ValidationError(errors)
        with self.coach.db.transaction() as session:
            if session.get(Candidate, candidate_id) is None:
                raise NotFound(_('This candidate is no longer in the database.'))
            if expected is not None and read_milestone(session, candidate_id, record.component) != expected:
                raise Conflict(_('This milestone was changed by someone else since; their change is kept.'))
            return write_milestone(session, candidate_id, record)


def milestone_errors(record: MilestoneRecord) -> dict[str, str]:
    errors: dict[str, str] = {}
    if record.component not in COMPONENTS:
        errors["component"] = _('Unknown train-the-trainer component.')
    if record.status not in MILESTONE_STATUSES:
        errors["status"] = _('Choose not started, in progress or done.')
    if record.on_date is not None and record.on_date > date.today():
        errors["on_date"] = _('The date cannot be in the future.')
    if record.status == "done" and record.on_date is None:
        errors["on_date"] = _('Give the date the milestone was reached.')
    return errors


def read_milestone(session: Session, candidate_id: int, component: str) -> MilestoneRecord:
    """A milestone as saved (not started when there is no row yet)."""
    row = session.get(Milestone, (candidate_id, component))
    if row is None:
        return MilestoneRecord(component, "not_started", None, "")
    return MilestoneRecord(row.component, row.status, row.on_date, row.evidence)


def write_milestone(session: Session, candidate_id: int, record: MilestoneRecord) -> MilestoneRecord:
    """Write one milestone and return what it was before, for undo."""
    row = session.get(Milestone, (candidate_id, record.component))
    if row is None:
        before = MilestoneRecord(record.component, "not_started", None, "")
        row = Milestone(candidate_id=candidate_id, component=record.component)
        session.add(row)
    else:
        before = MilestoneRecord(row.component, row.status, row.on_date, row.evidence)
    row.status, row.on_date, row.evidence = record.status, record.on_date, record.evidence
    return before
