"""What the core tests share: a quick way to fill a candidate form and to see every row in the database."""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
from pathlib import Path
from typing import Any

from sqlalchemy import inspect, text

from trainercoach.models import TRAITS
from trainercoach.services import CandidateForm, Coach, TraitEntry


def make_form(name: str = "Aoife Byrne", scores: dict[str, int | None] | None = None, **fields: Any) -> CandidateForm:
    form = CandidateForm(name=name, **fields)
    for trait, score in (scores or {}).items():
        form.traits[trait] = TraitEntry(score, f"note on {trait}")
    return form


def full_scores(score: int = 4) -> dict[str, int | None]:
    return dict.fromkeys(TRAITS, score)


def snapshot(coach: Coach, ignore: dict[str, set[str]] | None = None) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, so a test can say "nothing changed" and mean all of it.

    ``ignore`` leaves out columns that rightly change anyway, such as a version counter after an undo.
    """
    ignore = ignore or {}
    with coach.db.engine.connect() as connection:
        tables = sorted(inspect(connection).get_table_names())  # SQLite's or PostgreSQL's, the same way
        result = {}
        for table in tables:
            rows = connection.execute(text(f'SELECT * FROM "{table}"')).mappings()
            skip = ignore.get(table, set())
            result[table] = sorted(
                (tuple((k, v) for k, v in row.items() if k not in skip) for row in rows), key=repr
            )
        return result


def counts(coach: Coach) -> dict[str, int]:
    return {table: len(rows) for table, rows in snapshot(coach).items()}


def stage_id(coach: Coach, name: str) -> int:
    return next(stage.id for stage in coach.pipeline.stages() if stage.name == name)


def run_cli(*args: str | os.PathLike[str], home: Path | None = None,
            env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """``python -m trainercoach ARGS`` called in this process: ``trainercoach.cli.main`` with the environment a
    script would give it (``TRAINERCOACH_HOME``, no inherited ``TRAINERCOACH_DB``), its exit status (argparse's
    usage errors included) and both streams as text, as a real process would report them. An exception the CLI
    does not turn into words is raised here, where a real process would print a traceback.

    Much faster than a process per call (each pays for Python and the app's imports); the tests that need a
    real process (an output encoding, a pipe, a kill) start one.
    """
    from trainercoach import cli, i18n

    changes = {"TRAINERCOACH_DB": None, "PYTHONIOENCODING": None, "QT_QPA_PLATFORM": "offscreen"}
    if home is not None:
        changes["TRAINERCOACH_HOME"] = str(home)
    changes.update(env or {})
    saved = {name: os.environ.get(name) for name in changes}
    language = i18n.language()
    out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="")
    err = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="")
    argv = [str(arg) for arg in args]
    try:
        for name, value in changes.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        i18n.set_language("en")  # a fresh process starts in English
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                status = cli.main(argv)
            except SystemExit as stop:  # argparse: --help, or a usage error
                status = stop.code if isinstance(stop.code, int) else 1
    finally:
        i18n.set_language(language)
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value

    def text(stream: io.TextIOWrapper) -> str:
        stream.flush()
        return stream.buffer.getvalue().decode("utf-8")  # type: ignore[attr-defined]

    return subprocess.CompletedProcess(["trainercoach", *argv], status, text(out), text(err))
