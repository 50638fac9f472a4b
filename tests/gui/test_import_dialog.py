"""Importing a survey export through the mapping dialog, as a lead does after a week of sessions."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox

from trainercoach.gui.dialogs.import_dialog import ImportFeedbackDialog
from trainercoach.records.sessions import DeliveryForm
from trainercoach.services import CandidateForm

# A Google Forms export in Greek and Chinese, worded answers included, with a timestamp column.
HEADERS = ["Χρονική σήμανση", "Η εκπαίδευση ήταν σαφής", "The pace was right", "推荐给同事的可能性 (0-10)",
           "Σχόλια / 意见"]
ROWS = [
    ["2025/03/14 10:01:00", "Συμφωνώ απόλυτα", "4", "9", "Πολύ καλό <b>&</b>"],
    ["2025/03/14 10:02:00", "非常同意", "3", "10", "讲得很清楚"],
    ["2025/03/14 10:03:00", "Agree", "", "7", ""],
]


def write_export(path: Path, rows: list[list[str]]) -> Path:
    import csv

    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        csv.writer(stream).writerows([HEADERS, *rows])
    return path


@pytest.fixture
def session(coach) -> int:
    candidate = coach.candidates.add(CandidateForm(name="Ελένη"))
    return coach.deliveries.add(DeliveryForm(candidate, starts_at=datetime(2025, 3, 14, 9, 30),
                                             topic="Χειρισμός παραπόνων", trainees=30))


@pytest.fixture
def dialog(qtbot, coach, session):
    opened = ImportFeedbackDialog(coach, session)
    qtbot.addWidget(opened)
    opened.show()
    return opened


def settle(qtbot, dialog) -> None:
    qtbot.waitUntil(lambda: not dialog.busy and dialog.preview is not None, timeout=10_000)


def test_a_survey_export_through_the_mapping_dialog(qtbot, coach, session, dialog, tmp_path,
                                                    when_dialog_opens, monkeypatch) -> None:
    path = write_export(tmp_path / "google-forms.csv", ROWS)
    assert dialog.open_file(path)
    settle(qtbot, dialog)
    mapping = dialog.mapping().columns
    assert mapping["Χρονική σήμανση"] == "@time"  # each form keeps its response time
    assert mapping["The pace was right"] == "pace"

    # The person corrects the guess: the Greek question is clarity, the Chinese one is recommend.
    dialog.set_target("Η εκπαίδευση ήταν σαφής", "clarity")
    dialog.set_target("推荐给同事的可能性 (0-10)", "recommend")
    dialog.set_target("Σχόλια / 意见", "comment")
    settle(qtbot, dialog)
    assert dialog.preview.ok, [str(p) for p in dialog.preview.problems]
    assert dialog.ui.importButton.isEnabled()
    assert dialog.preview_model.rowCount() == 3
    assert "3 feedback forms" in dialog.ui.summaryLabel.text()

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Google Forms (el/zh)", True))
    dialog.ui.savePresetButton.click()
    assert coach.feedback.presets() == ["Google Forms (el/zh)"]

    shots = os.environ.get("TRAINERCOACH_SHOTS")
    if shots:
        dialog.resize(1000, 720)
        dialog.grab().save(os.path.join(shots, "import_dialog.png"))

    told: list[str] = []
    when_dialog_opens(lambda box: (told.append(box.text()), box.accept()))
    dialog.ui.importButton.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert told and "Imported 3 feedback forms" in told[0]
    responses = coach.feedback.responses(session)
    assert [r.source for r in responses] == ["import"] * 3
    assert responses[0].answers == {"clarity": 5, "pace": 4, "recommend": 9}
    assert responses[0].comment == "Πολύ καλό <b>&</b>"
    assert responses[1].answers == {"clarity": 5, "pace": 3, "recommend": 10}
    assert responses[2].answers == {"clarity": 4, "recommend": 7}

    # The same file again, with the preset: noticed, asked about, refused when the person says no.
    again = ImportFeedbackDialog(coach, session)
    qtbot.addWidget(again)
    again.choose_preset("Google Forms (el/zh)")
    again.open_file(path)
    settle(qtbot, again)
    assert again.preview.ok and again.preview.earlier is not None
    assert not again.ui.duplicateLabel.isHidden()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    again.ui.importButton.click()
    assert not again.busy
    assert len(coach.feedback.responses(session)) == 3


def test_every_problem_is_listed_and_import_stays_disabled(qtbot, coach, session, dialog, tmp_path) -> None:
    rows = [*ROWS, ["2025/03/14 10:04:00", "Maybe", "6", "11", ""]]
    path = write_export(tmp_path / "bad.csv", rows)
    dialog.open_file(path)
    dialog.set_target("Η εκπαίδευση ήταν σαφής", "clarity")
    dialog.set_target("推荐给同事的可能性 (0-10)", "recommend")
    dialog.set_target("Σχόλια / 意见", "comment")
    settle(qtbot, dialog)
    problems = [dialog.ui.problemsList.item(i).text() for i in range(dialog.ui.problemsList.count())]
    assert len(problems) == 3
    assert all(p.startswith("Line 5") for p in problems)
    assert any("Η εκπαίδευση ήταν σαφής" in p and "Maybe" in p for p in problems)
    assert any("The pace was right" in p for p in problems)
    assert not dialog.ui.importButton.isEnabled()
    assert coach.feedback.responses(session) == []


def test_the_generic_file_maps_itself_and_a_binary_file_is_refused(qtbot, coach, session, dialog,
                                                                     tmp_path) -> None:
    generic = tmp_path / "generic.csv"
    generic.write_text("clarity,recommend,comment\n5,9,ok\n4,,\n", encoding="utf-8")
    dialog.open_file(generic)
    settle(qtbot, dialog)
    assert dialog.mapping().columns == {"clarity": "clarity", "recommend": "recommend", "comment": "comment"}
    assert dialog.ui.importButton.isEnabled()

    binary = tmp_path / "photo.csv"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    assert not dialog.open_file(binary)
    assert dialog.ui.problemsList.count() == 1
    assert not dialog.ui.importButton.isEnabled()


def test_cancel_rolls_the_import_back(qtbot, coach, session, dialog, tmp_path, monkeypatch) -> None:
    import threading

    from trainercoach.gui.dialogs import import_dialog
    from trainercoach.imports import feedback_import

    path = tmp_path / "big.csv"
    path.write_text("clarity,comment\n" + "".join(f"{1 + n % 5},row {n}\n" for n in range(3000)), encoding="utf-8")
    dialog.open_file(path)
    settle(qtbot, dialog)
    started = threading.Event()
    release = threading.Event()

    def slow_import(*args, progress=None, cancelled=None, **kwargs):
        def waiting_progress(done: int) -> None:
            started.set()
            release.wait(5)
            progress(done)

        return feedback_import.import_feedback(*args, progress=waiting_progress, cancelled=cancelled, **kwargs)

    monkeypatch.setattr(import_dialog, "import_feedback", slow_import)
    dialog.ui.importButton.click()
    assert dialog.ui.cancelImportButton.isVisible() and dialog.ui.progressBar.isVisible()
    assert started.wait(5)
    dialog.ui.cancelImportButton.click()
    release.set()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert "cancelled" in dialog.ui.summaryLabel.text()
    assert coach.feedback.responses(session) == []
    assert coach.feedback.earlier_import(dialog.preview.sha256) is None
    assert dialog.ui.importButton.isEnabled()


def test_a_mapping_with_no_rating_asks_before_importing(qtbot, coach, session, dialog, tmp_path,
                                                        monkeypatch) -> None:
    path = write_export(tmp_path / "google-forms.csv", ROWS)
    dialog.open_file(path)
    for header in HEADERS:
        dialog.set_target(header, "comment" if header == "Σχόλια / 意见" else "")
    settle(qtbot, dialog)
    assert dialog.preview.asks_comment_only
    assert dialog.ui.problemsList.count() == 1
    assert "only the comments" in dialog.ui.problemsList.item(0).text()
    assert dialog.ui.importButton.isEnabled()
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _parent, title, *a, **k: (asked.append(title), QMessageBox.StandardButton.No)[1])
    dialog.ui.importButton.click()
    assert asked == ["Import comments only?"] and not dialog.busy
    assert coach.feedback.responses(session) == []

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    dialog.ui.importButton.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert [r.comment for r in coach.feedback.responses(session)] == ["Πολύ καλό <b>&</b>", "讲得很清楚"]
    assert all(r.answers == {} for r in coach.feedback.responses(session))


# -- Google Forms exports in Greek and Chinese: mapped with no clicks, each guess with how sure it is (issue 23) --
EL_EXPORT = [
    ["Χρονική σήμανση", "Κατάλαβα εύκολα τις εξηγήσεις", "Το περιεχόμενο είναι χρήσιμο για τη δουλειά μου",
     "Πόσο ικανοποιημένος είστε συνολικά;", "Ο ρυθμός και η συμμετοχή ήταν καλά", "Σχόλια"],
    ["2025/11/10 2:05:11 μ.μ. EET", "Συμφωνώ απόλυτα", "(4) Συμφωνώ", "Πολύ ικανοποιημένη", "Καλό",
     "Πολύ καλό <b>&</b>"],
    ["", "", "", "", "", ""],
    ["2025/11/11 9:40:02 π.μ. GMT+2", "Διαφωνώ", "Συμφωνώ", "Ικανοποιημένος", "Μέτριο", ""],
    ["2025/10/01 9:40:02 π.μ. GMT+2", "Συμφωνώ", "Συμφωνώ", "Ικανοποιημένος", "Καλό", "νωρίς"],
]
ZH_EXPORT = [
    ["时间戳记", "培训师讲得很清楚", "内容和我的工作有关", "您对本次培训总体满意吗？", "节奏合适", "其他意见或建议"],
    ["2025/11/12 下午2:05:11 UTC+08:00", "非常同意", "同意", "★★★★☆", "一般", "讲得很清楚"],
    ["2025/11/14 上午11:59:59 GMT+8", "不同意", "非常同意", "非常满意", "4 星", ""],
]


@pytest.fixture
def november(coach) -> int:
    candidate = coach.candidates.add(CandidateForm(name="王芳 Ελένη"))
    return coach.deliveries.add(DeliveryForm(candidate, starts_at=datetime(2025, 11, 10, 9, 0),
                                             topic="Χειρισμός παραπόνων 投诉处理", trainees=30))


def write_rows(path: Path, rows: list[list[str]]) -> Path:
    import csv

    with path.open("w", encoding="utf-8", newline="") as stream:
        csv.writer(stream).writerows(rows)
    return path


def sure_column(dialog) -> dict[str, str]:
    table = dialog.ui.mappingTable
    assert table.horizontalHeaderItem(2).text() == "How sure"
    return {table.item(row, 0).text(): table.item(row, 2).text() for row in range(table.rowCount())}


def test_greek_and_chinese_exports_are_mapped_with_how_sure_each_guess_is(qtbot, coach, november, tmp_path,
                                                                           when_dialog_opens) -> None:
    dialog = ImportFeedbackDialog(coach, november)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.open_file(write_rows(tmp_path / "Εκπαίδευση (Απαντήσεις).csv", EL_EXPORT))
    settle(qtbot, dialog)
    assert dialog.mapping().columns == {
        "Χρονική σήμανση": "@time", "Κατάλαβα εύκολα τις εξηγήσεις": "clarity",
        "Το περιεχόμενο είναι χρήσιμο για τη δουλειά μου": "relevance",
        "Πόσο ικανοποιημένος είστε συνολικά;": "overall", "Ο ρυθμός και η συμμετοχή ήταν καλά": "engagement",
        "Σχόλια": "comment"}
    assert sure_column(dialog) == {
        "Χρονική σήμανση": "✔ certain", "Κατάλαβα εύκολα τις εξηγήσεις": "✔ likely",
        "Το περιεχόμενο είναι χρήσιμο για τη δουλειά μου": "✔ likely",
        "Πόσο ικανοποιημένος είστε συνολικά;": "✔ likely",
        "Ο ρυθμός και η συμμετοχή ήταν καλά": "? a guess: check it", "Σχόλια": "✔ likely"}
    assert "recognised as a Google Forms export" in dialog.ui.fileInfoLabel.text()
    # The form from 1 October is a question for the lead, marked in the preview; the blank row is counted.
    seen = dialog.preview
    assert seen.asks_outside and (seen.outside_rows, seen.blank_rows) == (1, 1)
    assert "before the session began" in dialog.ui.problemsList.item(0).text()
    assert "1 form(s) dated before the session" in dialog.ui.summaryLabel.text()
    assert dialog.preview_model.item(0, 1).text() != ""  # the response time, on this computer's clock
    assert dialog.ui.importButton.isEnabled()
    shots = os.environ.get("TRAINERCOACH_SHOTS")
    if shots:
        dialog.resize(1100, 720)
        dialog.grab().save(os.path.join(shots, "import_dialog_el.png"))

    # The guessed column (pace and engagement in one question) is the person's to settle: now it is theirs.
    dialog.set_target("Ο ρυθμός και η συμμετοχή ήταν καλά", "pace")
    assert sure_column(dialog)["Ο ρυθμός και η συμμετοχή ήταν καλά"] == "your choice"
    settle(qtbot, dialog)

    def leave_out(box) -> None:
        button = next(b for b in box.buttons() if b.text() == "Leave them out")
        button.click()
        when_dialog_opens(lambda told: told.accept())  # "Feedback imported"

    when_dialog_opens(leave_out)
    dialog.ui.importButton.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert dialog.import_result is not None and dialog.import_result.left_out == 1
    assert [(r.answers, r.comment, f"{r.created_at:%Y-%m-%d %H:%M}") for r in coach.feedback.responses(november)] == [
        ({"clarity": 5, "relevance": 4, "overall": 5, "pace": 3}, "Πολύ καλό <b>&</b>", "2025-11-10 12:05"),
        ({"clarity": 2, "relevance": 4, "overall": 4, "pace": 2}, "", "2025-11-11 07:40"),
    ]

    zh = ImportFeedbackDialog(coach, november)
    qtbot.addWidget(zh)
    zh.show()
    zh.open_file(write_rows(tmp_path / "培训反馈（回复）.csv", ZH_EXPORT))
    settle(qtbot, zh)
    assert zh.mapping().columns == {"时间戳记": "@time", "培训师讲得很清楚": "clarity",
                                    "内容和我的工作有关": "relevance", "您对本次培训总体满意吗？": "overall",
                                    "节奏合适": "pace", "其他意见或建议": "comment"}
    assert set(sure_column(zh).values()) == {"✔ certain", "✔ likely"}
    assert zh.preview.ok and "2 feedback forms will be imported" in zh.ui.summaryLabel.text()
    if shots:
        zh.resize(1100, 720)
        zh.grab().save(os.path.join(shots, "import_dialog_zh.png"))
    when_dialog_opens(lambda told: told.accept())
    zh.ui.importButton.click()
    qtbot.waitUntil(lambda: not zh.isVisible(), timeout=10_000)
    assert [(r.answers, f"{r.created_at:%m-%d %H:%M}") for r in coach.feedback.responses(november)][2:] == [
        ({"clarity": 5, "relevance": 4, "overall": 4, "pace": 3}, "11-12 06:05"),
        ({"clarity": 2, "relevance": 5, "overall": 5, "pace": 4}, "11-14 03:59"),
    ]


def test_dates_that_could_be_either_way_are_asked_about_once(qtbot, coach, november, tmp_path,
                                                            when_dialog_opens) -> None:
    rows = [["Timestamp", "The session was clear", "您对本次培训总体满意吗？"],
            ["10/11/2025 20:05:11 GMT+8", "Agree", "满意"],
            ["11/11/2025 09:00:00 GMT+8", "(5) Strongly agree", "★★☆☆☆"]]
    dialog = ImportFeedbackDialog(coach, november)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.open_file(write_rows(tmp_path / "either.csv", rows))
    settle(qtbot, dialog)
    assert dialog.preview.asks_date_order and dialog.preview.only_questions
    assert dialog.ui.problemsList.count() == 1  # one question for the column, not one per row
    assert "you will be asked which" in dialog.ui.summaryLabel.text()

    def day_first(box) -> None:
        next(b for b in box.buttons() if b.text().startswith("Day first")).click()

    when_dialog_opens(day_first)
    dialog.ui.importButton.click()
    settle(qtbot, dialog)
    assert dialog.mapping().date_order == "dmy" and dialog.preview.ok
    when_dialog_opens(lambda told: told.accept())
    dialog.ui.importButton.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert [(r.answers, f"{r.created_at:%Y-%m-%d %H:%M}") for r in coach.feedback.responses(november)] == [
        ({"clarity": 4, "overall": 4}, "2025-11-10 12:05"), ({"clarity": 5, "overall": 2}, "2025-11-11 01:00")]
