"""Greek and Simplified Chinese: every visible string translated, the .ts files up to date with the sources,
and the core's words (charts, PDFs, readiness, default content) in the language asked for, without Qt."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from trainercoach import i18n
from trainercoach.services import Coach
from trainercoach.services.defaults import FEEDBACK_ITEMS, STAGES

ROOT = Path(__file__).resolve().parents[2]
TOOLS = ROOT / "tools" / "translations.py"
LANGUAGES = ("el", "zh_CN")
NUMERUS_FORMS = {"el": 2, "zh_CN": 1}  # Greek: one and other; Chinese: one form
# What must survive translation unchanged: str.format fields, Qt's %n/%v/%m, and markup.
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%[nvm]|<[^<>]+>")
GREEK = re.compile(r"[\u0370-\u03ff]")
CHINESE = re.compile(r"[\u4e00-\u9fff]")


def load_tools():  # the tools/translations.py module
    spec = importlib.util.spec_from_file_location("translations_tool", TOOLS)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def messages(path: Path) -> list[tuple[str, str, ElementTree.Element]]:
    """(context, source, message element) for every message of a .ts file."""
    found = []
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        found += [(name, m.findtext("source") or "", m) for m in context.iter("message")]
    return found


def translations_of(message: ElementTree.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_string_is_translated(lang: str) -> None:
    path = load_tools().ts_file(lang)
    found = messages(path)
    assert len(found) > 900  # the windows, the forms and the core: a lost source list would show here
    problems = []
    for context, source, message in found:
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "missing"
        texts = translations_of(message)
        where = f"{context or '(core)'}: {source!r}"
        if kind in ("unfinished", "missing", "obsolete", "vanished"):
            problems.append(f"{where} is {kind}")
        elif not all(t.strip() for t in texts):
            problems.append(f"{where} has an empty translation")
        elif message.get("numerus") == "yes" and len(texts) != NUMERUS_FORMS[lang]:
            problems.append(f"{where} needs {NUMERUS_FORMS[lang]} plural forms, has {len(texts)}")
        else:
            wanted = sorted(PLACEHOLDER.findall(source))
            for text in texts:
                if sorted(PLACEHOLDER.findall(text)) != wanted:
                    problems.append(f"{where}: placeholders {wanted} became {sorted(PLACEHOLDER.findall(text))}")
                if "&" in source.replace("&&", "") and not re.search(r"&[^&\s]", text.replace("&&", "")):
                    problems.append(f"{where}: the keyboard accelerator (&) was lost in {text!r}")
    assert not problems, "\n".join(problems)


def test_a_missing_translation_is_noticed(tmp_path: Path) -> None:
    """The check above can fail: an unfinished message in a copy of the file is reported."""
    path = tmp_path / "copy.ts"
    text = load_tools().ts_file("el").read_text(encoding="utf-8")
    path.write_text(text.replace("<translation>", '<translation type="unfinished">', 1), encoding="utf-8")
    assert any(m.find("translation").get("type") == "unfinished" for _, _, m in messages(path))


def test_the_translations_follow_the_sources(tmp_path: Path) -> None:
    """lupdate run afresh over the sources finds exactly the strings the committed .ts files hold: a string
    added to a window, a form or the core without `python tools/translations.py update` fails here."""
    tools = load_tools()
    fresh = tmp_path / "fresh_el.ts"
    tools.lupdate([fresh], quiet=True)
    extracted = {(c, s) for c, s, _ in messages(fresh)}
    for lang in LANGUAGES:
        committed = {(c, s) for c, s, _ in messages(tools.ts_file(lang))}
        new = sorted(extracted - committed)
        gone = sorted(committed - extracted)
        assert not new and not gone, (
            f"{lang}: run `python tools/translations.py update` and translate; new {new[:10]}, gone {gone[:10]}")


def test_translations_speak_the_language() -> None:
    """Spot checks in the guide's own terms, and a catalogue that is really read (not the English back)."""
    assert i18n.text("Certified", "el") == "Πιστοποιημένος"
    assert i18n.text("Knowledge of the business and the support processes", "zh_CN") == "了解业务和客户服务流程"
    assert i18n.text("Train-the-trainer", "zh_CN") == "对培训师开展培训"
    assert i18n.text("Train-the-trainer", "el") == "Εκπαίδευση του εκπαιδευτή"
    assert i18n.text("Daily quiz", "el") == "Καθημερινό κουίζ"
    assert i18n.text("Oral exam", "zh_CN") == "口头考察"
    assert i18n.text("Pipeline funnel", "en") == "Pipeline funnel"
    assert i18n.text("a string nobody marked", "el") == "a string nobody marked"


@pytest.mark.parametrize(("given", "expected"), [
    ("el_GR.UTF-8", "el"), ("el", "el"), ("zh-Hans-CN", "zh_CN"), ("zh_CN", "zh_CN"), ("zh_TW", "en"),
    ("en_GB", "en"), ("fr_FR", "en"), ("", "en"), (None, "en"), ("C", "en"),
])
def test_language_codes(given: str | None, expected: str) -> None:
    assert i18n.normalise(given) == expected


def test_the_current_language_and_a_document_language() -> None:
    before = i18n.language()
    try:
        i18n.set_language("el")
        assert i18n._("Stage") == "Στάδιο"
        with i18n.using("zh_CN"):
            assert i18n._("Stage") == "阶段"
            assert i18n._("{minutes} minutes", minutes=5) == "5 分钟"
        assert i18n._("Stage") == "Στάδιο"
    finally:
        i18n.set_language(before)


def test_default_names_match_the_migrations() -> None:
    """The defaults renamed on creation are exactly the ones the migrations insert."""
    versions = ROOT / "trainercoach" / "db" / "migrations" / "versions"
    first = (versions / "0001_pipeline.py").read_text(encoding="utf-8")
    second = (versions / "0002_deliveries.py").read_text(encoding="utf-8")
    for key, name in STAGES.items():
        assert f'("{key}", "{name}",' in first
    for key, label in FEEDBACK_ITEMS.items():
        assert f'("{key}", "{label}",' in second


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_new_database_starts_in_its_language(tmp_path: Path, lang: str) -> None:
    script = CHINESE if lang == "zh_CN" else GREEK
    coach = Coach.open(tmp_path / "new.sqlite3", actor="lead", lang=lang)
    try:
        stages = [s.name for s in coach.pipeline.stages()]
        items = [i.label for i in coach.feedback.items()]
        rubric = coach.rubrics.latest()
    finally:
        coach.close()
    assert len(stages) == len(STAGES) and all(script.search(name) for name in stages)
    assert len(items) == len(FEEDBACK_ITEMS) and all(script.search(label) for label in items)
    assert len(rubric.criteria) == 8
    assert all(script.search(c.title) and script.search(c.description) for c in rubric.criteria)
    assert all(script.search(text) for c in rubric.criteria for text in c.anchors.values())
    # Reopening in another language changes nothing: names stay as they were made.
    again = Coach.open(tmp_path / "new.sqlite3", actor="lead", lang="en")
    try:
        assert [i.label for i in again.feedback.items()] == items
    finally:
        again.close()


def test_an_english_database_stays_english(tmp_path: Path) -> None:
    coach = Coach.open(tmp_path / "en.sqlite3", actor="lead", lang="en")
    try:
        assert [i.label for i in coach.feedback.items()][0] == FEEDBACK_ITEMS["clarity"]
    finally:
        coach.close()


def test_the_evaluation_pdf_in_greek_and_chinese(tmp_path: Path) -> None:
    from pypdf import PdfReader

    from trainercoach.reports.evaluation import write_trainer_evaluation
    from trainercoach.services import CandidateForm

    coach = Coach.open(tmp_path / "db.sqlite3", actor="lead", lang="en")
    try:
        candidate_id = coach.candidates.add(CandidateForm(name="Μαρία Παπαδοπούλου"))
        for lang, heading, stage_word in (("el", "Αξιολόγηση εκπαιδευτή", "Στάδιο"),
                                          ("zh_CN", "培训师评估", "阶段"), ("en", "Trainer evaluation", "Stage")):
            path = write_trainer_evaluation(coach.reports.evaluation(candidate_id, lang=lang), tmp_path / f"{lang}.pdf")
            text = "".join(page.extract_text() for page in PdfReader(path).pages)
            assert heading in text and stage_word in text, lang
            if lang != "en":
                assert "Trainer evaluation" not in text and "Selection traits" not in text
            assert "Μαρία Παπαδοπούλου" in text  # names stay as typed
    finally:
        coach.close()


def test_charts_take_a_language() -> None:
    from trainercoach.charts import funnel
    from trainercoach.records.effectiveness import Programme

    empty = Programme(funnel=[], time_in_stage={}, deliveries_per_month=[], internal_sessions=0, all_sessions=0)
    for lang, title in (("el", "Χοάνη υποψηφίων"), ("zh_CN", "培养流程漏斗"), ("en", "Pipeline funnel")):
        figure = funnel(empty, lang=lang)
        texts = [t.get_text() for ax in figure.axes for t in (ax.title, *ax.texts)]
        assert title in texts, (lang, texts)


def test_the_command_line_exports_in_greek(tmp_path: Path) -> None:
    coach = Coach.open(tmp_path / "db.sqlite3", actor="lead", lang="en")
    coach.close()
    done = subprocess.run([sys.executable, "-m", "trainercoach", "export", "programme", "--out", str(tmp_path),
                           "--db", str(tmp_path / "db.sqlite3"), "--lang", "el"], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    from pypdf import PdfReader

    text = "".join(page.extract_text() for page in PdfReader(done.stdout.strip()).pages)
    assert "Αναφορά προγράμματος" in text


def test_no_translation_function_hides_behind_another_name() -> None:
    """lupdate finds self.tr("..."), QCoreApplication.translate("ctx", "...") and the core's _("...") by name;
    `t = QCoreApplication.translate` or `one = self.tr` would hide every string after it from the .ts files."""
    import ast

    hidden = []
    for path in sorted((ROOT / "trainercoach").rglob("*.py")):
        if "forms" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Attribute) and \
                    node.value.attr in ("tr", "translate"):
                hidden.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not hidden, hidden


def test_decimals_in_the_core_s_texts_follow_the_language() -> None:
    """Greek writes 3,25 where English and Chinese write 3.25: in readiness details, charts and PDFs alike."""
    from trainercoach.analytics.readiness import CandidateFacts, ReadinessRule, check
    from trainercoach.analytics.stats import Estimate
    from trainercoach.charts import style
    from trainercoach.reports import layout

    facts = CandidateFacts(observed_sessions=3, rubric_by_session=[3.254, 4.0],
                           feedback_overall=Estimate(n=40, mean=4.125, low=3.875, high=4.375))
    rule = ReadinessRule(rubric_threshold=3.5)
    for lang, point in (("el", ","), ("en", "."), ("zh_CN", ".")):
        with i18n.using(lang):
            assert i18n.decimal(3.254) == f"3{point}25"
            assert i18n.decimal(-0.04, 1, signed=True) == f"-0{point}0"
            assert i18n.decimal(3.5, None) == f"3{point}5" and i18n.decimal(4.0, None) == "4"
            assert style.fmt(2.75, 1) == f"2{point}8" and style.fmt(None) == "–"
            assert layout.num(4.19) == f"4{point}19"
            small = Estimate(n=4, mean=3.29, low=2.41, high=4.17)
            assert layout.estimate_text(small).startswith(f"3{point}29 (n=4") and f"2{point}41" in \
                layout.estimate_text(small)
            conditions = {c.key: c for c in check(rule, facts)}
            assert f"3{point}25" in conditions["rubric"].detail and f"3{point}5" in conditions["rubric"].label
            assert f"3{point}88" in conditions["feedback"].detail and f"4{point}38" in conditions["feedback"].detail


def test_chart_tick_numbers_write_the_language_s_decimals() -> None:
    """matplotlib's own tick labels (a 0-1 gain axis, say) follow the chart's language like its texts do."""
    from trainercoach.charts import style

    @style.chart
    def gain_axis() -> object:
        figure = style.new_figure()
        ax = figure.add_subplot()
        ax.plot([0, 1, 2], [0.15, 0.55, 0.85])
        return figure

    for lang, point in (("el", ","), ("en", "."), ("zh_CN", ".")):
        figure = gain_axis(lang=lang)
        figure.canvas.draw()
        labels = [label.get_text() for label in figure.axes[0].get_yticklabels() if label.get_text()]
        decimals = [text for text in labels if "," in text or "." in text]
        assert decimals and all(point in text for text in decimals), (lang, labels)
