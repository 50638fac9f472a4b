"""The training asset library (issue 20): list with filters, add and edit an asset, make a new version, mark it
reviewed, and take agents' feedback on the material. One transaction per action, each undoable.

On a team server a trainer changes only the assets she owns; the row policies of migration 0012 enforce it, and
this service says so in words before the database has to refuse.
"""

from __future__ import annotations

import builtins
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from trainercoach.analytics.stats import estimate_values
from trainercoach.db import team
from trainercoach.errors import AccessDenied, Conflict, NotFound, ValidationError
from trainercoach.i18n import _
from trainercoach.models import AssetFeedback, AssetVersion, Delivery, Person, TrainingAsset, utcnow
from trainercoach.records.asset_use import Coverage, VersionReception
from trainercoach.records.assets import (
    AssetDetail,
    AssetFeedbackRecord,
    AssetFilter,
    AssetForm,
    AssetRecord,
    AssetVersionRecord,
    is_stale,
)
from trainercoach.services import asset_milestone, asset_use
from trainercoach.services.asset_checks import asset_errors, feedback_errors, review_errors, version_errors
from trainercoach.services.history import Change
from trainercoach.services.text import matches, same_name
from trainercoach.words import undo_label

if TYPE_CHECKING:
    from trainercoach.services.coach import Coach

# The fields of AssetForm as the model names them.
FIELDS = ("title", "owner_id", "template", "languages", "link", "article_changed_on", "has_text", "has_visual",
          "has_hands_on", "has_mock_tickets", "review_due")


def _form_of(asset: TrainingAsset) -> AssetForm:
    return AssetForm(asset.title, asset.owner_id, asset.template, tuple(c for c in asset.languages.split(",") if c),
                     asset.link, asset.article_changed_on, asset.has_text, asset.has_visual, asset.has_hands_on,
                     asset.has_mock_tickets, asset.review_due)


def _clean(form: AssetForm) -> dict[str, object]:
    values: dict[str, object] = {name: getattr(form, name) for name in FIELDS}
    values.update(title=form.title.strip(), template=form.template.strip(), link=form.link.strip(),
                  languages=",".join(form.languages))
    return values


class AssetService:
    """The library: what sessions pick from, and what the Assets page lists and edits."""

    def __init__(self, coach: Coach) -> None:
        self.coach = coach

    # -- reading ------------------------------------------------------------------------------------------
    def list(self, filters: AssetFilter | None = None, *, today: date | None = None) -> builtins.list[AssetRecord]:
        """Every asset by title, or those ``filters`` keeps (stale, review due by ``today``, a language, an owner,
        words in the title, template or owner's name)."""
        with self.coach.db.reading() as session:
            return self.list_in(session, filters, today=today)

    def list_in(self, session: Session, filters: AssetFilter | None = None, *,
                today: date | None = None) -> builtins.list[AssetRecord]:
        """``list`` inside a caller's transaction."""
        filters, today = filters or AssetFilter(), today or date.today()
        versions = dict(session.execute(select(AssetVersion.asset_id, func.count())
                                        .group_by(AssetVersion.asset_id)).all())
        # Counted by the database: the huge demo's 75,000 feedback rows read one by one cost its dashboard 0.14 s.
        # A comment is stored stripped (add_feedback); trim() also passes over spaces another writer left.
        feedback = {asset_id: (int(rated), int(total or 0), int(commented or 0))
                    for asset_id, rated, total, commented in session.execute(
                        select(AssetFeedback.asset_id, func.count(AssetFeedback.rating), func.sum(AssetFeedback.rating),
                               func.sum(case((func.trim(AssetFeedback.comment) != "", 1), else_=0)))
                        .group_by(AssetFeedback.asset_id))}
        query = (select(TrainingAsset, Person.name).outerjoin(Person, Person.id == TrainingAsset.owner_id)
                 .order_by(TrainingAsset.title, TrainingAsset.id))
        rows = []
        for asset, owner in session.execute(query):
            rated, total, commented = feedback.get(asset.id, (0, 0, 0))
            rows.append(AssetRecord(
                asset.id, asset.title, asset.has_text, asset.has_visual, asset.has_hands_on, asset.link,
                asset.has_mock_tickets, asset.owner_id, owner or "", asset.asset_version, asset.template,
                tuple(c for c in asset.languages.split(",") if c), asset.article_changed_on, asset.review_due,
                asset.last_reviewed_on, asset.last_reviewed_by,
                is_stale(asset.article_changed_on, asset.last_reviewed_on, asset.created_at.date()),
                versions.get(asset.id, 0), rated, total / rated if rated else None, commented, asset.version))
        return [r for r in rows if self._kept(r, filters, today)]

    @staticmethod
    def _kept(row: AssetRecord, filters: AssetFilter, today: date) -> bool:
        if filters.stale and not row.stale:
            return False
        if filters.review_due and not row.review_due_by(today):
            return False
        if filters.language and filters.language.casefold() not in {c.casefold() for c in row.languages}:
            return False
        if filters.owner_id is not None and row.owner_id != filters.owner_id:
            return False
        return not filters.search or matches(filters.search, row.title, row.template, row.owner_name)

    def reminders(self, today: date | None = None) -> builtins.list[AssetRecord]:
        """What the dashboard reminds of: assets whose review is due by ``today``, and stale ones."""
        today = today or date.today()
        return [r for r in self.list(today=today) if r.stale or r.review_due_by(today)]

    def languages(self) -> builtins.list[str]:
        """Every language code some asset is in (the page's language filter)."""
        return sorted({code for row in self.list() for code in row.languages}, key=str.casefold)

    def get(self, asset_id: int) -> AssetDetail:
        with self.coach.db.reading() as session:
            asset = self._asset(session, asset_id)
            record = next(r for r in self.list_in(session) if r.id == asset_id)
            versions = [AssetVersionRecord(v.id, v.label, v.changes, v.made_at, v.made_by) for v in session.scalars(
                select(AssetVersion).where(AssetVersion.asset_id == asset_id)
                .order_by(AssetVersion.made_at.desc(), AssetVersion.id.desc()))]
            feedback = [AssetFeedbackRecord(f.id, f.rating, f.comment, f.delivery_id, topic or "", name or "",
                                            f.created_at)
                        for f, topic, name in session.execute(
                            select(AssetFeedback, Delivery.topic, Person.name)
                            .outerjoin(Delivery, Delivery.id == AssetFeedback.delivery_id)
                            .outerjoin(Person, Person.id == AssetFeedback.entered_by_id)
                            .where(AssetFeedback.asset_id == asset_id)
                            .order_by(AssetFeedback.created_at.desc(), AssetFeedback.id.desc()))]
            return AssetDetail(record, _form_of(asset), versions, feedback,
                               estimate_values((f.rating for f in feedback), bounds=(1, 5)))

    def reception(self, asset_id: int) -> builtins.list[VersionReception]:
        """What trainees thought and learned in the sessions that used each version (services/asset_use.py)."""
        with self.coach.db.reading() as session:
            self._asset(session, asset_id)
            return asset_use.reception(session, asset_id)

    def coverage(self) -> Coverage:
        """Per session topic, which learning styles the assets used for it cover; text-only topics flagged."""
        with self.coach.db.reading() as session:
            return asset_use.coverage(session)

    @staticmethod
    def _asset(session: Session, asset_id: int) -> TrainingAsset:
        asset = session.get(TrainingAsset, asset_id)
        if asset is None:
            raise NotFound(_("This training asset is no longer in the database."))
        return asset

    @staticmethod
    def _expect(asset: TrainingAsset, expected_version: int | None) -> None:
        if expected_version is not None and asset.version != expected_version:
            raise Conflict(_("{title} was changed by someone else since; their change is kept.",
                             title=asset.title), current_version=asset.version)

    # -- who may change what ------------------------------------------------------------------------------
    def _check_owner(self, session: Session, asset: TrainingAsset | None, owner_id: int | None) -> None:
        """On a team server a trainer changes only her own assets and cannot give one away (migration 0012)."""
        if not self.coach.db.is_postgresql:
            return
        me = team.connected(session)
        if me.role != "trainer":
            return
        if asset is not None and asset.owner_id != me.person_id:
            owner = session.get(Person, asset.owner_id) if asset.owner_id else None
            raise AccessDenied(_("Only {owner}, who owns “{title}”, or a lead can change it.",
                                 owner=owner.name if owner else _("its owner"), title=asset.title))
        if owner_id != me.person_id:
            raise ValidationError({"owner": _("On the team server you own the assets you add and edit; a lead can "
                                              "give one to someone else.")})

    # -- writing ------------------------------------------------------------------------------------------
    def add(self, title: str, *, has_text: bool = True, has_visual: bool = False, has_hands_on: bool = False,
            link: str = "") -> int:
        """An asset by its title alone (the session editor's "New…"), owned by whoever adds it."""
        return self.create(AssetForm(title, self.coach.settings.you(), link=link, has_text=has_text,
                                     has_visual=has_visual, has_hands_on=has_hands_on))

    def create(self, form: AssetForm) -> int:
        """A new asset; undoable (undo deletes it, redo brings it back under the same id)."""
        saved = self._create(form)
        self.coach.history.push(Change(undo_label("add_asset", title=form.title.strip()),
                                       undo=lambda: self._delete(saved), redo=lambda: self._create(form, saved)))
        return saved

    def _create(self, form: AssetForm, new_id: int | None = None) -> int:
        errors = asset_errors(form, date.today())
        with self.coach.db.transaction() as session:
            self._database_errors(session, form, None, errors)
            self._check_owner(session, None, form.owner_id)
            asset = TrainingAsset(id=new_id, **_clean(form))
            session.add(asset)
            session.flush()
            return asset.id

    @staticmethod
    def _database_errors(session: Session, form: AssetForm, asset_id: int | None, errors: dict[str, str]) -> None:
        title = form.title.strip()
        if "title" not in errors and any(same_name(other, title) for i, other in session.execute(
                select(TrainingAsset.id, TrainingAsset.title)) if i != asset_id):
            errors["title"] = _("There is already a training asset called {title}.", title=title)
        if form.owner_id is not None and session.get(Person, form.owner_id) is None:
            errors["owner"] = _("This person is no longer in the database.")
        if errors:
            raise ValidationError(errors)

    def _delete(self, asset_id: int) -> None:
        with self.coach.db.transaction() as session:
            asset = self._asset(session, asset_id)
            self._check_owner(session, asset, asset.owner_id)
            session.delete(asset)

    def update(self, asset_id: int, form: AssetForm, expected_version: int | None = None) -> None:
        """Save the editor's fields; undoable. With ``expected_version``, a save by someone else since that
        version is refused (Conflict) rather than overwritten; undo and redo refuse the same way."""
        before = self._update(asset_id, form, expected_version)
        if _clean(before) == _clean(form):
            return
        written = self.coach.db.written_version
        self.coach.history.push(Change(
            undo_label("edit_asset", title=form.title.strip()),
            undo=lambda: self._update(asset_id, before, written("training_asset", asset_id)),
            redo=lambda: self._update(asset_id, form, written("training_asset", asset_id))))

    def _update(self, asset_id: int, form: AssetForm, expected_version: int | None) -> AssetForm:
        errors = asset_errors(form, date.today())
        with self.coach.db.transaction() as session:
            asset = self._asset(session, asset_id)
            before = _form_of(asset)
            self._expect(asset, expected_version)
            self._database_errors(session, form, asset_id, errors)
            self._check_owner(session, asset, form.owner_id)
            for name, value in _clean(form).items():
                setattr(asset, name, value)
            return before

    def new_version(self, asset_id: int, label: str, changes: str) -> int:
        """Record a new version (what changed, now, by whoever acts); it becomes the asset's current one."""
        saved, previous, milestone = self._add_version(asset_id, label, changes)
        done = [milestone]

        def redo() -> None:
            done[0] = self._add_version(asset_id, label, changes, saved)[2]

        self.coach.history.push(Change(
            undo_label("new_asset_version", label=label.strip()),
            undo=lambda: self._remove_version(saved, previous, done[0]), redo=redo))
        return saved

    def _add_version(self, asset_id: int, label: str, changes: str,
                     new_id: int | None = None) -> tuple[int, str, asset_milestone.Before | None]:
        """The version, and the owner's component-4 milestone as it was if the version credited it."""
        with self.coach.db.transaction() as session:
            asset = self._asset(session, asset_id)
            taken = list(session.scalars(select(AssetVersion.label).where(AssetVersion.asset_id == asset_id)))
            errors = version_errors(label, changes, taken)
            if errors:
                raise ValidationError(errors)
            self._check_owner(session, asset, asset.owner_id)
            previous = asset.asset_version
            version = AssetVersion(id=new_id, asset_id=asset_id, label=label.strip(), changes=changes.strip(),
                                   made_at=utcnow(), made_by=self.coach.actor)
            session.add(version)
            asset.asset_version = label.strip()
            session.flush()
            return version.id, previous, asset_milestone.credit(session, asset)

    def _remove_version(self, version_id: int, previous: str,
                        milestone: asset_milestone.Before | None = None) -> None:
        with self.coach.db.transaction() as session:
            version = session.get(AssetVersion, version_id)
            if version is None:
                raise NotFound(_("This version is no longer in the database."))
            asset = self._asset(session, version.asset_id)
            self._check_owner(session, asset, asset.owner_id)
            asset.asset_version = previous
            session.delete(version)
            asset_milestone.put_back(session, milestone)

    def mark_reviewed(self, asset_id: int, reviewed_on: date | None = None, next_due: date | None = None) -> None:
        """The asset was checked against its article on ``reviewed_on`` (today) by whoever acts; the next review
        is due on ``next_due`` (None: none planned). A stale asset is no longer stale. Undoable."""
        today = date.today()
        reviewed_on = reviewed_on or today
        errors = review_errors(reviewed_on, next_due, today)
        if errors:
            raise ValidationError(errors)
        after = (reviewed_on, self.coach.actor, next_due)
        before, title, milestone = self._set_review(asset_id, after, credit=True)
        written = self.coach.db.written_version
        done = [milestone]

        def redo() -> None:
            done[0] = self._set_review(asset_id, after, written("training_asset", asset_id), credit=True)[2]

        self.coach.history.push(Change(undo_label("review_asset", title=title),
                                       undo=lambda: self._set_review(asset_id, before,
                                                                     written("training_asset", asset_id),
                                                                     milestone=done[0]),
                                       redo=redo))

    def _set_review(self, asset_id: int, values: tuple[date | None, str, date | None],
                    expected_version: int | None = None, *, credit: bool = False,
                    milestone: asset_milestone.Before | None = None,
                    ) -> tuple[tuple[date | None, str, date | None], str, asset_milestone.Before | None]:
        """Undo and redo pass the version this app left: a colleague's later save is refused, not overwritten.
        A review (``credit``) may complete the owner's component-4 milestone; undo passes back the ``milestone``
        it replaced."""
        with self.coach.db.transaction() as session:
            asset = self._asset(session, asset_id)
            self._expect(asset, expected_version)
            self._check_owner(session, asset, asset.owner_id)
            before = (asset.last_reviewed_on, asset.last_reviewed_by, asset.review_due)
            asset.last_reviewed_on, asset.last_reviewed_by, asset.review_due = values
            credited = asset_milestone.credit(session, asset, reviewed_on=values[0]) if credit else None
            asset_milestone.put_back(session, milestone)
            return before, asset.title, credited

    def add_feedback(self, asset_id: int, rating: int | None, comment: str = "",
                     delivery_id: int | None = None) -> int:
        """An agent's rating (1-5) and/or comment on the material, from the session that used it if known."""
        saved = self._add_feedback(asset_id, rating, comment, delivery_id)
        self.coach.history.push(Change(undo_label("add_asset_feedback"), undo=lambda: self._delete_feedback(saved),
                                       redo=lambda: self._add_feedback(asset_id, rating, comment, delivery_id, saved)))
        return saved

    def _add_feedback(self, asset_id: int, rating: int | None, comment: str, delivery_id: int | None,
                      new_id: int | None = None) -> int:
        errors = feedback_errors(rating, comment)
        if errors:
            raise ValidationError(errors)
        entered_by = self.coach.settings.you()
        with self.coach.db.transaction() as session:
            self._asset(session, asset_id)
            if delivery_id is not None and session.get(Delivery, delivery_id) is None:
                raise ValidationError({"session": _("This session is no longer in the database.")})
            row = AssetFeedback(id=new_id, asset_id=asset_id, rating=rating, comment=comment.strip(),
                                delivery_id=delivery_id, entered_by_id=entered_by)
            session.add(row)
            session.flush()
            return row.id

    def _delete_feedback(self, feedback_id: int) -> None:
        with self.coach.db.transaction() as session:
            row = session.get(AssetFeedback, feedback_id)
            if row is None:
                raise NotFound(_("This feedback is no longer in the database."))
            session.delete(row)
