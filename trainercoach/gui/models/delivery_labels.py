"""Words a person sees for the session and observation keys the core stores (methods, audiences, ...).

Kept beside the session models rather than in gui/labels.py so that each screen's words can be translated
with the screen that shows them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from trainercoach.gui.formats import number_text
from trainercoach.models import AUDIENCES, CHECK_KINDS, METHODS, RECOMMENDATIONS


def _t(text: str) -> str:
    # lupdate reads _t("...") as a free tr(): the unnamed context (tools/translations.py)
    return QCoreApplication.translate("", text)


def method_label(method: str) -> str:
    return {"classroom": _t("Classroom"), "virtual": _t("Virtual"),
            "online": _t("Online / self-paced")}.get(method, method)


def audience_label(audience: str) -> str:
    return {"new_hires": _t("New hires"), "existing": _t("Existing agents"), "mixed": _t("Mixed")}.get(
        audience, audience)


def recommendation_label(recommendation: str) -> str:
    return {"ready": _t("Ready"), "practice_more": _t("Practice more"),
            "needs_support": _t("Needs support")}.get(recommendation, recommendation)


def check_kind_label(kind: str) -> str:
    return {"daily_quiz": _t("Daily quiz"), "practical_task": _t("Practical task test"),
            "oral_exam": _t("Oral exam")}.get(kind, kind)


def methods() -> list[tuple[str, str]]:
    return [(method_label(m), m) for m in METHODS]


def audiences() -> list[tuple[str, str]]:
    return [(audience_label(a), a) for a in AUDIENCES]


def recommendations() -> list[tuple[str, str]]:
    return [(recommendation_label(r), r) for r in RECOMMENDATIONS]


def check_kinds() -> list[tuple[str, str]]:
    return [(check_kind_label(k), k) for k in CHECK_KINDS]


def average_label(value: float | None) -> str:
    return "—" if value is None else number_text(value, 2)
