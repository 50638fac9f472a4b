"""The knowledge-gap register: what agents struggle with, and the evidence linked to it (issue 20)."""

from __future__ import annotations

import builtins
import math
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from trainercoach.errors import Conflict, NotFound, ValidationError
from trainercoach.i18n import _
from trainercoach.models import (
    EVIDENCE_KINDS,
    FIGURE_KINDS,
    ActionItem,
    BusinessCase,
    CheckQuestion,
    ComprehensionCheck,
    FeedbackResponse,
    GapEvidence,
    KnowledgeGap,
    utcnow,
)
from trainercoach.records.gaps import (
    MAX_SOURCE,
    MAX_TEXT,
    EvidenceForm,
    GapDetail,
    GapForm,
    GapRow,
    LinkPick,
    QuestionPick,
)
from trainercoach.services import gap_evidence
from trainercoach.services.history import Change
from trainercoach.words import undo_label

if TYPE_CHECKING:
    from trainercoach.imports.figures_import import FiguresRead
    from trainercoach.services.coach import Coach

MAX_TOPIC = 200
LINKS = {"question": ("question_id", CheckQuestion), "check": ("check_id", ComprehensionCheck),
         "comment": ("response_id", FeedbackResponse), "action_item": ("action_item_id", ActionItem)}


def gap_errors(form: GapForm) -> dict[str, str]:
    errors: dict[str, str] = {}
    topic = form.topic.strip()
    if not topic:
        errors["topic"] = _('Name the topic agents struggle with.')
    elif len(topic) > MAX_TOPIC:
        errors["topic"] = _('A topic can be at most {max} characters.', max=MAX_TOPIC)
    if len(form.description) > MAX_TEXT:
        errors["description"] = _('A description can be at most {max} characters.', max=MAX_TEXT)
    return errors


def evidence_errors(form: EvidenceForm) -> dict[str, str]:
    errors: dict[str, str] = {}
    if form.kind not in EVIDENCE_KINDS:
        return {"kind": _('Choose what kind of evidence this is.')}
    if form.kind in LINKS and getattr(form, LINKS[form.kind][0]) is None:
        errors["link"] = _('Choose the record this evidence points to.')
    if form.kind == "figure":
        if form.figure_kind not in FIGURE_KINDS:
            errors["figure_kind"] = _('Choose a QA score, CSAT or a ticket volume.')
        if not form.source.strip():
            errors["source"] = _('Say where the figure comes from (a report, a tool, a team).')
        elif len(form.source.strip()) > MAX_SOURCE:
            errors["source"] = _('A source can be at most {max} characters.', max=MAX_SOURCE)
        if form.on_date is None:
            errors["on_date"] = _('Give the date the figure is for.')
        elif form.on_date > date.today():
            errors["on_date"] = _('The date cannot be in the future.')
        if not isinstance(form.value, int | float) or isinstance(form.value, bool) or not math.isfinite(form.value):
            errors["value"] = _('The figure is a number.')
        elif form.value < 0:
            errors["value"] = _('The figure cannot be below 0.')
    if form.agents is not None and (not isinstance(form.agents, int) or form.agents < 0):
        errors["agents"] = _('The number of agents is a whole number of 0 or more, or empty.')
    if len(form.note) > MAX_TEXT:
        errors["note"] = _('A note can be at most {max} characters.', max=MAX_TEXT)
    return errors


class GapService:
    def __init__(self, coach: Coach) -> None:
        self.coach = coach

    # -- reading ---------------------------------------------------------------------------------------
    def list(self, *, status: str | None = None) -> list[GapRow]:
        with self.coach.db.reading() as session:
            query = select(KnowledgeGap).order_by(KnowledgeGap.status.desc(), KnowledgeGap.topic, KnowledgeGap.id)
            if status is not None:
                query = query.where(KnowledgeGap.status == status)
            cases = dict(session.execute(select(BusinessCase.gap_id, func.count()).group_by(BusinessCase.gap_id))
                         .all())
            gaps = list(session.scalars(query))
            evidence_of = gap_evidence.counted_by_gap(session, [gap.id for gap in gaps])
            rows = []
            for gap in gaps:
                evidence = evidence_of[gap.id]
                rows.append(GapRow(gap.id, gap.topic, gap.status, len(evidence), gap_evidence.agents_touched(evidence),
                                   gap_evidence.trend(evidence), cases.get(gap.id, 0), gap.created_by,
                                   gap.created_at))
            return rows

    def get(self, gap_id: int) -> GapDetail:
        with self.coach.db.reading() as session:
            return self.get_in(session, gap_id)

    @staticmethod
    def get_in(session: Session, gap_id: int) -> GapDetail:
        """The gap inside a read the caller holds open (a report's one snapshot)."""
        gap = session.get(KnowledgeGap, gap_id)
        if gap is None:
            raise NotFound(_('This knowledge gap is no longer in the database.'))
        evidence = gap_evidence.evidence_rows(session, gap.id)
        return GapDetail(gap.id, GapForm(gap.topic, gap.description), gap.status, gap.version, gap.created_by,
                         gap.created_at, evidence, gap_evidence.agents_touched(evidence), gap_evidence.trend(evidence))

    def missed_questions(self, limit: int = 200) -> builtins.list[QuestionPick]:
        with self.coach.db.reading() as session:
            return gap_evidence.missed_questions(session, limit)

    def link_picks(self, limit: int = 200) -> builtins.list[LinkPick]:
        with self.coach.db.reading() as session:
            return gap_evidence.link_picks(session, limit)

    # -- gaps ------------------------------------------------------------------------------------------
    def add(self, form: GapForm, evidence: EvidenceForm | None = None) -> int:
        """A new gap (with its first piece of evidence, when given): one transaction."""
        owner = self.coach.settings.you()
        gap_id, evidence_id = self._add(form, evidence, owner)
        label = undo_label("add_gap", topic=form.topic.strip())
        self.coach.history.push(Change(label, undo=lambda: self._delete(gap_id),
                                       redo=lambda: self._add(form, evidence, owner, gap_id, evidence_id)))
        return gap_id

    def from_question(self, question_id: int) -> int:
        """A gap named after a check question most agents missed, the question as its first evidence."""
        with self.coach.db.reading() as session:
            question = session.get(CheckQuestion, question_id)
            if question is None:
                raise NotFound(_('This check question is no longer in the database.'))
            topic = (question.topic or question.text)[:MAX_TOPIC]
        return self.add(GapForm(topic), EvidenceForm("question", question_id=question_id))

    def _add(self, form: GapForm, evidence: EvidenceForm | None, owner: int | None, gap_id: int | None = None,
             evidence_id: int | None = None) -> tuple[int, int | None]:
        errors = gap_errors(form) | (evidence_errors(evidence) if evidence is not None else {})
        if errors:
            raise ValidationError(errors)
        with self.coach.db.transaction() as session:
            gap = KnowledgeGap(id=gap_id, topic=form.topic.strip(), description=form.description.strip(),
                               owner_id=owner, created_by=self.coach.actor)
            session.add(gap)
            session.flush()
            added = self._write_evidence(session, gap.id, evidence, evidence_id) if evidence is not None else None
            return gap.id, added

    def update(self, gap_id: int, form: GapForm, *, expected_version: int | None = None) -> None:
        before = self.get(gap_id)
        self._update(gap_id, form, before.version if expected_version is None else expected_version)
        self.coach.history.push(Change(
            undo_label("edit_gap", topic=form.topic.strip()),
            undo=lambda: self._update(gap_id, before.form, self.coach.db.written_version("knowledge_gap", gap_id)),
            redo=lambda: self._update(gap_id, form, self.coach.db.written_version("knowledge_gap", gap_id))))

    def _update(self, gap_id: int, form: GapForm, expected_version: int | None, status: str | None = None) -> None:
        errors = gap_errors(form)
        if errors:
            raise ValidationError(errors)
        with self.coach.db.transaction() as session:
            gap = self._locked(session, gap_id, expected_version)
            gap.topic, gap.description = form.topic.strip(), form.description.strip()
            if status is not None and status != gap.status:
                gap.status = status
                gap.closed_at = utcnow() if status == "closed" else None

    def set_status(self, gap_id: int, status: str) -> None:
        """Close a gap (its case has done its work, or it was not one) or open it again."""
        if status not in ("open", "closed"):
            raise ValidationError({"status": _('A gap is open or closed.')})
        before = self.get(gap_id)
        self._update(gap_id, before.form, before.version, status)
        topic = before.form.topic
        label = undo_label("close_gap", topic=topic) if status == "closed" else undo_label("reopen_gap", topic=topic)
        self.coach.history.push(Change(
            label,
            undo=lambda: self._update(gap_id, before.form, self.coach.db.written_version("knowledge_gap", gap_id),
                                      before.status),
            redo=lambda: self._update(gap_id, before.form, self.coach.db.written_version("knowledge_gap", gap_id),
                                      status)))

    def _delete(self, gap_id: int) -> None:
        with self.coach.db.transaction() as session:
            gap = self._locked(session, gap_id, self.coach.db.written_version("knowledge_gap", gap_id))
            if session.scalar(select(func.count()).where(BusinessCase.gap_id == gap_id)):
                raise Conflict(_('A business case was written for this gap since; the gap is kept.'))
            session.delete(gap)

    @staticmethod
    def _locked(session: Session, gap_id: int, expected_version: int | None) -> KnowledgeGap:
        gap = session.get(KnowledgeGap, gap_id)
        if gap is None:
            raise NotFound(_('This knowledge gap is no longer in the database.'))
        if expected_version is not None and gap.version != expected_version:
            raise Conflict(_('This knowledge gap was changed by someone else since; their change is kept.'),
                           current_version=gap.version)
        return gap

    # -- evidence --------------------------------------------------------------------------------------
    def add_evidence(self, gap_id: int, form: EvidenceForm) -> int:
        topic = self.get(gap_id).form.topic
        evidence_id = self._add_evidence(gap_id, form)
        self.coach.history.push(Change(undo_label("add_evidence", topic=topic),
                                       undo=lambda: self._remove_evidence(evidence_id),
                                       redo=lambda: self._add_evidence(gap_id, form, evidence_id)))
        return evidence_id

    def _add_evidence(self, gap_id: int, form: EvidenceForm, evidence_id: int | None = None) -> int:
        errors = evidence_errors(form)
        if errors:
            raise ValidationError(errors)
        with self.coach.db.transaction() as session:
            if session.get(KnowledgeGap, gap_id) is None:
                raise NotFound(_('This knowledge gap is no longer in the database.'))
            return self._write_evidence(session, gap_id, form, evidence_id)

    def _write_evidence(self, session: Session, gap_id: int, form: EvidenceForm, evidence_id: int | None) -> int:
        if form.kind in LINKS:
            column, model = LINKS[form.kind]
            if session.get(model, getattr(form, column)) is None:
                raise ValidationError({"link": _('The record this evidence points to is no longer there.')})
            same = getattr(GapEvidence, column) == getattr(form, column)
            duplicate = session.scalar(select(GapEvidence.id).where(GapEvidence.gap_id == gap_id, same))
            if duplicate is not None:
                raise ValidationError({"link": _('This record is already evidence of the gap.')})
        links = {column: getattr(form, column) if form.kind == kind else None for kind, (column, _m) in LINKS.items()}
        figure = form.kind == "figure"
        row = GapEvidence(id=evidence_id, gap_id=gap_id, kind=form.kind, **links,
                          figure_kind=form.figure_kind if figure else None,
                          source=form.source.strip() if figure else "",
                          on_date=form.on_date if figure else None, value=form.value if figure else None,
                          agents=form.agents if figure else None, note=form.note.strip(), added_by=self.coach.actor)
        session.add(row)
        session.flush()
        return row.id

    def remove_evidence(self, evidence_id: int) -> None:
        with self.coach.db.reading() as session:
            row = session.get(GapEvidence, evidence_id)
            if row is None:
                raise NotFound(_('This evidence is no longer in the database.'))
            gap_id = row.gap_id
            form = EvidenceForm(row.kind, row.question_id, row.check_id, row.response_id, row.action_item_id,
                                row.figure_kind, row.source, row.on_date, row.value, row.agents, row.note)
            gap = session.get(KnowledgeGap, gap_id)
            topic = gap.topic if gap is not None else ""
        self._remove_evidence(evidence_id)
        self.coach.history.push(Change(undo_label("remove_evidence", topic=topic),
                                       undo=lambda: self._add_evidence(gap_id, replace(form), evidence_id),
                                       redo=lambda: self._remove_evidence(evidence_id)))

    def _remove_evidence(self, evidence_id: int) -> None:
        with self.coach.db.transaction() as session:
            row = session.get(GapEvidence, evidence_id)
            if row is None:
                raise NotFound(_('This evidence is no longer in the database.'))
            session.delete(row)

    # -- outside figures from a file -------------------------------------------------------------------
    def import_figures(self, gap_id: int, path: str | Path, *, dry_run: bool = False) -> FiguresRead:
        """A file of outside figures (trainercoach.imports.figures_import) added to the gap as evidence: all rows
        in one transaction and one undo step, or none. Raises ImportRefused with every problem (line, column,
        why), NothingToImport for a file without figures, TableRefused for a file that is not a table. A dry run
        reads and checks the file, returns what it found, problems included, and writes nothing."""
        from trainercoach.imports.figures_import import read_figures
        from trainercoach.imports.problems import ImportRefused, NothingToImport, Problem

        topic = self.get(gap_id).form.topic  # NotFound, in words, before the file is read
        read = read_figures(path, self.coach.settings.import_limits())
        if read.ok:  # anything the row checks let through that the service would still refuse, at its line
            read.problems = [Problem(line, "", why) for form, line in zip(read.figures, read.lines, strict=True)
                             for why in evidence_errors(form).values()]
        if dry_run:
            return read
        if not read.ok:
            raise ImportRefused(read.problems, read.more_problems)
        if not read.figures:
            raise NothingToImport([], 0, _('There are no figures in this file; nothing was imported.'))
        forms = read.figures
        read.added = self._add_figures(gap_id, forms)
        added = list(read.added)
        self.coach.history.push(Change(undo_label("import_figures", topic=topic),
                                       undo=lambda: self._remove_figures(added),
                                       redo=lambda: self._add_figures(gap_id, forms, added)))
        return read

    def _add_figures(self, gap_id: int, forms: builtins.list[EvidenceForm],
                     ids: builtins.list[int] | None = None) -> builtins.list[int]:
        with self.coach.db.transaction() as session:
            if session.get(KnowledgeGap, gap_id) is None:
                raise NotFound(_('This knowledge gap is no longer in the database.'))
            return [self._write_evidence(session, gap_id, form, ids[i] if ids else None)
                    for i, form in enumerate(forms)]

    def _remove_figures(self, ids: builtins.list[int]) -> None:
        with self.coach.db.transaction() as session:
            for evidence_id in ids:
                row = session.get(GapEvidence, evidence_id)
                if row is None:
                    raise NotFound(_('This evidence is no longer in the database.'))
                session.delete(row)
