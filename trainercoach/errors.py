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
    """Someone else changed the same thing since it was read."""
