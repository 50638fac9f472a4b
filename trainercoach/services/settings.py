"""Settings everyone on the database shares: the readiness rule and the composite score's weights."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from trainercoach.analytics.readiness import CompositeWeights, ReadinessRule
from trainercoach.errors import ValidationError
from trainercoach.models import Setting

if TYPE_CHECKING:
    from trainercoach.imports.limits import ImportLimits
    from trainercoach.services.coach import Coach

READINESS = "readiness_rule"
COMPOSITE = "composite_weights"


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

    def set_import_limits(self, limits: ImportLimits) -> None:
        """Raise (or lower) the import limits for everyone on this database, for a genuinely big file."""
        from trainercoach.imports.limits import SETTING_KEY

        errors = limits.errors()
        if errors:
            raise ValidationError(errors)
        self._set(SETTING_KEY, limits.to_dict())
