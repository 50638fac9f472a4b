"""How many trainers the team needs: the guide's four sizing factors turned into hours, month by month.

The guide names what sizes a training team: the speed of change (how often business, processes and tools
change), complexity (the products that need specialist skill), scale (sites, and whether languages and cultures
differ) and the related duties (keeping the knowledge base). Each site and language is one line of inputs, so
scale and language are the lines themselves, complexity is in the training hours per new hire, and the speed of
change is the refreshers. Every figure is hours per month, added up without weighting, so a lead can check it
with a pencil (docs/forecasts.md works one case by hand).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field


@dataclass(frozen=True)
class SiteLoad:
    """The training one site's agents in one language need each month."""

    site: str
    language: str
    new_hires: float = 0.0  # per month
    hours_per_hire: float = 0.0  # trainer hours of onboarding a class of new hires goes through
    trainees_per_session: int = 1  # new hires taught together
    changes: float = 0.0  # business, process or tool changes per month
    refresher_hours: float = 0.0  # trainer hours of refresher training per change
    knowledge_base_hours: float = 0.0  # per month, keeping the knowledge base

    def onboarding(self) -> float:
        """Classes of new hires (a part-filled class is still a class) times the hours each class takes."""
        if self.new_hires <= 0:
            return 0.0
        return math.ceil(self.new_hires / max(1, self.trainees_per_session)) * self.hours_per_hire

    def refreshers(self) -> float:
        return self.changes * self.refresher_hours

    def needed(self) -> float:
        return self.onboarding() + self.refreshers() + self.knowledge_base_hours


@dataclass(frozen=True)
class Trainer:
    """A certified trainer's hours available for training each month, where and in which language."""

    name: str
    site: str
    language: str
    hours: float


@dataclass(frozen=True)
class Plan:
    name: str
    loads: tuple[SiteLoad, ...] = ()
    trainers: tuple[Trainer, ...] = ()
    new_trainer_hours: float = 20.0  # hours a month a candidate gives once ready
    ready_per_month: tuple[float, ...] = field(default=())  # expected candidates becoming ready, month by month

    def errors(self) -> dict[str, str]:
        """Keys name the input; the words are the caller's to translate (the core's i18n is not imported)."""
        errors: dict[str, str] = {}
        for i, load in enumerate(self.loads):
            numbers = (load.new_hires, load.hours_per_hire, load.changes, load.refresher_hours,
                       load.knowledge_base_hours)
            if any(not math.isfinite(v) or v < 0 for v in numbers):
                errors[f"loads.{i}"] = "negative"
            if load.trainees_per_session < 1:
                errors[f"loads.{i}.trainees_per_session"] = "at_least_one"
        for i, trainer in enumerate(self.trainers):
            if not math.isfinite(trainer.hours) or not 0 <= trainer.hours <= 744:
                errors[f"trainers.{i}"] = "hours"
        if not math.isfinite(self.new_trainer_hours) or not 0 <= self.new_trainer_hours <= 744:
            errors["new_trainer_hours"] = "hours"
        return errors


@dataclass(frozen=True)
class Month:
    index: int  # 0 = this month
    needed: float  # trainer hours
    available: float  # from the certified trainers
    from_ready: float  # from candidates expected to have become ready before this month
    shortfall_hours: float  # needed - available - from_ready, at least 0
    shortfall_trainers: int  # trainers short, at the average trainer's hours


@dataclass(frozen=True)
class Line:
    """One site and language: what it needs and what its trainers give."""

    site: str
    language: str
    needed: float
    available: float

    @property
    def shortfall(self) -> float:
        return max(0.0, self.needed - self.available)


@dataclass(frozen=True)
class Outlook:
    months: list[Month]
    lines: list[Line]
    hours_per_trainer: float  # what one more trainer would give, for the shortfall in trainers


def lines(plan: Plan) -> list[Line]:
    """Needed and available hours for every site and language that has either."""
    keys = sorted({(load.site, load.language) for load in plan.loads} |
                  {(t.site, t.language) for t in plan.trainers})
    return [Line(site, language,
                 sum(load.needed() for load in plan.loads if (load.site, load.language) == (site, language)),
                 sum(t.hours for t in plan.trainers if (t.site, t.language) == (site, language)))
            for site, language in keys]


def outlook(plan: Plan, months: int = 12) -> Outlook:
    """The next ``months`` months. The inputs are per month and steady, so what changes from month to month
    is the candidates becoming ready: one expected in month N adds ``new_trainer_hours`` from month N+1 on.
    The shortfall is counted per site and language (a trainer in Athens does not teach in Chinese in
    Shanghai) and the ready candidates are set against the total, since the forecast does not know where a new
    trainer will teach."""
    per_line = lines(plan)
    needed = sum(line.needed for line in per_line)
    available = sum(line.available for line in per_line)
    gap = sum(line.shortfall for line in per_line)
    hours = (sum(t.hours for t in plan.trainers) / len(plan.trainers)) if plan.trainers else plan.new_trainer_hours
    result = []
    ready_so_far = 0.0
    for index in range(months):
        from_ready = ready_so_far * plan.new_trainer_hours
        short = max(0.0, gap - from_ready)
        result.append(Month(index, needed, available, from_ready, short,
                            math.ceil(round(short / hours, 9)) if hours > 0 and short > 0 else 0))
        if index < len(plan.ready_per_month):
            ready_so_far += plan.ready_per_month[index]
    return Outlook(result, per_line, hours)


def with_load(plan: Plan, index: int, **changes: float) -> Plan:
    """A what-if: the plan with one line's inputs changed."""
    from dataclasses import replace

    loads = list(plan.loads)
    loads[index] = replace(loads[index], **changes)  # type: ignore[arg-type]
    return replace(plan, loads=tuple(loads))



def plan_to_dict(plan: Plan) -> dict[str, object]:
    """What a saved plan keeps: the inputs, not the forecast (which is read afresh when the plan is opened)."""
    from dataclasses import asdict

    return {"loads": [asdict(load) for load in plan.loads], "trainers": [asdict(t) for t in plan.trainers],
            "new_trainer_hours": plan.new_trainer_hours}


def plan_from_dict(name: str, data: dict[str, object], ready_per_month: tuple[float, ...] = ()) -> Plan:
    """A saved plan back; unknown keys (a later version's) are left out."""
    loads = data.get("loads", [])
    trainers = data.get("trainers", [])
    load_keys = set(SiteLoad.__dataclass_fields__)
    trainer_keys = set(Trainer.__dataclass_fields__)
    return Plan(
        name,
        tuple(SiteLoad(**{k: v for k, v in item.items() if k in load_keys})
              for item in (loads if isinstance(loads, list) else []) if isinstance(item, dict)),
        tuple(Trainer(**{k: v for k, v in item.items() if k in trainer_keys})
              for item in (trainers if isinstance(trainers, list) else []) if isinstance(item, dict)),
        float(data.get("new_trainer_hours", 20.0)),  # type: ignore[arg-type]
        ready_per_month,
    )
