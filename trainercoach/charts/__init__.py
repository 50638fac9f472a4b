"""Figure builders for every chart the app shows and the PDFs print.

Each builder takes plain records and returns a matplotlib Figure made without pyplot (no global figure state,
no Qt), so the GUI can wrap it in a FigureCanvasQTAgg and a report can save it as SVG or PDF.
"""

from trainercoach.charts.calibration import observer_bias
from trainercoach.charts.candidate import candidate_trend, criteria_vs_cohort
from trainercoach.charts.capacity import capacity_outlook
from trainercoach.charts.forecast import readiness_forecast, ready_per_month
from trainercoach.charts.programme import funnel, programme_trends, time_in_stage
from trainercoach.charts.session import before_after, before_after_check, feedback_distribution
from trainercoach.charts.style import ChartFigure

__all__ = [
    "ChartFigure",
    "before_after",
    "before_after_check",
    "capacity_outlook",
    "candidate_trend",
    "criteria_vs_cohort",
    "feedback_distribution",
    "funnel",
    "observer_bias",
    "programme_trends",
    "readiness_forecast",
    "ready_per_month",
    "time_in_stage",
]
