"""Rubric templates. An edit never changes a version an observation may use: it writes the next version."""

from __future__ import annotations

import builtins
import json
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from trainercoach import i18n, paths
from trainercoach.errors import NotFound, ValidationError
from trainercoach.i18n import _
from trainercoach.models import LEVELS, Anchor, Criterion, Rubric, RubricVersion
from trainercoach.records.rubrics import CriterionRecord, RubricRecord, RubricVersionRecord
from trainercoach.services.text import name_taken

if TYPE_CHECKING:
    from trainercoach.services.coach import Coach

DEFAULT_RUBRIC = paths.resource("rubrics", "observation_rubric.json")
MAX_CRITERIA = 40








def criteria_errors(criteria: list[CriterionRecord]) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not criteria:
        errors["criteria"] = _('A rubric needs at least one criterion.')
    if len(criteria) > MAX_CRITERIA:
        errors["criteria"] = _('A rubric can have at most {max_criteria} criteria.', max_criteria=MAX_CRITERIA)
    keys = [c.key.strip() for c in criteria]
    if len(set(keys)) != len(keys):
        errors["criteria"] = _('Two criteria have the same key.')
    for position, criterion in enumerate(criteria, start=1):
        if not criterion.title.strip():
            errors[f"criterion:{position}"] = _('Criterion {position} needs a title.', position=position)
        if not criterion.key.strip():
            errors[f"criterion:{position}"] = _('Criterion {position} needs a key.', position=position)
        weight = criterion.weight
        if isinstance(weight, bool) or not isinstance(weight, int | float) or not 0 < weight <= 100:
            errors[f"criterion:{position}"] = _('The weight of criterion {position} must be above 0 (up to 100).',
                                                position=position)
        if set(criterion.anchors) - set(LEVELS):
            errors[f"criterion:{position}"] = _('Anchors are for score levels 1 to 5.')
    return errors


class RubricService:
    def __init__(self, coach: Coach) -> None:
        self.coach = coach

    def list(self) -> list[RubricRecord]:
        latest = (
            select(RubricVersion.rubric_id, func.max(RubricVersion.number).label("number"))
            .group_by(RubricVersion.rubric_id).subquery()
        )
        with self.coach.db.reading() as session:
            rows = session.execute(
                select(Rubric.id, Rubric.name, RubricVersion.id, RubricVersion.number)
                .join(latest, latest.c.rubric_id == Rubric.id)
                .join(RubricVersion, (RubricVersion.rubric_id == Rubric.id) & (RubricVersion.number == latest.c.number))
                .where(Rubric.archived_at.is_(None)).order_by(Rubric.name)
            ).all()
        return [RubricRecord(*row) for row in rows]

    def version(self, version_id: int) -> RubricVersionRecord:
        with self.coach.db.reading() as session:
            return self.version_in(session, version_id)

    def latest(self, rubric_id: int | None = None) -> RubricVersionRecord:
        """The newest version of a rubric (the first rubric when none is named): what a new observation uses."""
        rubrics = self.list()
        if not rubrics:
            raise NotFound(_('There is no rubric yet; add one in the rubric editor.'))
        chosen = next((r for r in rubrics if r.id == rubric_id), rubrics[0]) if rubric_id else rubrics[0]
        return self.version(chosen.latest_version_id)

    @staticmethod
    def version_in(session: Session, version_id: int) -> RubricVersionRecord:
        version = session.get(RubricVersion, version_id)
        if version is None:
            raise NotFound(_('This rubric version is no longer in the database.'))
        rubric = session.get(Rubric, version.rubric_id)
        assert rubric is not None
        criteria = list(session.scalars(select(Criterion).where(Criterion.rubric_version_id == version_id)
                                        .order_by(Criterion.position)))
        anchors: dict[int, dict[int, str]] = {}
        if criteria:
            for anchor in session.scalars(select(Anchor).where(Anchor.criterion_id.in_([c.id for c in criteria]))):
                anchors.setdefault(anchor.criterion_id, {})[anchor.level] = anchor.text
        return RubricVersionRecord(
            version.id, rubric.id, rubric.name, version.number, version.note,
            [CriterionRecord(c.key, c.title, c.description, c.weight, anchors.get(c.id, {}), c.id) for c in criteria],
        )

    def create(self, name: str, criteria: builtins.list[CriterionRecord], note: str = "") -> int:
        """A new rubric with its first version; returns the version's id."""
        name = name.strip()
        errors = criteria_errors(criteria)
        if not name:
            errors["name"] = _('Give the rubric a name.')
        with self.coach.db.transaction() as session:
            if name and name_taken(session, Rubric.name, name):
                errors["name"] = _('There is already a rubric called {name}.', name=name)
            if errors:
                raise ValidationError(errors)
            rubric = Rubric(name=name)
            session.add(rubric)
            session.flush()
            return self._write_version(session, rubric.id, 1, criteria, note)

    def revise(self, rubric_id: int, criteria: builtins.list[CriterionRecord], note: str = "") -> int:
        """Save an edited rubric as its next version; observations keep the version they were scored with."""
        errors = criteria_errors(criteria)
        if errors:
            raise ValidationError(errors)
        with self.coach.db.transaction() as session:
            if session.get(Rubric, rubric_id) is None:
                raise NotFound(_('This rubric is no longer in the database.'))
            number = session.scalar(select(func.max(RubricVersion.number))
                                    .where(RubricVersion.rubric_id == rubric_id)) or 0
            return self._write_version(session, rubric_id, number + 1, criteria, note)

    def _write_version(self, session: Session, rubric_id: int, number: int, criteria: builtins.list[CriterionRecord],
                       note: str) -> int:
        version = RubricVersion(rubric_id=rubric_id, number=number, note=note, created_by=self.coach.actor)
        session.add(version)
        session.flush()
        for position, record in enumerate(criteria):
            criterion = Criterion(rubric_version_id=version.id, position=position, key=record.key.strip(),
                                  title=record.title.strip(), description=record.description,
                                  weight=float(record.weight))
            session.add(criterion)
            session.flush()
            for level, text in sorted(record.anchors.items()):
                session.add(Anchor(criterion_id=criterion.id, level=level, text=text))
        return version.id

    def install_default(self, source: Path = DEFAULT_RUBRIC, lang: str | None = None) -> int | None:
        """Give a database without any rubric the one the app ships, in ``lang`` (en, el, zh_CN; None: the
        current language; its words are translated in resources/translations); returns its version id, or None."""
        with self.coach.db.reading() as session:
            if session.scalar(select(func.count()).select_from(Rubric)):
                return None
        data = json.loads(source.read_text(encoding="utf-8"))

        def words(english: str) -> str:
            return i18n.text(english, lang) if english else english

        criteria = [
            CriterionRecord(c["key"], words(c["title"]), words(c.get("description", "")),
                            float(c.get("weight", 1.0)),
                            {int(level): words(anchor) for level, anchor in c.get("anchors", {}).items()})
            for c in data["criteria"]
        ]
        return self.create(words(data["name"]), criteria, words(data.get("note", "")))
