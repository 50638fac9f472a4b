"""The demo's trainee feedback, in line with what the observers of each session saw."""

from __future__ import annotations

import hashlib
from datetime import timedelta

from sqlalchemy import select

from trainercoach.demo.base import BuilderBase
from trainercoach.demo.plan import (
    ITEM_CRITERION,
    SEED,
    stored,
)
from trainercoach.models import (
    FeedbackImport,
    FeedbackItem,
    FeedbackResponse,
)


class FeedbackParts(BuilderBase):
    """Trainee feedback forms, typed, scanned, from the kiosk or imported from a file."""

    def add_feedback(self) -> None:
        """Trainee feedback for every observed session (and a kiosk round for some not yet observed): half to
        all of the trainees answer, in line with what the observers saw, with blanks and a few comments."""
        rng = self.rng("feedback")
        items = list(self.session.execute(
            select(FeedbackItem.key, FeedbackItem.id, FeedbackItem.kind).where(FeedbackItem.active.is_(True))
            .order_by(FeedbackItem.position)))
        comments = self.data["feedback_comments"]
        files = self.data["import_files"]
        next_response = self._next_id(FeedbackResponse)
        next_import = self._next_id(FeedbackImport)
        latest = self._latest()
        gauss, chance = rng.gauss, rng.random
        item_ids = [item_id for _, item_id, _ in items]
        overall_at = next((i for i, (key, _, _) in enumerate(items) if key == "overall"), None)
        responses: list[tuple[object, ...]] = []
        answers: list[tuple[object, ...]] = []
        imports: list[tuple[object, ...]] = []
        for delivery in self.deliveries:
            if not delivery.observed:
                # Only the kiosk round at the end of a classroom session is in; nobody has typed anything yet.
                if delivery.method != "classroom" or rng.random() < 0.4:
                    continue
                source = "kiosk"
            elif delivery.method == "classroom":
                source = rng.choices(("paper", "kiosk", "import", "typed"), (0.4, 0.3, 0.2, 0.1))[0]
            else:  # virtual and online sessions send a survey link
                source = rng.choices(("import", "typed"), (0.75, 0.25))[0]
            count = max(1, round(delivery.trainees * rng.uniform(0.5, 1.0)))
            level = delivery.quality
            if delivery.criteria:
                level = (level + sum(delivery.criteria.values()) / len(delivery.criteria)) / 2
            import_id = None
            entered = latest
            if source == "import":
                spec = rng.choice(files)
                import_id = next_import + len(imports)
                entered = min(delivery.ends_at + timedelta(days=rng.randint(1, 3)), latest)
                imports.append((import_id, delivery.id, spec["name"].format(code=delivery.code),
                                hashlib.sha256(f"{SEED}:{delivery.code}".encode()).hexdigest(), spec["preset"],
                                count, stored(entered), delivery.plan.name))
            # What each item leans on for this session, worked out once rather than once per trainee. This loop
            # runs three million times in the large demo, hence the local names and the plain comparisons.
            centres = [(kind == "recommend", key == "overall",
                        (level + delivery.criteria.get(ITEM_CRITERION.get(key, ""), level)) / 2)
                       for key, _, kind in items]
            for _ in range(count):
                trainee = gauss(0.35, 0.5)  # trainees are kinder than observers, some more than others
                values: list[int | None] = []
                given: int | None = None  # the answer to "overall" so far
                value: int | None
                for recommend, is_overall, centre in centres:
                    mean = centre + trainee
                    if recommend:
                        value = round(((given or round(mean)) - 1) * 2.5 + gauss(0, 1.2))
                        value = 0 if value < 0 else 10 if value > 10 else value
                        if chance() < 0.1:
                            value = None
                    elif chance() < 0.04:
                        value = None
                    else:
                        value = round(gauss(mean, 0.55))
                        value = 1 if value < 1 else 5 if value > 5 else value
                    if is_overall:
                        given = value
                    values.append(value)
                comment = ""
                if chance() < 0.28:
                    overall = given or round(level)
                    band = "high" if overall >= 4 else "mid" if overall == 3 else "low"
                    comment = rng.choice(comments[delivery.lang][band])
                if not comment and overall_at is not None and all(v is None for v in values):
                    values[overall_at] = min(5, max(1, round(level)))
                if source == "kiosk":
                    created = delivery.ends_at + timedelta(minutes=rng.randint(0, 15))
                elif source == "import":
                    created = entered
                else:
                    created = delivery.ends_at + timedelta(days=rng.randint(1, 4), minutes=rng.randint(0, 120))
                response_id = next_response + len(responses)
                responses.append((response_id, delivery.id, source, import_id, comment,
                                  stored(min(created, latest))))
                answers += [(response_id, item_id, value)
                            for item_id, value in zip(item_ids, values, strict=True) if value is not None]
        self.write("feedback_import", ("id", "delivery_id", "file_name", "sha256", "preset", "rows", "imported_at",
                                       "imported_by"), imports)
        self.write("feedback_response", ("id", "delivery_id", "source", "import_id", "comment", "created_at"),
                   responses)
        self.write("feedback_answer", ("response_id", "item_id", "value"), answers)
        self.counts["feedback_answers"] = len(answers)
        self.counts["feedback_responses"] = len(responses)
        self.counts["feedback_imports"] = len(imports)

