"""The gap page's Import figures… button (issue 20), driven as a person would: a file chosen, read in a worker,
its figures shown in the evidence table; a bad file's problems listed with their line and column, nothing added."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from tests.core.helpers import snapshot
from tests.core.import_files import write_csv, write_xlsx
from tests.gui.conftest import settle
from trainercoach.gui.views.gaps_page import GapsPage
from trainercoach.records.gaps import GapForm
from trainercoach.services import Coach

SHOTS = os.environ.get("TRAINERCOACH_SHOTS")
GREEK = ["Ημερομηνία", "Είδος", "Τιμή", "Πηγή", "Πράκτορες", "Σημείωση"]


def _page(qtbot, coach: Coach) -> tuple[GapsPage, int]:
    gap = coach.gaps.add(GapForm("Επιστροφές 退款 <&>"))
    page = GapsPage(coach)
    qtbot.addWidget(page)
    page.show()
    page.select_gap(gap)
    settle(qtbot)  # the list and the chosen gap are read in workers
    return page, gap


def _choose(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *args, **kw: (str(path), "")))


def test_import_figures_button_adds_them(qtbot, coach: Coach, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    page, gap = _page(qtbot, coach)
    assert page.import_button.isEnabled() and page.import_button.text() == "Import figures…"
    path = write_xlsx(tmp_path / "qa.xlsx", [GREEK, ["2025-11-01", "Βαθμός QA", 82, "QA 质检 🎉", 35, "<b>x</b>"],
                                             ["2025-12-01", "qa_score", 74, "QA 质检 🎉", 35, ""]])
    _choose(monkeypatch, path)
    shown: list[str] = []
    monkeypatch.setattr(GapsPage, "show_problems", lambda self, summary, details: shown.append(details))
    page.import_button.click()
    assert page.importing is not None and not page.import_button.isEnabled()  # read in a worker
    qtbot.waitUntil(lambda: page.importing is None, timeout=20_000)
    settle(qtbot)
    assert shown == []
    assert [row.cells[2] for row in page.evidence.rows] == ["QA 质检 🎉", "QA 质检 🎉"]
    assert "Getting worse" in page.summary.text()
    assert len(coach.gaps.get(gap).evidence) == 2 and coach.history.undo_label.startswith("Import figures into")
    if SHOTS:
        page.resize(1200, 700)
        QApplication.processEvents()
        page.grab().save(str(Path(SHOTS) / "gap-figures-imported.png"))


def test_a_bad_file_lists_its_problems_and_adds_nothing(qtbot, coach: Coach, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    page, _gap = _page(qtbot, coach)
    path = write_csv(tmp_path / "bad.csv", [GREEK, ["2025-11-01", "csat", "4", "Survey", "", ""],
                                            ["2025-11-02", "nps", "=1+1", "Survey", "", ""]])
    _choose(monkeypatch, path)
    before = snapshot(coach)
    boxes: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.append(box) or 0)
    page.import_button.click()
    qtbot.waitUntil(lambda: page.importing is None, timeout=20_000)
    settle(qtbot)
    [box] = boxes
    assert "2 problems" in box.text()
    assert "Line 3, column “Είδος”: 'nps' is not a kind of figure" in box.detailedText()
    assert "Line 3, column “Τιμή”: '=1+1' is not a number." in box.detailedText()
    assert snapshot(coach) == before and page.evidence.rows == []
    if SHOTS:
        box.resize(700, 300)
        box.show()
        QApplication.processEvents()
        box.grab().save(str(Path(SHOTS) / "gap-figures-problems.png"))
        box.hide()
