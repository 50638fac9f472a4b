"""How the command line prints: JSON that survives any output encoding. Shared by its command modules."""

from __future__ import annotations

import codecs
import json
import sys


def print_json(value: object) -> None:
    """JSON that survives any output encoding: plain UTF-8 where the output takes it, else \\u escapes,
    which every JSON reader turns back into the same names."""
    try:
        utf8 = codecs.lookup(sys.stdout.encoding or "ascii").name == "utf-8"
    except LookupError:
        utf8 = False
    print(json.dumps(value, ensure_ascii=not utf8, indent=1))
