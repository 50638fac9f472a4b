"""``python -m trainercoach import-feedback | import-checks | presets``: files into the database from the command
line, on the same import functions as the windows. Each refuses with every problem (line, column, why) and
changes nothing; ``--dry-run`` prints what would happen and changes nothing either."""

from __future__ import annotations

import argparse
import sys
from contextlib import closing, suppress
from datetime import date
from pathlib import Path
from typing import Any

from trainercoach.cli_output import print_json
from trainercoach.errors import NotFound, TrainerCoachError
from trainercoach.services import Coach

MAX_ID = 2**63 - 1


def add_commands(commands: Any, db_parent: argparse.ArgumentParser) -> None:
    """The import commands' parsers, beside the others in cli.py."""
    feedback = commands.add_parser("import-feedback", parents=[db_parent],
                                   help="import trainee feedback from a CSV or XLSX file: all of it or nothing")
    feedback.add_argument("--session", required=True, metavar="ID",
                          help="the session's id (see list sessions) or the code printed on its forms")
    feedback.add_argument("--preset", default="", metavar="NAME",
                          help="a saved column mapping for a survey export (default: the generic file, or a Google "
                               "or Microsoft Forms export recognised from its columns)")
    feedback.add_argument("--allow-duplicate", action="store_true",
                          help="import a file even though the same file was imported before")
    feedback.add_argument("--dry-run", action="store_true",
                          help="print the mapping, the counts and the problems; change nothing")
    feedback.add_argument("--day-first", dest="date_order", action="store_const", const="dmy", default="",
                          help="the response times' dates are day/month/year")
    feedback.add_argument("--month-first", dest="date_order", action="store_const", const="mdy",
                          help="the response times' dates are month/day/year")
    feedback.add_argument("--zone", action="append", default=[], metavar="NAME=OFFSET",
                          help="what an ambiguous time-zone name in the response times means, e.g. CST=+08:00")
    feedback.add_argument("--outside", choices=["import", "leave-out"], default="",
                          help="forms dated before the session or more than 30 days after it: import them, or "
                               "leave them out (default: refuse, naming them)")
    feedback.add_argument("--comment-only", action="store_true",
                          help="the form has comments only: import it although no column is a rating")
    feedback.add_argument("--lang", choices=["en", "el", "zh_CN"], default=None,
                          help="the language of the problems printed (default: the locale's)")
    feedback.add_argument("file", type=Path, metavar="FILE")

    checks = commands.add_parser("import-checks", parents=[db_parent],
                                 help="import a comprehension check's scores from a CSV or XLSX file (columns "
                                      "trainee, before, after, retention): all of it or nothing")
    checks.add_argument("--session", required=True, metavar="ID",
                        help="the session's id (see list sessions) or the code printed on its forms")
    checks.add_argument("--kind", choices=["daily_quiz", "practical_task", "oral_exam"], default="daily_quiz")
    checks.add_argument("--title", default="", help="the check's title (default: none)")
    checks.add_argument("--max-score", type=float, default=10.0, metavar="N",
                        help="the highest score (default 10); 0 means there is none")
    checks.add_argument("--held-on", type=date.fromisoformat, metavar="YYYY-MM-DD", help="the day of the check")
    checks.add_argument("--retention-on", type=date.fromisoformat, metavar="YYYY-MM-DD",
                        help="the day of the retention check")
    checks.add_argument("--dry-run", action="store_true", help="print the counts and the problems; change nothing")
    checks.add_argument("--lang", choices=["en", "el", "zh_CN"], default=None,
                        help="the language of the problems printed (default: the locale's)")
    checks.add_argument("file", type=Path, metavar="FILE")

    presets = commands.add_parser("presets", help="column mappings for survey exports, shared as JSON files")
    preset_commands = presets.add_subparsers(dest="presets_command", required=True)
    listing = preset_commands.add_parser("list", parents=[db_parent], help="the saved presets and the built-in ones")
    listing.add_argument("--json", action="store_true", help="a JSON array of objects")
    show = preset_commands.add_parser("show", parents=[db_parent], help="one preset's mapping, as JSON")
    show.add_argument("name", metavar="NAME")
    export = preset_commands.add_parser("export", parents=[db_parent], help="write a saved preset to a JSON file")
    export.add_argument("name", metavar="NAME")
    export.add_argument("--out", type=Path, required=True, metavar="FILE", help="the file to write (a new one)")
    load = preset_commands.add_parser("import", parents=[db_parent], help="save a preset from a JSON file")
    load.add_argument("file", type=Path, metavar="FILE")
    load.add_argument("--name", default="", help="save it under this name (default: the name in the file)")
    load.add_argument("--replace", action="store_true", help="replace a saved preset of the same name")


def run(args: argparse.Namespace) -> int:
    if args.command == "import-feedback":
        return _import_feedback(args)
    if args.command == "import-checks":
        from trainercoach import i18n

        with i18n.using(_in_language(args)):
            return _import_checks(args)
    return _presets(args)


def session_id(coach: Coach, text: str) -> int:
    """A session as a person names it on the command line: its id, or the code printed on its forms."""
    text = text.strip()
    return int(text) if text.isdigit() and int(text) <= MAX_ID else coach.deliveries.by_code(text)


def _zones(pairs: list[str]) -> dict[str, str]:
    from trainercoach.imports.times import parse_offset

    zones = {}
    for pair in pairs:
        name, _sep, offset = pair.partition("=")
        try:
            parse_offset(offset)
        except ValueError as error:
            raise TrainerCoachError(f"--zone {pair}: {error} Write it as NAME=OFFSET, e.g. CST=+08:00.") from None
        zones[name.strip()] = offset.strip()
    return zones


def _print_problems(problems: list[Any], more: int, file: Any) -> None:
    for problem in problems:
        print(problem, file=file)
    if more:
        print(f"… and {more} more problems.", file=file)


def _print_hints(kinds: set[str]) -> None:
    """The options that settle the questions a file raised (the problems' kinds, whatever their language)."""
    from trainercoach.imports.problems import COMMENT_ONLY, DATE_ORDER, OUTSIDE, ZONE

    hints = {DATE_ORDER: "add --day-first or --month-first.",
             ZONE: "add --zone NAME=OFFSET, e.g. --zone CST=+08:00 (China Standard Time).",
             OUTSIDE: "add --outside import or --outside leave-out.",
             COMMENT_ONLY: "add --comment-only if this form really has no ratings."}
    for kind, hint in hints.items():
        if kind in kinds:
            print(f"trainercoach: {hint}", file=sys.stderr)


def _in_language(args: argparse.Namespace) -> str:
    """The language problems are printed in: --lang, else the locale's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG)."""
    from trainercoach.i18n import system_language

    return str(args.lang or system_language())


def _import_feedback(args: argparse.Namespace) -> int:
    from trainercoach import i18n

    with i18n.using(_in_language(args)):
        return _import_feedback_in_language(args)


def _import_feedback_in_language(args: argparse.Namespace) -> int:
    from trainercoach.imports.feedback_import import (
        DuplicateImport,
        ImportRefused,
        Mapping,
        guesses,
        import_feedback,
        is_generic,
        preview,
    )
    from trainercoach.imports.problems import COMMENT_ONLY
    from trainercoach.imports.surveys import sureness, survey_kind
    from trainercoach.imports.tables import read_headers

    zones = _zones(args.zone)
    with closing(Coach.open(args.db)) as coach:
        delivery_id = session_id(coach, args.session)
        coach.deliveries.get(delivery_id)  # NotFound, in words, before the file is read
        mapping = Mapping.from_dict(coach.feedback.preset(args.preset)) if args.preset else None
        placed = []
        if mapping is None:
            headers = read_headers(args.file)
            items = coach.feedback.items()
            if not is_generic(headers, items) and survey_kind(headers):
                placed = guesses(headers, items)
                doubtful = [g for g in placed if not g.confident]
                if doubtful:
                    for guess in doubtful:
                        print(f"{guess.header!r}: not placed with confidence ({guess.why}"
                              + (f"; perhaps {guess.target}, {guess.confidence:.0%}" if guess.target else "") + ")",
                              file=sys.stderr)
                    print(f"trainercoach: {len(doubtful)} column{'s' if len(doubtful) != 1 else ''} of this "
                          f"{survey_kind(headers)} export could not be placed; nothing was imported. Make a preset "
                          "(presets import, or the import window) and use --preset.", file=sys.stderr)
                    return 1
                mapping = Mapping({g.header: g.target for g in placed})
        if mapping is not None:
            mapping.date_order = args.date_order or mapping.date_order
            mapping.zones.update(zones)
        elif args.date_order or zones:
            raise TrainerCoachError("--day-first, --month-first and --zone are for files with response times (a "
                                    "survey export or a preset).")
        if args.dry_run:
            seen = preview(coach, args.file, mapping, limit=0, comment_only=args.comment_only,
                           delivery_id=delivery_id, outside=args.outside)
            how_sure = {g.header: sureness(g.confidence) for g in placed}
            for header, target in seen.mapping.columns.items():
                sure = f"  ({how_sure[header]})" if header in how_sure else ""
                print(f"{header} -> {target or '(ignored)'}{sure}")
            print(f"{seen.total_rows} rows: {seen.importable_rows} forms to import, {seen.blank_rows} blank"
                  + (f", {seen.outside_rows} dated outside the session" if seen.outside_rows else "")
                  + (f" ({seen.left_out} left out)" if seen.left_out else ""))
            _print_problems(seen.problems, seen.more_problems, sys.stdout)
            _print_hints({p.kind for p in seen.problems} - {COMMENT_ONLY})
            print("Nothing was changed (dry run).")
            return 0 if seen.ok else 1
        try:
            result = import_feedback(coach, delivery_id, args.file, mapping, preset=args.preset,
                                     allow_duplicate=args.allow_duplicate, comment_only=args.comment_only,
                                     outside=args.outside)
        except DuplicateImport as error:
            earlier = error.earlier
            where = f"session {earlier.delivery_id}"
            with suppress(TrainerCoachError):
                where += f" ({coach.deliveries.get(earlier.delivery_id).form.topic})"
            print(f"trainercoach: {args.file.name} was already imported on {earlier.imported_at:%Y-%m-%d %H:%M} "
                  f"by {earlier.imported_by} into {where}: {earlier.rows} forms. Nothing was imported; add "
                  "--allow-duplicate to import it again.", file=sys.stderr)
            return 1
        except ImportRefused as error:
            if not error.problems:
                raise
            _print_problems(error.problems, error.more, sys.stderr)
            _print_hints({p.kind for p in error.problems})
            total = len(error.problems) + error.more
            print(f"trainercoach: {total} problem{'s' if total != 1 else ''} in {args.file.name}; nothing was "
                  "imported.", file=sys.stderr)
            return 1
    print(result.summary())
    return 0


def _import_checks(args: argparse.Namespace) -> int:
    """A comprehension check from a file, through the same reading and service as the check window."""
    from trainercoach.imports.comprehension_import import import_comprehension, read_scores
    from trainercoach.imports.feedback_import import ImportRefused, NothingToImport
    from trainercoach.records.comprehension import CheckForm

    max_score = args.max_score or None
    with closing(Coach.open(args.db)) as coach:
        delivery_id = session_id(coach, args.session)
        topic = coach.deliveries.get(delivery_id).form.topic
        if args.dry_run:
            read = read_scores(args.file, max_score, coach.settings.import_limits())
            print(f"Columns: {', '.join(read.headers)}")
            print(f"{len(read.scores)} trainees' scores, {read.blank_rows} blank rows")
            _print_problems(read.problems, read.more_problems, sys.stdout)
            print("Nothing was changed (dry run).")
            return 0 if read.ok and read.scores else 1
        form = CheckForm(delivery_id, args.kind, args.title, max_score, args.held_on, args.retention_on)
        try:
            check_id = import_comprehension(coach, form, args.file)
        except NothingToImport as error:
            raise TrainerCoachError(str(error)) from None
        except ImportRefused as error:
            _print_problems(error.problems, error.more, sys.stderr)
            print(f"trainercoach: {error}" if not error.problems else
                  f"trainercoach: {len(error.problems) + error.more} problems in {args.file.name}; nothing was "
                  "imported.", file=sys.stderr)
            return 1
        count = len(coach.comprehension.get(check_id).form.scores)
        blank = read_scores(args.file, max_score, coach.settings.import_limits()).blank_rows  # a check is small
    print(f"Imported comprehension check {check_id} into session {delivery_id} ({topic}): {count} trainees"
          + (f", {blank} blank row{'s' if blank != 1 else ''} skipped" if blank else ""))
    return 0


def _presets(args: argparse.Namespace) -> int:
    """Saved presets are the database's; the built-in ones are the app's and cannot be exported or replaced."""
    from trainercoach.imports.presets import (
        builtin_description,
        check_name,
        is_builtin,
        preset_file_text,
        read_preset_file,
    )
    from trainercoach.imports.surveys import BUILTIN_PRESETS

    with closing(Coach.open(args.db)) as coach:
        saved = coach.feedback.presets()
        if args.presets_command == "list":
            rows = [{"name": name, "built_in": False} for name in saved] + [
                {"name": name, "built_in": True} for name in BUILTIN_PRESETS]
            if args.json:
                print_json(rows)
            else:
                for row in rows:
                    print(f"{row['name']}" + ("  (built-in: recognised from the file's columns)" if row["built_in"]
                                             else ""))
            return 0
        if args.presets_command == "show":
            if args.name in saved:
                print_json({"name": args.name, "built_in": False, "mapping": coach.feedback.preset(args.name)})
            elif is_builtin(args.name):
                print_json(builtin_description(args.name))
            else:
                raise NotFound(f"There is no import preset called {args.name!r} (see presets list).")
            return 0
        if args.presets_command == "export":
            if args.name not in saved:
                if is_builtin(args.name):
                    raise TrainerCoachError(f"{args.name} is built in: every copy of the app has it, so it needs no "
                                            "file.")
                raise NotFound(f"There is no import preset called {args.name!r} (see presets list).")
            if args.out.exists():
                raise TrainerCoachError(f"{args.out} already exists; give --out a new file.")
            args.out.write_text(preset_file_text(args.name, coach.feedback.preset(args.name)), encoding="utf-8")
            print(args.out)
            return 0
        item_keys = {item.key for item in coach.feedback.items(active_only=False)}
        name, mapping = read_preset_file(args.file, item_keys)
        if args.name:
            name = check_name(args.name)
        if is_builtin(name) and name not in saved:
            raise TrainerCoachError(f"{name} is the name of a built-in preset; save this one with --name under "
                                    "another name.")
        if name in saved and not args.replace:
            raise TrainerCoachError(f"A preset called {name!r} is already saved; add --replace to replace it, or "
                                    "--name to save it under another name.")
        coach.feedback.save_preset(name, mapping.to_dict())
    print(f"Preset {name!r} saved: {sum(1 for t in mapping.columns.values() if t)} columns mapped")
    return 0


__all__ = ["add_commands", "run", "session_id"]
