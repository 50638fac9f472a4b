"""Observation rubrics and their versions."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class CriterionRecord:
    key: str
    title: str
    description: str = ""
    weight: float = 1.0
    anchors: dict[int, str] = field(default_factory=dict)
    id: int | None = None


@dataclass(frozen=True)
class RubricVersionRecord:
    id: int
    rubric_id: int
    rubric_name: str
    number: int
    note: str
    criteria: list[CriterionRecord]


@dataclass(frozen=True)
class RubricRecord:
    id: int
    name: str
    latest_version_id: int
    latest_number: int
