"""The words a person sees for the values the core stores (statuses, methods, levels, ...) and for the actions
Edit ▸ Undo names, each written once, here.

The windows, the PDFs and the command line all take their words from these tables, so a key reads the same on
screen and on paper. Each word is marked with ``N_`` (tools/translations.py extracts it into the .ts files'
unnamed context) and translated where it is shown (``word``), in the current language: the interface's in the
windows (the app calls ``i18n.set_language`` at start), the document's inside ``i18n.using`` (a PDF). No Qt
here: the core uses these words too.

British English, as the rest of the interface writes (programme, normalised, practise as a verb).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from trainercoach.i18n import N_, text

# -- candidates ------------------------------------------------------------------------------------
TRAITS: dict[str, str] = {
    "knowledge": N_("Knowledge of the business and the support processes"),
    "passion": N_("Passion for teaching and developing others"),
    "presenting": N_("Confident presenting; spoken and written communication"),
    "process": N_("Follows precise instructions and processes"),
}
COMPONENTS: dict[str, str] = {
    "guided_practice": N_("1. Guided practice delivering sessions in a safe environment"),
    "feedback_evaluation": N_("2. Soliciting trainee feedback, evaluating effectiveness and making "
                              "targeted improvements"),
    "gap_business_case": N_("3. Spotting knowledge gaps and writing a business case for a new session"),
    "content_building": N_("4. Building new content that mixes text, visual and hands-on elements"),
}
MILESTONE_STATUS: dict[str, str] = {
    "not_started": N_("Not started"), "in_progress": N_("In progress"), "done": N_("Done"),
}
EMPLOYMENT: dict[str, str] = {
    "employee": N_("Employee"),
    "vendor": N_("Vendor"),
    "vendor_at": N_("Vendor: {company}"),  # a vendor with its company named (``employment``)
}

# -- sessions --------------------------------------------------------------------------------------
METHODS: dict[str, str] = {"classroom": N_("Classroom"), "virtual": N_("Virtual"), "online": N_("Online / self-paced")}
AUDIENCES: dict[str, str] = {"new_hires": N_("New hires"), "existing": N_("Existing agents"), "mixed": N_("Mixed")}
RECOMMENDATIONS: dict[str, str] = {
    "ready": N_("Ready"), "practice_more": N_("Practise more"), "needs_support": N_("Needs support"),
}
CHECK_KINDS: dict[str, str] = {
    "daily_quiz": N_("Daily quiz"), "practical_task": N_("Practical task test"), "oral_exam": N_("Oral exam"),
}

# The default feedback items' short names: the column headings of the paper-form grid (the questions themselves
# are in services/defaults.py). A lead's own items, and a default one renamed, are headed by their own words.
FEEDBACK_ITEMS: dict[str, str] = {
    "clarity": N_("Clarity"), "relevance": N_("Relevance"), "pace": N_("Pace"), "engagement": N_("Engagement"),
    "confidence": N_("Confidence"), "overall": N_("Overall"), "recommend": N_("Would recommend"),
}

# -- certification ---------------------------------------------------------------------------------
LEVELS: dict[str, str] = {"beginner": N_("Beginner"), "intermediate": N_("Intermediate"), "advanced": N_("Advanced")}

# -- readiness for certification (worked out from the rule, not stored; the board's badge and the PDFs) ------
READINESS: dict[str, str] = {"ready": N_("Ready")}

# -- calibration exercises (issue 19) --------------------------------------------------------------------
CALIBRATION_STATUS: dict[str, str] = {"open": N_("Open for scoring"), "closed": N_("Closed: scores revealed")}

# -- knowledge gaps and business cases (issue 20) -----------------------------------------------------
GAP_STATUS: dict[str, str] = {"open": N_("Gap open"), "closed": N_("Gap closed")}
EVIDENCE_KINDS: dict[str, str] = {
    "question": N_("Check question"), "check": N_("Check scores"), "comment": N_("Feedback comment"),
    "action_item": N_("Observation action item"), "figure": N_("Outside figure"),
}
FIGURE_KINDS: dict[str, str] = {"qa_score": N_("QA score"), "csat": N_("CSAT"), "ticket_volume": N_("Ticket volume")}
CASE_STATUS: dict[str, str] = {
    "draft": N_("Draft"), "submitted": N_("Submitted"), "approved": N_("Approved"), "returned": N_("Returned"),
    "scheduled": N_("Scheduled"), "delivered": N_("Delivered"), "evaluated": N_("Evaluated"),
}
CASE_MEASURES: dict[str, str] = {"check_score": N_("Comprehension check scores"), **FIGURE_KINDS}
GAP_TRENDS: dict[str, str] = {"worse": N_("Getting worse"), "better": N_("Getting better"), "steady": N_("Steady"),
                              "unknown": N_("Not enough figures")}

# -- what Edit ▸ Undo and Redo name (services/history.py) ----------------------------------------------
UNDO: dict[str, str] = {
    "add_calibration": N_("Add calibration exercise {name}"),
    "close_calibration": N_("Close calibration exercise {name}"),
    "save_plan": N_("Save capacity plan {name}"),
    "delete_plan": N_("Delete capacity plan {name}"),
    "reference_calibration": N_("Reference scores of {name}"),
    "observer_threshold": N_("Observer bias threshold"),
    "add_candidate": N_("Add {name}"),
    "edit_candidate": N_("Edit {name}"),
    "archive_candidate": N_("Archive {name}"),
    "restore_candidate": N_("Restore {name}"),
    "move_candidate": N_("Move {name} to {stage}"),
    "delete_stage": N_("Delete stage {name}"),
    "move_candidates": N_("Move {count} candidates to {stage}"),  # always two or more (one is move_candidate)
    "edit_milestone": N_("Edit milestone"),
    "log_session": N_("Log session {topic}"),
    "edit_session": N_("Edit session {topic}"),
    "delete_session": N_("Delete session {topic}"),
    "add_observation": N_("Add observation"),
    "edit_observation": N_("Edit observation"),
    "delete_observation": N_("Delete observation"),
    "close_action_item": N_("Mark action item done"),
    "reopen_action_item": N_("Reopen action item"),
    "add_feedback": N_("Add feedback forms ({count})"),
    "import_feedback": N_("Import feedback from {file}"),
    "add_check": N_("Add comprehension check"),
    "edit_check": N_("Edit comprehension check"),
    "delete_check": N_("Delete comprehension check"),
    "certify": N_("Certify for {topic}"),
    "revoke_certification": N_("Revoke certification"),
    "edit_person": N_("Change the details of {name}"),
    "retire_person": N_("Retire {name}"),
    "unretire_person": N_("Bring back {name}"),
    "add_asset": N_("Add training asset {title}"),
    "edit_asset": N_("Edit training asset {title}"),
    "new_asset_version": N_("New version {label} of a training asset"),
    "review_asset": N_("Mark {title} reviewed"),
    "add_asset_feedback": N_("Add feedback on a training asset"),
    "add_gap": N_("Add knowledge gap {topic}"),
    "edit_gap": N_("Edit knowledge gap {topic}"),
    "close_gap": N_("Close knowledge gap {topic}"),
    "reopen_gap": N_("Reopen knowledge gap {topic}"),
    "add_evidence": N_("Add evidence to {topic}"),
    "remove_evidence": N_("Remove evidence from {topic}"),
    "import_figures": N_("Import figures into {topic}"),
    "add_case": N_("Add business case {title}"),
    "edit_case": N_("Edit business case {title}"),
    "move_case": N_("Mark business case {title} {status}"),
    "link_case_session": N_("Link a session to business case {title}"),
}

TABLES: dict[str, dict[str, str]] = {
    "TRAITS": TRAITS, "COMPONENTS": COMPONENTS, "MILESTONE_STATUS": MILESTONE_STATUS, "EMPLOYMENT": EMPLOYMENT,
    "METHODS": METHODS, "AUDIENCES": AUDIENCES, "RECOMMENDATIONS": RECOMMENDATIONS, "CHECK_KINDS": CHECK_KINDS,
    "FEEDBACK_ITEMS": FEEDBACK_ITEMS,
    "LEVELS": LEVELS, "READINESS": READINESS, "UNDO": UNDO,
    "CALIBRATION_STATUS": CALIBRATION_STATUS,
    "GAP_STATUS": GAP_STATUS, "EVIDENCE_KINDS": EVIDENCE_KINDS, "FIGURE_KINDS": FIGURE_KINDS,
    "CASE_STATUS": CASE_STATUS, "CASE_MEASURES": CASE_MEASURES, "GAP_TRENDS": GAP_TRENDS,
}  # every table, for the checks that each word is written once and translated (tests/core/test_words.py)


def word(table: Mapping[str, str], key: str, lang: str | None = None) -> str:
    """The word for a stored key in ``lang`` (the current language if None), or the key itself when the table
    does not know it: a status added later still shows, rather than failing a page or a PDF."""
    return text(table[key], lang) if key in table else key


def choices(table: Mapping[str, str], order: Iterable[str], lang: str | None = None) -> list[tuple[str, str]]:
    """(word, key) in ``order`` (the model's tuple of keys): what a combo box or a filter offers."""
    return [(word(table, key, lang), key) for key in order]


def employment(kind: str, vendor_company: str = "", lang: str | None = None) -> str:
    """"Employee", "Vendor", or "Vendor: Acme" when the company is known."""
    if kind == "vendor" and vendor_company:
        return text(EMPLOYMENT["vendor_at"], lang).format(company=vendor_company)
    return word(EMPLOYMENT, kind, lang)


@dataclass(frozen=True)
class Phrase:
    """A marked English phrase and the values that fill it, translated each time it is shown (``str``), so an
    undo label pushed in one language reads in the language current when the menu is drawn."""

    source: str
    values: Mapping[str, object] = field(default_factory=dict)

    def __str__(self) -> str:
        translated = text(self.source)
        return translated.format(**self.values) if self.values else translated


def undo_label(key: str, **values: object) -> Phrase:
    """The label of an undoable action (``UNDO[key]`` filled with ``values``), translated when shown."""
    return Phrase(UNDO[key], values)
