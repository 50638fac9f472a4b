"""The capacity planner's outlook as a CSV file: one row per month, then one per site and language, so a lead
can take the plan into a spreadsheet or a budget."""

from __future__ import annotations

import csv
import os
from datetime import date

from trainercoach.analytics.capacity import Outlook
from trainercoach.analytics.forecast import add_months
from trainercoach.exports.spreadsheets import inert
from trainercoach.files import replacing
from trainercoach.i18n import _


def write_outlook_csv(outlook: Outlook, first: date, out: str | os.PathLike[str]) -> None:
    """UTF-8 with a byte order mark (so Excel reads Greek and Chinese), written whole or not at all."""
    with replacing(out) as temporary, open(temporary, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([_("Month"), _("Hours needed"), _("Certified trainers' hours"),
                         _("Hours from candidates forecast to be ready"), _("Hours short"), _("Trainers short")])
        for month in outlook.months:
            writer.writerow([f"{add_months(first, month.index):%Y-%m}", f"{month.needed:.1f}", f"{month.available:.1f}",
                             f"{month.from_ready:.1f}", f"{month.shortfall_hours:.1f}", month.shortfall_trainers])
        writer.writerow([])
        writer.writerow([_("Site"), _("Language"), _("Hours needed"), _("Certified trainers' hours"), _("Hours short")])
        for line in outlook.lines:
            writer.writerow([inert(line.site), inert(line.language), f"{line.needed:.1f}", f"{line.available:.1f}",
                             f"{line.shortfall:.1f}"])
