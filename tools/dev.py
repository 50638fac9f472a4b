"""Set up a private environment (.venv) when needed, then run the app or the test suite.

    python3 tools/dev.py app [app options]     e.g. --demo, --db PATH_OR_URL, --lang el
    python3 tools/dev.py test [pytest options]

Only the standard library is used here, so it runs on a fresh machine with nothing but Python 3.11+.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
STAMP = VENV / ".trainercoach-installed"


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def ensure_environment() -> Path:
    if sys.version_info < (3, 11):  # noqa: UP036 - runs on whatever python3 the machine has
        raise SystemExit(f"Trainer Coach needs Python 3.11 or newer; this is {sys.version.split()[0]}.")
    python = venv_python()
    if not python.exists():
        print("Creating .venv ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if not STAMP.exists() or STAMP.read_text().strip() != wanted:
        print("Installing Trainer Coach and its dependencies into .venv ...", flush=True)
        subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                        "-e", f"{ROOT}[test]"], check=True)
        STAMP.write_text(wanted)
    return python


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("app", "test"):
        print(__doc__)
        return 2
    python = ensure_environment()
    # The windows' translations (.qm) are built from the .ts sources, not committed: build them when stale.
    if subprocess.call([str(python), str(ROOT / "tools" / "translations.py"), "check"],
                       stdout=subprocess.DEVNULL) != 0:
        subprocess.run([str(python), str(ROOT / "tools" / "translations.py"), "build"], check=True)
    if argv[0] == "app":
        return subprocess.call([str(python), str(ROOT / "main.py"), *argv[1:]], cwd=ROOT)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    # pytest exits 5 when no tests ran; that is passed on as a failure, never swallowed.
    return subprocess.call([str(python), "-m", "pytest", *argv[1:]], cwd=ROOT, env=env)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
