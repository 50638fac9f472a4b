"""Qt translations for Greek (el) and Simplified Chinese (zh_CN): extract, then build.

    python tools/translations.py update   run lupdate over the sources into resources/translations/*.ts
    python tools/translations.py build    run lrelease: the .ts files into .qm files beside them
    python tools/translations.py check    exit 1 if a .qm is missing or older than its .ts

The sources are every .py file of the app (the windows' self.tr() and QCoreApplication.translate(), and the
core's _() and N_() marks, see trainercoach/i18n.py), every Qt Designer form in ui/, and
the words of the default rubric (resources/rubrics/observation_rubric.json), which reach lupdate through a
generated list. The windows read the .qm files (QTranslator); the core, which never imports Qt, reads the
"core" context straight from the .ts files. Translate with Qt Linguist (.venv/bin/pyside6-linguist) or any
editor; tests/core/test_translations.py fails while a message is unfinished or the .ts files are behind the
sources. The .qm files are built, not committed: tools/dev.py builds them when they are missing or stale.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "trainercoach"
FORMS = ROOT / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"
RUBRIC = ROOT / "resources" / "rubrics" / "observation_rubric.json"
LANGUAGES = ("el", "zh_CN")
# English needs a file only for its plurals: "%n day(s)" in the source reads "1 day" / "2 days" through the
# numerus forms of trainercoach_en.ts (lupdate -pluralonly); every other English string is its own source.
PLURAL_ONLY = ("en",)
# The core's marks (trainercoach/i18n.py): _("...") translates, N_("...") only marks; the windows' label
# helpers _t("...") (a few item models) translate in the same unnamed context; the words for stored values are
# trainercoach/words.py's N_ marks.
ALIASES = "tr+=_,tr+=_t,QT_TR_NOOP+=N_"


def ts_file(lang: str) -> Path:
    return TRANSLATIONS / f"trainercoach_{lang}.ts"


def qm_file(lang: str) -> Path:
    return TRANSLATIONS / f"trainercoach_{lang}.qm"


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease from the environment running this script, else from PATH."""
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent)) or shutil.which(
        f"pyside6-{name}")
    if found:
        return found
    try:
        import PySide6

        bundled = Path(PySide6.__file__).parent / name
        if bundled.exists():
            return str(bundled)
    except ImportError:
        pass
    raise SystemExit(f"pyside6-{name} not found: install the project first (python3 tools/dev.py test)")


def python_sources() -> list[Path]:
    """Every module of the app except the compiled forms (their .ui files are read instead)."""
    forms = PACKAGE / "gui" / "forms"
    return sorted(p for p in PACKAGE.rglob("*.py")
                  if forms not in p.parents and "migrations" not in p.parts and "__pycache__" not in p.parts)


def rubric_strings() -> list[str]:
    data = json.loads(RUBRIC.read_text(encoding="utf-8"))
    words = [data["name"], data.get("note", "")]
    for criterion in data["criteria"]:
        words += [criterion["title"], criterion.get("description", "")]
        words += [criterion.get("anchors", {})[level] for level in sorted(criterion.get("anchors", {}))]
    return [w for w in words if w]


def write_rubric_list(folder: Path) -> Path:
    """The default rubric's words as the core's N_() marks, which lupdate reads."""
    path = folder / "default_rubric_words.py"
    lines = [f"N_({json.dumps(text, ensure_ascii=False)})" for text in rubric_strings()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def lupdate(targets: list[Path], *, quiet: bool = False, plural_only: bool = False) -> None:
    """Merge the strings of every source into the .ts files ``targets`` (created if missing)."""
    with tempfile.TemporaryDirectory(prefix="trainercoach-lupdate-") as tmp:
        listing = Path(tmp) / "sources.lst"
        sources = [*python_sources(), *sorted(FORMS.glob("*.ui")), write_rubric_list(Path(tmp))]
        listing.write_text("\n".join(str(s) for s in sources) + "\n", encoding="utf-8")
        command = [tool("lupdate"), "-locations", "none", "-no-obsolete", "-tr-function-alias", ALIASES,
                   f"@{listing}", "-ts",
                   *[str(t) for t in targets]]
        if quiet:
            command.insert(1, "-silent")
        if plural_only:
            command.insert(1, "-pluralonly")
        subprocess.run(command, check=True, cwd=ROOT)


def update() -> None:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    lupdate([ts_file(lang) for lang in LANGUAGES])
    lupdate([ts_file(lang) for lang in PLURAL_ONLY], plural_only=True)
    english_plurals(ts_file("en"))


def english_plurals(path: Path) -> None:
    """Fill the English numerus forms from the source: "(s)" dropped for one, "s" for more ("%n day(s)" ->
    "%n day", "%n days"); a form already written by hand is kept."""
    import re

    text = path.read_text(encoding="utf-8")

    def fill(match: re.Match[str]) -> str:
        source = match.group(2)
        one, more = source.replace("(s)", ""), source.replace("(s)", "s")
        return (f'{match.group(1)}<translation>\n            <numerusform>{one}</numerusform>\n'
                f'            <numerusform>{more}</numerusform>\n        </translation>')

    text = re.sub(r'(<source>((?:(?!</source>).)*?)</source>\s*(?:<comment>(?:(?!</comment>).)*?</comment>\s*)?)'
                  r'<translation type="unfinished">(?:\s*<numerusform>[^<]*</numerusform>)*\s*</translation>',
                  fill, text, flags=re.S)
    path.write_text(text, encoding="utf-8")


def build() -> None:
    for lang in (*LANGUAGES, *PLURAL_ONLY):
        subprocess.run([tool("lrelease"), "-silent", str(ts_file(lang)), "-qm", str(qm_file(lang))], check=True)


def stale() -> list[str]:
    return [lang for lang in (*LANGUAGES, *PLURAL_ONLY)
            if not qm_file(lang).exists() or qm_file(lang).stat().st_mtime < ts_file(lang).stat().st_mtime]


def main(argv: list[str]) -> int:
    if len(argv) != 1 or argv[0] not in ("update", "build", "check"):
        print(__doc__)
        return 2
    if argv[0] == "update":
        update()
    elif argv[0] == "build":
        build()
    elif stale():
        print("out of date:", ", ".join(qm_file(lang).name for lang in stale()))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
