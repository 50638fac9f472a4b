"""The one object a window, the command line or a test holds: an open database and its services."""

from __future__ import annotations

import getpass
import os

from trainercoach.db import Database, open_database
from trainercoach.errors import TrainerCoachError
from trainercoach.i18n import language
from trainercoach.services.assets import AssetService
from trainercoach.services.business_cases import BusinessCaseService
from trainercoach.services.calibration import CalibrationService
from trainercoach.services.candidates import CandidateService
from trainercoach.services.capacity import CapacityService
from trainercoach.services.certification import CertificationService
from trainercoach.services.comprehension import ComprehensionService
from trainercoach.services.dashboard import DashboardService
from trainercoach.services.defaults import localise_defaults
from trainercoach.services.deliveries import DeliveryService
from trainercoach.services.effectiveness import EffectivenessService
from trainercoach.services.feedback import FeedbackService
from trainercoach.services.forecasts import ForecastService
from trainercoach.services.gaps import GapService
from trainercoach.services.history import History
from trainercoach.services.milestones import MilestoneService
from trainercoach.services.observations import ActionItemService, ObservationService
from trainercoach.services.observer_profiles import ObserverProfileService
from trainercoach.services.people import PeopleService
from trainercoach.services.pipeline import PipelineService
from trainercoach.services.reports import ReportService
from trainercoach.services.rubrics import RubricService
from trainercoach.services.settings import SettingsService


def current_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name on some systems
        return os.environ.get("USERNAME", "unknown")


class Coach:
    """Like Anki's collection: every action goes through here, whoever asks for it."""

    def __init__(self, db: Database, actor: str | None = None) -> None:
        self.db = db
        self._actor = actor  # given (a test, a script): used as it is
        self._found_actor: str | None = None
        self.history = History()
        self.candidates = CandidateService(self)
        self.pipeline = PipelineService(self)
        self.milestones = MilestoneService(self)
        self.people = PeopleService(self)
        self.deliveries = DeliveryService(self)
        self.assets = AssetService(self)
        self.rubrics = RubricService(self)
        self.observations = ObservationService(self)
        self.action_items = ActionItemService(self)
        self.feedback = FeedbackService(self)
        self.comprehension = ComprehensionService(self)
        self.settings = SettingsService(self)
        self.certification = CertificationService(self)
        self.effectiveness = EffectivenessService(self)
        self.forecasts = ForecastService(self)
        self.capacity = CapacityService(self)
        self.dashboard = DashboardService(self)
        self.reports = ReportService(self)
        self.calibration = CalibrationService(self)
        self.observer_profiles = ObserverProfileService(self)
        self.gaps = GapService(self)
        self.cases = BusinessCaseService(self)

    @property
    def actor(self) -> str:
        """Who is recorded as doing what this app does ("imported by", a move's "by", "awarded by"): the person
        the team server's login belongs to, or on a local file the person chosen as "you"
        (``settings.set_you``); the operating system's user name only when there is no such person yet."""
        if self._actor:
            return self._actor
        if self._found_actor is None:
            try:
                name = self.settings.your_name()
            except TrainerCoachError:  # a server that cannot say: the name below is better than no action
                name = None
            self._found_actor = name or current_user()
        return self._found_actor

    def forget_actor(self) -> None:
        """Look "you" up again at the next action (after choosing who you are, or a restore)."""
        self._found_actor = None

    @classmethod
    def open(cls, target: str | os.PathLike[str] | None = None, actor: str | None = None,
             lang: str | None = None) -> Coach:
        """Open (or create) the database; a new one gets its default stages, feedback items and rubric in
        ``lang`` (None: the current language, trainercoach/i18n.py)."""
        coach = cls(open_database(target), actor)
        try:
            # A database with no rubric gets the one the app ships, so the first observation can be scored.
            if coach.rubrics.install_default(lang=lang) is not None:
                localise_defaults(coach.db, lang or language())
        except BaseException:
            coach.close()
            raise
        return coach

    def close(self) -> None:
        self.db.close()
