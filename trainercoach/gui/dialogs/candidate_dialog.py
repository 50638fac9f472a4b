"""The candidate form: profile, the guide's four selection traits, milestones, the stage timeline, the
candidate's own sessions and action items, and their effectiveness (trend, readiness, certifications)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QWidget,
)

from trainercoach import words
from trainercoach.errors import TrainerCoachError
from trainercoach.gui.formats import datetime_text, number_text
from trainercoach.gui.forms.ui_candidate_dialog import Ui_CandidateDialog
from trainercoach.gui.messages import show_error
from trainercoach.gui.modal import run_dialog
from trainercoach.gui.models.action_items import TEXT, CandidateActionsModel
from trainercoach.gui.models.session_table import ID_ROLE, SessionSortModel, SessionTableModel
from trainercoach.gui.operations import run_op
from trainercoach.models import COMPONENTS, MILESTONE_STATUSES, TRAITS
from trainercoach.records.candidates import CandidateDetail, MilestoneRecord
from trainercoach.services import CandidateForm, Coach, TraitEntry
from trainercoach.services.candidates import selection_score


def _camel(key: str) -> str:
    first, *rest = key.split("_")
    return first + "".join(part.title() for part in rest)


class CandidateDialog(QDialog):
    """Add (``candidate_id`` None) or edit a candidate. Save is one service call: one transaction."""

    def __init__(self, coach: Coach, candidate_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.coach = coach
        self.candidate_id = candidate_id
        self.detail: CandidateDetail | None = None
        self.changed_elsewhere = False  # a sign-off or certification saved from the Effectiveness tab
        self.ui = Ui_CandidateDialog()
        self.ui.setupUi(self)
        self._field_errors: dict[str, QLabel] = {
            "name": self.ui.nameError, "email": self.ui.emailError,
            "employment": self.ui.vendorCompanyError, "vendor_company": self.ui.vendorCompanyError,
            "hire_date": self.ui.hireDateError, "nominated_by": self.ui.nominatedByError,
            "nominated_on": self.ui.nominatedOnError, "mentor": self.ui.mentorError,
            **{f"trait:{t}": getattr(self.ui, f"{t}Error") for t in TRAITS},
            **{f"milestone:{c}": getattr(self.ui, f"{_camel(c)}Error") for c in COMPONENTS},
        }
        self._fill_people()
        for component in COMPONENTS:
            combo: QComboBox = getattr(self.ui, f"{_camel(component)}Status")
            for text, status in words.choices(words.MILESTONE_STATUS, MILESTONE_STATUSES):
                combo.addItem(text, status)
            getattr(self.ui, f"{_camel(component)}Label").setText(words.word(words.COMPONENTS, component))
        for trait in TRAITS:
            getattr(self.ui, f"{trait}Label").setText(words.word(words.TRAITS, trait))
            getattr(self.ui, f"{trait}Score").valueChanged.connect(self._show_selection_score)
        # The words for stored values come from the core (trainercoach/words.py), as the PDFs' do.
        self.ui.employeeRadio.setText(words.word(words.EMPLOYMENT, "employee"))
        self.ui.vendorRadio.setText(words.word(words.EMPLOYMENT, "vendor"))
        self.ui.vendorRadio.toggled.connect(self.ui.vendorCompanyEdit.setEnabled)
        self.ui.vendorCompanyEdit.setEnabled(False)
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.exportEvaluationButton.clicked.connect(self.export_evaluation)
        self.timeline = QStandardItemModel(0, 5, self)
        self.timeline.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("From"), self.tr("To"), self.tr("By"), self.tr("Why")]
        )
        self.ui.timelineView.setModel(self.timeline)
        if candidate_id is None:
            self.setWindowTitle(self.tr("New candidate"))
            self.ui.headerLabel.setText(self.tr("Nominate an agent as a trainer candidate. "
                                                "They start in the first stage of the pipeline."))
            self.load_form(CandidateForm(nominated_on=date.today()), [])
            self.ui.tabs.removeTab(self.ui.tabs.indexOf(self.ui.timelineTab))
            self.ui.tabs.removeTab(self.ui.tabs.indexOf(self.ui.sessionsTab))
            self.ui.tabs.removeTab(self.ui.tabs.indexOf(self.ui.effectivenessTab))
            self.ui.exportEvaluationButton.hide()  # nothing to evaluate before the candidate is saved
        else:
            self._set_up_sessions()
            self._set_up_effectiveness(candidate_id)
            self.reload()
        self.ui.nameEdit.setFocus()

    # -- effectiveness ---------------------------------------------------------------------------
    def _set_up_effectiveness(self, candidate_id: int) -> None:
        """Charts are drawn when the tab is first opened: most visits to a candidate are for the profile."""
        from trainercoach.gui.views.candidate_effectiveness import CandidateEffectivenessPanel

        self.effectiveness = CandidateEffectivenessPanel(self.coach, candidate_id)
        self.effectiveness.changed.connect(self._effectiveness_changed)
        self.ui.effectivenessLayout.addWidget(self.effectiveness)
        self.ui.tabs.currentChanged.connect(self._tab_changed)

    def _tab_changed(self, index: int) -> None:
        if self.ui.tabs.widget(index) is self.ui.effectivenessTab and not self.effectiveness.loaded:
            self.effectiveness.reload()

    def show_effectiveness(self) -> None:
        self.ui.tabs.setCurrentWidget(self.ui.effectivenessTab)
        if not self.effectiveness.loaded:
            self.effectiveness.reload()

    def _effectiveness_changed(self) -> None:
        self.changed_elsewhere = True

    def export_evaluation(self) -> None:
        """The evaluation reads the database: edits not yet saved in this form are not in it."""
        from trainercoach.gui.dialogs.export_dialog import export_evaluation

        if self.candidate_id is not None:
            export_evaluation(self.coach, self.candidate_id, self)

    # -- sessions and action items --------------------------------------------------------------
    def _set_up_sessions(self) -> None:
        ui = self.ui
        self.sessions = SessionTableModel(self)
        self.sessions_proxy = SessionSortModel(self)
        self.sessions_proxy.setSourceModel(self.sessions)
        ui.candidateSessionsView.setModel(self.sessions_proxy)
        ui.candidateSessionsView.verticalHeader().hide()
        ui.candidateSessionsView.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        for column in ("candidate", "code"):
            ui.candidateSessionsView.hideColumn(SessionTableModel.COLUMNS.index(column))
        header = ui.candidateSessionsView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SessionTableModel.COLUMNS.index("topic"), QHeaderView.ResizeMode.Stretch)
        ui.candidateSessionsView.activated.connect(lambda index: self.open_session(index.data(ID_ROLE)))
        ui.newSessionButton.clicked.connect(self.new_session)
        # A session found here could be opened but not observed or given feedback without going to the
        # Sessions page: the two everyday actions on the selected session, beside New session.
        self.observe_button = QPushButton(self.tr("O&bserve…"), self)
        self.feedback_button = QPushButton(self.tr("Enter &feedback…"), self)
        for button in (self.observe_button, self.feedback_button):  # both before New session
            ui.sessionsHeadLayout.insertWidget(ui.sessionsHeadLayout.indexOf(ui.newSessionButton), button)
            button.setEnabled(False)
        self.observe_button.clicked.connect(self.observe_session)
        self.feedback_button.clicked.connect(self.enter_feedback)
        ui.candidateSessionsView.selectionModel().currentRowChanged.connect(self._session_chosen)
        self.action_items = CandidateActionsModel(self.set_action_done, self)
        ui.candidateActionsView.setModel(self.action_items)
        ui.candidateActionsView.verticalHeader().hide()
        actions_header = ui.candidateActionsView.horizontalHeader()
        actions_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        actions_header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)

    def reload_sessions(self) -> None:
        assert self.candidate_id is not None
        rows = self.coach.deliveries.list(candidate_id=self.candidate_id)
        self.sessions.set_rows(rows)
        items = self.coach.action_items.list(candidate_id=self.candidate_id)
        self.action_items.set_items(items)
        overdue = sum(1 for item in items if item.overdue())
        title = self.tr("Sessions ({n})").format(n=len(rows))
        if overdue:
            title += self.tr(" · %n overdue", "", overdue)
        self.ui.tabs.setTabText(self.ui.tabs.indexOf(self.ui.sessionsTab), title)

    def open_session(self, delivery_id: int) -> None:
        from trainercoach.gui.dialogs.session_dialog import SessionDialog

        try:
            dialog = SessionDialog(self.coach, delivery_id, parent=self)
        except TrainerCoachError as error:
            show_error(self, error)
        else:
            run_dialog(dialog)
        self.reload_sessions()

    def _selected_session(self) -> int | None:
        index = self.ui.candidateSessionsView.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def _session_chosen(self, *_: object) -> None:
        chosen = self._selected_session() is not None
        self.observe_button.setEnabled(chosen)
        self.feedback_button.setEnabled(chosen)

    def _reload_keeping(self, delivery_id: int) -> None:
        """Read the sessions again with the same one still chosen, for the next action on it."""
        self.reload_sessions()
        view = self.ui.candidateSessionsView
        for row in range(self.sessions_proxy.rowCount()):
            index = self.sessions_proxy.index(row, SessionTableModel.COLUMNS.index("topic"))
            if index.data(ID_ROLE) == delivery_id:
                view.setCurrentIndex(index)
                break

    def observe_session(self) -> None:
        """Score the selected session against the rubric (the observation dialog saves through its operation)."""
        from trainercoach.gui.dialogs.observation_dialog import ObservationDialog

        delivery_id = self._selected_session()
        if delivery_id is not None:
            run_dialog(ObservationDialog(self.coach, delivery_id, parent=self))
            self._reload_keeping(delivery_id)

    def enter_feedback(self) -> None:
        """Type the selected session's paper feedback forms."""
        from trainercoach.gui.dialogs.feedback_entry_dialog import FeedbackEntryDialog

        delivery_id = self._selected_session()
        if delivery_id is not None:
            run_dialog(FeedbackEntryDialog(self.coach, delivery_id, self))
            self._reload_keeping(delivery_id)

    def new_session(self) -> None:
        from trainercoach.gui.dialogs.session_dialog import SessionDialog

        run_dialog(SessionDialog(self.coach, candidate_id=self.candidate_id, parent=self))
        self.reload_sessions()

    def set_action_done(self, item_id: int, done: bool) -> None:
        """Saved at once, apart from the form: an item is done whether or not the profile is saved."""
        run_op(self, self.coach, lambda: self.coach.action_items.set_done(item_id, done))
        self.reload_sessions()

    # -- filling ---------------------------------------------------------------------------------
    def _fill_people(self) -> None:
        people = self.coach.people.mentors()
        for combo in (self.ui.mentorCombo, self.ui.nominatedByCombo):
            combo.clear()
            combo.addItem(self.tr("— nobody yet —"), None)
            for person in people:
                combo.addItem(person.name, person.id)

    def reload(self) -> None:
        assert self.candidate_id is not None
        self.detail = self.coach.candidates.get(self.candidate_id)
        self.setWindowTitle(self.detail.form.name)
        days = (date.today() - self.detail.timeline[0].moved_at.date()).days if self.detail.timeline else 0
        header = self.tr("<b>{name}</b> — {stage}, {days} days in this stage").format(
            name=_html(self.detail.form.name), stage=_html(self.detail.stage_name), days=days)
        if self.detail.archived_at:
            header += self.tr(" (archived)")
        self.ui.headerLabel.setText(header)
        self.load_form(self.detail.form, self.detail.milestones)
        self.timeline.removeRows(0, self.timeline.rowCount())
        for move in self.detail.timeline:
            cells = [datetime_text(move.moved_at), move.from_stage or "—", move.to_stage,
                     move.moved_by, move.reason]
            items = [QStandardItem(text) for text in cells]
            for item in items:
                item.setEditable(False)
                item.setToolTip(item.text())
            self.timeline.appendRow(items)
        header = self.ui.timelineView.header()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.reload_sessions()

    def load_form(self, form: CandidateForm, milestones: list[MilestoneRecord]) -> None:
        ui = self.ui
        ui.nameEdit.setText(form.name)
        ui.emailEdit.setText(form.email)
        ui.teamEdit.setText(form.team)
        ui.siteEdit.setText(form.site)
        ui.languagesEdit.setText(form.languages)
        (ui.vendorRadio if form.employment == "vendor" else ui.employeeRadio).setChecked(True)
        ui.vendorCompanyEdit.setText(form.vendor_company)
        ui.hireDateEdit.setValue(form.hire_date)
        ui.nominatedOnEdit.setValue(form.nominated_on)
        # A retired mentor or nominator is no longer offered, but stays on the candidates they already have.
        names = {p.id: p.name for p in self.coach.people.list()} if (form.nominated_by_id or form.mentor_id) else {}
        for chooser, person_id in ((ui.nominatedByCombo, form.nominated_by_id), (ui.mentorCombo, form.mentor_id)):
            if person_id is not None and chooser.findData(person_id) < 0 and person_id in names:
                chooser.addItem(names[person_id], person_id)
        _select(ui.nominatedByCombo, form.nominated_by_id)
        _select(ui.mentorCombo, form.mentor_id)
        ui.notesEdit.setPlainText(form.notes)
        for trait in TRAITS:
            entry = form.traits.get(trait, TraitEntry())
            getattr(ui, f"{trait}Score").setValue(entry.score or 0)
            getattr(ui, f"{trait}Note").setText(entry.note)
            getattr(ui, f"{trait}Note").setCursorPosition(0)  # show where the note begins
        by_component = {m.component: m for m in milestones}
        for component in COMPONENTS:
            record = by_component.get(component, MilestoneRecord(component, "not_started", None, ""))
            name = _camel(component)
            combo: QComboBox = getattr(ui, f"{name}Status")
            combo.setCurrentIndex(max(0, combo.findData(record.status)))
            getattr(ui, f"{name}Date").setValue(record.on_date)
            getattr(ui, f"{name}Evidence").setText(record.evidence)
            getattr(ui, f"{name}Evidence").setCursorPosition(0)
        self._show_selection_score()
        self.show_errors({})

    # -- reading ---------------------------------------------------------------------------------
    def form(self) -> CandidateForm:
        ui = self.ui
        return CandidateForm(
            name=ui.nameEdit.text(), email=ui.emailEdit.text(), team=ui.teamEdit.text(),
            site=ui.siteEdit.text(), languages=ui.languagesEdit.text(),
            employment="vendor" if ui.vendorRadio.isChecked() else "employee",
            vendor_company=ui.vendorCompanyEdit.text(), hire_date=ui.hireDateEdit.value(),
            nominated_by_id=ui.nominatedByCombo.currentData(), nominated_on=ui.nominatedOnEdit.value(),
            mentor_id=ui.mentorCombo.currentData(), notes=ui.notesEdit.toPlainText(),
            traits={
                t: TraitEntry(getattr(ui, f"{t}Score").value() or None, getattr(ui, f"{t}Note").text())
                for t in TRAITS
            },
        )

    def milestones(self) -> list[MilestoneRecord]:
        records = []
        for component in COMPONENTS:
            name = _camel(component)
            records.append(MilestoneRecord(
                component, getattr(self.ui, f"{name}Status").currentData(),
                getattr(self.ui, f"{name}Date").value(), getattr(self.ui, f"{name}Evidence").text(),
            ))
        return records

    def _show_selection_score(self) -> None:
        score = selection_score(self.form().traits)
        self.ui.selectionScoreLabel.setText(
            self.tr("Selection score: {score} (mean of the scored traits)").format(score=number_text(score))
            if score is not None else self.tr("Selection score: not scored yet")
        )

    # -- saving ----------------------------------------------------------------------------------
    def show_errors(self, errors: dict[str, str]) -> None:
        for shown in set(self._field_errors.values()):
            shown.clear()
            shown.setVisible(False)
        general: list[str] = []
        for key, message in errors.items():
            label = self._field_errors.get(key)
            if label is None:
                general.append(message)
                continue
            label.setText(message if not label.text() else f"{label.text()}\n{message}")
            label.setVisible(True)
        self.ui.formError.setText("\n".join(general))
        self.ui.formError.setVisible(bool(general))
        if errors:
            self._focus_first_error(errors)

    def _focus_first_error(self, errors: dict[str, str]) -> None:
        key = next(iter(errors))
        if key.startswith("trait:"):
            self.ui.tabs.setCurrentWidget(self.ui.traitsTab)
        elif key.startswith("milestone:"):
            self.ui.tabs.setCurrentWidget(self.ui.milestonesTab)
        elif key in self._field_errors:
            self.ui.tabs.setCurrentWidget(self.ui.profileTab)
        focus = {"name": self.ui.nameEdit, "email": self.ui.emailEdit, "mentor": self.ui.mentorCombo,
                 "vendor_company": self.ui.vendorCompanyEdit, "hire_date": self.ui.hireDateEdit,
                 "nominated_on": self.ui.nominatedOnEdit}.get(key)
        if focus is not None:
            focus.setFocus()

    def _date_problems(self) -> dict[str, str]:
        """Typed text that is not a date, by the field whose error label shows it: refused here rather than
        saved as no date."""
        edits = {"hire_date": self.ui.hireDateEdit, "nominated_on": self.ui.nominatedOnEdit,
                 **{f"milestone:{c}": getattr(self.ui, f"{_camel(c)}Date") for c in COMPONENTS}}
        return {key: problem for key, edit in edits.items() if (problem := edit.problem())}

    def save(self) -> None:
        """Validate and write in one transaction; on a refusal nothing is written and the form stays open."""
        if problems := self._date_problems():
            self.show_errors(problems)
            return
        def write(expected: int | None) -> None:
            if self.candidate_id is None:
                self.candidate_id = self.coach.candidates.add(self.form(), milestones=self.milestones())
            else:
                self.coach.candidates.update(self.candidate_id, self.form(), milestones=self.milestones(),
                                             expected_version=expected)

        expected = self.detail.version if self.detail is not None else None
        if run_op(self, self.coach, lambda: write(expected), form=self, retry=write, labels=self._field_labels(),
                  take_theirs=self.reload, not_saved=self.tr("Not saved: someone else changed this candidate.")).ok:
            self.accept()

    def _field_labels(self) -> dict[str, str]:
        """The form's own words for the fields a conflict names."""
        return {"name": self.tr("Name"), "email": self.tr("Email"), "team": self.tr("Team"), "site": self.tr("Site"),
                "languages": self.tr("Languages"), "employment": self.tr("Employment"),
                "vendor_company": self.tr("Vendor company"), "hire_date": self.tr("Hire date"),
                "nominated_by": self.tr("Nominated by"), "nominated_on": self.tr("Nominated on"),
                "mentor": self.tr("Mentor"), "notes": self.tr("Notes")}


def _select(combo: QComboBox, value: int | None) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(index if index >= 0 else 0)


def _html(text: str) -> str:
    from html import escape

    return escape(text)


__all__ = ["CandidateDialog", "Qt", "QDialogButtonBox"]
