"""What the conversation panels (handover, intake) say: the texts that name each panel's
record, translated by the panel itself, and how the parts still missing answers are named."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.views.common.fieldwork_labels import part_title, question_label
from domain.forms import Form, missing_required


@dataclass(frozen=True)
class ConversationTexts:
    """What a panel calls itself, translated by the subclass."""

    title: str
    intro: str  # on the start page
    complete: str  # the Complete button
    complete_tip: str
    reopen: str  # the Reopen button
    completed: str  # said once it is complete
    not_loaded: str
    not_started: str
    not_completed: str


def describe_missing(form: Form, answers_by_part: dict[str, dict], parts: list[str]) -> str:
    """'Languages (Level of Dutch, Literacy); Urgent matters (…)' for the parts named."""
    pieces = []
    for part_key in parts:
        part = form.part(part_key)
        missing = missing_required(part, answers_by_part.get(part_key, {}))
        names = ", ".join(question_label(form.key, part_key, q) for q in missing)
        title = part_title(form.key, part_key)
        # a part of one question is named by its title alone
        pieces.append(f"{title} ({names})" if names and len(part.questions) > 1 else title)
    return "; ".join(pieces)
