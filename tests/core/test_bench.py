"""``bench``: the shape of its output, on the small demo. Its figures are the benchmark's business, never a test's.
The benchmark lives in ``benchmarks/`` of a source checkout, not in the shipped package."""

from __future__ import annotations

import json
from contextlib import closing
from pathlib import Path

import pytest

from benchmarks import backends, bench
from trainercoach import paths
from trainercoach.cli import main

FIELDS = {"name": str, "median_s": (float, type(None)), "floor_s": (float, type(None)), "ratio": (float, type(None)),
          "target": (float, type(None)), "met": (bool, type(None))}
EXPECTED = {"cold_start", "dashboard", "dashboard_page", "candidate_list", "session_list", "import_feedback_300",
            "evaluation_pdf", "evaluation_batch_2_vs_1", "peak_memory", "main_window", "gui_thread_stall",
            "agreement_icc", "agreement_alpha_ordinal", "agreement_alpha_interval", "agreement_kappa",
            "agreement_percent", "agreement_bias", "agreement_all", "forecast_all", "forecast_backtest_coverage",
            "soak_memory_growth", "gap_page", "case_page", "dashboard_shown"}
NO_TIME = {"gui_thread_stall", "forecast_backtest_coverage"}  # a stall and a share: no median time


def check_shape(rows: list[dict]) -> None:
    for row in rows:
        for name, kind in FIELDS.items():
            assert isinstance(row[name], kind), (row["name"], name, row[name])
        assert row["unit"] in ("ratio", "speedup", "MB", "ms", "s", "%"), row
        if row["floor_s"] is not None and row["unit"] == "ratio":
            assert row["ratio"] == pytest.approx(row["median_s"] / row["floor_s"])
            assert row["met"] is (row["ratio"] <= row["target"] and (row["stall_ms"] or 0) <= bench.STALL_TARGET_MS)


def test_an_import_measurement_has_every_field(tmp_path: Path) -> None:
    plan = bench.Plan(runs=2, import_rows=300, scale="small", only={"import"})
    rows = bench.as_json(bench.run_bench(plan, cache=tmp_path / "cache"))
    # The same import on the demo's file and on its copy in PostgreSQL, each against its own floor.
    assert [(r["name"], r["backend"]) for r in rows] == [("import_feedback_300", "sqlite"),
                                                          ("import_feedback_300", "postgresql")]
    check_shape(rows)
    assert all(r["runs"] == 2 and r["median_s"] > 0 and r["floor_s"] > 0 for r in rows)
    assert "COPY" in rows[1]["note"] and "executemany" in rows[0]["note"]
    # The demo is built once and reused while the code that builds it is the same.
    [built] = (tmp_path / "cache").glob("*.sqlite3")
    when = built.stat().st_mtime_ns
    bench.run_bench(plan, cache=tmp_path / "cache")
    assert list((tmp_path / "cache").glob("*.sqlite3")) == [built] and built.stat().st_mtime_ns == when
    table = bench.table(bench.run_bench(plan, cache=tmp_path / "cache"))
    assert "| import_feedback_300 | sqlite |" in table and "| import_feedback_300 | postgresql |" in table


def test_the_server_copy_is_made_once_and_the_import_leaves_it_unchanged(tmp_path: Path) -> None:
    """The PostgreSQL copy of a demo is reused while the demo is the same; imports run in a throwaway copy."""
    demo = bench.cached_demo("small", tmp_path)
    url = backends.cached_copy(demo)
    oid = "SELECT oid FROM pg_database WHERE datname = current_database()"
    with closing(backends.raw_connect(url)) as raw:
        forms = backends.execute(raw, "SELECT count(*) FROM feedback_response")[0][0]
        made = backends.execute(raw, oid)
    assert forms > 0
    assert backends.cached_copy(demo) == url
    with closing(backends.raw_connect(url)) as raw:
        assert backends.execute(raw, oid) == made  # found complete, not made again
    plan = bench.Plan(runs=1, import_rows=50, scale="small", only={"import"}, backends=("postgresql",))
    [row] = bench.as_json(bench.run_bench(plan, cache=tmp_path))
    assert row["backend"] == "postgresql" and row["floor_s"] > 0
    with closing(backends.raw_connect(url)) as raw:
        assert backends.execute(raw, "SELECT count(*) FROM feedback_response")[0][0] == forms


@pytest.mark.slow
def test_bench_quick_json_on_the_small_demo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    """Every operation, once, on the small demo: names, fields and types of ``bench --quick --json``."""
    monkeypatch.setenv("TRAINERCOACH_HOME", str(tmp_path))
    small = bench.Plan.make
    monkeypatch.setattr(bench.Plan, "make", classmethod(
        lambda cls, quick, scale="large": cls(**{**vars(small(quick, scale)), "import_rows": 300,
                                                 "batch_candidates": 2})))
    assert main(["bench", "--quick", "--json", "--scale", "small"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {r["name"] for r in rows} == EXPECTED
    assert {r["name"] for r in rows if r["backend"] == "postgresql"} == {
        "dashboard", "dashboard_page", "candidate_list", "session_list", "import_feedback_300", "gap_page", "case_page",
        "peak_memory", "main_window", "dashboard_shown"}
    check_shape(rows)
    assert all(r["median_s"] is not None for r in rows if r["name"] not in NO_TIME)
    coverage = next(r for r in rows if r["name"] == "forecast_backtest_coverage")
    assert coverage["value"] is None or 0 <= coverage["value"] <= 100


def test_the_gap_and_case_pages_are_measured_against_a_bare_view_of_the_same_rows(tmp_path: Path) -> None:
    """Issue 22: each page opened in the main window against the lists' floor shape, on both databases, the
    rows the page showed the rows the floor's SELECT fetched."""
    plan = bench.Plan(runs=1, scale="small", only={"pages"})
    rows = bench.as_json(bench.run_bench(plan, cache=tmp_path))
    assert [(r["name"], r["backend"]) for r in rows if r["name"] != "gui_thread_stall"] == [
        ("gap_page", "sqlite"), ("case_page", "sqlite"), ("gap_page", "postgresql"), ("case_page", "postgresql")]
    check_shape(rows)
    for row in rows[:-1]:
        assert row["floor_s"] > 0 and row["stall_ms"] is not None and row["unit"] == "ratio"
        shown, fetched = (int(part.split()[-1]) for part in row["note"].split(" rows")[0:2])  # "3 rows … the 3 rows"
        assert shown == fetched == (3 if row["name"] == "gap_page" else 7)  # the small demo's gaps and cases


def test_the_benchmark_is_not_in_the_shipped_package() -> None:
    package = Path(paths.PROJECT_ROOT) / "trainercoach"
    assert not list(package.rglob("*bench*.py"))
    assert (Path(bench.__file__).parent / "gui_probes.py").is_file()


def test_an_installed_copy_says_the_benchmark_runs_from_a_source_checkout(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(paths, "PROJECT_ROOT", tmp_path)  # as in site-packages: no benchmarks/, no pyproject.toml
    assert main(["bench", "--quick"]) == 1
    captured = capsys.readouterr()
    assert "runs from a source checkout" in captured.err and captured.out == ""


def test_a_checkout_runs_its_own_benchmark(monkeypatch: pytest.MonkeyPatch) -> None:
    called = []
    monkeypatch.setattr(bench, "main", lambda *args, **kwargs: called.append((args, kwargs)) or 0)
    assert main(["bench", "--quick", "--json", "--only", "import"]) == 0
    assert main(["bench", "--quick", "--json", "--only", "import", "--backend", "sqlite"]) == 0
    assert called == [((True, True), {"scale": "large", "only": ["import"], "backends": ("sqlite", "postgresql")}),
                      ((True, True), {"scale": "large", "only": ["import"], "backends": ["sqlite"]})]


def test_a_probes_peak_memory_is_its_own_not_the_benchmarks() -> None:
    """A probe is spawned by a benchmark that may have just written a demo in-process: ``ru_maxrss`` of the
    child keeps the parent's size at the fork (the 492 MB and 3.5 GB peaks of issue 22); the probe's own peak
    does not."""
    import os
    import resource
    import subprocess
    import sys

    grown = bytearray(300 * 1024 * 1024)
    grown[::4096] = b"\1" * len(grown[::4096])  # resident, not only reserved
    code = ("import resource; from benchmarks.gui_probes import peak_resident_mb; "
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, peak_resident_mb())")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env=dict(os.environ, QT_QPA_PLATFORM="offscreen")).stdout.split()
    inherited, own = float(out[0]), float(out[1])
    parent = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    del grown
    assert parent > 300  # the benchmark's side really grew
    assert own < 200, (inherited, own)  # Linux reports ~parent for ``inherited``; the probe must not
