"""Every list the app shows, as a spreadsheet (CSV or XLSX) for people who want one.

Text is written exactly as it was typed, in any script, with two exceptions that keep a spreadsheet safe and
readable: a cell that would start a formula (``=``, ``+``, ``-``, ``@``, a tab or a carriage return) is made inert,
and control characters that a workbook cannot hold are shown as their visible symbols (U+2400…). CSV is UTF-8 with
a byte order mark, which is how Excel recognises UTF-8; XLSX keeps dates as dates and numbers as numbers.

A file is written under a temporary name and renamed when complete (see ``trainercoach.files``): a failure or a
crash never leaves half a spreadsheet under the name asked for.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from trainercoach import crashpoints
from trainercoach.errors import TrainerCoachError
from trainercoach.files import replacing
from trainercoach.i18n import _
from trainercoach.records.assets import AssetFilter

if TYPE_CHECKING:
    from trainercoach.services.coach import Coach

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")
XLSX_MAX_CELL = 32767  # characters a workbook cell holds; Excel refuses a file with longer ones
FORMATS = ("csv", "xlsx")
# Characters XML 1.0 (so XLSX) cannot hold: C0 controls other than tab, line feed and carriage return.
_ILLEGAL_XML = {code: 0x2400 + code for code in range(0x20) if chr(code) not in "\t\n\r"}
_ILLEGAL_XML[0x7F] = 0x2421  # DEL, shown as ␡
_NONCHARACTERS = {0xFFFE: 0xFFFD, 0xFFFF: 0xFFFD}

Value = str | int | float | bool | date | datetime | None


@dataclass(frozen=True)
class Sheet:
    """One list: a title (the worksheet's name), the column headers and the rows, values as Python values."""

    title: str
    headers: Sequence[str]
    rows: Sequence[Sequence[Value]]


def inert(text: str) -> str:
    """Text a spreadsheet shows as text and never runs as a formula (an apostrophe before a risky first character,
    as Excel itself stores "text typed with a leading apostrophe")."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def visible(text: str) -> str:
    """Control characters a workbook cannot hold, and lone surrogates no file can hold, as visible symbols."""
    text = text.translate(_ILLEGAL_XML).translate(_NONCHARACTERS)
    if any("\ud800" <= ch <= "\udfff" for ch in text):
        text = "".join("\ufffd" if "\ud800" <= ch <= "\udfff" else ch for ch in text)
    return text


def csv_text(value: Value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int | float):
        return str(round(value, 2) if isinstance(value, float) else value)
    return inert(visible(str(value)))


def write_sheet(sheet: Sheet, out_path: str | os.PathLike[str], *,
                progress: Callable[[int], None] | None = None) -> Path:
    """Write ``sheet`` as CSV or XLSX, chosen by the file name's ending; returns the path written."""
    out = Path(out_path)
    kind = out.suffix.lower().lstrip(".")
    if kind not in FORMATS:
        raise TrainerCoachError(_("Give the spreadsheet a name ending in .csv or .xlsx (not {name}).",
                                  name=repr(out.name)))
    try:
        with replacing(out) as temporary:
            if kind == "csv":
                _write_csv(sheet, temporary, progress)
            else:
                _write_xlsx(sheet, temporary, progress)
    except OSError as error:
        raise TrainerCoachError(_("{name} could not be written in {folder}: {reason}. Nothing was written.",
                                  name=out.name, folder=out.parent, reason=error.strerror or error)) from error
    return out


def _write_csv(sheet: Sheet, path: Path, progress: Callable[[int], None] | None) -> None:
    halfway = len(sheet.rows) // 2
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow([csv_text(h) for h in sheet.headers])
        for number, row in enumerate(sheet.rows, start=1):
            writer.writerow([csv_text(v) for v in row])
            if number == halfway:
                handle.flush()
                crashpoints.reached("export")
            if progress is not None and number % 500 == 0:
                progress(number)
        handle.flush()


def _write_xlsx(sheet: Sheet, path: Path, progress: Callable[[int], None] | None) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    workbook = Workbook(write_only=True)
    worksheet = workbook.create_sheet(sheet.title[:31])
    bold = Font(bold=True)

    def cell(value: Value, header: bool = False) -> WriteOnlyCell:
        if isinstance(value, str):
            text = visible(value)
            if len(text) > XLSX_MAX_CELL:
                text = text[: XLSX_MAX_CELL - 1] + "…"
            made = WriteOnlyCell(worksheet, value=text)
            # A string, explicitly: openpyxl makes "=…" a formula. A risky first character also gets Excel's quote
            # prefix, so editing the cell in Excel keeps it text.
            made.data_type = "s"
            if text.startswith(FORMULA_STARTS):
                made.quotePrefix = True
        else:
            made = WriteOnlyCell(worksheet, value=value)
            if isinstance(value, datetime):
                made.number_format = "yyyy-mm-dd hh:mm"
            elif isinstance(value, date):
                made.number_format = "yyyy-mm-dd"
        if header:
            made.font = bold
        return made

    worksheet.append([cell(h, header=True) for h in sheet.headers])
    worksheet.freeze_panes = "A2"
    halfway = len(sheet.rows) // 2
    for number, row in enumerate(sheet.rows, start=1):
        worksheet.append([cell(v) for v in row])
        if number == halfway:
            crashpoints.reached("export")
        if progress is not None and number % 500 == 0:
            progress(number)
    workbook.save(path)


# -- the lists ------------------------------------------------------------------------------------------------
def _candidates(coach: Coach, search: str = "", **filters: object) -> Sheet:
    """``filters`` as the candidate list takes them (stage_id, mentor_id, site, employment, include_archived),
    so an export holds what the person sees on screen."""
    rows = coach.candidates.list(search, **filters)  # type: ignore[arg-type]
    return Sheet("Candidates", ["Id", "Name", "Stage", "Days in stage", "Selection score", "Mentor", "Email", "Team",
                                "Site", "Languages", "Employment", "Vendor company", "Archived"],
                 [[r.id, r.name, r.stage_name, r.days_in_stage(), r.selection_score, r.mentor_name, r.email, r.team,
                   r.site, r.languages, r.employment, r.vendor_company, r.archived] for r in rows])


def _sessions(coach: Coach, search: str = "", **filters: object) -> Sheet:
    """``filters`` as the session list takes them (candidate_id, method, audience, since, until)."""
    rows = coach.deliveries.list(search, **filters)  # type: ignore[arg-type]
    return Sheet("Sessions", ["Id", "Code", "Date", "Topic", "Candidate", "Method", "Audience", "Trainees",
                              "Duration (minutes)", "Training asset", "Observations", "Feedback forms",
                              "Recording link"],
                 [[r.id, r.code, r.starts_at, r.topic, r.candidate_name, r.method, r.audience, r.trainees,
                   r.duration_minutes, r.asset_title, r.observations, r.responses, r.recording_link] for r in rows])


def _action_items(coach: Coach) -> Sheet:
    rows = coach.action_items.list()
    return Sheet("Action items", ["Id", "Candidate", "Action item", "Owner", "Due", "Done", "Overdue"],
                 [[r.id, r.candidate_name, r.text, r.owner_name, r.due_on, r.done_at, r.overdue()] for r in rows])


def _certifications(coach: Coach) -> Sheet:
    rows = coach.certification.list()
    return Sheet("Certifications", ["Id", "Trainer", "Topic", "Level", "Awarded on", "Awarded by", "Renewal due",
                                    "Evidence"],
                 [[r.id, r.candidate_name, r.topic, r.level, r.awarded_on, r.awarded_by, r.renewal_due, r.evidence]
                  for r in rows])


def _people(coach: Coach) -> Sheet:
    rows = coach.people.list()
    return Sheet("People", ["Id", "Name", "Email", "Role"], [[r.id, r.name, r.email, r.role] for r in rows])


def _assets(coach: Coach, **filters: object) -> Sheet:
    """``filters`` as the Assets page sets them (records.assets.AssetFilter: stale, review_due, language,
    owner_id, search)."""
    today = date.today()
    rows = coach.assets.list(AssetFilter(**filters), today=today)  # type: ignore[arg-type]
    return Sheet("Training assets", ["Id", "Title", "Text", "Visual", "Hands-on", "Link", "Mock tickets", "Owner",
                                     "Version", "Versions", "Template", "Languages", "Article changed on",
                                     "Last reviewed on", "Last reviewed by", "Review due", "Review due now", "Stale",
                                     "Ratings", "Mean rating", "Comments"],
                 [[r.id, r.title, r.has_text, r.has_visual, r.has_hands_on, r.link, r.has_mock_tickets, r.owner_name,
                   r.version_label, r.versions, r.template, ", ".join(r.languages), r.article_changed_on,
                   r.last_reviewed_on, r.last_reviewed_by, r.review_due, r.review_due_by(today), r.stale, r.ratings,
                   None if r.mean_rating is None else round(r.mean_rating, 2), r.comments] for r in rows])


LISTS: dict[str, Callable[..., Sheet]] = {
    "candidates": _candidates,
    "sessions": _sessions,
    "action-items": _action_items,
    "certifications": _certifications,
    "people": _people,
    "assets": _assets,
}


def list_sheet(coach: Coach, what: str, **filters: object) -> Sheet:
    """The list ``what`` (one of LISTS) as the app shows it; filters as the list's own service takes them."""
    try:
        build = LISTS[what]
    except KeyError:
        raise TrainerCoachError(f"There is no list called {what!r}; choose one of {', '.join(LISTS)}.") from None
    return build(coach, **filters)


def export_list(coach: Coach, what: str, out_path: str | os.PathLike[str], **filters: object) -> Path:
    """Read the list (one transaction's view of it) and write it as a spreadsheet."""
    return write_sheet(list_sheet(coach, what, **filters), out_path)


def export_rows(title: str, headers: Sequence[str], rows: Iterable[Sequence[Value]],
                out_path: str | os.PathLike[str]) -> Path:
    """Any table a window shows (its headers and rows as displayed) as a spreadsheet."""
    return write_sheet(Sheet(title, list(headers), [list(r) for r in rows]), out_path)
