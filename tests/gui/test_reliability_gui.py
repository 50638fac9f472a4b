"""In the app: Restore from backup…, the daily backup on start, Export list…, and hostile text on the screen."""

from __future__ import annotations

import csv
import io
import sqlite3
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QAbstractItemView, QFileDialog, QMessageBox

from tests.gui.conftest import settle
from trainercoach.db.backups import list_backups
from trainercoach.db.lifecycle import backup_database
from trainercoach.gui.dialogs.restore_dialog import RestoreDialog, daily_backup_on_start
from trainercoach.gui.main_window import CANDIDATES, SESSIONS, MainWindow
from trainercoach.records.sessions import DeliveryForm
from trainercoach.services import CandidateForm, Coach

HOSTILE = ["Ζωή <b>Κ.</b> & 李", "مريم الحداد", "דנה\u202e לוי", "Ahmed 👩🏽‍💻 🇬🇷", "=HYPERLINK(\"x\")",
           "Z̴̡̢̛͍a̵l̶g̴o̸", "x" * 200]


@pytest.fixture
def sqlite_coach(tmp_path: Path) -> Coach:
    coach = Coach.open(tmp_path / "coach.sqlite3", actor="Test Lead")
    yield coach
    coach.close()


def window_on(qtbot, coach: Coach) -> MainWindow:
    window = MainWindow(coach)
    qtbot.addWidget(window)
    window.show()
    settle(qtbot)
    return window


def names(coach: Coach) -> set[str]:
    return {row.name for row in coach.candidates.list()}


def test_restore_from_backup_lists_backups_and_restores_the_chosen_one(qtbot, sqlite_coach: Coach,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    sqlite_coach.candidates.add(CandidateForm(name="Μαρία Οικονόμου"))
    backup = backup_database(sqlite_coach.db, label="manual")
    sqlite_coach.candidates.add(CandidateForm(name="张伟"))
    window = window_on(qtbot, sqlite_coach)
    assert window.ui.actionRestoreBackup in window.ui.menuFile.actions()

    dialog = RestoreDialog(sqlite_coach, window)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    made, size, kind = (dialog.table.item(0, column).text() for column in range(3))
    assert made.startswith(datetime.now().strftime("%Y-%m-%d")) and "kB" in size and kind == "Made by hand"
    assert not dialog.restore_button.isEnabled()
    dialog.table.selectRow(0)
    assert dialog.restore_button.isEnabled()

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    dialog.restore_button.click()
    assert names(sqlite_coach) == {"Μαρία Οικονόμου", "张伟"}  # asked, and the answer was no

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.restore_button.click()
    assert dialog.restored is not None and dialog.restored.restored_from == backup
    assert names(sqlite_coach) == {"Μαρία Οικονόμου"}  # the same window reads the restored database
    assert any(b.label == "before-restore" for b in list_backups(sqlite_coach.db.path))


def test_a_refused_backup_is_explained_and_nothing_changes(qtbot, sqlite_coach: Coach, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    sqlite_coach.candidates.add(CandidateForm(name="Μαρία Οικονόμου"))
    window = window_on(qtbot, sqlite_coach)
    wrong = tmp_path / "notes.sqlite3"
    wrong.write_text("not a database")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: shown.append(text))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(wrong), ""))
    dialog = RestoreDialog(sqlite_coach, window)
    qtbot.addWidget(dialog)
    dialog.other.click()
    assert dialog.restored is None
    assert shown and "not a Trainer Coach database" in shown[0]
    assert names(sqlite_coach) == {"Μαρία Οικονόμου"}


def test_the_number_of_backups_kept_is_saved_when_the_dialog_closes(qtbot, sqlite_coach: Coach) -> None:
    dialog = RestoreDialog(sqlite_coach)
    qtbot.addWidget(dialog)
    assert dialog.keep.value() == sqlite_coach.settings.backups_to_keep()
    dialog.keep.setValue(5)
    dialog.reject()
    assert sqlite_coach.settings.backups_to_keep() == 5


def test_the_first_start_of_the_day_backs_up_off_the_gui_thread(qtbot, sqlite_coach: Coach) -> None:
    window = window_on(qtbot, sqlite_coach)
    worker = daily_backup_on_start(window)
    assert worker is not None
    with qtbot.waitSignal(worker.finished, timeout=20_000):
        pass
    [made] = list_backups(sqlite_coach.db.path)
    assert made.label == "daily"
    with sqlite3.connect(made.path) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    copy.close()


@pytest.mark.parametrize(("page", "suffix"), [(CANDIDATES, ".csv"), (SESSIONS, ".xlsx")])
def test_export_list_writes_the_page_list(qtbot, sqlite_coach: Coach, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch, page: int, suffix: str) -> None:
    for name in HOSTILE:
        cid = sqlite_coach.candidates.add(CandidateForm(name=name))
        sqlite_coach.deliveries.add(DeliveryForm(candidate_id=cid, starts_at=datetime(2026, 2, 3, 9), topic=name))
    window = window_on(qtbot, sqlite_coach)
    window.show_page(page)
    settle(qtbot)
    target = tmp_path / f"list{suffix}"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.ui.actionExportList.trigger()
    qtbot.waitUntil(target.exists, timeout=20_000)  # written off the GUI thread
    qtbot.waitUntil(lambda: "List written to" in window.statusBar().currentMessage(), timeout=20_000)
    if suffix == ".csv":
        rows = list(csv.reader(io.StringIO(target.read_bytes().decode("utf-8-sig"))))
        header, body = rows[0], rows[1:]
        assert header[:3] == ["Id", "Name", "Stage"]
        cells = {cell for row in body for cell in row}
    else:
        sheet = openpyxl.load_workbook(target).active
        header = [c.value for c in next(sheet.iter_rows(max_row=1))]
        assert header[:4] == ["Id", "Code", "Date", "Topic"]
        cells = {c.value for row in sheet.iter_rows(min_row=2) for c in row}
    for name in HOSTILE:
        assert (name if not name.startswith("=") or suffix == ".xlsx" else "'" + name) in cells


def test_an_export_that_cannot_be_written_is_explained(qtbot, sqlite_coach: Coach, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    window = window_on(qtbot, sqlite_coach)
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(blocker / "list.csv"), ""))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: shown.append(text))
    window.ui.actionExportList.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    assert "could not be written" in shown[0] or "Not a directory" in shown[0]
    assert "Traceback" not in shown[0]


def displayed(window: MainWindow) -> list[str]:
    page = window.ui.pages.currentWidget()
    texts = []
    for view in page.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                value = model.index(row, column).data()
                if isinstance(value, str):
                    texts.append(value)
    return texts


def test_hostile_names_and_topics_show_on_the_pages(qtbot, sqlite_coach: Coach) -> None:
    for name in HOSTILE:
        cid = sqlite_coach.candidates.add(CandidateForm(name=name, notes=name))
        sqlite_coach.deliveries.add(DeliveryForm(candidate_id=cid, starts_at=datetime(2026, 2, 3, 9), topic=name))
    window = window_on(qtbot, sqlite_coach)
    for page in (CANDIDATES, SESSIONS):
        window.show_page(page)
        settle(qtbot)
        qtbot.waitUntil(lambda: all(any(n in t for t in displayed(window)) for n in HOSTILE), timeout=20_000)
        assert not window.grab().isNull()


@pytest.mark.parametrize("page", [CANDIDATES, SESSIONS])
def test_export_list_holds_what_the_page_shows(qtbot, sqlite_coach: Coach, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch, page: int) -> None:
    for name in ("Νίκη Ζήση", "Li Wei 李伟", "Ana & <Bo>"):
        cid = sqlite_coach.candidates.add(CandidateForm(name=name))
        sqlite_coach.deliveries.add(DeliveryForm(candidate_id=cid, starts_at=datetime(2026, 2, 3, 9),
                                                 topic=f"Refunds by {name}"))
    window = window_on(qtbot, sqlite_coach)
    window.show_page(page)
    settle(qtbot)
    view = window.candidates if page == CANDIDATES else window.sessions
    view.search.setText("李伟")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=10_000)
    target = tmp_path / "shown.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.ui.actionExportList.trigger()
    qtbot.waitUntil(lambda: "List written to" in window.statusBar().currentMessage(), timeout=20_000)
    rows = list(csv.reader(io.StringIO(target.read_bytes().decode("utf-8-sig"))))
    assert len(rows) == 2  # the header and the one row on screen
    assert any("Li Wei 李伟" in cell for cell in rows[1])
