"""Score a practice delivery against a rubric, with the anchors in view, fast enough to do by keyboard."""

from __future__ import annotations

from datetime import date, timedelta
from html import escape

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QDialog, QHeaderView, QLabel, QWidget

from trainercoach import words
from trainercoach.errors import Conflict
from trainercoach.gui.formats import datetime_text, number_text
from trainercoach.gui.forms.ui_observation_dialog import Ui_ObservationDialog
from trainercoach.gui.models.action_items import DUE, OWNER, TEXT, ActionItemDelegate, ActionItemsModel
from trainercoach.gui.models.rubric_models import CriteriaScoreModel, anchors_html
from trainercoach.gui.operations import run_op
from trainercoach.models import RECOMMENDATIONS
from trainercoach.records.observations import ObservationDetail, ObservationForm
from trainercoach.services import Coach

SCORE_KEYS = {Qt.Key.Key_1: 1, Qt.Key.Key_2: 2, Qt.Key.Key_3: 3, Qt.Key.Key_4: 4, Qt.Key.Key_5: 5}
NOT_OBSERVED_KEYS = (Qt.Key.Key_0, Qt.Key.Key_N)
ACTION_DUE_DAYS = 14


class ObservationDialog(QDialog):
    """A new observation (``observation_id`` None) scores with the rubric's latest version; an existing one
    keeps the version it was scored with, even after the rubric has been revised."""

    def __init__(self, coach: Coach, delivery_id: int, observation_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.coach = coach
        self.delivery_id = delivery_id
        self.observation_id = observation_id
        self.detail: ObservationDetail | None = None
        self.ui = Ui_ObservationDialog()
        self.ui.setupUi(self)
        ui = self.ui
        session = coach.deliveries.get(delivery_id)
        candidate = coach.candidates.get(session.form.candidate_id) if session.form.candidate_id else None
        self.candidate_person = candidate.person_id if candidate else None
        assert session.form.starts_at is not None
        ui.headerLabel.setText(self.tr("<b>{topic}</b> — {candidate}, {when}").format(
            topic=escape(session.form.topic), candidate=escape(session.candidate_name),
            when=datetime_text(session.form.starts_at)))
        if observation_id is not None:
            self.detail = coach.observations.get(observation_id)
            form = self.detail.form
        else:
            latest = coach.rubrics.latest()
            form = ObservationForm(delivery_id, None, latest.id)
        self.rubric = coach.rubrics.version(form.rubric_version_id)
        self._show_rubric_version()
        self._fill_observers(session.form.observer_ids, form.observer_id)
        for text, value in words.choices(words.RECOMMENDATIONS, RECOMMENDATIONS):
            ui.recommendationCombo.addItem(text, value)

        self.criteria = CriteriaScoreModel(self.rubric.criteria, self)
        ui.criteriaView.setModel(self.criteria)
        ui.criteriaView.verticalHeader().hide()
        header = ui.criteriaView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        ui.criteriaView.setMinimumWidth(380)
        ui.scoresSplitter.setSizes([420, 560])
        ui.criteriaView.installEventFilter(self)
        ui.criteriaView.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.criteria.dataChanged.connect(lambda *_: self._scores_changed())
        self.criteria.modelReset.connect(self._scores_changed)
        ui.criterionNoteEdit.textChanged.connect(self._note_changed)
        self.notes: dict[int, str] = {}

        everyone = coach.people.list()
        people = [(p.id, p.name) for p in everyone if not p.retired]  # a retired person is given no new items
        self.action_items = ActionItemsModel(people, self, names={p.id: p.name for p in everyone})
        ui.actionItemsView.setModel(self.action_items)
        ui.actionItemsView.setItemDelegate(ActionItemDelegate(ui.actionItemsView))
        ui.actionItemsView.verticalHeader().hide()
        triggers = QAbstractItemView.EditTrigger
        ui.actionItemsView.setEditTriggers(triggers.DoubleClicked | triggers.EditKeyPressed | triggers.AnyKeyPressed
                                           | triggers.SelectedClicked)
        actions_header = ui.actionItemsView.horizontalHeader()
        actions_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        actions_header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        ui.addActionButton.clicked.connect(self.add_action_item)
        ui.removeActionButton.clicked.connect(self.remove_action_item)

        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        self.load_form(form)
        self.setWindowTitle(self.tr("Observation of {topic}").format(topic=session.form.topic))
        ui.tabs.setCurrentWidget(ui.scoresTab)
        self.select_row(0)
        (ui.criteriaView if form.observer_id is not None else ui.observerCombo).setFocus()

    # -- filling ---------------------------------------------------------------------------------
    def _show_rubric_version(self) -> None:
        text = self.tr("{name}, version {number}").format(name=self.rubric.rubric_name, number=self.rubric.number)
        if self.observation_id is not None:
            newest = next((r for r in self.coach.rubrics.list() if r.id == self.rubric.rubric_id), None)
            if newest is not None and newest.latest_number > self.rubric.number:
                text += self.tr(" — scored with this version; the rubric is now at version {newest}").format(
                    newest=newest.latest_number)
        self.ui.rubricVersionLabel.setText(text)

    def _fill_observers(self, session_observers: list[int], current: int | None) -> None:
        """The session's own observers first: they are the ones expected to score it."""
        combo = self.ui.observerCombo
        combo.clear()
        combo.addItem(self.tr("— choose the observer —"), None)
        names = {p.id: p.name for p in self.coach.people.list()}
        already = {o.observer_id for o in self.coach.observations.for_delivery(self.delivery_id)}
        for person_id in session_observers:
            combo.addItem(names.get(person_id, "?"), person_id)
        others = [p for p in self.coach.people.mentors()
                  if p.id not in session_observers and p.id != self.candidate_person]
        if current is not None and current not in session_observers and current not in {p.id for p in others}:
            combo.addItem(names.get(current, "?"), current)
        if others and combo.count() > 1:
            combo.insertSeparator(combo.count())
        for person in others:
            combo.addItem(person.name, person.id)
        if current is None:
            current = next((p for p in session_observers if p not in already), None)
        index = combo.findData(current)
        combo.setCurrentIndex(index if index >= 0 else 0)

    def load_form(self, form: ObservationForm) -> None:
        ui = self.ui
        self.notes = dict(form.notes)
        self.criteria.load(form.scores)
        ui.strengthsEdit.setPlainText(form.strengths)
        ui.improvementsEdit.setPlainText(form.improvements)
        ui.recommendationCombo.setCurrentIndex(max(0, ui.recommendationCombo.findData(form.recommendation)))
        self.action_items.load(form.action_items)
        self.show_errors({})

    # -- scoring by keyboard ---------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        if watched is self.ui.criteriaView and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.modifiers() & ~(Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier):
                return False
            key = Qt.Key(event.key())
            if key in SCORE_KEYS:
                self.score_current(SCORE_KEYS[key])
                return True
            if key in NOT_OBSERVED_KEYS:
                self.score_current(None)
                return True
        return super().eventFilter(watched, event)

    def current_row(self) -> int:
        return self.ui.criteriaView.currentIndex().row()

    def select_row(self, row: int) -> None:
        if not 0 <= row < self.criteria.rowCount():
            return
        index = self.criteria.index(row, 0)
        self.ui.criteriaView.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.ui.criteriaView.scrollTo(index)
        self._show_current()

    def score_current(self, score: int | None) -> None:
        """Score the selected criterion (None: not observed) and go on to the next, as on a paper form."""
        row = max(0, self.current_row())
        self.criteria.set_score(row, score)
        if row + 1 < self.criteria.rowCount():
            self.select_row(row + 1)
        else:
            self._show_current()

    def _show_current(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        criterion = self.criteria.criterion(row)
        self.ui.anchorsBrowser.setHtml(anchors_html(criterion, self.criteria.score(row), row + 1,
                                                    self.criteria.rowCount()))
        edit = self.ui.criterionNoteEdit
        edit.blockSignals(True)
        edit.setPlainText(self.notes.get(self.criteria.criterion_id(row), ""))
        edit.blockSignals(False)
        self.ui.criterionNoteLabel.setText(self.tr("Note on “{title}” (what you saw):").format(title=criterion.title))

    def _note_changed(self) -> None:
        row = self.current_row()
        if row >= 0:
            text = self.ui.criterionNoteEdit.toPlainText()
            criterion_id = self.criteria.criterion_id(row)
            if text:
                self.notes[criterion_id] = text
            else:
                self.notes.pop(criterion_id, None)

    def _scores_changed(self) -> None:
        average = self.criteria.average()
        scored = len(self.criteria.scores)
        total = self.criteria.rowCount()
        if average is None:
            self.ui.averageLabel.setText(self.tr("Weighted average: — (no criterion scored yet, 0 of {total})")
                                         .format(total=total))
        else:
            self.ui.averageLabel.setText(self.tr("Weighted average: {average} ({scored} of {total} criteria "
                                                 "scored; not observed ones do not count)").format(
                average=number_text(average, 2), scored=scored, total=total))
        self._show_current()

    # -- action items ----------------------------------------------------------------------------
    def add_action_item(self) -> None:
        """A new row owned by the candidate and due in two weeks, its text ready to type."""
        row = self.action_items.add(self.candidate_person, date.today() + timedelta(days=ACTION_DUE_DAYS))
        index = self.action_items.index(row, TEXT)
        view = self.ui.actionItemsView
        view.setFocus()
        view.setCurrentIndex(index)
        view.edit(index)

    def remove_action_item(self) -> None:
        row = self.ui.actionItemsView.currentIndex().row()
        self.action_items.remove(row)

    # -- reading and saving ----------------------------------------------------------------------
    def form(self) -> ObservationForm:
        # An editor still open holds text the person sees as typed: commit it first.
        view = self.ui.actionItemsView
        editor = view.indexWidget(view.currentIndex()) if view.currentIndex().isValid() else None
        if editor is not None:
            view.itemDelegate().commitData.emit(editor)
            view.itemDelegate().closeEditor.emit(editor)
        scores = self.criteria.form_scores()
        return ObservationForm(
            delivery_id=self.delivery_id, observer_id=self.ui.observerCombo.currentData(),
            rubric_version_id=self.rubric.id, scores=scores,
            notes={c: n for c, n in self.notes.items() if c in scores and n.strip()},
            strengths=self.ui.strengthsEdit.toPlainText(), improvements=self.ui.improvementsEdit.toPlainText(),
            recommendation=self.ui.recommendationCombo.currentData(),
            action_items=list(self.action_items.items),
        )

    def show_errors(self, errors: dict[str, str]) -> None:
        ui = self.ui
        labels: dict[str, QLabel] = {"observer": ui.observerError, "scores": ui.scoresError,
                                     "recommendation": ui.recommendationError, "actions": ui.actionsError,
                                     "form": ui.formError}
        found: dict[str, list[str]] = {key: [] for key in labels}
        criterion_errors: dict[int, str] = {}
        action_rows: set[int] = set()
        for key, message in errors.items():
            if key.startswith("score:"):
                criterion_errors[int(key.split(":", 1)[1])] = message
                found["scores"].append(message)
            elif key.startswith("action:"):
                action_rows.add(int(key.split(":", 1)[1]) - 1)
                found["actions"].append(message)
            elif key in labels:
                found[key].append(message)
            else:
                found["form"].append(message)
        for key, label in labels.items():
            label.setText("\n".join(dict.fromkeys(found[key])))
            label.setVisible(bool(found[key]))
        self.criteria.set_errors(criterion_errors)
        self.action_items.set_errors(action_rows)
        if found["observer"]:
            ui.observerCombo.setFocus()
        elif found["scores"]:
            ui.tabs.setCurrentWidget(ui.scoresTab)
            ui.criteriaView.setFocus()
        elif found["recommendation"] or found["actions"]:
            ui.tabs.setCurrentWidget(ui.summaryTab)

    def save(self) -> None:
        """One call, one transaction: scores, notes, summary and action items together, or nothing."""
        form, observation_id = self.form(), self.observation_id
        expected = self.detail.version if self.detail is not None else None
        outcome = run_op(self, self.coach, lambda: self.coach.observations.save(form, observation_id,
                                                                                expected_version=expected),
                         form=self)
        if isinstance(outcome.error, Conflict):
            self.show_errors({"form": str(outcome.error) + " "
                              + self.tr("Close and open it again to see the changes.")})
        if outcome.ok:
            self.observation_id = outcome.result
            self.accept()


__all__ = ["ObservationDialog", "OWNER", "DUE"]
