"""The trainer evaluation PDF, read back with pypdf: names in every script, figures with their n, embedded
fonts, typed text printed as typed, page counts, page numbers, metadata and vector charts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.core.reports_data import CHINESE, GREEK, HOSTILE, HOSTILE_NAME, LONG_COMMENT, build_database
from trainercoach.errors import NotFound, ValidationError
from trainercoach.reports.evaluation import write_trainer_evaluation
from trainercoach.services import Coach


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, dict[str, int]]:
    return build_database(tmp_path_factory.mktemp("reports") / "coach.sqlite3")


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


def flat(text: str) -> str:
    return "".join(text.split())


def fonts_of(path: Path) -> dict[str, bool]:
    found = {}
    for page in PdfReader(path).pages:
        for font in page["/Resources"].get("/Font", {}).values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            found[str(font["/BaseFont"])] = descriptor is not None and "/FontFile2" in descriptor.get_object()
    return found


def images_of(path: Path) -> int:
    count = 0
    for page in PdfReader(path).pages:
        for xobject in page["/Resources"].get("/XObject", {}).values():
            count += xobject.get_object().get("/Subtype") == "/Image"
    return count


@pytest.fixture(scope="module")
def greek_pdf(data: tuple[str, dict[str, int]], tmp_path_factory: pytest.TempPathFactory) -> Path:
    with _Open(data[0]) as coach:
        return write_trainer_evaluation(coach.reports.evaluation(data[1]["greek"]),
                                        tmp_path_factory.mktemp("out") / "greek.pdf")


class _Open:
    def __init__(self, url: str) -> None:
        self.coach = Coach.open(url, actor="Μαρία Lead")

    def __enter__(self) -> Coach:
        return self.coach

    def __exit__(self, *exc: object) -> None:
        self.coach.close()


def test_a_greek_evaluation_names_the_candidate_and_its_figures_with_their_n(greek_pdf: Path) -> None:
    texts = pages(greek_pdf)
    whole = flat("\n".join(texts))
    assert flat(GREEK) in whole
    assert flat("Ελένη Παπαδοπούλου") in whole  # the mentor
    assert "Practicedeliveries" in whole and "200" in whole
    assert "n=8" in whole  # 8 observed sessions: 0, 25, ..., 175
    assert "page1of" in whole
    total = len(texts)
    for number, text in enumerate(texts, start=1):
        assert f"page {number} of {total}" in text
    assert flat("Signatures") in whole and "Mentor:" in whole and "Candidate:" in whole


def test_200_deliveries_paginate_with_the_header_on_every_page_of_the_table(greek_pdf: Path) -> None:
    texts = pages(greek_pdf)
    assert 8 <= len(texts) <= 30, len(texts)
    row = r"\d{4}-\d\d-\d\dΑνάκτησηλογαριασμού(\d+)"  # a table row: its date, then its topic
    table_pages = [flat(t) for t in texts if re.search(row, flat(t))]
    assert len(table_pages) >= 4
    for text in table_pages:
        assert "Method," in text and "Feedback" in text and "Trainees" in text
    numbers = {int(n) for n in re.findall(row, "".join(table_pages))}
    assert numbers == set(range(1, 201))  # nothing lost at a page break


def test_every_font_is_embedded_and_no_standard_font_is_named(greek_pdf: Path) -> None:
    used = fonts_of(greek_pdf)
    assert used and all(used.values()), used
    assert not any(re.search(r"Helvetica|Times|Courier|Symbol|ZapfDingbats", name) for name in used), used


def test_metadata_and_vector_charts(greek_pdf: Path) -> None:
    reader = PdfReader(greek_pdf)
    assert reader.metadata.title == f"Trainer evaluation: {GREEK}"
    assert reader.metadata.author == "Μαρία Lead"
    assert images_of(greek_pdf) == 0  # charts are drawn as paths, not pasted in as pictures
    chart_page = next(p for p in reader.pages if "Session effectiveness" in p.extract_text())
    content = chart_page.get_contents().get_data().decode("latin-1")
    assert len(re.findall(r"(?<=\d) [cl](?=\s)", content)) > 500  # path operators: curves and lines


def test_a_chinese_candidate_prints_and_extracts(coach: Coach, ids: dict[str, int], tmp_path: Path) -> None:
    out = write_trainer_evaluation(coach.reports.evaluation(ids["chinese"]), tmp_path / "c.pdf", page_size="Letter")
    whole = flat("\n".join(pages(out)))
    assert CHINESE in whole and "账单争议处理" in whole and "很有帮助" in whole
    box = PdfReader(out).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    assert any("DroidSansFallback" in name for name in fonts_of(out))


def test_hostile_text_is_printed_as_typed(coach: Coach, ids: dict[str, int], tmp_path: Path) -> None:
    out = write_trainer_evaluation(coach.reports.evaluation(ids["hostile"]), tmp_path / "h.pdf")
    whole = flat("\n".join(pages(out)))
    assert flat(HOSTILE_NAME) in whole
    for text in HOSTILE:
        assert flat(text) in whole, text
    assert flat(LONG_COMMENT[:200]) in whole and flat(LONG_COMMENT[-200:]) in whole  # wrapped, not cut
    assert images_of(out) == 0  # <img src=x> stayed text


def test_a_candidate_with_no_deliveries_gets_a_short_evaluation(coach: Coach, ids: dict[str, int],
                                                                  tmp_path: Path) -> None:
    out = write_trainer_evaluation(coach.reports.evaluation(ids["empty"]), tmp_path / "e.pdf")
    texts = pages(out)
    assert 2 <= len(texts) <= 4
    whole = flat("\n".join(texts))
    assert "Nopracticedeliveryloggedyet." in whole


def test_refusals(coach: Coach, ids: dict[str, int], tmp_path: Path) -> None:
    with pytest.raises(NotFound):
        write_trainer_evaluation(coach.reports.evaluation(999_999), tmp_path / "x.pdf")
    with pytest.raises(ValidationError):
        write_trainer_evaluation(coach.reports.evaluation(ids["empty"]), tmp_path / "x.pdf", page_size="A3")
    assert not list(tmp_path.iterdir())
