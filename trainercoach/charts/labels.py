"""Every word the charts show, in one place, so translating them later means changing this file only."""

from __future__ import annotations

TEXT: dict[str, str] = {
    "not_enough_data": "Not enough data",
    # candidate trend
    "trend_title": "{name}: deliveries over time",
    "trend_x": "Session date",
    "trend_y": "Score (1–5)",
    "trend_gain_y": "Normalised learning gain (0–1)",
    "trend_rubric": "Rubric (observers, weighted)",
    "trend_feedback": "Feedback (overall item)",
    "trend_band": "Feedback 95% interval",
    "trend_small": "Under {n} answers (hollow)",
    "trend_gain": "Learning gain (normalised)",
    "trend_too_few": "A trend needs at least two sessions with a score; {name} has {count}.",
    # criteria against the cohort
    "criteria_title": "{name}: rubric criteria against the cohort",
    "criteria_x": "Mean rubric score (1–5)",
    "criteria_label": "{title} (n={n})",
    "criteria_unscored": "{title} (not scored)",
    "criteria_above": "At or above cohort median",
    "criteria_below": "Below cohort median",
    "criteria_median": "Cohort median",
    "criteria_none": "No criterion has been scored for {name} yet.",
    # feedback distribution
    "feedback_title": "Trainee feedback: {topic}",
    "feedback_subtitle": "{responses} responses from {trainees} trainees",
    "feedback_x": "Share of answers (disagree ← | → agree)",
    "feedback_label": "{label} (n={n})",
    "feedback_no_answers": "{label} (no answers)",
    "feedback_none": "No trainee has answered the feedback for this session yet.",
    "feedback_skipped": "Not shown: “{label}” uses a 0–10 scale (n={n}, mean {mean}).",
    "likert_1": "1 Strongly disagree",
    "likert_2": "2 Disagree",
    "likert_3": "3 Neutral",
    "likert_4": "4 Agree",
    "likert_5": "5 Strongly agree",
    # funnel
    "funnel_title": "Pipeline funnel",
    "funnel_bar": "{count}",
    "funnel_conversion": "{count}  ({share:.0%} of previous stage)",
    "funnel_none": "No candidate has entered the pipeline yet.",
    # time in stage
    "stage_title": "Time in each stage",
    "stage_x": "Days in stage (completed stays)",
    "stage_label": "{stage} (n={n})",
    "stage_empty_label": "{stage}",
    "stage_empty": "no completed stays yet",
    "stage_median": "median {days:g}",
    "stage_none": "No candidate has completed a stage yet.",
    # before / after
    "check_title": "{title}",
    "check_before": "Before",
    "check_after": "After",
    "check_y": "Score",
    "check_max": "Maximum {max}",
    "check_mean": "Class mean",
    "check_up": "Trainee: higher after",
    "check_same": "Trainee: unchanged",
    "check_down": "Trainee: lower after",
    "check_gain": "Mean gain {gain} (95% interval {low} to {high}), n={n}",
    "check_gain_no_interval": "Mean gain {gain}, n={n}",
    "check_normalised": "Normalised gain {g}",
    "check_no_normalised": "No normalised gain: {why}",
    "check_unpaired": "{count} trainee(s) with only one score are not shown.",
    "check_none": "No trainee has both a before and an after score.",
    # programme
    "programme_title": "The programme month by month",
    "programme_scores_y": "Mean (1–5)",
    "programme_deliveries_y": "Deliveries",
    "programme_x": "Month",
    "programme_rubric": "Rubric score",
    "programme_feedback": "Trainee feedback (overall)",
    "programme_band": "95% interval",
    "programme_share": "Internal trainers gave {internal} of {total} sessions ({share:.0%}).\n"
                       "For reference, the guide's g2g network gives about 80% of internal training.",
    "programme_no_share": "No session has been given yet.",
    "programme_none": "No session has been given yet.",
}


def t(key: str, **values: object) -> str:
    return TEXT[key].format(**values)
