"""Session effectiveness as pure functions over plain data: no database, no Qt, easy to check by hand.

Three views of a session are kept apart — the observer's rubric score, the trainees' reaction (Kirkpatrick
level 1) and their learning (level 2) — and every mean a person sees carries its n and a 95% interval.
"""
