"""The session list read as ordered ids and pages: the same sessions, in the same order, as the whole list."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from trainercoach.records.feedback import FeedbackEntry
from trainercoach.records.observations import ObservationForm
from trainercoach.records.sessions import DeliveryForm
from trainercoach.services import CandidateForm, Coach
from trainercoach.services.deliveries import SORT_COLUMNS


@pytest.fixture
def sessions(coach: Coach) -> dict[str, int]:
    wang = coach.candidates.add(CandidateForm(name="王静"))
    eleni = coach.candidates.add(CandidateForm(name="Ελένη"))
    anna = coach.candidates.add(CandidateForm(name="anna"))
    asset = coach.assets.add("Refund playbook")
    now = datetime.now().replace(second=0, microsecond=0)
    made = {}
    for topic, who, days, trainees, method in (
            ("Τιμολόγηση", eleni, 1, 4, "classroom"), ("退款流程", wang, 3, 12, "virtual"),
            ("escalations", anna, 400, 30, "classroom"), ("Άλλο θέμα", eleni, 3, 12, "online"),
            ("Billing", anna, 10, 0, "virtual")):
        made[topic] = coach.deliveries.add(DeliveryForm(who, now - timedelta(days=days), topic, method=method,
                                                        trainees=trainees,
                                                        asset_id=asset if topic == "Billing" else None))
    observer = coach.people.add("Observer", role="lead")
    rubric = coach.rubrics.latest()
    coach.observations.save(ObservationForm(made["Billing"], observer, rubric.id, {rubric.criteria[0].id: 4}))
    for _ in range(3):
        coach.feedback.add_response(made["退款流程"], FeedbackEntry({"overall": 5}))
    return made


def test_default_order_is_the_lists_order(coach: Coach, sessions: dict[str, int]) -> None:
    assert coach.deliveries.ordered_ids() == [r.id for r in coach.deliveries.list()]


@pytest.mark.parametrize("column", sorted(SORT_COLUMNS))
def test_each_column_sorts_both_ways_with_ties_newest_first(coach: Coach, sessions: dict[str, int],
                                                            column: str) -> None:
    rows = coach.deliveries.list()  # newest first: the order ties keep
    value = {"date": lambda r: r.starts_at, "topic": lambda r: r.topic.casefold(),
             "candidate": lambda r: r.candidate_name.casefold(), "method": lambda r: r.method,
             "audience": lambda r: r.audience, "trainees": lambda r: r.trainees,
             "duration": lambda r: r.duration_minutes, "observations": lambda r: r.observations,
             "responses": lambda r: r.responses, "code": lambda r: r.code.casefold()}[column]
    for descending in (False, True):
        expected = [r.id for r in sorted(rows, key=value, reverse=descending)]
        assert coach.deliveries.ordered_ids(sort=column, descending=descending) == expected


def test_counts_sort_and_a_key_decides_words(coach: Coach, sessions: dict[str, int]) -> None:
    assert coach.deliveries.ordered_ids(sort="responses")[0] == sessions["退款流程"]
    assert coach.deliveries.ordered_ids(sort="observations")[0] == sessions["Billing"]
    by_length = coach.deliveries.ordered_ids(sort="topic", descending=False, key=len)
    assert by_length[:2] == [sessions["退款流程"], sessions["Billing"]]
    with pytest.raises(ValueError, match="sorted by"):
        coach.deliveries.ordered_ids(sort="notes")


def test_search_and_filters_find_what_the_list_finds(coach: Coach, sessions: dict[str, int]) -> None:
    cases = [dict(search="τιμολογηση"), dict(search="ANNA"), dict(search="playbook"),
             dict(search="αλλο θεμα"), dict(method="virtual"), dict(audience="new_hires"),
             dict(since=date.today() - timedelta(days=5)), dict(until=date.today() - timedelta(days=5)),
             dict(candidate_id=coach.deliveries.get(sessions["Billing"]).form.candidate_id),
             dict(search="nothing like this")]
    for filters in cases:
        search = filters.pop("search", "")
        expected = [r.id for r in coach.deliveries.list(search, **filters)]
        assert coach.deliveries.ordered_ids(search, **filters) == expected, (search, filters)
    assert coach.deliveries.ordered_ids("τιμολογηση") == [sessions["Τιμολόγηση"]]


def test_rows_read_a_page_in_the_order_asked_with_counts(coach: Coach, sessions: dict[str, int]) -> None:
    whole = {r.id: r for r in coach.deliveries.list()}
    page = [sessions["Billing"], sessions["退款流程"], sessions["escalations"]]
    assert coach.deliveries.rows(page) == [whole[i] for i in page]
    assert coach.deliveries.rows(page)[0].observations == 1
    assert coach.deliveries.rows(page)[1].responses == 3
    coach.deliveries.delete(sessions["退款流程"])
    assert [r.id for r in coach.deliveries.rows(page)] == [sessions["Billing"], sessions["escalations"]]
    assert coach.deliveries.rows([]) == []
