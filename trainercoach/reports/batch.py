"""File names for a batch of evaluations, and the clearing up after one: pure, so the command line, the window and
the batch's worker processes (trainercoach/exports/evaluations.py) share one naming."""

from __future__ import annotations

import glob
import re
import unicodedata
from collections.abc import Iterable, Sequence
from pathlib import Path

from trainercoach.files import part_prefix

MAX_STEM = 80
MAX_STEM_BYTES = 150
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}



def safe_stem(name: str) -> str:
    """A file name from a person's name that every system accepts: letters of any script stay (Ελένη, 王静),
    path separators, control characters and the characters Windows forbids go, and so do trailing dots."""
    text = unicodedata.normalize("NFC", name)
    text = "".join(" " if unicodedata.category(c).startswith("C") else c for c in text)
    text = re.sub(r'[\\/:*?"<>|]+', " ", text)
    text = re.sub(r"\s+", " ", text).strip(" .")  # no hidden (leading dot) or trailing-dot names
    text = text[:MAX_STEM]
    # File systems count bytes (ext4, APFS: 255), and the temporary name adds a few: 80 emoji are 320 bytes.
    while len(text.encode("utf-8")) > MAX_STEM_BYTES:
        text = text[:-1]
    text = text.rstrip(" .\u200d")
    if not text or text.upper() in _RESERVED:
        text = f"candidate {text}".strip()
    return text


def evaluation_paths(names: Sequence[tuple[int, str]], out_dir: Path) -> dict[int, Path]:
    """One file per candidate: two people with the same name get their id added, so neither overwrites the
    other (compared without case, as Windows and macOS compare file names)."""
    stems = {cid: safe_stem(name) for cid, name in names}
    seen: dict[str, int] = {}
    for stem in stems.values():
        seen[stem.casefold()] = seen.get(stem.casefold(), 0) + 1
    return {cid: out_dir / (f"{stem} ({cid}).pdf" if seen[stem.casefold()] > 1 else f"{stem}.pdf")
            for cid, stem in stems.items()}


def clear_partials(paths: Iterable[Path]) -> None:
    """Temporary files of this batch left behind (each writer removes its own when it fails; this catches a
    worker process that was ended mid-write). Only this batch's names: another export may share the folder."""
    for path in paths:
        for part in path.parent.glob(f"{glob.escape(part_prefix(path))}*.part"):
            part.unlink(missing_ok=True)
