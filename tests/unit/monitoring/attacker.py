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
    """Hidden cells fixed by the equations alone (reduced row echelon over fractions)."""
    index = {c: k for k, c in enumerate(hidden)}
    matrix = []
    for eq in eqs:
        row = [Fraction(0)] * (len(hidden) + 1)
        for i, j, a in eq:
            if (i, j) in index:
                row[index[i, j]] += a
            else:
                row[-1] -= a * known[i, j]
        matrix.append(row)
    pivots, r = [], 0
    for col in range(len(hidden)):
        pivot = next((k for k in range(r, len(matrix)) if matrix[k][col] != 0), None)
        if pivot is None:
            continue
        matrix[r], matrix[pivot] = matrix[pivot], matrix[r]
        matrix[r] = [v / matrix[r][col] for v in matrix[r]]
        for k in range(len(matrix)):
            if k != r and matrix[k][col] != 0:
                factor = matrix[k][col]
                matrix[k] = [a - factor * b for a, b in zip(matrix[k], matrix[r], strict=True)]
        pivots.append((r, col))
        r += 1
    return {hidden[col] for row, col in pivots
            if all(matrix[row][k] == 0 for k in range(len(hidden)) if k != col)}


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
