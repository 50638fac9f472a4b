"""The words the reports print for the core's keys, in one place. Each is marked with N_ and translated when
printed (``word``), in the language of the document being written (trainercoach/i18n.py)."""

from __future__ import annotations

from trainercoach.i18n import LANGUAGES as LANGUAGES  # the command line's --lang choices
from trainercoach.i18n import N_, text

TRAITS = {
    "knowledge": N_("Knowledge of the business and the support processes"),
    "passion": N_("Passion for teaching and developing others"),
    "presenting": N_("Confident presenting; spoken and written communication"),
    "process": N_("Follows precise instructions and processes"),
}
COMPONENTS = {
    "guided_practice": N_("1. Guided practice delivering sessions in a safe environment"),
    "feedback_evaluation": N_("2. Soliciting trainee feedback, evaluating effectiveness, targeted improvements"),
    "gap_business_case": N_("3. Spotting knowledge gaps and writing a business case for a new session"),
    "content_building": N_("4. Building content mixing text, visual and hands-on elements"),
}
MILESTONE_STATUS = {"not_started": N_("Not started"), "in_progress": N_("In progress"), "done": N_("Done")}
METHODS = {"classroom": N_("Classroom"), "virtual": N_("Virtual"), "online": N_("Online / self-paced")}
AUDIENCES = {"new_hires": N_("New hires"), "existing": N_("Existing agents"), "mixed": N_("Mixed")}
RECOMMENDATIONS = {"ready": N_("Ready"), "practice_more": N_("Practise more"), "needs_support": N_("Needs support")}
LEVELS = {"beginner": N_("Beginner"), "intermediate": N_("Intermediate"), "advanced": N_("Advanced")}
CHECK_KINDS = {"daily_quiz": N_("Daily quiz"), "practical_task": N_("Practical task test"),
               "oral_exam": N_("Oral exam")}
EMPLOYMENT = {"employee": N_("Employee"), "vendor": N_("Vendor")}


def word(table: dict[str, str], key: str) -> str:
    """The word for a key in the document's language, or the key itself: a status added later still prints."""
    return text(table[key]) if key in table else key
