"""Candidates through the service the windows use: saving, refusing bad input whole, finding them again."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from tests.core.helpers import full_scores, make_form, snapshot, stage_id
from trainercoach.errors import Conflict, NotFound, ValidationError
from trainercoach.records.candidates import MilestoneRecord
from trainercoach.services import Coach, TraitEntry

# Far enough ahead that a run crossing midnight still sees it as the future.
TOMORROW = date.today() + timedelta(days=30)


@pytest.fixture
def mentor(coach: Coach) -> int:
    return coach.people.add("Ελένη Παπαδοπούλου", "eleni@example.com", role="lead")


# -- add, edit, archive, restore ------------------------------------------------------------------
def test_add_nominates_into_the_first_stage_with_a_first_move(coach: Coach, mentor: int) -> None:
    form = make_form(
        "Aoife Byrne", full_scores(4), email="aoife@example.com", team="Billing", site="Dublin",
        languages="English, Irish", hire_date=date(2021, 3, 1), nominated_by_id=mentor,
        nominated_on=date.today(), mentor_id=mentor, notes="Top CSAT two quarters running.",
    )
    candidate_id = coach.candidates.add(form)

    detail = coach.candidates.get(candidate_id)
    assert detail.stage_name == "Nominated"
    assert detail.form == form
    assert detail.archived_at is None
    [first] = detail.timeline
    assert (first.from_stage, first.to_stage, first.moved_by, first.reason) == (None, "Nominated", "Test Lead",
                                                                                 "Nominated")
    [row] = coach.candidates.list()
    assert (row.id, row.name, row.mentor_name, row.selection_score) == (
        candidate_id, "Aoife Byrne", "Ελένη Παπαδοπούλου", 4.0)


def test_edit_saves_every_field_and_milestones(coach: Coach, mentor: int) -> None:
    candidate_id = coach.candidates.add(make_form("Liam Murphy"))
    version = coach.candidates.get(candidate_id).version
    edited = make_form(
        "Liam Murphy-Walsh", {"knowledge": 5, "passion": 2}, email="liam@example.com", team="Ads", site="Cork",
        languages="English", employment="vendor", vendor_company="Harbour CX", hire_date=date(2020, 1, 6),
        nominated_by_id=mentor, nominated_on=date(2025, 1, 2), mentor_id=mentor, notes="Moved to the ads queue.",
    )
    milestone = MilestoneRecord("guided_practice", "done", date.today(), "Delivered to 8 new hires.")

    coach.candidates.update(candidate_id, edited, milestones=[milestone], expected_version=version)

    detail = coach.candidates.get(candidate_id)
    assert detail.form == edited
    assert detail.version == version + 1
    assert detail.milestones[0] == milestone
    assert [m.status for m in detail.milestones[1:]] == ["not_started"] * 3
    [row] = coach.candidates.list()
    assert row.selection_score == pytest.approx(3.5)
    assert (row.employment, row.vendor_company) == ("vendor", "Harbour CX")


def test_vendor_company_is_dropped_for_an_employee(coach: Coach) -> None:
    candidate_id = coach.candidates.add(make_form(employment="employee", vendor_company="Left over"))
    assert coach.candidates.get(candidate_id).form.vendor_company == ""


def test_archive_takes_off_lists_and_restore_brings_back(coach: Coach) -> None:
    candidate_id = coach.candidates.add(make_form("Grace Doyle"))
    coach.candidates.archive(candidate_id)

    assert coach.candidates.list() == []
    [row] = coach.candidates.list(include_archived=True)
    assert row.archived
    assert coach.candidates.get(candidate_id).archived_at is not None
    assert sum(stage.candidates for stage in coach.pipeline.stages()) == 0
    with pytest.raises(ValidationError, match="already archived"):
        coach.candidates.archive(candidate_id)

    coach.candidates.restore(candidate_id)
    assert [r.id for r in coach.candidates.list()] == [candidate_id]
    assert coach.candidates.get(candidate_id).archived_at is None
    with pytest.raises(ValidationError, match="not archived"):
        coach.candidates.restore(candidate_id)


def test_unknown_candidate_is_not_found(coach: Coach) -> None:
    with pytest.raises(NotFound):
        coach.candidates.get(999)
    with pytest.raises(NotFound):
        coach.candidates.archive(999)


# -- validation: a clear message per field, nothing half-saved ------------------------------------
BAD_FORMS = {
    "empty name": (make_form(""), "name", "Enter the candidate's name."),
    "blank name": (make_form("   \t"), "name", "Enter the candidate's name."),
    "too long name": (make_form("x" * 201), "name", "at most 200 characters"),
    "score 0": (make_form(scores={"knowledge": 0}), "trait:knowledge", "from 1 to 5"),
    "score 6": (make_form(scores={"passion": 6}), "trait:passion", "from 1 to 5"),
    "score True": (make_form(scores={"presenting": True}), "trait:presenting", "from 1 to 5"),
    "score 3.5": (make_form(scores={"process": 3.5}), "trait:process", "from 1 to 5"),
    "score 4.0": (make_form(scores={"process": 4.0}), "trait:process", "from 1 to 5"),
    "score '4'": (make_form(scores={"process": "4"}), "trait:process", "from 1 to 5"),
    "unknown trait": (make_form(scores={"charisma": 5}), "traits", "Unknown traits: charisma"),
    "vendor without company": (make_form(employment="vendor", vendor_company="  "), "vendor_company",
                               "Name the vendor's company."),
    "unknown employment": (make_form(employment="contractor"), "employment", "employee or vendor"),
    "bad email": (make_form(email="aoife.example.com"), "email", "does not look like an email address"),
    "future nomination": (make_form(nominated_on=TOMORROW), "nominated_on", "cannot be in the future"),
    "future hire date": (make_form(hire_date=TOMORROW), "hire_date", "cannot be in the future"),
    "missing mentor": (make_form(mentor_id=4242), "mentor", "no longer in the database"),
    "missing nominator": (make_form(nominated_by_id=4242), "nominated_by", "no longer in the database"),
}


@pytest.mark.parametrize("case", list(BAD_FORMS))
def test_bad_input_is_refused_with_a_clear_message_and_nothing_saved(coach: Coach, case: str) -> None:
    form, field, message = BAD_FORMS[case]
    coach.candidates.add(make_form("Already there", email="there@example.com"))
    before = snapshot(coach)

    with pytest.raises(ValidationError) as refused:
        coach.candidates.add(form)

    assert list(refused.value.errors) == [field]
    assert message in refused.value.errors[field]
    assert snapshot(coach) == before
    assert coach.history.undo_label == "Add Already there"


@pytest.mark.parametrize("case", list(BAD_FORMS))
def test_bad_edit_is_refused_and_leaves_the_candidate_as_it_was(coach: Coach, case: str) -> None:
    form, field, message = BAD_FORMS[case]
    candidate_id = coach.candidates.add(make_form("Sean Gallagher", full_scores(3)))
    before = snapshot(coach)

    with pytest.raises(ValidationError) as refused:
        coach.candidates.update(candidate_id, form)

    assert message in refused.value.errors[field]
    assert snapshot(coach) == before


def test_every_problem_is_reported_at_once(coach: Coach) -> None:
    form = make_form("", {"knowledge": 9}, email="nope", employment="vendor", hire_date=TOMORROW)
    with pytest.raises(ValidationError) as refused:
        coach.candidates.add(form)
    assert set(refused.value.errors) == {"name", "trait:knowledge", "email", "vendor_company", "hire_date"}


def test_scores_at_the_edges_and_empty_are_accepted(coach: Coach) -> None:
    candidate_id = coach.candidates.add(make_form(scores={"knowledge": 1, "passion": 5, "presenting": None}))
    traits = coach.candidates.get(candidate_id).form.traits
    assert (traits["knowledge"].score, traits["passion"].score, traits["presenting"].score) == (1, 5, None)
    assert traits["process"] == TraitEntry()


def test_a_bad_milestone_refuses_the_whole_save(coach: Coach) -> None:
    candidate_id = coach.candidates.add(make_form("Chloe Nolan"))
    before = snapshot(coach)
    bad = MilestoneRecord("guided_practice", "done", None, "")
    with pytest.raises(ValidationError) as refused:
        coach.candidates.update(candidate_id, make_form("Chloe Nolan renamed"), milestones=[bad])
    assert "Give the date" in refused.value.errors["milestone:guided_practice"]
    assert snapshot(coach) == before


def test_a_candidate_cannot_be_their_own_mentor(coach: Coach) -> None:
    candidate_id = coach.candidates.add(make_form("Daniel Walsh"))
    detail = coach.candidates.get(candidate_id)
    before = snapshot(coach)

    with pytest.raises(ValidationError) as refused:
        coach.candidates.update(candidate_id, replace(detail.form, mentor_id=detail.person_id))

    assert refused.value.errors == {"mentor": "A candidate cannot be their own mentor."}
    assert snapshot(coach) == before


@pytest.mark.parametrize(("first", "second"), [
    ("maria@example.com", "MARIA@Example.COM"),
    ("maria@example.com", "  maria@example.com  "),
    ("Μαρία@example.gr", "μαρία@example.gr"),
    ("ÉLODIE@example.fr", "élodie@example.fr"),
])
def test_duplicate_email_is_refused_whatever_the_case(coach: Coach, first: str, second: str) -> None:
    coach.candidates.add(make_form("Μαρία Οικονόμου", email=first))
    before = snapshot(coach)

    with pytest.raises(ValidationError) as refused:
        coach.candidates.add(make_form("Maria Economou", email=second))

    assert refused.value.errors == {"email": "Μαρία Οικονόμου already uses this email address."}
    assert snapshot(coach) == before


def test_duplicate_email_is_refused_on_edit_but_a_candidate_keeps_their_own(coach: Coach) -> None:
    coach.candidates.add(make_form("Inês Carvalho", email="ines@example.com"))
    other = coach.candidates.add(make_form("Rui Almeida", email="rui@example.com"))

    with pytest.raises(ValidationError, match="Inês Carvalho already uses"):
        coach.candidates.update(other, make_form("Rui Almeida", email="INES@example.com"))
    coach.candidates.update(other, make_form("Rui Almeida", email="RUI@example.com"))
    assert coach.candidates.get(other).form.email == "RUI@example.com"


def test_a_mentor_email_counts_as_taken(coach: Coach, mentor: int) -> None:
    with pytest.raises(ValidationError, match="Ελένη Παπαδοπούλου already uses"):
        coach.candidates.add(make_form(email="Eleni@Example.com"))
    with pytest.raises(ValidationError, match="already uses"):
        coach.people.add("Another Eleni", "ELENI@example.com")


# -- text in any script comes back exactly ---------------------------------------------------------
TEXTS = [
    "Μαρία Οικονόμου",
    "张伟",
    "林静怡 😀 👩🏽‍🏫",
    "<b>Bold</b> & <i>co</i>",
    "=SUM(A1)",
    "+cmd|' /C calc'!A0",
    "Line one\nLine two\ttabbed",
    "Zoë O'Brien \"the trainer\"",
    "مريم",
]


@pytest.mark.parametrize("value", TEXTS)
def test_text_in_any_script_is_stored_and_read_back_exactly(coach: Coach, value: str) -> None:
    note = f"{value} — {value}"
    form = make_form(value.strip(), {"knowledge": 4}, team=value.strip(), site=value.strip(), notes=note)
    form.traits["knowledge"] = TraitEntry(4, note)
    candidate_id = coach.candidates.add(form)

    detail = coach.candidates.get(candidate_id)
    assert detail.form.name == value.strip()
    assert detail.form.notes == note
    assert detail.form.traits["knowledge"].note == note
    assert detail.form.team == detail.form.site == value.strip()
    [row] = coach.candidates.list()
    assert row.name == value.strip()
    assert [r.id for r in coach.candidates.list(search=value.split()[0])] == [candidate_id]


# -- search and filters ----------------------------------------------------------------------------
@pytest.fixture
def people(coach: Coach) -> dict[str, int]:
    tom = coach.people.add("Tom Becker", role="trainer")
    nikos = coach.people.add("Νίκος Αντωνίου", role="trainer")
    made = {
        "Μαρία Οικονόμου": make_form("Μαρία Οικονόμου", site="Athens", mentor_id=nikos, email="maria@example.gr"),
        "José Ferreira": make_form("José Ferreira", site="Lisbon", mentor_id=tom),
        "张伟": make_form("张伟", site="Shanghai", employment="vendor", vendor_company="上海华汇客服外包有限公司"),
        "Niamh O'Sullivan": make_form("Niamh O'Sullivan", site="Dublin", mentor_id=tom, team="Billing"),
    }
    ids = {name: coach.candidates.add(form) for name, form in made.items()}
    return ids | {"tom": tom, "nikos": nikos}


def names(rows: list) -> set[str]:  # CandidateRow
    return {row.name for row in rows}


@pytest.mark.parametrize(("query", "expected"), [
    ("μαρια", {"Μαρία Οικονόμου"}),
    ("ΜΑΡΊΑ", {"Μαρία Οικονόμου"}),
    ("οικονομου μαρια", {"Μαρία Οικονόμου"}),
    ("jose", {"José Ferreira"}),
    ("JOSÉ", {"José Ferreira"}),
    ("张", {"张伟"}),
    ("华汇", {"张伟"}),
    ("νικος", {"Μαρία Οικονόμου"}),
    ("becker", {"José Ferreira", "Niamh O'Sullivan"}),
    ("o'sullivan", {"Niamh O'Sullivan"}),
    ("maria@example", {"Μαρία Οικονόμου"}),
    ("billing dublin", {"Niamh O'Sullivan"}),
    ("nobody here", set()),
    ("", {"Μαρία Οικονόμου", "José Ferreira", "张伟", "Niamh O'Sullivan"}),
])
def test_search_folds_case_and_accents_in_any_script(coach: Coach, people: dict[str, int], query: str,
                                                      expected: set[str]) -> None:
    assert names(coach.candidates.list(search=query)) == expected


def test_filters_by_stage_mentor_site_and_employment(coach: Coach, people: dict[str, int]) -> None:
    screening = stage_id(coach, "Screening")
    coach.pipeline.move(people["José Ferreira"], screening, "Screening chat booked.")

    assert names(coach.candidates.list(stage_id=screening)) == {"José Ferreira"}
    assert names(coach.candidates.list(mentor_id=people["tom"])) == {"José Ferreira", "Niamh O'Sullivan"}
    assert names(coach.candidates.list(site="Athens")) == {"Μαρία Οικονόμου"}
    assert names(coach.candidates.list(employment="vendor")) == {"张伟"}
    assert names(coach.candidates.list(employment="employee", mentor_id=people["tom"], site="Dublin")) == {
        "Niamh O'Sullivan"}
    assert names(coach.candidates.list(stage_id=screening, site="Athens")) == set()
    assert coach.candidates.sites() == ["Athens", "Dublin", "Lisbon", "Shanghai"]


def test_archived_candidates_are_found_only_when_asked(coach: Coach, people: dict[str, int]) -> None:
    coach.candidates.archive(people["张伟"])
    assert "张伟" not in names(coach.candidates.list(search="张"))
    assert names(coach.candidates.list(search="张", include_archived=True)) == {"张伟"}



def test_names_are_every_candidate_archived_too_in_the_lists_order(coach: Coach, people: dict[str, int]) -> None:
    coach.candidates.archive(people["张伟"])
    expected = [(row.name, row.id) for row in coach.candidates.list(include_archived=True)]
    assert coach.candidates.names() == expected
    assert ("张伟", people["张伟"]) in expected and len(expected) == 4


def test_the_list_with_its_choices_is_the_list_and_the_choices_read_apart(coach: Coach,
                                                                          people: dict[str, int]) -> None:
    coach.candidates.archive(people["José Ferreira"])
    coach.people.retire(people["nikos"])  # no longer offered as a mentor
    rows, choices = coach.candidates.list_with_choices(mentor_id=people["tom"])
    assert rows == coach.candidates.list(mentor_id=people["tom"])
    assert choices.stages == [(s.name, s.id) for s in coach.pipeline.stages()]
    assert choices.mentors == [(p.name, p.id) for p in coach.people.mentors()]
    assert ("Νίκος Αντωνίου", people["nikos"]) not in choices.mentors
    assert ("Tom Becker", people["tom"]) in choices.mentors
    assert choices.sites == coach.candidates.sites() == ["Athens", "Dublin", "Lisbon", "Shanghai"]

# -- optimistic concurrency ------------------------------------------------------------------------
def test_a_stale_edit_is_refused_as_a_conflict(coach: Coach, db_path) -> None:
    candidate_id = coach.candidates.add(make_form("Hannah Quinn"))
    opened = coach.candidates.get(candidate_id)

    other = Coach.open(db_path, actor="Another Lead")
    try:
        other.candidates.update(candidate_id, replace(opened.form, notes="Changed by another lead."))
    finally:
        other.close()
    before = snapshot(coach)

    with pytest.raises(Conflict, match="Hannah Quinn was changed by someone else"):
        coach.candidates.update(candidate_id, replace(opened.form, notes="Mine."), expected_version=opened.version)

    assert snapshot(coach) == before
    assert coach.candidates.get(candidate_id).form.notes == "Changed by another lead."


def test_the_version_moves_on_with_every_save(coach: Coach) -> None:
    candidate_id = coach.candidates.add(make_form("Ethan Brennan"))
    first = coach.candidates.get(candidate_id).version
    coach.candidates.update(candidate_id, make_form("Ethan Brennan", {"knowledge": 3}), expected_version=first)
    second = coach.candidates.get(candidate_id).version
    assert second > first
    with pytest.raises(Conflict):
        coach.candidates.update(candidate_id, make_form("Ethan Brennan"), expected_version=first)
