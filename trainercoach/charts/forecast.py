"""The readiness forecast's charts: one candidate's learning curve with its band and the threshold, and how many
candidates the programme expects to become ready each month."""

from __future__ import annotations

from matplotlib.figure import Figure

from trainercoach.analytics.forecast import FEEDBACK, FORECAST, HORIZON, READY, Forecast
from trainercoach.charts import style
from trainercoach.charts.labels import t
from trainercoach.records.forecasts import ProgrammeForecast


@style.chart
def readiness_forecast(name: str, forecast: Forecast) -> Figure:
    """The observed rubric scores per delivery, the candidate's curve (their own data pooled with the cohort's)
    with the 80% band of a session's score, the rubric threshold, and the span of deliveries in which the
    forecast expects the rule to be met."""
    fig = style.new_figure()
    title = t("forecast_title", name=name)
    if forecast.status != FORECAST or not forecast.curve:
        reason = t("forecast_ready") if forecast.status == READY else t("forecast_too_few")
        return style.not_enough_data(fig, title, reason)
    ax = fig.add_subplot()
    style.set_title(fig, title)
    style.set_subtitle(ax, t("forecast_waiting_feedback") if forecast.waiting_on == FEEDBACK
                       else t("forecast_waiting_rubric"))
    delivered = forecast.delivered
    curve = forecast.curve
    xs = [p.number for p in curve]
    band = ax.fill_between(xs, [p.low for p in curve], [p.high for p in curve], color=style.RUBRIC, alpha=0.15,
                           linewidth=0, label=t("forecast_band"), gid="forecast-band", zorder=1)
    past = [p for p in curve if p.number <= delivered]
    ahead = [p for p in curve if p.number >= delivered]
    (line,) = ax.plot([p.number for p in past], [p.mean for p in past], color=style.RUBRIC, linewidth=2,
                      label=t("forecast_curve"), gid="forecast-curve", zorder=2)
    ax.plot([p.number for p in ahead], [p.mean for p in ahead], color=style.RUBRIC, linewidth=2, linestyle="--",
            gid="forecast-ahead", zorder=2)
    (points,) = ax.plot([n for n, _ in forecast.scores], [s for _, s in forecast.scores], linestyle="none",
                        marker="o", color=style.RUBRIC, label=t("forecast_scores"), gid="forecast-scores", zorder=3)
    style.tip(fig, points, [t("forecast_tip", number=n, score=style.fmt(s, 2)) for n, s in forecast.scores])
    threshold = ax.axhline(forecast.threshold, color=style.FEEDBACK, linestyle=":", linewidth=1.5,
                           label=t("forecast_threshold", threshold=style.fmt(forecast.threshold, 1)),
                           gid="forecast-threshold")
    handles = [points, line, band, threshold]
    if forecast.sessions_low is not None and forecast.sessions_high is not None:
        low = delivered + forecast.sessions_low
        high = delivered + min(forecast.sessions_high, HORIZON)
        span = ax.axvspan(low - 0.5, high + 0.5, color=style.GAIN, alpha=0.12, gid="forecast-span",
                          label=t("forecast_span"))
        handles.append(span)
        if forecast.sessions_expected is not None and forecast.sessions_expected <= HORIZON:
            ax.axvline(delivered + forecast.sessions_expected, color=style.GAIN, linewidth=1.5,
                       gid="forecast-expected")
    ax.axvline(delivered + 0.5, color=style.MUTED, linewidth=1, gid="forecast-now")
    ax.text(delivered + 0.5, 1.05, " " + t("forecast_now"), color=style.MUTED, fontsize="small", va="bottom")
    right = max(xs[-1], delivered + min(forecast.sessions_high or 0, HORIZON)) + 1
    ax.set_xlim(0.5, right)
    ax.set_ylim(0.8, 5.2)
    ax.set_yticks([1, 2, 3, 4, 5])
    ax.set_xlabel(t("forecast_x"))
    ax.set_ylabel(t("forecast_y"))
    ax.grid(axis="y", alpha=0.3)
    ax.legend(handles=handles, loc="lower right", fontsize="small", ncols=style.legend_columns(handles, 2))
    return fig


@style.chart
def ready_per_month(programme: ProgrammeForecast) -> Figure:
    """Bars of the expected number becoming ready each month: the sum of each candidate's chance that month,
    so a bar of 1.6 is "one or two"."""
    fig = style.new_figure()
    title = t("ready_months_title")
    if not programme.forecast:
        return style.not_enough_data(fig, title, t("ready_months_none"))
    ax = fig.add_subplot()
    style.set_title(fig, title)
    style.set_subtitle(ax, t("ready_months_subtitle", ready=programme.ready_now, forecast=programme.forecast,
                             unknown=programme.not_enough_data))
    labels = [f"{month:%Y-%m}" for month, _ in programme.months]
    values = [value for _, value in programme.months]
    bars = ax.bar(range(len(values)), values, color=style.GAIN, gid="ready-months")
    style.tips(fig, bars, [f"{label}\n{t('ready_months_tip', expected=style.fmt(v, 1))}"
                           for label, v in zip(labels, values, strict=True)])
    ax.set_xticks(range(len(labels)), labels, rotation=45, ha="right")
    ax.set_ylabel(t("ready_months_y"))
    ax.grid(axis="y", alpha=0.3)
    return fig
