"""Imports from files: trainee feedback (generic file, survey exports through a mapping) and comprehension scores.

Qt-free, so the windows, the command line and the tests share the same code; long imports take ``progress`` and
``cancelled`` callbacks for a worker thread.
"""

from trainercoach.imports.comprehension_import import ScoresRead, import_comprehension, read_scores
from trainercoach.imports.feedback_import import (
    DuplicateImport,
    ImportCancelled,
    ImportRefused,
    ImportResult,
    Mapping,
    NothingToImport,
    Preview,
    PreviewRow,
    Problem,
    generic_mapping,
    guess_mapping,
    import_feedback,
    is_generic,
    preview,
)
from trainercoach.imports.tables import Row, Table, TableRefused, open_table, read_headers

__all__ = [
    "DuplicateImport", "ImportCancelled", "ImportRefused", "ImportResult", "Mapping", "NothingToImport", "Preview",
    "PreviewRow", "Problem", "Row", "ScoresRead", "Table", "TableRefused", "generic_mapping", "guess_mapping",
    "import_comprehension", "import_feedback", "is_generic", "open_table", "preview", "read_headers",
    "read_scores",
]
