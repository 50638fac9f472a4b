"""Reading a knowledge gap's outside figures (QA scores, CSAT, ticket volumes by topic) from a CSV or XLSX file,
one figure a row (issue 20): a lead gets them as a report from another tool, not as numbers to type one by one.

Columns, in any order, headed in English, Greek or Chinese: ``date`` (YYYY-MM-DD), ``kind`` (qa_score, csat or
ticket_volume, or their names in any of the three languages), ``value``, ``source``, and optionally ``agents`` and
``note``. Every cell is checked here, each problem with its line and column in the person's words; the gap
service writes the figures in one transaction only when there is none (``GapService.import_figures``).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from trainercoach.i18n import _, text
from trainercoach.imports.limits import ImportLimits
from trainercoach.imports.problems import Problem
from trainercoach.imports.tables import TableRefused, listed, open_table
from trainercoach.records.gaps import MAX_SOURCE, MAX_TEXT, EvidenceForm
from trainercoach.words import FIGURE_KINDS

MAX_FIGURE_ROWS = 10_000  # years of daily figures for one topic; more is a wrong file
MAX_PROBLEMS = 1000
MAX_AGENTS = 10_000_000
REQUIRED = ("date", "kind", "value", "source")
# The headers a person may write, compared without case or accents (see ``plain``).
HEADERS: dict[str, tuple[str, ...]] = {
    "date": ("date", "day", "ημερομηνία", "ημέρα", "日期"),
    "kind": ("kind", "figure kind", "type", "είδος", "τύπος", "类型", "种类"),
    "value": ("value", "figure", "τιμή", "αξία", "数值", "值"),
    "source": ("source", "πηγή", "来源"),
    "agents": ("agents", "πράκτορες", "εκπρόσωποι", "agents affected", "人数", "座席", "客服人数"),
    "note": ("note", "notes", "σημείωση", "σημειώσεις", "备注", "说明"),
}
# Other names for the kinds, beside their keys and their words in the three languages (words.FIGURE_KINDS).
KIND_ALIASES: dict[str, tuple[str, ...]] = {
    "qa_score": ("qa", "quality score", "βαθμολογία qa", "质检", "质检分"),
    "csat": ("customer satisfaction", "ικανοποίηση πελατών", "客户满意度"),
    "ticket_volume": ("tickets", "ticket count", "αιτήματα", "πλήθος αιτημάτων", "工单", "工单数"),
}
_NUMBER = re.compile(r"[+-]?(\d+([.,]\d*)?|[.,]\d+)")
_DAY = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


def plain(words: str) -> str:
    """How headers and kinds are compared: without case, accents, underscores or extra spaces ("Ημερομηνία",
    "ημερομηνια " and "ΗΜΕΡΟΜΗΝΊΑ" are one header; "QA_score" and "qa score" one kind)."""
    decomposed = unicodedata.normalize("NFKD", words.replace("_", " ").replace("-", " "))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(unicodedata.normalize("NFKC", bare).casefold().split())


def _kind_words() -> dict[str, str]:
    known: dict[str, str] = {}
    for key, label in FIGURE_KINDS.items():
        for word in (key, label, text(label, "el"), text(label, "zh_CN"), *KIND_ALIASES.get(key, ())):
            known[plain(word)] = key
            known[plain(re.sub(r"\s*\(.*\)\s*", " ", word))] = key  # "CSAT (ικανοποίηση πελατών)" is CSAT
    known.pop("", None)
    return known


def _header_words() -> dict[str, str]:
    return {plain(word): name for name, words in HEADERS.items() for word in words}


@dataclass
class FiguresRead:
    """The figures in a file and what is wrong with it; ``lines[i]`` is the file line of ``figures[i]``.
    ``added`` holds the new evidence ids once they are written (empty for a dry run)."""

    headers: list[str]
    figures: list[EvidenceForm]
    lines: list[int]
    problems: list[Problem]
    more_problems: int = 0
    blank_rows: int = 0
    added: list[int] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems and not self.more_problems


def read_figures(path: str | Path, limits: ImportLimits | None = None, today: date | None = None) -> FiguresRead:
    """Every figure in the file, checked row by row (line and column of each problem). Raises TableRefused when
    the file is not a readable table, or one beyond ``limits`` (see trainercoach.imports.limits)."""
    today = today or date.today()
    problems: list[Problem] = []
    more = 0

    def report(problem: Problem) -> None:
        nonlocal more
        if len(problems) < MAX_PROBLEMS:
            problems.append(problem)
        else:
            more += 1

    figures: list[EvidenceForm] = []
    lines: list[int] = []
    blank = 0
    names = _header_words()
    kinds = _kind_words()
    with open_table(path, limits) as table:
        headers = list(table.headers)
        fields: dict[str, int] = {}
        unknown = []
        for index, header in enumerate(headers):
            name = names.get(plain(header))
            if name is None:
                if header.strip():
                    unknown.append(header)
            elif name in fields:
                report(Problem(table.header_line, header, _('A second column for {name!r}; keep one.', name=name)))
            else:
                fields[name] = index
        if unknown:
            report(Problem(table.header_line, "", _(
                "Unknown columns: {columns}. The columns are date, kind, value, source, agents and note.",
                columns=listed(unknown))))
        missing = [name for name in REQUIRED if name not in fields]
        if missing:
            report(Problem(table.header_line, "", _("Missing columns: {columns}. Each figure needs its date, its "
                                                    "kind, its value and its source.", columns=", ".join(missing))))
            return FiguresRead(headers, [], [], problems, more)
        try:
            for row in table.rows():
                if row.blank:
                    blank += 1
                    continue
                if len(figures) >= MAX_FIGURE_ROWS:
                    report(Problem(row.line, "", _('A file of figures holds at most {count} rows; is this the right '
                                                   'file?', count=MAX_FIGURE_ROWS)))
                    break
                if row.extra:
                    report(Problem(row.line, "", _('This row has more filled cells than the header has columns.')))

                def cell(name: str, cells: Sequence[str] = row.cells) -> str:
                    index = fields.get(name)
                    return cells[index].strip() if index is not None and index < len(cells) else ""

                def wrong(name: str, why: str, line: int = row.line) -> None:
                    report(Problem(line, headers[fields[name]], why))

                on_date = kind = value = agents = None
                try:
                    on_date = parse_day(cell("date"), today)
                except ValueError as error:
                    wrong("date", str(error))
                written = cell("kind")
                kind = kinds.get(plain(written))
                if kind is None:
                    wrong("kind", _('{cell!r} is not a kind of figure: write qa_score, csat or ticket_volume.',
                                    cell=written[:40]) if written else
                          _('Say what the figure is: qa_score, csat or ticket_volume.'))
                try:
                    value = parse_number(cell("value"))
                except ValueError as error:
                    wrong("value", str(error))
                source = cell("source")
                if not source:
                    wrong("source", _('Say where the figure comes from (a report, a tool, a team).'))
                elif len(source) > MAX_SOURCE:
                    wrong("source", _('A source can be at most {max} characters.', max=MAX_SOURCE))
                if "agents" in fields:
                    try:
                        agents = parse_agents(cell("agents"))
                    except ValueError as error:
                        wrong("agents", str(error))
                note = cell("note")
                if len(note) > MAX_TEXT:
                    wrong("note", _('A note can be at most {max} characters.', max=MAX_TEXT))
                figures.append(EvidenceForm("figure", figure_kind=kind, source=source, on_date=on_date, value=value,
                                            agents=agents, note=note))
                lines.append(row.line)
        except TableRefused as error:
            report(Problem(error.line or 0, "", str(error)))
    return FiguresRead(headers, figures, lines, problems, more, blank)


def parse_day(cell: str, today: date) -> date:
    """A date cell: YYYY-MM-DD (a spreadsheet's own dates arrive so), not in the future."""
    if not cell:
        raise ValueError(_('Give the date the figure is for.'))
    found = _DAY.match(cell)
    if found is None or cell[found.end():].strip(" T0:.") != "":  # a spreadsheet's midnight, nothing else
        raise ValueError(_('{cell!r} is not a date: write it as YYYY-MM-DD, e.g. 2026-03-31.', cell=cell[:40]))
    try:
        day = date(int(found.group(1)), int(found.group(2)), int(found.group(3)))
    except ValueError:
        raise ValueError(_('{cell!r} is not a date on the calendar.', cell=cell[:40])) from None
    if day > today:
        raise ValueError(_('The date cannot be in the future.'))
    return day


def parse_number(cell: str) -> float:
    """A figure: "82", "82.5" and "82,5" are numbers, 0 or more; blank, text and formulas are refused."""
    if not cell:
        raise ValueError(_('Give the figure, a number.'))
    if not _NUMBER.fullmatch(cell):
        raise ValueError(_('{cell!r} is not a number.', cell=cell[:40]))
    value = float(cell.replace(",", "."))
    if not math.isfinite(value):
        raise ValueError(_('{cell!r} is not a number.', cell=cell[:40]))
    if value < 0:
        raise ValueError(_('The figure cannot be below 0.'))
    return value


def parse_agents(cell: str) -> int | None:
    """How many agents the figure covers: a whole number of 0 or more, or blank."""
    if not cell:
        return None
    if not cell.isdigit() or not cell.isascii() or int(cell) > MAX_AGENTS:
        raise ValueError(_('The number of agents is a whole number of 0 or more, or empty.'))
    return int(cell)


__all__ = ["FiguresRead", "parse_agents", "parse_day", "parse_number", "plain", "read_figures"]
