"""A reader who tries to work out hidden cells from a suppressed table: exact linear algebra,
bounds propagated over the rows and columns, and (for small cases) every table that fits."""

from __future__ import annotations

import itertools
from fractions import Fraction

INF = float("inf")


def equations(n_rows: int, n_cols: int) -> list[list[tuple[int, int, int]]]:
    """Each row and column of a grid with totals: sum of its inner cells minus its total is 0."""
    last_i, last_j = n_rows - 1, n_cols - 1
    rows = [[(i, j, 1) for j in range(last_j)] + [(i, last_j, -1)] for i in range(n_rows)]
    cols = [[(i, j, 1) for i in range(last_i)] + [(last_i, j, -1)] for j in range(n_cols)]
    return rows + cols


def read(display: list[list[str]], minimum: int):
    """What the reader knows: values shown, and bounds of the hidden cells."""
    everything_hidden = all(v == "x" for row in display for v in row)
    known, box = {}, {}
    for i, row in enumerate(display):
        for j, v in enumerate(row):
            if v == "x":
                box[i, j] = (0, INF) if everything_hidden else (minimum, INF)
            elif v.startswith("<"):
                box[i, j] = (1, minimum - 1)
            else:
                known[i, j] = int(v)
    return known, box


def _linear(eqs, known, hidden) -> set:
    """Hidden cells fixed by the equations alone: x is fixed exactly where the reduced row echelon
    form over fractions has a row with x alone. The rows are kept sparse (a row or column of a table
    names few cells), and the known values, which move no cell from fixed to free, are left out."""
    index = {c: k for k, c in enumerate(hidden)}
    pending = []  # rows without a pivot yet: {column: coefficient}, no zeros kept
    for eq in eqs:
        row: dict[int, Fraction] = {}
        for i, j, a in eq:
            if (i, j) in index:
                k = index[i, j]
                row[k] = row.get(k, Fraction(0)) + a
        pending.append({k: v for k, v in row.items() if v != 0})
    pivots: dict[int, dict[int, Fraction]] = {}
    for col in range(len(hidden)):
        at = next((n for n, row in enumerate(pending) if col in row), None)
        if at is None:
            continue
        pivot = pending.pop(at)
        scale = pivot[col]
        pivot = {k: v / scale for k, v in pivot.items()}
        for row in [*pending, *pivots.values()]:
            factor = row.get(col)
            if factor is None:
                continue
            for k, v in pivot.items():
                value = row.get(k, Fraction(0)) - factor * v
                if value == 0:
                    row.pop(k, None)
                else:
                    row[k] = value
        pivots[col] = pivot
    return {hidden[col] for col, row in pivots.items() if row.keys() == {col}}


def _propagate(eqs, known, box) -> dict:
    box = dict(box)
    for _ in range(500):
        changed = False
        for eq in eqs:
            for i, j, a in eq:
                if (i, j) not in box:
                    continue
                # a*x = -(sum of the others): the others' range gives x's
                lo = hi = 0.0
                for k, m, b in eq:
                    if (k, m) == (i, j):
                        continue
                    if (k, m) in known:
                        lo += b * known[k, m]
                        hi += b * known[k, m]
                    else:
                        low, high = box[k, m]
                        lo += min(b * low, b * high)
                        hi += max(b * low, b * high)
                x_lo, x_hi = (-hi, -lo) if a == 1 else (lo, hi)
                low, high = box[i, j]
                new = (max(low, x_lo), min(high, x_hi))
                if new != (low, high):
                    box[i, j] = new
                    changed = True
        if not changed:
            break
    return box


def _enumerate(eqs, known, box, limit: int = 60_000) -> set | None:
    """Every integer table inside the bounds; the cells with one value only. None when too many."""
    if any(b[1] == INF for b in box.values()):
        return None
    cells = list(box)
    ranges = [range(int(box[c][0]), int(box[c][1]) + 1) for c in cells]
    size = 1
    for r in ranges:
        size *= len(r)
    if size > limit:
        return None
    seen: dict = {c: set() for c in cells}
    for values in itertools.product(*ranges):
        cell_value = dict(zip(cells, values, strict=True)) | known
        if all(sum(a * cell_value[i, j] for i, j, a in eq) == 0 for eq in eqs):
            for c, v in zip(cells, values, strict=True):
                seen[c].add(v)
    return {c for c, vs in seen.items() if len(vs) == 1}


def recover(display: list[list[str]], minimum: int, truth) -> dict:
    """Hidden cells the reader can pin down, by method; also checks the truth fits what is read."""
    known, box = read(display, minimum)
    eqs = equations(len(display), len(display[0]))
    hidden = list(box)
    found = {"linear": _linear(eqs, known, hidden) if hidden else set()}
    box = _propagate(eqs, known, box)
    for (i, j), (low, high) in box.items():
        assert low <= truth[i][j] <= high, "the reader's bounds must hold for the true table"
    found["bounds"] = {c for c, (low, high) in box.items() if low == high}
    found["enumeration"] = _enumerate(eqs, known, box) or set()
    return found
