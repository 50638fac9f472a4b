"""Editing and retiring people: validation, one transaction, undo, and old records keep the name."""

from __future__ import annotations

import pytest

from trainercoach.errors import Conflict, ValidationError
from trainercoach.services import CandidateForm


def test_a_person_is_edited_and_the_edit_is_undone(coach) -> None:
    person = coach.people.add("Maria", "maria@example.com", "trainer")
    version = coach.people.get(person).version
    coach.people.edit(person, " Μαρία Κ. ", "maria.k@example.com", "lead", expected_version=version)
    record = coach.people.get(person)
    assert (record.name, record.email, record.role) == ("Μαρία Κ.", "maria.k@example.com", "lead")
    assert coach.history.undo_label == "Change the details of Μαρία Κ."
    coach.history.undo()
    record = coach.people.get(person)
    assert (record.name, record.email, record.role) == ("Maria", "maria@example.com", "trainer")
    coach.history.redo()
    assert coach.people.get(person).name == "Μαρία Κ."


def test_an_edit_is_refused_in_words_and_changes_nothing(coach) -> None:
    coach.people.add("Tom", "tom@example.com", "lead")
    person = coach.people.add("Maria", "maria@example.com", "trainer")
    with pytest.raises(ValidationError) as refused:
        coach.people.edit(person, "  ", "TOM@example.com", "boss")
    assert set(refused.value.errors) == {"name", "email", "role"}
    assert "Tom" in refused.value.errors["email"]
    assert coach.people.get(person).name == "Maria"
    coach.people.edit(person, "Maria", "maria@example.com", "trainer")  # her own address is hers to keep
    stale = coach.people.get(person).version
    coach.people.edit(person, "Maria B.", "", "trainer", expected_version=stale)
    with pytest.raises(Conflict):
        coach.people.edit(person, "Maria C.", "", "trainer", expected_version=stale)
    assert coach.people.get(person).name == "Maria B."


def test_a_retired_person_leaves_the_choices_but_stays_on_old_records(coach) -> None:
    mentor = coach.people.add("Ana", role="lead")
    other = coach.people.add("Ben", role="trainer")
    candidate = coach.candidates.add(CandidateForm(name="Cleo", mentor_id=mentor))
    coach.people.retire(mentor)
    assert [p.id for p in coach.people.mentors()] == [other]
    assert coach.people.get(mentor).retired
    assert {p.id for p in coach.people.list()} >= {mentor, other}  # still named where it was
    assert coach.candidates.get(candidate).form.mentor_id == mentor
    assert coach.history.undo_label == "Retire Ana"
    coach.history.undo()
    assert not coach.people.get(mentor).retired
    coach.people.retire(mentor)
    coach.people.retire(mentor, retired=False)
    assert coach.history.undo_label == "Bring back Ana"
    assert {p.id for p in coach.people.mentors()} == {mentor, other}
