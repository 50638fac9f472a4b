"""Write one database file per released schema version into tests/data/, each holding real rows.

tests/core/test_upgrades.py opens each of them with the current app and checks that every row survives the upgrade.
Run this once when a migration is released (it adds the new version's file; existing files are kept as they are,
since they stand for databases people already have):

    python tools/build_upgrade_fixtures.py            write the files that are missing
    python tools/build_upgrade_fixtures.py --force    write them all again

How a file is made: the small demo (three languages, every kind of record) is written at the current schema and
trimmed to a few hundred feedback forms; then for each revision a new file is migrated to exactly that revision and
every table that revision has receives the demo's rows, in the columns that revision has. Migrations so far only
add tables and columns, so this is the database an app of that version would have held.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import tempfile
from contextlib import closing
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

OUT = ROOT / "tests" / "data"
DEMO_DAY = date(2026, 1, 15)
KEEP_FORMS = 240  # feedback forms kept from the demo (each with its answers), so the files stay small


def fixture_path(revision: str) -> Path:
    return OUT / f"schema-{revision}.sqlite3"


def build_source(folder: Path) -> Path:
    """The demo at the current schema, trimmed, with a team login too (app_user, from 0004)."""
    from trainercoach.demo import write_demo

    source = folder / "demo.sqlite3"
    write_demo(source, today=DEMO_DAY)
    with closing(sqlite3.connect(source)) as connection:
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute("DELETE FROM feedback_response WHERE id NOT IN "
                           f"(SELECT id FROM feedback_response ORDER BY id LIMIT {KEEP_FORMS})")
        connection.execute("DELETE FROM comprehension_score WHERE rowid % 4 != 0")
        person = connection.execute("SELECT id FROM person ORDER BY id LIMIT 1").fetchone()[0]
        connection.execute("INSERT INTO app_user (db_user, person_id, role, created_at) "
                           "VALUES ('maria_k', ?, 'lead', '2026-01-10 09:00:00')", (person,))
        connection.execute("INSERT INTO import_preset (name, mapping, created_at) VALUES ('Google Forms · Αθήνα', "
                           "'{\"columns\": {\"Πόσο σαφής ήταν;\": \"clarity\"}}', '2026-01-11 10:00:00')")
        connection.execute("INSERT INTO setting (key, value, updated_at) VALUES ('composite_weights', "
                           "'{\"feedback\": 0.3, \"gain\": 0.2, \"rubric\": 0.5}', '2026-01-12 11:00:00')")
        connection.commit()
        connection.execute("PRAGMA journal_mode = DELETE")
        connection.execute("VACUUM")
    return source


def columns(connection: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')]


def tables(connection: sqlite3.Connection) -> list[str]:
    return [row[0] for row in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name != 'alembic_version' ORDER BY name")]


def write_fixture(source: Path, revision: str, target: Path) -> dict[str, int]:
    from trainercoach.db import migrate
    from trainercoach.db.engine import Database
    from trainercoach.db.lifecycle import create_private_file

    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    create_private_file(partial)
    database = Database("sqlite:///" + str(partial))
    migrate.upgrade(database.engine, revision)
    database.close()
    written: dict[str, int] = {}
    with closing(sqlite3.connect(partial)) as connection:
        connection.execute("PRAGMA foreign_keys = OFF")  # rows go in table by table; checked below
        connection.execute("ATTACH DATABASE ? AS demo", (str(source),))
        for table in tables(connection):
            connection.execute(f'DELETE FROM main."{table}"')  # rows a migration seeds (stages) come from the demo
            wanted = columns(connection, table)
            present = {row[1] for row in connection.execute(f'PRAGMA demo.table_info("{table}")')}
            shared = [c for c in wanted if c in present]
            names = ", ".join(f'"{c}"' for c in shared)
            connection.execute(f'INSERT INTO main."{table}" ({names}) SELECT {names} FROM demo."{table}"')
            written[table] = connection.execute(f'SELECT count(*) FROM main."{table}"').fetchone()[0]
        connection.commit()
        connection.execute("DETACH DATABASE demo")
        problems = connection.execute("PRAGMA foreign_key_check").fetchall()
        if problems:
            raise SystemExit(f"schema {revision}: broken references {problems[:5]}")
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        connection.execute("PRAGMA journal_mode = DELETE")
        connection.execute("VACUUM")
    os.replace(partial, target)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="write every file again")
    args = parser.parse_args(argv)
    os.environ.setdefault("TRAINERCOACH_HOME", tempfile.mkdtemp(prefix="trainercoach-fixtures-"))
    from trainercoach.db import migrate

    revisions = [s.revision for s in reversed(list(migrate.scripts().walk_revisions()))]
    wanted = [r for r in revisions if args.force or not fixture_path(r).exists()]
    if not wanted:
        print("Every schema version has its file in tests/data/.")
        return 0
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        source = build_source(Path(folder))
        for revision in wanted:
            counts = write_fixture(source, revision, fixture_path(revision))
            print(f"{fixture_path(revision).relative_to(ROOT)}: {sum(counts.values())} rows in {len(counts)} tables")
    return 0


if __name__ == "__main__":
    sys.exit(main())
