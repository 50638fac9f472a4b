"""Emoji trainees write print as themselves in every PDF, in the shipped symbol font, embedded."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from pypdf import PdfReader

from trainercoach.records.feedback import FeedbackEntry
from trainercoach.records.sessions import DeliveryForm
from trainercoach.reports import fonts
from trainercoach.reports.evaluation import write_trainer_evaluation
from trainercoach.reports.feedback_form import write_feedback_form
from trainercoach.services import CandidateForm, Coach

EMOJI = "😀🙏👍🎉"


def embedded_fonts(path: Path) -> set[str]:
    names = set()
    for page in PdfReader(path).pages:
        for font in (page.get("/Resources", {}).get("/Font") or {}).values():
            font = font.get_object()
            for descendant in font.get("/DescendantFonts", [font]):
                descriptor = descendant.get_object().get("/FontDescriptor")
                if descriptor is not None and "/FontFile2" in descriptor.get_object():
                    names.add(str(font["/BaseFont"]))
    return names


def test_emoji_are_drawn_by_the_symbol_font_not_named_or_boxed() -> None:
    assert [font for font, _ in fonts.runs("Καλό 好 🎉")] == [fonts.SANS, fonts.CJK, fonts.SYMBOLS]
    # Every emoji lands in a font that has it (DejaVu itself has the smileys; Symbola the rest).
    assert all(ord(ch) in fonts._glyphs(fonts.font_for(ch)) for ch in EMOJI)
    assert fonts.printable(f"Great {EMOJI}") == f"Great {EMOJI}"


def test_emoji_in_a_comment_and_a_topic_come_back_out_of_the_pdfs(coach: Coach, tmp_path: Path) -> None:
    candidate = coach.candidates.add(CandidateForm(name="Ελένη 😀"))
    session = coach.deliveries.add(DeliveryForm(candidate, datetime(2026, 11, 2, 10), f"Refunds {EMOJI}",
                                                trainees=5))
    coach.feedback.add_response(session, FeedbackEntry({"overall": 5}, f"Loved it {EMOJI} 很好"))
    form = write_feedback_form(coach.reports.feedback_form(session), tmp_path / "form.pdf")
    evaluation = write_trainer_evaluation(coach.reports.evaluation(candidate), tmp_path / "evaluation.pdf")
    for path in (form, evaluation):
        text = "".join(page.extract_text() for page in PdfReader(path).pages)
        assert EMOJI in text, path.name
        assert any(name.endswith("+Symbola") for name in embedded_fonts(path)), path.name  # for 🎉
