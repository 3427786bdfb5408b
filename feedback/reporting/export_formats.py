"""Writing report exports as CSV and XLSX, safe to open in a spreadsheet.

Every cell is text. A cell that a spreadsheet could read as a formula (one starting
with = + - @, a tab or a carriage return) gets a leading single quote, as OWASP
advises for CSV injection; XLSX cells are also written as strings, never formulas.
Pure Python: no Flask, no SQLAlchemy.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

__all__ = [
    "FORMULA_STARTS",
    "Sheet",
    "csv_chunks",
    "neutralise",
    "xlsx_bytes",
]

# What a spreadsheet may take as the start of a formula (OWASP "CSV Injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Characters an XLSX file cannot hold (XML 1.0); openpyxl refuses them.
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
# Characters Excel refuses in a sheet's name.
_SHEET_NAME_ILLEGAL = re.compile(r"[\[\]:*?/\\]")
_CSV_BATCH = 500


def neutralise(value: object) -> str:
    """The value as cell text that no spreadsheet will run as a formula. Control
    characters that XLSX cannot hold are dropped first, so none can hide a leading "="."""
    if value is None or value == "":
        return ""
    text = _XML_ILLEGAL.sub("", str(value))
    # Some spreadsheets trim leading spaces and newlines before reading a formula.
    if text.startswith(FORMULA_STARTS) or text.lstrip().startswith(FORMULA_STARTS):
        return "'" + text
    return text


@dataclass(frozen=True)
class Sheet:
    """One table of an export: a sheet in XLSX, a titled section in CSV. Rows may be a
    generator, to stream a long export."""

    title: str
    rows: Iterable[Sequence[object]]
    # Rows at the top written in bold in XLSX (the column headings).
    header_rows: int = 1


def csv_chunks(sheets: Sequence[Sheet], *, titled: bool = True) -> Iterator[str]:
    """The sheets as CSV text, a few hundred rows at a time so a long export streams.
    With several sheets (``titled``) each starts with its title and ends with a blank row.
    Starts with a byte order mark, so Excel reads the file as UTF-8."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    buffer.write("\ufeff")
    written = 0
    for index, sheet in enumerate(sheets):
        if titled:
            if index:
                writer.writerow([])
            writer.writerow([neutralise(sheet.title)])
        for row in sheet.rows:
            writer.writerow([neutralise(value) for value in row])
            written += 1
            if written % _CSV_BATCH == 0:
                yield buffer.getvalue()
                buffer.seek(0)
                buffer.truncate()
    yield buffer.getvalue()


def _sheet_name(title: str, used: set[str]) -> str:
    name = _SHEET_NAME_ILLEGAL.sub(" ", title).strip().strip("'")[:31] or "Sheet"
    candidate, n = name, 2
    while candidate.lower() in used:
        suffix = f" ({n})"
        candidate, n = name[: 31 - len(suffix)] + suffix, n + 1
    used.add(candidate.lower())
    return candidate


def xlsx_bytes(sheets: Sequence[Sheet]) -> bytes:
    """The sheets as an XLSX workbook, written row by row (openpyxl's write-only mode)."""
    # openpyxl is imported when a spreadsheet is made, not when the app starts.
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    workbook = Workbook(write_only=True)
    bold = Font(bold=True)
    used: set[str] = set()
    for sheet in sheets:
        worksheet = workbook.create_sheet(_sheet_name(sheet.title, used))
        for number, row in enumerate(sheet.rows):
            cells: list[Any] = []
            for value in row:
                text = neutralise(value)
                if not text:
                    cells.append(None)  # an empty cell is left out of the file
                    continue
                cell = WriteOnlyCell(worksheet, value=text)
                # Text, whatever it looks like: never a formula, never a number.
                cell.data_type = "s"
                if number < sheet.header_rows:
                    cell.font = bold
                cells.append(cell)
            worksheet.append(cells)
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()
