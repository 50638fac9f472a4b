"""Issue 18, point 9 (and the counts of point 6 in the programme report): the PDFs as a person reads them,
read back with pypdf."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Spacer

from tests.core.helpers import run_cli
from tests.core.reports_data import build_database
from trainercoach import charts
from trainercoach.records.effectiveness import Programme
from trainercoach.reports import evaluation, layout, session_report
from trainercoach.services import Coach

LONG_EMAIL = "konstantina.papadopoulou-karamanli@training-academy.example.gr"
MIN_PRINT_PT = 7


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, dict[str, int]]:
    return build_database(tmp_path_factory.mktemp("everyday") / "coach.sqlite3", greek_sessions=3)


@pytest.fixture
def coach(data: tuple[str, dict[str, int]]):  # overrides the two-backend fixture
    opened = Coach.open(data[0], actor="Μαρία Lead")
    yield opened
    opened.close()


@pytest.fixture
def ids(data: tuple[str, dict[str, int]]) -> dict[str, int]:
    return data[1]


def pages(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def with_form(snapshot, **changes):
    """The snapshot with the candidate's form changed (a name, an e-mail address)."""
    detail = dataclasses.replace(snapshot.detail, form=dataclasses.replace(snapshot.detail.form, **changes))
    return dataclasses.replace(snapshot, detail=detail)


# -- the signature block stays with its heading ------------------------------------------------------------
def test_the_signature_block_never_stands_alone(coach: Coach, ids: dict[str, int], tmp_path: Path) -> None:
    """The closing section as the evaluation builds it, pushed down the page a little more each time, so it
    meets every point of a page's foot: its heading, its sentence and its lines always print on one page."""
    snapshot = coach.reports.evaluation(ids["empty"], lang="en")
    width = layout.frame_width("A4")
    with evaluation.i18n.using("en"):
        story, info = evaluation.build(snapshot, width, snapshot.read_at.date())
    closing = max(i for i, flowable in enumerate(story) if isinstance(flowable, CondPageBreak))
    tail = story[closing:]
    for step in range(0, 250, 3):
        with evaluation.i18n.using("en"):
            out = layout.write_pdf(tmp_path / f"push-{step}.pdf", [Spacer(1, step * mm), *tail], info)
        texts = pages(out)
        heading = [i for i, text in enumerate(texts) if "We have read and discussed this evaluation" in text]
        lines = [i for i, text in enumerate(texts) if "Mentor: Ελένη Παπαδοπούλου" in text]
        assert heading == lines == [len(texts) - 1], (step, heading, lines)


# -- no caption under a chart that is not there -----------------------------------------------------------
def test_a_chart_without_data_has_no_caption(coach: Coach, ids: dict[str, int], tmp_path: Path) -> None:
    out = evaluation.write_trainer_evaluation(coach.reports.evaluation(ids["empty"]), tmp_path / "empty.pdf",
                                              lang="en")
    whole = " ".join(" ".join(pages(out)).split())
    assert "Session effectiveness" in whole
    assert "the shaded band is the 95% interval" not in whole
    assert "against the median of every candidate's mean" not in whole
    # A candidate with sessions still gets both captions.
    out = evaluation.write_trainer_evaluation(coach.reports.evaluation(ids["chinese"]), tmp_path / "full.pdf",
                                              lang="en")
    whole = " ".join(" ".join(pages(out)).split())
    assert "the shaded band is the 95% interval" in whole


# -- a Greek PDF keeps an e-mail address whole --------------------------------------------------------------
@pytest.mark.parametrize("lang", ["el", "en", "zh_CN"])
def test_an_email_address_is_never_broken(coach: Coach, ids: dict[str, int], tmp_path: Path, lang: str) -> None:
    snapshot = with_form(coach.reports.evaluation(ids["greek"], lang=lang), email=LONG_EMAIL)
    out = evaluation.write_trainer_evaluation(snapshot, tmp_path / "mail.pdf", lang=lang)
    first = pages(out)[0]
    assert LONG_EMAIL in first, [line for line in first.splitlines() if "@" in line or "karamanli" in line]


# -- chart text prints at a readable size -------------------------------------------------------------------
def test_chart_text_prints_at_7_points_or_more(coach: Coach, ids: dict[str, int], tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """Every chart a report places, at the size it is placed at: each text's size times the figure's scale."""
    placed: list[tuple[float, float]] = []  # (smallest text in the figure, scale from figure to page)
    original = layout.chart

    def measuring(fig, width, max_height=None):
        drawing = original(fig, width, max_height)
        smallest = min(t.get_fontsize() for t in fig.findobj(lambda a: hasattr(a, "get_fontsize"))
                       if getattr(t, "get_text", lambda: "")() and t.get_visible())
        placed.append((smallest, drawing.width / (fig.get_figwidth() * 72)))
        return drawing

    monkeypatch.setattr(layout, "chart", measuring)
    evaluation.write_trainer_evaluation(coach.reports.evaluation(ids["chinese"]), tmp_path / "e.pdf", lang="el")
    session_report.write_session_report(coach.reports.session_report(ids["chinese_session"]), tmp_path / "s.pdf",
                                        lang="zh_CN")
    assert len(placed) >= 4
    for smallest, scale in placed:
        assert smallest * scale >= MIN_PRINT_PT, (smallest, scale)


# -- a tab prints as a space in the running header ------------------------------------------------------------
def test_a_tab_in_a_name_does_not_print_as_a_box(coach: Coach, ids: dict[str, int], tmp_path: Path) -> None:
    snapshot = with_form(coach.reports.evaluation(ids["empty"], lang="en"), name="Sean\tGallagher")
    out = evaluation.write_trainer_evaluation(snapshot, tmp_path / "tab.pdf", lang="en")
    for text in pages(out):
        assert "\t" not in text
    # The running header (right side) names the candidate on every page, with a space.
    assert all("Sean Gallagher" in text for text in pages(out))


# -- the paper follows the locale ---------------------------------------------------------------------------
@pytest.mark.parametrize(("locale", "paper"), [
    ("en_US.UTF-8", "Letter"), ("fr_CA", "Letter"), ("es_MX.UTF-8", "Letter"), ("en-PH", "Letter"),
    ("en_GB.UTF-8", "A4"), ("el_GR.UTF-8", "A4"), ("zh_CN.UTF-8", "A4"), ("C", "A4"), ("", "A4"), (None, "A4"),
])
def test_the_paper_a_locale_prints_on(locale: str | None, paper: str) -> None:
    from trainercoach.reports.paper import paper_for

    assert paper_for(locale) == paper


def test_the_environment_says_the_paper() -> None:
    from trainercoach.reports.paper import default_paper

    assert default_paper({}) == "A4"
    assert default_paper({"LANG": "en_US.UTF-8"}) == "Letter"
    assert default_paper({"LANG": "en_US.UTF-8", "LC_PAPER": "de_DE.UTF-8"}) == "A4"
    assert default_paper({"LC_ALL": "en_CA.UTF-8", "LC_PAPER": "de_DE.UTF-8"}) == "Letter"


def test_the_command_line_prints_on_the_locales_paper(data: tuple[str, dict[str, int]], tmp_path: Path) -> None:
    sizes = {}
    for lang in ("en_CA.UTF-8", "el_GR.UTF-8"):
        out = tmp_path / lang
        result = run_cli("export", "programme", "--db", data[0], "--out", out, home=tmp_path / "home",
                         env={"LANG": lang, "LC_ALL": "", "LC_PAPER": ""})
        assert result.returncode == 0, result.stderr
        box = PdfReader(out / "Programme report.pdf").pages[0].mediabox
        sizes[lang] = (round(float(box.width)), round(float(box.height)))
    assert sizes == {"en_CA.UTF-8": (612, 792), "el_GR.UTF-8": (595, 842)}


# -- the programme report counts candidates as the app does --------------------------------------------------
def test_the_programme_report_counts_as_the_programme_page(coach: Coach, tmp_path: Path) -> None:
    snapshot = coach.reports.programme()
    headcount = snapshot.programme.headcount
    assert snapshot.programme.funnel[0][1] == headcount.active
    from trainercoach.reports.programme_report import write_programme_report

    out = write_programme_report(snapshot, tmp_path / "p.pdf", lang="en")
    first = " ".join(pages(out)[0].split())
    assert f"{headcount.in_programme} Candidates in the programme" in first
    assert f"not counting {headcount.paused_or_withdrawn} paused or withdrawn" in first


def test_a_chart_for_a_pdf_keeps_the_figure_whole() -> None:
    fig = charts.funnel(Programme([("Nominated", 3)], {}, [], 0, 0))
    drawing = layout.chart(fig, 400, 200)
    assert round(drawing.width) == 400 and round(drawing.height) == 200
