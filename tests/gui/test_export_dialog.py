"""Exporting PDFs from the app: one evaluation, session or programme report (paper, open, cancel, errors),
the batch dialog (n of N, cancel, archived candidates), and where the exports are reached from."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.gui.test_sessions import make_window
from trainercoach.gui.dialogs import export_dialog
from trainercoach.gui.dialogs.batch_export_dialog import BatchExportDialog
from trainercoach.gui.dialogs.candidate_dialog import CandidateDialog
from trainercoach.gui.dialogs.print_form import FILTERS
from trainercoach.gui.main_window import CANDIDATES, PROGRAMME, SESSIONS
from trainercoach.records.sessions import DeliveryForm
from trainercoach.reports import evaluation
from trainercoach.services import CandidateForm

NAMES = ("Σοφία Γεωργίου", "Νίκος Αλεξίου", "王静怡")
A4 = (595, 842)
LETTER = (612, 792)


@pytest.fixture
def people(coach) -> dict[str, int]:
    """Three candidates, each with one session."""
    ids = {}
    start = datetime.now().replace(second=0, microsecond=0) - timedelta(days=3)
    for number, name in enumerate(NAMES):
        cid = coach.candidates.add(CandidateForm(name=name, team="Billing"))
        ids[name] = cid
        ids[f"session:{name}"] = coach.deliveries.add(DeliveryForm(
            candidate_id=cid, topic=f"Επιστροφές χρημάτων {number + 1}", trainees=8,
            starts_at=start + timedelta(days=number)))
    return ids


class Desktop:
    """QDesktopServices.openUrl as a test sees it: every URL asked for; ``works`` says whether it opens."""

    def __init__(self) -> None:
        self.opened: list[Path] = []
        self.works = True

    def open(self, url: QUrl) -> bool:
        self.opened.append(Path(url.toLocalFile()))
        return self.works


@pytest.fixture
def desktop(monkeypatch: pytest.MonkeyPatch) -> Desktop:
    fake = Desktop()
    monkeypatch.setattr(QDesktopServices, "openUrl", fake.open)
    return fake


def save_as(monkeypatch: pytest.MonkeyPatch, path: Path, paper: str) -> list[str]:
    """The save dialog answers ``path`` on ``paper``; returns the names it suggested."""
    suggested: list[str] = []

    def answer(parent, title, where, filters, chosen):
        suggested.append(where)
        assert FILTERS[paper] in filters.split(";;")
        return str(path), FILTERS[paper]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return suggested


def flat_text(path: Path) -> str:
    return "".join("".join(page.extract_text() for page in PdfReader(path).pages).split())


def page_size(path: Path) -> tuple[int, int]:
    box = PdfReader(path).pages[0].mediabox
    return round(float(box.width)), round(float(box.height))


def leftovers(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if p.name.startswith(".")]


def test_an_evaluation_is_written_off_the_gui_thread_and_opened(qtbot, coach, people, desktop, monkeypatch,
                                                                 tmp_path: Path) -> None:
    name = NAMES[0]
    threads: list[bool] = []
    real = evaluation.write_trainer_evaluation

    def spy(*args, **kwargs):
        threads.append(threading.current_thread() is threading.main_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(evaluation, "write_trainer_evaluation", spy)
    suggested = save_as(monkeypatch, tmp_path / "Σοφία", "A4")  # no suffix typed: .pdf is added
    written = export_dialog.export_evaluation(coach, people[name], None)
    assert written == tmp_path / "Σοφία.pdf" and written.exists()
    assert threads == [False]
    assert Path(suggested[0]).name == f"{name} - evaluation.pdf"
    assert "".join(name.split()) in flat_text(written)
    assert page_size(written) == A4
    assert desktop.opened == [written]
    assert not leftovers(tmp_path)


def test_letter_paper_gives_letter_pages(qtbot, coach, people, desktop, monkeypatch, tmp_path: Path) -> None:
    save_as(monkeypatch, tmp_path / "letter.pdf", "Letter")
    written = export_dialog.export_evaluation(coach, people[NAMES[2]], None)
    assert written is not None and page_size(written) == LETTER
    assert NAMES[2] in flat_text(written)


def test_the_paper_offered_first_follows_the_locale(monkeypatch) -> None:
    from PySide6.QtCore import QLocale

    from trainercoach.gui.dialogs.print_form import default_paper

    try:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        assert default_paper() == "Letter"
        QLocale.setDefault(QLocale(QLocale.Language.Greek, QLocale.Country.Greece))
        assert default_paper() == "A4"
    finally:
        QLocale.setDefault(QLocale.system())


def test_the_folder_opens_when_the_file_cannot_be(qtbot, coach, people, desktop, monkeypatch,
                                                   tmp_path: Path) -> None:
    desktop.works = False
    save_as(monkeypatch, tmp_path / "x.pdf", "A4")
    written = export_dialog.export_evaluation(coach, people[NAMES[1]], None)
    assert desktop.opened == [written, tmp_path]


def test_a_failure_is_told_plainly_and_leaves_the_old_file(qtbot, coach, people, desktop, monkeypatch,
                                                            tmp_path: Path) -> None:
    target = tmp_path / "old.pdf"
    target.write_bytes(b"the old file")
    save_as(monkeypatch, target, "A4")
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: told.append((title, text)))

    def broken(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(evaluation, "write_trainer_evaluation", broken)
    assert export_dialog.export_evaluation(coach, people[NAMES[0]], None) is None
    assert told == [("Evaluation not exported", f"The PDF could not be written to {target}: No space left on device.")]
    assert target.read_bytes() == b"the old file"
    assert desktop.opened == [] and not leftovers(tmp_path)


def test_cancel_throws_the_pdf_away(qtbot, coach, people, desktop, monkeypatch, tmp_path: Path) -> None:
    target = tmp_path / "old.pdf"
    target.write_bytes(b"the old file")
    save_as(monkeypatch, target, "A4")
    started, release = threading.Event(), threading.Event()
    real = evaluation.write_trainer_evaluation

    def slow(*args, **kwargs):
        started.set()
        release.wait(30)
        return real(*args, **kwargs)

    monkeypatch.setattr(evaluation, "write_trainer_evaluation", slow)
    seen: list[str] = []

    def press_cancel() -> None:
        from PySide6.QtWidgets import QApplication, QProgressDialog

        dialog = next((w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()),
                      None)
        if dialog is None or not started.is_set():
            QTimer.singleShot(20, press_cancel)
            return
        dialog.canceled.emit()
        seen.append(dialog.labelText())
        assert dialog.isVisible()  # it stays up, saying so, until the thread has ended
        release.set()

    QTimer.singleShot(0, press_cancel)
    assert export_dialog.export_evaluation(coach, people[NAMES[0]], None) is None
    assert seen and seen[0].startswith("Cancelling")
    assert target.read_bytes() == b"the old file"
    assert desktop.opened == [] and not leftovers(tmp_path)


def test_session_and_programme_reports(qtbot, coach, people, desktop, monkeypatch, tmp_path: Path) -> None:
    session = people[f"session:{NAMES[0]}"]
    suggested = save_as(monkeypatch, tmp_path / "session.pdf", "A4")
    written = export_dialog.export_session_report(coach, session, None)
    assert written is not None and "Επιστροφέςχρημάτων1" in flat_text(written)
    assert Path(suggested[0]).name.startswith("Επιστροφές χρημάτων 1 ")
    suggested = save_as(monkeypatch, tmp_path / "programme.pdf", "Letter")
    written = export_dialog.export_programme_report(coach, None)
    assert written is not None and page_size(written) == LETTER
    assert "".join(NAMES[1].split()) in flat_text(written)
    assert Path(suggested[0]).name.startswith("Programme report ")
    assert desktop.opened == [tmp_path / "session.pdf", tmp_path / "programme.pdf"]


# -- the batch -------------------------------------------------------------------------------------
def batch_dialog(qtbot, coach, folder: Path, workers: int = 2) -> BatchExportDialog:
    dialog = BatchExportDialog(coach)
    qtbot.addWidget(dialog)
    dialog.workers = workers
    dialog.ui.folderEdit.setText(str(folder))
    dialog.ui.paperCombo.setCurrentIndex(dialog.ui.paperCombo.findData("A4"))
    dialog.show()
    return dialog


def test_the_batch_writes_one_file_per_candidate_counting_n_of_n(qtbot, coach, people, desktop,
                                                                  tmp_path: Path) -> None:
    folder = tmp_path / "cohort"
    dialog = batch_dialog(qtbot, coach, folder)
    assert dialog.ui.countLabel.text() == "3 candidates will be exported."
    values: list[int] = []
    dialog.ui.progressBar.valueChanged.connect(values.append)
    dialog.ui.exportButton.click()
    assert dialog.busy and not dialog.ui.exportButton.isEnabled() and dialog.ui.cancelButton.isVisible()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=120_000)
    assert sorted(p.name for p in folder.glob("*.pdf")) == sorted(f"{n}.pdf" for n in NAMES)
    assert values[-1] == 3 and dialog.ui.progressBar.maximum() == 3
    assert dialog.ui.progressBar.text() == "3 of 3"
    assert dialog.ui.statusLabel.text() == f"Done: 3 of 3 evaluations written to {folder}."
    assert desktop.opened == [folder]
    assert NAMES[2] in flat_text(folder / f"{NAMES[2]}.pdf")
    assert not leftovers(folder)


def test_cancel_during_the_batch_keeps_finished_files_and_no_partial_ones(qtbot, coach, people, desktop,
                                                                         tmp_path: Path) -> None:
    for number in range(3):  # six in all: one process keeps two files in hand, so some are never started
        coach.candidates.add(CandidateForm(name=f"Candidate {number}"))
    folder = tmp_path / "cohort"
    dialog = batch_dialog(qtbot, coach, folder, workers=1)
    dialog.ui.progressBar.valueChanged.connect(lambda value: value >= 1 and dialog.ui.cancelButton.click())
    dialog.ui.exportButton.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=120_000)
    files = sorted(folder.glob("*.pdf"))
    assert 1 <= len(files) < 6 and sorted(dialog.written) == files
    assert dialog.ui.statusLabel.text().startswith(f"Cancelled: {len(files)} of 6 evaluations were written")
    assert not leftovers(folder) and not list(folder.glob("*.part"))
    assert desktop.opened == []
    assert dialog.ui.exportButton.isEnabled() and not dialog.ui.cancelButton.isVisible()


def test_archived_candidates_only_when_asked(qtbot, coach, people, desktop, tmp_path: Path) -> None:
    coach.candidates.archive(people[NAMES[1]])
    dialog = batch_dialog(qtbot, coach, tmp_path / "out")
    assert dialog.ui.countLabel.text() == "2 candidates will be exported (1 archived left out)."
    assert NAMES[1] not in {coach.candidates.get(i).form.name for i in dialog.candidate_ids()}
    dialog.ui.archivedCheck.setChecked(True)
    assert dialog.ui.countLabel.text() == "3 candidates will be exported."
    assert len(dialog.candidate_ids()) == 3


def test_the_folder_is_chosen_in_the_system_dialog(qtbot, coach, people, monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda parent, title, start: str(tmp_path))
    dialog = batch_dialog(qtbot, coach, tmp_path / "not yet" / "there")
    dialog.ui.browseButton.click()
    assert dialog.ui.folderEdit.text() == str(tmp_path)
    dialog.ui.folderEdit.clear()
    assert not dialog.ui.exportButton.isEnabled()


# -- where the exports are reached from --------------------------------------------------------------
def test_menu_actions_exist_and_follow_the_selection(qtbot, coach, people, desktop, monkeypatch,
                                                     tmp_path: Path) -> None:
    window = make_window(qtbot, coach)
    ui = window.ui
    assert {ui.actionExportEvaluations, ui.actionExportProgramme} <= set(ui.menuFile.actions())
    assert ui.actionExportSessionReport in ui.menuSession.actions()
    assert ui.actionExportEvaluation in ui.menuCandidate.actions()
    assert ui.actionExportEvaluations.isEnabled() and ui.actionExportProgramme.isEnabled()
    window.show_page(CANDIDATES)
    assert not ui.actionExportEvaluation.isEnabled()
    window.candidates.select(people[NAMES[0]])
    assert ui.actionExportEvaluation.isEnabled()
    save_as(monkeypatch, tmp_path / "from-menu.pdf", "A4")
    ui.actionExportEvaluation.trigger()
    assert (tmp_path / "from-menu.pdf").exists()
    window.show_page(SESSIONS)
    assert not ui.actionExportSessionReport.isEnabled()
    window.sessions.select(people[f"session:{NAMES[1]}"])
    assert ui.actionExportSessionReport.isEnabled()
    save_as(monkeypatch, tmp_path / "session-from-menu.pdf", "A4")
    ui.actionExportSessionReport.trigger()
    assert (tmp_path / "session-from-menu.pdf").exists()
    assert desktop.opened == [tmp_path / "from-menu.pdf", tmp_path / "session-from-menu.pdf"]


def test_every_shortcut_of_the_main_window_is_unique(qtbot, coach) -> None:
    window = make_window(qtbot, coach)
    seen: dict[str, str] = {}
    for action in window.findChildren(type(window.ui.actionQuit)):
        for shortcut in action.shortcuts():
            key = shortcut.toString(QKeySequence.SequenceFormat.PortableText)
            assert key not in seen, f"{key} is both {seen[key]} and {action.objectName()}"
            seen[key] = action.objectName()


def test_the_candidate_dialog_and_programme_page_export(qtbot, coach, people, desktop, monkeypatch,
                                                        tmp_path: Path) -> None:
    new = CandidateDialog(coach)
    qtbot.addWidget(new)
    assert new.ui.exportEvaluationButton.isHidden()
    dialog = CandidateDialog(coach, people[NAMES[0]])
    qtbot.addWidget(dialog)
    assert not dialog.ui.exportEvaluationButton.isHidden()
    save_as(monkeypatch, tmp_path / "from-dialog.pdf", "Letter")
    dialog.ui.exportEvaluationButton.click()
    assert page_size(tmp_path / "from-dialog.pdf") == LETTER
    window = make_window(qtbot, coach)
    window.show_page(PROGRAMME)
    save_as(monkeypatch, tmp_path / "programme.pdf", "A4")
    window.programme.export_button.click()
    assert (tmp_path / "programme.pdf").exists()
    qtbot.waitUntil(lambda: not window.programme.busy, timeout=30_000)
