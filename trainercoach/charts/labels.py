"""Every word the charts show, in one place, marked with N_ and translated when a chart is drawn, into the
language of the window or document it is drawn for (trainercoach/i18n.py)."""

from __future__ import annotations

import re

from trainercoach.i18n import N_, text

CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")  # tabs, line breaks: no glyph, a box in print

TEXT: dict[str, str] = {
    "not_enough_data": N_("Not enough data"),
    # candidate trend
    "trend_title": N_("{name}: deliveries over time"),
    "trend_x": N_("Session date"),
    "trend_y": N_("Score (1–5)"),
    "trend_gain_y": N_("Normalised learning gain (0–1)"),
    "trend_rubric": N_("Rubric (observers, weighted)"),
    "trend_feedback": N_("Feedback (overall item)"),
    "trend_band": N_("Feedback 95% interval"),
    "trend_small": N_("Under {n} answers (hollow)"),
    "trend_gain": N_("Learning gain (normalised)"),
    "trend_too_few": N_("A trend needs at least two sessions with a score; {name} has {count}."),
    # criteria against the cohort
    "criteria_title": N_("{name}: rubric criteria against the cohort"),
    "criteria_x": N_("Mean rubric score (1–5)"),
    "criteria_label": N_("{title} (n={n})"),
    "criteria_unscored": N_("{title} (not scored)"),
    "criteria_above": N_("At or above cohort median"),
    "criteria_below": N_("Below cohort median"),
    "criteria_median": N_("Cohort median"),
    "criteria_none": N_("No criterion has been scored for {name} yet."),
    # feedback distribution
    "feedback_title": N_("Trainee feedback: {topic}"),
    "feedback_subtitle": N_("{responses} responses from {trainees} trainees"),
    "feedback_x": N_("Share of answers (disagree ← | → agree)"),
    "feedback_label": N_("{label} (n={n})"),
    "feedback_no_answers": N_("{label} (no answers)"),
    "feedback_none": N_("No trainee has answered the feedback for this session yet."),
    "feedback_skipped": N_("Not shown: “{label}” uses a 0–10 scale (n={n}, mean {mean})."),
    "likert_1": N_("1 Strongly disagree"),
    "likert_2": N_("2 Disagree"),
    "likert_3": N_("3 Neutral"),
    "likert_4": N_("4 Agree"),
    "likert_5": N_("5 Strongly agree"),
    # funnel
    "funnel_title": N_("Pipeline funnel"),
    "funnel_bar": N_("{count}"),
    "funnel_conversion": N_("{count}  ({share:.0%} of previous stage)"),
    "funnel_none": N_("No candidate has entered the pipeline yet."),
    "funnel_tip": N_("Candidates who reached this stage: {count}"),
    # time in stage
    "stage_title": N_("Time in each stage"),
    "stage_x": N_("Days in stage (completed stays)"),
    "stage_label": N_("{stage} (n={n})"),
    "stage_empty_label": N_("{stage}"),
    "stage_empty": N_("no completed stays yet"),
    "stage_median": N_("median {days:g}"),
    "stage_none": N_("No candidate has completed a stage yet."),
    "stage_tip": N_("Days in this stage: {days}"),
    # before / after
    "check_title": N_("{title}"),
    "check_before": N_("Before"),
    "check_after": N_("After"),
    "check_y": N_("Score"),
    "check_max": N_("Maximum {max}"),
    "check_mean": N_("Class mean"),
    "check_up": N_("Trainee: higher after"),
    "check_same": N_("Trainee: unchanged"),
    "check_down": N_("Trainee: lower after"),
    "check_gain": N_("Mean gain {gain} (95% interval {low} to {high}), n={n}"),
    "check_gain_no_interval": N_("Mean gain {gain}, n={n}"),
    "check_normalised": N_("Normalised gain {g}"),
    "check_no_normalised": N_("No normalised gain: {why}"),
    "check_unpaired": N_("Trainees with only one score, not shown: {count}."),
    "check_none": N_("No trainee has both a before and an after score."),
    # programme
    "programme_title": N_("The programme month by month"),
    "programme_scores_y": N_("Mean (1–5)"),
    "programme_deliveries_y": N_("Deliveries"),
    "programme_x": N_("Month"),
    "programme_rubric": N_("Rubric score"),
    "programme_feedback": N_("Trainee feedback (overall)"),
    "programme_band": N_("95% interval"),
    "programme_share": N_("Internal trainers gave {internal} of {total} sessions ({share:.0%}).\n"
                          "For reference, the guide's g2g network gives about 80% of internal training."),
    "programme_no_share": N_("No session has been given yet."),
    "programme_none": N_("No session has been given yet."),
    "programme_sessions_tip": N_("Sessions given: {count}"),
    # calibration: each observer's bias
    "bias_title": N_("Each observer's bias"),
    "bias_x_consensus": N_("Mean difference from the other observers (points on the 1–5 scale)"),
    "bias_x_reference": N_("Mean difference from the reference score (points on the 1–5 scale)"),
    "bias_label": N_("{name} (n={n})"),
    "bias_lenient": N_("Lenient: the whole 95% interval above zero"),
    "bias_severe": N_("Severe: the whole 95% interval below zero"),
    "bias_steady": N_("Interval includes zero"),
    "bias_none": N_("No observer has scores to compare yet."),
    # readiness forecast
    "forecast_title": N_("{name}: forecast to readiness"),
    "forecast_x": N_("Practice delivery number"),
    "forecast_y": N_("Rubric score (1–5)"),
    "forecast_curve": N_("Expected score (own sessions pooled with the cohort)"),
    "forecast_band": N_("80% band of one session's score"),
    "forecast_scores": N_("Observed rubric score"),
    "forecast_threshold": N_("Rubric threshold {threshold}"),
    "forecast_span": N_("Rule expected to be met (80% interval)"),
    "forecast_now": N_("now"),
    "forecast_waiting_rubric": N_("Mostly waiting on the rubric scores"),
    "forecast_waiting_feedback": N_("Mostly waiting on the trainees' feedback (the rubric is expected sooner)"),
    "forecast_tip": N_("Delivery {number}: rubric {score}"),
    "forecast_ready": N_("The measured conditions of the readiness rule are already met."),
    "forecast_too_few": N_("A forecast needs at least one observed session, and a cohort with five or more "
                           "candidates observed three times."),
    "ready_months_title": N_("Candidates expected to become ready, month by month"),
    "ready_months_subtitle": N_("{ready} ready now (sign-off aside), {forecast} forecast, {unknown} without "
                                "enough data"),
    "ready_months_y": N_("Expected number becoming ready"),
    "ready_months_tip": N_("Expected to become ready: {expected}"),
    "ready_months_none": N_("No candidate in the pipeline has a forecast yet."),
    # capacity planner
    "capacity_title": N_("Trainer hours needed and available, month by month"),
    "capacity_subtitle": N_("Shortfall counted per site and language; one trainer gives {hours} hours a month"),
    "capacity_available": N_("Certified trainers' hours"),
    "capacity_ready": N_("Candidates forecast to be ready"),
    "capacity_needed": N_("Hours needed"),
    "capacity_y": N_("Trainer hours a month"),
    "capacity_short": N_("Trainers short (the figure above a month)"),
    "capacity_tip": N_("Needed {needed} h, certified {available} h, newly ready {ready} h; short {short} h "
                       "({trainers} trainers)"),
    "capacity_none": N_("Add a site and language, or a trainer, to plan."),
    # calibration: each observer's bias per quarter
    "drift_title": N_("Each observer's bias per quarter"),
    "drift_y": N_("Mean difference from the consensus (points)"),
    "drift_threshold": N_("Dashboard threshold (±{points})"),
    "drift_tip": N_("{name}, {period}: {bias} ({low} … {high}), n={n}"),
    # the asset library's coverage
    "coverage_title": N_("Learning styles the training assets cover, per topic"),
    "coverage_subtitle": N_("A topic is what its sessions are called; each cell counts the assets they used"),
    "coverage_text": N_("Text"),
    "coverage_visual": N_("Visual"),
    "coverage_hands_on": N_("Hands-on"),
    "coverage_mock_tickets": N_("Mock tickets"),
    "coverage_topic": N_("{topic} (sessions: {sessions})"),
    "coverage_flag": N_("{topic} (sessions: {sessions}) — text only"),
    "coverage_tip": N_("{topic}: {count} of {assets} assets teach as {style}"),
    "coverage_none": N_("No session has used a training asset yet: pick one in a session to see its topic here."),
}


def t(key: str, **values: object) -> str:
    """The words for ``key`` in the chart's language, with the values filled in; a value a person typed (a
    name, a topic) loses its tabs and line breaks, which would print as boxes."""
    clean = {name: CONTROL.sub(" ", value) if isinstance(value, str) else value for name, value in values.items()}
    return text(TEXT[key]).format(**clean)
