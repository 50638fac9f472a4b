"""Importing a comprehension check's scores from a CSV (or XLSX) file: one anonymous trainee a row.

Columns, in any order: ``trainee``, ``before``, ``after``, ``retention`` (``pre`` and ``post`` are accepted for
before and after; only ``trainee`` is required), and any number of question columns headed ``Q: the question``
(or ``Q: the question | its topic``) holding 1 for a right answer, 0 for a wrong one, blank for none: each
becomes the question's count of answers and right answers (issue 20). A check is one session's trainees, so the
scores are few and are saved through ``ComprehensionService.save`` as one form: all rows or none.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from trainercoach.errors import ValidationError
from trainercoach.i18n import _
from trainercoach.imports.feedback_import import MAX_PROBLEMS, ImportRefused, NothingToImport, Problem
from trainercoach.imports.limits import ImportLimits
from trainercoach.imports.tables import TableRefused, header_key, listed, open_table
from trainercoach.records.comprehension import CheckForm, QuestionResult, ScoreEntry
from trainercoach.services.comprehension import MAX_TRAINEE, check_errors

if TYPE_CHECKING:
    from trainercoach.services.coach import Coach

MAX_SCORE_ROWS = 10_000
COLUMNS = {"trainee": "trainee", "before": "pre", "pre": "pre", "after": "post", "post": "post",
           "retention": "retention"}
_NUMBER = re.compile(r"[+-]?(\d+([.,]\d*)?|[.,]\d+)")


@dataclass
class ScoresRead:
    """The scores in a file and what is wrong with it; ``lines[i]`` is the file line of ``scores[i]``."""

    headers: list[str]
    scores: list[ScoreEntry]
    lines: list[int]
    problems: list[Problem]
    more_problems: int
    blank_rows: int
    questions: list[QuestionResult] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems and not self.more_problems


def read_scores(path: str | Path, max_score: float | None = None, limits: ImportLimits | None = None) -> ScoresRead:
    """Every score in the file, checked row by row (line and column of each problem). Raises TableRefused when
    the file is not a readable table, or one beyond ``limits`` (see trainercoach.imports.limits)."""
    problems: list[Problem] = []
    more = 0

    def report(problem: Problem) -> None:
        nonlocal more
        if len(problems) < MAX_PROBLEMS:
            problems.append(problem)
        else:
            more += 1

    scores: list[ScoreEntry] = []
    lines: list[int] = []
    blank = 0
    with open_table(path, limits) as table:
        headers = list(table.headers)
        fields: dict[str, int] = {}
        unknown = []
        questions: dict[int, QuestionResult] = {}
        for index, header in enumerate(headers):
            name = COLUMNS.get(header_key(header))
            asked = question_of(header)
            if asked is not None:
                questions[index] = asked
            elif name is None:
                unknown.append(header)
            elif name in fields:
                report(Problem(table.header_line, header, _('A second column for {name!r}; keep one.', name=name)))
            else:
                fields[name] = index
        if unknown:
            report(Problem(table.header_line, "", _("Unknown columns: {columns}. The columns are trainee, before, "
                                                    "after and retention.", columns=listed(unknown))
                           if len(unknown) > 1 else
                           _("Unknown column: {columns}. The columns are trainee, before, after and retention.",
                             columns=listed(unknown))))
        if "trainee" not in fields:
            report(Problem(table.header_line, "", _("There is no 'trainee' column with each trainee's anonymous "
                                                    "label.")))
            return ScoresRead(headers, [], [], problems, more, 0)
        seen: dict[str, int] = {}
        try:
            for row in table.rows():
                if row.blank:
                    blank += 1
                    continue
                if len(scores) >= MAX_SCORE_ROWS:
                    report(Problem(row.line, "", _('A comprehension check holds at most {max_score_rows} trainees; '
                                                   'is this the right file?',
                                                   max_score_rows=MAX_SCORE_ROWS)))
                    break
                if row.extra:
                    report(Problem(row.line, "", _('This row has more filled cells than the header has columns.')))
                trainee_header = headers[fields["trainee"]]
                label = row.cells[fields["trainee"]].strip()
                if not label:
                    report(Problem(row.line, trainee_header, _('Give the trainee an anonymous label, such as T01.')))
                elif len(label) > MAX_TRAINEE:
                    report(Problem(row.line, trainee_header,
                                   _('A trainee label can be at most {max_trainee} characters.',
                                     max_trainee=MAX_TRAINEE)))
                elif label.casefold() in seen:
                    report(Problem(row.line, trainee_header,
                                   _('{label!r} is already on line {seen_label_casefold}.',
                                     label=label, seen_label_casefold=seen[label.casefold()])))
                else:
                    seen[label.casefold()] = row.line
                values: dict[str, float | None] = {}
                for name in ("pre", "post", "retention"):
                    if name not in fields:
                        values[name] = None
                        continue
                    try:
                        values[name] = parse_score(row.cells[fields[name]], max_score)
                    except ValueError as error:
                        report(Problem(row.line, headers[fields[name]], str(error)))
                for index, question in questions.items():
                    cell = row.cells[index].strip() if index < len(row.cells) else ""
                    if cell in ("1", "0"):
                        question.answered += 1
                        question.correct += cell == "1"
                    elif cell:
                        report(Problem(row.line, headers[index],
                                       _('{cell!r}: write 1 for a right answer, 0 for a wrong one, or leave it '
                                         'blank.', cell=cell[:40])))
                scores.append(ScoreEntry(label, values.get("pre"), values.get("post"), values.get("retention")))
                lines.append(row.line)
        except TableRefused as error:
            report(Problem(error.line or 0, "", str(error)))
    return ScoresRead(headers, scores, lines, problems, more, blank, list(questions.values()))


def question_of(header: str) -> QuestionResult | None:
    """A question column's header ("Q: Refund window | Refunds"), as a question with no answers yet."""
    stripped = header.strip()
    if stripped[:2].casefold() != "q:":
        return None
    text, _bar, topic = stripped[2:].partition("|")
    return QuestionResult(text.strip(), 0, 0, topic.strip())


def parse_score(text: str, max_score: float | None = None) -> float | None:
    """A score cell: blank is None; "7", "7.5" and "7,5" are numbers; negative or above the maximum is refused."""
    stripped = text.strip()
    if not stripped:
        return None
    if not _NUMBER.fullmatch(stripped):
        raise ValueError(_('{stripped_40!r} is not a number.', stripped_40=stripped[:40]))
    value = float(stripped.replace(",", "."))
    if not math.isfinite(value) or value < 0:
        raise ValueError(_('{stripped} is not a score: a score is 0 or more.', stripped=stripped))
    if max_score is not None and value > max_score:
        raise ValueError(_('{value:g} is above the maximum score {max_score:g}.', value=value, max_score=max_score))
    return value


def import_comprehension(coach: Coach, form: CheckForm, path: str | Path) -> int:
    """Save a new comprehension check whose scores come from the file; ``form`` gives the rest (session, kind,
    title, maximum, dates), its own scores are replaced. All rows or none: raises ImportRefused with every
    problem, NothingToImport for a file with no scores, TableRefused for a file that is not a table."""
    read = read_scores(path, form.max_score, coach.settings.import_limits())
    if not read.ok:
        raise ImportRefused(read.problems, read.more_problems)
    if not read.scores:
        raise NothingToImport([], 0, "There are no scores in this file; nothing was imported.")
    complete = replace(form, scores=read.scores, questions=read.questions or form.questions)
    errors = check_errors(complete)
    if errors:
        # Anything the service refuses that the row checks let through, pointed at its line where it has one.
        problems = []
        for key, why in errors.items():
            if key.startswith("score:") and read.lines:
                position = int(key.split(":", 1)[1]) - 1
                problems.append(Problem(read.lines[position], "", why))
            else:
                problems.append(Problem(0, "", why))
        raise ImportRefused(problems)
    try:
        return coach.comprehension.save(complete)
    except ValidationError as error:
        raise ImportRefused([Problem(0, "", why) for why in error.errors.values()]) from error


__all__ = ["ScoresRead", "import_comprehension", "parse_score", "question_of", "read_scores"]
