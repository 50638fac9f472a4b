"""Comprehension checks: the scores before and after a session, and later."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass
class ScoreEntry:
    trainee: str
    pre: float | None = None
    post: float | None = None
    retention: float | None = None


@dataclass
class QuestionResult:
    """One question of a check: how many trainees answered it and how many got it right (issue 20: a question
    most of them missed is a knowledge gap's evidence)."""

    text: str
    answered: int
    correct: int
    topic: str = ""


@dataclass
class CheckForm:
    delivery_id: int
    kind: str = "daily_quiz"
    title: str = ""
    max_score: float | None = 10.0
    held_on: date | None = None
    retention_on: date | None = None
    scores: list[ScoreEntry] = field(default_factory=list)
    questions: list[QuestionResult] = field(default_factory=list)


@dataclass(frozen=True)
class CheckRecord:
    id: int
    form: CheckForm
