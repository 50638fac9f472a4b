"""Training assets, as far as sessions need them: the list to pick from, and adding one by its title."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select

from trainercoach.errors import ValidationError
from trainercoach.i18n import _
from trainercoach.models import TrainingAsset
from trainercoach.records.assets import AssetRecord
from trainercoach.services.deliveries import MAX_TOPIC
from trainercoach.services.text import name_taken

if TYPE_CHECKING:
    from trainercoach.services.coach import Coach


class AssetService:
    """Training assets, as far as sessions need them: pick one, or add one by its title."""

    def __init__(self, coach: Coach) -> None:
        self.coach = coach

    def list(self) -> list[AssetRecord]:
        with self.coach.db.reading() as session:
            return [AssetRecord(a.id, a.title, a.has_text, a.has_visual, a.has_hands_on, a.link)
                    for a in session.scalars(select(TrainingAsset).order_by(TrainingAsset.title))]

    def add(self, title: str, *, has_text: bool = True, has_visual: bool = False, has_hands_on: bool = False,
            link: str = "") -> int:
        title = title.strip()
        if not title:
            raise ValidationError({"title": _('Give the training asset a title.')})
        if len(title) > MAX_TOPIC:
            raise ValidationError({"title": _('A title can be at most {max_topic} characters.', max_topic=MAX_TOPIC)})
        with self.coach.db.transaction() as session:
            if name_taken(session, TrainingAsset.title, title):
                raise ValidationError({"title": _('There is already a training asset called {title}.', title=title)})
            asset = TrainingAsset(title=title, has_text=has_text, has_visual=has_visual, has_hands_on=has_hands_on,
                                  link=link.strip())
            session.add(asset)
            session.flush()
            return asset.id
