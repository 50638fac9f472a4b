"""The errors the core raises for a person to read: what was wrong, in their words."""

from __future__ import annotations


class TrainerCoachError(Exception):
    """A refused operation. The message is written for the person who asked for it."""


class ValidationError(TrainerCoachError):
    """Input that cannot be saved; ``errors`` maps each field to what is wrong with it."""

    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = dict(errors)
        super().__init__("; ".join(self.errors.values()))


class NotFound(TrainerCoachError):
    """The thing asked for is not (or no longer) in the database."""


class Conflict(TrainerCoachError):
    """Someone else changed the same thing since it was read.

    ``what_changed`` maps each field whose saved value differs from the one being saved to
    ``(yours, theirs)``, so the person can see the other change and choose; ``current_version`` is the
    version to pass as ``expected_version`` to save theirs over it deliberately.
    """

    def __init__(self, message: str, what_changed: dict[str, tuple[object, object]] | None = None,
                 current_version: int | None = None) -> None:
        super().__init__(message)
        self.what_changed = dict(what_changed or {})
        self.current_version = current_version


class AccessDenied(TrainerCoachError):
    """The database refused the action for the role the person signed in with (a team server's rules)."""


class ServerUnreachable(TrainerCoachError):
    """The team server could not be reached or refused the login; nothing was changed, try again later."""
