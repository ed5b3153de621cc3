"""Every table of the figures as one spreadsheet (.xlsx): a sheet per table, the same columns and rows
as the CSV files (desktop/monitoring/tables.py), numbers as numbers, for the municipality's analysts."""

from __future__ import annotations

from pathlib import Path

from desktop.monitoring.compute import MonitoringRun
from desktop.monitoring.tables import TABLE_COLUMNS, TABLES, table_rows


def write_xlsx(run: MonitoringRun, path: Path) -> Path:
    """Write the workbook (the sheets named as the tables); returns the path written."""
    from openpyxl import Workbook  # only when a spreadsheet is asked for
    from openpyxl.styles import Font

    book = Workbook(write_only=False)
    book.remove(book.active)
    for table in TABLES:
        sheet = book.create_sheet(table)
        columns = TABLE_COLUMNS[table]
        sheet.append(list(columns))
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in table_rows(run, table):
            sheet.append([row[c] for c in columns])  # None stays an empty cell, as in the CSV
        sheet.freeze_panes = "A2"
        for i, name in enumerate(columns, 1):
            sheet.column_dimensions[sheet.cell(1, i).column_letter].width = max(8, min(40, len(name) + 2))
    book.properties.creator = "Ketenplan"
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
    return path
