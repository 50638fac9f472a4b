"""The capacity planner's arithmetic (analytics/capacity.py): the case worked by hand in docs/forecasts.md."""

from __future__ import annotations

import pytest

from trainercoach.analytics.capacity import Plan, SiteLoad, Trainer, lines, outlook, with_load

ATHENS = SiteLoad("Athens", "el", new_hires=14, hours_per_hire=40, trainees_per_session=6, changes=3,
                  refresher_hours=4, knowledge_base_hours=10)
DUBLIN = SiteLoad("Dublin", "en", new_hires=10, hours_per_hire=40, trainees_per_session=10, changes=2,
                  refresher_hours=3, knowledge_base_hours=8)
TRAINERS = (Trainer("Ελένη", "Athens", "el", 30), Trainer("Νίκος", "Athens", "el", 30),
            Trainer("Tom", "Dublin", "en", 40), Trainer("Priya", "Dublin", "en", 40))
PLAN = Plan("Next year", (ATHENS, DUBLIN), TRAINERS, new_trainer_hours=20, ready_per_month=(1.0, 0.5))


def test_the_worked_case() -> None:
    # Athens: ceil(14/6) = 3 classes x 40 h = 120, 3 changes x 4 h = 12, knowledge base 10: 142 h.
    assert ATHENS.onboarding() == 120 and ATHENS.refreshers() == 12 and ATHENS.needed() == 142
    # Dublin: one class of 10 x 40 h = 40, 2 x 3 h = 6, 8: 54 h.
    assert DUBLIN.needed() == 54
    by_line = {(line.site, line.language): line for line in lines(PLAN)}
    assert by_line[("Athens", "el")].available == 60 and by_line[("Athens", "el")].shortfall == 82
    assert by_line[("Dublin", "en")].available == 80 and by_line[("Dublin", "en")].shortfall == 0
    result = outlook(PLAN)
    assert result.hours_per_trainer == 35  # (30 + 30 + 40 + 40) / 4
    first, second, third = result.months[:3]
    assert (first.needed, first.available, first.from_ready) == (196, 140, 0)
    # Dublin's spare 26 h do not teach Greek in Athens: the shortfall is Athens's 82 h, 3 trainers (82 / 35).
    assert first.shortfall_hours == 82 and first.shortfall_trainers == 3
    # One candidate expected ready in month 0 gives 20 h from month 1: 62 h, 2 trainers.
    assert second.from_ready == 20 and second.shortfall_hours == 62 and second.shortfall_trainers == 2
    assert third.from_ready == 30 and third.shortfall_hours == 52 and third.shortfall_trainers == 2
    assert len(result.months) == 12 and result.months[-1].shortfall_hours == 52


def test_a_what_if_changes_the_outlook() -> None:
    fewer = outlook(with_load(PLAN, 0, new_hires=6))  # one class instead of three: 40 + 12 + 10 = 62 h
    assert fewer.months[0].shortfall_hours == 2 and fewer.months[0].shortfall_trainers == 1
    assert fewer.months[1].shortfall_hours == 0 and fewer.months[1].shortfall_trainers == 0
    assert outlook(PLAN).months[0].shortfall_hours == 82  # the plan itself is unchanged


@pytest.mark.parametrize("bad", [
    Plan("x", (SiteLoad("A", "en", new_hires=-1),)),
    Plan("x", (SiteLoad("A", "en", trainees_per_session=0),)),
    Plan("x", (), (Trainer("T", "A", "en", 800),)),
    Plan("x", (SiteLoad("A", "en", changes=float("nan")),)),
    Plan("x", new_trainer_hours=-5),
])
def test_bad_inputs_are_named(bad: Plan) -> None:
    assert bad.errors()


def test_no_trainers_and_no_load() -> None:
    empty = outlook(Plan("empty"))
    assert all(m.needed == 0 and m.shortfall_trainers == 0 for m in empty.months)
    alone = outlook(Plan("alone", (DUBLIN,), new_trainer_hours=20))
    assert alone.hours_per_trainer == 20 and alone.months[0].shortfall_trainers == 3  # 54 / 20


def test_plans_are_saved_opened_replaced_and_deleted_with_undo(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from trainercoach.analytics.capacity import plan_from_dict, plan_to_dict
    from trainercoach.errors import ValidationError
    from trainercoach.services import Coach

    assert plan_from_dict(PLAN.name, plan_to_dict(PLAN)).loads == PLAN.loads
    coach = Coach.open(tmp_path / "db.sqlite3", actor="Lead")
    try:
        named = Plan("Πλάνο 2027 <&> 计划", PLAN.loads, PLAN.trainers, 20)
        saved = coach.capacity.save(named)
        assert coach.capacity.saved() == [(saved, "Πλάνο 2027 <&> 计划")]
        opened = coach.capacity.open(saved)
        assert opened.loads == PLAN.loads and opened.trainers == PLAN.trainers and len(opened.ready_per_month) == 12
        coach.capacity.save(with_load(named, 0, new_hires=6))  # the same name: replaced
        assert coach.capacity.open(saved).loads[0].new_hires == 6 and len(coach.capacity.saved()) == 1
        coach.history.undo()
        assert coach.capacity.open(saved).loads[0].new_hires == 14
        with pytest.raises(ValidationError) as refused:
            coach.capacity.save(Plan(" ", (SiteLoad("A", "en", new_hires=-1),)))
        assert set(refused.value.errors) == {"name", "loads.0"}
        assert len(coach.capacity.saved()) == 1  # nothing changed
        coach.capacity.delete(saved)
        assert coach.capacity.saved() == []
        coach.history.undo()
        assert [name for _, name in coach.capacity.saved()] == ["Πλάνο 2027 <&> 计划"]
    finally:
        coach.close()


def test_the_outlook_as_csv_reads_back(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import csv
    from datetime import date

    from trainercoach.exports.capacity import write_outlook_csv

    plan = Plan("x", (SiteLoad("=Αθήνα", "中文", new_hires=14, hours_per_hire=40, trainees_per_session=6),), TRAINERS)
    out = tmp_path / "capacity.csv"
    write_outlook_csv(outlook(plan), date(2026, 12, 1), out)
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(out.open(encoding="utf-8-sig")))
    assert rows[1][0] == "2026-12" and rows[12][0] == "2027-11" and rows[1][1] == "120.0"
    site = next(r for r in rows if r and r[1] == "中文")
    assert site[0] == "'=Αθήνα"  # a formula made inert, the Greek kept
