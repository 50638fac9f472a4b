"""The demo's training asset library (issue 20): each asset's template, languages, mock tickets, the date its
knowledge-base article last changed and its last review, its version history, and agents' feedback on the
material from sessions that used it. One asset is stale (its article changed after the last review), one is due
for review. Written last, from its own random generator, so the rest of the demo stays as it was."""

from __future__ import annotations

from datetime import timedelta

from trainercoach.demo.base import BuilderBase
from trainercoach.demo.plan import stored
from trainercoach.models import AssetFeedback, AssetVersion

FEEDBACK_SHARE = 0.3  # of the sessions using an asset, those whose agents said something about it


class AssetLibraryParts(BuilderBase):
    def add_asset_library(self) -> None:
        rng = self.rng("asset_library")
        specs = self.data["asset_library"]
        owners = {spec["key"]: self.mentors[spec["owner"]] for spec in self.data["assets"]}
        next_version = self._next_id(AssetVersion)
        versions: list[tuple[object, ...]] = []
        for key, asset_id in self.assets.items():
            spec = specs[key]
            reviewed = self.today - timedelta(days=spec["reviewed_days_ago"])
            self.raw.execute(
                "UPDATE training_asset SET template = ?, languages = ?, has_mock_tickets = ?, article_changed_on = ?, "
                "last_reviewed_on = ?, last_reviewed_by = ? WHERE id = ?",
                (spec["template"], ",".join(spec["languages"]), spec["mock_tickets"],
                 stored(self.today - timedelta(days=spec["article_changed_days_ago"])), stored(reviewed),
                 owners[key].name, asset_id))
            for label, days_ago, changes in spec["versions"]:
                versions.append((next_version + len(versions), asset_id, label, changes,
                                 stored(self.at(days_ago, rng)), owners[key].name))
        self.write("training_asset_version", ("id", "asset_id", "label", "changes", "made_at", "made_by"), versions)
        key_of = {asset_id: key for key, asset_id in self.assets.items()}
        used: dict[int, int] = dict(self.raw.execute(
            "SELECT id, asset_id FROM delivery WHERE asset_id IS NOT NULL ORDER BY id").fetchall())
        comments = self.data["asset_comments"]
        next_feedback = self._next_id(AssetFeedback)
        feedback: list[tuple[object, ...]] = []
        for delivery in self.deliveries:
            found = used.get(delivery.id)
            if found is None or rng.random() >= FEEDBACK_SHARE or delivery.plan.person is None:
                continue
            # Hands-on material with mock tickets is liked a little better, as the guide expects.
            liked = 0.6 if specs[key_of[found]]["mock_tickets"] else 0.0
            rating = max(1, min(5, round(rng.gauss(3.6 + liked, 0.8))))
            comment = rng.choice(comments[delivery.lang]) if rng.random() < 0.4 else ""
            given = min(delivery.ends_at + timedelta(hours=rng.randint(1, 30)), self._latest())
            feedback.append((next_feedback + len(feedback), found, delivery.id, rating, comment,
                             delivery.plan.person.id, stored(given)))
        self.write("training_asset_feedback", ("id", "asset_id", "delivery_id", "rating", "comment", "entered_by_id",
                                               "created_at"), feedback)
        self.counts["asset_versions"] = len(versions)
        self.counts["asset_feedback"] = len(feedback)
