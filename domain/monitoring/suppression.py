"""Small-cell suppression for tables shared across the region (counts with row and column totals).

Primary: a cell (or total) from 1 to minimum-1 shows "<5". Secondary: more cells ("x", always
ones of at least the minimum) are hidden until no hidden value can be worked out from what is
shown. Zeros are shown. Percentages show only on a visible count over a visible denominator of
at least `min_denominator`.

Why a hidden cell is safe: write the table with its totals as one grid whose every line sums
to zero (totals negated, the grand total not). A hidden cell's value is pinned down exactly
when no cycle of hidden cells through it can shift by one (+1, -1, ... alternating) within
what the reader knows of each hidden cell ("<5": 1..minimum-1; "x": minimum or more).
Otherwise a second table fits everything shown. We check that for every hidden cell, and
hide the smallest visible cell in its row or column while one fails; if nothing is left to
hide, the whole table is hidden.
"""

from __future__ import annotations

from dataclasses import dataclass

PRIMARY = "primary"
SECONDARY = "secondary"
INF = float("inf")


@dataclass(frozen=True)
class Suppressed:
    """The grid with totals: rows + a totals row, columns + a totals column."""

    values: tuple[tuple[int, ...], ...]  # true values; never leave the server
    hidden: dict[tuple[int, int], str]  # cell -> PRIMARY or SECONDARY
    minimum: int
    all_hidden: bool = False
    round_to: int = 1

    def shown(self, i: int, j: int) -> str:
        kind = self.hidden.get((i, j))
        if kind == PRIMARY and not self.all_hidden:
            return f"<{self.minimum}"
        if kind:
            return "x"
        value = self.values[i][j]
        return str(value if self.round_to <= 1 else self.round_to * round(value / self.round_to))

    def display(self) -> list[list[str]]:
        return [[self.shown(i, j) for j in range(len(row))] for i, row in enumerate(self.values)]

    def visible(self, i: int, j: int) -> int | None:
        return None if (i, j) in self.hidden else self.values[i][j]


def with_totals(rows: list[list[int]]) -> list[list[int]]:
    if not rows or not rows[0]:
        raise ValueError("a table needs at least one row and one column")
    if any(len(r) != len(rows[0]) for r in rows) or any(v < 0 for r in rows for v in r):
        raise ValueError("rows must be equally long and counts not negative")
    grid = [[*r, sum(r)] for r in rows]
    grid.append([sum(col) for col in zip(*grid, strict=True)])
    return grid


def bounds(kind: str, minimum: int, all_hidden: bool) -> tuple[float, float]:
    """What a reader knows of a hidden cell."""
    if all_hidden:
        return 0, INF
    return (1, minimum - 1) if kind == PRIMARY else (minimum, INF)


def _sign(grid: list[list[int]], i: int, j: int) -> int:
    last_i, last_j = len(grid) - 1, len(grid[0]) - 1
    return -1 if (i == last_i) != (j == last_j) else 1


def _can_move(grid, hidden, minimum, all_hidden, cell, dz: int) -> bool:
    """May this hidden cell's signed value change by dz (+1 or -1) within the reader's bounds?"""
    low, high = bounds(hidden[cell], minimum, all_hidden)
    value = grid[cell[0]][cell[1]] + dz * _sign(grid, *cell)
    return low <= value <= high


def _reachable(grid, hidden, minimum, all_hidden, skip, source, goal) -> bool:
    """Walk rows ("r", i) and columns ("c", j): row->column over a cell that can rise (signed),
    column->row over a cell that can fall. True when goal is reached from source."""
    seen, todo = {source}, [source]
    while todo:
        kind, k = todo.pop()
        for cell in hidden:
            if cell == skip:
                continue
            if kind == "r" and cell[0] == k and _can_move(grid, hidden, minimum, all_hidden, cell, +1):
                nxt = ("c", cell[1])
            elif kind == "c" and cell[1] == k and _can_move(grid, hidden, minimum, all_hidden, cell, -1):
                nxt = ("r", cell[0])
            else:
                continue
            if nxt == goal:
                return True
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return False


def is_protected(grid, hidden: dict, minimum: int, cell: tuple[int, int], all_hidden: bool = False) -> bool:
    """Can another table, equal in everything shown, give this hidden cell another value?"""
    i, j = cell
    up = _can_move(grid, hidden, minimum, all_hidden, cell, +1) and _reachable(
        grid, hidden, minimum, all_hidden, cell, ("c", j), ("r", i))
    down = _can_move(grid, hidden, minimum, all_hidden, cell, -1) and _reachable(
        grid, hidden, minimum, all_hidden, cell, ("r", i), ("c", j))
    return up or down


def suppress(rows: list[list[int]], minimum: int = 5, round_to: int = 1) -> Suppressed:
    """Suppress a table of counts (without totals; they are added as the last row and column)."""
    if minimum < 1:
        raise ValueError("the minimum cell size is at least 1")
    grid = with_totals(rows)
    cells = [(i, j) for i in range(len(grid)) for j in range(len(grid[0]))]
    hidden = {c: PRIMARY for c in cells if 0 < grid[c[0]][c[1]] < minimum}
    while True:
        weak = next((c for c in hidden if not is_protected(grid, hidden, minimum, c)), None)
        if weak is None:
            return Suppressed(_freeze(grid), hidden, minimum, round_to=round_to)
        last = (len(grid) - 1, len(grid[0]) - 1)
        # the smallest inner cell first: totals are what readers need most
        candidates = sorted((c for c in cells if c not in hidden and grid[c[0]][c[1]] >= minimum),
                            key=lambda c: (c[0] == last[0] or c[1] == last[1], grid[c[0]][c[1]], c))
        if not candidates:
            return Suppressed(_freeze(grid), {c: hidden.get(c, SECONDARY) for c in cells}, minimum,
                              all_hidden=True, round_to=round_to)
        # one that protects the weak cell at once; else one in its row or column, to build a cycle
        pick = next((c for c in candidates if is_protected(grid, {**hidden, c: SECONDARY}, minimum, weak)),
                    None) or next((c for c in candidates if c[0] == weak[0] or c[1] == weak[1]), candidates[0])
        hidden[pick] = SECONDARY
        if all(is_protected(grid, hidden, minimum, c) for c in hidden):
            _unhide_spare(grid, hidden, minimum)


def _unhide_spare(grid, hidden: dict, minimum: int) -> None:
    """Show again, largest first, every secondary cell the others protect without."""
    for cell in sorted((c for c, k in hidden.items() if k == SECONDARY), key=lambda c: -grid[c[0]][c[1]]):
        del hidden[cell]
        if not all(is_protected(grid, hidden, minimum, c) for c in hidden):
            hidden[cell] = SECONDARY


def percentage(table: Suppressed, numerator: tuple[int, int], denominator: tuple[int, int],
               min_denominator: int = 10) -> float | None:
    """A share to show, or None: never from a hidden count or over a small denominator."""
    num, den = table.visible(*numerator), table.visible(*denominator)
    if num is None or den is None or den < max(min_denominator, 1):
        return None
    return 100 * num / den


def _freeze(grid: list[list[int]]) -> tuple[tuple[int, ...], ...]:
    return tuple(tuple(r) for r in grid)
