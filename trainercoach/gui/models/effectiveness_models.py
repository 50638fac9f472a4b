"""Table models and wording for a session's effectiveness: the rubric (criterion × observer), the trainees'
reaction per feedback item, and learning per comprehension check — three tables, never one blended number.

Every mean is written with its n and, where there is one, its 95% interval, in one format everywhere
(``4.2 (3.8–4.6), n=17``), so a person learns to read it once.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from trainercoach.analytics.readiness import CompositeWeights
from trainercoach.analytics.stats import Estimate
from trainercoach.gui.formats import number_text, short_number
from trainercoach.gui.models.rows_model import RowsModel, TextRow
from trainercoach.records.effectiveness import CheckSummary, ItemSummary, SessionEffectiveness
from trainercoach.words import CHECK_KINDS, word

Index = QModelIndex | QPersistentModelIndex
SMALL_COLOUR = "#b54708"  # amber: few answers, read the interval rather than the mean


def _t(text: str) -> str:
    # lupdate reads _t("...") as a free tr(): the unnamed context (tools/translations.py)
    return QCoreApplication.translate("", text)


def estimate_text(value: Estimate, digits: int = 1) -> str:
    """``4.2 (3.8–4.6), n=17``; no interval below two values, and "no answers" rather than a zero."""
    if value.mean is None or value.n == 0:
        return _t("no answers")
    mean = number_text(value.mean, digits)
    if value.low is None or value.high is None:
        return f"{mean}, n={value.n}"
    return f"{mean} ({number_text(value.low, digits)}–{number_text(value.high, digits)}), n={value.n}"


def signed_estimate_text(value: Estimate, digits: int = 1) -> str:
    if value.mean is None or value.n == 0:
        return "—"
    mean = number_text(value.mean, digits, signed=True)
    if value.low is None or value.high is None:
        return f"{mean}, n={value.n}"
    return _t("{mean} ({low} to {high}), n={n}").format(
        mean=mean, low=number_text(value.low, digits, signed=True), high=number_text(value.high, digits, signed=True),
        n=value.n)


def small_note(value: Estimate) -> str:
    if value.n == 0:
        return ""
    if value.n == 1:
        return _t("one answer: no interval")
    return _t("few answers: read the interval") if value.small else ""


def composite_text(effectiveness: SessionEffectiveness) -> str:
    """The composite beside the weights it was made with, and which parts it could not use."""
    weights = effectiveness.weights
    parts = weights_text(weights)
    if effectiveness.composite is None:
        return _t("Composite: not available (no rubric score, feedback or learning gain yet) — weights "
                  "{parts}").format(parts=parts)
    missing = []
    if effectiveness.rubric.mean is None:
        missing.append(_t("rubric"))
    if effectiveness.item("overall") is None or effectiveness.item("overall").estimate.mean is None:  # type: ignore[union-attr]
        missing.append(_t("feedback"))
    if not any(c.gain.normalised is not None for c in effectiveness.checks):
        missing.append(_t("learning"))
    text = _t("Composite {score:.0f} = {parts}").format(score=effectiveness.composite, parts=parts)
    if missing:
        text += _t(" (without {parts}: no data)").format(parts=", ".join(missing))
    return text


def weights_text(weights: CompositeWeights) -> str:
    total = weights.rubric + weights.feedback + weights.gain or 1.0
    return _t("{rubric:.0%} rubric + {feedback:.0%} feedback + {gain:.0%} learning").format(
        rubric=weights.rubric / total, feedback=weights.feedback / total, gain=weights.gain / total)


class RubricModel(QAbstractTableModel):
    """Criteria down, observers across, each observer's weighted average in the last row."""

    def __init__(self, parent=None) -> None:  # any QObject
        super().__init__(parent)
        self.observers: list[str] = []
        self.rows: list[tuple[str, float | None, dict[str, int | None], float | None]] = []
        self.weighted: dict[str, float | None] = {}
        self.overall: Estimate = Estimate(0, None)

    def set_effectiveness(self, effectiveness: SessionEffectiveness) -> None:
        self.beginResetModel()
        self.observers = [o.observer for o in effectiveness.observers]
        self.weighted = {o.observer: o.weighted for o in effectiveness.observers}
        self.rows = [(c.title, c.weight, c.by_observer, c.mean) for c in effectiveness.criteria]
        self.overall = effectiveness.rubric
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() or not self.observers else len(self.rows) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.observers) + 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return _t("Criterion")
        if section == 1:
            return _t("Weight")
        if section == len(self.observers) + 2:
            return _t("Mean")
        return self.observers[section - 2]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        total_row = index.row() == len(self.rows)
        column = index.column()
        last = len(self.observers) + 2
        if role == Qt.ItemDataRole.DisplayRole:
            if total_row:
                if column == 0:
                    return _t("Weighted average")
                if column == 1:
                    return ""
                if column == last:
                    return estimate_text(self.overall, 2)
                value = self.weighted.get(self.observers[column - 2])
                return "—" if value is None else number_text(value, 2)
            title, weight, scores, mean = self.rows[index.row()]
            if column == 0:
                return title
            if column == 1:
                return short_number(weight) if weight is not None else "—"
            if column == last:
                return "—" if mean is None else number_text(mean, 2)
            score = scores.get(self.observers[column - 2])
            return "—" if score is None else str(score)
        if role == Qt.ItemDataRole.FontRole and total_row:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and total_row and column == last:
            return _t("Mean of the observers' weighted averages, with its 95% interval")
        return None


def feedback_rows(items: list[ItemSummary]) -> list[TextRow]:
    rows = []
    for position, item in enumerate(items):
        value = item.estimate
        scale = "0–10" if item.kind != "likert" else "1–5"
        note = small_note(value)
        rows.append(TextRow(position, [
            item.label, scale, str(value.n), "—" if value.mean is None else number_text(value.mean),
            "—" if value.low is None or value.high is None else f"{number_text(value.low)}–{number_text(value.high)}",
            estimate_text(value), note,
        ], colour=SMALL_COLOUR if note else None,
            tooltip=_t("Fewer than 10 answers: the interval is wide, so the mean can move a lot with "
                       "more answers.") if note else ""))
    return rows


def feedback_model(parent=None) -> RowsModel:  # any QObject
    return RowsModel([_t("Feedback item"), _t("Scale"), _t("n"), _t("Mean"), _t("95% interval"),
                      _t("Reads as"), _t("Note")], (2, 3, 4), parent)


def learning_rows(checks: list[CheckSummary]) -> list[TextRow]:
    rows = []
    for check in checks:
        gain = check.gain
        means = "—" if gain.pre.mean is None or gain.post.mean is None else \
            f"{number_text(gain.pre.mean)} → {number_text(gain.post.mean)}"
        normalised = number_text(gain.normalised, 2) if gain.normalised is not None else \
            (gain.why_no_normalised or "—")
        retention = estimate_text(gain.retention) if gain.retention.n else _t("not checked")
        kind = word(CHECK_KINDS, check.kind)
        title = check.title if check.title.casefold().startswith(kind.casefold()) else \
            f"{kind}: {check.title}" if check.title else kind
        rows.append(TextRow(check.check_id, [
            title, str(gain.paired), means, signed_estimate_text(gain.gain), normalised, retention,
        ], colour=SMALL_COLOUR if 0 < gain.paired < 10 else None))
    return rows


def learning_model(parent=None) -> RowsModel:
    return RowsModel([_t("Check"), _t("Paired n"), _t("Mean before → after"), _t("Gain (95% interval)"),
                      _t("Normalised gain"), _t("Retention")], (1,), parent)
