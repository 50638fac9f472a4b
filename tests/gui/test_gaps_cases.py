"""The Knowledge gaps and Business cases pages (issue 20), driven as a person would: from a check question
most trainees missed to a gap, a case written in the editor, submitted, returned with a reason, approved,
linked to its session, delivered and evaluated; a refused case shows why beside the form and saves nothing."""

from __future__ import annotations

import os
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import in_language, settle, type_text
from trainercoach.gui.dialogs.case_dialog import CaseDialog
from trainercoach.gui.dialogs.gap_dialogs import FigureDialog, PickDialog
from trainercoach.gui.views.cases_page import CasesPage
from trainercoach.gui.views.gaps_page import GapsPage
from trainercoach.records.comprehension import CheckForm, QuestionResult, ScoreEntry
from trainercoach.records.sessions import DeliveryForm
from trainercoach.services import CandidateForm, Coach

SHOTS = os.environ.get("TRAINERCOACH_SHOTS")  # a folder: the pages are grabbed there to be looked at


def _world(coach: Coach) -> tuple[int, int]:
    candidate = coach.candidates.add(CandidateForm(name="Μαρία Κ. 学员"))
    session = coach.deliveries.add(DeliveryForm(candidate, starts_at=datetime(2026, 1, 5, 9), topic="退款 basics"))
    coach.comprehension.save(CheckForm(session, max_score=10.0, held_on=date(2026, 1, 5),
                                       scores=[ScoreEntry("A", 3, 8), ScoreEntry("B", 4, 9), ScoreEntry("C", 5, 7)],
                                       questions=[QuestionResult("Refund window <&>", 20, 5, "Refunds · 退款"),
                                                  QuestionResult("SLA", 20, 19, "SLA")]))
    return candidate, session


def _answer_pick(monkeypatch: pytest.MonkeyPatch, row: int = 0) -> None:
    def exec_(dialog: PickDialog) -> int:
        dialog.list.setCurrentRow(row)
        dialog.accept()
        return 1
    monkeypatch.setattr(PickDialog, "exec", exec_)


def _grab(widget, name: str) -> None:
    if SHOTS:
        widget.resize(1200, 800)
        QApplication.processEvents()
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


def test_from_a_missed_question_to_an_evaluated_case(qtbot, coach: Coach, monkeypatch: pytest.MonkeyPatch,
                                                    tmp_path: Path) -> None:
    candidate, session = _world(coach)
    gaps = GapsPage(coach)
    qtbot.addWidget(gaps)
    gaps.show()
    settle(qtbot)  # the page reads in workers: the list, then the chosen gap
    assert not gaps.empty.isHidden()
    _answer_pick(monkeypatch)  # the most missed question comes first
    gaps.from_question()
    settle(qtbot)
    assert gaps.gaps.rows[0].cells[0] == "Refunds · 退款"
    assert gaps.evidence.rows[0].cells[3] == "5 of 20 right (25%)"
    figure = FigureDialog(coach, gaps.chosen_gap(), gaps)
    type_text(figure.source, "Zendesk · Αθήνα <&>")
    type_text(figure.value, "3,75")
    figure.agents.setText("48")
    figure.save()
    gaps.refresh()
    settle(qtbot)
    assert sorted(r.cells[1] for r in gaps.evidence.rows) == ["Check question", "Outside figure"]
    assert "48" in [r.cells[4] for r in gaps.evidence.rows]

    cases = CasesPage(coach)
    qtbot.addWidget(cases)
    cases.show()
    settle(qtbot)
    editor = CaseDialog(coach, gap_id=gaps.chosen_gap(), parent=cases)
    editor.save()  # no title: refused beside the form, nothing saved
    assert not editor.error_label.isHidden() and "title" in editor.error_label.text()
    assert coach.cases.list() == []
    type_text(editor.title, "Refunds refresher 🙂")
    editor.problem.setPlainText("Agents miss the window.")
    editor.audience_size.setText("48")
    editor.objectives.setPlainText("Το παράθυρο επιστροφών")
    editor.effort.setText("6,5")
    editor.expected.setPlainText("+20 points")
    editor.has_hands_on.setChecked(True)
    editor.save()
    assert editor.case_id is not None and editor.result() == 1
    cases.refresh()
    settle(qtbot)
    assert cases.cases.rows[0].cells[:4] == ["Refunds refresher 🙂", "Μαρία Κ. 学员", "Refunds · 退款", "Draft"]
    assert cases.step_buttons["submitted"].isVisibleTo(cases) and not cases.step_buttons["approved"].isVisibleTo(cases)
    cases.step_buttons["submitted"].click()
    assert cases.detail is None and not cases.step_buttons["approved"].isEnabled()  # waiting for the case's read
    settle(qtbot)
    assert cases.detail is not None and cases.detail.status == "submitted"
    assert cases.move_case("returned", "Give the audience by team · 按团队")
    settle(qtbot)
    for status in ("submitted", "approved"):
        cases.step_buttons[status].click()
        settle(qtbot)
    _answer_pick(monkeypatch)
    cases.link_session()
    settle(qtbot)
    for status in ("scheduled", "delivered", "evaluated"):
        cases.step_buttons[status].click()
        settle(qtbot)
    detail = coach.cases.get(editor.case_id)
    assert detail.status == "evaluated" and len(detail.steps) == 8
    assert "n=3" in cases.effect.text()
    milestone = next(m for m in coach.candidates.get(candidate).milestones if m.component == "gap_business_case")
    assert milestone.status == "done"
    pdf = cases.export_pdf(str(tmp_path / "case.pdf"))
    assert pdf is not None and pdf.stat().st_size > 5000
    _grab(gaps, "gaps-en")
    _grab(cases, "cases-en")
    for code in ("el", "zh_CN"):
        with in_language(code):
            for page, name in ((GapsPage(coach), "gaps"), (CasesPage(coach), "cases")):
                qtbot.addWidget(page)
                page.show()
                settle(qtbot)
                _grab(page, f"{name}-{code}")
                page.close()
    gaps.close()
    cases.close()


def test_the_case_editor_from_a_gap_in_chinese(qtbot, coach: Coach, monkeypatch: pytest.MonkeyPatch) -> None:
    """From the gap's page straight to a case for it; the editor in Chinese, grabbed to be looked at."""
    _world(coach)
    coach.gaps.from_question(coach.gaps.missed_questions()[0].id)
    with in_language("zh_CN"):
        gaps = GapsPage(coach)
        qtbot.addWidget(gaps)
        settle(qtbot)
        seen: list[int] = []  # the gap each editor opened with (the dialog is deleted once done)

        def exec_(dialog: CaseDialog) -> int:
            seen.append(dialog.gap.currentData())
            dialog.title.setText("升级规则")
            dialog.problem.setPlainText("多数人答错")
            if SHOTS:
                dialog.resize(640, 760)
                dialog.grab().save(str(Path(SHOTS) / "case-dialog-zh_CN.png"))
            dialog.save()
            return dialog.result()
        monkeypatch.setattr(CaseDialog, "exec", exec_)
        gaps.write_case()
        settle(qtbot)
        assert seen and seen[0] == gaps.chosen_gap()
        assert gaps.gaps.rows[0].cells[5] == "1"
        gaps.close()
