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

import hashlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from trainercoach import crashpoints
from trainercoach.errors import TrainerCoachError
from trainercoach.i18n import _
from trainercoach.imports.mapping import Mapping
from trainercoach.imports.problems import (
    COMMENT_ONLY,
    DATE_ORDER,
    OUTSIDE,
    ZONE,
    ImportCancelled,
    ImportRefused,
    NothingToImport,
    Problem,
)
from trainercoach.imports.scales import BUILTIN_SCALE, ColumnScan, answer, normalise_word, parse_answer
from trainercoach.imports.surveys import TIME, Guess, guess_columns
from trainercoach.imports.tables import Row, TableRefused, check_file, header_key, listed, open_table
from trainercoach.imports.times import (
    ORDERS,
    ZoneUnknown,
    ambiguous_zone,
    date_order,
    parse_time,
    zone_choices,
)
from trainercoach.records.feedback import FeedbackEntry, FeedbackItemRecord, ImportRecord
from trainercoach.services.feedback import MAX_COMMENT, DuplicateImport

if TYPE_CHECKING:
    from trainercoach.services.coach import Coach

COMMENT = "comment"
IGNORE = ""
MAX_PROBLEMS = 1000
PROGRESS_EVERY = 500
# Forms sent to the database at a time: small enough that memory stays flat, large enough that SQLite is busy.
WRITE_BATCH = 1000
# On a team server a batch is two INSERT statements whatever its size (trainercoach.db.bulk), and each statement
# pays its tables' statement-level triggers once: larger batches there (100,000 forms: 40 statements), still a few
# megabytes at a time. From 1,000 to 20,000 the import's time did not change beyond the noise.
SERVER_WRITE_BATCH = 5000
# Answers dated before the session began, or more than this many days after it, are shown in the preview for the
# lead to decide on (import them or leave them out): a month covers a late reminder, not a form for another session.
LATE_AFTER_DAYS = 30
OUTSIDE_IMPORT = "import"  # the lead's decisions on such answers
OUTSIDE_LEAVE_OUT = "leave-out"
OUTSIDE_DECISIONS = (OUTSIDE_IMPORT, OUTSIDE_LEAVE_OUT)

GENERIC_COMMENT_HEADERS = {"comment", "comments"}


@dataclass(frozen=True)
class PreviewRow:
    """A row as it will be imported (``entry``), or why not (``problems``); ``blank`` rows are skipped."""

    line: int
    cells: tuple[str, ...]
    entry: FeedbackEntry | None
    problems: tuple[Problem, ...] = ()
    blank: bool = False
    outside: bool = False  # dated before the session or long after it (LATE_AFTER_DAYS)


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
    # The response times carry a zone name with several meanings ("CST"): the person says which (Mapping.zones).
    asks_zones: tuple[str, ...] = ()
    # Rows dated before the session began or more than LATE_AFTER_DAYS after it; when the lead has not decided
    # (``outside``) each is a problem, and ``asks_outside`` says they are the only ones, so the lead decides.
    outside_rows: int = 0
    asks_outside: bool = False
    left_out: int = 0  # rows left out on the lead's word
    only_questions: bool = False  # every problem is one of the questions above: the window asks them on Import

    @property
    def ok(self) -> bool:
        return not self.problems and not self.more_problems

    @property
    def importable_rows(self) -> int:
        return self.total_rows - self.blank_rows - self.left_out


@dataclass(frozen=True)
class ImportResult:
    delivery_id: int
    topic: str
    file_name: str
    sha256: str
    imported: int
    skipped_blank: int
    left_out: int = 0

    def summary(self) -> str:
        text = (f"Imported {self.imported} feedback form{'s' if self.imported != 1 else ''} into session "
                f"{self.delivery_id} ({self.topic})")
        if self.skipped_blank:
            text += f", {self.skipped_blank} blank row{'s' if self.skipped_blank != 1 else ''} skipped"
        if self.left_out:
            text += f", {self.left_out} dated outside the session left out"
        return text


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
    zones: dict[str, str] = field(default_factory=dict)
    window: tuple[datetime, datetime] | None = None  # the session's start and LATE_AFTER_DAYS after, in UTC
    outside: str = ""  # the lead's decision on forms dated outside the window, "" while undecided
    asks_order: bool = False  # every date could be day/month or month/day: one question, not one per row
    asks_zones: list[str] = field(default_factory=list)  # ambiguous zone names: one question each, not one per row


def comment_only_problem(line: int) -> Problem:
    """The refusal of an import that maps no rating column: it would keep the comments and drop every rating,
    which is what a wrong guess looks like, so it happens only when the lead says the form has no ratings."""
    return Problem(line, "", _("No column is mapped to a rating, so only the comments would be imported and every "
                               "rating dropped. Map the rating columns, or confirm that this form has comments only."),
                   COMMENT_ONLY)


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
    return _Plan(answers, comments, mapped, scale, problems, time_column, mapping.date_order, dict(mapping.zones))


def _scan(rows: Iterable[Row], plan: _Plan, line: int) -> list[Problem]:
    """Reads the file once for what only the whole of a column says. The response times: whether their dates are
    day-first or month-first (13/11 says so; 10/11 alone does not; the mapping's order wins; a file that mixes
    both, or never says, is a problem for the person to settle rather than a guess). The answer columns: a 0-10
    likelihood column mapped to a 1-5 item, or worded answers from two scales (see ``ColumnScan``)."""
    scans = {index: ColumnScan(plan.scale) for index, _header, _item in plan.answers}
    time_index = plan.time[0] if plan.time is not None and not plan.order else -1
    zone_index = plan.time[0] if plan.time is not None else -1
    seen: set[str] = set()
    names: set[str] = set()  # ambiguous zone names ("CST") the mapping does not settle: asked once each
    if not scans and zone_index < 0:
        return []
    for row in rows:
        cells = row.cells
        for index, scan in scans.items():
            if index < len(cells):
                scan.add(cells[index])
        if 0 <= time_index < len(cells) and cells[time_index].strip():
            seen.add(date_order(cells[time_index]))
        if 0 <= zone_index < len(cells):
            names.add(ambiguous_zone(cells[zone_index], plan.zones))
    problems = []
    for index, header, item in plan.answers:
        why = scans[index].problem(item)
        if why:
            problems.append(Problem(line, header, why))
    if time_index >= 0 and plan.time is not None:
        header = plan.time[1]
        found = seen & set(ORDERS)
        if len(found) == 2:
            problems.append(Problem(line, header, _("Some response times are day/month and others month/day; check "
                                                    "the file.")))
        elif found:
            plan.order = found.pop()
        elif "" in seen:
            plan.asks_order = True
            problems.append(Problem(line, header, _("Every response time could be day/month or month/day (such as "
                                                    "10/11); say which the file uses."), DATE_ORDER))
    if plan.time is not None:
        plan.asks_zones = sorted(names - {""})
        problems.extend(Problem(line, plan.time[1], _("The response times are marked {name}, which could be "
                                                      "{choices}; say which it is.", name=name,
                                                      choices=zone_choices(name)), ZONE) for name in plan.asks_zones)
    return problems


def session_window(coach: Coach, delivery_id: int) -> tuple[datetime, datetime]:
    """When the session's answers are expected, in UTC as response times are kept: from its start (a wall-clock
    time on this computer) to LATE_AFTER_DAYS after it."""
    starts_at = coach.deliveries.get(delivery_id).form.starts_at
    assert starts_at is not None  # a stored session always has its start
    start = starts_at.astimezone(UTC).replace(tzinfo=None)
    return start, start + timedelta(days=LATE_AFTER_DAYS)


def outside_problem(line: int, column: str, answered_at: datetime, window: tuple[datetime, datetime]) -> Problem:
    """A form dated outside the session's window: the lead decides whether it belongs (import it or leave it out),
    as a late reminder's answers do and another session's do not."""
    when = f"{answered_at:%Y-%m-%d %H:%M} UTC"
    if answered_at < window[0]:
        why = _("Answered on {when}, before the session began ({start}); import it or leave it out.", when=when,
                start=f"{window[0]:%Y-%m-%d %H:%M} UTC")
    else:
        why = _("Answered on {when}, more than {days} days after the session; import it or leave it out.", when=when,
                days=LATE_AFTER_DAYS)
    return Problem(line, column, why, OUTSIDE)


class _Parsed(NamedTuple):
    entry: FeedbackEntry | None
    problems: list[Problem]
    blank: bool
    outside: bool = False  # dated outside the session's window (left out when entry is None and no problems)


def _parse_row(row: Row, plan: _Plan) -> _Parsed:
    """The row's form, or its problems, or that it is blank or left out."""
    cells = row.cells
    problems: list[Problem] = []
    if row.extra:
        problems.append(Problem(row.line, "", _("This row has {count} more filled cells than the header has columns.",
                                                count=row.extra) if row.extra > 1 else
                                _("This row has 1 more filled cell than the header has columns.")))
    if not row.extra and not any(cells[i].strip() for i in plan.mapped):
        return _Parsed(None, problems, True)
    answers: dict[str, int | None] = {}
    for index, header, item in plan.answers:
        try:
            answers[item.key] = answer(cells[index], item, plan.scale)
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
    outside = False
    # A time whose zone name is being asked about waits for the answer; any other is read (an unknown name is a
    # problem now, not after the question).
    if plan.time is not None and plan.time[0] < len(cells) and cells[plan.time[0]].strip() and not plan.asks_order \
            and not (plan.asks_zones and ambiguous_zone(cells[plan.time[0]], plan.zones)):
        try:
            answered_at = parse_time(cells[plan.time[0]], plan.order, plan.zones)
        except ValueError as error:
            problems.append(Problem(row.line, plan.time[1], str(error), ZONE if isinstance(error, ZoneUnknown) else ""))
        window = plan.window
        if answered_at is not None and window is not None and not window[0] <= answered_at <= window[1]:
            outside = True
            if not plan.outside:
                problems.append(outside_problem(row.line, plan.time[1], answered_at, window))
    if problems:
        return _Parsed(None, problems, False, outside)
    if not comment.strip() and all(v is None for v in answers.values()):
        return _Parsed(None, [], True)
    if outside and plan.outside == OUTSIDE_LEAVE_OUT:
        return _Parsed(None, [], False, True)
    return _Parsed(FeedbackEntry(answers, comment, answered_at), [], False, outside)


# -- preview and import ------------------------------------------------------------------------------
def file_sha256(path: str | Path, cancelled: Callable[[], bool] | None = None) -> str:
    """The file's content hash, which recognises the same file imported twice whatever its name."""
    digest = hashlib.sha256()
    check_file(Path(path))
    try:
        stream = open(path, "rb")  # noqa: SIM115 - closed below; opening is what may be refused
    except OSError as error:
        raise TableRefused(_("{file} cannot be read: {why}.", file=Path(path).name,
                             why=error.strerror or error)) from error
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
            comment_only: bool = False, delivery_id: int | None = None, outside: str = "") -> Preview:
    """What an import would do, without writing: the first ``limit`` rows and every problem in the whole file.
    ``mapping=None`` reads the generic file. Raises TableRefused when the file is not a readable table.
    ``comment_only`` is the lead's word that a mapping with no rating column is meant. With ``delivery_id``, forms
    dated outside the session's window are problems until the lead decides (``outside``: OUTSIDE_DECISIONS)."""
    path = Path(path)
    sha256 = file_sha256(path)
    with open_table(path, coach.settings.import_limits()) as table:
        mapping, items = _resolve(coach, table.headers, mapping)
        plan = _plan(table.headers, mapping, items, table.header_line, comment_only)
        if delivery_id is not None:
            plan.window, plan.outside = session_window(coach, delivery_id), outside
        problems = list(plan.problems)
        asks = not plan.answers and bool(plan.comments) and not comment_only
        # The problems that are questions for the lead rather than faults: comment-only, the dates' order, and
        # forms dated outside the session.
        asks_comment = asks and comment_only_problem(table.header_line) in problems
        problems.extend(_scan(table.rows(), plan, table.header_line))
        more = 0
        rows: list[PreviewRow] = []
        total = blank = outside_rows = left_out = outside_asked = 0
        try:
            for row in table.rows():
                total += 1
                parsed = _parse_row(row, plan)
                blank += parsed.blank
                outside_rows += parsed.outside
                left_out += parsed.outside and parsed.entry is None and not parsed.problems
                outside_asked += parsed.outside and not plan.outside
                if len(rows) < limit:
                    rows.append(PreviewRow(row.line, row.cells, parsed.entry, tuple(parsed.problems), parsed.blank,
                                           parsed.outside))
                room = MAX_PROBLEMS - len(problems)
                problems.extend(parsed.problems[:max(room, 0)])
                more += max(len(parsed.problems) - max(room, 0), 0)
        except TableRefused as error:
            problems.append(Problem(error.line or 0, "", str(error)))
        asked = asks_comment + plan.asks_order + len(plan.asks_zones) + outside_asked
        only_questions = not more and len(problems) == asked
        result = Preview(path.name, table.kind, table.encoding, table.delimiter, list(table.headers), mapping,
                         rows, problems, more, total, blank, sha256, coach.feedback.earlier_import(sha256),
                         asks_comment_only=asks_comment and only_questions, asks_date_order=plan.asks_order,
                         asks_zones=tuple(plan.asks_zones),
                         outside_rows=outside_rows, asks_outside=bool(outside_asked) and only_questions,
                         left_out=left_out, only_questions=only_questions and bool(problems))
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
    outside: str = "",
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
    A mapping with no rating column is refused (ImportRefused) unless ``comment_only``: the lead confirmed it.
    Forms dated before the session or more than LATE_AFTER_DAYS after it are refused until the lead decides
    (``outside``: OUTSIDE_IMPORT or OUTSIDE_LEAVE_OUT)."""
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
        plan.window, plan.outside = session_window(coach, delivery_id), outside
        # Pass 1: check every row, holding nothing but the problems found.
        problems = list(plan.problems)
        problems.extend(_scan(table.rows(), plan, table.header_line))
        more = total = blank = left_out = 0
        try:
            for row in table.rows():
                total += 1
                if total % 100 == 0:
                    check_cancel()
                if total % PROGRESS_EVERY == 0:
                    tick(total // 2)
                entry, row_problems, is_blank, outside_row = _parse_row(row, plan)
                blank += is_blank
                left_out += outside_row and entry is None and not row_problems
                room = max(MAX_PROBLEMS - len(problems), 0)
                problems.extend(row_problems[:room])
                more += max(len(row_problems) - room, 0)
        except TableRefused as error:
            problems.append(Problem(error.line or 0, "", str(error)))
        if problems:
            raise ImportRefused(problems, more)
        if total == blank + left_out:
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
                entry, row_problems, _blank, _outside = _parse_row(row, plan)
                if row_problems:
                    raise ImportRefused(row_problems, 0, _("The file changed while it was being imported; nothing "
                                                           "was written. ") + str(row_problems[0]))
                if entry is not None:
                    yield entry
            check_cancel()
            if done != total or file_sha256(path) != sha256:
                raise TrainerCoachError(_("The file changed while it was being imported; nothing was written."))

        written = coach.feedback.write_import(delivery_id, path.name, sha256, entries(), preset=preset,
                                             batch=SERVER_WRITE_BATCH if coach.db.is_postgresql else WRITE_BATCH,
                                             deliberate_repeat=allow_duplicate)
    tick(total)
    return ImportResult(delivery_id, topic, path.name, sha256, written, blank, left_out)


__all__ = [
    "BUILTIN_SCALE", "COMMENT", "IGNORE", "LATE_AFTER_DAYS", "MAX_PROBLEMS", "OUTSIDE_DECISIONS", "OUTSIDE_IMPORT",
    "OUTSIDE_LEAVE_OUT", "DuplicateImport", "ImportCancelled", "ImportRefused",
    "ImportResult", "Mapping", "NothingToImport", "Preview", "PreviewRow", "Problem", "comment_only_problem",
    "file_sha256",
    "generic_mapping", "guess_mapping", "guesses", "import_feedback", "is_generic", "normalise_word", "parse_answer",
    "preview",
]
