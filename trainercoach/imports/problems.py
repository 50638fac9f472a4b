"""What an import says when it will not go ahead: each problem with its line and column, and the refusals a
window or the command line turns into words. Shared by the feedback and comprehension imports."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from trainercoach.errors import TrainerCoachError
from trainercoach.i18n import _

# What the person can settle without touching the file (``Problem.kind``): the command line names its option and
# the window asks, whatever language ``why`` is in.
DATE_ORDER = "date-order"
ZONE = "zone"
OUTSIDE = "outside"
COMMENT_ONLY = "comment-only"


class Problem(NamedTuple):
    """Something wrong in the file: the line a person sees in a spreadsheet (1 = header), the column's header
    ("" when the whole row or file is meant) and why, in words for that person (translated with ``_`` when it
    is made, so in the language of whoever reads it). ``kind`` is one of the questions above, or "" for a fault
    in the file or the mapping."""

    line: int
    column: str
    why: str
    kind: str = ""

    def __str__(self) -> str:
        where = _("line {line}, column {column!r}", line=self.line, column=self.column) if self.column else \
            _("line {line}", line=self.line)
        return f"{where}: {self.why}"

    def text(self) -> str:
        """The problem as a window lists it, framing and all in the person's language ("Line 5, column
        “Clarity”: …"), so a Greek or Chinese preview reads as one sentence in that language."""
        if self.line and self.column:
            return _("Line {line}, column “{column}”: {why}", line=self.line, column=self.column, why=self.why)
        if self.line:
            return _("Line {line}: {why}", line=self.line, why=self.why)
        if self.column:
            return _("Column “{column}”: {why}", column=self.column, why=self.why)
        return _("The file: {why}", why=self.why)


class ImportRefused(TrainerCoachError):
    """The file has problems; nothing was written. ``problems`` lists them (at most MAX_PROBLEMS), ``more``
    counts the ones left off."""

    def __init__(self, problems: Sequence[Problem], more: int = 0, message: str = "") -> None:
        self.problems = list(problems)
        self.more = more
        total = len(self.problems) + more
        if not message:
            message = ((_("The file has {count} problems; nothing was imported. ", count=total) if total != 1 else
                        _("The file has 1 problem; nothing was imported. "))
                       + "; ".join(str(p) for p in self.problems[:3]) + (" …" if total > 3 else ""))
        super().__init__(message)


class NothingToImport(ImportRefused):
    """The file is readable but holds no forms (a header alone, or only blank rows)."""


class ImportCancelled(TrainerCoachError):
    """The person cancelled; the transaction was rolled back, so nothing was written."""

    def __init__(self) -> None:
        super().__init__(_("The import was cancelled; nothing was written."))


__all__ = ["COMMENT_ONLY", "DATE_ORDER", "OUTSIDE", "ZONE", "ImportCancelled", "ImportRefused", "NothingToImport",
           "Problem"]
