"""The benchmark on a team server (issue 22): the same demo copied into PostgreSQL with ``db copy``, and the
floors each operation is measured against there — the same SQL through psycopg, and ``COPY`` for an import.

The copy is made once per demo (a database named for the demo's fingerprint) and reused; an import is measured in
a throwaway database made from it as a template, so the cached copy never changes. The server is
``TRAINERCOACH_BENCH_POSTGRES`` (default: postgres on 127.0.0.1:5432, trust auth, as the tests use).
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

SERVER_ENV = "TRAINERCOACH_BENCH_POSTGRES"
DEFAULT_SERVER = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
PREFIX = "tcbench_"
COMPLETE = "trainercoach bench copy, complete"  # the database's comment once the copy has finished


def server_url() -> str:
    return os.environ.get(SERVER_ENV, DEFAULT_SERVER)


def is_postgres(db: str | Path) -> bool:
    return str(db).startswith("postgresql")


def _url_for(database: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(server_url()).set(database=database).render_as_string(hide_password=False)


def raw_connect(db: str | Path) -> Any:
    """A plain DB-API connection with no objects on top: sqlite3 for a file, psycopg for a server URL."""
    if not is_postgres(db):
        import sqlite3

        return sqlite3.connect(db)
    import psycopg
    from sqlalchemy.engine import make_url

    url = make_url(str(db))
    return psycopg.connect(host=url.host, port=url.port or 5432, user=url.username, password=url.password,
                           dbname=url.database)


def execute(raw: Any, sql: str, parameters: Sequence[object] = ()) -> list[tuple]:
    """``sql`` written with ``?`` placeholders, run on either connection; every row fetched."""
    if not isinstance(raw, __import__("sqlite3").Connection):
        sql = sql.replace("?", "%s")
    return list(raw.execute(sql, parameters).fetchall())


def _admin() -> Any:
    import psycopg
    from sqlalchemy.engine import make_url

    url = make_url(server_url())
    return psycopg.connect(host=url.host, port=url.port or 5432, user=url.username, password=url.password,
                           dbname=url.database, autocommit=True)


def cached_copy(sqlite_demo: Path, log: Callable[[str], None] = lambda _: None) -> str:
    """The URL of ``sqlite_demo`` copied into PostgreSQL, copied once per demo fingerprint (the file's name
    carries it) and reused; older copies are dropped."""
    import psycopg

    from trainercoach.db.copy import copy_database

    name = PREFIX + sqlite_demo.stem.replace("demo-", "").replace("-", "_").lower()
    with contextlib.closing(_admin()) as admin:
        found = admin.execute("SELECT d.datname, shobj_description(d.oid, 'pg_database') FROM pg_database d "
                              "WHERE d.datname LIKE %s", (PREFIX + "%",)).fetchall()
        scale = name.rsplit("_", 1)[0] + "_"  # tcbench_large_: copies of other demos of this scale are stale
        for existing, comment in found:
            if existing == name and comment == COMPLETE:
                return _url_for(name)
            if existing == name:
                admin.execute(f'DROP DATABASE IF EXISTS "{existing}" WITH (FORCE)')
            elif existing.startswith(scale):
                # Stale unless another checkout's benchmark is reading it right now: that one is left alone
                # (forcing it would cut that run's connection), and goes the next time it is idle.
                with contextlib.suppress(psycopg.errors.ObjectInUse):
                    admin.execute(f'DROP DATABASE IF EXISTS "{existing}"')
        admin.execute(f'CREATE DATABASE "{name}"')
    log(f"Copying {sqlite_demo.name} into PostgreSQL ({name}; once, it is reused) ...")
    started = time.perf_counter()
    copy_database(sqlite_demo, _url_for(name))
    with contextlib.closing(_admin()) as admin:
        admin.execute(f"COMMENT ON DATABASE \"{name}\" IS '{COMPLETE}'")
    log(f"... copied in {time.perf_counter() - started:.1f} s")
    return _url_for(name)


@contextlib.contextmanager
def scratch_copy(url: str) -> Iterator[str]:
    """A throwaway database made from the cached copy as its template (a file copy on the server), dropped after."""
    from sqlalchemy.engine import make_url

    template = make_url(url).database
    name = f"{PREFIX}scratch_{os.getpid()}"
    with contextlib.closing(_admin()) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    try:
        yield _url_for(name)
    finally:
        with contextlib.closing(_admin()) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def import_floor_copy(url: str, delivery_id: int, items: Sequence[int], parsed: Sequence[tuple]) -> float:
    """The least an import can write on PostgreSQL: the import's row, then the forms and their answers with
    ``COPY`` in one transaction (ids taken from the tables' sequences in one call each)."""
    now = datetime.now()
    with contextlib.closing(raw_connect(url)) as raw:
        started = time.perf_counter()
        with raw.transaction():
            import_id = raw.execute(
                "INSERT INTO feedback_import (delivery_id, file_name, sha256, preset, rows, imported_at, "
                "imported_by, deliberate_repeat) VALUES (%s, 'floor.csv', '', '', %s, %s, 'bench', true) "
                "RETURNING id", (delivery_id, len(parsed), now)).fetchone()[0]
            ids = [row[0] for row in raw.execute(
                "SELECT nextval(pg_get_serial_sequence('feedback_response', 'id')) FROM generate_series(1, %s)",
                (len(parsed),)).fetchall()]
            cursor = raw.cursor()
            with cursor.copy("COPY feedback_response (id, delivery_id, source, import_id, comment, created_at) "
                             "FROM STDIN") as copy:
                for response_id, row in zip(ids, parsed, strict=True):
                    copy.write_row((response_id, delivery_id, "import", import_id, row[-1], now))
            with cursor.copy("COPY feedback_answer (response_id, item_id, value) FROM STDIN") as copy:
                for response_id, row in zip(ids, parsed, strict=True):
                    for item, value in zip(items, row[:-1], strict=True):
                        if value is not None:
                            copy.write_row((response_id, item, value))
        return time.perf_counter() - started
