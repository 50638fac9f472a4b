"""Reading tables: encodings, delimiters, workbooks, line numbers, and plain refusals of what is not a table."""

from __future__ import annotations

import codecs
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest

from tests.core.import_files import write_csv, write_xlsx
from trainercoach.imports.tables import NOT_UNICODE, TableRefused, cell_text, open_table, read_headers

ROWS = [["trainee", "comment", "score"], ["T01", "Συμφωνώ απόλυτα", "5"], ["T02", "非常同意 🎉", "4"]]


def read_all(path: Path) -> tuple[list[str], list[tuple[int, tuple[str, ...]]]]:
    with open_table(path) as table:
        return table.headers, [(row.line, row.cells) for row in table.rows()]


@pytest.mark.parametrize(("encoding", "delimiter", "expected_encoding"), [
    ("utf-8", ",", "utf-8"),
    ("utf-8-sig", ",", "utf-8-sig"),
    ("utf-16", "\t", "utf-16"),  # Python writes little-endian with a BOM, as Excel's "Unicode text" does
    ("utf-16", ",", "utf-16"),
    ("utf-8", ";", "utf-8"),
    ("utf-8-sig", ";", "utf-8-sig"),
])
def test_encodings_and_delimiters_read_the_same(tmp_path: Path, encoding: str, delimiter: str,
                                                expected_encoding: str) -> None:
    path = write_csv(tmp_path / "scores.csv", ROWS, encoding=encoding, delimiter=delimiter)
    if encoding == "utf-16":
        assert path.read_bytes().startswith(codecs.BOM_UTF16_LE)
    with open_table(path) as table:
        assert (table.kind, table.encoding, table.delimiter) == ("csv", expected_encoding, delimiter)
    headers, rows = read_all(path)
    assert headers == ["trainee", "comment", "score"]
    assert rows == [(2, ("T01", "Συμφωνώ απόλυτα", "5")), (3, ("T02", "非常同意 🎉", "4"))]


def test_line_numbers_are_spreadsheet_rows_even_with_newlines_in_cells(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "f.csv", [["a", "b"], ["1", "two\nlines"], ["", ""], ["3", "x"], ["", ""], ["", ""]])
    headers, rows = read_all(path)
    # The blank row inside the table is kept (a caller counts it); the blank rows at the end are dropped.
    assert rows == [(2, ("1", "two\nlines")), (3, ("", "")), (4, ("3", "x"))]


def test_short_rows_are_padded_and_extra_cells_counted(tmp_path: Path) -> None:
    (tmp_path / "f.csv").write_text("a,b,c\n1\n1,2,3,4,\n", encoding="utf-8")
    with open_table(tmp_path / "f.csv") as table:
        rows = list(table.rows())
    assert rows[0].cells == ("1", "", "") and rows[0].extra == 0
    assert rows[1].cells == ("1", "2", "3") and rows[1].extra == 1


def test_trailing_empty_header_cells_are_not_columns(tmp_path: Path) -> None:
    (tmp_path / "f.csv").write_text("a;b;;\n1;2;;\n", encoding="utf-8")
    assert read_headers(tmp_path / "f.csv") == ["a", "b"]


def test_xlsx_dates_and_numbers_become_text(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "export.xlsx", [
        ["Timestamp", "Day", "Score", "Half", "Comment"],
        [datetime(2025, 3, 4, 9, 15, 30), date(2025, 3, 4), 5.0, 4.5, "Καλό"],
        [None, None, 3, None, "=SUM(A1)"],
    ])
    with open_table(path) as table:
        assert table.kind == "xlsx"
        assert table.headers == ["Timestamp", "Day", "Score", "Half", "Comment"]
        rows = [(r.line, r.cells) for r in table.rows()]
    assert rows == [(2, ("2025-03-04T09:15:30", "2025-03-04", "5", "4.5", "Καλό")),
                    (3, ("", "", "3", "", "=SUM(A1)"))]


def test_an_xlsx_named_csv_is_read_as_a_workbook(tmp_path: Path) -> None:
    write_xlsx(tmp_path / "real.xlsx", [["a"], [1]])
    (tmp_path / "renamed.csv").write_bytes((tmp_path / "real.xlsx").read_bytes())
    assert read_all(tmp_path / "renamed.csv") == (["a"], [(2, ("1",))])


def test_cell_text() -> None:
    assert [cell_text(v) for v in (None, 5.0, 5, -0.25, True, "x ", datetime(2025, 1, 2))] == [
        "", "5", "5", "-0.25", "TRUE", "x ", "2025-01-02"]


# -- refusals ----------------------------------------------------------------------------------------
def refusal(path: Path) -> str:
    with pytest.raises(TableRefused) as caught:
        read_all(path)
    return str(caught.value)


def test_empty_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "empty.csv").write_bytes(b"")
    assert "is empty" in refusal(tmp_path / "empty.csv")


def test_blank_first_line_is_no_header(tmp_path: Path) -> None:
    (tmp_path / "f.csv").write_text("\n1,2\n", encoding="utf-8")
    assert "no header" in refusal(tmp_path / "f.csv")


def test_header_only_reads_no_rows(tmp_path: Path) -> None:
    (tmp_path / "f.csv").write_text("clarity,comment\n", encoding="utf-8")
    assert read_all(tmp_path / "f.csv") == (["clarity", "comment"], [])


def test_png_renamed_csv_is_refused(tmp_path: Path) -> None:
    (tmp_path / "photo.csv").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    assert "looks like a PNG image" in refusal(tmp_path / "photo.csv")


def test_other_binary_is_refused(tmp_path: Path) -> None:
    (tmp_path / "blob.csv").write_bytes(bytes(range(256)) * 8)
    assert "not a text table" in refusal(tmp_path / "blob.csv")


def test_greek_legacy_encoding_is_refused_not_guessed(tmp_path: Path) -> None:
    (tmp_path / "greek.csv").write_bytes("σχόλιο\nΠολύ καλό\n".encode("cp1253"))
    assert refusal(tmp_path / "greek.csv") == NOT_UNICODE


def test_legacy_bytes_far_into_the_file_are_refused_with_their_line(tmp_path: Path) -> None:
    good = "comment\n" + "fine\n" * 20_000
    (tmp_path / "late.csv").write_bytes(good.encode("utf-8") + "Καλό\n".encode("cp1253"))
    with pytest.raises(TableRefused) as caught, open_table(tmp_path / "late.csv") as table:
        for _ in table.rows():
            pass
    assert NOT_UNICODE in str(caught.value)
    assert caught.value.line is not None and caught.value.line > 10_000


def test_text_named_xlsx_is_refused(tmp_path: Path) -> None:
    (tmp_path / "broken.xlsx").write_text("clarity\n5\n", encoding="utf-8")
    assert "not a valid Excel workbook" in refusal(tmp_path / "broken.xlsx")


def test_zip_that_is_not_a_workbook_is_refused(tmp_path: Path) -> None:
    with zipfile.ZipFile(tmp_path / "broken.xlsx", "w") as archive:
        archive.writestr("hello.txt", "not a workbook")
    assert "not a valid Excel workbook" in refusal(tmp_path / "broken.xlsx")


def test_truncated_workbook_is_refused(tmp_path: Path) -> None:
    data = write_xlsx(tmp_path / "ok.xlsx", [["a"], [1]]).read_bytes()
    (tmp_path / "cut.xlsx").write_bytes(data[: len(data) // 2])
    assert "not a valid Excel workbook" in refusal(tmp_path / "cut.xlsx")


def test_duplicate_header_is_refused(tmp_path: Path) -> None:
    (tmp_path / "f.csv").write_text("clarity,pace,Clarity\n1,2,3\n", encoding="utf-8")
    message = refusal(tmp_path / "f.csv")
    assert "twice" in message and "'Clarity'" in message


def test_empty_header_name_is_refused(tmp_path: Path) -> None:
    (tmp_path / "f.csv").write_text("clarity,,pace\n1,2,3\n", encoding="utf-8")
    assert "no name for column B" in refusal(tmp_path / "f.csv")


def test_missing_file_is_refused(tmp_path: Path) -> None:
    assert "There is no file" in refusal(tmp_path / "nope.csv")
