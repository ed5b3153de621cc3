"""A last check of linked regional tables, read together as a member reads them.

Tables of targets counting the same persons share their municipality totals. Each table is
protected on its own (region_suppression.py), and a total hidden in one is hidden in all, but
three equal totals and the column sums can still pin a cell down (a small cell of one table
and one of another, both 1-4, tied by "3 more"). So before they are shared, linked tables are
read as every member would: its own rows known, the equal totals tied, and each line's sum. The
check propagates what each line says about the bounds of its hidden cells, and solves the
lines exactly (over fractions); a hidden count of another municipality found either way, or a
small rest of the region, fails the check.
"""

from __future__ import annotations

from fractions import Fraction

from domain.monitoring.suppression import PRIMARY, Suppressed

INF = float("inf")


def _lines(n_rows: int, n_cols: int, k: int) -> list[list[tuple[tuple, int]]]:
    """Each row and column of table k: its inner cells minus its total is 0."""
    last_i, last_j = n_rows - 1, n_cols - 1
    rows = [[((k, i, j), 1) for j in range(last_j)] + [((k, i, last_j), -1)] for i in range(n_rows)]
    cols = [[((k, i, j), 1) for i in range(last_i)] + [((k, last_i, j), -1)] for j in range(n_cols)]
    return rows + cols


def _system(tables: list[Suppressed], own: int):
    known, box, lines = {}, {}, []
    for k, t in enumerate(tables):
        for i, row in enumerate(t.values):
            for j, v in enumerate(row):
                kind = t.hidden.get((i, j))
                if kind is None or i == own:
                    known[k, i, j] = v
                elif t.all_hidden:
                    box[k, i, j] = (0, INF)
                else:
                    box[k, i, j] = (1, t.minimum - 1) if kind == PRIMARY else (t.minimum, INF)
        lines += _lines(len(t.values), len(t.values[0]), k)
    n_rows, last_j = len(tables[0].values), len(tables[0].values[0]) - 1
    for k in range(1, len(tables)):  # the same persons: the same totals
        lines += [[((0, i, last_j), 1), ((k, i, last_j), -1)] for i in range(n_rows)]
    return known, box, lines


def _bounds(lines, known, box) -> dict:
    box = dict(box)
    for _ in range(200):
        changed = False
        for line in lines:
            for cell, a in line:
                if cell not in box:
                    continue
                lo = hi = 0.0
                for other, b in line:
                    if other == cell:
                        continue
                    if other in known:
                        lo, hi = lo + b * known[other], hi + b * known[other]
                    else:
                        low, high = box[other]
                        lo, hi = lo + min(b * low, b * high), hi + max(b * low, b * high)
                x_lo, x_hi = (-hi, -lo) if a == 1 else (lo, hi)
                low, high = box[cell]
                new = (max(low, x_lo), min(high, x_hi))
                if new != (low, high):
                    box[cell], changed = new, True
        if not changed:
            break
    return {c for c, (low, high) in box.items() if low == high}


def _solved(lines, known, hidden: list) -> set:
    """Hidden cells the lines fix exactly (reduced row echelon over fractions)."""
    index = {c: n for n, c in enumerate(hidden)}
    matrix = []
    for line in lines:
        row = [Fraction(0)] * (len(hidden) + 1)
        for cell, a in line:
            if cell in index:
                row[index[cell]] += a
            else:
                row[-1] -= a * known[cell]
        if any(row[:-1]):
            matrix.append(row)
    pivots, r = [], 0
    for col in range(len(hidden)):
        pivot = next((n for n in range(r, len(matrix)) if matrix[n][col] != 0), None)
        if pivot is None:
            continue
        matrix[r], matrix[pivot] = matrix[pivot], matrix[r]
        matrix[r] = [v / matrix[r][col] for v in matrix[r]]
        for n in range(len(matrix)):
            if n != r and matrix[n][col] != 0:
                factor = matrix[n][col]
                matrix[n] = [a - factor * b for a, b in zip(matrix[n], matrix[r], strict=True)]
        pivots.append((r, col))
        r += 1
    return {hidden[col] for row, col in pivots if all(matrix[row][n] == 0 for n in range(len(hidden)) if n != col)}


def linked_tables_safe(tables: list[Suppressed]) -> bool:
    """No member, knowing its own rows, pins down another's hidden count (zeros aside) or a small
    rest of the region, reading these linked tables together."""
    totals_row, last_j = len(tables[0].values) - 1, len(tables[0].values[0]) - 1
    # Shown totals are known anyway: only a hidden one ties the tables together.
    if len(tables) < 2 or not any(j == last_j for t in tables for _, j in t.hidden):
        return True
    for own in range(totals_row):
        known, box, lines = _system(tables, own)
        found = _bounds(lines, known, box) | (_solved(lines, known, list(box)) if box else set())
        for k, i, j in found:
            value = tables[k].values[i][j]
            rest = value - tables[k].values[own][j] if i == totals_row else value
            if value and (i != totals_row or 0 < rest < tables[k].minimum):
                return False
    return True
