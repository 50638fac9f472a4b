"""The printable feedback form: the session code, text in every script, embedded fonts, typed text as typed."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from trainercoach.errors import NotFound, ValidationError
from trainercoach.records.sessions import DeliveryForm
from trainercoach.reports import fonts
from trainercoach.reports.feedback_form import write_feedback_form
from trainercoach.services import CandidateForm

TOPIC = "Χειρισμός παραπόνων 处理客户投诉 <font size=40> & <b>escalations</b>"


@pytest.fixture
def session(coach) -> int:
    candidate = coach.candidates.add(CandidateForm(name="Ελένη <b>Π.</b> & 王静"))
    return coach.deliveries.add(DeliveryForm(candidate, starts_at=datetime(2025, 3, 14, 9, 30), topic=TOPIC,
                                             trainees=30))


def text_of(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def flat(text: str) -> str:
    return "".join(text.split())


def embedded_fonts(path: Path) -> dict[str, bool]:
    """Each font the pages use, and whether its TrueType program is in the file."""
    found = {}
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            found[str(font["/BaseFont"])] = descriptor is not None and "/FontFile2" in descriptor.get_object()
    return found


@pytest.mark.parametrize("page_size", ["A4", "Letter"])
def test_the_form_carries_the_code_the_topic_in_every_script_and_embeds_its_fonts(
        coach, session, tmp_path, page_size) -> None:
    coach.feedback.add_item("这次培训对我有帮助 — Η εκπαίδευση με βοήθησε")
    out = write_feedback_form(coach.reports.feedback_form(session), tmp_path / "form.pdf", page_size=page_size)
    text = text_of(out)
    code = coach.deliveries.get(session).code
    assert code in text
    squeezed = flat(text)
    assert flat("Χειρισμός παραπόνων") in squeezed
    assert "处理客户投诉" in squeezed
    assert flat("<font size=40> & <b>escalations</b>") in squeezed
    assert flat("Ελένη <b>Π.</b> & 王静") in squeezed
    assert flat("2025-03-14 09:30") in squeezed
    assert "这次培训对我有帮助" in squeezed and flat("Η εκπαίδευση με βοήθησε") in squeezed
    for item in coach.feedback.items():
        assert flat(item.label)[:20] in squeezed
    used = embedded_fonts(out)
    assert used and all(used.values()), used
    assert any("DroidSansFallback" in name for name in used)
    assert any("DejaVuSans" in name for name in used)
    reader = PdfReader(out)
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == ((595, 842) if page_size == "A4" else (612, 792))


def test_the_form_is_anonymous(coach, session, tmp_path) -> None:
    text = text_of(write_feedback_form(coach.reports.feedback_form(session), tmp_path / "form.pdf")).lower()
    assert "do not write your name" in text
    assert "name:" not in text


def test_a_failed_write_leaves_the_old_file_and_no_partial_file(coach, session, tmp_path, monkeypatch) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "form.pdf"
    out.write_bytes(b"old")
    from reportlab.platypus import BaseDocTemplate

    def broken(self, *args, **kwargs) -> None:
        Path(self.filename).write_bytes(b"%PDF-half")
        raise OSError("disk full")

    monkeypatch.setattr(BaseDocTemplate, "build", broken)
    with pytest.raises(OSError):
        write_feedback_form(coach.reports.feedback_form(session), out)
    assert out.read_bytes() == b"old"
    assert sorted(p.name for p in folder.iterdir()) == ["form.pdf"]


def test_unknown_session_and_paper_size_are_refused(coach, session, tmp_path) -> None:
    with pytest.raises(ValidationError):
        write_feedback_form(coach.reports.feedback_form(session), tmp_path / "out" / "x.pdf", page_size="A5")
    with pytest.raises(NotFound):
        write_feedback_form(coach.reports.feedback_form(session + 99), tmp_path / "out" / "x.pdf")
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").iterdir())


def test_runs_pick_the_font_that_has_the_characters() -> None:
    assert fonts.runs("Hello Γειά 你好 world") == [
        (fonts.SANS, "Hello Γειά "), (fonts.CJK, "你好 "), (fonts.SANS, "world")]
    assert fonts.markup("<b>&") == "&lt;b&gt;&amp;"
    assert fonts.markup("你<") == f'<font name="{fonts.CJK}">你</font>&lt;'
