"""The business-case PDF (issue 20): read in one transaction, laid out in English, Greek and Simplified
Chinese, read back with pypdf; the gap's live figures and the measured effect are in it."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.core.test_report_snapshots import counted
from trainercoach.errors import NotFound
from trainercoach.records.comprehension import CheckForm, QuestionResult, ScoreEntry
from trainercoach.records.gaps import CaseForm, EvidenceForm
from trainercoach.records.sessions import DeliveryForm
from trainercoach.reports.case_report import write_case_report
from trainercoach.services import CandidateForm, Coach


def text_of(path: Path) -> str:
    return re.sub(r"\s+", " ", " ".join(page.extract_text() or "" for page in PdfReader(path).pages))


@pytest.fixture
def case_id(coach: Coach) -> int:
    candidate = coach.candidates.add(CandidateForm(name="Μαρία Κ."))
    session = coach.deliveries.add(DeliveryForm(candidate, starts_at=datetime(2026, 1, 5, 9), topic="退款 basics"))
    coach.comprehension.save(CheckForm(session, max_score=10.0, held_on=date(2026, 1, 5),
                                       scores=[ScoreEntry("A", 3, 8), ScoreEntry("B", 4, 9)],
                                       questions=[QuestionResult("Refund window <&>", 20, 5, "Refunds")]))
    gap = coach.gaps.from_question(coach.gaps.missed_questions()[0].id)
    coach.gaps.add_evidence(gap, EvidenceForm("figure", figure_kind="csat", source="Zendesk · Αθήνα",
                                              on_date=date(2025, 12, 1), value=3.75, agents=48))
    case = coach.cases.add(CaseForm(candidate, gap, "Refunds refresher 🙂", problem="Agents miss the window.",
                                    audience_size=48, objectives="Το παράθυρο επιστροφών", effort_hours=6.5,
                                    expected_effect="+20 points", has_hands_on=True))
    coach.cases.move(case, "submitted")
    coach.cases.move(case, "approved")
    coach.cases.link_session(case, session)
    return case


def test_read_in_one_transaction(coach: Coach, case_id: int) -> None:
    with counted(coach) as seen:
        snapshot = coach.reports.business_case(case_id, lang="el")
    assert seen == {"checkout": 1, "begin": 1}
    assert snapshot.case == coach.cases.get(case_id) and snapshot.lang == "el"


@pytest.mark.parametrize(("lang", "words"), [
    ("en", ["Business case", "Evidence", "5 of 20 right (25%)", "Effect", "Approved", "48"]),
    ("el", ["Επιχειρηματική", "Το παράθυρο επιστροφών"]),
    ("zh_CN", ["商业", "退款"]),
])
def test_the_pdf_in_three_languages(coach: Coach, case_id: int, tmp_path: Path, lang: str,
                                    words: list[str]) -> None:
    path = write_case_report(coach.reports.business_case(case_id, lang=lang), tmp_path / f"case-{lang}.pdf")
    text = text_of(path)
    for expected in [*words, "Refunds refresher", "Refund window <&>", "Zendesk · Αθήνα", "Μαρία Κ."]:
        assert expected in text, (lang, expected)
    assert "n=2" in text  # the before and after of the linked session's check, with their n


def test_a_missing_case_is_said_plainly(coach: Coach) -> None:
    with pytest.raises(NotFound):
        coach.reports.business_case(999_999)


def test_before_and_after_carry_their_interval_whatever_their_n() -> None:
    """The loop closes with n and intervals: a class of twenty is not "small", yet the case still shows them."""
    from trainercoach.analytics.stats import estimate_values
    from trainercoach.records.gaps import MeasureResult
    from trainercoach.reports.case_report import result_rows

    before = estimate_values([40.0 + (i % 5) * 4 for i in range(20)])
    after = estimate_values([70.0 + (i % 7) * 2 for i in range(21)])
    assert not before.small and before.low is not None and after.low is not None
    rows = result_rows(MeasureResult("check_score", before, after, "%"))
    assert rows[0][1].startswith(f"{before.mean:.1f} (n=20; 95% CI {before.low:.1f}–{before.high:.1f})")
    assert rows[1][1].startswith(f"{after.mean:.1f} (n=21; 95% CI {after.low:.1f}–{after.high:.1f})")
