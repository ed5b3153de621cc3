"""How one figure reads in the dashboard: the cells of a row, and the persons behind a column.

Qt-free but for translated words, so the tree and the breakdown table show a Cell the same way.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from domain.monitoring.evaluate import Outcome
from domain.monitoring.figures import Cell

translate = QCoreApplication.translate

# The columns of a figure, after the label: what each shows and which persons it drills to.
COLUMNS = ("realised", "pct", "realised_early", "on_track", "late", "not_started", "excluded", "unknown")
DRILL = {
    "realised": (Outcome.REALISED, Outcome.NOT_REALISED),  # the closed windows: who did and who did not
    "pct": (Outcome.REALISED,),
    "realised_early": (Outcome.REALISED_EARLY,),
    "on_track": (Outcome.ON_TRACK,),
    "late": (Outcome.LATE,),
    "not_started": (Outcome.NOT_STARTED,),
    "excluded": (Outcome.EXCLUDED,),
    "unknown": (Outcome.UNKNOWN,),
}


def column_titles() -> list[str]:
    return [translate("FigureRows", "Realised (n/N)"), translate("FigureRows", "%"),
            translate("FigureRows", "Early"), translate("FigureRows", "On track"), translate("FigureRows", "Late"),
            translate("FigureRows", "Not started"), translate("FigureRows", "Excluded"),
            translate("FigureRows", "Unknown")]


def column_tips() -> list[str]:
    return [translate("FigureRows", "Among those whose window has closed: realised of all"),
            translate("FigureRows", "Realised share of the closed windows"),
            translate("FigureRows", "Window still open, target already realised"),
            translate("FigureRows", "Window still open, progress recorded"),
            translate("FigureRows", "Window still open, more than half gone without progress"),
            translate("FigureRows", "Window still open, nothing recorded yet"),
            translate("FigureRows", "Left out by the target's own rule"),
            translate("FigureRows", "Data missing: never counted as failed")]


def pct_text(pct: float | None) -> str:
    return "" if pct is None else f"{pct:.0f}%"


def cell_texts(cell: Cell) -> list[str]:
    """The texts of a figure's columns, in COLUMNS order; 0 shows as empty, so numbers stand out."""
    def n(outcome: Outcome) -> str:
        count = cell.n(outcome)
        return str(count) if count else ""
    closed = cell.closed
    return [f"{cell.n(Outcome.REALISED)}/{closed}" if closed else "", pct_text(cell.realised_pct),
            n(Outcome.REALISED_EARLY), n(Outcome.ON_TRACK), n(Outcome.LATE), n(Outcome.NOT_STARTED),
            n(Outcome.EXCLUDED), n(Outcome.UNKNOWN)]


def drill_ids(cell: Cell, column: str) -> dict[str, list[str]]:
    """{outcome: ids} behind one column of a figure (the label column: everyone it counts)."""
    outcomes = DRILL.get(column) or tuple(o for o in Outcome if o != Outcome.NOT_APPLICABLE)
    return {o.value: list(cell.ids.get(o, ())) for o in outcomes if cell.ids.get(o)}
