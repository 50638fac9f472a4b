"""The benchmark (``python -m trainercoach bench``), kept out of the shipped package: it runs from a source
checkout only, where ``trainercoach.cli`` finds it next to ``trainercoach/``."""
