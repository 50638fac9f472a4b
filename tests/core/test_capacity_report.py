"""The capacity plan's PDF (issue 21): a saved plan and the plan it is compared with, read in one transaction,
laid out in English, Greek and Chinese and read back with pypdf against the service's own outlook; and
``python -m trainercoach export capacity`` with its refusals."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.core.test_report_snapshots import counted
from trainercoach import i18n
from trainercoach.analytics.capacity import Outlook, SiteLoad, Trainer
from trainercoach.analytics.forecast import add_months
from trainercoach.cli import main
from trainercoach.demo import write_demo
from trainercoach.errors import NotFound, ValidationError
from trainercoach.i18n import _
from trainercoach.reports.capacity_report import write_capacity_report
from trainercoach.services import Coach

TODAY = date(2026, 12, 6)
NAME = "Σχέδιο 2027 — 计划 <&> 🙂"
LONG_SITE = "Αθήνα — Κεντρικό κατάστημα Λεωφόρου Συγγρού <b>&amp;</b> 🙂 " + "Παπαδοπούλου-Κωνσταντινίδου" * 2
CHINESE_SITE = "上海浦东新区客户服务中心"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Coach, Path, int, int]]:
    """The demo with two saved plans: A (three loaded lines, one with a long Greek name) and B (half the hires)."""
    path = tmp_path_factory.mktemp("capacity-pdf") / "demo.sqlite3"
    write_demo(path, lang="en")
    coach = Coach.open(path, actor="Λένα <&> 🙂")
    start = coach.capacity.starting_plan(TODAY)
    loads = [replace(start.loads[0], new_hires=14, hours_per_hire=40, trainees_per_session=6, changes=3,
                     refresher_hours=4, knowledge_base_hours=10), *start.loads[1:],
             SiteLoad(LONG_SITE, "el", 9, 30, 6, 2, 3, 5), SiteLoad(CHINESE_SITE, "zh_CN", 12, 35, 8, 1, 5, 4)]
    trainers = (*start.trainers, Trainer("王静怡 🙂 <i>", CHINESE_SITE, "zh_CN", 25))
    a = replace(start, name=NAME, loads=tuple(loads), trainers=trainers)
    first = coach.capacity.save(a)
    second = coach.capacity.save(replace(a, name="Plan B", loads=tuple(replace(x, new_hires=x.new_hires / 2)
                                                                        for x in loads)))
    yield coach, path, first, second
    coach.close()


def pdf_text(path: Path) -> str:
    return re.sub(r"\s+", " ", " ".join(page.extract_text() or "" for page in PdfReader(path).pages))


def month_rows(outlook: Outlook, first: date) -> list[str]:
    """Each month's row as the PDF prints it, from the service's outlook."""
    return [" ".join([f"{add_months(first, m.index):%Y-%m}", i18n.decimal(m.needed, 1),
                      i18n.decimal(m.available, 1), i18n.decimal(m.from_ready, 1),
                      i18n.decimal(m.shortfall_hours, 1), str(m.shortfall_trainers)]) for m in outlook.months]


@pytest.mark.parametrize("lang", ["en", "el", "zh_CN"])
def test_the_pdf_holds_the_services_figures(demo: tuple[Coach, Path, int, int], tmp_path: Path, lang: str) -> None:
    coach, _path, first, second = demo
    snapshot = coach.reports.capacity(first, compare=second, today=TODAY, lang=lang)
    mine = coach.capacity.outlook(coach.capacity.open(first, TODAY))
    theirs = coach.capacity.outlook(replace(coach.capacity.open(second, TODAY),
                                            ready_per_month=snapshot.plan.ready_per_month))
    assert snapshot.outlook == mine and snapshot.compared_outlook == theirs and snapshot.lang == lang
    assert mine.months[0].shortfall_trainers > 0 and sum(snapshot.plan.ready_per_month) > 0  # not a blank case
    out = write_capacity_report(snapshot, tmp_path / f"plan-{lang}.pdf")
    found = pdf_text(out)
    bare = "".join(found.split())  # Chinese wraps between any two characters
    with i18n.using(lang):
        expected = [_("Capacity plan"), _("Inputs per site and language"), _("Certified trainers"),
                    _("Assumptions"), _("Side by side with {name}", name="Plan B"), *month_rows(mine, TODAY),
                    _("Trainers short: the hours short divided by {hours} hours, the average certified trainer's "
                      "month, rounded up.", hours=i18n.decimal(mine.hours_per_trainer, 1))]
        # the comparison, month by month: A's and B's hours and trainers short and the difference
        expected += [" ".join([f"{add_months(TODAY, a.index):%Y-%m}", i18n.decimal(a.shortfall_hours, 1),
                               str(a.shortfall_trainers), i18n.decimal(b.shortfall_hours, 1),
                               str(b.shortfall_trainers), f"{b.shortfall_trainers - a.shortfall_trainers:+d}"])
                     for a, b in zip(mine.months, theirs.months, strict=True)]
        # every line's needed, available and short
        expected += [f"{i18n.decimal(line.needed, 0)} {i18n.decimal(line.available, 0)} "
                     f"{i18n.decimal(line.shortfall, 0)}" for line in mine.lines]
    missing = [e for e in expected if e not in found]
    assert not missing, (lang, missing)
    for typed in (NAME, LONG_SITE, CHINESE_SITE, "王静怡 🙂 <i>", "Λένα <&> 🙂"):
        assert "".join(typed.split()) in bare, typed
    assert "[" not in found.replace("[U+", "")  # no character named in words for want of a glyph
    if lang == "el":
        assert "Σχέδιο δυναμικότητας" in found and "Παραδοχές" in found and re.search(r"\d,\d 0", found)
    if lang == "zh_CN":
        assert "产能规划" in found and "假设" in found


def test_read_in_one_transaction(demo: tuple[Coach, Path, int, int]) -> None:
    coach, _path, first, second = demo
    with counted(coach) as seen:
        snapshot = coach.reports.capacity(first, compare=second, today=TODAY, lang="el")
    assert seen == {"checkout": 1, "begin": 1}
    assert snapshot.plan == coach.capacity.open(first, TODAY) and snapshot.plan_id == first
    assert snapshot.compared is not None and snapshot.compared.name == "Plan B"


def test_the_plan_on_screen_keeps_its_forecast(demo: tuple[Coach, Path, int, int], tmp_path: Path) -> None:
    """The page's plan is printed as it was on screen: its own forecast, set under the compared plan too."""
    coach, _path, first, second = demo
    on_screen = replace(coach.capacity.open(first, TODAY), name="On screen", ready_per_month=(3.0,) + (0.0,) * 11)
    snapshot = coach.reports.capacity(on_screen, compare=second, today=TODAY)
    assert snapshot.plan_id is None and snapshot.plan is on_screen
    assert snapshot.compared is not None and snapshot.compared.ready_per_month == on_screen.ready_per_month
    assert snapshot.outlook.months[1].from_ready == 3.0 * on_screen.new_trainer_hours
    found = pdf_text(write_capacity_report(snapshot, tmp_path / "screen.pdf", page_size="Letter"))
    assert "The plan as it stood on screen" in found and month_rows(snapshot.outlook, TODAY)[1] in found


def test_a_missing_plan_or_a_bad_input_is_refused(demo: tuple[Coach, Path, int, int]) -> None:
    coach, _path, first, _second = demo
    with pytest.raises(NotFound, match="no longer in the database"):
        coach.reports.capacity(987654)
    with pytest.raises(NotFound):
        coach.reports.capacity(first, compare=987654)
    bad = replace(coach.capacity.open(first, TODAY), new_trainer_hours=-1)
    with pytest.raises(ValidationError) as refused:
        coach.reports.capacity(bad)
    assert "new_trainer_hours" in refused.value.errors


def test_the_command_line_writes_the_plan(demo: tuple[Coach, Path, int, int], tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    coach, path, first, second = demo
    assert main(["list", "plans", "--db", str(path)]) == 0
    assert f"{first:>6}  {NAME}" in capsys.readouterr().out
    assert main(["export", "capacity", "--plan", str(first), "--compare", str(second), "--db", str(path),
                 "--out", str(tmp_path), "--lang", "zh_CN"]) == 0
    written = Path(capsys.readouterr().out.strip())
    assert written.parent == tmp_path and written.suffix == ".pdf"
    found = pdf_text(written)
    with i18n.using("zh_CN"):
        expected = month_rows(coach.capacity.outlook(coach.capacity.open(first)), date.today())
        assert _("Capacity plan") in found and _("Side by side with {name}", name="Plan B") in found
    assert not [row for row in expected if row not in found]


@pytest.mark.parametrize(("argv", "message"), [
    (["--plan", "987654"], "No saved capacity plan has the id 987654 (see list plans)."),
    (["--plan", "{first}", "--compare", "987655"], "No saved capacity plan has the id 987655"),
    ([], "Say which saved plan with --plan ID"),
    (["--plan", "{first}", "--id", "3"], "takes --plan ID"),
    (["--plan", "{first}", "--lang", "fr"], "'fr' is not one of them"),
])
def test_the_command_line_refuses_plainly(demo: tuple[Coach, Path, int, int], tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str], argv: list[str], message: str) -> None:
    _coach, path, first, _second = demo
    out = tmp_path / "out"
    code = main(["export", "capacity", "--db", str(path), "--out", str(out),
                 *[a.format(first=first) for a in argv]])
    assert code == 1 and message in capsys.readouterr().err
    assert not out.exists() or not list(out.iterdir())


def test_plan_options_belong_to_capacity(demo: tuple[Coach, Path, int, int], tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    _coach, path, first, _second = demo
    assert main(["export", "programme", "--plan", str(first), "--db", str(path), "--out", str(tmp_path)]) == 1
    assert "--plan and --compare are for export capacity" in capsys.readouterr().err


def test_one_transaction_on_either_database(coach: Coach) -> None:
    """The same on SQLite and PostgreSQL: a saved plan, the plan set beside it and the forecast in one read."""
    start = coach.capacity.starting_plan(TODAY)
    plan = replace(start, name="Σχέδιο <&> 🙂", loads=(SiteLoad(CHINESE_SITE, "zh_CN", 12, 35, 8, 1, 5, 4),),
                   trainers=(Trainer("陈晨", CHINESE_SITE, "zh_CN", 30),))
    first = coach.capacity.save(plan)
    second = coach.capacity.save(replace(plan, name="B", trainers=()))
    with counted(coach) as seen:
        snapshot = coach.reports.capacity(first, compare=second, today=TODAY, lang="zh_CN")
    assert seen == {"checkout": 1, "begin": 1}
    # ⌈12 / 8⌉ = 2 classes of 35 h, one change of 5 h, 4 h of knowledge base, less 陈晨's 30 h
    assert snapshot.outlook.months[0].shortfall_hours == 2 * 35 + 1 * 5 + 4 - 30
    assert snapshot.compared_outlook is not None and snapshot.compared_outlook.months[0].available == 0
