"""``python -m trainercoach``: the command line for people who script, built on the same services.

Exit status: 0 done, 1 bad input or a refused operation (the reason on standard error, nothing
changed), 2 a usage error.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from contextlib import closing
from pathlib import Path

from trainercoach.db import DatabaseRefused, open_database
from trainercoach.db.lifecycle import backup_database, check_database
from trainercoach.errors import TrainerCoachError
from trainercoach.services import Coach


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m trainercoach", description=__doc__.splitlines()[0])
    db_parent = argparse.ArgumentParser(add_help=False)
    db_parent.add_argument("--db", metavar="PATH_OR_URL",
                           help="the database (default: $TRAINERCOACH_DB, else the one in your data folder)")
    commands = parser.add_subparsers(dest="command", required=True)

    demo = commands.add_parser("demo", parents=[db_parent], help="write a demo database")
    demo.add_argument("--scale", choices=["small", "large"], default="small")

    db = commands.add_parser("db", help="migrations, integrity, a consistent copy")
    db_commands = db.add_subparsers(dest="db_command", required=True)
    db_commands.add_parser("upgrade", parents=[db_parent], help="create or upgrade to the current schema")
    db_commands.add_parser("check", parents=[db_parent], help="integrity, references and schema version")
    backup = db_commands.add_parser("backup", parents=[db_parent], help="a consistent copy of the database")
    backup.add_argument("--out", type=Path, help="where to write it (default: the backups folder beside it)")

    listing = commands.add_parser("list", parents=[db_parent], help="what is there, with ids")
    listing.add_argument("what", choices=["candidates"])
    listing.add_argument("--json", action="store_true", help="a JSON array of objects")
    listing.add_argument("--archived", action="store_true", help="include archived candidates")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return _run(args)
    except (TrainerCoachError, DatabaseRefused) as error:
        print(f"trainercoach: {error}", file=sys.stderr)
        return 1


def _run(args: argparse.Namespace) -> int:
    if args.command == "demo":
        from trainercoach.demo import write_demo

        target = Path(args.db) if args.db else None
        if target is None:
            raise TrainerCoachError("Say where to write the demo database with --db PATH.")
        counts = write_demo(target, scale=args.scale)
        print(f"Demo database written to {target}: " + ", ".join(f"{n} {what}" for what, n in counts.items()))
        return 0
    if args.command == "db":
        return _run_db(args)
    if args.command == "list":
        with closing(Coach.open(args.db)) as coach:
            rows = coach.candidates.list(include_archived=args.archived)
        if args.json:
            print(json.dumps([
                {"id": r.id, "name": r.name, "stage": r.stage_name, "email": r.email, "site": r.site,
                 "team": r.team, "mentor": r.mentor_name, "archived": r.archived}
                for r in rows
            ], ensure_ascii=False, indent=1))
        else:
            for r in rows:
                print(f"{r.id:>6}  {r.name}  [{r.stage_name}]")
        return 0
    raise AssertionError(args.command)


def _run_db(args: argparse.Namespace) -> int:
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
        destination = backup_database(database, args.out)
        print(f"Backup written to {destination}")
        return 0
    finally:
        database.close()


if __name__ == "__main__":
    sys.exit(main())
