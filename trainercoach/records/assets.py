"""Training assets, as far as sessions need them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class AssetRecord:
    id: int
    title: str
    has_text: bool
    has_visual: bool
    has_hands_on: bool
    link: str
