"""Every use case and its validation; windows, the command line and tests all call these."""

from trainercoach.services.coach import Coach
from trainercoach.services.records import CandidateForm, TraitEntry

__all__ = ["Coach", "CandidateForm", "TraitEntry"]
