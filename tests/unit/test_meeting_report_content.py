"""The report's content without Qt: stories only by consent and named only by it, and the differences
between groups never showing a small count."""

from __future__ import annotations

import re
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.monitoring.report.content import build, group_tables
from domain.monitoring.journey import StoryChoice
from tests.depth import examples


def _story(story_id: str, consent: str, label: str | None = "Amina Haddad") -> StoryChoice:
    return StoryChoice(story_id, "plan", None, "person", date(2026, 1, 1), f"titel {story_id}", "tekst", None, None,
                       consent, label)


def test_stories_show_only_with_consent_and_a_name_only_when_named():
    meeting = {"stories": [{"story_id": s, "reason": f"reden {s}"} for s in ("named", "anon", "none", "gone")]}
    content = build({"figures": []}, meeting,
                    [_story("named", "named"), _story("anon", "anonymous"), _story("none", "none")])
    assert [(s.choice.id, s.teller, s.reason) for s in content.stories] == [
        ("named", "Amina Haddad", "reden named"), ("anon", None, "reden anon")]
    assert content.stories_withheld == 2


def _rows(groups: dict[str, tuple[int, int]]) -> list[dict]:
    return [{"target": "S4", "cohort": 2024, "realised": {"n": 0, "N": 0},
             "breakdowns": {"sex": {g: {"realised": {"n": r, "N": n}} for g, (r, n) in groups.items()}}}]


@settings(max_examples=examples(200), deadline=None)
@given(st.dictionaries(st.sampled_from(["F", "M", "X", "unknown"]),
                       st.tuples(st.integers(0, 30), st.integers(0, 30)).map(lambda t: (min(t), max(t))),
                       min_size=1))
def test_no_shown_count_in_the_group_tables_is_under_the_minimum(groups):
    [table] = group_tables(_rows(groups), ["S4"]) or [None]
    if table is None:
        assert all(n == 0 for _, n in groups.values())
        return
    for (cell,) in table.cells:
        numbers = [int(x) for x in re.findall(r"(?<![<\d])(\d+)(?![\d%])", cell.split("%")[-1])]
        assert all(n == 0 or n >= 5 for n in numbers), cell
        if "%" in cell:  # a share only over a shown denominator of ten or more
            assert int(cell.split("/")[-1].rstrip(")")) >= 10, cell
