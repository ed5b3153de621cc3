"""Referrals to a service, their consent, and target S6 (introduced to the sociale kaart)."""

from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from domain.arrival.demo_hilversum import demo_directory
from domain.arrival.errors import ArrivalError
from domain.arrival.referral import (
    REFERRAL_FIELDS,
    Origin,
    S6State,
    check_referral,
    introduced_on,
    may_share,
    s6_deadline,
    s6_state,
)
from domain.errors import FieldError
from tests.depth import examples

TODAY = date(2026, 12, 6)
SERVICES = [s.id for s in demo_directory().services]


def _referral(**changes):
    fields = {
        "id": "4f0c2a8e-1b2c-4d3e-9f40-5a6b7c8d9e0f",
        "client_id": "5a1d3b9f-2c3d-4e4f-8a51-6b7c8d9e0f1a",
        "service_id": SERVICES[3],
        "organisation_id": "9e5b7f3d-6a71-4c83-8e95-0f1a2b3c4d5e",
        "referred_on": "2026-12-01",
        "referred_by": "6b2e4c0a-3d4e-4f50-9b62-7c8d9e0f1a2b",
        "origin": "plan_action",
        "origin_id": "7c3f5d1b-4e5f-4a61-8c73-8d9e0f1a2b3c",
        "shared_parts": ["contact", "plan"],
        "consent_given_on": "2026-12-01",
        "consent_how": "mondeling",
        "note": "Aangemeld voor budgetcoaching.",
    }
    fields.update(changes)
    return fields


def test_a_good_referral_passes():
    assert set(_referral()) == set(REFERRAL_FIELDS)
    assert check_referral(_referral(), SERVICES, TODAY) == {}


@pytest.mark.parametrize(("changes", "expected"), [
    ({"service_id": None}, {"service_id": FieldError.REQUIRED}),
    ({"service_id": "8d4a6e2c-5f60-4b72-9d84-9e0f1a2b3c4d"}, {"service_id": ArrivalError.UNKNOWN_REFERENCE}),
    ({"client_id": "V123"}, {"client_id": ArrivalError.ID_INVALID}),
    ({"referred_by": ""}, {"referred_by": FieldError.REQUIRED}),
    ({"referred_on": "2026-12-07", "consent_given_on": "2026-12-06"},
     {"referred_on": FieldError.DATE_IN_FUTURE}),
    ({"referred_on": "1-12-2026"}, {"referred_on": FieldError.DATE_INVALID}),
    ({"origin": "telefoon"}, {"origin": FieldError.CHOICE_INVALID}),
    ({"organisation_id": None}, {"organisation_id": ArrivalError.CONSENT_MISSING}),  # shared with nobody named
    ({"organisation_id": None, "shared_parts": []}, {}),  # an address only: no organisation needed
    ({"origin": "visit", "origin_id": None}, {"origin_id": FieldError.REQUIRED}),
    ({"origin": "visit", "origin_id": "bezoek 3"}, {"origin_id": ArrivalError.ID_INVALID}),
    ({"origin": "client_file"}, {"origin_id": FieldError.CHOICE_INVALID}),
    ({"origin": "client_file", "origin_id": None}, {}),
    ({"note": "x" * 1001}, {"note": FieldError.TOO_LONG}),
])
def test_what_a_referral_needs(changes, expected):
    assert check_referral(_referral(**changes), SERVICES, TODAY) == expected


@pytest.mark.parametrize(("changes", "expected"), [
    # sharing nothing needs no consent: the person only got the address
    ({"shared_parts": [], "consent_given_on": None, "consent_how": None}, {}),
    ({"consent_given_on": None}, {"consent_given_on": ArrivalError.CONSENT_MISSING}),
    ({"consent_how": None}, {"consent_how": ArrivalError.CONSENT_MISSING}),
    ({"consent_how": "geknikt"}, {"consent_how": FieldError.CHOICE_INVALID}),
    ({"consent_given_on": "2026-12-02"}, {"consent_given_on": ArrivalError.CONSENT_AFTER_REFERRAL}),
    ({"consent_given_on": "2026-11-02"}, {}),
    ({"shared_parts": ["contact", "health"]}, {"shared_parts": ArrivalError.NOT_SHAREABLE}),
    ({"shared_parts": ["everything"]}, {"shared_parts": FieldError.CHOICE_INVALID}),
    ({"shared_parts": "contact"}, {"shared_parts": FieldError.CHOICE_INVALID}),
])
def test_consent_to_share(changes, expected):
    assert check_referral(_referral(**changes), SERVICES, TODAY) == expected


def test_what_may_travel_with_a_referral():
    referral = _referral()
    assert may_share(referral, "contact") and may_share(referral, "plan")
    assert not may_share(referral, "finances")
    assert not may_share(_referral(consent_given_on=None), "contact")
    assert not may_share(_referral(shared_parts=["health"]), "health")


def test_every_origin_is_known():
    assert {o.value for o in Origin} == {"plan_action", "visit", "client_file"}


def test_introduced_on_the_first_workshop_or_referral():
    assert introduced_on([], []) is None
    assert introduced_on(["2026-03-10"], []) == date(2026, 3, 10)
    assert introduced_on([], [date(2026, 5, 1), "2026-04-01"]) == date(2026, 4, 1)
    assert introduced_on(["2026-06-01"], ["2026-04-01", None]) == date(2026, 4, 1)


@pytest.mark.parametrize(("settled", "introduced", "today", "state"), [
    (None, "2026-01-01", TODAY, S6State.UNKNOWN),  # unknown is not failed
    ("2025-01-15", "2025-03-01", TODAY, S6State.REALISED),
    ("2025-01-15", "2024-11-20", TODAY, S6State.REALISED),  # a workshop in the AZC, before settling
    ("2025-01-15", "2027-01-15", TODAY, S6State.REALISED),  # the last day of the window
    ("2025-01-15", None, TODAY, S6State.ON_TRACK),
    ("2024-12-05", None, TODAY, S6State.MISSED),
    ("2024-12-05", "2026-12-06", TODAY, S6State.MISSED),  # one day late
])
def test_s6(settled, introduced, today, state):
    assert s6_state(settled, introduced, today) is state


def test_the_window_is_two_years_from_settling():
    assert s6_deadline("2024-02-29") == date(2026, 2, 28)
    assert s6_deadline("2025-08-31") == date(2027, 8, 31)
    assert s6_deadline(None) is None


def test_dates_may_come_as_dates():
    assert check_referral(_referral(referred_on=date(2026, 12, 1), consent_given_on=datetime(2026, 11, 30, 9)),
                          SERVICES, TODAY) == {}


junk = st.none() | st.booleans() | st.integers() | st.text(max_size=12) | st.dates() | st.lists(
    st.none() | st.text(max_size=8) | st.lists(st.integers(), max_size=2), max_size=3) | st.dictionaries(
    st.text(max_size=3), st.integers(), max_size=2)


@settings(max_examples=examples(200), deadline=None)
@given(st.dictionaries(st.sampled_from(REFERRAL_FIELDS), junk))
def test_any_input_gives_field_errors_not_a_crash(changes):
    errors = check_referral(_referral(**changes), SERVICES, TODAY)
    assert set(errors) <= set(REFERRAL_FIELDS)
    for key, value in changes.items():
        if key not in errors and key in ("id", "client_id", "referred_by"):
            assert isinstance(value, str)
