"""Writing a file people keep (a PDF, an export) so that a crash never leaves half of it under its final name.

The content goes to a temporary name in the same folder (same file system, so the rename is atomic), is forced to
disk, and only then replaces the final name; the folder is synced so the rename itself survives a power cut. A
writer killed part-way leaves at most a hidden ``.NAME-XXXX.part`` file, never a damaged ``NAME``.
"""

from __future__ import annotations

import os
import re
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

PART_SUFFIX = ".part"


def fsync_file(path: str | os.PathLike[str]) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(folder: str | os.PathLike[str]) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows has no folder handles to sync, and needs none)."""
    if os.name != "posix":
        return
    with suppress(OSError):  # some file systems (network shares) refuse to open a folder; the rename stands
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


PREFIX_BYTES = 100  # of the name, in the temporary name: room for the random part under a 255-byte limit


def part_prefix(out: Path) -> str:
    """How the temporary names for ``out`` begin: hidden, and named after it, cut to fit any file system."""
    stem = out.stem
    while len(stem.encode("utf-8")) > PREFIX_BYTES:
        stem = stem[:-1]
    return f".{stem}-"


LEFTOVER_AGE_SECONDS = 3600  # younger .part files may belong to a write still running in another process


def clear_leftovers(out: Path, older_than: float = LEFTOVER_AGE_SECONDS) -> int:
    """Remove the hidden ``.part`` files that writers of ``out`` killed part-way left beside it, once they are
    old enough that no running write can own them; other files, and other names' leftovers, are never touched.
    Returns how many were removed."""
    pattern = re.compile(re.escape(part_prefix(out)) + r"[a-z0-9_]{8}" + re.escape(PART_SUFFIX))
    removed, now = 0, time.time()
    try:
        candidates = [p for p in out.parent.iterdir() if pattern.fullmatch(p.name)]
    except OSError:
        return 0
    for leftover in candidates:
        with suppress(OSError):
            if leftover.is_file() and now - leftover.stat().st_mtime > older_than:
                leftover.unlink()
                removed += 1
    return removed


def temporary_beside(out: Path) -> Path:
    """A new, empty, hidden file in ``out``'s folder, named after it; an earlier killed write's leftovers of the
    same name are cleared first."""
    out.parent.mkdir(parents=True, exist_ok=True)
    clear_leftovers(out)
    handle, temporary = tempfile.mkstemp(prefix=part_prefix(out), suffix=PART_SUFFIX, dir=out.parent)
    os.close(handle)
    return Path(temporary)


def commit_file(temporary: Path, out: Path) -> None:
    """Force ``temporary`` to disk and put it under the name ``out`` in one step."""
    fsync_file(temporary)
    os.replace(temporary, out)
    fsync_folder(out.parent)


@contextmanager
def replacing(out_path: str | os.PathLike[str]) -> Iterator[Path]:
    """``with replacing(out) as temporary:`` write to ``temporary``; on success it becomes ``out`` atomically, on
    any failure it is removed and ``out`` (new or old) is as it was."""
    out = Path(out_path)
    if out.is_dir():
        from trainercoach.errors import TrainerCoachError
        from trainercoach.i18n import _

        raise TrainerCoachError(_("{path} is a folder; give the name of a file to write.", path=out))
    temporary = temporary_beside(out)
    try:
        yield temporary
        commit_file(temporary, out)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
