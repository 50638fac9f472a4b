"""The words the reports print for the core's keys, in one place, so translating the reports later (another
issue) means changing this file and the report texts only. English only for now."""

from __future__ import annotations

LANGUAGES = ("en",)

TRAITS = {
    "knowledge": "Knowledge of the business and the support processes",
    "passion": "Passion for teaching and developing others",
    "presenting": "Confident presenting; spoken and written communication",
    "process": "Follows precise instructions and processes",
}
COMPONENTS = {
    "guided_practice": "1. Guided practice delivering sessions in a safe environment",
    "feedback_evaluation": "2. Soliciting trainee feedback, evaluating effectiveness, targeted improvements",
    "gap_business_case": "3. Spotting knowledge gaps and writing a business case for a new session",
    "content_building": "4. Building content mixing text, visual and hands-on elements",
}
MILESTONE_STATUS = {"not_started": "Not started", "in_progress": "In progress", "done": "Done"}
METHODS = {"classroom": "Classroom", "virtual": "Virtual", "online": "Online / self-paced"}
AUDIENCES = {"new_hires": "New hires", "existing": "Existing agents", "mixed": "Mixed"}
RECOMMENDATIONS = {"ready": "Ready", "practice_more": "Practise more", "needs_support": "Needs support"}
LEVELS = {"beginner": "Beginner", "intermediate": "Intermediate", "advanced": "Advanced"}
CHECK_KINDS = {"daily_quiz": "Daily quiz", "practical_task": "Practical task test", "oral_exam": "Oral exam"}
EMPLOYMENT = {"employee": "Employee", "vendor": "Vendor"}


def word(table: dict[str, str], key: str) -> str:
    """The word for a key, or the key itself: a stage or status added later still prints."""
    return table.get(key, key)
