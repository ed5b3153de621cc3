"""The conversation panel's hooks are abstract: a panel that leaves one out cannot be made."""

import pytest

from desktop.views.conversation.conversation_panel import ConversationPanel
from desktop.views.conversation.handover_panel import HandoverPanel
from desktop.views.conversation.intake_panel import IntakePanel

HOOKS = {"_make_texts", "_records", "_read_context", "_build_start_page", "_build_header", "_build_body",
         "_tab_chain", "_fill_header", "_header_values", "_focus_form", "_reveal_missing"}


def test_the_hooks_a_subclass_must_give_are_abstract():
    assert ConversationPanel.__abstractmethods__ == HOOKS


def test_the_handover_and_the_intake_give_every_hook():
    assert HandoverPanel.__abstractmethods__ == frozenset()
    assert IntakePanel.__abstractmethods__ == frozenset()


@pytest.mark.parametrize("left_out", sorted(HOOKS))
def test_a_panel_without_a_hook_is_refused_when_made(qtbot, left_out):
    given = {name: HandoverPanel.__dict__[name] for name in HOOKS - {left_out}}
    partial = type("PartialPanel", (ConversationPanel,), given)
    with pytest.raises(TypeError, match=left_out):
        partial(None)
