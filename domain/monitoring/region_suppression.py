"""Suppression for a table the region's municipalities share: one row per municipality.

Every reader of a regional table is one of its municipalities, and knows its own row exactly
(its own desktop shows it). So a hidden cell of another municipality must stay protected when
the reader's own row is read as shown: the cycle check of domain/monitoring/suppression.py is
run once per reader, with that reader's row taken out of the hidden cells. A hidden cell of
the region's totals need not be protected for its own sake (it may be the reader's own count
and nothing else), only the other municipalities' cells behind it.

Tables of targets that count the same persons (the same clock and the same group: E1 and E2,
for example) have the same municipality totals. A total hidden in one of them is hidden in all
(`forced`), so no table tells what another hides.
"""

from __future__ import annotations

from domain.monitoring.suppression import PRIMARY, SECONDARY, Suppressed, is_protected, with_totals


def _frozen(grid: list[list[int]]) -> tuple[tuple[int, ...], ...]:
    return tuple(tuple(row) for row in grid)


def _views(n_rows: int) -> list[int | None]:
    """The readers: each municipality (its row known to it); a lone one reads as an outsider."""
    return list(range(n_rows)) if n_rows >= 2 else [None]


def _hidden_for(hidden: dict, view: int | None) -> dict:
    return hidden if view is None else {c: k for c, k in hidden.items() if c[0] != view}


def _rest(grid, view: int, column: int) -> int:
    """The rest of the region's count in a column, as the member `view` would see it."""
    return grid[-1][column] - grid[view][column]


def _weak(grid, hidden: dict, minimum: int, views) -> tuple[int | None, tuple[int, int]] | None:
    """A reader and a hidden cell of another municipality that reader can work out, or None.
    A hidden total of the region tells a member the rest of the region's count (the total less its
    own): that must stay hidden only while it is small; none (0) or at least the minimum may be
    known, the other municipalities' own cells behind it being checked each."""
    totals_row = len(grid) - 1
    for view in views:
        seen = _hidden_for(hidden, view)
        for cell in seen:
            if view is not None and cell[0] == totals_row and not 0 < _rest(grid, view, cell[1]) < minimum:
                continue
            if not is_protected(grid, seen, minimum, cell):
                return view, cell
    return None


def suppress_shared(rows: list[list[int]], minimum: int = 5, forced: frozenset = frozenset()) -> Suppressed:
    """Suppress a table whose row i is municipality i (totals are added as the last row and column).
    forced: cells to hide whatever their size (totals another table hides); only cells of at
    least the minimum are forced (smaller ones are hidden anyway, zeros never)."""
    if minimum < 1:
        raise ValueError("the minimum cell size is at least 1")
    grid = with_totals(rows)
    cells = [(i, j) for i in range(len(grid)) for j in range(len(grid[0]))]
    hidden = {c: PRIMARY for c in cells if 0 < grid[c[0]][c[1]] < minimum}
    keep = {c for c in forced if c in set(cells) and grid[c[0]][c[1]] >= minimum}
    hidden.update({c: SECONDARY for c in keep})
    views = _views(len(rows))
    last = (len(grid) - 1, len(grid[0]) - 1)
    while True:
        weak = _weak(grid, hidden, minimum, views)
        if weak is None:
            return Suppressed(_frozen(grid), hidden, minimum)
        view, cell = weak
        # Cells of the reader's own row tell it nothing new; the smallest inner cell first.
        candidates = sorted((c for c in cells if c not in hidden and grid[c[0]][c[1]] >= minimum and c[0] != view),
                            key=lambda c: (c[0] == last[0] or c[1] == last[1], grid[c[0]][c[1]], c))
        if not candidates:
            return Suppressed(_frozen(grid), {c: hidden.get(c, SECONDARY) for c in cells}, minimum, all_hidden=True)
        seen = _hidden_for(hidden, view)
        pick = next((c for c in candidates if is_protected(grid, {**seen, c: SECONDARY}, minimum, cell)), None) \
            or next((c for c in candidates if c[0] == cell[0] or c[1] == cell[1]), candidates[0])
        hidden[pick] = SECONDARY
        if _weak(grid, hidden, minimum, views) is None:
            _unhide_spare(grid, hidden, minimum, views, keep)


def _unhide_spare(grid, hidden: dict, minimum: int, views, keep: set) -> None:
    """Show again every secondary cell (not forced) the others protect without: totals first, then
    the largest; again until none can go, since showing one cell can let another be shown."""
    last = (len(grid) - 1, len(grid[0]) - 1)
    # Totals often protect one another in pairs (mine and the region's give yours): try each line of
    # totals as a whole first.
    for line in ({c for c in hidden if c[1] == last[1]}, {c for c in hidden if c[0] == last[0]}):
        spare = {c for c in line if hidden.get(c) == SECONDARY and c not in keep}
        if spare:
            trial = {c: k for c, k in hidden.items() if c not in spare}
            if _weak(grid, trial, minimum, views) is None:
                for cell in spare:
                    del hidden[cell]
    shown_one = True
    while shown_one:
        shown_one = False
        spare = sorted((c for c, k in hidden.items() if k == SECONDARY and c not in keep),
                       key=lambda c: (not (c[0] == last[0] or c[1] == last[1]), -grid[c[0]][c[1]], c))
        for cell in spare:
            del hidden[cell]
            if _weak(grid, hidden, minimum, views) is not None:
                hidden[cell] = SECONDARY
            else:
                shown_one = True
