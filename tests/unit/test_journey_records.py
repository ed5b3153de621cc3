"""The rules a story and a stage rating are stored by (domain/journey_records.py)."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from domain.errors import FieldError
from domain.journey_records import check_rating, check_story, may_leave_file
from domain.monitoring.journey import CONSENT_USE, Stage

TODAY = date(2026, 5, 1)
STORY = {"client_id": "c1", "stage": "arrival_housing", "told_by_kind": "person", "told_on": "2026-04-01",
         "title": "Eindelijk een huis", "text_nl": "We hebben een huis.", "consent_use": "none"}
RATING = {"client_id": "c1", "stage": "plan", "rating": "+", "rated_by_kind": "partner", "rated_on": "2026-04-01"}


def test_a_complete_story_and_rating_pass():
    assert check_story(STORY, TODAY) == {}
    assert check_rating(RATING, TODAY) == {}


def test_a_story_needs_its_stage_teller_day_title_and_dutch_text():
    for key in ("client_id", "stage", "told_by_kind", "told_on", "title", "text_nl"):
        assert check_story({**STORY, key: "  " if key in ("title", "text_nl") else ""}, TODAY) == {
            key: FieldError.REQUIRED}, key


def test_choices_are_checked_against_the_stages_kinds_domains_and_languages():
    for key, bad in (("stage", "moon"), ("told_by_kind", "neighbour"), ("life_domain", "fun"),
                     ("original_language", "xx"), ("consent_use", "maybe")):
        assert check_story({**STORY, key: bad, "text_original": "x", "original_language": "ar"} | {key: bad},
                           TODAY).get(key) == FieldError.CHOICE_INVALID, key
    assert check_rating({**RATING, "rating": "++"}, TODAY) == {"rating": FieldError.CHOICE_INVALID}
    assert check_rating({**RATING, "rated_by_kind": "family"}, TODAY) == {"rated_by_kind": FieldError.CHOICE_INVALID}


def test_the_municipalitys_own_stages_are_the_ones_a_record_may_name():
    own = (Stage("welkom", "Welkom"),)
    assert check_story({**STORY, "stage": "welkom"}, TODAY, own) == {}
    assert check_story(STORY, TODAY, own) == {"stage": FieldError.CHOICE_INVALID}


def test_consent_to_use_a_story_is_given_on_a_day_not_before_it_was_told_nor_in_the_future():
    for use in ("anonymous", "named"):
        assert check_story({**STORY, "consent_use": use}, TODAY) == {"consent_on": FieldError.REQUIRED}
        assert check_story({**STORY, "consent_use": use, "consent_on": "2026-03-01"}, TODAY) == {
            "consent_on": FieldError.END_BEFORE_START}
        assert check_story({**STORY, "consent_use": use, "consent_on": "2026-06-01"}, TODAY) == {
            "consent_on": FieldError.DATE_IN_FUTURE}
        assert check_story({**STORY, "consent_use": use, "consent_on": "2026-04-01"}, TODAY) == {}
    assert check_story({**STORY, "told_on": "2026-05-02"}, TODAY) == {"told_on": FieldError.DATE_IN_FUTURE}


def test_words_in_another_language_say_which_language():
    assert check_story({**STORY, "text_original": "بيت"}, TODAY) == {"original_language": FieldError.REQUIRED}
    assert check_story({**STORY, "text_original": "بيت", "original_language": "ar"}, TODAY) == {}


def test_a_minus_says_why_and_texts_have_a_limit():
    assert check_rating({**RATING, "rating": "-"}, TODAY) == {"reason": FieldError.REQUIRED}
    assert check_rating({**RATING, "rating": "-", "reason": "Lang wachten"}, TODAY) == {}
    assert check_rating({**RATING, "reason": "x" * 2001}, TODAY) == {"reason": FieldError.TOO_LONG}
    assert check_story({**STORY, "title": "x" * 201}, TODAY) == {"title": FieldError.TOO_LONG}
    assert check_rating({**RATING, "rated_on": "2026-13-01"}, TODAY) == {"rated_on": FieldError.DATE_INVALID}


@given(use=st.one_of(st.sampled_from([*CONSENT_USE, "", None, "Named", "yes"]), st.text(max_size=8)),
       deleted=st.booleans())
def test_only_a_story_consented_for_use_and_not_deleted_may_leave_the_file(use, deleted):
    assert may_leave_file({"consent_use": use, "deleted": deleted}) == (use in ("anonymous", "named") and not deleted)
