"""A small database for the report tests, filled through the services: a Greek candidate with many sessions,
a Chinese one with a few, and one whose every typed field is hostile."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from trainercoach.models import TRAITS
from trainercoach.records.comprehension import CheckForm, ScoreEntry
from trainercoach.records.feedback import FeedbackEntry
from trainercoach.records.observations import ActionItemForm, ObservationForm
from trainercoach.records.sessions import DeliveryForm
from trainercoach.services import CandidateForm, Coach, TraitEntry

GREEK = "Σοφία Γεωργίου"
CHINESE = "王静怡"
HOSTILE_NAME = "Ζωή <b>Κ.</b> & 李<font size=40>"
HOSTILE = ["<", "&", "<b>bold?</b>", "<font size=40>big?</font>", "<a href=x>link?</a>", "<img src=x>"]
LONG_COMMENT = ("Η συνεδρία ήταν χρήσιμη αλλά πολύ γρήγορη. 讲得很清楚,但是节奏太快了。 " * 120).strip()


def fill(coach: Coach, *, greek_sessions: int = 200) -> dict[str, int]:
    mentor = coach.people.add("Ελένη Παπαδοπούλου", role="lead")
    observer = coach.people.add("Tom Becker", role="lead")
    version = coach.rubrics.latest()
    ids = {}
    for key, name, sessions in (("greek", GREEK, greek_sessions), ("chinese", CHINESE, 6),
                                ("hostile", HOSTILE_NAME, 1), ("empty", "Sean Gallagher", 0)):
        form = CandidateForm(name=name, team="Billing", site="Athens", mentor_id=mentor)
        for trait in TRAITS:
            form.traits[trait] = TraitEntry(4, "Πολύ καλή γνώση. 业务熟练。")
        if key == "hostile":
            form.notes = " ".join(HOSTILE)
            form.traits[TRAITS[0]] = TraitEntry(3, LONG_COMMENT)
        cid = coach.candidates.add(form)
        ids[key] = cid
        start = datetime(2025, 1, 6, 9, 0)
        for number in range(sessions):
            topic = f"Ανάκτηση λογαριασμού {number + 1}" if key != "chinese" else f"账单争议处理 {number + 1}"
            if key == "hostile":
                topic = "Topic " + " ".join(HOSTILE)
            delivery = coach.deliveries.add(DeliveryForm(cid, start + timedelta(days=number), topic, trainees=12,
                                                         observer_ids=[observer]))
            ids.setdefault(f"{key}_session", delivery)
            if number % 25 == 0 or key != "greek":
                scores = {c.id: 3 + (number + i) % 3 for i, c in enumerate(version.criteria)}
                coach.observations.save(ObservationForm(
                    delivery, observer, version.id, scores, {version.criteria[0].id: "Σαφής εισαγωγή <b>"},
                    strengths="Καλή ροή & <b>ρυθμός</b>", improvements="更多练习",
                    action_items=[ActionItemForm("Πρόβα <img src=x>", observer, (start + timedelta(days=40)).date())]))
                comments = ["Πολύ χρήσιμο!", "很有帮助", ""] if key != "hostile" else \
                    [*HOSTILE, LONG_COMMENT]
                coach.feedback.add_responses(delivery, [
                    FeedbackEntry({"overall": 3 + i % 3, "clarity": 4}, comment) for i, comment in enumerate(comments)
                ])
                coach.comprehension.save(CheckForm(delivery, title="Quiz <b>1</b>", max_score=10,
                                                   scores=[ScoreEntry(f"T{i}", 4 + i % 3, 7 + i % 3)
                                                           for i in range(6)]))
    return ids


def build_database(path: Path, **kwargs: int) -> tuple[str, dict[str, int]]:
    url = "sqlite:///" + str(path)
    coach = Coach.open(url, actor="Μαρία Lead")
    try:
        return url, fill(coach, **kwargs)
    finally:
        coach.close()
