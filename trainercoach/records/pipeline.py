"""The pipeline's stages as the services hand them out."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class StageRecord:
    id: int
    key: str | None
    name: str
    position: int
    kind: str
    candidates: int
