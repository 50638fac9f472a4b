"""The bundled program's first lines (tools/bundle.py hands this file to PyInstaller as its script).

One program does both: with no arguments (what a double-click on it does), with the window's own options
(``--demo``, ``--lang el``, ``--db PATH``) or with ``gui [options]``, it opens the window; with a command
(``demo``, ``list``, ``export``, ...) it is the command line, exactly as ``trainercoach``.
"""

from __future__ import annotations

import multiprocessing
import sys


def main() -> int:
    # First: a batch export's worker processes ("spawn") start this same program; freeze_support makes such a
    # start run the worker and return, rather than open a second app.
    multiprocessing.freeze_support()
    from trainercoach.cli import main as cli_main

    arguments = sys.argv[1:]
    if not arguments or (arguments[0].startswith("--") and arguments[0] != "--help"):
        arguments = ["gui", *arguments]
    return int(cli_main(arguments))


if __name__ == "__main__":
    sys.exit(main())
