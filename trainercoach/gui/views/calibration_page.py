"""The calibration page (issue 19): the exercises and their status; for the chosen one the targets × observers
matrix, each observer's deviation from the consensus per criterion (a heat map), each observer's profile
(lenient, severe or in line, with the interval that says so) and the agreement figures with their bands and n.

Scores stay blind on this page as in the service: until every observer has handed in or the exercise is closed,
the matrix shows numbers only in the column of the person using the app ("you"), and the other cells say only
"handed in" or "waiting"; the statistics appear once the scores are revealed. Every change (a new exercise,
scores, handing in, closing) goes through ``run_op``; the main window reads the page again from its Changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from trainercoach.analytics.agreement import ALPHA_SOURCE, BOOTSTRAP_RESAMPLES, ICC_SOURCE
from trainercoach.errors import TrainerCoachError
from trainercoach.gui.formats import number_text
from trainercoach.gui.messages import explain
from trainercoach.gui.modal import run_dialog
from trainercoach.gui.models.calibration_models import (
    DeviationDelegate,
    DeviationModel,
    ScoreMatrixModel,
    interval_text,
)
from trainercoach.gui.models.rows_model import ID_ROLE, RowsModel, TextRow
from trainercoach.gui.operations import run_op
from trainercoach.gui.views.calibration_sections import (
    EverydaySection,
    ProfilesSection,
    agreement_rows,
    alpha_note,
    figures_table,
)
from trainercoach.gui.widgets.tables import page_table
from trainercoach.gui.workers import Loader
from trainercoach.records.calibration import ExerciseAgreement, ExerciseRow, ExerciseView
from trainercoach.records.observer_profiles import ObserverProfiles
from trainercoach.services import Coach
from trainercoach.words import CALIBRATION_STATUS, word

NOBODY = -1  # reading as no observer: a blind exercise then shows no one's scores
# Everyday agreement has many deliveries: the page reads the last four quarters, with fewer resamples for
# alpha's interval and none beyond EVERYDAY_BOOTSTRAP_MOST deliveries (the note says which).
EVERYDAY_RESAMPLES = 200
EVERYDAY_BOOTSTRAP_MOST = 500
EVERYDAY_QUARTERS = 4


def everyday_since(today: datetime) -> datetime:
    """The first day of the quarter three before ``today``'s: with this one, the last four quarters."""
    index = today.year * 4 + (today.month - 1) // 3 - (EVERYDAY_QUARTERS - 1)
    return datetime(index // 4, (index % 4) * 3 + 1, 1)


@dataclass(frozen=True)
class CalibrationData:
    """What the page shows, read in one go off the GUI thread."""

    exercises: list[ExerciseRow]
    chosen: int | None
    view: ExerciseView | None  # as "you" may see it
    agreement: ExerciseAgreement | None  # only once the scores are revealed
    you: int | None
    everyday: ExerciseAgreement | None = None  # co-observed practice sessions
    profiles: ObserverProfiles | None = None
    everyday_since: datetime | None = None


def load_calibration(coach: Coach, chosen: int | None) -> CalibrationData:
    """Only service calls: the exercises, and the chosen one (the newest if none or gone) as you may see it."""
    exercises = coach.calibration.list()
    ids = [e.id for e in exercises]
    if chosen not in ids:
        chosen = ids[-1] if ids else None
    you = coach.settings.you()
    view = agreement = None
    if chosen is not None:
        view = coach.calibration.view(chosen, viewer_id=NOBODY if you is None else you)
        if view.revealed:
            agreement = coach.calibration.agreement(chosen, bootstrap=BOOTSTRAP_RESAMPLES)
    since = everyday_since(datetime.now())
    everyday = coach.calibration.everyday(since=since, bootstrap=EVERYDAY_RESAMPLES,
                                          bootstrap_max_targets=EVERYDAY_BOOTSTRAP_MOST)
    return CalibrationData(exercises, chosen, view, agreement, you, everyday, coach.observer_profiles.profiles(),
                           since)


def _heading(words: str, kind: str = "subheading") -> QLabel:
    label = QLabel(words)
    label.setProperty("class", kind)
    label.setWordWrap(True)
    return label


def _hint(words: str = "") -> QLabel:
    label = QLabel(words)
    label.setProperty("class", "hint")
    label.setWordWrap(True)
    return label


class CalibrationPage(QScrollArea):
    loaded = Signal()

    def __init__(self, coach: Coach, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.coach = coach
        self.data: CalibrationData | None = None
        self.chosen: int | None = None
        self.stale = True
        self._loader = Loader(self)
        self._loader.loaded.connect(self._show)
        self._loader.failed.connect(self._failed)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 12, 16, 12)
        title_row = QHBoxLayout()
        title_row.addWidget(_heading(self.tr("Calibration"), "heading"), 1)
        self.new_button = QPushButton(self.tr("New exercise…"))
        self.new_button.setToolTip(self.tr("Choose deliveries, a rubric and observers who each score them blind"))
        self.new_button.clicked.connect(self.new_exercise)
        title_row.addWidget(self.new_button)
        layout.addLayout(title_row)
        self.status = _hint()
        layout.addWidget(self.status)

        self.exercises = RowsModel([self.tr("Exercise"), self.tr("Status"), self.tr("Deliveries"),
                                    self.tr("Handed in")], numeric=(2,), parent=self)
        self.exercises_view = page_table(self.exercises, stretch=0)
        self.exercises_view.selectionModel().currentRowChanged.connect(self._chosen_row)
        layout.addWidget(self.exercises_view)
        self.no_exercises = _hint(self.tr("No calibration exercise yet. New exercise… starts one: observers score "
                                          "the same deliveries blind, then see how far they agree."))
        layout.addWidget(self.no_exercises)

        self.detail = QWidget()
        detail = QVBoxLayout(self.detail)
        detail.setContentsMargins(0, 0, 0, 0)
        self.exercise_title = _heading("")
        detail.addWidget(self.exercise_title)
        actions = QHBoxLayout()
        actions.addWidget(QLabel(self.tr("Observer:")))
        self.observer_combo = QComboBox()
        self.observer_combo.setToolTip(self.tr("Whose scores Score… and Hand in are for"))
        self.observer_combo.currentIndexChanged.connect(lambda _i: self._update_buttons())
        actions.addWidget(self.observer_combo, 1)
        self.score_button = QPushButton(self.tr("Score…"))
        self.score_button.clicked.connect(self.score)
        self.hand_in_button = QPushButton(self.tr("Hand in"))
        self.hand_in_button.setToolTip(self.tr("The observer's scores become final; when the last observer hands "
                                               "in, everyone's scores are shown"))
        self.hand_in_button.clicked.connect(self.hand_in)
        self.reference_button = QPushButton(self.tr("Reference scores…"))
        self.reference_button.setToolTip(self.tr("The lead's own scores: bias is then measured against them"))
        self.reference_button.clicked.connect(self.enter_reference)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setToolTip(self.tr("Stop the scoring and show every score now"))
        self.close_button.clicked.connect(self.close_exercise)
        for button in (self.score_button, self.hand_in_button, self.reference_button, self.close_button):
            actions.addWidget(button)
        detail.addLayout(actions)
        self.blind_note = _hint()
        detail.addWidget(self.blind_note)

        detail.addWidget(_heading(self.tr("Scores: mean over criteria, deliveries by observers")))
        self.matrix = ScoreMatrixModel(self)
        self.matrix_view = page_table(self.matrix)
        self.matrix_view.verticalHeader().show()
        self.matrix_view.setSelectionBehavior(self.matrix_view.SelectionBehavior.SelectItems)
        detail.addWidget(self.matrix_view)

        self.revealed = QWidget()
        shown = QVBoxLayout(self.revealed)
        shown.setContentsMargins(0, 0, 0, 0)
        shown.addWidget(_heading(self.tr("Deviation from the consensus, by criterion")))
        self.heat_hint = _hint()
        shown.addWidget(self.heat_hint)
        self.deviations = DeviationModel(self)
        self.heat_view = page_table(self.deviations)
        self.heat_view.verticalHeader().show()
        self.heat_view.setSelectionBehavior(self.heat_view.SelectionBehavior.SelectItems)
        self.heat_view.setItemDelegate(DeviationDelegate(self.heat_view))
        self.heat_view.setAlternatingRowColors(False)
        shown.addWidget(self.heat_view)
        shown.addWidget(_heading(self.tr("Observers")))
        self.profiles = RowsModel([self.tr("Observer"), self.tr("Bias (95% interval)"), self.tr("Deliveries"),
                                   self.tr("Reading"), self.tr("Furthest off on")], numeric=(2,), parent=self)
        self.profiles_view = page_table(self.profiles)
        shown.addWidget(self.profiles_view)
        shown.addWidget(_heading(self.tr("Agreement")))
        self.figures, self.figures_view = figures_table()
        self.figures.setParent(self)
        shown.addWidget(self.figures_view)
        self.figures_note = _hint()
        shown.addWidget(self.figures_note)
        detail.addWidget(self.revealed)
        layout.addWidget(self.detail)
        self.everyday = EverydaySection()
        layout.addWidget(self.everyday)
        self.profiles_section = ProfilesSection(coach)
        layout.addWidget(self.profiles_section)
        layout.addStretch(1)
        self.setWidget(body)
        self.refresh()

    # -- loading ---------------------------------------------------------------------------------
    def mark_stale(self) -> None:
        self.stale = True

    def refresh(self) -> None:
        """Read in a worker (the Loader: a read asked for while one runs replaces any waiting one)."""
        self.stale = False
        self.status.setText(self.tr("Loading…") if self.data is None else self.tr("Updating…"))
        coach, chosen = self.coach, self.chosen
        self._loader.load(lambda: load_calibration(coach, chosen))

    @property
    def busy(self) -> bool:
        return self._loader.busy

    def shutdown(self) -> None:
        """A closing window must not leave a thread reading a database that is about to close."""
        self._loader.wait()

    def _failed(self, error: BaseException) -> None:
        reason = explain(error) if isinstance(error, TrainerCoachError) else str(error)
        self.status.setText(self.tr("The exercises could not be read: {reason}").format(reason=reason))

    def _chosen_row(self, current, _previous) -> None:  # QModelIndex
        chosen = current.data(ID_ROLE) if current.isValid() else None
        if chosen is not None and chosen != self.chosen:
            self.chosen = chosen
            self.refresh()

    # -- showing ---------------------------------------------------------------------------------
    def _show(self, data: CalibrationData) -> None:
        self.data = data
        self.chosen = data.chosen
        self.status.setText(self.tr("Observers score the same deliveries blind; once all have handed in (or the "
                                    "exercise is closed) everyone sees every score and how far they agree."))
        rows = [TextRow(e.id, [e.name, word(CALIBRATION_STATUS, e.status), str(e.targets),
                               self.tr("{done} of {all}").format(done=e.handed_in, all=e.observers)])
                for e in data.exercises]
        selection = self.exercises_view.selectionModel()
        selection.blockSignals(True)
        self.exercises.set_rows(rows)
        for row, exercise in enumerate(data.exercises):
            if exercise.id == data.chosen:
                self.exercises_view.selectRow(row)
        selection.blockSignals(False)
        self.exercises_view.setVisible(bool(rows))
        self.no_exercises.setVisible(not rows)
        self.detail.setVisible(data.view is not None)
        view = data.view
        if view is not None:
            self._show_exercise(view, data)
        self.everyday.show_agreement(data.everyday, data.everyday_since)
        if data.profiles is not None:
            self.profiles_section.show_profiles(data.profiles)
        self.loaded.emit()

    def _show_exercise(self, view: ExerciseView, data: CalibrationData) -> None:
        self.exercise_title.setText(f"{view.name} · {word(CALIBRATION_STATUS, view.status)}")
        previous = self.observer_combo.currentData()
        self.observer_combo.blockSignals(True)
        self.observer_combo.clear()
        for person_id, name, handed_in in view.observers:
            shown = self.tr("{name} (handed in)").format(name=name) if handed_in else name
            self.observer_combo.addItem(shown, person_id)
        wanted = previous if previous in [o for o, _n, _d in view.observers] else data.you
        found = self.observer_combo.findData(wanted)
        self.observer_combo.setCurrentIndex(max(found, 0))
        self.observer_combo.blockSignals(False)
        self._update_buttons()
        waiting = sum(not done for _o, _n, done in view.observers)
        if view.revealed:
            self.blind_note.setText(self.tr("Every score is shown."))
        else:
            self.blind_note.setText(self.tr("Blind: {waiting} of {all} observers have not handed in yet. Until all "
                                            "have (or the exercise is closed) no one sees another observer's "
                                            "scores.").format(waiting=waiting, all=len(view.observers)))
        self.matrix.set_view(view, data.you)
        self.matrix_view.resizeColumnsToContents()
        self.revealed.setVisible(data.agreement is not None)
        if data.agreement is not None:
            self._show_agreement(data.agreement, bool(view.references))

    def _show_agreement(self, agreement: ExerciseAgreement, against_reference: bool = False) -> None:
        self.heat_hint.setText(
            self.tr("Each observer's mean score minus the lead's reference score; red: more lenient, blue: more "
                    "severe. Hover a cell for its interval.") if against_reference else
            self.tr("Each observer's mean score minus the other observers'; red: more lenient, blue: more severe. "
                    "Hover a cell for its interval."))
        self.deviations.set_agreement(agreement)
        self.heat_view.resizeColumnsToContents()
        total = agreement.per_criterion[-1].summary
        profiles = []
        for column, ((person_id, name), bias) in enumerate(zip(agreement.observers, total.bias, strict=True)):
            if bias.mean is None:
                reading = "—"
            elif bias.lenient:
                reading = self.tr("lenient")
            elif bias.severe:
                reading = self.tr("severe")
            else:
                reading = self.tr("in line")
            furthest = max(agreement.per_criterion[:-1], default=None,
                           key=lambda c: abs(c.summary.bias[column].mean or 0.0))
            far = "—"
            if furthest is not None and furthest.summary.bias[column].mean is not None:
                far = f"{furthest.title} ({number_text(furthest.summary.bias[column].mean or 0.0, 2, signed=True)})"
            profiles.append(TextRow(person_id, [name, interval_text(bias.mean, bias.low, bias.high),
                                                str(bias.n), reading, far]))
        self.profiles.set_rows(profiles)
        iccs = total.iccs
        self.figures.set_rows(agreement_rows(total))
        note = self.tr("Of each delivery's mean over criteria: {used} deliveries with every observer's score "
                       "used, {dropped} left out for a missing score. Bands: {icc} for the ICCs, {alpha} for "
                       "alpha.").format(used=iccs.n_targets, dropped=iccs.dropped, icc=ICC_SOURCE,
                                        alpha=ALPHA_SOURCE)
        self.figures_note.setText(f"{note} {alpha_note(total)}".strip())

    def _update_buttons(self) -> None:
        view = self.data.view if self.data is not None else None
        open_ = view is not None and view.status == "open"
        observer = self.observer_combo.currentData()
        handed_in = view is not None and any(o == observer and done for o, _n, done in view.observers)
        self.score_button.setEnabled(open_ and observer is not None and not handed_in)
        self.hand_in_button.setEnabled(open_ and observer is not None and not handed_in)
        self.close_button.setEnabled(open_)
        self.reference_button.setEnabled(view is not None)

    # -- actions (each through run_op) -----------------------------------------------------------
    def new_exercise(self) -> None:
        from trainercoach.gui.dialogs.calibration_dialogs import NewExerciseDialog

        dialog = NewExerciseDialog(self.coach, self)
        if run_dialog(dialog) and dialog.exercise_id is not None:
            self.chosen = dialog.exercise_id
            self.refresh()

    def score(self) -> None:
        from trainercoach.gui.dialogs.calibration_dialogs import ScoreDialog

        observer = self.observer_combo.currentData()
        if self.chosen is None or observer is None:
            return
        run_dialog(ScoreDialog(self.coach, self.chosen, observer, self))

    def hand_in(self) -> None:
        exercise, observer = self.chosen, self.observer_combo.currentData()
        if exercise is None or observer is None:
            return
        run_op(self, self.coach, lambda: self.coach.calibration.hand_in(exercise, observer),
               title=self.tr("Cannot hand in"))

    def enter_reference(self) -> None:
        from trainercoach.gui.dialogs.calibration_dialogs import ReferenceDialog

        if self.chosen is not None:
            run_dialog(ReferenceDialog(self.coach, self.chosen, self))

    def close_exercise(self) -> None:
        exercise = self.chosen
        if exercise is None:
            return
        run_op(self, self.coach, lambda: self.coach.calibration.close(exercise), title=self.tr("Cannot close"))
