"""One session's page: what was delivered, who observed it and how it scored, feedback and checks, and
the session's effectiveness (rubric, trainee reaction, learning) below them."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from trainercoach.errors import NotFound
from trainercoach.gui.formats import date_text, datetime_text, number_text, score_text
from trainercoach.gui.models.rows_model import ID_ROLE, RowsModel, TextRow
from trainercoach.gui.views.session_effectiveness import SessionEffectivenessSection
from trainercoach.gui.widgets.figure_tips import figure_tip
from trainercoach.services import Coach
from trainercoach.services.deliveries import recording_link_error
from trainercoach.words import AUDIENCES, CHECK_KINDS, METHODS, RECOMMENDATIONS, word


def _table(model: RowsModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class SessionPage(QWidget):
    backRequested = Signal()  # Qt naming
    observationActivated = Signal(int)
    checkActivated = Signal(int)

    def __init__(self, coach: Coach, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.coach = coach
        self.delivery_id: int | None = None
        self.asset_id: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 6)
        top = QHBoxLayout()
        self.back_button = QPushButton(self.tr("← All sessions"))
        self.back_button.setShortcut(Qt.Key.Key_Escape)
        self.back_button.clicked.connect(self.backRequested)
        top.addWidget(self.back_button)
        top.addStretch(1)
        layout.addLayout(top)
        self.title = QLabel()
        self.title.setProperty("class", "heading")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.title)
        # A tool bar, not a row of buttons: on a narrow window the last ones fold into its » menu.
        self.buttons = QToolBar()
        self.buttons.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        layout.addWidget(self.buttons)

        details = QFrame()
        details.setProperty("class", "stageTile")
        grid = QGridLayout(details)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        grid.setHorizontalSpacing(12)
        self.fields: dict[str, QLabel] = {}
        pairs = (("candidate", self.tr("Candidate")), ("when", self.tr("Date and time")),
                 ("method", self.tr("Method")), ("audience", self.tr("Audience")),
                 ("trainees", self.tr("Trainees")), ("duration", self.tr("Duration")),
                 ("asset", self.tr("Training asset")), ("code", self.tr("Feedback code")),
                 ("observers", self.tr("Observers")), ("notes", self.tr("Notes")),
                 ("recording", self.tr("Recording")))
        for position, (key, label) in enumerate(pairs):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            caption = QLabel(label)
            caption.setProperty("class", "hint")
            caption.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            row, column = divmod(position, 2)
            grid.addWidget(caption, row, column * 2)
            grid.addWidget(value, row, column * 2 + 1)
            self.fields[key] = value
        self.fields["asset"].linkActivated.connect(lambda _link: self.open_asset())
        layout.addWidget(details)

        self.observations_heading = QLabel()
        self.observations_heading.setProperty("class", "subheading")
        layout.addWidget(self.observations_heading)
        self.observations = RowsModel([self.tr("Observer"), self.tr("Rubric"), self.tr("Weighted average"),
                                       self.tr("Criteria scored"), self.tr("Recommendation")], (2, 3), self)
        self.observations_view = _table(self.observations)
        self.observations_view.activated.connect(lambda i: self.observationActivated.emit(i.data(ID_ROLE)))
        layout.addWidget(self.observations_view, 2)

        self.feedback_label = QLabel()
        self.feedback_label.setProperty("class", "subheading")
        layout.addWidget(self.feedback_label)

        self.checks_heading = QLabel()
        self.checks_heading.setProperty("class", "subheading")
        layout.addWidget(self.checks_heading)
        self.checks = RowsModel([self.tr("Kind"), self.tr("Title"), self.tr("Held on"), self.tr("Trainees"),
                                 self.tr("Mean before → after")], (3,), self)
        self.checks_view = _table(self.checks)
        self.checks_view.activated.connect(lambda i: self.checkActivated.emit(i.data(ID_ROLE)))
        layout.addWidget(self.checks_view, 1)

        self.effectiveness = SessionEffectivenessSection(coach)
        self.effectiveness.checkActivated.connect(self.checkActivated)
        layout.addWidget(self.effectiveness)

    def _show_link(self, link: str) -> None:
        """The recording link, opened in the browser with a click. Only a web address the service accepts is
        made a link (a file written by another program may hold anything); the text is escaped either way."""
        label = self.fields["recording"]
        label.setOpenExternalLinks(False)
        if not link:
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setText("—")
        elif recording_link_error(link):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setText(link)
        else:
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setText(f'<a href="{escape(link, quote=True)}">{escape(link)}</a>')
            label.setOpenExternalLinks(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)

    def _show_asset(self, asset_id: int | None, title: str) -> None:
        """The session's training asset as a link that opens it in the asset editor (issue 20)."""
        label = self.fields["asset"]
        self.asset_id = asset_id
        if asset_id is None:
            return
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setText(f'<a href="asset:{asset_id}">{escape(title)}</a>')
        label.setToolTip(self.tr("Open the training asset: its versions, review and agents' feedback"))
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)

    def open_asset(self) -> None:
        from trainercoach.gui.dialogs.asset_dialog import open_asset

        if self.asset_id is not None:
            open_asset(self.coach, self.asset_id, self)

    def set_actions(self, actions: list[QAction | None]) -> None:
        """Buttons for the Session menu's actions, so the page and the menu can never disagree."""
        self.buttons.clear()
        for action in actions:
            if action is None:
                self.buttons.addSeparator()
            else:
                self.buttons.addAction(action)

    def show_session(self, delivery_id: int) -> bool:
        self.delivery_id = delivery_id
        return self.reload()

    def reload(self) -> bool:
        """Read the session again; False when it is gone (deleted elsewhere), so the caller can go back."""
        if self.delivery_id is None:
            return False
        try:
            detail = self.coach.deliveries.get(self.delivery_id)
        except NotFound:
            self.delivery_id = None
            return False
        form = detail.form
        assert form.starts_at is not None
        self.title.setText(detail.form.topic)
        values = {
            "candidate": detail.candidate_name,
            "when": datetime_text(form.starts_at),
            "method": word(METHODS, form.method),
            "audience": word(AUDIENCES, form.audience),
            "trainees": str(form.trainees),
            "duration": self.tr("{minutes} minutes").format(minutes=form.duration_minutes),
            "asset": detail.asset_title or "—",
            "observers": ", ".join(detail.observer_names) or self.tr("nobody assigned"),
            "code": detail.code,
            "notes": form.notes or "—",
        }
        for key, text in values.items():
            self.fields[key].setText(text)
            self.fields[key].setTextFormat(Qt.TextFormat.PlainText)
        self._show_link(form.recording_link)
        self._show_asset(form.asset_id, detail.asset_title)
        rows = []
        versions: dict[int, str] = {}
        for observation in self.coach.observations.for_delivery(self.delivery_id):
            if observation.rubric_version_id not in versions:
                version = self.coach.rubrics.version(observation.rubric_version_id)
                versions[observation.rubric_version_id] = self.tr("{name}, v{number}").format(
                    name=version.rubric_name, number=version.number)
            rows.append(TextRow(observation.id, [
                observation.observer_name, versions[observation.rubric_version_id],
                score_text(observation.weighted_average, 2), str(observation.scored),
                word(RECOMMENDATIONS, observation.recommendation),
            ]))
        self.observations.set_rows(rows)
        self.observations_heading.setText(self.tr("Observations (%n)", "", len(rows)))
        figure_tip(self.observations_view, self.tr(
            "Weighted average: each observer's scores weighted by the rubric's criterion weights, over the criteria "
            "they scored (a criterion not judged is not a zero); %n observation(s).", "", len(rows)), "composite")
        responses = self.coach.feedback.count(self.delivery_id)
        self.feedback_label.setText(self.tr("Trainee feedback: %n form(s)", "", responses))
        figure_tip(self.feedback_label, self.tr(
            "Feedback forms saved for this session from the kiosk, typed from paper or imported: %n.", "",
            responses), "paper")
        checks = []
        for check in self.coach.comprehension.for_delivery(self.delivery_id):
            c = check.form
            pre = [s.pre for s in c.scores if s.pre is not None]
            post = [s.post for s in c.scores if s.post is not None]
            means = "—"
            if pre or post:
                means = "{} → {}".format(number_text(sum(pre) / len(pre)) if pre else "—",
                                         number_text(sum(post) / len(post)) if post else "—")
            checks.append(TextRow(check.id, [word(CHECK_KINDS, c.kind), c.title or "—",
                                             date_text(c.held_on), str(len(c.scores)),
                                             means]))
        self.checks.set_rows(checks)
        self.checks_heading.setText(self.tr("Comprehension checks (%n)", "", len(checks)))
        figure_tip(self.checks_view, self.tr(
            "Mean before → after: the mean of the before scores and of the after scores typed for each check "
            "(Trainees is how many rows each check has); %n check(s).", "", len(checks)), "composite")
        self.effectiveness.show_session(self.delivery_id)
        self.setToolTip("")
        return True
