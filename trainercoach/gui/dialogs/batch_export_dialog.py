"""Every candidate's evaluation at once, at the end of a cohort: a folder, the paper, archived candidates or not.

The export is the core's batch (trainercoach.exports.evaluations): worker processes on every core, each opening the
database by its URL, so it works on a SQLite file and on a team's PostgreSQL server alike. Here it runs in a
Worker thread that only schedules and counts, so the window keeps painting the "n of N" bar; Cancel stops
new files from being started, waits for the ones being written, and says how many were finished (those are
kept; no partial file is left behind).
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from trainercoach.errors import TrainerCoachError
from trainercoach.exports.evaluations import export_all_evaluations
from trainercoach.gui.dialogs.export_dialog import export_folder, open_folder, remember_folder
from trainercoach.gui.dialogs.print_form import default_paper
from trainercoach.gui.forms.ui_batch_export_dialog import Ui_BatchExportDialog
from trainercoach.gui.messages import explain
from trainercoach.gui.workers import Worker
from trainercoach.services import Coach

# str(): PySide6's stubs say QT_TRANSLATE_NOOP returns object; it returns its text, marked for lupdate.
PAPERS = (("A4", "A4"), ("Letter", str(QT_TRANSLATE_NOOP("BatchExportDialog", "US Letter"))))


class BatchExportDialog(QDialog):
    def __init__(self, coach: Coach, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.coach = coach
        self.workers: int | None = os.cpu_count()  # processes; the tests use fewer
        self.worker: Worker | None = None
        self.total = 0
        self.done_count = 0
        self.written: list[Path] = []
        self.cancelled = False
        self.ui = Ui_BatchExportDialog()
        self.ui.setupUi(self)
        for key, label in PAPERS:
            self.ui.paperCombo.addItem(self.tr(label), key)
        self.ui.paperCombo.setCurrentIndex(self.ui.paperCombo.findData(default_paper()))
        folder = self.tr("Trainer evaluations {date}").format(date=f"{date.today():%Y-%m-%d}")
        self.ui.folderEdit.setText(str(Path(export_folder()) / folder))
        self.ui.progressBar.setFormat(self.tr("%v of %m"))
        self.ui.progressBar.setRange(0, 1)
        self.ui.progressBar.setValue(0)
        self.ui.browseButton.clicked.connect(self.browse)
        self.ui.archivedCheck.toggled.connect(self._count)
        self.ui.folderEdit.textChanged.connect(self._enable)
        self.ui.exportButton.clicked.connect(self.start)
        self.ui.cancelButton.clicked.connect(self.cancel)
        self.ui.closeButton.clicked.connect(self.reject)
        self._count()

    # -- choices ---------------------------------------------------------------------------------
    def candidate_ids(self) -> list[int]:
        return [row.id for row in self.coach.candidates.list(include_archived=self.ui.archivedCheck.isChecked())]

    def page_size(self) -> str:
        return self.ui.paperCombo.currentData()

    def folder(self) -> Path:
        return Path(self.ui.folderEdit.text().strip()).expanduser()

    def browse(self) -> None:
        start = self.ui.folderEdit.text().strip() or export_folder()
        while start and not Path(start).is_dir() and Path(start).parent != Path(start):
            start = str(Path(start).parent)
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the evaluations"), start)
        if folder:
            self.ui.folderEdit.setText(folder)

    def _count(self, *_: object) -> None:
        try:
            with_archived = len(self.coach.candidates.list(include_archived=True))
            shown = len(self.candidate_ids())
        except TrainerCoachError as error:
            self.ui.countLabel.setText(explain(error))
            return
        text = (self.tr("1 candidate will be exported") if shown == 1
                else self.tr("{n} candidates will be exported").format(n=shown))
        if with_archived > shown:
            text += self.tr(" ({n} archived left out)").format(n=with_archived - shown)
        self.ui.countLabel.setText(text + ".")
        self.total = shown
        self._enable()

    @property
    def busy(self) -> bool:
        return self.worker is not None

    def _enable(self) -> None:
        busy = self.busy
        for widget in (self.ui.folderEdit, self.ui.browseButton, self.ui.paperCombo, self.ui.archivedCheck):
            widget.setEnabled(not busy)
        self.ui.exportButton.setEnabled(not busy and self.total > 0 and bool(self.ui.folderEdit.text().strip()))
        self.ui.cancelButton.setVisible(busy)
        self.ui.cancelButton.setEnabled(busy and not self.cancelled)
        self.ui.closeButton.setEnabled(not busy)

    # -- the export ------------------------------------------------------------------------------
    def start(self) -> None:
        if self.busy:
            return
        url = self.coach.db.url
        if url.startswith("sqlite") and self.coach.db.path is None:
            self.ui.statusLabel.setText(self.tr("A database held only in memory cannot be shared with the "
                                                "export processes."))
            return
        ids, folder, page_size, workers, actor = (self.candidate_ids(), self.folder(), self.page_size(),
                                                   self.workers, self.coach.actor)
        if not ids:
            self._count()
            return
        self.total, self.done_count, self.written, self.cancelled = len(ids), 0, [], False
        self.ui.progressBar.setRange(0, self.total)
        self.ui.progressBar.setValue(0)
        self.ui.statusLabel.setText(self.tr("Writing {n} evaluations into {folder}…").format(n=self.total,
                                                                                            folder=folder))

        def job(progress, cancelled) -> list[Path]:  # the Worker's callbacks
            return export_all_evaluations(url, ids, folder, page_size=page_size, workers=workers,
                                          progress=progress, cancelled=cancelled, actor=actor)

        worker = Worker(job, self)
        worker.progressed.connect(self._progressed)
        worker.succeeded.connect(self._finished)
        worker.failed.connect(self._failed)
        worker.finished.connect(self._ended)
        self.worker = worker
        self._enable()
        worker.start()

    def _progressed(self, done: int) -> None:
        self.done_count = done
        self.ui.progressBar.setValue(done)

    def cancel(self) -> None:
        if self.worker is None or self.cancelled:
            return
        self.cancelled = True
        self.worker.cancel()
        self.ui.statusLabel.setText(self.tr("Cancelling: no new file is started; the ones being written are "
                                            "finished first…"))
        self._enable()

    def _finished(self, written: list[Path]) -> None:
        self.written = list(written)
        folder = self.folder()
        if self.cancelled:
            self.ui.statusLabel.setText(self.tr(
                "Cancelled: {n} of {total} evaluations were written to {folder}; the others were not.").format(
                n=len(self.written), total=self.total, folder=folder))
            return
        self.ui.progressBar.setValue(self.total)
        self.ui.statusLabel.setText(self.tr("Done: {n} of {total} evaluations written to {folder}.").format(
            n=len(self.written), total=self.total, folder=folder))
        remember_folder(folder.parent)
        open_folder(folder)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, TrainerCoachError):
            reason = explain(error)
        elif isinstance(error, OSError):
            reason = self.tr("the folder could not be written: {why}").format(why=error.strerror or error)
        else:
            reason = str(error) or type(error).__name__
        self.ui.statusLabel.setText(self.tr("The export stopped: {reason}. Files already finished are kept; "
                                            "no half-written file is left.").format(reason=reason))

    def _ended(self) -> None:
        worker, self.worker = self.worker, None
        if worker is not None:
            worker.deleteLater()
        self._enable()

    def done(self, result: int) -> None:
        """Closing while the export runs: cancel it and wait, so no process writes behind a closed window."""
        if self.worker is not None:
            self.cancel()
            self.worker.wait()
        super().done(result)


__all__ = ["BatchExportDialog"]
