"""Reading a CSV or XLSX file as a header and a stream of rows, refusing plainly what is not such a file.

Rows are streamed: a file of a million rows is read one row at a time, so an import never needs memory for the
whole file. Each row carries its line number as a person sees it in a spreadsheet (the header is line 1), so a
problem can be pointed at.

Encodings: UTF-8 (with or without a byte order mark) and UTF-16 (with a byte order mark, as Excel's "Unicode
text" writes it) are read. Anything else is refused rather than guessed: Greek cp1253, Latin-1 and the Chinese
GBK family all decode "successfully" as one another, so a guess could store a trainee's comment as mojibake
without anyone noticing. A refusal with "save it as CSV UTF-8" costs the person one click instead.
"""

from __future__ import annotations

import codecs
import csv
import math
import re
import stat
import unicodedata
import zipfile
from collections.abc import Generator, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from trainercoach.errors import TrainerCoachError
from trainercoach.i18n import N_, _
from trainercoach.i18n import text as translated
from trainercoach.imports.limits import ImportLimits
from trainercoach.imports.limits import current as current_limits

NOT_UNICODE = N_("This file is not UTF-8 or UTF-16 text; save it from your spreadsheet as 'CSV UTF-8'.")
SNIFF_BYTES = 64 * 1024
DELIMITERS = (",", ";", "\t")
# Magic numbers of files people pick by mistake, so the refusal can say what the file seems to be.
SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", N_("a PNG image")),
    (b"\xff\xd8\xff", N_("a JPEG image")),
    (b"GIF87a", N_("a GIF image")),
    (b"GIF89a", N_("a GIF image")),
    (b"%PDF-", N_("a PDF document")),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", N_("an old Excel (.xls) or Word file; save it as .xlsx or as 'CSV UTF-8'")),
    (b"\x1f\x8b", N_("a compressed (gzip) file")),
    (b"7z\xbc\xaf\x27\x1c", N_("a compressed (7-Zip) file")),
    (b"Rar!", N_("a compressed (RAR) file")),
)
ZIP_MAGIC = b"PK\x03\x04"
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")


class TableRefused(TrainerCoachError):
    """The file cannot be read as a table at all; ``line`` says where, when the trouble is part-way through."""

    def __init__(self, message: str, line: int | None = None) -> None:
        self.line = line
        super().__init__(message)


@dataclass(frozen=True)
class Row:
    """One row below the header. ``cells`` has exactly one text per header column; ``extra`` counts non-empty
    cells beyond the last column, which a caller reports rather than silently drops."""

    line: int
    cells: tuple[str, ...]
    extra: int = 0

    @property
    def blank(self) -> bool:
        return self.extra == 0 and not any(cell.strip() for cell in self.cells)


class Table:
    """An open table file: ``headers`` at once, ``rows()`` as a stream. Use it as a context manager.

    ``rows()`` may be called again to read the file from the start (a check pass, then a write pass)."""

    def __init__(self, path: str | Path, limits: ImportLimits | None = None) -> None:
        self.path = Path(path)
        self.limits = limits or current_limits()
        self.kind = ""  # "csv" or "xlsx"
        self.encoding = ""  # csv only: "utf-8", "utf-8-sig", "utf-16", "utf-32"
        self.delimiter = ""  # csv only
        self.header_line = 1
        self.headers: list[str] = []
        self._workbook: Any = None
        self._stream: IO[bytes] | None = None
        self._open()

    # -- opening ---------------------------------------------------------------------------------
    def _open(self) -> None:
        check_file(self.path)
        try:
            with self.path.open("rb") as raw:
                head = raw.read(SNIFF_BYTES)
        except IsADirectoryError as error:
            raise TableRefused(_('{file} is a folder, not a file.', file=self.path.name)) from error
        except FileNotFoundError as error:
            raise TableRefused(_('There is no file {path!r}.', path=str(self.path))) from error
        except OSError as error:
            raise TableRefused(_('{file} cannot be read: {error}.',
                                 file=self.path.name, error=error.strerror or error)) from error
        if not head:
            raise TableRefused(_('{file} is empty.', file=self.path.name))
        if head.startswith(ZIP_MAGIC) or self.path.suffix.lower() in WORKBOOK_SUFFIXES:
            self._open_workbook(head)
        else:
            self._open_csv(head)
        self._check_headers()

    def _open_workbook(self, head: bytes) -> None:
        if not head.startswith(ZIP_MAGIC):
            raise TableRefused(_("{file} is not a valid Excel workbook (.xlsx); open it in your "
                                 "spreadsheet and save it again as .xlsx or as 'CSV UTF-8'.",
                                 file=self.path.name))
        try:
            import openpyxl

            check_workbook(self.path, self.limits)  # sizes, before openpyxl reads anything whole
            # Given a file object, openpyxl does not insist on the name ending in .xlsx.
            self._stream = self.path.open("rb")
            self._workbook = openpyxl.load_workbook(self._stream, read_only=True, data_only=True)
            sheet = self._sheet()
            # Declared dimensions are often wrong; without them openpyxl reads exactly the rows that exist.
            sheet.reset_dimensions()
        except TableRefused:
            self.close()
            raise
        except Exception as error:  # zip, XML and openpyxl errors all mean "not a workbook"
            self.close()
            raise TableRefused(_("{file} is not a valid Excel workbook (.xlsx); open it in your "
                                 "spreadsheet and save it again as .xlsx or as 'CSV UTF-8'.",
                                 file=self.path.name)) from error
        self.kind = "xlsx"
        lines = self._xlsx_lines()
        try:
            for line, cells in lines:
                if any(cell.strip() for cell in cells):
                    self.header_line, self.headers = line, list(cells)
                    return
        finally:
            lines.close()
        self.close()
        raise TableRefused(_('{file} has no header row: its first sheet is empty.',
                             file=self.path.name))

    def _sheet(self) -> Any:
        sheet = self._workbook.active
        if sheet is None or not hasattr(sheet, "iter_rows"):
            sheets = [s for s in self._workbook.worksheets if hasattr(s, "iter_rows")]
            if not sheets:
                raise TableRefused(_('{file} has no worksheet to read.', file=self.path.name))
            sheet = sheets[0]
        return sheet

    def _open_csv(self, head: bytes) -> None:
        encoding = _detect_encoding(head, self.path.name)
        self.kind, self.encoding = "csv", encoding
        with self._text() as stream:
            try:
                first = stream.readline(self.limits.line_chars + 1)
            except UnicodeDecodeError as error:
                raise TableRefused(translated(NOT_UNICODE), 1) from error
        if len(first) > self.limits.line_chars:
            raise self._long_line(1)
        if not first.strip():
            raise TableRefused(_('{file} has no header row: its first line is empty.',
                                 file=self.path.name))
        counts = {d: _count_outside_quotes(first, d) for d in DELIMITERS}
        best = max(DELIMITERS, key=lambda d: counts[d])
        self.delimiter = best if counts[best] else ","
        lines = self._csv_lines()
        try:
            for line, cells in lines:
                self.header_line, self.headers = line, list(cells)
                return
        finally:
            lines.close()
        raise TableRefused(_('{file} has no header row.',
                             file=self.path.name))  # pragma: no cover - first line was not empty

    def _check_headers(self) -> None:
        headers = [h.strip() for h in self.headers]
        while headers and not headers[-1]:
            headers.pop()  # spreadsheets often carry empty columns after the last one; they are not columns
        if not headers:
            self.close()
            raise TableRefused(_('{file} has no header row naming its columns.',
                                 file=self.path.name))
        empty = [_column_letter(i) for i, h in enumerate(headers) if not h]
        if empty:
            self.close()
            raise TableRefused(_('The header row (line {line}) has no name for column {columns}; give every '
                                 'column a name.',
                                 line=self.header_line, columns=', '.join(empty)), self.header_line)
        seen: dict[str, str] = {}
        twice: list[str] = []
        for header in headers:
            key = header_key(header)
            if key in seen and header not in twice:
                twice.append(header)
            seen.setdefault(key, header)
        if twice:
            self.close()
            raise TableRefused(_("The header row names a column twice: {columns}; give each column its own name.",
                                 columns=", ".join(repr(h) for h in twice)), self.header_line)
        self.headers = headers

    # -- reading ---------------------------------------------------------------------------------
    def rows(self) -> Iterator[Row]:
        """Rows below the header. Blank rows inside the table are yielded (a caller may count them as skipped);
        blank rows after the last one with content are dropped, as spreadsheets pad sheets with them."""
        width = len(self.headers)
        lines = self._xlsx_lines() if self.kind == "xlsx" else self._csv_lines()
        # Blank rows are held back as a count until a row with content follows, so trailing ones can be dropped.
        blank_from, blanks = 0, 0
        for line, cells in lines:
            if line <= self.header_line:
                continue
            if len(cells) < width:
                cells = [*cells, *([""] * (width - len(cells)))]
            extra = sum(1 for cell in cells[width:] if cell.strip())
            row = Row(line, tuple(cells[:width]), extra)
            if row.blank:
                if not blanks:
                    blank_from = line
                blanks += 1
                continue
            for blank_line in range(blank_from, blank_from + blanks):
                yield Row(blank_line, ("",) * width)
            blanks = 0
            yield row

    def _text(self) -> IO[str]:
        return open(self.path, encoding=self.encoding, errors="strict", newline="")

    def _csv_lines(self) -> Generator[tuple[int, list[str]], None, None]:
        with self._text() as stream:
            last = [""]  # the last line with content: how the file ends

            def physical_lines() -> Iterator[str]:
                number = 0
                while text := stream.readline(limits.line_chars + 1):
                    number += 1
                    if len(text) > limits.line_chars:
                        raise self._long_line(number)
                    if text.strip():
                        last[0] = text
                    yield text

            limits = self.limits
            csv.field_size_limit(max(limits.cell_chars, 1))
            reader = csv.reader(physical_lines(), delimiter=self.delimiter, quotechar='"', doublequote=True,
                                strict=False)
            line = 0
            cells: list[str] = []
            while True:
                previous = cells
                try:
                    cells = next(reader)
                except StopIteration:
                    # A quote opened and never closed swallows the rest of the file into one cell, silently
                    # turning many forms into one comment. Only a quoted cell can hold a line break, and a quoted
                    # cell closed properly at the end of the file leaves the file ending in a quote.
                    if previous and any(ch in previous[-1] for ch in "\r\n") \
                            and not last[0].rstrip("\r\n").endswith('"'):
                        raise TableRefused(_('Line {line} opens a quote (") that is never closed, so the rest of the '
                                             'file would be read as one cell; close the quote or remove it.',
                                             line=line),
                                           line) from None
                    return
                except UnicodeDecodeError as error:
                    raise TableRefused(_('Near line {line}: {not_unicode}',
                                         line=line + 1, not_unicode=translated(NOT_UNICODE)), line + 1) from error
                except csv.Error as error:
                    if "field limit" in str(error):
                        raise TableRefused(_('Line {line} cannot be read as CSV: a cell is longer than {limit} '
                                             'characters, the import limit for one cell ({how}).',
                                             line=line + 1, limit=f"{limits.cell_chars:,}",
                                             how=_raise_hint("cell_chars")), line + 1) from error
                    raise TableRefused(_('Line {line} cannot be read as CSV: {error}.',
                                         line=line + 1, error=error), line + 1) from error
                line += 1
                self._check_row(line, cells)
                if any("\x00" in cell for cell in cells):
                    raise TableRefused(_('Line {line} holds binary data: {file} is not a text table.',
                                         line=line, file=self.path.name),
                                       line)
                yield line, cells

    def _xlsx_lines(self) -> Generator[tuple[int, list[str]], None, None]:
        sheet = self._sheet()
        try:
            for line, values in enumerate(sheet.iter_rows(min_row=1, values_only=True), start=1):
                if len(values) > self.limits.columns:  # before each cell is turned into text
                    self._check_row(line, values)
                cells = [cell_text(v) for v in values]
                self._check_row(line, cells)
                # XML cannot hold NUL, but a workbook can spell it _x0000_, which openpyxl turns back into one.
                if any("\x00" in cell for cell in cells):
                    raise TableRefused(_("Line {line} holds binary data (a NUL character): save the sheet again from "
                                         "your spreadsheet, or as 'CSV UTF-8'.",
                                         line=line), line)
                yield line, cells
        except TableRefused:
            raise
        except Exception as error:  # a damaged sheet shows up part-way through
            raise TableRefused(_('{file} is damaged and cannot be read past this point: {error}.',
                                 file=self.path.name, error=error)) \
                from error

    def _long_line(self, line: int) -> TableRefused:
        return TableRefused(_('Line {line} cannot be read as CSV: it is longer than {limit} characters, the import '
                              'limit for one line ({how}).',
                              line=line, limit=f"{self.limits.line_chars:,}", how=_raise_hint("line_chars")), line)

    def _check_row(self, line: int, cells: list[str] | tuple[object, ...]) -> None:
        """Rows, columns, cells and cell length within the limits, as the rows stream (a workbook can pad every row
        to its widest cell, so the count of cells read is bounded as well)."""
        limits = self.limits
        if line == 1:
            self._cells_read = 0
        self._cells_read += len(cells)
        if line > limits.rows + self.header_line:
            raise TableRefused(_('{file} has more than {limit} rows, the import limit ({how}).',
                                 file=self.path.name, limit=f"{limits.rows:,}", how=_raise_hint("rows")), line)
        if len(cells) > limits.columns:
            raise TableRefused(_('Line {line} has {count} cells, more than {limit} columns, the import limit '
                                 '({how}).',
                                 line=line, count=f"{len(cells):,}", limit=f"{limits.columns:,}",
                                 how=_raise_hint("columns")), line)
        if self._cells_read > limits.cells:
            raise TableRefused(_('{file} holds more than {limit} cells (rows times columns), the import limit '
                                 '({how}).',
                                 file=self.path.name, limit=f"{limits.cells:,}", how=_raise_hint("cells")), line)
        if any(isinstance(cell, str) and len(cell) > limits.cell_chars for cell in cells):
            raise TableRefused(_('Line {line} has a cell longer than {limit} characters, the import limit for one '
                                 'cell ({how}).',
                                 line=line, limit=f"{limits.cell_chars:,}", how=_raise_hint("cell_chars")), line)

    _cells_read = 0

    def close(self) -> None:
        if self._workbook is not None:
            self._workbook.close()
            self._workbook = None
        if self._stream is not None:
            self._stream.close()
            self._stream = None

    def __enter__(self) -> Table:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.close()


def check_file(path: Path) -> None:
    """Refuse, in words, what is not a regular file: missing, a folder, or a device or pipe (/dev/zero never ends,
    a pipe may never answer), before anything tries to read it."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError as error:
        raise TableRefused(_('There is no file {path!r}.', path=str(path))) from error
    except OSError as error:
        raise TableRefused(_('{path_name} cannot be read: {error}.',
                             path_name=path.name, error=error.strerror or error)) from error
    if stat.S_ISDIR(mode):
        raise TableRefused(_('{path_name} is a folder, not a file.', path_name=path.name))
    if not stat.S_ISREG(mode):
        raise TableRefused(_('{path_name} is not a file but a device or a pipe; choose a CSV or XLSX file.',
                             path_name=path.name))


def open_table(path: str | Path, limits: ImportLimits | None = None) -> Table:
    """Open a CSV or XLSX file (by content, not name: an .xlsx renamed .csv still reads) or refuse it plainly.
    ``limits``: how big it may be (None: the defaults with TRAINERCOACH_IMPORT_LIMITS applied)."""
    return Table(path, limits)


def read_headers(path: str | Path, limits: ImportLimits | None = None) -> list[str]:
    """Only the column names, for choosing a mapping before anything else is read."""
    with open_table(path, limits) as table:
        return list(table.headers)


def _raise_hint(name: str) -> str:
    return _("a bigger file can be read after raising it: the setting import_limits, or "
             "TRAINERCOACH_IMPORT_LIMITS={name}=… on the command line",
             name=name)


_ROW_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?row[\s/>]")
_STRING_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?si[\s/>]")
MAX_PARTS = 10_000
CHUNK = 1 << 20


def check_workbook(path: Path, limits: ImportLimits) -> None:
    """Refuse a workbook whose parts are beyond the limits, from the zip's own directory and one streaming pass
    over the sheets and shared strings, before openpyxl reads them: openpyxl holds every shared string in memory,
    a sheet's text nodes whole, and pads rows to their widest cell. Declared sizes are enforced by zipfile (a part
    that unpacks to more than it declares fails its check), so a lying declaration cannot get past this."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError):
        return  # not a zip at all: openpyxl's own refusal says so
    cap = limits.unpacked_mb * 1024 * 1024
    longest = limits.cell_chars * 4  # bytes of one text node: at most four per character
    with archive:
        parts = archive.infolist()
        if len(parts) > MAX_PARTS:
            raise TableRefused(_('{file} holds {count} parts; a workbook has a few dozen. It is not read.',
                                 file=path.name, count=f"{len(parts):,}"))
        for part in parts:
            if part.file_size > cap:
                raise TableRefused(_('{file} unpacks to {size} MB in its part {part}, more than {limit} MB, the '
                                     'import limit ({how}).',
                                     file=path.name, size=f"{part.file_size / 1048576:,.0f}", part=part.filename,
                                     limit=f"{limits.unpacked_mb:,}", how=_raise_hint("unpacked_mb")))
        for part in parts:
            name = part.filename.lower()
            if name.endswith("sharedstrings.xml"):
                tag, limit, what = _STRING_TAG, limits.shared_strings, "shared_strings"
            elif name.startswith("xl/worksheets/") and name.endswith(".xml"):
                tag, limit, what = _ROW_TAG, limits.rows + 1, "rows"
            else:
                continue
            try:
                count, run = _scan(archive, part, tag, longest)
            except (zipfile.BadZipFile, OSError, EOFError, ValueError, RuntimeError, NotImplementedError):
                return  # damaged: openpyxl's own refusal says so
            except Exception as error:  # zlib.error and kin: damaged, as above
                if type(error).__module__ == "zlib":
                    return
                raise
            if run > longest:
                raise TableRefused(_('{file} has a cell longer than {limit} characters, the import limit for one cell '
                                     '({how}).',
                                     file=path.name, limit=f"{limits.cell_chars:,}", how=_raise_hint("cell_chars")))
            if count > limit:
                if what == "rows":
                    raise TableRefused(_('{file} has more than {limit} rows, the import limit ({how}).',
                                         file=path.name, limit=f"{limits.rows:,}", how=_raise_hint("rows")))
                raise TableRefused(_('{file} declares more than {limit} different texts (shared strings), the import '
                                     'limit ({how}).',
                                     file=path.name, limit=f"{limits.shared_strings:,}",
                                     how=_raise_hint("shared_strings")))


def _scan(archive: zipfile.ZipFile, part: zipfile.ZipInfo, tag: re.Pattern[bytes], longest: int) -> tuple[int, int]:
    """How many ``tag`` elements a part holds, and its longest run of bytes without a '<' (the longest text node),
    reading it a megabyte at a time. Stops early once the run is beyond ``longest``."""
    count, run, carry = 0, 0, b""
    with archive.open(part) as stream:
        while chunk := stream.read(CHUNK):
            first = chunk.find(b"<")
            if first < 0:
                run += len(chunk)
            else:
                inner = max(map(len, chunk.split(b"<")[1:-1]), default=0)
                if run + first > longest or inner > longest:
                    return count, longest + 1
                run = len(chunk) - chunk.rfind(b"<") - 1
            if run > longest:
                return count, run
            buffer = carry + chunk
            cut = buffer.rfind(b"<")
            if cut < 0:
                carry = b""
                continue
            count += len(tag.findall(buffer, 0, cut))
            carry = buffer[cut:] if len(buffer) - cut < 64 else b""
        count += len(tag.findall(carry + b" "))
    return count, run


def header_key(header: str) -> str:
    """How headers are compared: "Clarity " and "clarity" name the same column."""
    return " ".join(unicodedata.normalize("NFKC", header).casefold().split())


def cell_text(value: object) -> str:
    """A spreadsheet value as the text a person sees: 5.0 is "5", a date is ISO 8601."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isfinite(value) and value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime):
        if value.time() == time(0) and value.tzinfo is None:
            return value.date().isoformat()
        return value.isoformat(timespec="seconds" if not value.microsecond else "auto")
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, timedelta):
        return str(value)
    return str(value)


def _detect_encoding(head: bytes, name: str) -> str:
    for signature, what in SIGNATURES:
        if head.startswith(signature):
            raise TableRefused(_('{name} is not a text table: it looks like {what}.', name=name, what=translated(what)))
    if head.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
    elif head.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        encoding = "utf-32"
    elif head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        if b"\x00" in head:
            order = _utf16_without_bom(head)
            if order:
                raise TableRefused(_("{name} is UTF-16 text ({order}) without a byte order mark, which cannot be read "
                                     "safely; save it from your spreadsheet as 'CSV UTF-8' (or as UTF-16 with a byte "
                                     "order mark).",
                                     name=name, order=order))
            raise TableRefused(_('{name} is not a text table: it holds binary data. {not_unicode}',
                                 name=name, not_unicode=translated(NOT_UNICODE)))
        encoding = "utf-8"
    # Check the first part now, so a wrong encoding is refused before any row is shown; the rest is checked
    # as it streams. A multi-byte character cut at the end of the sample is not an error.
    decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    try:
        text = decoder.decode(head, final=False)
    except UnicodeDecodeError as error:
        raise TableRefused(translated(NOT_UNICODE), 1) from error
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\t\r\n")
    if controls > max(8, len(text) // 100):
        raise TableRefused(_('{name} is not a text table: it holds binary data.', name=name))
    return encoding


def _utf16_without_bom(head: bytes) -> str | None:
    """"little-endian" or "big-endian" when the bytes read as UTF-16 text with no byte order mark (mostly-Latin
    text then has a NUL in every other byte), else None; named so it is not called "binary data"."""
    sample = head[: len(head) - len(head) % 2]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    for zeros, other, codec, order in ((odd, even, "utf-16-le", N_("little-endian")),
                                       (even, odd, "utf-16-be", N_("big-endian"))):
        if zeros.count(0) >= len(zeros) // 3 and other.count(0) <= len(other) // 50:
            try:
                text = codecs.getincrementaldecoder(codec)(errors="strict").decode(sample, final=False)
            except UnicodeDecodeError:
                continue
            controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\t\r\n")
            if controls <= max(8, len(text) // 100):
                return translated(order)
    return None


def listed(names: list[str], limit: int = 8, width: int = 40) -> str:
    """Column names for a message: the first few, each cut to a readable length, and how many more (a file with
    thirty thousand columns gets a sentence, not a page)."""
    shown = [repr(n if len(n) <= width else n[: width - 1] + "…") for n in names[:limit]]
    more = len(names) - len(shown)
    return ", ".join(shown) + (f" and {more} more" if more > 0 else "")


def _count_outside_quotes(line: str, delimiter: str) -> int:
    count, quoted = 0, False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif ch == delimiter and not quoted:
            count += 1
    return count


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


__all__ = ["NOT_UNICODE", "Row", "Table", "TableRefused", "cell_text", "check_file", "check_workbook", "header_key",
           "listed", "open_table", "read_headers"]
