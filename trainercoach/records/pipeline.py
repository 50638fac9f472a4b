"""The pipeline's stages as the services hand them out."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class StageRecord:
    id: int
    key: str | None
    name: str
    position: int
    kind: str
    candidates: int


@dataclass(frozen=True)
class Headcount:
    """The one count of candidates the app shows wherever it says "candidates in the programme" (the dashboard,
    the programme tile, the programme report): candidates in a pipeline stage. Paused and withdrawn candidates
    (exit stages) are counted apart; archived candidates are left out of both."""

    in_programme: int
    paused_or_withdrawn: int

    @property
    def active(self) -> int:
        """Every candidate not archived: the funnel's first stage counts these (they were all nominated)."""
        return self.in_programme + self.paused_or_withdrawn

    @classmethod
    def of(cls, stages: Sequence[StageRecord]) -> Headcount:
        """From the stages with their (unarchived) candidates, as ``pipeline.stages()`` gives them."""
        return cls(sum(s.candidates for s in stages if s.kind == "pipeline"),
                   sum(s.candidates for s in stages if s.kind != "pipeline"))
