"""Every use case and its validation; windows, the command line and tests all call these."""

from trainercoach.records.candidates import CandidateForm, TraitEntry
from trainercoach.services.coach import Coach

__all__ = ["Coach", "CandidateForm", "TraitEntry"]
