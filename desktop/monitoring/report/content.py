"""What the meeting's report holds, worked out from the frozen figures, the meeting and the journey
(no Qt): per target its cohorts' bars, the stage ratings, the selected stories that may be shown,
the differences between groups (suppressed), the decisions and actions.

Stories come as `StoryChoice` items (domain/monitoring/journey.py), the only shape in which a story
leaves the client file: a selected story is shown only when its consent allows use outside the file
("anonymous" or "named"), and named only with "named". A selected story missing from the choices
(consent withdrawn, or not on this device) is counted, never shown, and neither is its reason,
which may quote it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from domain.monitoring.journey import StageRatingCount, StoryChoice
from domain.monitoring.suppression import percentage, suppress

SHOWABLE = ("anonymous", "named")
MIN_CELL = 5  # the suppression's minimum cell (docs/monitoring.md "Suppression")
MIN_DENOMINATOR = 10
GROUP_TARGETS_MAX = 13


@dataclass(frozen=True)
class CohortBar:
    cohort: int | None
    realised_pct: float | None  # among closed windows; None when none has closed
    realised_n: int
    closed_n: int
    on_track_pct: float | None  # realised early or on track, among open windows
    on_track_n: int
    open_n: int


@dataclass(frozen=True)
class TargetBlock:
    code: str
    title: str
    goal: float | None
    goal_high: float | None
    bars: tuple[CohortBar, ...]
    excluded: int
    unknown: int


@dataclass(frozen=True)
class QuotaLine:
    period: str
    quota: int
    housed: int
    pct: float | None


@dataclass(frozen=True)
class ShownStory:
    choice: StoryChoice
    reason: str

    @property
    def teller(self) -> str | None:
        """The person's name, only when they consented to be named."""
        return self.choice.person_label if self.choice.consent_use == "named" else None


@dataclass(frozen=True)
class GroupTable:
    """One breakdown dimension: per group, per target, the realised share (or a suppression mark)."""
    dimension: str
    targets: tuple[str, ...]
    groups: tuple[str, ...]
    cells: tuple[tuple[str, ...], ...]  # per group, per target: "45% (9/20)", "<5", "x" or ""


@dataclass
class ReportContent:
    reference_date: str
    cohort_by: str
    persons: int
    organisations: dict[str, str]
    targets: list[TargetBlock]
    quotas: list[QuotaLine]
    ratings: list[StageRatingCount]
    stories: list[ShownStory]
    stories_withheld: int
    groups: list[GroupTable]
    meeting: Mapping[str, Any] | None = None
    stages: dict[str, str] = field(default_factory=dict)  # stage key -> label


def build(figures: Mapping[str, Any], meeting: Mapping[str, Any] | None = None,
          stories: Sequence[StoryChoice] = (), ratings: Sequence[StageRatingCount] = (),
          stages: Mapping[str, str] | None = None) -> ReportContent:
    """The report's content from a `ketenplan-monitoring/1` document (the meeting's frozen figures, or
    the figures now) and what the meeting selected and decided."""
    rows = list(figures.get("figures") or [])
    by_target: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        by_target[row["target"]].append(row)
    targets = [_target(code, cells) for code, cells in by_target.items() if code != "H2"]
    quotas = [QuotaLine(q["period"], q["quota"], q["housed"], q.get("pct")) for q in figures.get("taakstelling") or []]
    shown, withheld = _stories(meeting, stories)
    return ReportContent(
        reference_date=figures.get("reference_date", ""), cohort_by=figures.get("cohort_by", "vestiging"),
        persons=int(figures.get("persons") or 0), organisations=dict(figures.get("organisations") or {}),
        targets=targets, quotas=quotas, ratings=list(ratings), stories=shown, stories_withheld=withheld,
        groups=group_tables(rows, [t.code for t in targets if t.goal is not None]),
        meeting=meeting, stages=dict(stages or {}))


def _target(code: str, cells: list[dict]) -> TargetBlock:
    first = cells[0]
    bars = []
    for row in cells:
        realised = row.get("realised") or {}
        opened = int(row.get("open") or 0)
        ahead = int(row.get("realised_early") or 0) + int(row.get("on_track") or 0)
        if not realised.get("N") and not opened:
            continue  # a cohort nobody counts in is left out, as on the dashboard
        bars.append(CohortBar(row.get("cohort"), realised.get("pct"), int(realised.get("n") or 0),
                              int(realised.get("N") or 0), round(100 * ahead / opened, 1) if opened else None,
                              ahead, opened))
    excluded = sum(int((r.get("excluded") or {}).get("n") or 0) for r in cells)
    unknown = sum(int((r.get("unknown") or {}).get("n") or 0) for r in cells)
    return TargetBlock(code, first.get("title", code), first.get("goal"), first.get("goal_high"), tuple(bars),
                       excluded, unknown)


def _stories(meeting: Mapping[str, Any] | None, choices: Sequence[StoryChoice]) -> tuple[list[ShownStory], int]:
    if meeting is None:
        return [], 0
    usable = {c.id: c for c in choices if c.consent_use in SHOWABLE}
    shown, withheld = [], 0
    for selected in meeting.get("stories") or []:
        choice = usable.get(selected.get("story_id"))
        if choice is None:
            withheld += 1
        else:
            shown.append(ShownStory(choice, selected.get("reason") or ""))
    return shown, withheld


def group_tables(rows: list[dict], codes: list[str]) -> list[GroupTable]:
    """Per dimension, the realised share per group and target, over every cohort together. Each target's
    column is protected on its own (realised and not realised per group, with totals), as the figures'
    suppression does: a cell under the minimum shows "<5", complementary cells "x", and a share only
    over a visible denominator of at least ten."""
    sums: dict[tuple[str, str], dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    dimensions: list[str] = []
    for row in rows:
        if row["target"] not in codes:
            continue
        for dimension, groups in (row.get("breakdowns") or {}).items():
            if dimension not in dimensions:
                dimensions.append(dimension)
            for group, counts in groups.items():
                realised = counts.get("realised") or {}
                cell = sums[(dimension, row["target"])][group]
                cell[0] += int(realised.get("n") or 0)
                cell[1] += int(realised.get("N") or 0)
    tables = []
    for dimension in dimensions:
        groups = sorted({g for code in codes for g in sums[(dimension, code)]})
        if not groups:
            continue
        columns = []
        for code in codes:
            counts = sums[(dimension, code)]
            columns.append(_suppressed_shares([counts.get(g, [0, 0]) for g in groups]))
        cells = tuple(tuple(columns[j][i] for j in range(len(codes))) for i in range(len(groups)))
        tables.append(GroupTable(dimension, tuple(codes), tuple(groups), cells))
    return tables


def _suppressed_shares(counts: list[list[int]]) -> list[str]:
    """Per group "pct% (n/N)" from realised n of closed N, the table (realised, not realised) suppressed."""
    if not any(n for _, n in counts):
        return [""] * len(counts)
    table = suppress([[r, n - r] for r, n in counts], minimum=MIN_CELL)
    total = len(counts[0])  # the totals column of the grid
    out = []
    for i, (_, closed) in enumerate(counts):
        if closed == 0:
            out.append("")
            continue
        realised, denominator = table.shown(i, 0), table.shown(i, total)
        share = percentage(table, (i, 0), (i, total), MIN_DENOMINATOR)
        if share is None:
            out.append(f"{realised}/{denominator}")
        else:
            out.append(f"{share:.0f}% ({realised}/{denominator})")
    return out
