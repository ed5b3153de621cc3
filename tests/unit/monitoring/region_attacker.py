"""A municipality of the region attacking the shared tables: it knows its own rows exactly, reads
every table of a linked group together (their municipality totals are equal), and uses the
reader of attacker.py (exact linear algebra, bounds propagated, enumeration when small)."""

from __future__ import annotations

from tests.unit.monitoring.attacker import _enumerate, _linear, _propagate, equations, read

SPAN = 1000  # table k's row i is row k * SPAN + i of one joint grid


def recover_joint(displays: list[list[list[str]]], truths: list, minimum: int, own_row: int | None) -> set:
    """Hidden cells, other than the reader's own row, that the reader can pin down."""
    known, box, eqs = {}, {}, []
    for k, (display, truth) in enumerate(zip(displays, truths, strict=True)):
        k_known, k_box = read(display, minimum)
        for (i, j), v in k_known.items():
            known[k * SPAN + i, j] = v
        for (i, j), b in k_box.items():
            if i == own_row:  # its own figures: it knows them
                known[k * SPAN + i, j] = truth[i][j]
            else:
                box[k * SPAN + i, j] = b
        eqs += [[(k * SPAN + i, j, a) for i, j, a in eq] for eq in equations(len(display), len(display[0]))]
    last_j = len(displays[0][0]) - 1
    for k in range(1, len(displays)):  # linked tables: the same municipality totals, the same grand total
        for i in range(len(displays[0])):
            eqs.append([(i, last_j, 1), (k * SPAN + i, last_j, -1)])
    hidden = list(box)
    found = _linear(eqs, known, hidden) if hidden else set()
    bounded = _propagate(eqs, known, box)
    for (i, j), (low, high) in bounded.items():
        assert low <= truths[i // SPAN][i % SPAN][j] <= high, "the reader's bounds must hold for the truth"
    found |= {c for c, (low, high) in bounded.items() if low == high}
    found |= _enumerate(eqs, known, bounded) or set()
    # A region total pinned down tells the reader the rest of the region's count (total less its own
    # row): a leak only while that is small; zero and at least the minimum may be known.
    totals_row = len(displays[0]) - 1
    def leak(c) -> bool:
        k, i, j = c[0] // SPAN, c[0] % SPAN, c[1]
        if truths[k][i][j] == 0:  # a zero is shown wherever it is not hidden with everything else
            return False
        if i != totals_row or own_row is None:
            return True
        rest = truths[k][i][j] - truths[k][own_row][j]
        return 0 < rest < minimum
    return {c for c in found if leak(c)}
