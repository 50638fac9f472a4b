"""Saving the printable feedback form from the app: the paper chosen in the save dialog, the file opened."""

from __future__ import annotations

from datetime import datetime

from pypdf import PdfReader
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from trainercoach.gui.dialogs import print_form
from trainercoach.records.sessions import DeliveryForm
from trainercoach.services import CandidateForm


def test_save_on_letter_paper_and_open(qtbot, coach, tmp_path, monkeypatch) -> None:
    candidate = coach.candidates.add(CandidateForm(name="李娜"))
    session = coach.deliveries.add(DeliveryForm(candidate, starts_at=datetime(2025, 3, 14, 9, 30),
                                                topic="处理客户投诉", trainees=12))
    code = coach.deliveries.get(session).code
    asked: list[str] = []

    def answer(parent, caption, suggested, filters, selected):
        asked.append(suggested)
        return str(tmp_path / "form"), print_form.FILTERS["Letter"]

    opened: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    written = print_form.save_feedback_form(coach, session)
    assert asked[0].endswith(f"feedback-form-{code}.pdf")
    assert written == tmp_path / "form.pdf"
    assert opened == [str(written)]
    page = PdfReader(written).pages[0]
    assert round(float(page.mediabox.height)) == 792
    assert code in page.extract_text()


def test_cancelling_writes_nothing(qtbot, coach, tmp_path, monkeypatch) -> None:
    candidate = coach.candidates.add(CandidateForm(name="Zoe"))
    session = coach.deliveries.add(DeliveryForm(candidate, starts_at=datetime(2025, 3, 14), topic="Refunds"))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: ("", ""))
    assert print_form.save_feedback_form(coach, session) is None
