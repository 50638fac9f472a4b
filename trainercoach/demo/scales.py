"""The large demo (``--scale large``): the small demo's people and words grown to years of a large
organisation's history.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from trainercoach.db.engine import sqlite_driver
from trainercoach.demo.builder import DemoBuilder
from trainercoach.demo.plan import (
    PERSON_COLUMNS,
    PIPELINE,
    SEED,
    PersonRef,
    stored,
)
from trainercoach.models import (
    Person,
)

# -- the large demo ------------------------------------------------------------------------------------
LARGE_CANDIDATES = 600
LARGE_PEOPLE = 2000
LARGE_TRAINERS_PER_SITE = 18
# Where the large organisation's candidates are now: years of history leave many active trainers.
LARGE_STAGES = {"nominated": 0.07, "screening": 0.06, "train_the_trainer": 0.08, "practice": 0.10,
                "co_delivery": 0.08, "certified": 0.08, "active": 0.38, "paused": 0.06, "withdrawn": 0.09}
GREEK_LETTERS = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")
CJK = re.compile(r"[\u4e00-\u9fff]")


def _name_parts(people: list[dict[str, Any]]) -> dict[str, dict[str, list[tuple[str, str]]]]:
    """Given names and surnames of the small demo, by script and (for Greek, whose surnames agree with the
    person) by gender, each with its Latin spelling taken from the person's e-mail address."""
    parts: dict[str, dict[str, list[tuple[str, str]]]] = {}
    for spec in people:
        name, email = spec["name"], spec.get("email") or ""
        latin = email.split("@")[0].split(".")
        if CJK.search(name):
            lang, given, surname = "zh", name[1:], name[0]
            latin = latin[::-1]  # wang.jing: the surname comes first in the address too
        else:
            lang = "el" if GREEK_LETTERS.search(name) else "en"
            given, _, surname = name.partition(" ")
        if len(latin) != 2 or not surname:
            continue
        gender = ("m" if given.endswith("ς") else "f") if lang == "el" else ""
        groups = parts.setdefault(lang, {})
        groups.setdefault("given" + gender, []).append((given, latin[0]))
        groups.setdefault("surname" + gender, []).append((surname, latin[1]))
    return {lang: {k: sorted(set(v)) for k, v in groups.items()} for lang, groups in parts.items()}


def large_data(small: dict[str, Any], grow: int = 1) -> dict[str, Any]:
    """The small demo's data grown to a large organisation: 600 candidates and about 80 leads and trainers
    on the same four sites, with names recombined from the small demo's and its own sentences for notes;
    ``grow`` times as many of each (10: the huge demo of issue 22, 6,000 candidates among 20,000 people)."""
    rng = random.Random(f"{SEED}:large-people")
    everyone = small["candidates"] + small["mentors"]
    parts = _name_parts(everyone)
    domain = small["organisation_domain"]
    vendors = {spec["vendor_company"]: spec["email"].split("@")[1] for spec in small["candidates"]
               if spec.get("vendor_company")}
    vendors_by_lang: dict[str, list[str]] = {}
    teams = sorted({spec["team"] for spec in small["candidates"]})
    languages: dict[str, list[str]] = {}
    notes: dict[str, list[str]] = {}
    for spec in small["candidates"]:
        lang = small["sites"][spec["site"]]["lang"]
        languages.setdefault(spec["site"], []).append(spec["languages"])
        if spec.get("notes"):
            notes.setdefault(lang, []).append(spec["notes"])
        if spec.get("vendor_company"):
            vendors_by_lang.setdefault(lang, []).append(spec["vendor_company"])
    emails: set[str] = {spec["email"] for spec in everyone if spec.get("email")}

    def person(site: str, staff: bool = False) -> dict[str, Any]:
        lang = small["sites"][site]["lang"]
        groups = parts[lang]
        gender = rng.choice("mf") if lang == "el" else ""
        given, given_latin = rng.choice(groups["given" + gender])
        surname, surname_latin = rng.choice(groups["surname" + gender])
        name = surname + given if lang == "zh" else f"{given} {surname}"
        spec: dict[str, Any] = {"name": name, "site": site, "team": rng.choice(teams),
                                "languages": rng.choice(languages[site])}
        host = domain
        if not staff and rng.random() < 0.1 and vendors_by_lang.get(lang):
            company = rng.choice(vendors_by_lang[lang])
            spec.update(employment="vendor", vendor_company=company)
            host = vendors[company]
        local = f"{given_latin}.{surname_latin}"
        email, number = f"{local}@{host}", 1
        while email in emails:
            number += 1
            email = f"{local}{number}@{host}"
        emails.add(email)
        spec["email"] = email
        return spec

    sites = {name: dict(info, mentors=list(info["mentors"])) for name, info in small["sites"].items()}
    mentors = [dict(spec) for spec in small["mentors"]]
    for site, info in sites.items():
        for number in range(1, LARGE_TRAINERS_PER_SITE * grow + 1):
            spec = person(site, staff=True)
            key = f"{site.lower()}-{number}"
            mentors.append({**spec, "key": key, "role": "trainer", "team": "Training"})
            info["mentors"].append(key)
    stages, weights = zip(*LARGE_STAGES.items(), strict=True)
    candidates = []
    site_names = list(sites)
    for _ in range(LARGE_CANDIDATES * grow):
        site = rng.choice(site_names)
        spec = person(site)
        lang = sites[site]["lang"]
        stage = rng.choices(stages, weights)[0]
        spec["stage"] = stage
        if rng.random() < 0.8:
            spec["notes"] = rng.choice(notes[lang])
        if stage == "paused":
            spec["reached"] = rng.choice(("screening", "train_the_trainer", "practice", "co_delivery"))
        elif stage == "withdrawn":
            spec["reached"] = rng.choice(("nominated", "screening", "train_the_trainer", "practice"))
            spec["archived"] = rng.random() < 0.3
        elif stage in ("nominated", "screening"):
            spec["unscored"] = rng.random() < 0.3
        if stage in PIPELINE[1:-1] and rng.random() < 0.08:
            spec["stalled"] = True
        if stage != "nominated" and rng.random() < 0.03:
            spec["no_mentor"] = True
        earlier = [key for key in ("train_the_trainer", "practice") if key in PIPELINE[: PIPELINE.index(stage)]] \
            if stage in PIPELINE else []
        if earlier and rng.random() < 0.05:
            spec["paused_during"] = rng.choice(earlier)
        if rng.random() < 0.3:
            spec["focus"] = rng.choice(small["assets"])["key"]
        if stage in ("co_delivery", "certified", "active") and rng.random() < 0.5:
            spec["co_with"] = rng.choice([key for key in sites[site]["mentors"]])
        candidates.append(spec)
    agents = [person(rng.choice(site_names)) for _ in range(LARGE_PEOPLE * grow - len(candidates) - len(mentors))]
    return {**small, "sites": sites, "mentors": mentors, "candidates": candidates, "agents": agents}


class LargeDemoBuilder(DemoBuilder):
    """Years of a large organisation's history: longer careers, active trainers who deliver every week or
    two, sessions observed by two people on average, and the agents who are not (yet) candidates."""

    history_days = 3 * 365 - 10
    settled_days = (30, 900)
    sessions_per_stage = {"train_the_trainer": (1, 3), "practice": (3, 8), "co_delivery": (8, 14),
                          "certified": (12, 30), "active": (70, 170)}
    trainee_range = (8, 32)
    check_share = 0.33
    # Issue 22: enough gaps and cases for their pages to be measured: a gap on every checked topic and four more
    # aspects of each (about 120), and 60 cases in each state of the review (420).
    gap_topics_per_language = 8
    gap_rounds = 5
    case_rounds = 60

    # Tables of hundreds of thousands of rows: their secondary indexes are built once at the end, in one sort,
    # rather than kept up to date row by row (about a sixth of the time spent in SQLite).
    deferred_indexes = ("feedback_answer", "feedback_response", "comprehension_score", "observation", "action_item")

    @property
    def parts(self) -> list[Callable[[], None]]:
        return [*super().parts, self.add_agents]

    def build(self) -> dict[str, int]:
        raw = sqlite_driver(self.session.connection())
        marks = ", ".join("?" * len(self.deferred_indexes))
        indexes = raw.execute(f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                              f"AND tbl_name IN ({marks}) ORDER BY name", self.deferred_indexes).fetchall()
        for name, _ in indexes:
            raw.execute(f'DROP INDEX "{name}"')
        counts = super().build()
        for _, sql in indexes:  # exactly as the migrations wrote them
            raw.execute(sql)
        return counts

    def _more_observers(self, rng: random.Random, pool: list[PersonRef], first: PersonRef) -> list[PersonRef]:
        others = [p for p in pool if p is not first]
        wanted = rng.choices((0, 1, 2), (0.2, 0.6, 0.2))[0]
        return rng.sample(others, min(wanted, len(others)))

    def add_agents(self) -> None:
        """Everyone else in the directory: agents who are not candidates, for the people pickers to search."""
        rng = self.rng("agents")
        next_id = self._next_id(Person)
        rows: list[tuple[object, ...]] = []
        for spec in self.data["agents"]:
            created = self.at(rng.randint(1, self.history_days), rng)
            hired = created.date() - timedelta(days=rng.randint(0, 8 * 365))
            rows.append((next_id + len(rows), spec["name"], spec["email"], spec["team"], spec["site"],
                         spec["languages"], spec.get("employment", "employee"), spec.get("vendor_company", ""),
                         stored(hired), "agent", stored(created), 1))
        self.write("person", PERSON_COLUMNS, rows)
        self.counts["people"] += len(rows)
