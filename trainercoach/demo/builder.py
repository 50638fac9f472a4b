"""The small demo's builder: its parts, in the order they are written."""

from __future__ import annotations

from collections.abc import Callable

from trainercoach.demo.asset_library import AssetLibraryParts
from trainercoach.demo.calibration import CalibrationParts
from trainercoach.demo.candidates import CandidateParts
from trainercoach.demo.checks import CheckParts
from trainercoach.demo.feedback import FeedbackParts
from trainercoach.demo.gaps import GapParts
from trainercoach.demo.sessions import SessionParts


class DemoBuilder(CandidateParts, SessionParts, FeedbackParts, CheckParts, CalibrationParts, AssetLibraryParts,
                  GapParts):
    """Writes the demo part by part; each part has its own random generator so parts stay independent.

    The people and their histories come first; then training assets, practice deliveries planned from each
    candidate's timeline, the observations of those sessions, trainee feedback in line with what the observers
    saw, and comprehension checks. A later part reads what an earlier one planned (``self.deliveries``), never
    its random generator. A new part is a method added at the end of ``parts``.

    Each part lives in the module named for what it writes (``candidates``, ``sessions``, ``feedback``,
    ``checks``, ``calibration``, ``asset_library``, ``gaps``); what they share is in ``base`` and the small
    demo's constants in ``plan``.
    """

    @property
    def parts(self) -> list[Callable[[], None]]:
        return [self.add_mentors, self.plan_histories, self.add_candidates, self.add_moves, self.add_traits,
                self.add_milestones, self.add_assets, self.add_deliveries, self.add_observations,
                self.add_feedback, self.add_checks, self.add_certification, self.add_calibration,
                self.add_asset_library, self.add_gaps]

