"""Settings everyone on the database shares: the readiness rule and the composite score's weights."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from trainercoach.analytics.readiness import CompositeWeights, ReadinessRule
from trainercoach.errors import ValidationError
from trainercoach.i18n import _
from trainercoach.models import Person, Setting

if TYPE_CHECKING:
    from trainercoach.imports.limits import ImportLimits
    from trainercoach.services.coach import Coach

READINESS = "readiness_rule"
COMPOSITE = "composite_weights"
YOU = "you"  # on a local file: the person who uses it, named as "by" on what they do


class SettingsService:
    def __init__(self, coach: Coach) -> None:
        self.coach = coach

    def _get_in(self, session: Session, key: str) -> dict[str, Any]:
        """A setting's stored value, or {} when unset or unreadable."""
        row = session.get(Setting, key)
        if row is None:
            return {}
        try:
            value = json.loads(row.value)
        except ValueError:
            return {}
        return value if isinstance(value, dict) else {}

    def _set(self, key: str, value: dict[str, Any]) -> None:
        with self.coach.db.transaction() as session:
            row = session.get(Setting, key)
            text = json.dumps(value, sort_keys=True)
            if row is None:
                session.add(Setting(key=key, value=text))
            else:
                row.value = text

    def readiness_rule(self) -> ReadinessRule:
        with self.coach.db.reading() as session:
            return self.readiness_rule_in(session)

    def readiness_rule_in(self, session: Session) -> ReadinessRule:
        """The same, inside a read the caller holds open (one snapshot, one transaction)."""
        try:
            return ReadinessRule.from_dict(self._get_in(session, READINESS))
        except TypeError:
            return ReadinessRule()

    def set_readiness_rule(self, rule: ReadinessRule) -> None:
        errors = rule.errors()
        if errors:
            raise ValidationError(errors)
        self._set(READINESS, rule.to_dict())

    def composite_weights(self) -> CompositeWeights:
        with self.coach.db.reading() as session:
            return self.composite_weights_in(session)

    def composite_weights_in(self, session: Session) -> CompositeWeights:
        """The same, inside a read the caller holds open (one snapshot, one transaction)."""
        data = self._get_in(session, COMPOSITE)
        try:
            return CompositeWeights(**{k: float(v) for k, v in data.items() if k in ("rubric", "feedback", "gain")})
        except (TypeError, ValueError):
            return CompositeWeights()

    def set_composite_weights(self, weights: CompositeWeights) -> None:
        errors = weights.errors()
        if errors:
            raise ValidationError(errors)
        self._set(COMPOSITE, {"rubric": weights.rubric, "feedback": weights.feedback, "gain": weights.gain})

    def backups_to_keep(self) -> int:
        """How many automatic backups (daily, before an upgrade or a restore) are kept beside the database."""
        from trainercoach.db.backups import backups_to_keep

        return backups_to_keep(self.coach.db)

    def set_backups_to_keep(self, keep: int) -> None:
        from trainercoach.db.backups import SETTING_KEY, check_keep

        self._set(SETTING_KEY, {"keep": check_keep(keep)})

    def import_limits(self) -> ImportLimits:
        """How big an imported table may be (see trainercoach.imports.limits): the shared setting over the
        defaults, with TRAINERCOACH_IMPORT_LIMITS over both."""
        from trainercoach.imports.limits import SETTING_KEY, current

        with self.coach.db.reading() as session:
            return current(self._get_in(session, SETTING_KEY))

    # -- who "you" are ---------------------------------------------------------------------------
    def you(self) -> int | None:
        """The person this app acts as, whose name goes on what it records ("imported by", a move's "by"): on a
        team server the person the database login belongs to (app_user), on a local file the person chosen as
        "you" (``set_you``). None when there is none yet."""
        with self.coach.db.reading() as session:
            if self.coach.db.is_postgresql:
                found = session.execute(text("SELECT person_id FROM app_user WHERE db_user = current_user")).scalar()
                return found if isinstance(found, int) else None
            chosen = self._get_in(session, YOU).get("person_id")
            if isinstance(chosen, int) and not isinstance(chosen, bool) and session.get(Person, chosen) is not None:
                return chosen
            return None

    def your_name(self) -> str | None:
        """The name of ``you()``, or None."""
        person_id = self.you()
        if person_id is None:
            return None
        with self.coach.db.reading() as session:
            return session.scalar(select(Person.name).where(Person.id == person_id))

    def set_you(self, person_id: int) -> None:
        """Choose who uses this local file. On a team server who you are is the login's person (a lead sets it
        when giving access), so it cannot be chosen here."""
        if self.coach.db.is_postgresql:
            raise ValidationError({"you": _('On a team server you are the person your login belongs to; ask a '
                                            'lead to change it.')})
        with self.coach.db.reading() as session:
            if session.get(Person, person_id) is None:
                raise ValidationError({"you": _('This person is no longer in the database.')})
        self._set(YOU, {"person_id": person_id})
        self.coach.forget_actor()

    def set_import_limits(self, limits: ImportLimits) -> None:
        """Raise (or lower) the import limits for everyone on this database, for a genuinely big file."""
        from trainercoach.imports.limits import SETTING_KEY

        errors = limits.errors()
        if errors:
            raise ValidationError(errors)
        self._set(SETTING_KEY, limits.to_dict())
