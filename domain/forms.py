"""Conversation forms as data: parts made of questions, answered piece by piece.

The handover, the brede intake and the visit report are each a Form. A part is
stored as one record (see desktop/store/form_parts.py), so two people filling in
different parts never touch the same record, and a part holding special-category
data (health) can be kept from those who may not see it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from domain.errors import FieldError

MAX_SHORT_TEXT = 300
MAX_NOTES = 8000
# Leerbaarheidstoets.openapi.yml, behaaldeScore and benodigdeScore: pattern ^(\d{1,3}\,\d{2})$
SCORE_PATTERN = re.compile(r"^\d{1,3},\d{2}$")
_SCORE_TYPED = re.compile(r"^(\d{1,3})(?:[.,](\d{1,2}))?$")


def normalise_score(value) -> str:
    """A score in DUO's form, "47,50", from what was typed ("47.5", "47,5", "47") or a number
    stored before scores had decimals (412 -> "412,00"). Anything else comes back as given (as
    text), so the check refuses it and the worker sees what they typed."""
    if isinstance(value, bool) or value is None:
        return "" if value is None else str(value)
    if isinstance(value, int):
        value = str(value)
    elif isinstance(value, float):
        value = f"{value:.2f}"
    text = str(value).strip()
    found = _SCORE_TYPED.match(text)
    if not found:
        return text
    return f"{found.group(1)},{(found.group(2) or '').ljust(2, '0')}"


class Kind(StrEnum):
    CHOICE = "choice"  # one of the options
    MULTI = "multi"  # any of the options
    YESNO = "yesno"  # True, False or unanswered
    TEXT = "text"  # one line
    NOTES = "notes"  # several lines
    DATE = "date"  # ISO yyyy-mm-dd
    NUMBER = "number"  # whole number within [low, high]
    SCORE = "score"  # a test score as DUO writes it: "47,50" (Leerbaarheidstoets.openapi.yml behaaldeScore)


@dataclass(frozen=True)
class Question:
    key: str
    kind: Kind
    options: tuple[str, ...] = ()
    required: bool = False  # needed before the form counts as complete
    low: int = 0
    high: int = 0


@dataclass(frozen=True)
class Part:
    key: str
    questions: tuple[Question, ...]
    special: bool = False  # special category of personal data (AVG art. 9): health

    def question(self, key: str) -> Question:
        for q in self.questions:
            if q.key == key:
                return q
        raise KeyError(key)


@dataclass(frozen=True)
class Form:
    key: str
    parts: tuple[Part, ...]

    def part(self, key: str) -> Part:
        for p in self.parts:
            if p.key == key:
                return p
        raise KeyError(key)


def is_answered(value) -> bool:
    return value not in (None, "", [], ())


def check_answer(question: Question, value) -> FieldError | None:
    """Why this value cannot be stored for the question, or None when it can."""
    if not is_answered(value):
        return None
    kind = question.kind
    if kind is Kind.CHOICE:
        return None if value in question.options else FieldError.CHOICE_INVALID
    if kind is Kind.MULTI:
        ok = isinstance(value, list | tuple) and all(v in question.options for v in value)
        return None if ok else FieldError.CHOICE_INVALID
    if kind is Kind.YESNO:
        return None if isinstance(value, bool) else FieldError.CHOICE_INVALID
    if kind is Kind.TEXT:
        return None if isinstance(value, str) and len(value) <= MAX_SHORT_TEXT else FieldError.TOO_LONG
    if kind is Kind.NOTES:
        return None if isinstance(value, str) and len(value) <= MAX_NOTES else FieldError.TOO_LONG
    if kind is Kind.DATE:
        try:
            date.fromisoformat(value)
        except (TypeError, ValueError):
            return FieldError.DATE_INVALID
        return None
    if kind is Kind.SCORE:
        return None if isinstance(value, str) and SCORE_PATTERN.match(value) else FieldError.LBT_SCORE_INVALID
    if kind is Kind.NUMBER:
        ok = isinstance(value, int) and not isinstance(value, bool) and question.low <= value <= question.high
        return None if ok else FieldError.NUMBER_OUT_OF_RANGE
    raise AssertionError(kind)


def check_part(part: Part, answers: dict, notes: str = "") -> dict[str, FieldError]:
    """Every reason the answers cannot be stored, by question key ('notes' for the notes)."""
    errors: dict[str, FieldError] = {}
    for key, value in answers.items():
        try:
            question = part.question(key)
        except KeyError:
            errors[key] = FieldError.UNKNOWN_QUESTION
            continue
        problem = check_answer(question, value)
        if problem:
            errors[key] = problem
    if len(notes) > MAX_NOTES:
        errors["notes"] = FieldError.TOO_LONG
    return errors


def missing_required(part: Part, answers: dict) -> list[str]:
    return [q.key for q in part.questions if q.required and not is_answered(answers.get(q.key))]


def progress(part: Part, answers: dict) -> tuple[int, int]:
    """(answered, asked) for a part; a part's notes do not count as a question."""
    return sum(1 for q in part.questions if is_answered(answers.get(q.key))), len(part.questions)


def form_progress(form: Form, answers_by_part: dict[str, dict]) -> tuple[int, int]:
    done = total = 0
    for part in form.parts:
        a, t = progress(part, answers_by_part.get(part.key, {}))
        done, total = done + a, total + t
    return done, total


def incomplete_parts(form: Form, answers_by_part: dict[str, dict]) -> dict[str, list[str]]:
    """Parts whose required questions are unanswered, with those question keys."""
    out = {}
    for part in form.parts:
        missing = missing_required(part, answers_by_part.get(part.key, {}))
        if missing:
            out[part.key] = missing
    return out
