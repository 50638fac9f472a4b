"""The database tables as SQLAlchemy typed models; the schema itself changes only through migrations."""

from trainercoach.models.assets import AssetFeedback, AssetVersion
from trainercoach.models.base import Base, utcnow
from trainercoach.models.calibration import (
    CALIBRATION_STATUSES,
    CalibrationExercise,
    CalibrationObserver,
    CalibrationReference,
    CalibrationScore,
    CalibrationTarget,
)
from trainercoach.models.candidates import (
    COMPONENTS,
    MILESTONE_STATUSES,
    TRAITS,
    Candidate,
    Milestone,
    TraitScore,
)
from trainercoach.models.capacity import CapacityPlan
from trainercoach.models.certification import (
    LEVELS_OF_CERTIFICATION,
    Certification,
    CertificationEvidence,
    MentorSignoff,
    Setting,
)
from trainercoach.models.comprehension import CHECK_KINDS, ComprehensionCheck, ComprehensionScore
from trainercoach.models.deliveries import AUDIENCES, METHODS, Delivery, DeliveryObserver, TrainingAsset
from trainercoach.models.feedback import (
    DEFAULT_ITEMS,
    ITEM_KINDS,
    SOURCES,
    FeedbackAnswer,
    FeedbackImport,
    FeedbackItem,
    FeedbackResponse,
    ImportPreset,
)
from trainercoach.models.gaps import (
    CASE_MEASURES,
    CASE_STATUSES,
    EVIDENCE_KINDS,
    FIGURE_KINDS,
    GAP_STATUSES,
    BusinessCase,
    CaseSession,
    CaseStep,
    CheckQuestion,
    GapEvidence,
    KnowledgeGap,
)
from trainercoach.models.observations import RECOMMENDATIONS, ActionItem, Observation, ObservationScore
from trainercoach.models.people import ACCESS_ROLES, EMPLOYMENTS, ROLES, AppUser, Person
from trainercoach.models.pipeline import STAGE_KINDS, Stage, StageMove
from trainercoach.models.rubrics import LEVELS, Anchor, Criterion, Rubric, RubricVersion
from trainercoach.models.summaries import DERIVED_TABLES, ObserverGap, SessionSummary

__all__ = [
    "DERIVED_TABLES", "ObserverGap", "SessionSummary",
    "Base", "utcnow", "CapacityPlan", "Candidate", "Milestone", "TraitScore", "Person", "Stage", "StageMove",
    "COMPONENTS", "MILESTONE_STATUSES", "TRAITS", "EMPLOYMENTS", "ROLES", "STAGE_KINDS",
    "Delivery", "DeliveryObserver", "TrainingAsset", "METHODS", "AUDIENCES",
    "Rubric", "RubricVersion", "Criterion", "Anchor", "LEVELS",
    "Observation", "ObservationScore", "ActionItem", "RECOMMENDATIONS",
    "FeedbackItem", "FeedbackResponse", "FeedbackAnswer", "FeedbackImport", "ImportPreset",
    "DEFAULT_ITEMS", "ITEM_KINDS", "SOURCES",
    "ComprehensionCheck", "ComprehensionScore", "CHECK_KINDS",
    "Certification", "CertificationEvidence", "MentorSignoff", "Setting", "LEVELS_OF_CERTIFICATION",
    "AppUser", "ACCESS_ROLES",
    "CalibrationExercise", "CalibrationTarget", "CalibrationObserver", "CalibrationScore", "CalibrationReference",
    "CALIBRATION_STATUSES", "AssetVersion", "AssetFeedback",
    "CALIBRATION_STATUSES",
    "CheckQuestion", "KnowledgeGap", "GapEvidence", "BusinessCase", "CaseStep", "CaseSession",
    "GAP_STATUSES", "EVIDENCE_KINDS", "FIGURE_KINDS", "CASE_STATUSES", "CASE_MEASURES",
]
