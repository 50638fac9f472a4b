"""``python -m trainercoach forecast``: each pipeline candidate's forecast of further practice deliveries until
the readiness rule's measured conditions are met, with its 80% interval; ``--backtest`` says how often that
interval held what happened in this database's own history."""

from __future__ import annotations

import argparse
from contextlib import closing
from datetime import date
from typing import Any

from trainercoach.analytics.forecast import FORECAST, HORIZON, READY, Forecast
from trainercoach.cli_output import print_json
from trainercoach.services import Coach

STATUS = {FORECAST: "forecast", READY: "ready"}  # the JSON's status; anything else is "not enough data"


def add_parser(commands: Any, db_parent: argparse.ArgumentParser) -> None:
    forecast = commands.add_parser("forecast", parents=[db_parent],
                                   help="when each candidate is expected to meet the readiness rule")
    forecast.add_argument("--json", action="store_true", help="a JSON array of objects, one per candidate")
    forecast.add_argument("--backtest", action="store_true",
                          help="also how often the 80%% interval held what happened in this history")


def as_json(candidate_id: int, result: Forecast) -> dict[str, object]:
    """The issue's fields; ``sessions_high`` is null when the interval reaches beyond the horizon."""
    def day(value: date | None) -> str | None:
        return value.isoformat() if value else None

    out: dict[str, object] = {"candidate_id": candidate_id, "status": STATUS.get(result.status, "not enough data")}
    if result.status in STATUS:
        high = result.sessions_high
        out.update(sessions_expected=result.sessions_expected, sessions_low=result.sessions_low,
                   sessions_high=None if high is None or high > HORIZON else high,
                   date_expected=day(result.date_expected), date_low=day(result.date_low),
                   date_high=day(result.date_high), delivered=result.delivered)
    return out


def _text(result: Forecast) -> str:
    if result.status == READY:
        return "ready now (measured conditions met; sign-off aside)"
    if result.status != FORECAST:
        return "not enough data"
    high = f"more than {HORIZON}" if result.beyond_horizon else str(result.sessions_high)
    expected = (f"more than {HORIZON}" if (result.sessions_expected or 0) > HORIZON
                else f"~{result.sessions_expected}")
    when = f", about {result.date_expected.isoformat()}" if result.date_expected else ""
    return f"ready in {expected} sessions ({result.sessions_low}–{high}, 80%){when}"


def forecast(args: argparse.Namespace) -> int:
    with closing(Coach.open(args.db)) as coach:
        rows = coach.forecasts.all()
        tested = coach.forecasts.backtest() if args.backtest else None
    if args.json:
        out: Any = [as_json(row.candidate_id, row.forecast) for row in rows]
        if tested is not None:
            c = tested.history
            out = {"forecasts": out, "backtest": {"cases": c.cases, "covered": c.covered, "coverage": c.share,
                                                  "censored": c.censored, "cuts": [d.isoformat() for d in tested.cuts]}}
        print_json(out)
        return 0
    for row in rows:
        print(f"{row.candidate_id:>6}  {row.name}  [{row.stage}]  {_text(row.forecast)}")
    if tested is not None:
        c = tested.history
        share = "—" if c.share is None else f"{c.share:.0%}"
        print(f"Backtest over {len(tested.cuts)} earlier days: the 80% interval held {c.covered} of {c.cases} "
              f"outcomes ({share}); {c.censored} not yet known.")
    return 0
