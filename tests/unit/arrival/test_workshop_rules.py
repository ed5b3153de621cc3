"""The welcome workshop's rules: what makes a session and an invitation, and which days count."""

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from domain.arrival.workshop import Attendance, attended_dates, check_invitation, check_session, over_capacity
from domain.errors import FieldError

SESSION = {"held_on": "2026-03-10", "starts_at": "14:00", "ends_at": "16:00", "place": "Stadhuis Hilversum",
           "languages": ["nl", "ar", "ti"], "interpreter": "Tolk Tigrinya", "partners_present": ["org-1"],
           "capacity": 20, "notes": ""}
TODAY = date(2026, 3, 12)


def _invitation(**more):
    return {"client_id": "c1", "session_id": "s1", "invited_on": "2026-03-01", "status": "invited", **more}


def test_a_complete_session_is_accepted():
    assert check_session(SESSION) == {}
    assert check_session({**SESSION, "ends_at": None, "capacity": None, "languages": '["nl"]'}) == {}


def test_each_bad_field_of_a_session_is_named():
    bad = {"held_on": "10-03-2026", "starts_at": "25:00", "place": " ", "languages": ["Arabic"],
           "capacity": 0, "notes": "x" * 2001, "partners_present": [""]}
    assert check_session({**SESSION, **bad}) == {
        "held_on": FieldError.DATE_INVALID, "starts_at": FieldError.TIME_INVALID, "place": FieldError.REQUIRED,
        "languages": FieldError.CHOICE_INVALID, "capacity": FieldError.NUMBER_OUT_OF_RANGE,
        "notes": FieldError.TOO_LONG, "partners_present": FieldError.CHOICE_INVALID}
    assert check_session({**SESSION, "ends_at": "13:00"}) == {"ends_at": FieldError.END_BEFORE_START}
    assert check_session({**SESSION, "languages": []}) == {"languages": FieldError.REQUIRED}
    assert check_session({**SESSION, "capacity": True})["capacity"] == FieldError.NUMBER_OUT_OF_RANGE


def test_nobody_attends_a_session_still_to_come():
    future = {**SESSION, "held_on": "2026-04-01"}
    for status in (Attendance.ATTENDED, Attendance.ABSENT):
        assert check_invitation(_invitation(status=status), future, TODAY) == {"status": FieldError.DATE_IN_FUTURE}
    assert check_invitation(_invitation(status="cancelled"), future, TODAY) == {}
    assert check_invitation(_invitation(status="attended"), SESSION, TODAY) == {}


def test_an_invitation_names_its_person_session_and_a_known_status():
    assert check_invitation({"invited_on": "2026-03-01"}, None, TODAY) == {
        "client_id": FieldError.REQUIRED, "session_id": FieldError.REQUIRED}
    assert check_invitation(_invitation(status="maybe"), SESSION, TODAY) == {"status": FieldError.CHOICE_INVALID}
    assert check_invitation(_invitation(), None, TODAY) == {"session_id": FieldError.CHOICE_INVALID}
    assert check_invitation(_invitation(invited_on="2026-04-01"), SESSION, TODAY) == {
        "invited_on": FieldError.DATE_IN_FUTURE}
    assert check_invitation(_invitation(card_language="Tigrinya"), SESSION, TODAY) == {
        "card_language": FieldError.CHOICE_INVALID}


def test_over_capacity_is_a_count_never_negative():
    assert over_capacity({"capacity": 10}, 12) == 2
    assert over_capacity({"capacity": 10}, 3) == 0
    assert over_capacity({"capacity": None}, 99) == 0


_days = st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 1, 1))
_status = st.sampled_from(list(Attendance))


@given(st.lists(st.tuples(_days, _status, st.booleans(), st.booleans()), max_size=12))
def test_only_attended_live_sessions_count_each_day_once(rows):
    sessions, invitations = {}, []
    for n, (day, status, session_deleted, invitation_deleted) in enumerate(rows):
        sessions[f"s{n}"] = {"held_on": day.isoformat(), "deleted": session_deleted}
        invitations.append({"session_id": f"s{n}", "status": status.value, "deleted": invitation_deleted})
    want = sorted({day for day, status, sd, idel in rows if status == Attendance.ATTENDED and not sd and not idel})
    assert list(attended_dates(invitations, sessions)) == want


def test_an_invitation_to_an_unknown_session_counts_not():
    assert attended_dates([{"session_id": "gone", "status": "attended"}], {}) == ()
