"""What a new database starts with, in the language it was created in: stage names and feedback items.

The migrations insert the defaults in English (a migration cannot know who runs it); a database created by
the app or the demo in Greek or Chinese then gets them renamed here, once, when it is created. Only rows that
still carry the English default are renamed, so a lead's own names are never touched. The default rubric is
translated as it is installed (RubricService.install_default). Later, names stay as typed.
"""

from __future__ import annotations

from sqlalchemy import update

from trainercoach.db import Database
from trainercoach.i18n import LANGUAGES, N_, normalise, text
from trainercoach.models import FeedbackItem, Stage

# The same keys and English names as migration 0001 (tests/core/test_translations.py checks they agree).
STAGES = {
    "nominated": N_("Nominated"),
    "screening": N_("Screening"),
    "train_the_trainer": N_("Train-the-trainer"),
    "practice": N_("Practice deliveries"),
    "co_delivery": N_("Co-delivery"),
    "certified": N_("Certified"),
    "active": N_("Active trainer"),
    "paused": N_("Paused"),
    "withdrawn": N_("Withdrawn"),
}

# The same keys and English labels as migration 0002.
FEEDBACK_ITEMS = {
    "clarity": N_("The session was clear"),
    "relevance": N_("The content is relevant to my work"),
    "pace": N_("The pace was right"),
    "engagement": N_("The session kept me engaged"),
    "confidence": N_("I feel confident applying what I learned"),
    "overall": N_("Overall, the session was good"),
    "recommend": N_("How likely are you to recommend this session to a colleague?"),
}


def localise_defaults(database: Database, lang: str | None) -> None:
    """Rename the default stages and feedback items still in English into ``lang``, in one transaction."""
    lang = normalise(lang)
    if lang == "en":
        return
    with database.transaction() as session:
        for key, english in STAGES.items():
            session.execute(update(Stage).where(Stage.key == key, Stage.name == english)
                            .values(name=text(english, lang)))
        for key, english in FEEDBACK_ITEMS.items():
            session.execute(update(FeedbackItem).where(FeedbackItem.key == key, FeedbackItem.label == english)
                            .values(label=text(english, lang)))


def is_default_item(key: str, label: str) -> bool:
    """Whether a feedback item is still a default question as created, in any language a database is created in
    (English, or renamed by ``localise_defaults``): then its words follow the interface language, while a lead's
    own item, or a default one they reworded, keeps the words they typed."""
    english = FEEDBACK_ITEMS.get(key)
    return english is not None and label in {text(english, lang) for lang in LANGUAGES}
