"""What a transaction wrote, as the windows need to know it: which kinds of record and which of them.

A window refreshes only the pages that show what changed (as Anki's OpChanges tell its screens). Declaring what
each action changes by hand, at every call site, drifts from what the service really does; so the core notes it
as it happens: every session's flush reports the rows it inserted, updated or deleted, and bulk statements report
their table. What a transaction wrote counts once it commits (a rollback forgets it), and reaches whoever is
collecting in that thread (``collecting()``), the GUI's operation wrapper, a test.

The same notes keep, per database, the version at which this app last wrote each versioned row (candidates,
sessions, observations, people): undo and redo pass it as the version they expect, so they refuse to overwrite
what someone else saved since, as a save does.

No Qt here: the core stays free of it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, event
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

# table -> (kind of record, the attribute holding that record's id, or None when the row names no one record).
# A row of a child table counts as a change of its parent record: a trait score changes its candidate.
KINDS: dict[str, tuple[str, str | None]] = {
    "candidate": ("candidate", "id"),
    "trait_score": ("candidate", "candidate_id"),
    "milestone": ("candidate", "candidate_id"),
    "stage_move": ("candidate", "candidate_id"),
    "person": ("person", "id"),
    "app_user": ("person", "person_id"),
    "stage": ("stage", "id"),
    "delivery": ("session", "id"),
    "delivery_observer": ("session", "delivery_id"),
    "training_asset": ("asset", "id"),
    "training_asset_version": ("asset", "asset_id"),
    "training_asset_feedback": ("asset", "asset_id"),
    "observation": ("observation", "id"),
    "observation_score": ("observation", "observation_id"),
    "action_item": ("action_item", "id"),
    "rubric": ("rubric", "id"),
    "rubric_version": ("rubric", "rubric_id"),
    "criterion": ("rubric", None),
    "anchor": ("rubric", None),
    "feedback_item": ("feedback_item", "id"),
    "feedback_import": ("feedback", None),
    "feedback_response": ("feedback", "id"),
    "feedback_answer": ("feedback", "response_id"),
    "import_preset": ("preset", "id"),
    "comprehension_check": ("comprehension", "id"),
    "comprehension_score": ("comprehension", "check_id"),
    "certification": ("certification", "id"),
    "certification_evidence": ("certification", "certification_id"),
    "mentor_signoff": ("certification", None),
    "setting": ("setting", None),
    "calibration_exercise": ("calibration", "id"),
    "calibration_target": ("calibration", "exercise_id"),
    "calibration_observer": ("calibration", "exercise_id"),
    "calibration_score": ("calibration", None),
    "calibration_reference": ("calibration", None),
    "capacity_plan": ("capacity_plan", "id"),
    "check_question": ("comprehension", "check_id"),
    "knowledge_gap": ("gap", "id"),
    "gap_evidence": ("gap", "gap_id"),
    "business_case": ("case", "id"),
    "case_step": ("case", "case_id"),
    "case_session": ("case", "case_id"),
}


def kind_of(table: str) -> str:
    return KINDS.get(table, (table, None))[0]


@dataclass(frozen=True)
class Changes:
    """What one operation changed: ``kinds`` of record, and per kind the ``ids`` known to have changed (bulk
    writes name their kind only). ``everything``: the whole database may differ (a restore, someone else's
    change on the team server, the person's Refresh)."""

    kinds: frozenset[str] = frozenset()
    ids: Mapping[str, frozenset[int]] = field(default_factory=dict, hash=False)
    everything: bool = False

    def touches(self, kinds: Iterable[str]) -> bool:
        """Whether something that shows ``kinds`` must be read again."""
        return self.everything or not self.kinds.isdisjoint(kinds)

    def __bool__(self) -> bool:
        return self.everything or bool(self.kinds)

    def __or__(self, other: Changes) -> Changes:
        ids = {kind: self.ids.get(kind, frozenset()) | other.ids.get(kind, frozenset())
               for kind in set(self.ids) | set(other.ids)}
        return Changes(self.kinds | other.kinds, ids, self.everything or other.everything)


NOTHING = Changes()
EVERYTHING = Changes(everything=True)


class Collector:
    """Gathers what the transactions committed in one thread while ``collecting()`` is open."""

    def __init__(self) -> None:
        self.kinds: set[str] = set()
        self.ids: dict[str, set[int]] = {}

    def add(self, kinds: set[str], ids: dict[str, set[int]]) -> None:
        self.kinds |= kinds
        for kind, found in ids.items():
            self.ids.setdefault(kind, set()).update(found)

    def changes(self) -> Changes:
        return Changes(frozenset(self.kinds), {kind: frozenset(found) for kind, found in self.ids.items()})


_collector: ContextVar[Collector | None] = ContextVar("trainercoach_collector", default=None)


@contextmanager
def collecting() -> Iterator[Collector]:
    """Collect what the transactions committed in this thread until the block ends (nested blocks each see
    what was committed inside them, and so does the outer one)."""
    outer = _collector.get()
    collector = Collector()
    token = _collector.set(collector)
    try:
        yield collector
    finally:
        _collector.reset(token)
        if outer is not None:
            outer.add(collector.kinds, collector.ids)


# -- the session events -----------------------------------------------------------------------------------
_PENDING = "trainercoach_written"


def _pending(session: Session) -> dict[str, Any]:
    pending: dict[str, Any] = session.info.setdefault(_PENDING, {"kinds": set(), "ids": {}, "versions": {},
                                                                 "versioned": []})
    return pending


def _note_row(pending: dict[str, Any], instance: object) -> None:
    state = sa_inspect(instance)
    mapper = state.mapper
    table = mapper.local_table.name if isinstance(mapper.local_table, Table) else str(mapper.local_table)
    kind, attribute = KINDS.get(table, (table, None))
    pending["kinds"].add(kind)
    if attribute is not None:
        value = state.dict.get(attribute)
        if isinstance(value, int):
            pending["ids"].setdefault(kind, set()).add(value)
    if mapper.version_id_col is not None:
        pending["versioned"].append(instance)


def _after_flush(session: Session, _context: object) -> None:
    pending = _pending(session)
    for instance in (*session.new, *session.dirty, *session.deleted):
        if instance in session.dirty and not session.is_modified(instance, include_collections=False):
            continue
        _note_row(pending, instance)


def _after_flush_postexec(session: Session, _context: object) -> None:
    """The versions the flush has just written (a new row has its id and first version only now)."""
    pending = _pending(session)
    versioned, pending["versioned"] = pending["versioned"], []
    for instance in versioned:
        state = sa_inspect(instance)
        if state.identity is None or len(state.identity) != 1:
            continue
        key = (state.mapper.local_table.name, state.identity[0])
        if state.deleted or state.was_deleted or state.detached:
            pending["versions"][key] = None
        else:
            prop = state.mapper.get_property_by_column(state.mapper.version_id_col)
            pending["versions"][key] = state.dict.get(prop.key)


def _do_orm_execute(execute_state: ORMExecuteState) -> None:
    """A bulk statement (``session.execute(insert(table), rows)``, ``delete(Model).where(...)``) names its table."""
    if not (execute_state.is_insert or execute_state.is_update or execute_state.is_delete):
        return
    table = getattr(execute_state.statement, "table", None)
    name = getattr(table, "name", None)
    if isinstance(name, str):
        _pending(execute_state.session)["kinds"].add(kind_of(name))


def install(sessions: sessionmaker[Session], written_versions: dict[tuple[str, Any], int | None]) -> None:
    """Note what every session made by ``sessions`` writes; committed versions go to ``written_versions``."""

    def after_commit(session: Session) -> None:
        pending = session.info.pop(_PENDING, None)
        if not pending:
            return
        for key, version in pending["versions"].items():
            if version is None:
                written_versions.pop(key, None)
            else:
                written_versions[key] = version
        collector = _collector.get()
        if collector is not None:
            collector.add(pending["kinds"], pending["ids"])

    def after_rollback(session: Session) -> None:
        session.info.pop(_PENDING, None)

    event.listen(sessions, "after_flush", _after_flush)
    event.listen(sessions, "after_flush_postexec", _after_flush_postexec)
    event.listen(sessions, "do_orm_execute", _do_orm_execute)
    event.listen(sessions, "after_commit", after_commit)
    event.listen(sessions, "after_soft_rollback", lambda session, _previous: after_rollback(session))


__all__ = ["Changes", "Collector", "EVERYTHING", "KINDS", "NOTHING", "collecting", "install", "kind_of"]
