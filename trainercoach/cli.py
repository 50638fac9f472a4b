"""``python -m trainercoach``: the command line for people who script, built on the same services.

Exit status: 0 done, 1 bad input or a refused operation (the reason on standard error, nothing
changed), 2 a usage error.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from contextlib import closing
from datetime import date
from pathlib import Path

from trainercoach import cli_forecast, paths
from trainercoach.cli_output import print_json
from trainercoach.db import Database, DatabaseRefused, open_database
from trainercoach.db.lifecycle import backup_database, check_database
from trainercoach.errors import NotFound, TrainerCoachError
from trainercoach.records.assets import AssetFilter
from trainercoach.services import Coach

MAX_ID = 2**63 - 1  # the largest id either database stores


def record_id(text: str) -> int:
    """An id as the lists show it: a whole number the database can hold (a larger one is a typing slip)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not an id (a whole number; see list)") from None
    if not 1 <= value <= MAX_ID:
        raise argparse.ArgumentTypeError(f"{text} is not an id (ids are whole numbers from 1; see list)")
    return value


def positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if not 1 <= value <= 1024:
        raise argparse.ArgumentTypeError(f"{text} is not a number of processes (1 to 1024)")
    return value


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m trainercoach", description=__doc__.splitlines()[0])
    db_parent = argparse.ArgumentParser(add_help=False)
    db_parent.add_argument("--db", metavar="PATH_OR_URL",
                           help="the database (default: $TRAINERCOACH_DB, else the one in your data folder)")
    commands = parser.add_subparsers(dest="command", required=True)

    demo = commands.add_parser("demo", parents=[db_parent], help="write a demo database")
    demo.add_argument("--scale", choices=["small", "large", "huge"], default="small")
    demo.add_argument("--lang", choices=["en", "el", "zh_CN"], default=None,
                      help="the language of its stages, rubric and feedback items (default: your locale's)")

    commands.add_parser("gui", help="open the desktop app (its options: python -m trainercoach gui --help)",
                        add_help=False)

    db = commands.add_parser("db", help="migrations, integrity, a consistent copy")
    db_commands = db.add_subparsers(dest="db_command", required=True)
    db_commands.add_parser("upgrade", parents=[db_parent], help="create or upgrade to the current schema")
    db_commands.add_parser("check", parents=[db_parent], help="integrity, references and schema version")
    backup = db_commands.add_parser("backup", parents=[db_parent], help="a consistent copy of the database")
    backup.add_argument("--out", type=Path, help="where to write it (default: the backups folder beside it)")
    restore = db_commands.add_parser("restore", parents=[db_parent],
                                     help="replace the database with a backup (the current one is backed up first)")
    restore.add_argument("--from", dest="backup", required=True, type=Path, metavar="BACKUP",
                         help="the backup file (see db backups)")
    backups = db_commands.add_parser("backups", parents=[db_parent],
                                     help="the backups beside the database, newest first")
    backups.add_argument("--keep", type=int, metavar="N",
                         help="from now on keep the last N automatic backups (daily, before an upgrade or restore)")
    copy = db_commands.add_parser("copy", help="copy a whole database into a new one, e.g. to a team server "
                                  "and back; every table's row count is checked")
    copy.add_argument("--from", dest="source", required=True, metavar="PATH_OR_URL", help="the database to copy")
    copy.add_argument("--to", dest="target", required=True, metavar="PATH_OR_URL",
                      help="a new database (created, or made with db upgrade, and still empty)")

    listing = commands.add_parser("list", parents=[db_parent], help="what is there, with ids")
    listing.add_argument("what", choices=["candidates", "sessions", "assets", "gaps", "cases", "plans"])
    listing.add_argument("--json", action="store_true", help="a JSON array of objects")
    listing.add_argument("--archived", action="store_true", help="include archived candidates")
    listing.add_argument("--candidate", type=record_id, metavar="ID",
                         help="sessions, cases: only this candidate's")
    listing.add_argument("--stale", action="store_true", help="assets: only those whose article changed since review")
    listing.add_argument("--review-due", action="store_true", help="assets: only those whose review is due")

    from trainercoach.cli_imports import add_commands

    add_commands(commands, db_parent)
    from trainercoach import cli_gaps

    cli_gaps.add_commands(commands, db_parent)

    export = commands.add_parser("export", parents=[db_parent], help="write PDF evaluations and reports")
    export.add_argument("what", choices=["trainer", "session", "programme", "case", "capacity"],
                        help="trainer: a candidate's evaluation; session: one delivery's report; programme: the "
                             "programme report (takes neither --id nor --all); case: one business case; "
                             "capacity: a saved capacity plan (--plan ID)")
    which = export.add_mutually_exclusive_group()
    which.add_argument("--id", type=record_id, metavar="ID", help="the candidate's or session's id (see list)")
    which.add_argument("--all", action="store_true",
                       help="every candidate (trainer: in parallel on every core) or every session")
    export.add_argument("--plan", type=record_id, metavar="ID", help="capacity: the saved plan's id (see list plans)")
    export.add_argument("--compare", type=record_id, metavar="ID", help="capacity: a saved plan to set beside it")
    export.add_argument("--out", type=Path, required=True, metavar="DIR", help="the folder to write into")
    export.add_argument("--lang", default="en", metavar="CODE",
                        help="the language of the documents: en (English), el (Greek) or zh_CN (Simplified Chinese)")
    export.add_argument("--page-size", choices=["A4", "Letter"], default=None,
                        help="paper size (default: Letter where the locale prints on it, as en_US or fr_CA in "
                             "LC_ALL, LC_PAPER or LANG; A4 elsewhere)")
    export.add_argument("--workers", type=positive, metavar="N", help="trainer --all: processes (default: every core)")

    export_list = commands.add_parser("export-list", parents=[db_parent],
                                      help="a list as a spreadsheet (CSV in UTF-8 for Excel, or XLSX)")
    export_list.add_argument("what", choices=["candidates", "sessions", "action-items", "certifications", "people",
                                              "assets"])
    export_list.add_argument("--out", type=Path, required=True, metavar="FILE",
                             help="the file to write, ending in .csv or .xlsx")
    export_list.add_argument("--archived", action="store_true", help="candidates: include archived ones")
    export_list.add_argument("--candidate", type=record_id, metavar="ID", help="sessions: only this candidate's")

    access = commands.add_parser("access", help="logins and roles on a team server (for leads)")
    access_commands = access.add_subparsers(dest="access_command", required=True)
    grant = access_commands.add_parser("grant", parents=[db_parent],
                                       help="give a person a login (made if new) with a role")
    grant.add_argument("--person", type=record_id, required=True, help="the person's id (see list)")
    grant.add_argument("--login", required=True, help="the login name on the server, e.g. maria_k")
    grant.add_argument("--role", choices=["lead", "trainer"], required=True)
    grant.add_argument("--password-stdin", action="store_true",
                       help="read the login's password from the first line of standard input")
    revoke = access_commands.add_parser("revoke", parents=[db_parent], help="take a login's role away")
    revoke.add_argument("--login", required=True)
    access_list = access_commands.add_parser("list", parents=[db_parent], help="the team's logins")
    access_list.add_argument("--json", action="store_true", help="a JSON array of objects")

    calibration = commands.add_parser("calibration", help="observer agreement: intraclass correlations, alpha")
    calibration_commands = calibration.add_subparsers(dest="calibration_command", required=True)
    icc = calibration_commands.add_parser(
        "icc", help="every agreement statistic of a CSV or XLSX table: targets in rows, observers in columns")
    icc.add_argument("file", type=Path, metavar="FILE",
                     help="header row of observer names; first column the target's name; empty cell = missing")
    icc.add_argument("--json", action="store_true", help="a JSON object (ICC1 ... ICC3k, alpha_ordinal, "
                                                         "alpha_interval: value, low, high; n_targets, ...)")
    icc.add_argument("--bootstrap", type=int, default=1000, metavar="N",
                     help="resamples of the targets for alpha's 95%% interval (0: none; default 1000)")
    calibration_report = calibration_commands.add_parser(
        "report", parents=[db_parent], help="the PDF report of one calibration exercise")
    calibration_report.add_argument("--exercise", type=record_id, required=True, metavar="ID",
                                    help="the exercise's id")
    calibration_report.add_argument("--out", type=Path, required=True, metavar="DIR", help="the folder to write into")
    calibration_report.add_argument("--lang", default="en", metavar="CODE",
                                    help="the report's language: en, el or zh_CN (default en)")
    calibration_report.add_argument("--page-size", choices=["A4", "Letter"], default=None,
                                    help="paper size (default: the one this computer uses)")

    cli_forecast.add_parser(commands, db_parent)
    bench = commands.add_parser("bench", help="the performance table on a large demo database (issue 8)")
    bench.add_argument("--quick", action="store_true", help="fewer runs and a sample of the batch: a few minutes")
    bench.add_argument("--json", action="store_true", help="a JSON array of objects, one per operation")
    bench.add_argument("--scale", choices=["small", "large", "huge"], default="large",
                       help="huge: ten times the large demo (6,000 candidates, ~300,000 sessions)")
    bench.add_argument("--only", action="append", default=[], help=argparse.SUPPRESS)
    bench.add_argument("--backend", action="append", choices=["sqlite", "postgresql"], default=[],
                       help="measure on this database only (default: both; PostgreSQL is TRAINERCOACH_BENCH_POSTGRES)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments[:1] == ["gui"]:
        # The windows, with their own options (--demo, --db, --lang): the same as trainercoach-gui and main.py.
        # Imported here only, so the command line never loads Qt.
        app = importlib.import_module("trainercoach.gui.app")
        return int(app.main(arguments[1:]))
    _tolerant_output()
    args = _parser().parse_args(arguments)
    try:
        return _run(args)
    except (TrainerCoachError, DatabaseRefused) as error:
        print(f"trainercoach: {error}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader (``| head``) stopped early; what it read is all it wanted. Point stdout at nothing so
        # Python's own flush at exit does not complain a second time.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as error:  # the file system refused: a folder that is a file, a full disk, no permission
        where = f" ({error.filename})" if error.filename else ""
        print(f"trainercoach: {error.strerror or error}{where}.", file=sys.stderr)
        return 1


def _run(args: argparse.Namespace) -> int:
    if args.command == "demo":
        from trainercoach.demo import write_demo

        target = Path(args.db) if args.db else None
        if target is None:
            raise TrainerCoachError("Say where to write the demo database with --db PATH.")
        from trainercoach.i18n import system_language

        counts = write_demo(target, scale=args.scale, lang=args.lang or system_language())
        print(f"Demo database written to {target}: " + ", ".join(f"{n} {what}" for what, n in counts.items()))
        return 0
    if args.command == "bench":
        return _bench(args)
    if args.command == "forecast":
        return cli_forecast.forecast(args)
    if args.command == "calibration":
        from trainercoach.cli_calibration import calibration

        return calibration(args)
    if args.command == "access":
        return _access(args)
    if args.command == "db":
        return _run_db(args)
    if args.command == "list" and args.what == "sessions":
        return _list_sessions(args)
    if args.command == "list" and args.what == "assets":
        return _list_assets(args)
    if args.command == "list" and args.what == "plans":
        from trainercoach.cli_capacity import list_plans

        return list_plans(args)
    if args.command == "list" and args.what in ("gaps", "cases"):
        from trainercoach import cli_gaps

        return cli_gaps.list_gaps(args) if args.what == "gaps" else cli_gaps.list_cases(args)
    if args.command == "gaps":
        from trainercoach.cli_gaps import import_figures

        return import_figures(args)
    if args.command in ("import-feedback", "import-checks", "presets"):
        from trainercoach.cli_imports import run

        return run(args)
    if args.command == "export":
        return _export(args)
    if args.command == "export-list":
        return _export_list(args)
    if args.command == "list":
        with closing(Coach.open(args.db)) as coach:
            rows = coach.candidates.list(include_archived=args.archived)
        if args.json:
            print_json([
                {"id": r.id, "name": r.name, "stage": r.stage_name, "email": r.email, "site": r.site,
                 "team": r.team, "mentor": r.mentor_name, "archived": r.archived}
                for r in rows
            ])
        else:
            for r in rows:
                print(f"{r.id:>6}  {r.name}  [{r.stage_name}]")
        return 0
    raise AssertionError(args.command)


def _iso(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def _list_assets(args: argparse.Namespace) -> int:
    """The training asset library (issue 20), filtered as the Assets page filters it."""
    with closing(Coach.open(args.db)) as coach:
        rows = coach.assets.list(AssetFilter(stale=args.stale, review_due=args.review_due))
    if args.json:
        print_json([{"id": r.id, "name": r.title, "title": r.title, "owner": r.owner_name, "version": r.version_label,
                     "versions": r.versions, "template": r.template, "languages": list(r.languages),
                     "link": r.link, "mix": list(r.mix), "article_changed_on": _iso(r.article_changed_on),
                     "last_reviewed_on": _iso(r.last_reviewed_on), "review_due": _iso(r.review_due), "stale": r.stale,
                     "ratings": r.ratings, "mean_rating": r.mean_rating, "comments": r.comments} for r in rows])
    else:
        for r in rows:
            flags = " [stale]" if r.stale else ""
            print(f"{r.id:>6}  {r.title}  v{r.version_label or '-'}  {r.owner_name or '-'}{flags}")
    return 0


def _access(args: argparse.Namespace) -> int:
    """A lead's access commands, through the same service as the People window: every refusal (a login that
    is not this team's to change, a trainer asking) is exit 1 with the reason on standard error."""
    password = None
    if args.access_command == "grant" and args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
        if not password:
            raise TrainerCoachError("No password on standard input (one line was expected).")
    with closing(Coach.open(args.db)) as coach:
        if args.access_command == "grant":
            coach.people.grant_access(args.person, args.login, args.role, password=password)
            print(f"{args.login.strip()}: {args.role}")
        elif args.access_command == "revoke":
            coach.people.revoke_login(args.login)
            print(f"{args.login.strip()}: no access")
        else:
            logins = coach.people.logins()
            if args.json:
                print_json([{"login": r.db_user, "person_id": r.person_id, "name": r.person_name, "role": r.role}
                             for r in logins])
            else:
                for r in logins:
                    print(f"{r.db_user}  {r.role}  {r.person_id:>6}  {r.person_name}")
    return 0


def _bench(args: argparse.Namespace) -> int:
    """The benchmark is a developer's tool and does not ship: run the one in this source checkout
    (``benchmarks/bench.py`` beside ``trainercoach/``), or say plainly where it runs."""
    root = paths.PROJECT_ROOT
    if not (root / "benchmarks" / "bench.py").is_file() or not (root / "pyproject.toml").is_file():
        raise TrainerCoachError("The benchmark runs from a source checkout of Trainer Coach (python -m trainercoach "
                                "bench in the folder with pyproject.toml); this installed copy does not include it.")
    if str(root) not in sys.path:
        sys.path.insert(0, str(root))
    bench = importlib.import_module("benchmarks.bench")
    return int(bench.main(args.quick, args.json, scale=args.scale, only=args.only,
                          backends=args.backend or ("sqlite", "postgresql")))


def _tolerant_output() -> None:
    """Names arrive in Greek and Chinese, but a Windows pipe or an old terminal may only take its code page:
    a character it cannot show is written as an escape rather than stopping the command half-way."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")


def _list_sessions(args: argparse.Namespace) -> int:
    with closing(Coach.open(args.db)) as coach:
        rows = coach.deliveries.list(candidate_id=args.candidate)
    if args.json:
        print_json([
            {"id": r.id, "name": r.topic, "candidate_id": r.candidate_id, "date": r.starts_at.isoformat(),
             "code": r.code, "candidate": r.candidate_name, "method": r.method, "audience": r.audience,
             "trainees": r.trainees, "duration_minutes": r.duration_minutes, "asset": r.asset_title,
             "observations": r.observations, "responses": r.responses}
            for r in rows
        ])
    else:
        for r in rows:
            print(f"{r.id:>6}  {r.starts_at:%Y-%m-%d %H:%M}  {r.code}  {r.topic}  [{r.candidate_name}]  "
                  f"feedback forms: {r.responses}")
    return 0


def _export(args: argparse.Namespace) -> int:
    from trainercoach import i18n
    from trainercoach.i18n import LANGUAGES

    if args.lang not in LANGUAGES:
        raise TrainerCoachError(f"The reports are in {', '.join(LANGUAGES)}; {args.lang!r} is not one of them.")
    with i18n.using(args.lang):
        return _export_in_language(args)


def _export_in_language(args: argparse.Namespace) -> int:
    from trainercoach.exports.evaluations import export_all_evaluations
    from trainercoach.reports.batch import evaluation_paths, safe_stem
    from trainercoach.reports.evaluation import write_trainer_evaluation
    from trainercoach.reports.paper import default_paper
    from trainercoach.reports.programme_report import write_programme_report
    from trainercoach.reports.session_report import write_session_report

    args.page_size = args.page_size or default_paper()
    if args.what != "capacity" and (args.plan is not None or args.compare is not None):
        raise TrainerCoachError("--plan and --compare are for export capacity.")
    if args.what in ("case", "capacity"):
        from trainercoach.cli_capacity import export_capacity
        from trainercoach.cli_gaps import export_case

        for path in (export_case if args.what == "case" else export_capacity)(args):
            print(path)
        return 0
    if args.what == "programme":
        if args.id is not None or args.all:
            raise TrainerCoachError("export programme takes neither --id nor --all.")
    elif args.id is None and not args.all:
        raise TrainerCoachError(f"Say which with --id ID, or --all (export {args.what}).")
    if args.out.exists() and not args.out.is_dir():
        raise TrainerCoachError(f"{args.out} is a file; give --out a folder to write the documents into.")
    written: list[Path] = []
    with closing(Coach.open(args.db)) as coach:
        if args.what == "programme":
            written.append(write_programme_report(coach.reports.programme(), args.out / "Programme report.pdf",
                                                  page_size=args.page_size))
        elif args.what == "trainer" and args.all:
            ids = [r.id for r in coach.candidates.list()]
            url, actor = coach.db.url, coach.actor
        elif args.what == "trainer":
            try:
                snapshot = coach.reports.evaluation(args.id)
            except NotFound:
                raise TrainerCoachError(f"No candidate has the id {args.id} (see list candidates).") from None
            path = evaluation_paths([(args.id, snapshot.detail.form.name)], args.out)[args.id]
            written.append(write_trainer_evaluation(snapshot, path, page_size=args.page_size))
        else:
            ids = [args.id] if args.id is not None else [r.id for r in coach.deliveries.list()]
            for delivery_id in ids:
                try:
                    report = coach.reports.session_report(delivery_id)
                except NotFound:
                    raise TrainerCoachError(f"No session has the id {delivery_id} (see list sessions).") from None
                detail = report.detail
                stem = safe_stem(f"{detail.form.starts_at:%Y-%m-%d} {detail.code} {detail.form.topic}")
                written.append(write_session_report(report, args.out / f"{stem}.pdf", page_size=args.page_size))
    if args.what == "trainer" and args.all:
        written = export_all_evaluations(url, ids, args.out, page_size=args.page_size, workers=args.workers,
                                         actor=actor, lang=args.lang)
    for path in written:
        print(path)
    return 0


def _export_list(args: argparse.Namespace) -> int:
    from trainercoach.exports.spreadsheets import export_list

    filters: dict[str, object] = {}
    if args.archived:
        if args.what != "candidates":
            raise TrainerCoachError("--archived is for export-list candidates.")
        filters["include_archived"] = True
    if args.candidate is not None:
        if args.what != "sessions":
            raise TrainerCoachError("--candidate is for export-list sessions.")
        filters["candidate_id"] = args.candidate
    with closing(Coach.open(args.db)) as coach:
        written = export_list(coach, args.what, args.out, **filters)
    print(written)
    return 0


def _run_db(args: argparse.Namespace) -> int:
    if args.db_command == "copy":
        return _copy(args)
    if args.db_command == "restore":
        return _restore(args)
    if args.db_command == "upgrade":
        database = open_database(args.db)
        print(f"{database.display_name()} is at the current schema.")
        database.close()
        return 0
    database = open_database(args.db, upgrade=False)
    try:
        if args.db_command == "check":
            report = check_database(database)
            for problem in report.problems:
                print(problem, file=sys.stderr)
            if not report.ok:
                return 1
            print(f"{database.display_name()}: ok (schema {report.revision})")
            return 0
        if args.db_command == "backups":
            return _backups(database, args.keep)
        destination = backup_database(database, args.out)
        print(f"Backup written to {destination}")
        return 0
    finally:
        database.close()


def _restore(args: argparse.Namespace) -> int:
    from trainercoach.db.backups import restore_database

    result = restore_database(args.db, args.backup)
    if result.safety_copy is not None:
        print(f"The database as it was is kept in {result.safety_copy}")
    print(f"{result.database} restored from {result.restored_from.name} (schema {result.revision}; now at the "
          "current schema).")
    return 0


def _backups(database: Database, keep: int | None) -> int:
    from trainercoach.db.backups import check_keep, list_backups, prune_backups
    from trainercoach.services.settings import SettingsService

    path = database.path
    if path is None:
        raise TrainerCoachError("Backups beside the database are for SQLite files; back up a team server with "
                                "pg_dump.")
    if keep is not None:
        coach = Coach(database)
        SettingsService(coach).set_backups_to_keep(check_keep(keep))
        removed = prune_backups(path, keep)
        print(f"From now on the last {keep} automatic backups are kept" + (f"; {len(removed)} older ones deleted."
                                                                           if removed else "."))
    for backup in list_backups(path):
        print(f"{backup.made_at:%Y-%m-%d %H:%M:%S}  {backup.size:>12,} bytes  {backup.label:<28}  {backup.path}")
    return 0


def _copy(args: argparse.Namespace) -> int:
    from trainercoach.db.copy import CountMismatch, copy_database

    try:
        report = copy_database(args.source, args.target)
    except CountMismatch as error:
        print("trainercoach: the copy was rolled back; these tables' row counts differ:", file=sys.stderr)
        for table, (source, target) in error.differences.items():
            print(f"  {table}: {source} in the source, {target} in the copy", file=sys.stderr)
        return 1
    for table, rows in report.counts.items():
        print(f"{rows:>8}  {table}")
    print(f"Copied {report.rows} rows in {len(report.counts)} tables; every table's row count matches.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
