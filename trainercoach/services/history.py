"""Undo and redo of a person's actions, kept in the core so tests and windows share one behaviour."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from trainercoach.words import Phrase


@dataclass
class Change:
    """One undoable action: how to take it back and how to make it again, each one transaction. The label is a
    ``words.undo(...)`` phrase (one of words.UNDO), translated each time it is shown. What undo and redo return is
    ignored (they are often the service calls themselves, which return the row they wrote)."""

    label: Phrase
    undo: Callable[[], object]
    redo: Callable[[], object]


@dataclass
class History:
    limit: int = 200
    _done: list[Change] = field(default_factory=list)
    _undone: list[Change] = field(default_factory=list)
    listeners: list[Callable[[], None]] = field(default_factory=list)

    def push(self, change: Change) -> None:
        self._done.append(change)
        del self._done[: -self.limit]
        self._undone.clear()
        self._notify()

    @property
    def can_undo(self) -> bool:
        return bool(self._done)

    @property
    def can_redo(self) -> bool:
        return bool(self._undone)

    @property
    def undo_label(self) -> str:
        """What Edit ▸ Undo would take back, in the language current now (not when the action was done)."""
        return str(self._done[-1].label) if self._done else ""

    @property
    def redo_label(self) -> str:
        return str(self._undone[-1].label) if self._undone else ""

    def undo(self) -> str:
        """Take back the last action; if that fails (someone changed it since) the entry is dropped."""
        change = self._done.pop()
        try:
            change.undo()
        except BaseException:
            self._notify()
            raise
        self._undone.append(change)
        self._notify()
        return str(change.label)

    def redo(self) -> str:
        change = self._undone.pop()
        try:
            change.redo()
        except BaseException:
            self._notify()
            raise
        self._done.append(change)
        self._notify()
        return str(change.label)

    def clear(self) -> None:
        self._done.clear()
        self._undone.clear()
        self._notify()

    def _notify(self) -> None:
        for listener in list(self.listeners):
            listener()
