"""Crafted files of issue 16, built small and fast, and a harness that measures a refusal's time and peak memory.

``python -m tests.core.crafted`` runs every case in a fresh process and prints the table in docs/reliability.md
(peak resident memory from getrusage, so C allocations such as zlib's count too).
"""

from __future__ import annotations

import resource
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

CONTENT_TYPES = (b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                 b'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
                 b'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName='
                 b'"/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.'
                 b'main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.'
                 b'openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.'
                 b'xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
                 b'</Types>')
RELS = (b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
        b'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
WORKBOOK = (b'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
            b'2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet '
            b'name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
WORKBOOK_RELS = (b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                 b'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
                 b'officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship '
                 b'Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                 b'sharedStrings" Target="sharedStrings.xml"/></Relationships>')
SHEET_HEAD = (b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
              b'spreadsheetml/2006/main"><sheetData>')
SHEET_TAIL = b"</sheetData></worksheet>"
HEADER_ROW = b'<row r="1"><c r="A1" t="inlineStr"><is><t>clarity</t></is></c></row>'


def _info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


def _stream(archive: zipfile.ZipFile, name: str, head: bytes, unit: bytes, count: int, tail: bytes) -> None:
    with archive.open(_info(name), "w", force_zip64=True) as out:
        out.write(head)
        block = unit * 100_000
        for _ in range(count // 100_000):
            out.write(block)
        out.write(unit * (count % 100_000))
        out.write(tail)


def workbook(path: Path, *, strings: int = 0, rows: int = 0, cell: int = 0) -> Path:
    """An .xlsx with ``strings`` empty shared strings, ``rows`` empty rows below a header, or one cell of ``cell``
    characters; written part by part with zipfile, so a 20-million-string file takes seconds and a megabyte."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in (("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", RELS),
                           ("xl/workbook.xml", WORKBOOK), ("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)):
            archive.writestr(_info(name), data)
        if cell:
            _stream(archive, "xl/worksheets/sheet1.xml",
                    SHEET_HEAD + HEADER_ROW + b'<row r="2"><c r="A2" t="inlineStr"><is><t>', b"a", cell,
                    b"</t></is></c></row>" + SHEET_TAIL)
        else:
            _stream(archive, "xl/worksheets/sheet1.xml", SHEET_HEAD + HEADER_ROW, b"<row/>", rows, SHEET_TAIL)
        _stream(archive, "xl/sharedStrings.xml",
                b'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/'
                b'spreadsheetml/2006/main" count="%d" uniqueCount="%d">' % (strings, strings),
                b"<si><t/></si>", strings, b"</sst>")
    return path


def csv_line(path: Path, size: int, unit: bytes = b"a") -> Path:
    """A CSV whose first line is ``size`` bytes of ``unit`` (a header, or commas) with no line break."""
    with path.open("wb") as out:
        block = unit * 1_000_000
        for _ in range(size // 1_000_000):
            out.write(block)
    return path


# name: (what the issue describes, how to build it in a folder)
CASES: dict[str, tuple[str, Callable[[Path], Path]]] = {
    "shared-strings": ("XLSX declaring 20 million shared strings (issue: 0.8 MB, 127 s, 1.97 GB)",
                       lambda d: workbook(d / "strings.xlsx", strings=20_000_000)),
    "shared-strings-count": ("XLSX with 1.5 million shared strings (under the size limit, over the count)",
                             lambda d: workbook(d / "strings.xlsx", strings=1_500_000)),
    "huge-cell": ("XLSX with one 400-million-character cell (issue: 0.4 MB, 877 MB)",
                  lambda d: workbook(d / "cell.xlsx", cell=400_000_000)),
    "long-cell": ("XLSX with one 10-million-character cell (under the size limit)",
                  lambda d: workbook(d / "cell.xlsx", cell=10_000_000)),
    "rows": ("XLSX with 3 million rows (issue: 1.8 MB, over 5 minutes)",
             lambda d: workbook(d / "rows.xlsx", rows=3_000_000)),
    "csv-header": ("CSV with a 50 MB header line (issue: 1.25 GB)", lambda d: csv_line(d / "header.csv", 50_000_000)),
    "csv-commas": ("CSV with a 50 MB line of commas (issue: 920 MB)",
                   lambda d: csv_line(d / "commas.csv", 50_000_000, b",")),
}


def refuse(path: Path) -> str:
    """Read the table as an import does; returns the refusal's words (raises if it was not refused)."""
    from trainercoach.imports.tables import TableRefused, open_table

    try:
        with open_table(path) as table:
            for _row in table.rows():
                pass
    except TableRefused as error:
        return str(error)
    raise AssertionError(f"{path.name} was not refused")


def _measure_here(name: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = CASES[name][1](Path(folder))
        import trainercoach.imports.tables  # noqa: F401 - imported before the baseline, as in the app

        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        start = time.perf_counter()
        message = refuse(path)
        seconds = time.perf_counter() - start
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(f"{seconds:.2f}\t{peak / 1024:.0f}\t{(peak - before) / 1024:.0f}\t{path.stat().st_size / 1e6:.2f}\t"
              f"{message}")


def main() -> None:
    if len(sys.argv) > 1:
        _measure_here(sys.argv[1])
        return
    print("| file | size | refused in | peak memory of the process (growth) | message |\n|---|---|---|---|---|")
    for name, (what, _build) in CASES.items():
        out = subprocess.run([sys.executable, "-m", "tests.core.crafted", name], capture_output=True, text=True,
                             check=True).stdout.strip().split("\t", 4)
        print(f"| {what} | {out[3]} MB | {out[0]} s | {out[1]} MB ({out[2]} MB) | {out[4][:90]}… |")


if __name__ == "__main__":
    main()
