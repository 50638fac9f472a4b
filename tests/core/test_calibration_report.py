"""The calibration report (issue 19): one exercise of the demo laid out in English, Greek and Chinese and read
back with pypdf, and ``python -m trainercoach calibration report`` with its exit codes."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from trainercoach import i18n
from trainercoach.analytics.agreement import icc_band
from trainercoach.cli import main
from trainercoach.demo import write_demo
from trainercoach.i18n import _, text
from trainercoach.records.reports import CalibrationSnapshot
from trainercoach.reports.calibration_report import write_calibration_report
from trainercoach.services import Coach


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Coach, Path]]:
    path = tmp_path_factory.mktemp("calibration") / "demo.sqlite3"
    write_demo(path, lang="en")
    coach = Coach.open(path, actor="Test Lead")
    yield coach, path
    coach.close()


def pdf_text(path: Path) -> str:
    # pypdf breaks lines where the layout does; joined up, a sentence is searched for as one.
    return re.sub(r"\s+", " ", " ".join(page.extract_text() or "" for page in PdfReader(path).pages))


def lenient_names(snapshot: CalibrationSnapshot) -> list[str]:
    total = snapshot.agreement.per_criterion[-1].summary
    return [name for (_id, name), b in zip(snapshot.agreement.observers, total.bias, strict=True) if b.lenient]


@pytest.mark.parametrize("lang", ["en", "el", "zh_CN"])
def test_the_report_names_the_lenient_observer_with_every_figure(demo: tuple[Coach, Path], tmp_path: Path,
                                                                 lang: str) -> None:
    coach, _path = demo
    for row in coach.calibration.list():
        snapshot = coach.reports.calibration(row.id, lang=lang)
        assert snapshot.lang == lang and lenient_names(snapshot) == ["Tom Becker"]
        out = write_calibration_report(snapshot, tmp_path / f"{row.id}-{lang}.pdf")
        found = pdf_text(out)
        total = snapshot.agreement.per_criterion[-1].summary
        tom = next(b for (_id, name), b in zip(snapshot.agreement.observers, total.bias, strict=True)
                   if name == "Tom Becker")
        with i18n.using(lang):
            expected = [
                _("Calibration report"), _("Intraclass correlations"), _("Agreement per criterion"),
                _("Each observer's bias"), _("Scores leniently: {names}.", names="Tom Becker"),
                # the six ICCs of the mean over criteria, each with its interval and band
                *[i18n.decimal(total.iccs.icc[kind].value) for kind in ("ICC1", "ICC2", "ICC3", "ICC3k")],
                _("{low} to {high}", low=i18n.decimal(total.iccs.icc["ICC2"].low),
                  high=i18n.decimal(total.iccs.icc["ICC2"].high)),
                text(icc_band(total.iccs.icc["ICC3k"].value) or ""),
                "Koo & Li (2016)", "Krippendorff (2004)", i18n.decimal(total.alpha_interval.value),
                # Tom's bias and its interval, and the reading beside it
                "+" + i18n.decimal(tom.mean),
                _("{low} to {high}", low=i18n.decimal(tom.low), high=i18n.decimal(tom.high)), _("lenient"),
                *[title for _id, title in snapshot.view.targets][:1],
            ]
        assert not [e for e in expected if e not in found], (lang, [e for e in expected if e not in found])
        if snapshot.view.references:
            with i18n.using(lang):
                assert _("Reference scores") in found
        if lang == "el":
            assert re.search(r"\d,\d\d", found) and "Αναφορά βαθμονόμησης" in found
        if lang == "zh_CN":
            assert "校准报告" in found


def test_a_missing_exercise_is_said_plainly(coach: Coach) -> None:
    from trainercoach.errors import NotFound

    with pytest.raises(NotFound, match="calibration exercise"):
        coach.reports.calibration(999_999)


def test_the_command_writes_the_report_and_says_why_not(demo: tuple[Coach, Path], tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    _coach, path = demo
    exercise = demo[0].calibration.list()[0].id
    out = tmp_path / "out"
    assert main(["calibration", "report", "--db", str(path), "--exercise", str(exercise), "--out", str(out),
                 "--lang", "el"]) == 0
    written = Path(capsys.readouterr().out.strip())
    assert written.parent == out and written.suffix == ".pdf"
    assert "Tom Becker" in pdf_text(written) and "Αναφορά βαθμονόμησης" in pdf_text(written)

    assert main(["calibration", "report", "--db", str(path), "--exercise", "4242", "--out", str(out)]) == 1
    assert "No calibration exercise has the id 4242" in capsys.readouterr().err
    assert main(["calibration", "report", "--db", str(path), "--exercise", str(exercise), "--out", str(out),
                 "--lang", "fr"]) == 1
    assert "'fr' is not one of them" in capsys.readouterr().err
    for usage in (["calibration", "report", "--db", str(path), "--out", str(out)],
                  ["calibration", "report", "--db", str(path), "--exercise", "x", "--out", str(out)],
                  ["calibration", "report", "--db", str(path), "--exercise", str(exercise)]):
        with pytest.raises(SystemExit) as stopped:
            main(usage)
        assert stopped.value.code == 2, usage
    assert sorted(p.name for p in out.iterdir()) == [written.name]  # nothing written by the refusals
