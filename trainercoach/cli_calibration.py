"""``python -m trainercoach calibration``: observer agreement from a table file (``icc``) and one exercise's PDF
(``report``), on the same functions and services as the Calibration page."""

from __future__ import annotations

import argparse
from contextlib import closing

from trainercoach.cli_output import print_json
from trainercoach.errors import NotFound, TrainerCoachError
from trainercoach.services import Coach


def calibration(args: argparse.Namespace) -> int:
    """``calibration icc``: the statistics of a table file, no database needed (the same functions the
    Calibration page uses); ``calibration report``: one exercise's PDF."""
    if args.calibration_command == "report":
        return _calibration_report(args)
    from trainercoach.analytics import agreement as ag
    from trainercoach.imports.score_table import read_score_table

    if not 0 <= args.bootstrap <= 100_000:
        raise TrainerCoachError("--bootstrap is a number of resamples from 0 to 100000.")
    table = read_score_table(args.file)
    summary = ag.summarise(table.scores, bootstrap=args.bootstrap)
    if args.json:
        out = summary.as_json()
        out["observers"] = table.observers
        out["bias"] = [{"observer": table.observers[b.observer], "n": b.n, "mean": b.mean, "low": b.low,
                        "high": b.high, "lenient": b.lenient, "severe": b.severe} for b in summary.bias]
        print_json(out)
        return 0
    iccs = summary.iccs

    def figure(c: ag.Coefficient) -> str:
        if c.value is None:
            return "   —   (cannot be computed)"
        interval = "" if c.low is None or c.high is None else f"  [{c.low:6.3f}, {c.high:6.3f}]"
        return f"{c.value:6.3f}{interval}"

    print(f"{iccs.n_targets} targets × {iccs.n_observers} observers"
          + (f" ({iccs.dropped} incomplete targets dropped for the ICCs)" if iccs.dropped else ""))
    print(f"Intraclass correlations, 95% intervals (McGraw & Wong 1996); bands: {ag.ICC_SOURCE}")
    for kind in ag.ICC_KINDS:
        c = iccs.icc[kind]
        band = ag.icc_band(c.value)
        print(f"  {ag.ICC_MEANINGS[kind].split(':')[0]:<9} {figure(c)}" + (f"  {band}" if band else ""))
    print(f"Krippendorff's alpha ({args.bootstrap} bootstrap resamples); bands: {ag.ALPHA_SOURCE}")
    for name, c in (("ordinal", summary.alpha_ordinal), ("interval", summary.alpha_interval)):
        band = ag.alpha_band(c.value)
        print(f"  {name:<9} {figure(c)}" + (f"  {band}" if band else ""))
    if summary.kappa is not None:
        print(f"Weighted kappa (quadratic), two observers: {summary.kappa:.3f}")
    p = summary.percent
    if p.exact is not None and p.within_one is not None:
        print(f"Agreement over {p.pairs} pairs of scores: {p.exact:.0%} exact, {p.within_one:.0%} within one point")
    print("Each observer against the mean of the others (positive: scores higher):")
    for b in summary.bias:
        name = table.observers[b.observer]
        if b.mean is None:
            print(f"  {name}: no shared targets")
            continue
        interval = "" if b.low is None or b.high is None else f"  [{b.low:+.2f}, {b.high:+.2f}]"
        verdict = "  lenient" if b.lenient else "  severe" if b.severe else ""
        print(f"  {name}: {b.mean:+.2f}{interval}  n={b.n}{verdict}")
    return 0


def _calibration_report(args: argparse.Namespace) -> int:
    """One exercise's report, read in one transaction and laid out in the language asked for; an exercise that
    is not there is exit 1 with the reason."""
    from trainercoach import i18n
    from trainercoach.i18n import LANGUAGES
    from trainercoach.reports.batch import safe_stem
    from trainercoach.reports.calibration_report import write_calibration_report
    from trainercoach.reports.paper import default_paper

    if args.lang not in LANGUAGES:
        raise TrainerCoachError(f"The reports are in {', '.join(LANGUAGES)}; {args.lang!r} is not one of them.")
    if args.out.exists() and not args.out.is_dir():
        raise TrainerCoachError(f"{args.out} is a file; give --out a folder to write the report into.")
    with i18n.using(args.lang), closing(Coach.open(args.db)) as coach:
        try:
            snapshot = coach.reports.calibration(args.exercise)
        except NotFound:
            raise TrainerCoachError(f"No calibration exercise has the id {args.exercise}.") from None
        stem = safe_stem(f"Calibration {args.exercise} {snapshot.view.name}")
        written = write_calibration_report(snapshot, args.out / f"{stem}.pdf", page_size=args.page_size or
                                           default_paper())
    print(written)
    return 0
