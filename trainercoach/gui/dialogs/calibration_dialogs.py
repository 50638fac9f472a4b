"""The calibration page's dialogs (issue 19): a new exercise (name, rubric version, the deliveries to score —
practice sessions ticked or recordings' links typed — and the observers ticked), and an observer's scores
(targets × criteria, 1-5 or empty). Each saves through ``run_op``, its refusals shown in its error label."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from trainercoach.gui.formats import date_text
from trainercoach.gui.models.calibration_models import ScoreEntryModel
from trainercoach.gui.operations import run_op
from trainercoach.records.calibration import ExerciseForm, TargetForm
from trainercoach.services import Coach

ID_ROLE = Qt.ItemDataRole.UserRole + 2


def _ticked_list(rows: list[tuple[int, str]]) -> tuple[QListView, QStandardItemModel]:
    model = QStandardItemModel()
    for row_id, label in rows:
        item = QStandardItem(label)
        item.setCheckable(True)
        item.setEditable(False)
        item.setData(row_id, ID_ROLE)
        model.appendRow(item)
    view = QListView()
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    return view, model


def _ticked(model: QStandardItemModel) -> list[int]:
    return [model.item(r).data(ID_ROLE) for r in range(model.rowCount())
            if model.item(r).checkState() == Qt.CheckState.Checked]


class NewExerciseDialog(QDialog):
    """A new calibration exercise; ``exercise_id`` holds it once saved."""

    def __init__(self, coach: Coach, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.coach = coach
        self.exercise_id: int | None = None
        self.setWindowTitle(self.tr("New calibration exercise"))
        self.resize(640, 620)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("e.g. March calibration"))
        form.addRow(self.tr("&Name:"), self.name_edit)
        self.rubric_combo = QComboBox()
        for rubric in coach.rubrics.list():
            self.rubric_combo.addItem(self.tr("%1, version %2").replace("%1", rubric.name)
                                      .replace("%2", str(rubric.latest_number)), rubric.latest_version_id)
        form.addRow(self.tr("&Rubric:"), self.rubric_combo)
        layout.addLayout(form)

        layout.addWidget(QLabel(self.tr("Practice sessions to score:")))
        deliveries = [(d.id, f"{date_text(d.starts_at)} · {d.topic} · {d.candidate_name}")
                      for d in coach.deliveries.list()]
        self.deliveries_view, self.deliveries = _ticked_list(deliveries)
        self._titles = {d.id: f"{d.topic} ({d.candidate_name})" for d in coach.deliveries.list()}
        layout.addWidget(self.deliveries_view, 2)
        layout.addWidget(QLabel(self.tr("Recordings to score (one link a line):")))
        self.links_edit = QPlainTextEdit()
        self.links_edit.setPlaceholderText("https://…")
        self.links_edit.setTabChangesFocus(True)
        layout.addWidget(self.links_edit, 1)
        layout.addWidget(QLabel(self.tr("Observers (two or more):")))
        self.observers_view, self.observers = _ticked_list([(p.id, p.name) for p in coach.people.mentors()])
        layout.addWidget(self.observers_view, 2)
        self.error_label = QLabel()
        self.error_label.setProperty("class", "error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.addButton(self.tr("Create exercise"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def form(self) -> ExerciseForm:
        targets = [TargetForm(self._titles.get(d, str(d)), delivery_id=d) for d in _ticked(self.deliveries)]
        links = [line.strip() for line in self.links_edit.toPlainText().splitlines() if line.strip()]
        targets += [TargetForm(self.tr("Recording %1").replace("%1", str(n)), recording_link=link)
                    for n, link in enumerate(links, start=1)]
        return ExerciseForm(self.name_edit.text(), self.rubric_combo.currentData() or 0,
                            _ticked(self.observers), targets)

    def show_errors(self, errors: dict[str, str]) -> None:
        self.error_label.setText("\n".join(dict.fromkeys(errors.values())))
        self.error_label.setVisible(bool(errors))

    def save(self) -> None:
        form = self.form()
        outcome = run_op(self, self.coach, lambda: self.coach.calibration.create(form), form=self)
        if outcome.ok:
            self.exercise_id = outcome.result
            self.accept()


class ScoreDialog(QDialog):
    """One observer's scores for every target and criterion of an exercise. Saved scores can still change
    until the observer hands them in (the page's Hand in)."""

    def __init__(self, coach: Coach, exercise_id: int, observer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.coach = coach
        self.exercise_id = exercise_id
        self.observer_id = observer_id
        view = coach.calibration.view(exercise_id, viewer_id=observer_id)
        name = next((n for p, n, _done in view.observers if p == observer_id), "")
        self.setWindowTitle(self.tr("Scores of %1").replace("%1", name))
        self.resize(760, 420)
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("Type a score from 1 to 5 in each cell (leave it empty if you could not judge). "
                              "No one sees your scores until every observer has handed in."))
        hint.setWordWrap(True)
        hint.setProperty("class", "hint")
        layout.addWidget(hint)
        own = {(t, c): v for (t, o, c), v in view.scores.items() if o == observer_id}
        self.model = ScoreEntryModel(view.targets, view.criteria, own, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        self.error_label = QLabel()
        self.error_label.setProperty("class", "error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def show_errors(self, errors: dict[str, str]) -> None:
        self.error_label.setText("\n".join(dict.fromkeys(errors.values())))
        self.error_label.setVisible(bool(errors))

    def save(self) -> None:
        self.table.setCurrentIndex(QModelIndex())  # a cell still being typed in gives what it holds
        scores = dict(self.model.scores)
        exercise, observer = self.exercise_id, self.observer_id
        if run_op(self, self.coach, lambda: self.coach.calibration.score(exercise, observer, scores),
                  form=self).ok:
            self.accept()


class ReferenceDialog(QDialog):
    """The lead's reference scores for every target and criterion: once entered, each observer's bias is
    measured against them instead of against the other observers. An emptied cell removes its reference."""

    def __init__(self, coach: Coach, exercise_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.coach = coach
        self.exercise_id = exercise_id
        view = coach.calibration.view(exercise_id)
        self.setWindowTitle(self.tr("Reference scores: %1").replace("%1", view.name))
        self.resize(760, 420)
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("Type the score each criterion deserves on each delivery, from 1 to 5 (leave a cell "
                              "empty for none). Observers see the reference scores once every score is revealed; "
                              "bias is then measured against them."))
        hint.setWordWrap(True)
        hint.setProperty("class", "hint")
        layout.addWidget(hint)
        self.before = {key: value for key, value in view.references.items()}
        self.model = ScoreEntryModel(view.targets, view.criteria, dict(self.before), self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        self.error_label = QLabel()
        self.error_label.setProperty("class", "error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def show_errors(self, errors: dict[str, str]) -> None:
        self.error_label.setText("\n".join(dict.fromkeys(errors.values())))
        self.error_label.setVisible(bool(errors))

    def save(self) -> None:
        self.table.setCurrentIndex(QModelIndex())  # a cell still being typed in gives what it holds
        changed = {key: value for key, value in self.model.scores.items() if self.before.get(key) != value}
        exercise = self.exercise_id
        if run_op(self, self.coach, lambda: self.coach.calibration.set_reference(exercise, changed),
                  form=self).ok:
            self.accept()
