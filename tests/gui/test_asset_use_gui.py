"""Issue 20, the rest of the library in its windows: what trainees thought of each version beside agents' comments
in the asset editor, and the Assets page's Coverage tab (its chart, a topic taught only as text flagged) in three
languages. Grabs go where ASSET_GRABS says."""

from __future__ import annotations

import os
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import update

from tests.gui.conftest import in_language, settle
from trainercoach.gui.dialogs.asset_dialog import AssetDialog
from trainercoach.gui.main_window import MainWindow
from trainercoach.gui.pages import index
from trainercoach.models import AssetVersion
from trainercoach.records.assets import AssetForm
from trainercoach.records.comprehension import CheckForm, ScoreEntry
from trainercoach.records.feedback import FeedbackEntry
from trainercoach.records.sessions import DeliveryForm
from trainercoach.services import CandidateForm, Coach

pytestmark = pytest.mark.parametrize("backend", ["sqlite"])


def world(coach: Coach) -> dict[str, int]:
    candidate = coach.candidates.add(CandidateForm(name="Μαρία Κωνσταντίνου"))
    deck = coach.assets.create(AssetForm("Επιστροφές χρημάτων: οδηγός 退款 <&>", has_visual=True))
    wiki = coach.assets.create(AssetForm("Billing wiki"))
    coach.assets.create(AssetForm("Never used 📊"))
    early = coach.deliveries.add(DeliveryForm(candidate, starts_at=datetime(2025, 11, 3, 9), topic="Refunds 退款",
                                              trainees=3, asset_id=deck))
    coach.assets.new_version(deck, "1.0", "Πρώτη έκδοση")
    with coach.db.transaction() as session:
        session.execute(update(AssetVersion).values(made_at=datetime(2025, 12, 1)))
    later = coach.deliveries.add(DeliveryForm(candidate, starts_at=datetime(2026, 1, 5, 9), topic="Refunds 退款",
                                              trainees=3, asset_id=deck))
    coach.deliveries.add(DeliveryForm(candidate, starts_at=datetime(2026, 1, 6, 9), topic="Billing <&>",
                                      trainees=3, asset_id=wiki))
    for delivery, overall in ((later, 3), (later, 4), (later, 5), (early, 2)):
        coach.feedback.add_response(delivery, FeedbackEntry({"overall": overall}))
    coach.comprehension.save(CheckForm(later, title="Quiz", max_score=10.0, held_on=date(2026, 1, 5),
                                       scores=[ScoreEntry("T1", 4.0, 6.0), ScoreEntry("T2", 5.0, 8.0),
                                               ScoreEntry("T3", 2.0, 7.0)]))
    coach.assets.add_feedback(deck, 4, "清楚 👍 <&>")
    coach.history.clear()
    return {"deck": deck, "wiki": wiki}


@pytest.mark.parametrize("code", ["en", "el", "zh_CN"])
def test_reception_beside_comments_and_the_coverage_tab(qtbot, coach: Coach, code: str) -> None:
    ids = world(coach)
    with in_language(code):
        window = MainWindow(coach)
        qtbot.addWidget(window)
        window.resize(1280, 760)
        window.show()
        window.show_page(index("assets"))
        settle(qtbot)
        page = window.assets_page
        dialog = AssetDialog(coach, ids["deck"], page)
        qtbot.addWidget(dialog)
        dialog.show()
        settle(qtbot)
        rows = [[dialog.reception.index(r, c).data() for c in range(5)] for r in range(dialog.reception.rowCount())]
        assert [r[0] for r in rows][0] == "1.0" and rows[0][1:3] == ["1", "3"]
        assert "n = 3" in rows[0][3] and "n = 3" in rows[0][4]
        assert rows[1][0] not in ("", "1.0") and "n = 1" in rows[1][3]
        page.tabs.setCurrentIndex(1)
        settle(qtbot)
        assert "Billing <&>" in page.flagged.text() and "Refunds" not in page.flagged.text()
        assert "Never used 📊" in page.unused.text()
        assert page.coverage_chart.figure is not None and page.coverage_chart.figure.axes
        labels = [label.get_text() for label in page.coverage_chart.figure.axes[0].get_yticklabels()]
        assert labels[0].startswith("Billing <&>") and any(label.startswith("Refunds 退款") for label in labels)
        if code != "en":
            assert page.tabs.tabText(1) != "Coverage"
            assert dialog.reception_view.model().headerData(3, 1) != "Overall rating"
        folder = os.environ.get("ASSET_GRABS")
        if folder:
            Path(folder).mkdir(parents=True, exist_ok=True)
            window.grab().save(str(Path(folder) / f"coverage-{code}.png"))
            dialog.grab().save(str(Path(folder) / f"asset-editor-{code}.png"))
            page.coverage_chart.figure.savefig(str(Path(folder) / f"coverage-chart-{code}.png"))
        dialog.close()
        window.close()


def test_the_candidates_milestone_four_names_her_asset(qtbot, coach: Coach) -> None:
    from trainercoach.gui.dialogs.candidate_dialog import CandidateDialog

    candidate = coach.candidates.add(CandidateForm(name="王芳"))
    person = coach.candidates.get(candidate).person_id
    asset = coach.assets.create(AssetForm("退款流程实操 <&>", owner_id=person, has_hands_on=True))
    with in_language("zh_CN"):  # the evidence is written in the language of whoever acts, as a case's is
        coach.assets.new_version(asset, "1.0", "第一版")
        dialog = CandidateDialog(coach, candidate)
        qtbot.addWidget(dialog)
        dialog.ui.tabs.setCurrentWidget(dialog.ui.milestonesTab)
        dialog.show()
        settle(qtbot)
        evidence = dialog.ui.contentBuildingEvidence.text()
        assert "退款流程实操 <&>" in evidence and "1.0" in evidence and evidence.startswith("培训资料")
        assert dialog.ui.contentBuildingStatus.currentData() == "in_progress"
        folder = os.environ.get("ASSET_GRABS")
        if folder:
            dialog.grab().save(str(Path(folder) / "candidate-milestones-zh_CN.png"))
        dialog.close()
