"""Importing trainee feedback from a CSV or XLSX file: the generic file of DESIGN.md, or a survey tool's export
through a column mapping kept as a preset.

The flow a window or the command line follows:

1. ``read_headers(path)`` (from :mod:`trainercoach.imports.tables`), then a mapping: ``Mapping.from_dict(
   coach.feedback.preset(name))``, or ``guess_mapping(headers, coach.feedback.items())`` for the person to
   correct (the generic file is recognised and needs nothing).
2. ``preview(coach, path, mapping)``: the first rows parsed and every problem in the whole file, plus whether the
   same file was imported before.
3. ``import_feedback(coach, delivery_id, path, mapping, ...)``: all or nothing. The file is read twice, a check
   pass and then a write pass inside one transaction, so a bad row near the end still means nothing is written
   and no pass holds more than a batch of rows.
"""

from __future__ import annotations

import difflib
import hashlib
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from trainercoach import crashpoints
from trainercoach.errors import TrainerCoachError, ValidationError
from trainercoach.i18n import _
from trainercoach.imports.surveys import TIME, Guess, guess_columns
from trainercoach.imports.tables import Row, TableRefused, check_file, header_key, listed, open_table
from trainercoach.imports.times import ORDERS, date_order, parse_time
from trainercoach.records.feedback import FeedbackEntry, FeedbackItemRecord, ImportRecord
from trainercoach.services.feedback import MAX_COMMENT, DuplicateImport
from trainercoach.services.text import fold

if TYPE_CHECKING:
    from trainercoach.services.coach import Coach

COMMENT = "comment"
IGNORE = ""
MAX_PROBLEMS = 1000
PROGRESS_EVERY = 500
# Forms sent to the database at a time: small enough that memory stays flat, large enough that SQLite is busy.
WRITE_BATCH = 1000
PRESET_VERSION = 1

# Worded answers on the 1-5 agreement scale, as survey tools write them in the app's three languages. Matched
# after ``normalise_word`` (trimmed, case- and accent-insensitive), so "STRONGLY AGREE" and "Συμφωνω απολυτα" do.
BUILTIN_SCALE: dict[str, int] = {
    # English
    "strongly disagree": 1, "disagree": 2, "somewhat disagree": 2, "neutral": 3,
    "neither agree nor disagree": 3, "neither agree or disagree": 3, "somewhat agree": 4, "agree": 4,
    "strongly agree": 5,
    # Greek
    "διαφωνώ απόλυτα": 1, "διαφωνώ έντονα": 1, "διαφωνώ": 2, "ουδέτερο": 3, "ούτε συμφωνώ ούτε διαφωνώ": 3,
    "συμφωνώ": 4, "συμφωνώ απόλυτα": 5, "συμφωνώ έντονα": 5,
    # Simplified Chinese
    "非常不同意": 1, "强烈不同意": 1, "不同意": 2, "中立": 3, "一般": 3, "同意": 4, "非常同意": 5, "强烈同意": 5,
}

GENERIC_COMMENT_HEADERS = {"comment", "comments"}


class Problem(NamedTuple):
    """Something wrong in the file: the line a person sees in a spreadsheet (1 = header), the column's header
    ("" when the whole row or file is meant) and why, in words for that person."""

    line: int
    column: str
    why: str

    def __str__(self) -> str:
        where = _("line {line}, column {column!r}", line=self.line, column=self.column) if self.column else \
            _("line {line}", line=self.line)
        return f"{where}: {self.why}"


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


@dataclass
class Mapping:
    """Which item each column answers. ``columns`` maps a header to an item key, ``"comment"``, or ``""`` to
    ignore it; ``scale`` adds worded answers (e.g. a survey's own "Very satisfied") to the built-in ones."""

    columns: dict[str, str] = field(default_factory=dict)
    scale: dict[str, int] = field(default_factory=dict)
    date_order: str = ""  # "dmy" or "mdy" when the response times' day and month could be swapped

    def to_dict(self) -> dict[str, Any]:
        """The form kept by ``FeedbackService.save_preset``."""
        data: dict[str, Any] = {"version": PRESET_VERSION, "columns": dict(self.columns), "scale": dict(self.scale)}
        if self.date_order:
            data["date_order"] = self.date_order
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Mapping:
        """A preset read back; a damaged or foreign one is refused rather than half used."""
        if not isinstance(data, dict) or not isinstance(data.get("columns", {}), dict) \
                or not isinstance(data.get("scale", {}), dict):
            raise ValidationError({"preset": _("This preset is not a column mapping; save it again from the import.")})
        columns = data.get("columns", {})
        scale = data.get("scale", {})
        if not all(isinstance(k, str) and isinstance(v, str) for k, v in columns.items()) or not all(
                isinstance(k, str) and isinstance(v, int) and not isinstance(v, bool) for k, v in scale.items()):
            raise ValidationError({"preset": _("This preset is damaged; save it again from the import.")})
        order = data.get("date_order", "")
        if order not in ("", *ORDERS):
            raise ValidationError({"preset": _("This preset is damaged; save it again from the import.")})
        return cls(dict(columns), dict(scale), order)


@dataclass(frozen=True)
class PreviewRow:
    """A row as it will be imported (``entry``), or why not (``problems``); ``blank`` rows are skipped."""

    line: int
    cells: tuple[str, ...]
    entry: FeedbackEntry | None
    problems: tuple[Problem, ...] = ()
    blank: bool = False


@dataclass
class Preview:
    file_name: str
    kind: str  # "csv" or "xlsx"
    encoding: str
    delimiter: str
    headers: list[str]
    mapping: Mapping
    rows: list[PreviewRow]  # the first `limit` rows below the header, bad and blank ones included
    problems: list[Problem]  # every problem in the file, up to MAX_PROBLEMS
    more_problems: int  # problems beyond those listed
    total_rows: int  # rows below the header (trailing blank rows not counted)
    blank_rows: int  # of those, rows with nothing in a mapped column: skipped
    sha256: str
    earlier: ImportRecord | None  # the same file imported before, if it was
    # No rating column is mapped and that is the only problem: the import may go ahead if the lead confirms the
    # form has comments only (``comment_only=True``), never silently.
    asks_comment_only: bool = False
    # The response times' dates could be day/month or month/day: the person says which (Mapping.date_order).
    asks_date_order: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems and not self.more_problems

    @property
    def importable_rows(self) -> int:
        return self.total_rows - self.blank_rows


@dataclass(frozen=True)
class ImportResult:
    delivery_id: int
    topic: str
    file_name: str
    sha256: str
    imported: int
    skipped_blank: int

    def summary(self) -> str:
        text = (f"Imported {self.imported} feedback form{'s' if self.imported != 1 else ''} into session "
                f"{self.delivery_id} ({self.topic})")
        if self.skipped_blank:
            text += f", {self.skipped_blank} blank row{'s' if self.skipped_blank != 1 else ''} skipped"
        return text


# -- worded and numbered answers -------------------------------------------------------------------
def normalise_word(text: str) -> str:
    """Trimmed, case- and accent-insensitive, one space between words: how worded answers are matched."""
    return " ".join(fold(text).split())


_BUILTIN = {normalise_word(word): value for word, value in BUILTIN_SCALE.items()}
_NUMBER = re.compile(r"[+-]?(\d+([.,]\d*)?|[.,]\d+)")


def parse_answer(text: str, item: FeedbackItemRecord, scale: dict[str, int] | None = None) -> int | None:
    """The number a cell means for ``item``: None when blank; ValueError (with a message for a person) when it
    cannot be read or is out of range."""
    return _answer(text, item, {normalise_word(k): v for k, v in (scale or {}).items()})


def _answer(text: str, item: FeedbackItemRecord, scale: dict[str, int]) -> int | None:
    stripped = text.strip()
    if not stripped:
        return None
    low, high = item.range
    if _NUMBER.fullmatch(stripped):
        number = float(stripped.replace(",", "."))
        if not number.is_integer():
            raise ValueError(_("{value!r} is not a whole number; answer from {low} to {high}.", value=stripped, low=low,
                               high=high))
        value = int(number)
        shown = _short(stripped)  # as typed: "1e30", not the float's 1000000000000000019884624838656
    else:
        word = normalise_word(stripped)
        if word in scale:
            value = scale[word]
        elif item.kind == "likert" and word in _BUILTIN:
            value = _BUILTIN[word]
        else:
            raise ValueError(_("{value!r} is not an answer from {low} to {high} nor a known worded answer such as "
                               "'Agree'.", value=_short(stripped), low=low, high=high) if item.kind == "likert" else
                             _("{value!r} is not an answer from {low} to {high}.", value=_short(stripped), low=low,
                               high=high))
        shown = str(value)
    if not low <= value <= high:
        raise ValueError(_("{value} is out of range: answer from {low} to {high}, or leave it blank.", value=shown,
                           low=low, high=high))
    return value


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


# -- mappings ----------------------------------------------------------------------------------------
def generic_mapping(items: Iterable[FeedbackItemRecord], headers: Sequence[str] | None = None) -> Mapping:
    """The generic file: a column per item key plus ``comment``. With ``headers``, the mapping uses the file's
    own spelling of them ("Clarity" for clarity); unknown headers stay out, so they are refused."""
    keys = {header_key(i.key): i.key for i in items}
    keys.update({k: COMMENT for k in GENERIC_COMMENT_HEADERS})
    if headers is None:
        return Mapping({**{key: key for key in keys.values() if key != COMMENT}, COMMENT: COMMENT})
    return Mapping({h: keys[header_key(h)] for h in headers if header_key(h) in keys})


def is_generic(headers: Sequence[str], items: Iterable[FeedbackItemRecord]) -> bool:
    """Whether the file is the generic one of DESIGN.md, which needs no preset."""
    keys = {header_key(i.key) for i in items} | GENERIC_COMMENT_HEADERS
    return bool(headers) and all(header_key(h) in keys for h in headers)


def guess_mapping(headers: Sequence[str], items: Sequence[FeedbackItemRecord]) -> Mapping:
    """A first guess for a survey export, for a person to correct: survey metadata ignored, the response time
    kept, questions matched to items by meaning (see :mod:`trainercoach.imports.surveys`), free-text questions to
    the comment, anything unsure ignored."""
    if is_generic(headers, items):
        return generic_mapping(items, headers)
    return Mapping({g.header: g.target if g.confidence >= 0.5 else IGNORE for g in guess_columns(headers, items)})


def guesses(headers: Sequence[str], items: Sequence[FeedbackItemRecord]) -> list[Guess]:
    """Each column's guess with its confidence; the generic file's columns are certain."""
    if is_generic(headers, items):
        mapping = generic_mapping(items, headers)
        return [Guess(h, mapping.columns.get(h, IGNORE), 1.0, "generic file") for h in headers]
    return guess_columns(headers, items)


def _likeness(header: str, item: FeedbackItemRecord) -> float:
    text = normalise_word(header)
    label = normalise_word(item.label)
    key = normalise_word(item.key.replace("_", " "))
    if text in (label, key):
        return 1.0
    ratio = difflib.SequenceMatcher(None, text, label).ratio()
    words = set(re.findall(r"\w+", text))
    label_words = {w for w in re.findall(r"\w+", label) if len(w) > 3}
    overlap = len(words & label_words) / len(label_words) if label_words else 0.0
    key_hit = 0.75 if key in words or (len(key) > 4 and key[:5] in text) else 0.0
    return max(ratio, overlap, key_hit)


# -- the plan: a mapping checked against a file's headers ---------------------------------------------
@dataclass
class _Plan:
    answers: list[tuple[int, str, FeedbackItemRecord]]  # (column index, header, item)
    comments: list[tuple[int, str]]  # (column index, header)
    mapped: list[int]
    scale: dict[str, int]  # normalised words
    problems: list[Problem]
    time: tuple[int, str] | None = None  # the response time's column (index, header)
    order: str = ""  # day-first or month-first, once known


def comment_only_problem(line: int) -> Problem:
    """The refusal of an import that maps no rating column: it would keep the comments and drop every rating,
    which is what a wrong guess looks like, so it happens only when the lead says the form has no ratings."""
    return Problem(line, "", _("No column is mapped to a rating, so only the comments would be imported and every "
                               "rating dropped. Map the rating columns, or confirm that this form has comments only."))


def _plan(headers: Sequence[str], mapping: Mapping, items: Sequence[FeedbackItemRecord], line: int,
          comment_only: bool = False) -> _Plan:
    by_key = {i.key: i for i in items}
    targets = {header_key(h): t for h, t in mapping.columns.items()}
    problems: list[Problem] = []
    unknown = [h for h in headers if header_key(h) not in targets]
    if unknown:
        known = ", ".join([*by_key, COMMENT])
        problems.append(Problem(line, "", _("Unknown columns: {columns}. Map or ignore them (the generic file has "
                                            "only the columns {known}).", columns=listed(unknown), known=known)
                                if len(unknown) > 1 else
                                _("Unknown column: {columns}. Map or ignore it (the generic file has only the "
                                  "columns {known}).", columns=listed(unknown), known=known)))
    present = {header_key(h) for h in headers}
    missing = [h for h in mapping.columns if header_key(h) not in present and mapping.columns[h]]
    if missing and mapping.columns != generic_mapping(items).columns:
        columns = ", ".join(repr(h) for h in missing)
        problems.append(Problem(line, "", _("The mapping expects columns {columns} which this file lacks; check the "
                                            "preset.", columns=columns) if len(missing) > 1 else
                                _("The mapping expects column {columns} which this file lacks; check the preset.",
                                  columns=columns)))
    answers: list[tuple[int, str, FeedbackItemRecord]] = []
    comments: list[tuple[int, str]] = []
    seen: dict[str, str] = {}
    time_column: tuple[int, str] | None = None
    for index, header in enumerate(headers):
        target = targets.get(header_key(header), IGNORE)
        if target == IGNORE:
            continue
        if target == COMMENT:
            comments.append((index, header))
            continue
        if target == TIME:
            if time_column is None:
                time_column = (index, header)
            continue
        item = by_key.get(target)
        if item is None:
            problems.append(Problem(line, header, _("There is no feedback item {target!r} to put this column in.",
                                                    target=target)))
            continue
        if target in seen:
            problems.append(Problem(line, header, _("Both {first!r} and {second!r} are mapped to {item!r}; map one of "
                                                    "them to something else.", first=seen[target], second=header,
                                                    item=item.label)))
            continue
        seen[target] = header
        answers.append((index, header, item))
    if not answers and not comments and not problems:
        problems.append(Problem(line, "", _("No column is mapped to a feedback item or the comment.")))
    elif not answers and comments and not comment_only:
        problems.append(comment_only_problem(line))
    mapped = sorted([i for i, _, _ in answers] + [i for i, _ in comments])
    scale = {normalise_word(k): v for k, v in mapping.scale.items()}
    return _Plan(answers, comments, mapped, scale, problems, time_column, mapping.date_order)


def _decide_order(rows: Iterable[Row], plan: _Plan, line: int) -> Problem | None:
    """Reads the response times once to learn whether their dates are day-first or month-first (13/11 says so;
    10/11 alone does not): the order the mapping gives wins; a file that mixes both, or never says, is a problem
    for the person to settle rather than a guess."""
    if plan.time is None or plan.order:
        return None
    index, header = plan.time
    seen: set[str] = set()
    for row in rows:
        if index < len(row.cells) and row.cells[index].strip():
            seen.add(date_order(row.cells[index]))
    found = seen & set(ORDERS)
    if len(found) == 2:
        return Problem(line, header, _("Some response times are day/month and others month/day; check the file."))
    if found:
        plan.order = found.pop()
    elif "" in seen:
        return Problem(line, header, _("Every response time could be day/month or month/day (such as 10/11); say "
                                       "which the file uses."))
    return None


def _parse_row(row: Row, plan: _Plan) -> tuple[FeedbackEntry | None, list[Problem], bool]:
    """(entry, problems, blank) for one row."""
    cells = row.cells
    problems: list[Problem] = []
    if row.extra:
        problems.append(Problem(row.line, "", _("This row has {count} more filled cells than the header has columns.",
                                                count=row.extra) if row.extra > 1 else
                                _("This row has 1 more filled cell than the header has columns.")))
    if not row.extra and not any(cells[i].strip() for i in plan.mapped):
        return None, problems, True
    answers: dict[str, int | None] = {}
    for index, header, item in plan.answers:
        try:
            answers[item.key] = _answer(cells[index], item, plan.scale)
        except ValueError as error:
            problems.append(Problem(row.line, header, str(error)))
    if len(plan.comments) == 1:
        index, header = plan.comments[0]
        comment = cells[index]
    else:
        # Several free-text questions go into the one comment, each under its question so none loses its sense.
        comment = "\n\n".join(f"{header}: {cells[index]}" for index, header in plan.comments if cells[index].strip())
    if len(comment) > MAX_COMMENT:
        column = plan.comments[0][1] if len(plan.comments) == 1 else ""
        problems.append(Problem(row.line, column, _("A comment can be at most {max} characters (this one has "
                                                    "{count}).", max=MAX_COMMENT, count=len(comment))))
    answered_at = None
    if plan.time is not None and plan.time[0] < len(cells) and cells[plan.time[0]].strip():
        try:
            answered_at = parse_time(cells[plan.time[0]], plan.order)
        except ValueError as error:
            problems.append(Problem(row.line, plan.time[1], str(error)))
    if problems:
        return None, problems, False
    if not comment.strip() and all(v is None for v in answers.values()):
        return None, [], True
    return FeedbackEntry(answers, comment, answered_at), [], False


# -- preview and import ------------------------------------------------------------------------------
def file_sha256(path: str | Path, cancelled: Callable[[], bool] | None = None) -> str:
    """The file's content hash, which recognises the same file imported twice whatever its name."""
    digest = hashlib.sha256()
    check_file(Path(path))
    try:
        stream = open(path, "rb")  # noqa: SIM115 - closed below; opening is what may be refused
    except OSError as error:
        raise TableRefused(f"{Path(path).name} cannot be read: {error.strerror or error}.") from error
    with stream:
        while chunk := stream.read(1024 * 1024):
            if cancelled is not None and cancelled():
                raise ImportCancelled()
            digest.update(chunk)
    return digest.hexdigest()


def _resolve(coach: Coach, headers: Sequence[str], mapping: Mapping | None) -> tuple[Mapping, list[FeedbackItemRecord]]:
    items = coach.feedback.items(active_only=False)
    if mapping is None:
        mapping = generic_mapping(items, headers) if is_generic(headers, items) else generic_mapping(items)
    return mapping, items


def preview(coach: Coach, path: str | Path, mapping: Mapping | None = None, limit: int = 200, *,
            comment_only: bool = False) -> Preview:
    """What an import would do, without writing: the first ``limit`` rows and every problem in the whole file.
    ``mapping=None`` reads the generic file. Raises TableRefused when the file is not a readable table.
    ``comment_only`` is the lead's word that a mapping with no rating column is meant."""
    path = Path(path)
    sha256 = file_sha256(path)
    with open_table(path, coach.settings.import_limits()) as table:
        mapping, items = _resolve(coach, table.headers, mapping)
        plan = _plan(table.headers, mapping, items, table.header_line, comment_only)
        problems = list(plan.problems)
        asks = not plan.answers and bool(plan.comments) and not comment_only
        order_problem = _decide_order(table.rows(), plan, table.header_line)
        asks_order = order_problem is not None and not plan.order
        if order_problem is not None:
            problems.append(order_problem)
        more = 0
        rows: list[PreviewRow] = []
        total = blank = 0
        try:
            for row in table.rows():
                total += 1
                entry, row_problems, is_blank = _parse_row(row, plan)
                blank += is_blank
                if len(rows) < limit:
                    rows.append(PreviewRow(row.line, row.cells, entry, tuple(row_problems), is_blank))
                room = MAX_PROBLEMS - len(problems)
                problems.extend(row_problems[:max(room, 0)])
                more += max(len(row_problems) - max(room, 0), 0)
        except TableRefused as error:
            problems.append(Problem(error.line or 0, "", str(error)))
        result = Preview(path.name, table.kind, table.encoding, table.delimiter, list(table.headers), mapping,
                         rows, problems, more, total, blank, sha256, coach.feedback.earlier_import(sha256),
                         asks_comment_only=asks and problems == [comment_only_problem(table.header_line)]
                         and not more, asks_date_order=asks_order)
    return result


def import_feedback(
    coach: Coach,
    delivery_id: int,
    path: str | Path,
    mapping: Mapping | None = None,
    *,
    preset: str = "",
    allow_duplicate: bool = False,
    comment_only: bool = False,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportResult:
    """Import every form in the file into one session, or none.

    ``mapping=None`` reads the generic file. Raises TableRefused (not a readable table), DuplicateImport (the
    same file was imported before and ``allow_duplicate`` is False), ImportRefused with every problem (nothing
    written), NothingToImport (no forms in the file), ImportCancelled (``cancelled()`` turned true; nothing
    written), NotFound (the session is gone). Safe to call from a worker thread: ``progress(rows_done)`` and
    ``cancelled()`` are called from it. ``rows_done`` runs from 0 to the row count of the file (Preview.total_rows)
    over the whole import; the check pass counts each row as half a row and the write pass as the other half.
    A mapping with no rating column is refused (ImportRefused) unless ``comment_only``: the lead confirmed it."""
    path = Path(path)
    topic = coach.deliveries.get(delivery_id).form.topic  # NotFound before any reading
    sha256 = file_sha256(path, cancelled)
    if not allow_duplicate:
        earlier = coach.feedback.earlier_import(sha256)
        if earlier is not None:
            raise DuplicateImport(earlier)

    def tick(done: int) -> None:
        if progress is not None:
            progress(done)

    def check_cancel() -> None:
        if cancelled is not None and cancelled():
            raise ImportCancelled()

    with open_table(path, coach.settings.import_limits()) as table:
        mapping, items = _resolve(coach, table.headers, mapping)
        plan = _plan(table.headers, mapping, items, table.header_line, comment_only)
        # Pass 1: check every row, holding nothing but the problems found.
        problems = list(plan.problems)
        order_problem = _decide_order(table.rows(), plan, table.header_line)
        if order_problem is not None:
            problems.append(order_problem)
        more = total = blank = 0
        try:
            for row in table.rows():
                total += 1
                if total % 100 == 0:
                    check_cancel()
                if total % PROGRESS_EVERY == 0:
                    tick(total // 2)
                entry, row_problems, is_blank = _parse_row(row, plan)
                blank += is_blank
                room = max(MAX_PROBLEMS - len(problems), 0)
                problems.extend(row_problems[:room])
                more += max(len(row_problems) - room, 0)
        except TableRefused as error:
            problems.append(Problem(error.line or 0, "", str(error)))
        if problems:
            raise ImportRefused(problems, more)
        if total == blank:
            raise NothingToImport([], 0, _("There are no feedback forms in this file (only blank rows); nothing was "
                                           "imported.") if total else
                                  _("There are no feedback forms in this file (only a header row); nothing was "
                                    "imported."))
        check_cancel()
        half = total // 2
        tick(half)

        # Pass 2: the same rows again, streamed into one transaction; anything raised here rolls it back.
        def entries() -> Iterator[FeedbackEntry]:
            done = 0
            for row in table.rows():
                done += 1
                if done % 100 == 0:
                    check_cancel()
                if done % PROGRESS_EVERY == 0:
                    tick(half + done // 2)
                if done == total // 2 + 1:
                    crashpoints.reached("import")
                entry, row_problems, _blank = _parse_row(row, plan)
                if row_problems:
                    raise ImportRefused(row_problems, 0, _("The file changed while it was being imported; nothing "
                                                           "was written. ") + str(row_problems[0]))
                if entry is not None:
                    yield entry
            check_cancel()
            if done != total or file_sha256(path) != sha256:
                raise TrainerCoachError(_("The file changed while it was being imported; nothing was written."))

        written = coach.feedback.write_import(delivery_id, path.name, sha256, entries(), preset=preset,
                                             batch=WRITE_BATCH, deliberate_repeat=allow_duplicate)
    tick(total)
    return ImportResult(delivery_id, topic, path.name, sha256, written, blank)


__all__ = [
    "BUILTIN_SCALE", "COMMENT", "IGNORE", "MAX_PROBLEMS", "DuplicateImport", "ImportCancelled", "ImportRefused",
    "ImportResult", "Mapping", "NothingToImport", "Preview", "PreviewRow", "Problem", "comment_only_problem",
    "file_sha256",
    "generic_mapping", "guess_mapping", "guesses", "import_feedback", "is_generic", "normalise_word", "parse_answer",
    "preview",
]
