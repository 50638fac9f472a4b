"""The database tables as SQLAlchemy typed models; the schema itself changes only through migrations."""

from trainercoach.models.base import Base, utcnow
from trainercoach.models.candidates import (
    COMPONENTS,
    MILESTONE_STATUSES,
    TRAITS,
    Candidate,
    Milestone,
    TraitScore,
)
from trainercoach.models.people import EMPLOYMENTS, ROLES, Person
from trainercoach.models.pipeline import STAGE_KINDS, Stage, StageMove

__all__ = [
    "Base", "utcnow", "Candidate", "Milestone", "TraitScore", "Person", "Stage", "StageMove",
    "COMPONENTS", "MILESTONE_STATUSES", "TRAITS", "EMPLOYMENTS", "ROLES", "STAGE_KINDS",
]
