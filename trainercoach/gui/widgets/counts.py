"""What each count of candidates counts, said the same way wherever it is shown (issue 18, point 6).

The numbers come from one definition (records/pipeline.py, ``Headcount``); these are the words beside them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from trainercoach.records.pipeline import Headcount


def in_programme_note(headcount: Headcount) -> str:
    """The tooltip of every "candidates in the programme" figure."""
    return QCoreApplication.translate(
        "Counts", "Candidates in a pipeline stage, from Nominated to the last stage. Not counted: {paused} paused or "
        "withdrawn, and archived candidates.").format(paused=headcount.paused_or_withdrawn)


def funnel_note(headcount: Headcount) -> str:
    """The tooltip of the funnel: why its first stage is more than the candidates in the programme."""
    return QCoreApplication.translate(
        "Counts", "How many candidates ever reached each stage: the {active} active candidates, including {paused} "
        "since paused or withdrawn; archived candidates are left out.").format(
        active=headcount.active, paused=headcount.paused_or_withdrawn)
