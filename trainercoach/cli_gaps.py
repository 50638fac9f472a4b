"""``python -m trainercoach list gaps|cases``, ``export case`` and ``gaps import-figures``: the knowledge-gap
register and the business cases (issue 20), on the same services and the same PDF as the windows."""

from __future__ import annotations

import argparse
import sys
from contextlib import closing
from pathlib import Path
from typing import Any

from trainercoach.cli_output import print_json
from trainercoach.errors import NotFound, TrainerCoachError
from trainercoach.services import Coach


def list_gaps(args: argparse.Namespace) -> int:
    with closing(Coach.open(args.db)) as coach:
        rows = coach.gaps.list()
    if args.json:
        print_json([{"id": g.id, "name": g.topic, "topic": g.topic, "status": g.status, "evidence": g.evidence,
                     "agents": g.agents, "trend": g.trend, "cases": g.cases, "created_by": g.created_by,
                     "created_at": g.created_at.isoformat()} for g in rows])
    else:
        for g in rows:
            print(f"{g.id:>6}  {g.topic}  [{g.status}; {g.evidence} evidence, {g.agents} agents, {g.trend}]")
    return 0


def list_cases(args: argparse.Namespace) -> int:
    with closing(Coach.open(args.db)) as coach:
        rows = coach.cases.list(candidate_id=args.candidate)
    if args.json:
        print_json([{"id": c.id, "name": c.title, "title": c.title, "candidate": c.candidate, "gap": c.gap,
                     "status": c.status, "effort_hours": c.effort_hours,
                     "changed_at": c.changed_at.isoformat()} for c in rows])
    else:
        for c in rows:
            print(f"{c.id:>6}  {c.title}  [{c.status}]  {c.candidate}")
    return 0


def export_case(args: argparse.Namespace) -> list[Path]:
    """One business case's PDF, read in one transaction; a case that is not there is exit 1 with the reason."""
    from trainercoach.reports.batch import safe_stem
    from trainercoach.reports.case_report import write_case_report

    if args.all or args.id is None:
        raise TrainerCoachError("Say which business case with --id ID (see list cases).")
    with closing(Coach.open(args.db)) as coach:
        try:
            snapshot = coach.reports.business_case(args.id)
        except NotFound:
            raise TrainerCoachError(f"No business case has the id {args.id} (see list cases).") from None
        stem = safe_stem(f"Business case {args.id} {snapshot.case.form.title}")
        return [write_case_report(snapshot, args.out / f"{stem}.pdf", page_size=args.page_size)]


def add_commands(commands: Any, db_parent: argparse.ArgumentParser) -> None:
    """``gaps import-figures``, beside the other commands in cli.py."""
    gaps = commands.add_parser("gaps", help="knowledge gaps: import outside figures")
    gap_commands = gaps.add_subparsers(dest="gaps_command", required=True)
    figures = gap_commands.add_parser(
        "import-figures", parents=[db_parent],
        help="add outside figures (columns date, kind, value, source, agents, note) from a CSV or XLSX file to a "
             "gap: all of them or nothing")
    figures.add_argument("--gap", required=True, type=gap_id, metavar="ID", help="the gap's id (list gaps)")
    figures.add_argument("--dry-run", action="store_true", help="print the figures and the problems; change nothing")
    figures.add_argument("--lang", choices=["en", "el", "zh_CN"], default=None,
                         help="the language of the problems printed (default: the locale's)")
    figures.add_argument("file", type=Path, metavar="FILE")


def import_figures(args: argparse.Namespace) -> int:
    """Figures into a gap through the same service as the gap page; every problem printed, nothing changed."""
    from trainercoach import i18n
    from trainercoach.i18n import system_language
    from trainercoach.imports.problems import ImportRefused, NothingToImport

    with i18n.using(args.lang or system_language()), closing(Coach.open(args.db)) as coach:
        try:
            topic = coach.gaps.get(args.gap).form.topic
        except NotFound:
            raise TrainerCoachError(f"No knowledge gap has the id {args.gap} (see list gaps).") from None
        if args.dry_run:
            read = coach.gaps.import_figures(args.gap, args.file, dry_run=True)
            print(f"Columns: {', '.join(read.headers)}")
            for form, line in zip(read.figures, read.lines, strict=True):
                print(f"line {line}: {form.on_date or '?'}  {form.figure_kind or '?'}  "
                      f"{'?' if form.value is None else f'{form.value:g}'}  {form.source}"
                      + (f"  ({form.agents} agents)" if form.agents is not None else ""))
            print(f"{len(read.figures)} figures, {read.blank_rows} blank rows")
            _print_problems(read.problems, read.more_problems, sys.stdout)
            print("Nothing was changed (dry run).")
            return 0 if read.ok and read.figures else 1
        try:
            read = coach.gaps.import_figures(args.gap, args.file)
        except NothingToImport as error:
            raise TrainerCoachError(str(error)) from None
        except ImportRefused as error:
            _print_problems(error.problems, error.more, sys.stderr)
            print(f"trainercoach: {len(error.problems) + error.more} problems in {args.file.name}; nothing was "
                  "imported.", file=sys.stderr)
            return 1
    print(f"Imported {len(read.added)} figures into gap {args.gap} ({topic})"
          + (f", {read.blank_rows} blank rows skipped" if read.blank_rows else ""))
    return 0


def gap_id(text: str) -> int:
    """A gap's id as typed: a positive whole number the database can hold."""
    if not text.strip().isdigit() or not 0 < int(text) < 2**63:
        raise argparse.ArgumentTypeError(f"{text!r} is not an id (a positive whole number; see list gaps)")
    return int(text)


def _print_problems(problems: list[Any], more: int, file: Any) -> None:
    for problem in problems:
        print(problem, file=file)
    if more:
        print(f"… and {more} more problems.", file=file)
