"""Comprehension checks per session: each anonymous trainee's score before, after, and at a retention check."""

from __future__ import annotations

import math
from dataclasses import replace
from typing import TYPE_CHECKING

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from trainercoach.errors import Conflict, NotFound, ValidationError
from trainercoach.i18n import _
from trainercoach.models import CHECK_KINDS, CheckQuestion, ComprehensionCheck, ComprehensionScore, Delivery
from trainercoach.records.comprehension import CheckForm, CheckRecord, QuestionResult, ScoreEntry
from trainercoach.services.history import Change
from trainercoach.words import undo_label

if TYPE_CHECKING:
    from trainercoach.services.coach import Coach

MAX_TRAINEE = 40
MAX_QUESTION = 300
MAX_QUESTION_TOPIC = 200


def check_errors(form: CheckForm) -> dict[str, str]:
    errors: dict[str, str] = {}
    if form.kind not in CHECK_KINDS:
        errors["kind"] = _('Choose a daily quiz, a practical task test or an oral exam.')
    if form.max_score is not None and (not _number(form.max_score) or form.max_score <= 0):
        errors["max_score"] = _('The maximum score is a number above 0, or empty when there is none.')
    if len(form.title) > 300:
        errors["title"] = _('A title can be at most 300 characters.')
    if form.held_on and form.retention_on and form.retention_on < form.held_on:
        errors["retention_on"] = _('The retention check comes after the check itself.')
    seen: set[str] = set()
    for line, score in enumerate(form.scores, start=1):
        label = score.trainee.strip()
        where = _("Trainee {label}", label=label or line)
        if not label:
            errors[f"score:{line}"] = _('Row {line}: give the trainee an anonymous label, such as T{line:02d}.',
                                        line=line)
            continue
        if len(label) > MAX_TRAINEE:
            errors[f"score:{line}"] = _('Row {line}: a trainee label can be at most {max_trainee} characters.',
                                        line=line, max_trainee=MAX_TRAINEE)
            continue
        if label.casefold() in seen:
            errors[f"score:{line}"] = _('{where} appears twice.', where=where)
            continue
        seen.add(label.casefold())
        for name, value in ((_("before"), score.pre), (_("after"), score.post), (_("retention"), score.retention)):
            if value is None:
                continue
            if not _number(value) or value < 0:
                errors[f"score:{line}"] = _('{where}: the {name} score must be a number of 0 or more.',
                                            where=where, name=name)
            elif form.max_score is not None and _number(form.max_score) and value > form.max_score:
                errors[f"score:{line}"] = (_('{where}: the {name} score {value:g} is above the maximum '
                                             '{form_max_score:g}.',
                                             where=where, name=name, value=value, form_max_score=form.max_score))
    errors.update(question_errors(form.questions))
    return errors


def question_errors(questions: list[QuestionResult]) -> dict[str, str]:
    """Each question's counts: whole numbers, right answers no more than answers."""
    errors: dict[str, str] = {}
    for line, question in enumerate(questions, start=1):
        key = f"question:{line}"
        if not question.text.strip():
            errors[key] = _('Question {line}: write the question (or a short name for it).', line=line)
        elif len(question.text.strip()) > MAX_QUESTION:
            errors[key] = _('Question {line}: a question can be at most {max} characters.', line=line,
                            max=MAX_QUESTION)
        elif len(question.topic.strip()) > MAX_QUESTION_TOPIC:
            errors[key] = _('Question {line}: a topic can be at most {max} characters.', line=line,
                            max=MAX_QUESTION_TOPIC)
        elif not all(isinstance(n, int) and not isinstance(n, bool) and n >= 0
                     for n in (question.answered, question.correct)):
            errors[key] = _('Question {line}: the counts are whole numbers of 0 or more.', line=line)
        elif question.correct > question.answered:
            errors[key] = _('Question {line}: {correct} right answers out of {answered} answers cannot be.',
                            line=line, correct=question.correct, answered=question.answered)
    return errors


def _number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


class ComprehensionService:
    def __init__(self, coach: Coach) -> None:
        self.coach = coach

    def for_delivery(self, delivery_id: int) -> list[CheckRecord]:
        with self.coach.db.reading() as session:
            return self.for_delivery_in(session, delivery_id)

    def for_delivery_in(self, session: Session, delivery_id: int) -> list[CheckRecord]:
        """The same, inside a read the caller holds open (one snapshot, one transaction)."""
        checks = session.scalars(select(ComprehensionCheck).where(ComprehensionCheck.delivery_id == delivery_id)
                                 .order_by(ComprehensionCheck.held_on, ComprehensionCheck.id)).all()
        return [CheckRecord(c.id, self._form(session, c)) for c in checks]

    def get(self, check_id: int) -> CheckRecord:
        with self.coach.db.reading() as session:
            check = session.get(ComprehensionCheck, check_id)
            if check is None:
                raise NotFound(_('This comprehension check is no longer in the database.'))
            return CheckRecord(check.id, self._form(session, check))

    @staticmethod
    def _form(session: Session, check: ComprehensionCheck) -> CheckForm:
        scores = session.scalars(select(ComprehensionScore).where(ComprehensionScore.check_id == check.id)
                                 .order_by(ComprehensionScore.id))
        questions = session.scalars(select(CheckQuestion).where(CheckQuestion.check_id == check.id)
                                    .order_by(CheckQuestion.position, CheckQuestion.id))
        return CheckForm(check.delivery_id, check.kind, check.title, check.max_score, check.held_on,
                         check.retention_on, [ScoreEntry(s.trainee, s.pre, s.post, s.retention) for s in scores],
                         [QuestionResult(q.text, q.answered, q.correct, q.topic) for q in questions])

    def save(self, form: CheckForm, check_id: int | None = None) -> int:
        """Add or replace a check with all its scores: one transaction, all rows or none."""
        before = self.get(check_id).form if check_id is not None else None
        saved = self._save(form, check_id)
        # A check has no version column: undo and redo compare the check with what this app left it as, and
        # refuse (as a save of a versioned record does) to overwrite what someone else saved since.
        mine = written(form)
        if before is None:
            self.coach.history.push(Change(undo_label("add_check"), undo=lambda: self._delete(saved, mine),
                                           redo=lambda: self._save(form, None, saved)))
        else:
            theirs = written(before)
            self.coach.history.push(Change(undo_label("edit_check"),
                                           undo=lambda: self._save(before, saved, expected=mine),
                                           redo=lambda: self._save(form, saved, expected=theirs)))
        return saved

    def _save(self, form: CheckForm, check_id: int | None, new_id: int | None = None,
              expected: CheckForm | None = None) -> int:
        """``expected``: the check as this app last left it (undo, redo); anything else is someone else's change."""
        errors = check_errors(form)
        if errors:
            raise ValidationError(errors)
        with self.coach.db.transaction() as session:
            if session.get(Delivery, form.delivery_id) is None:
                raise NotFound(_('This session is no longer in the database.'))
            if check_id is None:
                check = ComprehensionCheck(id=new_id, delivery_id=form.delivery_id)
                session.add(check)
            else:
                found = session.get(ComprehensionCheck, check_id)
                if found is None:
                    raise NotFound(_('This comprehension check is no longer in the database.'))
                self._check_unchanged(session, found, expected)
                check = found
            check.kind, check.title, check.max_score = form.kind, form.title.strip(), form.max_score
            check.held_on, check.retention_on = form.held_on, form.retention_on
            session.flush()
            session.execute(delete(ComprehensionScore).where(ComprehensionScore.check_id == check.id))
            for score in form.scores:
                session.add(ComprehensionScore(check_id=check.id, trainee=score.trainee.strip(), pre=score.pre,
                                               post=score.post, retention=score.retention))
            _write_questions(session, check.id, form.questions)
            return check.id

    def delete(self, check_id: int) -> None:
        before = self.get(check_id).form
        self._delete(check_id)
        self.coach.history.push(Change(undo_label("delete_check"), undo=lambda: self._save(before, None, check_id),
                                       redo=lambda: self._delete(check_id, written(before))))

    def _delete(self, check_id: int, expected: CheckForm | None = None) -> None:
        with self.coach.db.transaction() as session:
            check = session.get(ComprehensionCheck, check_id)
            if check is None:
                raise NotFound(_('This comprehension check is no longer in the database.'))
            self._check_unchanged(session, check, expected)
            session.delete(check)

    def _check_unchanged(self, session: Session, check: ComprehensionCheck, expected: CheckForm | None) -> None:
        if expected is not None and self._form(session, check) != expected:
            raise Conflict(_('This comprehension check was changed by someone else since; their change is kept.'))


def _write_questions(session: Session, check_id: int, questions: list[QuestionResult]) -> None:
    """Replace a check's questions. Those a gap links to keep their row (and so the link) when they are still
    there by position; the rest are written anew."""
    kept = {q.position: q for q in session.scalars(select(CheckQuestion).where(CheckQuestion.check_id == check_id))}
    for position, question in enumerate(questions, start=1):
        row = kept.pop(position, None)
        if row is None:
            row = CheckQuestion(check_id=check_id, position=position)
            session.add(row)
        row.text, row.topic = question.text.strip(), question.topic.strip()
        row.answered, row.correct = question.answered, question.correct
    for row in kept.values():
        session.delete(row)


def written(form: CheckForm) -> CheckForm:
    """The form as ``_save`` writes it (title and labels trimmed), to compare with what is read back."""
    return replace(form, title=form.title.strip(),
                   scores=[replace(score, trainee=score.trainee.strip()) for score in form.scores],
                   questions=[replace(q, text=q.text.strip(), topic=q.topic.strip()) for q in form.questions])
