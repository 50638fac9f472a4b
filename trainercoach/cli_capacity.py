"""``python -m trainercoach list plans`` and ``export capacity --plan ID``: the capacity planner's saved plans
(issue 21) and one plan's PDF, on the same services and the same PDF as the Capacity page."""

from __future__ import annotations

import argparse
from contextlib import closing
from pathlib import Path

from trainercoach.cli_output import print_json
from trainercoach.errors import NotFound, TrainerCoachError
from trainercoach.services import Coach


def list_plans(args: argparse.Namespace) -> int:
    with closing(Coach.open(args.db)) as coach:
        rows = coach.capacity.saved()
    if args.json:
        print_json([{"id": plan_id, "name": name} for plan_id, name in rows])
    else:
        for plan_id, name in rows:
            print(f"{plan_id:>6}  {name}")
    return 0


def export_capacity(args: argparse.Namespace) -> list[Path]:
    """One saved plan's PDF, with ``--compare ID`` beside it, read in one transaction; a plan that is not there
    is exit 1 with the reason, and nothing is written."""
    from trainercoach.reports.batch import safe_stem
    from trainercoach.reports.capacity_report import write_capacity_report

    if args.all or args.id is not None:
        raise TrainerCoachError("export capacity takes --plan ID (see list plans), not --id or --all.")
    if args.plan is None:
        raise TrainerCoachError("Say which saved plan with --plan ID (see list plans).")
    if args.out.exists() and not args.out.is_dir():
        raise TrainerCoachError(f"{args.out} is a file; give --out a folder to write the plan into.")
    with closing(Coach.open(args.db)) as coach:
        try:
            snapshot = coach.reports.capacity(args.plan, compare=args.compare, lang=args.lang)
        except NotFound:
            missing = args.plan if args.compare is None or args.plan not in dict(coach.capacity.saved()) \
                else args.compare
            raise TrainerCoachError(f"No saved capacity plan has the id {missing} (see list plans).") from None
    stem = safe_stem(f"Capacity plan {args.plan} {snapshot.plan.name}")
    return [write_capacity_report(snapshot, args.out / f"{stem}.pdf", page_size=args.page_size)]
