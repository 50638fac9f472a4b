"""The training asset editor (issue 20): the asset's fields, each refusal beside its field; and for a saved asset
its state (stale or not, last review), marking it reviewed, its version history with a new version, and agents'
feedback on the material with its mean rating, n and 95% interval, and beside it what trainees thought and learned
in the sessions that used each version (services/asset_use.py). Every write goes through ``run_op``."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from trainercoach.analytics.stats import Estimate
from trainercoach.gui.formats import date_text, datetime_text, score_text
from trainercoach.gui.modal import run_dialog
from trainercoach.gui.models.calibration_models import interval_text
from trainercoach.gui.models.rows_model import RowsModel, TextRow
from trainercoach.gui.operations import InLabel, run_op
from trainercoach.gui.widgets.dates import OptionalDateEdit
from trainercoach.gui.widgets.tables import page_table
from trainercoach.records.asset_use import VersionReception
from trainercoach.records.assets import AssetDetail, AssetForm
from trainercoach.services import Coach
from trainercoach.services.asset_checks import split_languages


def _error_label() -> QLabel:
    label = QLabel()
    label.setProperty("class", "error")
    label.setStyleSheet("color: #b42318;")
    label.setWordWrap(True)
    label.hide()
    return label


class AssetDialog(QDialog):
    """A new asset (``asset_id`` None) or an existing one; ``asset_id`` holds the asset once saved."""

    def __init__(self, coach: Coach, asset_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.coach = coach
        self.asset_id = asset_id
        self.version: int | None = None
        self.detail: AssetDetail | None = None
        self.setWindowTitle(self.tr("Training asset"))
        self.resize(1180, 860)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.title_edit = QLineEdit()
        self.owner_combo = QComboBox()
        self.owner_combo.addItem(self.tr("(nobody)"), None)
        for person in coach.people.mentors():
            self.owner_combo.addItem(person.name, person.id)
        self.template_edit = QLineEdit()
        self.template_edit.setPlaceholderText(self.tr("The standard template it follows, e.g. Classroom deck v3"))
        self.languages_edit = QLineEdit()
        self.languages_edit.setPlaceholderText(self.tr("Language codes, e.g. en, el, zh_CN"))
        self.link_edit = QLineEdit()
        self.link_edit.setPlaceholderText("https://kb.example.com/…")
        self.article_date = OptionalDateEdit()
        mix = QWidget()
        mix_row = QHBoxLayout(mix)
        mix_row.setContentsMargins(0, 0, 0, 0)
        self.mix_boxes = {key: QCheckBox(label) for key, label in (
            ("has_text", self.tr("Text")), ("has_visual", self.tr("Visual")), ("has_hands_on", self.tr("Hands-on")),
            ("has_mock_tickets", self.tr("Mock tickets")))}
        for box in self.mix_boxes.values():
            mix_row.addWidget(box)
        mix_row.addStretch(1)
        self.review_due = OptionalDateEdit()
        self.errors = {key: _error_label() for key in ("title", "owner", "template", "languages", "link",
                                                      "article_changed_on", "mix", "review_due", "form")}
        for key, caption, widget in (
                ("title", self.tr("Title"), self.title_edit), ("owner", self.tr("Owner"), self.owner_combo),
                ("template", self.tr("Template used"), self.template_edit),
                ("languages", self.tr("Languages"), self.languages_edit),
                ("link", self.tr("Knowledge-base article"), self.link_edit),
                ("article_changed_on", self.tr("Article last changed"), self.article_date),
                ("mix", self.tr("Content mix"), mix), ("review_due", self.tr("Review due"), self.review_due)):
            holder = QWidget()
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(widget)
            column.addWidget(self.errors[key])
            form.addRow(caption, holder)
        layout.addLayout(form)
        layout.addWidget(self.errors["form"])

        self.history = QWidget()
        history = QVBoxLayout(self.history)
        history.setContentsMargins(0, 0, 0, 0)
        review_box = QGroupBox(self.tr("Review"))
        review = QVBoxLayout(review_box)
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        # A wrapped label in a group box is given one line's height when the dialog is tight: room for three.
        self.state_label.setMinimumHeight(self.state_label.fontMetrics().lineSpacing() * 3)
        review.addWidget(self.state_label)
        review_row = QHBoxLayout()
        review_row.addWidget(QLabel(self.tr("Next review due:")))
        self.next_due = OptionalDateEdit()
        review_row.addWidget(self.next_due, 1)
        self.review_button = QPushButton(self.tr("Mark reviewed today"))
        self.review_button.setToolTip(self.tr("You checked the asset against its article today"))
        self.review_button.clicked.connect(self.mark_reviewed)
        review_row.addWidget(self.review_button)
        review.addLayout(review_row)
        self.review_error = _error_label()
        review.addWidget(self.review_error)
        history.addWidget(review_box)

        versions_box = QGroupBox(self.tr("Version history"))
        versions = QVBoxLayout(versions_box)
        self.versions = RowsModel([self.tr("Version"), self.tr("When"), self.tr("By"), self.tr("What changed")],
                                  parent=self)
        self.versions_view = page_table(self.versions)
        versions.addWidget(self.versions_view)
        new_version = QHBoxLayout()
        self.label_edit = QLineEdit()
        self.label_edit.setPlaceholderText(self.tr("Label, e.g. 2.0"))
        self.label_edit.setMaximumWidth(140)
        self.changes_edit = QLineEdit()
        self.changes_edit.setPlaceholderText(self.tr("What changed in this version"))
        self.version_button = QPushButton(self.tr("Add version"))
        self.version_button.clicked.connect(self.add_version)
        for widget in (self.label_edit, self.changes_edit, self.version_button):
            new_version.addWidget(widget, 1 if widget is self.changes_edit else 0)
        versions.addLayout(new_version)
        self.version_error = _error_label()
        versions.addWidget(self.version_error)
        history.addWidget(versions_box)

        feedback_box = QGroupBox(self.tr("Agents' feedback on the material"))
        feedback = QVBoxLayout(feedback_box)
        self.rating_label = QLabel()
        self.rating_label.setWordWrap(True)
        feedback.addWidget(self.rating_label)
        self.feedback = RowsModel([self.tr("When"), self.tr("Rating"), self.tr("Comment"), self.tr("Session"),
                                   self.tr("Entered by")], numeric=(1,), parent=self)
        self.feedback_view = page_table(self.feedback, stretch=2)
        feedback.addWidget(self.feedback_view)
        new_feedback = QHBoxLayout()
        self.rating_combo = QComboBox()
        self.rating_combo.addItem(self.tr("No rating"), None)
        for value in range(5, 0, -1):
            self.rating_combo.addItem("★" * value, value)
        self.comment_edit = QPlainTextEdit()
        self.comment_edit.setPlaceholderText(self.tr("What the agent said about the material"))
        self.comment_edit.setMaximumHeight(60)
        self.feedback_button = QPushButton(self.tr("Add feedback"))
        self.feedback_button.clicked.connect(self.add_feedback)
        new_feedback.addWidget(self.rating_combo)
        new_feedback.addWidget(self.comment_edit, 1)
        new_feedback.addWidget(self.feedback_button)
        feedback.addLayout(new_feedback)
        self.feedback_error = _error_label()
        feedback.addWidget(self.feedback_error)
        beside = QHBoxLayout()
        beside.addWidget(feedback_box, 2)
        beside.addWidget(self._reception_box(), 3)
        history.addLayout(beside, 1)
        history.addStretch(1)
        # A long history (many versions, many comments) scrolls rather than squeezing its tables over its buttons.
        self.history_scroll = QScrollArea()
        self.history_scroll.setWidgetResizable(True)
        self.history_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.history_scroll.setWidget(self.history)
        layout.addWidget(self.history_scroll, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if asset_id is None:
            self.mix_boxes["has_text"].setChecked(True)
            found = self.owner_combo.findData(coach.settings.you())
            self.owner_combo.setCurrentIndex(max(found, 0))
            self.history_scroll.hide()
        else:
            self.load()

    def _reception_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("What trainees thought, per version"))
        column = QVBoxLayout(box)
        self.reception_note = (self.tr("The sessions that used the asset, under the version current on "
                                              "their date: trainees' overall rating (1–5) and their learning gain "
                                              "(after − before, in points of the check's maximum), each with n and "
                                              "its 95% interval."))
        self.reception_label = QLabel(self.reception_note)
        self.reception_label.setWordWrap(True)
        self.reception_label.setProperty("class", "hint")
        column.addWidget(self.reception_label)
        self.reception = RowsModel([self.tr("Version"), self.tr("Sessions"), self.tr("Forms"),
                                    self.tr("Overall rating"), self.tr("Learning gain")],
                                   numeric=(1, 2), parent=self)
        self.reception_view = page_table(self.reception)
        column.addWidget(self.reception_view)
        column.addStretch(1)
        return box

    def _show_reception(self, rows: list[VersionReception]) -> None:
        def shown(value: Estimate, signed: bool) -> str:
            if value.mean is None:
                return "—"
            return f"{interval_text(value.mean, value.low, value.high, signed=signed)} (n = {value.n})"

        self.reception.set_rows([TextRow(i, [
            r.label or self.tr("before the first version"), str(r.sessions), str(r.forms), shown(r.overall, False),
            shown(r.learning, True)]) for i, r in enumerate(rows)])
        self.reception_label.setText(self.reception_note if rows else
                                     self.tr("No session has used this asset yet."))

    # -- reading -----------------------------------------------------------------------------------
    def load(self, *, fields: bool = True) -> None:
        """Read the asset again; ``fields`` False keeps what the person has typed and refreshes the rest."""
        assert self.asset_id is not None
        detail = self.detail = self.coach.assets.get(self.asset_id)
        record, form = detail.record, detail.form
        self.version = record.version
        self.setWindowTitle(self.tr("Training asset: {title}").format(title=form.title))
        if fields:
            self.title_edit.setText(form.title)
            found = self.owner_combo.findData(form.owner_id)
            if found < 0 and form.owner_id is not None:
                self.owner_combo.addItem(record.owner_name, form.owner_id)
                found = self.owner_combo.count() - 1
            self.owner_combo.setCurrentIndex(max(found, 0))
            self.template_edit.setText(form.template)
            self.languages_edit.setText(", ".join(form.languages))
            self.link_edit.setText(form.link)
            self.article_date.setValue(form.article_changed_on)
            for key, box in self.mix_boxes.items():
                box.setChecked(bool(getattr(form, key)))
        self.review_due.setValue(form.review_due)
        self.history_scroll.show()
        if record.stale:
            state = self.tr("Stale: the article changed on {changed}, after the last review ({reviewed}). Check "
                            "the asset against it, then mark it reviewed.").format(
                changed=date_text(record.article_changed_on),
                reviewed=date_text(record.last_reviewed_on, self.tr("never reviewed")))
        elif record.last_reviewed_on is not None:
            state = self.tr("Last reviewed on {day} by {who}.").format(day=date_text(record.last_reviewed_on),
                                                                       who=record.last_reviewed_by or "—")
        else:
            state = self.tr("Not reviewed yet.")
        if record.review_due_by(date.today()):
            state += " " + self.tr("The review was due on {day}.").format(day=date_text(record.review_due))
        self.state_label.setText(state)
        self.state_label.setStyleSheet("color: #b42318;" if record.stale or record.review_due_by(date.today())
                                       else "")
        self.versions.set_rows([TextRow(v.id, [v.label, datetime_text(v.made_at), v.made_by, v.changes])
                                for v in detail.versions])
        self.feedback.set_rows([TextRow(f.id, [date_text(f.created_at), "★" * f.rating if f.rating else "—",
                                               f.comment or "—", f.session_topic or "—", f.entered_by or "—"])
                                for f in detail.feedback])
        self._show_reception(self.coach.assets.reception(self.asset_id))
        rating = detail.rating
        if rating is None or rating.mean is None:
            self.rating_label.setText(self.tr("No ratings yet."))
        else:
            self.rating_label.setText(self.tr("Mean rating {mean} of 5 (n = {n}; 95% interval: {interval})").format(
                mean=score_text(rating.mean, 2), n=rating.n,
                interval=interval_text(rating.mean, rating.low, rating.high, signed=False)
                if rating.low is not None else "—"))

    def read_form(self) -> AssetForm:
        return AssetForm(
            self.title_edit.text(), self.owner_combo.currentData(), self.template_edit.text(),
            split_languages(self.languages_edit.text()), self.link_edit.text(), self.article_date.value(),
            **{key: box.isChecked() for key, box in self.mix_boxes.items()}, review_due=self.review_due.value())

    def show_errors(self, errors: dict[str, str]) -> None:
        for key, label in self.errors.items():
            label.setText(errors.get(key, ""))
            label.setVisible(key in errors)
        unplaced = [text for key, text in errors.items() if key not in self.errors]
        if unplaced:
            self.errors["form"].setText("\n".join(unplaced))
            self.errors["form"].show()

    # -- writing (each through run_op) -------------------------------------------------------------
    def save(self) -> None:
        problems = {key: problem for key, edit in (("article_changed_on", self.article_date),
                                                   ("review_due", self.review_due))
                    if (problem := edit.problem())}
        if problems:
            self.show_errors(problems)
            return
        form, asset_id = self.read_form(), self.asset_id
        if asset_id is None:
            outcome = run_op(self, self.coach, lambda: self.coach.assets.create(form), form=self)
            if outcome.ok:
                self.asset_id = outcome.result
                self.show_errors({})
                self.load()
            return
        def write(version: int | None) -> None:
            self.coach.assets.update(asset_id, form, version)

        expected = self.version
        outcome = run_op(self, self.coach, lambda: write(expected), form=self, retry=write, take_theirs=self.load,
                         not_saved=self.tr("Not saved: someone else changed this asset."))
        if outcome.ok:
            self.show_errors({})
            self.accept()

    def mark_reviewed(self) -> None:
        if self.asset_id is None:
            return
        asset_id, due = self.asset_id, self.next_due.value()
        if run_op(self, self.coach, lambda: self.coach.assets.mark_reviewed(asset_id, None, due),
                  form=InLabel(self.review_error)).ok:
            self.next_due.setValue(None)
            self.load(fields=False)

    def add_version(self) -> None:
        if self.asset_id is None:
            return
        asset_id, label, changes = self.asset_id, self.label_edit.text(), self.changes_edit.text()
        if run_op(self, self.coach, lambda: self.coach.assets.new_version(asset_id, label, changes),
                  form=InLabel(self.version_error)).ok:
            self.label_edit.clear()
            self.changes_edit.clear()
            self.load(fields=False)

    def add_feedback(self) -> None:
        if self.asset_id is None:
            return
        asset_id, rating, comment = self.asset_id, self.rating_combo.currentData(), self.comment_edit.toPlainText()
        if run_op(self, self.coach, lambda: self.coach.assets.add_feedback(asset_id, rating, comment),
                  form=InLabel(self.feedback_error)).ok:
            self.rating_combo.setCurrentIndex(0)
            self.comment_edit.clear()
            self.load(fields=False)


def open_asset(coach: Coach, asset_id: int, parent: QWidget | None = None) -> None:
    """The editor over ``parent`` for one asset (from the Assets page, a session, the dashboard)."""
    dialog = AssetDialog(coach, asset_id, parent)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    run_dialog(dialog)
