"""The import window's last questions (issue 23): an ambiguous time-zone name in a survey export's timestamps is
asked about once per file, with each meaning spelled out, and the preview is read again with the answer; and the
problems speak the interface's language, framing and all."""

from __future__ import annotations

import os
from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QApplication, QInputDialog

from tests.core.import_files import write_csv
from tests.gui.conftest import in_language
from trainercoach.gui.dialogs.import_dialog import ImportFeedbackDialog
from trainercoach.gui.formats import datetime_text
from trainercoach.records.sessions import DeliveryForm
from trainercoach.services import CandidateForm

# A Google Forms export in Chinese, its timestamps in China Standard Time written "CST", as a spreadsheet set to
# that zone exports them (a blank row too, and emoji and markup in a comment).
ZH_CST = [
    ["时间戳记", "培训师讲得很清楚", "内容和我的工作有关", "您对本次培训总体满意吗？", "其他意见或建议"],
    ["2025/11/12 下午2:05:11 CST", "非常同意", "同意", "★★★★☆", "讲得很清楚 👍 <b>&</b>"],
    ["", "", "", "", ""],
    ["2025/11/13 上午10:00:00 CST", "不同意", "非常同意", "非常满意", ""],
]
# China Standard Time is UTC+08:00: 14:05:11 there is 06:05:11 UTC. (US Central would make it 20:05:11 UTC.)
UTC_TIMES = [datetime(2025, 11, 12, 6, 5, 11), datetime(2025, 11, 13, 2, 0, 0)]


@pytest.fixture
def november(coach) -> int:
    candidate = coach.candidates.add(CandidateForm(name="王芳"))
    return coach.deliveries.add(DeliveryForm(candidate, starts_at=datetime(2025, 11, 10, 9, 0),
                                             topic="投诉处理 <&>", trainees=30))


def open_dialog(qtbot, coach, session: int) -> ImportFeedbackDialog:
    dialog = ImportFeedbackDialog(coach, session)
    qtbot.addWidget(dialog)
    dialog.resize(1100, 720)
    dialog.show()
    return dialog


def settle(qtbot, dialog) -> None:
    qtbot.waitUntil(lambda: not dialog.busy and dialog.preview is not None, timeout=10_000)


def problems(dialog) -> list[str]:
    return [dialog.ui.problemsList.item(i).text() for i in range(dialog.ui.problemsList.count())]


def time_cells(dialog) -> list[str]:
    model = dialog.preview_model
    column = next(c for c in range(model.columnCount()) if model.horizontalHeaderItem(c).text() == "Response time")
    return [model.item(row, column).text() for row in range(model.rowCount())]


def shot(widget, name: str) -> None:
    folder = os.environ.get("TRAINERCOACH_SHOTS")
    if folder:
        QApplication.processEvents()  # the lists lay their wrapped rows out once the window is drawn
        widget.grab().save(os.path.join(folder, name))


def test_cst_is_asked_once_and_china_standard_time_gives_the_right_times(qtbot, coach, november, tmp_path,
                                                                        when_dialog_opens, monkeypatch) -> None:
    path = write_csv(tmp_path / "培训反馈（回复）.csv", ZH_CST)
    dialog = open_dialog(qtbot, coach, november)
    dialog.open_file(path)
    settle(qtbot, dialog)
    seen = dialog.preview
    assert seen.asks_zones == ("CST",) and seen.only_questions and not seen.ok
    [question] = problems(dialog)  # one question for the file, not one per row
    assert question.startswith("Line 1, column “时间戳记”: The response times are marked CST")
    assert "China Standard Time UTC+08:00" in question and "Central Standard Time (North America) UTC−06:00" in question
    assert "you will be asked which" in dialog.ui.summaryLabel.text()
    assert dialog.ui.importButton.isEnabled()  # Import asks the question

    asked: list[tuple[str, str, list[str]]] = []

    def china(box) -> None:
        asked.append((box.windowTitle(), box.text(), [b.text() for b in box.buttons()]))
        shot(box, "import_zone_question.png")
        next(b for b in box.buttons() if b.text() == "CST — China Standard Time, UTC+08:00").click()

    when_dialog_opens(china)
    dialog.ui.importButton.click()
    settle(qtbot, dialog)
    [(title, text, buttons)] = asked
    assert title == "Which time zone is CST?" and "marked CST" in text
    assert buttons[:4] == ["CST — China Standard Time, UTC+08:00",
                           "CST — Central Standard Time (North America), UTC−06:00",
                           "CST — Cuba Standard Time, UTC−05:00", "Cancel"]
    # The preview is read again with the answer: the times are China's, nothing is left to ask.
    assert dialog.mapping().zones == {"CST": "+08:00"}
    assert dialog.preview.ok and dialog.preview.asks_zones == ()
    assert [row.entry.answered_at for row in dialog.preview.rows if row.entry is not None] == UTC_TIMES
    assert [t for t in time_cells(dialog) if t] == [datetime_text(t.replace(tzinfo=UTC).astimezone())
                                                    for t in UTC_TIMES]
    assert "2 feedback forms will be imported (1 blank rows skipped)" in dialog.ui.summaryLabel.text()

    # Saving the mapping keeps the answer: the next export of the same form asks nothing.
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Google Forms 中文 CST", True))
    dialog.ui.savePresetButton.click()
    assert coach.feedback.preset("Google Forms 中文 CST")["zones"] == {"CST": "+08:00"}

    when_dialog_opens(lambda told: told.accept())  # "Feedback imported"
    dialog.ui.importButton.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    responses = coach.feedback.responses(november)
    assert [(r.answers, r.comment, r.created_at) for r in responses] == [
        ({"clarity": 5, "relevance": 4, "overall": 4}, "讲得很清楚 👍 <b>&</b>", UTC_TIMES[0]),
        ({"clarity": 2, "relevance": 5, "overall": 5}, "", UTC_TIMES[1]),
    ]

    again = open_dialog(qtbot, coach, november)
    again.choose_preset("Google Forms 中文 CST")
    again.open_file(path)
    settle(qtbot, again)
    assert again.preview.asks_zones == () and again.preview.earlier is not None
    assert [row.entry.answered_at for row in again.preview.rows if row.entry is not None] == UTC_TIMES


def test_cancelling_the_question_changes_nothing_and_an_unknown_zone_is_refused(qtbot, coach, november, tmp_path,
                                                                               when_dialog_opens) -> None:
    dialog = open_dialog(qtbot, coach, november)
    dialog.open_file(write_csv(tmp_path / "cst.csv", ZH_CST))
    settle(qtbot, dialog)
    when_dialog_opens(lambda box: box.cancel_button.click())
    dialog.ui.importButton.click()
    assert dialog.mapping().zones == {} and dialog.preview.asks_zones == ("CST",)
    assert coach.feedback.responses(november) == []

    unknown = [row[:] for row in ZH_CST]
    unknown[1][0] = "2025/11/12 下午2:05:11 QQT"
    dialog.open_file(write_csv(tmp_path / "qqt.csv", unknown))
    settle(qtbot, dialog)
    # The other form's CST is still a question, but the unknown name is refused now, not after it.
    assert dialog.preview.asks_zones == ("CST",) and not dialog.preview.only_questions
    [question, refused] = problems(dialog)
    assert "marked CST" in question
    assert refused.startswith("Line 2, column “时间戳记”:") and "does not know the time zone QQT" in refused
    assert not dialog.ui.importButton.isEnabled()


def test_the_preview_speaks_greek_and_chinese(qtbot, coach, november, tmp_path, when_dialog_opens) -> None:
    rows = [row[:] for row in ZH_CST]
    rows[3][1] = "Ίσως"  # not an answer on any scale: a problem, with its line and column
    path = write_csv(tmp_path / "Εκπαίδευση.csv", rows)
    with in_language("el"):
        dialog = open_dialog(qtbot, coach, november)
        dialog.open_file(path)
        settle(qtbot, dialog)
        found = problems(dialog)
        assert found[0].startswith("Γραμμή 1, στήλη «时间戳记»: Οι χρόνοι απάντησης έχουν την ένδειξη CST")
        assert "Ώρα Κίνας UTC+08:00" in found[0]
        assert found[1].startswith("Γραμμή 4, στήλη «培训师讲得很清楚»: Το 'Ίσως' δεν είναι απάντηση")
        assert not any("Line" in text or "column" in text for text in found)
        shot(dialog, "import_preview_el.png")

        # Without the bad answer the question is asked in Greek, the choices spelled out.
        fixed = write_csv(tmp_path / "Εκπαίδευση-2.csv", ZH_CST)
        dialog.open_file(fixed)
        settle(qtbot, dialog)
        seen: list[list[str]] = []

        def answer(box) -> None:
            seen.append([box.windowTitle(), *[b.text() for b in box.buttons()]])
            shot(box, "import_zone_question_el.png")
            next(b for b in box.buttons() if b.text().startswith("CST — Ώρα Κίνας")).click()

        when_dialog_opens(answer)
        dialog.ui.importButton.click()
        settle(qtbot, dialog)
        assert seen[0][:2] == ["Ποια ζώνη ώρας είναι η CST;", "CST — Ώρα Κίνας, UTC+08:00"]
        assert dialog.preview.ok and dialog.mapping().zones == {"CST": "+08:00"}

    with in_language("zh_CN"):
        zh = open_dialog(qtbot, coach, november)
        zh.open_file(path)
        settle(qtbot, zh)
        found = problems(zh)
        assert found[0].startswith("第 1 行，“时间戳记”列：回复时间标注为 CST，可能是中国标准时间 UTC+08:00")
        assert found[1].startswith("第 4 行，“培训师讲得很清楚”列：")
        assert not any("Line" in text or "column" in text for text in found)
        shot(zh, "import_preview_zh.png")
        when_dialog_opens(lambda box: (shot(box, "import_zone_question_zh.png"), box.buttons()[0].click()))
        zh.open_file(write_csv(tmp_path / "培训.csv", ZH_CST))
        settle(qtbot, zh)
        zh.ui.importButton.click()
        settle(qtbot, zh)
        assert zh.mapping().zones == {"CST": "+08:00"}
