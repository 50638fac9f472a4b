"""The main window's pages, each declared once: adding a page is one entry here (and the page's module).

An entry says what the window needs to know of a page, and nothing of how the page works inside:

- ``id`` and ``title`` (marked for translation in the main window's context);
- how it is built: its module and class, imported the first time the page is shown (a cold start imports only
  the first page's module); the class is made as ``cls(coach)`` and reads its rows itself;
- its navigation ``action`` (a ``QAction`` of the main window's form, or one made from the title and put in the
  View menu when the form has none);
- its ``page_actions``: the window's actions the page shows on its own toolbar (``None`` a separator), for a page
  with ``set_page_actions``;
- ``signals``: which of the page's signals call which of the window's methods;
- ``shows``: the kinds of record it shows (trainercoach/db/tracking.py's KINDS): after an operation the window
  reads the page again only if the operation changed one of them;
- ``header_key``: where the columns of its ``table`` are remembered, if they are.

The window's pages are numbered in this order: that is the navigation list's order and the remembered page.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStackedWidget, QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from trainercoach.services import Coach

CONTEXT = "MainWindow"  # the titles' translation context: the words the navigation list always had


@dataclass(frozen=True)
class Page:
    id: str
    title: str
    module: str
    cls: str
    action: str
    shows: frozenset[str]
    attribute: str = ""  # the window's attribute for the page (``window.board``); the id when empty
    signals: tuple[tuple[str, str], ...] = ()
    page_actions: tuple[str | None, ...] = ()
    header_key: str | None = None

    @property
    def name(self) -> str:
        return self.attribute or self.id

    def translated_title(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.title)

    def build(self, coach: Coach) -> QWidget:
        """Import the page's module (only now) and make the page; it starts reading as it is made."""
        return getattr(import_module(self.module), self.cls)(coach)

    def depends_on(self, kinds: frozenset[str] | set[str]) -> bool:
        return not self.shows.isdisjoint(kinds)


# What the people, the pipeline and the programme's figures are made of: most pages show some of each.
_PEOPLE = frozenset({"candidate", "person", "stage"})
_RESULTS = frozenset({"session", "observation", "feedback", "feedback_item", "comprehension", "rubric",
                      "certification", "setting", "action_item", "asset"})

# str(): PySide6's stubs say QT_TRANSLATE_NOOP returns object; it returns its text, marked for lupdate.
PAGES: tuple[Page, ...] = (
    Page("dashboard", str(QT_TRANSLATE_NOOP("MainWindow", "Dashboard")), "trainercoach.gui.views.dashboard_view",
         "DashboardView", "actionDashboard", _PEOPLE | _RESULTS | {"calibration"},
         signals=(("candidateActivated", "open_candidate"), ("sessionActivated", "show_session"),
                  ("newCandidateRequested", "new_candidate"), ("demoRequested", "open_demo"))),
    Page("pipeline", str(QT_TRANSLATE_NOOP("MainWindow", "Pipeline")), "trainercoach.gui.views.pipeline_board",
         "PipelineBoard", "actionPipeline", _PEOPLE, attribute="board",
         signals=(("candidateActivated", "open_candidate"), ("selectionChanged", "_update_actions"))),
    Page("candidates", str(QT_TRANSLATE_NOOP("MainWindow", "Candidates")), "trainercoach.gui.views.candidates_view",
         "CandidatesView", "actionCandidates", _PEOPLE,
         signals=(("candidateActivated", "open_candidate"), ("selectionChanged", "_update_actions")),
         header_key="candidates/header"),
    Page("sessions", str(QT_TRANSLATE_NOOP("MainWindow", "Sessions")), "trainercoach.gui.views.sessions_view",
         "SessionsView", "actionSessions", _PEOPLE | _RESULTS,
         signals=(("selectionChanged", "_update_actions"), ("observationActivated", "open_observation"),
                  ("checkActivated", "comprehension_check")),
         page_actions=("actionEditSession", "actionObserve", None, "actionEnterFeedback", "actionKiosk",
                       "actionImportFeedback", "actionPrintFeedbackForm", None, "actionComprehensionCheck",
                       "actionExportSessionReport", None, "actionDeleteSession"),
         header_key="sessions/header"),
    Page("programme", str(QT_TRANSLATE_NOOP("MainWindow", "Programme")), "trainercoach.gui.views.programme_page",
         "ProgrammePage", "actionProgramme", _PEOPLE | _RESULTS,
         signals=(("candidateActivated", "open_candidate"),)),
    Page("calibration", str(QT_TRANSLATE_NOOP("MainWindow", "Calibration")),
         "trainercoach.gui.views.calibration_page", "CalibrationPage", "actionCalibration",
         frozenset({"calibration", "person", "rubric", "setting", "observation", "session"})),
    Page("capacity", str(QT_TRANSLATE_NOOP("MainWindow", "Capacity")), "trainercoach.gui.views.capacity_page",
         "CapacityPage", "actionCapacity", _PEOPLE | _RESULTS),
    Page("assets", str(QT_TRANSLATE_NOOP("MainWindow", "Assets")), "trainercoach.gui.views.assets_page",
         "AssetsPage", "actionAssets", frozenset({"asset", "person"}), attribute="assets_page"),
    Page("gaps", str(QT_TRANSLATE_NOOP("MainWindow", "Knowledge gaps")), "trainercoach.gui.views.gaps_page",
         "GapsPage", "actionGaps", frozenset({"gap", "case", "comprehension", "feedback", "action_item"}),
         attribute="gaps_page", signals=(("selectionChanged", "_update_actions"),), header_key="gaps/header"),
    Page("cases", str(QT_TRANSLATE_NOOP("MainWindow", "Business cases")), "trainercoach.gui.views.cases_page",
         "CasesPage", "actionBusinessCases",
         frozenset({"case", "gap", "candidate", "person", "session", "comprehension", "feedback", "action_item"}),
         attribute="cases_page", signals=(("selectionChanged", "_update_actions"),), header_key="cases/header"),
)

NAVIGATION_MAX_WIDTH = 300  # beyond this a long title is cut rather than the pages squeezed
NAVIGATION_SLACK = 12  # room for the vertical scroll bar's edge and the selection's border

_INDEX = {page.id: index for index, page in enumerate(PAGES)}


def index(page_id: str) -> int:
    """A page's number in the window (its place in the registry)."""
    return _INDEX[page_id]


def find(page_id: str) -> Page:
    return PAGES[_INDEX[page_id]]


# The numbers of the pages the window's own actions name (export list, selection); adding a page needs none.
DASHBOARD, PIPELINE, CANDIDATES, SESSIONS, PROGRAMME = (index(i) for i in
                                                        ("dashboard", "pipeline", "candidates", "sessions",
                                                         "programme"))

__all__ = ["CANDIDATES", "DASHBOARD", "PAGES", "PIPELINE", "PROGRAMME", "SESSIONS", "Page", "find", "index"]


def fill_navigation(navigation: QListWidget, pages: QStackedWidget, entries: tuple[Page, ...] = PAGES) -> None:
    """One placeholder page and one navigation entry per page, the list as wide as its longest title in the
    interface's language (within bounds): "Επιχειρηματικές τεκμηριώσεις" ran past a fixed width."""
    for entry in entries:
        pages.addWidget(QWidget())
        QListWidgetItem(entry.translated_title(), navigation)
    navigation.ensurePolished()
    wanted = navigation.sizeHintForColumn(0) + 2 * navigation.frameWidth() + NAVIGATION_SLACK
    navigation.setMaximumWidth(max(navigation.minimumWidth(), min(wanted, NAVIGATION_MAX_WIDTH)))
    navigation.setMinimumWidth(navigation.maximumWidth())
