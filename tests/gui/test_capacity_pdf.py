"""The Capacity page's "Export PDF…" (issue 21): the plan as it stands on screen, with the saved plan compared
with it, written off the GUI thread and read back; a plan with a bad cell is not exported."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QPushButton

from trainercoach import i18n
from trainercoach.demo import write_demo
from trainercoach.gui.views.capacity_page import CapacityPage
from trainercoach.services import Coach


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Coach]:
    path: Path = tmp_path_factory.mktemp("capacity-pdf-gui") / "demo.sqlite3"
    write_demo(path, lang="en")
    coach = Coach.open(path, actor="Lead")
    yield coach
    coach.close()


def test_export_pdf_writes_the_plan_on_screen_off_the_gui_thread(qtbot, demo: Coach, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    page = CapacityPage(demo)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.outlook is not None, timeout=60_000)
    base = page.read_plan()
    assert base is not None
    saved = demo.capacity.save(replace(base, name="Πλάνο B 计划 <&> 🙂"))
    page._reload_saved()
    page.compare.setCurrentIndex(page.compare.findData(saved))
    page.loads.item(0, 0).setText("Αθήνα <&> 🙂 上海")
    page.loads.item(0, 2).setText("20")  # 20 hires a month, 30 h a class of 8: 3 classes, 90 h
    page.loads.item(0, 3).setText("30")
    on_screen = page.outlook
    assert on_screen is not None and on_screen.months[0].needed >= 90

    threads: list[threading.Thread] = []
    read = demo.reports.capacity

    def spy(*args: object, **kwargs: object) -> object:
        threads.append(threading.current_thread())
        return read(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(demo.reports, "capacity", spy)
    target = tmp_path / "plan.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda parent, title, where, filters, chosen: (str(target), chosen))
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(QUrl(url).toLocalFile()) or True)
    button = next(b for b in page.findChildren(QPushButton) if b.text() == "Export PDF…")
    assert button is page.pdf_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: target.exists() and opened == [str(target)], timeout=60_000)
    assert threads and threads[0] is not threading.main_thread()
    found = re.sub(r"\s+", " ", " ".join(p.extract_text() or "" for p in PdfReader(target).pages))
    m = on_screen.months[0]
    assert "The plan as it stood on screen" in found and "Side by side with Πλάνο B 计划 <&> 🙂" in found
    assert "Αθήνα <&> 🙂 上海" in found
    assert (f"{i18n.decimal(m.needed, 1)} {i18n.decimal(m.available, 1)} {i18n.decimal(m.from_ready, 1)} "
            f"{i18n.decimal(m.shortfall_hours, 1)} {m.shortfall_trainers}") in found

    # A cell that is not a number: the reason beside the tables, no dialog, nothing written.
    target.unlink()
    page.loads.item(0, 2).setText("twenty")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert "Not a number" in page.errors.text() and not target.exists() and len(threads) == 1
