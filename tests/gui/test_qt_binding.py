"""The Qt binding itself: a release that corrupts Python's reference counts would end a long session."""

from __future__ import annotations

import os
import subprocess
import sys

# PySide6 6.12.0 on Python 3.11 dropped a reference to None on every call of a method returning void; after
# some 20,000 calls (an afternoon of use) the process died with "Fatal Python error: none_dealloc".
PROGRAM = """
import sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
before = sys.getrefcount(None)
for _ in range(60_000):
    label.setText("x")
    app.processEvents()
print(sys.getrefcount(None) - before)
"""


def test_many_qt_calls_leave_none_s_reference_count_alone() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", PROGRAM], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert abs(int(done.stdout.strip().splitlines()[-1])) < 100
