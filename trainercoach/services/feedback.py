"""Trainee feedback: the items asked, anonymous answers from typing, the kiosk, paper or an import."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import Table, func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from trainercoach.db import team
from trainercoach.db.bulk import insert_columns
from trainercoach.errors import Conflict, NotFound, TrainerCoachError, ValidationError
from trainercoach.i18n import _
from trainercoach.models import (
    ITEM_KINDS,
    SOURCES,
    Delivery,
    FeedbackAnswer,
    FeedbackImport,
    FeedbackItem,
    FeedbackResponse,
    ImportPreset,
)
from trainercoach.models.base import utcnow
from trainercoach.records.feedback import CommentRecord, FeedbackEntry, FeedbackItemRecord, ImportRecord, ResponseRecord
from trainercoach.services.history import Change
from trainercoach.services.row_tree import RowTree, delete_tree, read_tree, restore_tree
from trainercoach.services.text import name_taken
from trainercoach.words import undo_label

if TYPE_CHECKING:
    from trainercoach.services.coach import Coach

MAX_COMMENT = 20_000


def fingerprint(tree: RowTree) -> int:
    """A sum of each form's and answer's hash: the same whatever order the rows come in, so an import adds it up
    as it writes its batches and an undo from what it reads back; another value means someone changed, added or
    deleted a form or an answer of the import since. (Python's hash: the history lives in this process.)"""
    form, delivery, comment = (tree.column("feedback_response", c) for c in ("id", "delivery_id", "comment"))
    response, item, value = (tree.column("feedback_answer", c) for c in ("response_id", "item_id", "value"))
    return (sum(hash((r[form], r[delivery], r[comment])) for r in tree.rows("feedback_response"))
            + sum(hash((a[response], a[item], a[value])) for a in tree.rows("feedback_answer"))) % PRINT_MOD


PRINT_MOD = 2 ** 64
def entry_errors(entry: FeedbackEntry, items: dict[str, FeedbackItemRecord]) -> dict[str, str]:
    """What is wrong with one trainee's answers, keyed by item (or "comment")."""
    errors: dict[str, str] = {}
    for key, value in entry.answers.items():
        item = items.get(key)
        if item is None:
            errors[key] = _('There is no feedback item {key!r}.', key=key)
            continue
        if value is None:
            continue
        low, high = item.range
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            errors[key] = _('{item_label}: answer from {low} to {high}, or leave it blank.',
                            item_label=item.label, low=low, high=high)
    if len(entry.comment) > MAX_COMMENT:
        errors["comment"] = _('A comment can be at most {max_comment} characters.', max_comment=MAX_COMMENT)
    if not errors and not entry.comment.strip() and all(v is None for v in entry.answers.values()):
        errors["form"] = _('This form is empty: answer at least one question or write a comment.')
    return errors


def slug(label: str) -> str:
    text = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "_", text).strip("_")[:40]


class DuplicateImport(TrainerCoachError):
    """The same file (by content) was imported before; ``earlier`` says when, where and by whom."""

    def __init__(self, earlier: ImportRecord) -> None:
        self.earlier = earlier
        super().__init__(
            _("This file was already imported on {when} by {who} into session {session} ({count} forms). Import it "
              "again only if it really holds other forms.", when=f"{earlier.imported_at:%Y-%m-%d %H:%M}",
              who=earlier.imported_by, session=earlier.delivery_id, count=earlier.rows)
        )


class FeedbackService:
    def __init__(self, coach: Coach) -> None:
        self.coach = coach

    # -- items -----------------------------------------------------------------------------------
    def items(self, *, active_only: bool = True) -> list[FeedbackItemRecord]:
        with self.coach.db.reading() as session:
            return self.items_in(session, active_only=active_only)

    def items_in(self, session: Session, *, active_only: bool = True) -> list[FeedbackItemRecord]:
        """The same, inside a read the caller holds open (one snapshot, one transaction)."""
        query = select(FeedbackItem).order_by(FeedbackItem.position, FeedbackItem.id)
        if active_only:
            query = query.where(FeedbackItem.active.is_(True))
        return [FeedbackItemRecord(i.id, i.key, i.label, i.kind, i.position, i.active)
                for i in session.scalars(query)]

    def add_item(self, label: str, kind: str = "likert") -> int:
        """An item a lead adds to the defaults; it is asked from now on, earlier forms simply lack it."""
        label = label.strip()
        if not label:
            raise ValidationError({"label": _('Write the question trainees will answer.')})
        if len(label) > 300:
            raise ValidationError({"label": _('A question can be at most 300 characters.')})
        if kind not in ITEM_KINDS:
            raise ValidationError({"kind": _('Choose a 1-5 agreement scale or a 0-10 recommendation scale.')})
        with self.coach.db.transaction() as session:
            if name_taken(session, FeedbackItem.label, label):
                raise ValidationError({"label": _('This question is already asked.')})
            base = slug(label) or "item"
            key, n = base, 1
            while session.scalar(select(FeedbackItem.id).where(FeedbackItem.key == key)):
                n += 1
                key = f"{base}_{n}"
            position = (session.scalar(select(func.max(FeedbackItem.position))) or 0) + 1
            item = FeedbackItem(key=key, label=label, kind=kind, position=position, active=True)
            session.add(item)
            session.flush()
            return item.id

    def set_item_active(self, item_id: int, active: bool) -> None:
        with self.coach.db.transaction() as session:
            item = session.get(FeedbackItem, item_id)
            if item is None:
                raise NotFound(_('This feedback item is no longer in the database.'))
            item.active = active

    def _item_map(self, session: Session) -> dict[str, FeedbackItemRecord]:
        return {i.key: FeedbackItemRecord(i.id, i.key, i.label, i.kind, i.position, i.active)
                for i in session.scalars(select(FeedbackItem))}

    # -- responses -------------------------------------------------------------------------------
    def add_response(self, delivery_id: int, entry: FeedbackEntry, source: str = "typed") -> int:
        ids = self.add_responses(delivery_id, [entry], source)
        return ids[0]

    def add_responses(self, delivery_id: int, entries: list[FeedbackEntry], source: str = "paper") -> list[int]:
        """Several forms at once (a pile of paper, a kiosk round): all are saved, or none."""
        ids = self._insert(delivery_id, entries, source)
        self.coach.history.push(Change(
            undo_label("add_feedback", count=len(ids)), undo=lambda: self._delete(ids, delivery_id, entries),
            redo=lambda: self._insert(delivery_id, entries, source, ids),
        ))
        return ids

    def _insert(self, delivery_id: int, entries: list[FeedbackEntry], source: str,
                ids: list[int] | None = None) -> list[int]:
        if source not in SOURCES:
            raise ValidationError({"source": _('Unknown source of feedback.')})
        with self.coach.db.transaction() as session:
            if session.get(Delivery, delivery_id) is None:
                raise NotFound(_('This session is no longer in the database.'))
            items = self._item_map(session)
            problems = {}
            for number, entry in enumerate(entries, start=1):
                errors = entry_errors(entry, items)
                if errors:
                    problems[f"form:{number}"] = _("Form {number}: ", number=number) + " ".join(errors.values())
            if problems:
                raise ValidationError(problems)
            written = []
            for position, entry in enumerate(entries):
                response = FeedbackResponse(id=ids[position] if ids else None, delivery_id=delivery_id,
                                            source=source, comment=entry.comment)
                session.add(response)
                session.flush()
                written.append(response.id)
                for key, value in entry.answers.items():
                    if value is not None:
                        session.add(FeedbackAnswer(response_id=response.id, item_id=items[key].id, value=value))
            return written

    def _delete(self, response_ids: list[int], delivery_id: int, entries: list[FeedbackEntry]) -> None:
        """Undo of adding forms: they go only if they are still as this app wrote them (forms have no version);
        if someone else changed or deleted one since, their change is kept and nothing is taken back."""
        with self.coach.db.transaction() as session:
            keys = {i.id: i.key for i in session.scalars(select(FeedbackItem))}
            for response_id, entry in zip(response_ids, entries, strict=True):
                response = session.get(FeedbackResponse, response_id)
                answers = {keys[item_id]: value for item_id, value in session.execute(
                    select(FeedbackAnswer.item_id, FeedbackAnswer.value)
                    .where(FeedbackAnswer.response_id == response_id))}
                if (response is None or response.delivery_id != delivery_id or response.comment != entry.comment
                        or answers != {key: value for key, value in entry.answers.items() if value is not None}):
                    raise Conflict(_('These feedback forms were changed or deleted by someone else since; their '
                                     'change is kept and nothing was taken back.'))
                session.delete(response)

    def responses(self, delivery_id: int) -> list[ResponseRecord]:
        with self.coach.db.reading() as session:
            keys = {i.id: i.key for i in session.scalars(select(FeedbackItem))}
            answers: dict[int, dict[str, int]] = {}
            for response_id, item_id, value in session.execute(
                select(FeedbackAnswer.response_id, FeedbackAnswer.item_id, FeedbackAnswer.value)
                .join(FeedbackResponse, FeedbackResponse.id == FeedbackAnswer.response_id)
                .where(FeedbackResponse.delivery_id == delivery_id)
            ):
                answers.setdefault(response_id, {})[keys[item_id]] = value
            return [
                ResponseRecord(r.id, r.source, answers.get(r.id, {}), r.comment, r.created_at)
                for r in session.scalars(select(FeedbackResponse).where(FeedbackResponse.delivery_id == delivery_id)
                                         .order_by(FeedbackResponse.id))
            ]

    def comments(self, *, candidate_id: int | None = None, delivery_id: int | None = None,
                 limit: int | None = None) -> tuple[list[CommentRecord], int]:
        """Trainees' written comments, newest session first, and how many there are in all: a report prints a
        selection and says what it was selected from."""
        with self.coach.db.reading() as session:
            return self.comments_in(session, candidate_id=candidate_id, delivery_id=delivery_id, limit=limit)

    def comments_in(self, session: Session, *, candidate_id: int | None = None, delivery_id: int | None = None,
                 limit: int | None = None) -> tuple[list[CommentRecord], int]:
        """The same, inside a read the caller holds open (one snapshot, one transaction)."""
        query = (select(FeedbackResponse.id, Delivery.id, Delivery.starts_at, Delivery.topic, FeedbackResponse.comment)
                 .join(Delivery, Delivery.id == FeedbackResponse.delivery_id)
                 .where(func.length(func.trim(FeedbackResponse.comment)) > 0))
        if candidate_id is not None:
            query = query.where(Delivery.candidate_id == candidate_id)
        if delivery_id is not None:
            query = query.where(Delivery.id == delivery_id)
        total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
        query = query.order_by(Delivery.starts_at.desc(), FeedbackResponse.id)
        if limit is not None:
            query = query.limit(limit)
        return [CommentRecord(*row) for row in session.execute(query)], total

    def count(self, delivery_id: int) -> int:
        with self.coach.db.reading() as session:
            return session.scalar(select(func.count()).select_from(FeedbackResponse)
                                  .where(FeedbackResponse.delivery_id == delivery_id)) or 0

    # -- imports ---------------------------------------------------------------------------------
    def earlier_import(self, sha256: str) -> ImportRecord | None:
        """The same file imported before (to any session), so the person can be asked before a second time."""
        with self.coach.db.reading() as session:
            return self._earlier_import(session, sha256)

    @staticmethod
    def _earlier_import(session: Session, sha256: str, delivery_id: int | None = None) -> ImportRecord | None:
        query = select(FeedbackImport).where(FeedbackImport.sha256 == sha256)
        if delivery_id is not None:
            query = query.where(FeedbackImport.delivery_id == delivery_id)
        found = session.scalars(query.order_by(FeedbackImport.id.desc()).limit(1)).first()
        if found is None:
            return None
        return ImportRecord(found.id, found.delivery_id, found.file_name, found.rows, found.imported_at,
                            found.imported_by)

    def write_import(self, delivery_id: int, file_name: str, sha256: str, entries: Iterable[FeedbackEntry],
                     preset: str = "", batch: int = 5000, *, deliberate_repeat: bool = False) -> int:
        """Write an import already checked row by row: one transaction, in batches, so a large file streams
        through without its rows all being held at once. Returns the number of forms written.

        Unless ``deliberate_repeat`` (the person was told and chose to import it again), a file already imported
        is refused (DuplicateImport): checked again inside this transaction, and by the database's unique index
        for the same session, so two imports of one file started at the same moment land once."""
        try:
            written, import_id, printed = self._write_import(delivery_id, file_name, sha256, entries, preset, batch,
                                                             deliberate_repeat)
        except IntegrityError as error:
            if deliberate_repeat:
                raise
            with self.coach.db.reading() as session:
                earlier = self._earlier_import(session, sha256, delivery_id)
            if earlier is None:  # some other constraint: a bug, not the person's doing
                raise
            raise DuplicateImport(earlier) from error
        kept: list[RowTree] = []
        self.coach.history.push(Change(undo_label("import_feedback", file=file_name),
                                       undo=lambda: self._unimport(import_id, printed, kept),
                                       redo=lambda: self._reimport(kept[-1])))
        return written

    def _unimport(self, import_id: int, printed: int, kept: list[RowTree]) -> None:
        """Undo of an import: its forms, their answers and its record go, in one statement each (the same file can
        then be imported again); refused, changing nothing, if someone changed, added or deleted one since."""
        with self.coach.db.transaction() as session:
            if session.get(FeedbackImport, import_id) is None:
                raise Conflict(_('This import was taken back or deleted by someone else since; nothing was changed.'))
            tree = read_tree(session, "feedback_import", import_id)
            if fingerprint(tree) != printed:
                raise Conflict(_('Forms of this import were changed, added or deleted by someone else since; their '
                                 'change is kept and nothing was taken back.'))
            delete_tree(session, "feedback_import", import_id)
        kept[:] = [tree]

    def _reimport(self, tree: RowTree) -> None:
        """Redo of an import: the same forms with the same ids, without reading the file again."""
        record = dict(zip(tree.tables[0].columns, tree.rows("feedback_import")[0], strict=True))
        try:
            with self.coach.db.transaction() as session:
                if session.get(Delivery, record["delivery_id"]) is None:
                    raise NotFound(_('This session is no longer in the database.'))
                if not record["deliberate_repeat"] and self._earlier_import(session, record["sha256"],
                                                                            record["delivery_id"]):
                    raise Conflict(_('This file was imported into the session again since; putting its forms back '
                                     'would count them twice, so nothing was changed.'))
                restore_tree(session, tree)
        except IntegrityError as error:
            raise Conflict(_('Feedback forms were added since in the places of this import\'s forms; nothing was '
                             'put back.')) from error

    def _write_import(self, delivery_id: int, file_name: str, sha256: str, entries: Iterable[FeedbackEntry],
                      preset: str, batch: int, deliberate_repeat: bool) -> tuple[int, int, int]:
        """(forms written, the import's id, the fingerprint of what it wrote)."""
        with self.coach.db.transaction() as session:
            if session.get(Delivery, delivery_id) is None:
                raise NotFound(_('This session is no longer in the database.'))
            if not deliberate_repeat:
                earlier = self._earlier_import(session, sha256)
                if earlier is not None:
                    raise DuplicateImport(earlier)
            items = self._item_map(session)
            record = FeedbackImport(delivery_id=delivery_id, file_name=file_name, sha256=sha256, preset=preset,
                                    rows=0, imported_by=self.coach.actor, deliberate_repeat=deliberate_repeat)
            session.add(record)
            session.flush()  # the unique index refuses a second import of the file here, before any form
            written = printed = 0
            pending: list[FeedbackEntry] = []

            table = cast(Table, FeedbackResponse.__table__)  # declared FromClause; a mapped class's is a Table
            # SQLite has one writer at a time and this transaction holds the lock already (the import record is
            # written), so the ids can be chosen here: one executemany per batch. Asking for them back in order
            # (RETURNING) makes SQLAlchemy send SQLite one statement per row, a third of a large import's time.
            dialect = session.get_bind().dialect.name
            chosen = dialect == "sqlite"
            next_id = (session.scalar(select(func.max(FeedbackResponse.id))) or 0) + 1 if chosen else 0
            # PostgreSQL: each batch is two statements whatever its size (``insert_columns``), its forms' ids
            # taken from the sequence first, in one call, as the rows' own defaults would have taken them.
            sequence = session.scalar(select(func.pg_get_serial_sequence(table.name, "id"))) \
                if dialect == "postgresql" else None

            def flush() -> None:
                nonlocal next_id, printed
                now = utcnow()
                responses = [{"delivery_id": delivery_id, "source": "import", "import_id": record.id,
                              "comment": e.comment, "created_at": e.answered_at or now} for e in pending]
                # Core inserts (the tables, not the classes): the ORM's bulk path costs more than SQLite itself.
                if chosen:
                    ids = list(range(next_id, next_id + len(responses)))
                    next_id += len(responses)
                    for response_id, response in zip(ids, responses, strict=True):
                        response["id"] = response_id
                    session.execute(insert(table), responses)
                elif sequence is not None:
                    ids = sorted(session.scalars(select(func.nextval(sequence))
                                                 .select_from(func.generate_series(1, len(pending)))))
                    insert_columns(session, table, {"id": ids, "comment": [r["comment"] for r in responses],
                                                    "created_at": [r["created_at"] for r in responses]},
                                   {"delivery_id": delivery_id, "source": "import", "import_id": record.id})
                else:
                    returning = insert(table).returning(table.c.id, sort_by_parameter_order=True)
                    ids = list(session.scalars(returning, responses))
                answers = [(rid, items[key].id, value)
                           for rid, entry in zip(ids, pending, strict=True)
                           for key, value in entry.answers.items() if value is not None]
                printed += sum(hash((rid, delivery_id, e.comment)) for rid, e in zip(ids, pending, strict=True))
                printed += sum(map(hash, answers))  # (response, item, value), as fingerprint() reads them back
                if answers and chosen:
                    # Plain integers for SQLite's driver as they are, without SQLAlchemy's work per row.
                    session.connection().exec_driver_sql(
                        "INSERT INTO feedback_answer (response_id, item_id, value) VALUES (?, ?, ?)", answers)
                elif answers and sequence is not None:
                    response_ids, item_ids, values = zip(*answers, strict=True)
                    insert_columns(session, cast(Table, FeedbackAnswer.__table__),
                                   {"response_id": response_ids, "item_id": item_ids, "value": values})
                elif answers:
                    session.execute(insert(cast(Table, FeedbackAnswer.__table__)),
                                    [{"response_id": r, "item_id": i, "value": v} for r, i, v in answers])
                pending.clear()

            for entry in entries:
                errors = entry_errors(entry, items)
                if errors:
                    raise ValidationError({f"row:{written + len(pending) + 1}": " ".join(errors.values())})
                pending.append(entry)
                if len(pending) >= batch:
                    written += len(pending)
                    flush()
            if pending:
                written += len(pending)
                flush()
            record.rows = written
            return written, record.id, printed % PRINT_MOD

    # -- presets ---------------------------------------------------------------------------------
    def presets(self) -> list[str]:
        with self.coach.db.reading() as session:
            return list(session.scalars(select(ImportPreset.name).order_by(ImportPreset.name)))

    def preset(self, name: str) -> dict[str, Any]:
        with self.coach.db.reading() as session:
            found = session.scalar(select(ImportPreset).where(ImportPreset.name == name))
            if found is None:
                raise NotFound(_('There is no import preset called {name!r}.', name=name))
            mapping: dict[str, Any] = json.loads(found.mapping)
            return mapping

    def save_preset(self, name: str, mapping: dict[str, Any]) -> None:
        """Keep a column mapping under a name; saving under an existing name replaces it."""
        name = name.strip()
        if not name:
            raise ValidationError({"name": _('Give the preset a name, e.g. the survey tool it is for.')})
        if len(name) > 200:
            raise ValidationError({"name": _('A preset name can be at most 200 characters.')})
        with self.coach.db.transaction() as session:
            found = session.scalar(select(ImportPreset).where(ImportPreset.name == name))
            text = json.dumps(mapping, ensure_ascii=False, sort_keys=True)
            if found is not None:
                self._may_change_preset(session, found)
            if found is None:
                session.add(ImportPreset(name=name, mapping=text))
            else:
                found.mapping = text

    def delete_preset(self, name: str) -> None:
        with self.coach.db.transaction() as session:
            found = session.scalar(select(ImportPreset).where(ImportPreset.name == name))
            if found is None:
                raise NotFound(_('There is no import preset called {name!r}.', name=name))
            self._may_change_preset(session, found)
            session.delete(found)

    def _may_change_preset(self, session: Session, preset: ImportPreset) -> None:
        """On a team server a shared preset (one a lead saved) is the leads' to change; a trainer's own is
        theirs. The database refuses it anyway (0007); this says so in words first."""
        if preset.owner_person_id is None and self.coach.db.is_postgresql \
                and team.connected(session).role == "trainer":
            raise ValidationError({"name": _('{name} is shared by the team; only a lead changes it. Save your '
                                             'mapping under another name.', name=preset.name)})
