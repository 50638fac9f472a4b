"""The session form: log or edit a practice delivery. Save is one service call, so one transaction."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QCompleter, QDialog, QInputDialog, QLabel, QListWidgetItem, QPushButton, QWidget

from trainercoach import words
from trainercoach.gui.formats import datetime_edit_format
from trainercoach.gui.forms.ui_session_dialog import Ui_SessionDialog
from trainercoach.gui.operations import Beside, run_op
from trainercoach.models import AUDIENCES, METHODS
from trainercoach.records.sessions import DeliveryDetail, DeliveryForm
from trainercoach.services import Coach


def to_qdatetime(value: datetime) -> QDateTime:
    return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))


def from_qdatetime(value: QDateTime) -> datetime:
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


class SessionDialog(QDialog):
    """Add (``delivery_id`` None, optionally for ``candidate_id``) or edit a session."""

    def __init__(self, coach: Coach, delivery_id: int | None = None, *, candidate_id: int | None = None,
                 new_candidate: Callable[[QWidget], int | None] | None = None,
                 parent: QWidget | None = None) -> None:
        """``new_candidate(parent)`` opens the candidate form and returns the new candidate's id (None: not
        added); given by the window that opens this form, so the two forms need not import each other."""
        super().__init__(parent)
        self.coach = coach
        self._new_candidate = new_candidate
        self.delivery_id = delivery_id
        self.detail: DeliveryDetail | None = None
        self.ui = Ui_SessionDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.startsAtEdit.setDisplayFormat(datetime_edit_format())  # the interface's dates, as every list writes them
        self._field_errors: dict[str, QLabel] = {
            "candidate": ui.candidateError, "starts_at": ui.startsAtError, "topic": ui.topicError,
            "method": ui.methodError, "audience": ui.audienceError, "trainees": ui.traineesError,
            "duration": ui.durationError, "asset": ui.assetError, "observers": ui.observersError,
            "recording_link": ui.recordingLinkError,
        }
        for text, value in words.choices(words.METHODS, METHODS):
            ui.methodCombo.addItem(text, value)
        for text, value in words.choices(words.AUDIENCES, AUDIENCES):
            ui.audienceCombo.addItem(text, value)
        ui.newAssetButton.clicked.connect(self.new_asset)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        if delivery_id is None:
            self.setWindowTitle(self.tr("New session"))
            ui.headerLabel.setText(self.tr("Log a practice delivery: who gave it, when, on what, to whom. "
                                           "Trainee feedback and observations are added to it afterwards."))
            now = datetime.now().replace(second=0, microsecond=0)
            form = DeliveryForm(candidate_id=candidate_id, starts_at=now.replace(minute=0))
        else:
            self.detail = coach.deliveries.get(delivery_id)
            form = self.detail.form
            self.setWindowTitle(self.tr("Session {code}").format(code=self.detail.code))
            ui.headerLabel.setText(self.tr("Session code {code}: trainees type it in the kiosk and it is "
                                           "printed on paper feedback forms.").format(code=self.detail.code))
        self._fill_candidates(form.candidate_id)
        self.add_candidate_button: QPushButton | None = None
        if delivery_id is None and self.ui.candidateCombo.count() <= 1 and new_candidate is not None:
            self._offer_a_candidate()
        self._fill_assets(form.asset_id)
        self._fill_observers(form.observer_ids)
        self.load_form(form)
        (ui.topicEdit if candidate_id is not None or delivery_id is not None else ui.candidateCombo).setFocus()

    # -- filling ---------------------------------------------------------------------------------
    def _fill_candidates(self, current: int | None) -> None:
        combo = self.ui.candidateCombo
        combo.clear()
        combo.addItem("", None)
        for row in self.coach.candidates.list(include_archived=True):
            if row.archived and row.id != current:
                continue
            combo.addItem(row.name, row.id)
        completer = QCompleter(combo.model(), combo)
        completer.setCompletionColumn(0)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        combo.setCompleter(completer)
        combo.lineEdit().setPlaceholderText(self.tr("Type a name to find the candidate"))
        index = combo.findData(current)
        combo.setCurrentIndex(index if index >= 0 else 0)

    def _offer_a_candidate(self) -> None:
        """An empty database opened New session on an empty candidate list, with no word why: say that a session
        is a candidate's practice delivery and offer to add the candidate here."""
        self.ui.headerLabel.setText(self.tr(
            "There are no candidates yet. A session is a practice delivery that a trainer candidate gives: "
            "add the candidate first, then log the session."))
        button = QPushButton(self.tr("&Add a candidate…"), self)
        button.clicked.connect(self.add_candidate)
        self.ui.dialogLayout.insertWidget(1, button, 0, Qt.AlignmentFlag.AlignLeft)
        self.add_candidate_button = button
        button.setFocus()

    def add_candidate(self) -> None:
        """The candidate form, from here; the new candidate is then the session's."""
        added = self._new_candidate(self) if self._new_candidate is not None else None
        if added is not None:
            self._fill_candidates(added)
            self.ui.headerLabel.setText(self.tr("Log a practice delivery: who gave it, when, on what, to whom. "
                                                "Trainee feedback and observations are added to it afterwards."))
            if self.add_candidate_button is not None:
                self.add_candidate_button.hide()
            self.ui.topicEdit.setFocus()

    def _fill_assets(self, current: int | None) -> None:
        combo = self.ui.assetCombo
        combo.clear()
        combo.addItem(self.tr("— none —"), None)
        for asset in self.coach.assets.list():
            combo.addItem(asset.title, asset.id)
        index = combo.findData(current)
        combo.setCurrentIndex(index if index >= 0 else 0)

    def _fill_observers(self, chosen: list[int]) -> None:
        listing = self.ui.observersList
        listing.clear()
        people = {p.id: p for p in self.coach.people.mentors()}
        for person in self.coach.people.list():
            # Anyone already chosen stays visible, even if their role changed since.
            if person.id not in people and person.id not in chosen:
                continue
            item = QListWidgetItem(person.name, listing)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if person.id in chosen else Qt.CheckState.Unchecked)

    def load_form(self, form: DeliveryForm) -> None:
        ui = self.ui
        if form.starts_at is not None:
            ui.startsAtEdit.setDateTime(to_qdatetime(form.starts_at))
        ui.topicEdit.setText(form.topic)
        ui.methodCombo.setCurrentIndex(max(0, ui.methodCombo.findData(form.method)))
        ui.audienceCombo.setCurrentIndex(max(0, ui.audienceCombo.findData(form.audience)))
        ui.traineesSpin.setValue(form.trainees)
        ui.durationSpin.setValue(form.duration_minutes)
        ui.notesEdit.setPlainText(form.notes)
        ui.recordingLinkEdit.setText(form.recording_link)
        self.show_errors({})

    # -- reading ---------------------------------------------------------------------------------
    def candidate_id(self) -> int | None:
        """The candidate whose name is in the box: typed text counts only when it names one exactly."""
        combo = self.ui.candidateCombo
        text = combo.currentText().strip()
        if not text:
            return None
        index = combo.findText(text, Qt.MatchFlag.MatchFixedString)
        return combo.itemData(index) if index >= 0 else None

    def observer_ids(self) -> list[int]:
        listing = self.ui.observersList
        return [listing.item(i).data(Qt.ItemDataRole.UserRole) for i in range(listing.count())
                if listing.item(i).checkState() == Qt.CheckState.Checked]

    def form(self) -> DeliveryForm:
        ui = self.ui
        return DeliveryForm(
            candidate_id=self.candidate_id(), starts_at=from_qdatetime(ui.startsAtEdit.dateTime()),
            topic=ui.topicEdit.text(), method=ui.methodCombo.currentData(), audience=ui.audienceCombo.currentData(),
            trainees=ui.traineesSpin.value(), duration_minutes=ui.durationSpin.value(),
            asset_id=ui.assetCombo.currentData(), observer_ids=self.observer_ids(), notes=ui.notesEdit.toPlainText(),
            recording_link=ui.recordingLinkEdit.text(),
        )

    # -- actions ---------------------------------------------------------------------------------
    def new_asset(self) -> None:
        title, ok = QInputDialog.getText(self, self.tr("New training asset"),
                                         self.tr("Title of the material the session uses:"))
        if not ok:
            return
        outcome = run_op(self, self.coach, lambda: self.coach.assets.add(title), form=Beside(self, "asset"))
        if not outcome.ok:
            return
        self._fill_assets(outcome.result)
        self.show_errors({})

    def show_errors(self, errors: dict[str, str]) -> None:
        for shown in self._field_errors.values():
            shown.clear()
            shown.setVisible(False)
        general: list[str] = []
        for key, message in errors.items():
            label = self._field_errors.get(key)
            if label is None:
                general.append(message)
                continue
            label.setText(message)
            label.setVisible(True)
        self.ui.formError.setText("\n".join(general))
        self.ui.formError.setVisible(bool(general))
        focus = {"candidate": self.ui.candidateCombo, "topic": self.ui.topicEdit, "starts_at": self.ui.startsAtEdit,
                 "trainees": self.ui.traineesSpin, "duration": self.ui.durationSpin,
                 "observers": self.ui.observersList, "asset": self.ui.assetCombo,
                 "recording_link": self.ui.recordingLinkEdit}
        for key in errors:
            if key in focus:
                focus[key].setFocus()
                break

    def save(self) -> None:
        """Validate and write in one transaction; on a refusal nothing is written and the form stays open."""
        def write(expected: int | None) -> None:
            if self.delivery_id is None:
                self.delivery_id = self.coach.deliveries.add(self.form())
            else:
                self.coach.deliveries.update(self.delivery_id, self.form(), expected_version=expected)

        expected = self.detail.version if self.detail is not None else None
        if run_op(self, self.coach, lambda: write(expected), form=self, retry=write, labels=self._field_labels(),
                  take_theirs=self.take_saved, not_saved=self.tr("Not saved: someone else changed this session.")).ok:
            self.accept()

    def _field_labels(self) -> dict[str, str]:
        """The form's own words for the fields a conflict names."""
        return {"candidate": self.tr("Candidate"), "topic": self.tr("Topic"), "starts_at": self.tr("Date"),
                "method": self.tr("Delivery method"), "audience": self.tr("Audience"),
                "trainees": self.tr("Trainees"), "duration": self.tr("Duration"),
                "observers": self.tr("Observers"), "asset": self.tr("Training asset"), "notes": self.tr("Notes"),
                "recording_link": self.tr("Recording link")}

    def take_saved(self) -> None:
        """The version in the database into the form, in place of what was typed."""
        assert self.delivery_id is not None
        self.detail = self.coach.deliveries.get(self.delivery_id)
        form = self.detail.form
        self._fill_candidates(form.candidate_id)
        self._fill_assets(form.asset_id)
        self._fill_observers(form.observer_ids)
        self.load_form(form)
