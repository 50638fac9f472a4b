"""``python -m trainercoach list gaps|cases`` and ``export case``: the knowledge-gap register and the business
cases (issue 20), on the same services and the same PDF as the windows."""

from __future__ import annotations

import argparse
from contextlib import closing
from pathlib import Path

from trainercoach.cli_output import print_json
from trainercoach.errors import NotFound, TrainerCoachError
from trainercoach.services import Coach


def list_gaps(args: argparse.Namespace) -> int:
    with closing(Coach.open(args.db)) as coach:
        rows = coach.gaps.list()
    if args.json:
        print_json([{"id": g.id, "name": g.topic, "topic": g.topic, "status": g.status, "evidence": g.evidence,
                     "agents": g.agents, "trend": g.trend, "cases": g.cases, "created_by": g.created_by,
                     "created_at": g.created_at.isoformat()} for g in rows])
    else:
        for g in rows:
            print(f"{g.id:>6}  {g.topic}  [{g.status}; {g.evidence} evidence, {g.agents} agents, {g.trend}]")
    return 0


def list_cases(args: argparse.Namespace) -> int:
    with closing(Coach.open(args.db)) as coach:
        rows = coach.cases.list(candidate_id=args.candidate)
    if args.json:
        print_json([{"id": c.id, "name": c.title, "title": c.title, "candidate": c.candidate, "gap": c.gap,
                     "status": c.status, "effort_hours": c.effort_hours,
                     "changed_at": c.changed_at.isoformat()} for c in rows])
    else:
        for c in rows:
            print(f"{c.id:>6}  {c.title}  [{c.status}]  {c.candidate}")
    return 0


def export_case(args: argparse.Namespace) -> list[Path]:
    """One business case's PDF, read in one transaction; a case that is not there is exit 1 with the reason."""
    from trainercoach.reports.batch import safe_stem
    from trainercoach.reports.case_report import write_case_report

    if args.all or args.id is None:
        raise TrainerCoachError("Say which business case with --id ID (see list cases).")
    with closing(Coach.open(args.db)) as coach:
        try:
            snapshot = coach.reports.business_case(args.id)
        except NotFound:
            raise TrainerCoachError(f"No business case has the id {args.id} (see list cases).") from None
        stem = safe_stem(f"Business case {args.id} {snapshot.case.form.title}")
        return [write_case_report(snapshot, args.out / f"{stem}.pdf", page_size=args.page_size)]
