"""The build step pyproject.toml cannot say by itself: the app's resources go into the package, translations compiled.

``resources/`` and ``ui/`` stay at the top of the repository as the source; a wheel (and everything installed from
an sdist) carries them as ``trainercoach/resources/…``, where ``trainercoach.paths`` finds them through
``importlib.resources``. The windows' translations (.qm) are compiled here from the .ts sources with lrelease, as
Picard compiles its locales at build time; lrelease comes with PySide6 (``pyside6-lrelease``, or the ``lrelease``
binary inside the PySide6 package). Where no lrelease can be found the .qm files already built beside the .ts
files are used; with neither, the build stops rather than ship windows that are silently English.

An editable install (tools/dev.py) copies nothing: the code then reads ``resources/`` in the source tree.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
RESOURCES = ROOT / "resources"
# Sources of the shipped files that are not needed at run time.
SKIP = {".qm"}  # compiled afresh below (or copied from the source tree only as the fall-back)


def lrelease() -> str | None:
    """The lrelease that comes with PySide6, if this build can see it."""
    for folder in (Path(sys.executable).parent, None):
        found = shutil.which("pyside6-lrelease", path=str(folder) if folder else None)
        if found:
            return found
    try:
        import PySide6
    except ImportError:
        return None
    for name in ("lrelease", "lrelease.exe"):
        candidate = Path(PySide6.__file__).parent / name
        if candidate.exists():
            return str(candidate)
    return None


class BuildWithResources(build_py):
    """build_py, then resources/ copied into trainercoach/resources and the .ts files compiled to .qm."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        target = Path(self.build_lib) / "trainercoach" / "resources"
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(RESOURCES, target, ignore=lambda _folder, names: [n for n in names if Path(n).suffix in SKIP
                                                                           or n == "__pycache__"])
        self.compile_translations(target / "translations")

    def compile_translations(self, folder: Path) -> None:
        tool = lrelease()
        for source in sorted(folder.glob("*.ts")):
            built = source.with_suffix(".qm")
            if tool:
                subprocess.run([tool, "-silent", str(source), "-qm", str(built)], check=True)
            else:
                prebuilt = RESOURCES / "translations" / built.name
                if not prebuilt.exists():
                    raise SystemExit(f"Cannot build {built.name}: no lrelease (install PySide6-Essentials in the "
                                     f"build environment) and no {prebuilt} built before (tools/translations.py "
                                     "build).")
                self.announce(f"no lrelease: using the prebuilt {prebuilt}", level=2)
                shutil.copy2(prebuilt, built)
            if not built.exists() or built.stat().st_size == 0:
                raise SystemExit(f"lrelease wrote no {built.name}")


setup(cmdclass={"build_py": BuildWithResources})
