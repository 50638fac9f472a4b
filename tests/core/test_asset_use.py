"""Issue 20: what trainees thought and learned per version of an asset, the library's coverage by topic, and the
component-4 milestone an authored asset earns — through the services, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import update

from tests.core.helpers import snapshot
from trainercoach.models import AssetVersion
from trainercoach.records.assets import AssetForm
from trainercoach.records.candidates import MilestoneRecord
from trainercoach.records.comprehension import CheckForm, ScoreEntry
from trainercoach.records.feedback import FeedbackEntry
from trainercoach.records.sessions import DeliveryForm
from trainercoach.services import CandidateForm, Coach
from trainercoach.services.asset_use import version_of_sessions

NAME = "Μαρία 学员 📊 <&"


def _session(coach: Coach, candidate: int, when: datetime, asset: int | None, topic: str = "Refunds") -> int:
    return coach.deliveries.add(DeliveryForm(candidate, starts_at=when, topic=topic, trainees=3, asset_id=asset))


def test_sessions_go_under_the_version_current_on_their_date() -> None:
    versions = [("1.0", datetime(2026, 1, 1)), ("2.0", datetime(2026, 3, 1))]
    grouped = version_of_sessions(versions, [(1, datetime(2025, 12, 31)), (2, datetime(2026, 1, 1)),
                                             (3, datetime(2026, 2, 28)), (4, datetime(2026, 3, 2))])
    assert grouped == {"": [1], "1.0": [2, 3], "2.0": [4]}
    assert version_of_sessions([], [(5, datetime(2026, 1, 1))]) == {"": [5]}


def test_reception_per_version_against_a_hand_computation(coach: Coach) -> None:
    candidate = coach.candidates.add(CandidateForm(name=NAME))
    asset = coach.assets.create(AssetForm("Refunds deck 退款"))
    early = _session(coach, candidate, datetime(2025, 11, 3, 9), asset)  # before any version
    coach.assets.new_version(asset, "1.0", "First cut")
    with coach.db.transaction() as session:  # version 1.0 was made on 1 December 2025
        session.execute(update(AssetVersion).values(made_at=datetime(2025, 12, 1)))
    one = _session(coach, candidate, datetime(2026, 1, 5, 9), asset)
    two = _session(coach, candidate, datetime(2026, 1, 12, 9), asset)
    _session(coach, candidate, datetime(2026, 1, 12, 9), None)  # no asset: not counted
    for delivery, overall in ((one, 3), (one, 4), (two, 5)):
        coach.feedback.add_response(delivery, FeedbackEntry({"overall": overall, "clarity": 4}))
    coach.feedback.add_response(early, FeedbackEntry({"overall": 2}))
    # Gains as a share of the maximum 10: (6-4)/10 = 20, (8-5)/10 = 30, (7-2)/10 = 50 points; a trainee without
    # an after score and a check without a maximum are left out.
    coach.comprehension.save(CheckForm(one, title="Quiz", max_score=10.0, held_on=date(2026, 1, 5),
                                       scores=[ScoreEntry("T1", 4.0, 6.0), ScoreEntry("T2", 5.0, 8.0),
                                               ScoreEntry("T4", 3.0, None)]))
    coach.comprehension.save(CheckForm(two, title="Task", max_score=10.0, held_on=date(2026, 1, 12),
                                       scores=[ScoreEntry("T3", 2.0, 7.0)]))
    coach.comprehension.save(CheckForm(two, title="Oral", max_score=None, held_on=date(2026, 1, 12),
                                       scores=[ScoreEntry("T9", 1.0, 90.0)]))
    before = snapshot(coach)
    first, earlier = coach.assets.reception(asset)
    assert snapshot(coach) == before  # reading changes nothing
    assert (first.label, first.sessions, first.forms, set(first.session_ids)) == ("1.0", 2, 3, {one, two})
    # overall 3, 4, 5: mean 4, sd 1, t(0.975, 2) = 4.302653; 4 ± 2.484138, the top clipped to the scale's 5
    assert first.overall.n == 3 and first.overall.mean == pytest.approx(4.0)
    assert first.overall.low == pytest.approx(1.515862, abs=1e-5) and first.overall.high == 5
    clarity = next(i for i in first.items if i.key == "clarity")
    assert clarity.estimate.n == 3 and clarity.estimate.mean == pytest.approx(4.0)
    # learning 20, 30, 50: mean 33.333, sd 15.2753, half width 4.302653 × 15.2753 / √3 = 37.946
    assert first.learning.n == 3 and first.learning.mean == pytest.approx(100 / 3)
    assert first.learning.low == pytest.approx(100 / 3 - 37.9456, abs=1e-3)
    assert first.learning.high == pytest.approx(100 / 3 + 37.9456, abs=1e-3)
    assert (earlier.label, earlier.sessions, earlier.overall.n, earlier.overall.mean) == ("", 1, 1, 2.0)
    assert earlier.overall.low is None and earlier.learning.n == 0


def test_reception_of_an_unused_asset_is_empty_and_a_gone_asset_is_refused(coach: Coach) -> None:
    from trainercoach.errors import NotFound

    asset = coach.assets.create(AssetForm("Unused"))
    coach.assets.new_version(asset, "1.0", "x")
    assert coach.assets.reception(asset) == []
    with pytest.raises(NotFound):
        coach.assets.reception(99999)


def test_coverage_per_topic_flags_a_topic_taught_only_as_text(coach: Coach) -> None:
    candidate = coach.candidates.add(CandidateForm(name=NAME))
    text = coach.assets.create(AssetForm("Refunds wiki"))
    lab = coach.assets.create(AssetForm("Refunds lab", has_text=False, has_hands_on=True, has_mock_tickets=True))
    slides = coach.assets.create(AssetForm("SLA slides", has_visual=True))
    coach.assets.create(AssetForm("Never used"))
    _session(coach, candidate, datetime(2026, 1, 5, 9), text, "Refunds 退款")
    _session(coach, candidate, datetime(2026, 1, 6, 9), lab, "  refunds   退款 ")  # the same topic, spelt loosely
    _session(coach, candidate, datetime(2026, 1, 7, 9), text, "Billing <&>")
    _session(coach, candidate, datetime(2026, 1, 8, 9), text, "Billing <&>")
    _session(coach, candidate, datetime(2026, 1, 9, 9), slides, "SLA")
    _session(coach, candidate, datetime(2026, 1, 9, 9), None, "No material")
    result = coach.assets.coverage()
    by_topic = {t.topic.casefold(): t for t in result.topics}
    assert set(by_topic) == {"billing <&>", "refunds 退款", "sla"}
    refunds = by_topic["refunds 退款"]
    assert refunds.styles == ("text", "hands_on", "mock_tickets") and refunds.sessions == 2
    assert refunds.counts == {"text": 1, "visual": 0, "hands_on": 1, "mock_tickets": 1}
    assert set(refunds.assets) == {"Refunds wiki", "Refunds lab"}
    assert by_topic["billing <&>"].text_only and by_topic["billing <&>"].sessions == 2
    assert not by_topic["sla"].text_only
    assert [t.topic for t in result.flagged] == ["Billing <&>"]
    assert result.unused == ("Never used",)


def _content(coach: Coach, candidate: int) -> MilestoneRecord:
    return next(m for m in coach.candidates.get(candidate).milestones if m.component == "content_building")


def test_an_authored_asset_is_the_evidence_of_milestone_four_and_undo_puts_it_back(coach: Coach) -> None:
    candidate = coach.candidates.add(CandidateForm(name=NAME))
    person = coach.candidates.get(candidate).person_id
    asset = coach.assets.create(AssetForm("Refunds lab 退款 <&>", owner_id=person, has_hands_on=True))
    assert _content(coach, candidate).status == "not_started"
    coach.assets.new_version(asset, "1.0", "First cut")
    milestone = _content(coach, candidate)
    assert milestone.status == "in_progress" and "Refunds lab 退款 <&>" in milestone.evidence
    assert "1.0" in milestone.evidence
    coach.assets.mark_reviewed(asset)  # reviewed, but no session has used it yet: still in progress
    assert _content(coach, candidate).status == "in_progress"
    coach.history.undo()
    held = date.today() - timedelta(days=3)
    _session(coach, candidate, datetime.combine(held, datetime.min.time()).replace(hour=9), asset)
    coach.assets.mark_reviewed(asset)
    done = _content(coach, candidate)
    assert done.status == "done" and done.on_date == date.today()
    assert "Refunds lab 退款 <&>" in done.evidence and held.isoformat() in done.evidence
    coach.history.undo()  # the review taken back: in progress again, with the version as evidence
    assert _content(coach, candidate) == milestone
    coach.history.redo()
    assert _content(coach, candidate).status == "done"
    coach.history.undo()
    coach.history.undo()  # the session
    coach.history.undo()  # the version: not started, as before
    assert _content(coach, candidate).status == "not_started"
    coach.history.redo()
    assert _content(coach, candidate).status == "in_progress"


def test_a_done_milestone_and_a_non_candidate_owner_are_left_alone(coach: Coach) -> None:
    candidate = coach.candidates.add(CandidateForm(name=NAME))
    person = coach.candidates.get(candidate).person_id
    coach.milestones.set(candidate, "content_building", "done", date.today(), "Set by the lead")
    asset = coach.assets.create(AssetForm("Lab", owner_id=person))
    coach.assets.new_version(asset, "1.0", "First cut")
    assert _content(coach, candidate).evidence == "Set by the lead"
    lead_asset = coach.assets.create(AssetForm("Lead's deck", owner_id=coach.settings.you()))
    coach.assets.new_version(lead_asset, "1.0", "x")  # an owner with no candidate record: nothing to credit
    assert _content(coach, candidate).evidence == "Set by the lead"
