"""A second way to the per-session summaries: plain rows read back and added up in Python, so the triggers of
migration 0014 are checked against arithmetic that shares no SQL with them."""

from __future__ import annotations

import math
from collections import defaultdict
from typing import Any

from sqlalchemy import Connection, text

SUMMARY_FIELDS = ("rubric_n", "rubric_sum", "rubric_sumsq", "responses", "overall_n", "overall_sum", "overall_sumsq")


def expected(connection: Connection) -> tuple[dict[int, tuple[float, ...]], dict[tuple[int, int, int], float]]:
    """(per session: the summary's figures, zeros left out; per (session, rubric version, observer): the gap)."""
    rows = lambda sql: connection.execute(text(sql)).all()  # noqa: E731
    weight = {cid: (float(w), key) for cid, w, key in rows("SELECT id, weight, key FROM criterion")}
    observations = {oid: (did, version, observer) for oid, did, version, observer
                    in rows("SELECT id, delivery_id, rubric_version_id, observer_id FROM observation")}
    scored: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for oid, cid, score in rows("SELECT observation_id, criterion_id, score FROM observation_score"):
        if score is not None:
            scored[oid].append((cid, score))
    figures: dict[int, list[float]] = defaultdict(lambda: [0] * 7)
    cells: dict[tuple[int, int, str], dict[int, list[int]]] = defaultdict(lambda: defaultdict(list))
    for oid, pairs in scored.items():
        did, version, observer = observations[oid]
        w = sum(s * weight[c][0] for c, s in pairs) / sum(weight[c][0] for c, _s in pairs)
        f = figures[did]
        f[0] += 1
        f[1] += w
        f[2] += w * w
        for c, s in pairs:
            cells[(did, version, weight[c][1])][observer].append(s)
    overall = {iid for iid, in rows("SELECT id FROM feedback_item WHERE key = 'overall'")}
    form_session = {}
    for rid, did in rows("SELECT id, delivery_id FROM feedback_response"):
        form_session[rid] = did
        figures[did][3] += 1
    for rid, iid, value in rows("SELECT response_id, item_id, value FROM feedback_answer"):
        if iid in overall:
            f = figures[form_session[rid]]
            f[4] += 1
            f[5] += value
            f[6] += value * value
    gaps: dict[tuple[int, int, int], list[float]] = defaultdict(list)
    for (did, version, _criterion), by_observer in cells.items():
        if len(by_observer) < 2:
            continue
        means = {o: sum(s) / len(s) for o, s in by_observer.items()}
        for o, mean in means.items():
            others = [m for p, m in means.items() if p != o]
            gaps[(did, version, o)].append(mean - sum(others) / len(others))
    return ({did: tuple(f) for did, f in figures.items() if any(f)},
            {key: sum(g) / len(g) for key, g in gaps.items()})


def kept(connection: Connection) -> tuple[dict[int, tuple[float, ...]], dict[tuple[int, int, int], float]]:
    """What the triggers have written, in the same shape."""
    summary = {row[0]: tuple(row[1:]) for row in connection.execute(
        text(f"SELECT delivery_id, {', '.join(SUMMARY_FIELDS)} FROM session_summary")) if any(row[1:])}
    gaps = {(d, v, o): g for d, v, o, g in connection.execute(
        text("SELECT delivery_id, rubric_version_id, observer_id, gap FROM observer_gap"))}
    return summary, gaps


def differences(connection: Connection) -> list[str]:
    """Every session or gap where the kept figures and the recomputed ones differ (floats to 1e-9)."""
    want_summary, want_gaps = expected(connection)
    have_summary, have_gaps = kept(connection)
    out: list[Any] = []
    for did in sorted(set(want_summary) | set(have_summary)):
        want, have = want_summary.get(did), have_summary.get(did)
        if want is None or have is None or not all(math.isclose(float(a), float(b), abs_tol=1e-9)
                                                   for a, b in zip(want, have, strict=True)):
            out.append(f"session {did}: kept {have}, recomputed {want}")
    for key in sorted(set(want_gaps) | set(have_gaps)):
        want_gap, have_gap = want_gaps.get(key), have_gaps.get(key)
        if want_gap is None or have_gap is None or not math.isclose(want_gap, have_gap, abs_tol=1e-9):
            out.append(f"gap {key}: kept {have_gap}, recomputed {want_gap}")
    return out
