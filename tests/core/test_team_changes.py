"""Someone else's change is noticed without a restart: what a window polls on a timer or on focus."""

from __future__ import annotations

import time
from contextlib import closing, suppress

from tests.core.helpers import make_form
from trainercoach.db.changes import ChangeWatcher
from trainercoach.errors import ValidationError
from trainercoach.models import Person
from trainercoach.services import Coach


def heard(watcher: ChangeWatcher, seconds: float = 5.0) -> set[str]:
    """What the watcher reports, waiting a little for a notification to travel."""
    deadline = time.monotonic() + seconds
    while True:
        changed = watcher.changed()
        if changed or time.monotonic() > deadline:
            return changed
        time.sleep(0.05)


def test_a_colleagues_change_is_noticed_once(coach: Coach, backend: str) -> None:
    with closing(coach.db.watch()) as watcher, closing(Coach.open(coach.db.url, actor="Colleague")) as colleague:
        assert watcher.changed() == set()
        colleague.candidates.add(make_form("Νίκη 妮基"))
        changed = heard(watcher)
        if backend == "sqlite":
            assert changed == {"*"}  # the file says that, not where
        else:
            assert {"person", "candidate", "stage_move"} <= changed
        assert heard(watcher, 0.3) == set()


def test_an_action_that_was_refused_is_not_announced(coach: Coach) -> None:
    with closing(coach.db.watch()) as watcher, closing(Coach.open(coach.db.url, actor="Colleague")) as colleague:
        with suppress(ValidationError):
            colleague.candidates.add(make_form(""))  # refused before anything is written
        with suppress(ValidationError), colleague.db.transaction() as session:  # written, then rolled back
            session.add(Person(name="Rolled back"))
            session.flush()
            raise ValidationError({"name": "changed my mind"})
        assert heard(watcher, 0.5) == set()
        assert [p.name for p in coach.people.list()] == []


def test_this_apps_own_saves_are_left_out_on_a_team_server(coach: Coach, backend: str) -> None:
    """A window has shown its own save already; hearing it again would read every page once more. PostgreSQL
    says which server process announced a change, so the app's own connections are left out; a SQLite file
    cannot say whose a change was."""
    with closing(coach.db.watch()) as watcher, closing(Coach.open(coach.db.url, actor="Colleague")) as colleague:
        coach.candidates.add(make_form("Mine 我的"))
        if backend == "postgresql":
            assert heard(watcher, 1.0) == set()
            assert coach.db.own_backends  # what was left out, and why
        else:
            assert heard(watcher) == {"*"}
        colleague.candidates.add(make_form("Theirs Δικό τους"))
        assert heard(watcher)  # a colleague's change is always heard
        assert heard(watcher, 0.3) == set()
