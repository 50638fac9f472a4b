"""The g2g pipeline: moving candidates between stages and configuring the stages themselves."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from trainercoach.errors import Conflict, NotFound, ValidationError
from trainercoach.i18n import _
from trainercoach.models import STAGE_KINDS, Candidate, Person, Stage, StageMove, utcnow
from trainercoach.records.pipeline import StageRecord
from trainercoach.services.history import Change
from trainercoach.services.row_tree import RowTree, read_tree, restore_tree
from trainercoach.words import undo_label

if TYPE_CHECKING:
    from trainercoach.services.coach import Coach

MAX_STAGE_NAME = 100


class PipelineService:
    def __init__(self, coach: Coach) -> None:
        self.coach = coach

    def stages(self) -> list[StageRecord]:
        """Stages in board order, each with how many (unarchived) candidates it holds."""
        with self.coach.db.reading() as session:
            return self.stages_in(session)

    def stages_in(self, session: Session) -> list[StageRecord]:
        """The same, inside a read the caller holds open."""
        counts = (
            select(Candidate.stage_id, func.count().label("n"))
            .where(Candidate.archived_at.is_(None))
            .group_by(Candidate.stage_id)
            .subquery()
        )
        rows = session.execute(
            select(Stage.id, Stage.key, Stage.name, Stage.position, Stage.kind, func.coalesce(counts.c.n, 0))
            .outerjoin(counts, counts.c.stage_id == Stage.id)
            .order_by(Stage.position, Stage.id)
        ).all()
        return [StageRecord(*row) for row in rows]

    # -- moves -----------------------------------------------------------------------------------
    def move(self, candidate_id: int, to_stage_id: int, reason: str) -> int:
        """Move a candidate to another stage; the move is kept with who, when, from, to and why."""
        with self.coach.db.transaction() as session:
            person_name, target_name, saved = self._move_in(session, candidate_id, to_stage_id, reason)
        self.coach.history.push(Change(
            undo_label("move_candidate", name=person_name, stage=target_name),
            undo=lambda: self._in_one(lambda session: self._take_back(session, candidate_id, saved[0])),
            redo=lambda: self._in_one(lambda session: self._replay(session, candidate_id, *saved)),
        ))
        return saved[0]

    def move_many(self, candidate_ids: list[int], to_stage_id: int, reason: str) -> list[int]:
        """Move several candidates to one stage for one reason: one transaction (all move, or none does, with
        each refusal said) and one entry in the undo history. Candidates already in that stage stay put."""
        if len(candidate_ids) == 1:
            return [self.move(candidate_ids[0], to_stage_id, reason)]
        with self.coach.db.transaction() as session:
            target = session.get(Stage, to_stage_id)
            if target is None:
                raise ValidationError({"stage": _('That stage no longer exists.')})
            moving = [cid for cid in dict.fromkeys(candidate_ids)
                      if (c := session.get(Candidate, cid)) is None or c.stage_id != to_stage_id]
            if not moving:
                raise ValidationError({"stage": _('They are all in {target_name} already.', target_name=target.name)})
            saved: list[tuple[int, tuple[int, int | None, int, datetime, str, str]]] = []
            errors: dict[str, str] = {}
            for candidate_id in moving:
                try:
                    saved.append((candidate_id, self._move_in(session, candidate_id, to_stage_id, reason)[2]))
                except ValidationError as refused:
                    for key, message in refused.errors.items():
                        errors[key] = message if key not in errors or message in errors[key] \
                            else f"{errors[key]}\n{message}"
                except NotFound as gone:
                    errors.setdefault("candidate", str(gone))
            if errors:
                raise ValidationError(errors)  # the transaction is rolled back: nobody moved
            stage_name = target.name

        def undo(session: Session) -> None:
            for candidate_id, move in reversed(saved):
                self._take_back(session, candidate_id, move[0])

        def redo(session: Session) -> None:
            for candidate_id, move in saved:
                self._replay(session, candidate_id, *move)

        self.coach.history.push(Change(undo_label("move_candidates", count=len(saved), stage=stage_name),
                                       undo=lambda: self._in_one(undo), redo=lambda: self._in_one(redo)))
        return [move[0] for _candidate, move in saved]

    def _in_one(self, work: Callable[[Session], None]) -> None:
        with self.coach.db.transaction() as session:
            work(session)

    def _move_in(self, session: Session, candidate_id: int, to_stage_id: int,
                 reason: str) -> tuple[str, str, tuple[int, int | None, int, datetime, str, str]]:
        """One move inside the caller's transaction: (the person's name, the stage's name, the move as saved)."""
        candidate = session.get(Candidate, candidate_id)
        if candidate is None:
            raise NotFound(_('This candidate is no longer in the database.'))
        person = session.get(Person, candidate.person_id)
        assert person is not None  # candidate.person_id is a foreign key (ON DELETE RESTRICT)
        target = session.get(Stage, to_stage_id)
        errors: dict[str, str] = {}
        if target is None:
            errors["stage"] = _('That stage no longer exists.')
        elif target.id == candidate.stage_id:
            errors["stage"] = _('{person_name} is already in {target_name}.',
                                person_name=person.name, target_name=target.name)
        if not reason.strip():
            errors["reason"] = _('Say why the candidate moves; the reason stays in their timeline.')
        if candidate.archived_at is not None:
            errors["archived"] = _('{person_name} is archived; restore them before moving them.',
                                   person_name=person.name)
        if errors or target is None:
            raise ValidationError(errors)
        move = StageMove(candidate_id=candidate.id, from_stage_id=candidate.stage_id,
                         to_stage_id=target.id, moved_at=utcnow(), moved_by=self.coach.actor,
                         reason=reason.strip())
        session.add(move)
        candidate.stage_id = target.id
        session.flush()
        return person.name, target.name, (move.id, move.from_stage_id, move.to_stage_id, move.moved_at,
                                          move.moved_by, move.reason)

    def _take_back(self, session: Session, candidate_id: int, move_id: int) -> None:
        move = session.get(StageMove, move_id)
        candidate = session.get(Candidate, candidate_id)
        if move is None or candidate is None:
            raise NotFound(_('That move is no longer in the database.'))
        latest = session.scalar(
            select(StageMove.id).where(StageMove.candidate_id == candidate_id)
            .order_by(StageMove.moved_at.desc(), StageMove.id.desc()).limit(1)
        )
        if latest != move_id or candidate.stage_id != move.to_stage_id:
            raise Conflict(_('The candidate has moved again since; undo that move first.'))
        self._check_version(session, candidate)
        assert move.from_stage_id is not None  # only move()'s moves are taken back, and they start somewhere
        candidate.stage_id = move.from_stage_id
        session.delete(move)
        session.flush()

    def _replay(self, session: Session, candidate_id: int, move_id: int, from_id: int | None, to_id: int,
                moved_at: datetime, moved_by: str, reason: str) -> None:
        candidate = session.get(Candidate, candidate_id)
        if candidate is None or candidate.stage_id != from_id:
            raise Conflict(_('The candidate is no longer where this move started.'))
        self._check_version(session, candidate)
        session.add(StageMove(id=move_id, candidate_id=candidate_id, from_stage_id=from_id,
                              to_stage_id=to_id, moved_at=moved_at, moved_by=moved_by, reason=reason))
        candidate.stage_id = to_id
        session.flush()

    def _check_version(self, session: Session, candidate: Candidate) -> None:
        """Undo and redo of a move expect the candidate as this app's last write left it: a colleague's save since
        (another field, an archive) is kept, as a save would keep it."""
        expected = self.coach.db.written_version("candidate", candidate.id)
        if expected is not None and candidate.version != expected:
            person = session.get(Person, candidate.person_id)
            raise Conflict(_('{name} was changed by someone else since; their change is kept.',
                             name=person.name if person else ""), current_version=candidate.version)

    # -- configuring stages ----------------------------------------------------------------------
    def add_stage(self, name: str, kind: str = "pipeline") -> int:
        with self.coach.db.transaction() as session:
            name = self._valid_name(session, name)
            if kind not in STAGE_KINDS:
                raise ValidationError({"kind": _('A stage is either part of the pipeline or a side exit.')})
            last = session.scalar(select(func.max(Stage.position))) or 0
            stage = Stage(name=name, kind=kind, position=last + 1)
            session.add(stage)
            session.flush()
            return stage.id

    def rename_stage(self, stage_id: int, name: str) -> None:
        with self.coach.db.transaction() as session:
            stage = self._stage(session, stage_id)
            stage.name = self._valid_name(session, name, stage_id)

    def set_stage_kind(self, stage_id: int, kind: str) -> None:
        with self.coach.db.transaction() as session:
            if kind not in STAGE_KINDS:
                raise ValidationError({"kind": _('A stage is either part of the pipeline or a side exit.')})
            self._stage(session, stage_id).kind = kind

    def reorder_stages(self, stage_ids: list[int]) -> None:
        with self.coach.db.transaction() as session:
            stages = {s.id: s for s in session.scalars(select(Stage))}
            if sorted(stage_ids) != sorted(stages):
                raise ValidationError({"order": _('The new order must list every stage exactly once.')})
            for position, stage_id in enumerate(stage_ids):
                stages[stage_id].position = position

    def delete_stage(self, stage_id: int) -> None:
        """Delete a stage no candidate is in or has been in; undo puts it back with its id, name and place."""
        taken: list[RowTree] = []
        name = self._delete_stage(stage_id, keep=taken)
        self.coach.history.push(Change(undo_label("delete_stage", name=name),
                                       undo=lambda: self._restore_stage(taken[0]),
                                       redo=lambda: self._delete_stage(stage_id, expected=taken[0])))

    def _restore_stage(self, tree: RowTree) -> None:
        try:
            with self.coach.db.transaction() as session:
                restore_tree(session, tree)
        except IntegrityError as error:
            raise Conflict(_("A stage added since has this stage's name or place; nothing was changed.")) from error

    def _delete_stage(self, stage_id: int, *, keep: list[RowTree] | None = None,
                      expected: RowTree | None = None) -> str:
        with self.coach.db.transaction() as session:
            stage = self._stage(session, stage_id)
            tree = read_tree(session, "stage", stage_id)
            if expected is not None and tree.tables != expected.tables:
                raise Conflict(_('{stage_name} was changed by someone else since; their change is kept.',
                                 stage_name=stage.name))
            held = session.scalar(select(func.count()).select_from(Candidate).where(Candidate.stage_id == stage_id))
            if held:
                raise ValidationError({"stage": (
                    _('{stage_name} holds {held} candidate(s), archived ones included; move them to another stage '
                      'first.',
                      stage_name=stage.name, held=held)
                )})
            in_history = session.scalar(
                select(func.count()).select_from(StageMove)
                .where((StageMove.from_stage_id == stage_id) | (StageMove.to_stage_id == stage_id))
            )
            if in_history:
                raise ValidationError({"stage": (
                    _("{stage_name} is named in candidates' timelines (moves: {in_history}), so it stays; rename it "
                      "instead.",
                      stage_name=stage.name, in_history=in_history)
                )})
            remaining = session.scalar(
                select(func.count()).select_from(Stage).where(Stage.kind == "pipeline", Stage.id != stage_id)
            )
            if stage.kind == "pipeline" and not remaining:
                raise ValidationError({"stage": _('The pipeline needs at least one stage.')})
            session.delete(stage)
            if keep is not None:
                keep.append(tree)
            return stage.name

    @staticmethod
    def _stage(session: Session, stage_id: int) -> Stage:
        stage = session.get(Stage, stage_id)
        if stage is None:
            raise NotFound(_('That stage no longer exists.'))
        return stage

    @staticmethod
    def _valid_name(session: Session, name: str, stage_id: int | None = None) -> str:
        name = name.strip()
        if not name:
            raise ValidationError({"name": _('Give the stage a name.')})
        if len(name) > MAX_STAGE_NAME:
            raise ValidationError({"name": _('A stage name can be at most {max_stage_name} characters.',
                                             max_stage_name=MAX_STAGE_NAME)})
        for other_id, other in session.execute(select(Stage.id, Stage.name)):
            if other_id != stage_id and other.casefold() == name.casefold():
                raise ValidationError({"name": _('There is already a stage called {other}.', other=other)})
        return name
