"""Words a person sees for the core's keys (statuses, components, traits), translatable in one place."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from trainercoach.gui.formats import number_text


def _t(text: str) -> str:
    # lupdate reads _t("...") as a free tr(): the unnamed context (tools/translations.py)
    return QCoreApplication.translate("", text)


def milestone_status_label(status: str) -> str:
    return {"not_started": _t("Not started"), "in_progress": _t("In progress"), "done": _t("Done")}.get(
        status, status)


def component_label(component: str) -> str:
    return {
        "guided_practice": _t("1. Guided practice delivering sessions in a safe environment"),
        "feedback_evaluation": _t("2. Soliciting trainee feedback, evaluating effectiveness and making "
                                  "targeted improvements"),
        "gap_business_case": _t("3. Spotting knowledge gaps and writing a business case for a new session"),
        "content_building": _t("4. Building new content that mixes text, visual and hands-on elements"),
    }.get(component, component)


def employment_label(employment: str, vendor_company: str = "") -> str:
    if employment == "vendor":
        return _t("Vendor: {company}").format(company=vendor_company) if vendor_company else _t("Vendor")
    return _t("Employee")


def score_label(score: float | None) -> str:
    return "—" if score is None else number_text(score)
