"""A dropped draft is gone for the next read of its name, however soon it comes: a form that saved
or cancelled and starts again at once (a new meeting, a new follow-up action) must not get back what
was just saved as "unsaved changes" (and save it a second time)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.views.common.form_draft import FormDraft
from tests.depth import examples
from tests.gui.conftest import TIMEOUT_MS


def _read(qtbot, worker, name: str) -> dict | None:
    got: list = []
    draft = FormDraft(worker, name)
    draft.read(draft, got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=TIMEOUT_MS)
    return got[0]


@settings(max_examples=examples(15), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(state=st.dictionaries(st.sampled_from(["title", "decisions", "actions"]), st.text(max_size=20),
                             min_size=1), kept_first=st.booleans())
def test_a_dropped_draft_is_not_read_back_by_the_next_form_of_its_name(qtbot, worker, state, kept_first):
    draft = FormDraft(worker, "monitoring_meeting_new")
    draft.keep(state)
    if kept_first:  # written already, or still waiting for its debounce: both must end dropped
        draft.flush()
    draft.drop()
    assert _read(qtbot, worker, "monitoring_meeting_new") is None
