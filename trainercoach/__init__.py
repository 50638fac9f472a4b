"""Trainer Coach: grow your own trainers through the g2g pipeline.

The package outside ``trainercoach.gui`` is the core; it never imports Qt so every use case can be
driven by tests and the command line exactly as the windows drive it.
"""

__version__ = "0.1.0"
