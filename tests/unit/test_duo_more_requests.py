"""The offer, the contact person and the hours, each built for its operation and valid for its
requestBody in DUO's own files; each README-DUO rule refused on its side of the boundary."""

from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from domain import duo_more
from domain.duo_facts import DuoFacts, PipOnRecord
from domain.errors import FieldError, RecordInvalid
from domain.law_term import term_from_first_pip
from tests.depth import examples
from tests.unit.duo_specs import problems

BSN = "111222333"
FIRST = PipOnRecord(date(2024, 3, 10), "B")
CURRENT = PipOnRecord(date(2024, 6, 1), "B")
TERM = term_from_first_pip(FIRST.dated_on)  # 2024-03-11 .. 2027-03-11 (exclusive)
NUMBER = "0000012345"
BOW = {"instellingsnummer": NUMBER, "naam": "Taalhuis", "postcode": "1234AB", "huisnummer": 1,
       "plaatsnaam": "Utrecht", "indicatieBowKeurmerk": True, "indicatieTstKeurmerk": False}
TST = {**BOW, "indicatieBowKeurmerk": False, "indicatieTstKeurmerk": True}
OFFER = {"instellingsnummer": NUMBER, "enrolled_on": "2024-06-10", "course_starts_on": "2024-07-01",
         "course_ends_on": "2025-07-01", "literacy_education": "NVT"}
CONTACT = {"name": "Anne-Marie d'Hondt", "email": "a.dhondt@gemeente.nl", "phone": "+31 30 123 4567"}
DAY = timedelta(days=1)


def facts(**changes) -> DuoFacts:
    base = dict(bsn=BSN, today=date(2025, 6, 1), duty_start_on=date(2024, 1, 15), settled_on=date(2024, 2, 1),
                asylum=True, first_pip=FIRST, current_pip=CURRENT, term=TERM)
    return DuoFacts(**{**base, **changes})


def refused(build) -> dict:
    with pytest.raises(RecordInvalid) as caught:
        build()
    return caught.value.errors



def test_the_offer_goes_to_its_institution_with_the_bsn_in_the_path():
    request = duo_more.aanbod_request(OFFER, facts(), BOW)
    assert (request.operation_id, request.method, request.path) == (
        "postInburgeringsaanbodByBsnAndInstellingsnummer", "POST", f"/personen/{BSN}/Inburgeringsaanbod/{NUMBER}")
    assert request.body == {"indicatorAlfabetiseringsonderwijs": "NVT", "datumInburgeringsaanbod": "2024-06-10",
                            "verwachteStartdatumOpleiding": "2024-07-01", "verwachteEinddatumOpleiding": "2025-07-01"}
    assert problems(request) == []


def test_a_minimal_offer_and_its_withdrawal_are_valid():
    minimal = duo_more.aanbod_request({"instellingsnummer": NUMBER, "literacy_education": "A"}, facts(), BOW)
    assert minimal.body == {"indicatorAlfabetiseringsonderwijs": "A"} and problems(minimal) == []
    withdrawal = duo_more.aanbod_delete_request(NUMBER, facts())
    assert (withdrawal.method, withdrawal.body) == ("DELETE", {}) and problems(withdrawal) == []


def test_the_offer_schema_catches_what_the_builder_must_not_send():
    request = duo_more.aanbod_request(OFFER, facts(), BOW)
    for spoil in ({"indicatorAlfabetiseringsonderwijs": "B"}, {"datumInburgeringsaanbod": "10-06-2024"},
                  {"instellingsnummer": NUMBER}):
        assert problems(type(request)(**{**request.__dict__, "body": {**request.body, **spoil}}))


def test_aanbod_shape():
    assert refused(lambda: duo_more.aanbod_request({**OFFER, "literacy_education": ""}, facts(), BOW)) == {
        "literacy_education": FieldError.REQUIRED}
    assert refused(lambda: duo_more.aanbod_request({**OFFER, "literacy_education": "B"}, facts(), BOW)) == {
        "literacy_education": FieldError.CHOICE_INVALID}
    assert refused(lambda: duo_more.aanbod_request({**OFFER, "enrolled_on": "31-02-2024"}, facts(), BOW)) == {
        "enrolled_on": FieldError.DATE_INVALID}
    for number in ("123456789", "12345678901", 1234567890):
        assert refused(lambda n=number: duo_more.aanbod_request({**OFFER, "instellingsnummer": n}, facts(), BOW)) == {
            "instellingsnummer": FieldError.INSTITUTION_NUMBER_INVALID}
    assert refused(lambda: duo_more.aanbod_delete_request("", facts())) == {"instellingsnummer": FieldError.REQUIRED}


def test_aanbod_not_asylum():
    assert refused(lambda: duo_more.aanbod_request(OFFER, facts(asylum=False), BOW)) == {
        "plan": FieldError.AANBOD_NOT_ASYLUM}
    assert problems(duo_more.aanbod_request(OFFER, facts(asylum=None), BOW)) == []  # unknown: DUO decides


def test_aanbod_without_pip():
    assert refused(lambda: duo_more.aanbod_request(OFFER, facts(first_pip=None, current_pip=None), BOW)) == {
        "plan": FieldError.AANBOD_WITHOUT_PIP}


def test_institution_not_recognised():
    assert refused(lambda: duo_more.aanbod_request(OFFER, facts(), None)) == {
        "instellingsnummer": FieldError.INSTITUTION_NOT_RECOGNISED}
    assert refused(lambda: duo_more.aanbod_request(OFFER, facts(), {**BOW, "indicatieBowKeurmerk": False})) == {
        "instellingsnummer": FieldError.INSTITUTION_NOT_RECOGNISED}
    assert refused(lambda: duo_more.aanbod_request(OFFER, facts(), {**BOW, "instellingsnummer": "0000099999"})) == {
        "instellingsnummer": FieldError.INSTITUTION_NOT_RECOGNISED}
    # a Taalschakelinstelling counts for the onderwijsroute only
    assert refused(lambda: duo_more.aanbod_request(OFFER, facts(), TST)) == {
        "instellingsnummer": FieldError.INSTITUTION_NOT_RECOGNISED}
    onderwijs = PipOnRecord(CURRENT.dated_on, "O")
    assert problems(duo_more.aanbod_request(OFFER, facts(current_pip=onderwijs), TST)) == []


@pytest.mark.parametrize("field", ["enrolled_on", "course_starts_on", "course_ends_on"])
@pytest.mark.parametrize(("offset", "ok"), [(-1, False), (0, True), (1, True)])
def test_aanbod_before_pip(field, offset, ok):
    day = CURRENT.dated_on + offset * DAY
    offer = {**OFFER, "enrolled_on": None, "course_starts_on": None, "course_ends_on": None, field: day.isoformat()}
    if ok:
        assert problems(duo_more.aanbod_request(offer, facts(), BOW)) == []
    else:
        assert refused(lambda: duo_more.aanbod_request(offer, facts(), BOW)) == {field: FieldError.AANBOD_BEFORE_PIP}


@pytest.mark.parametrize(("offset", "ok"), [(-1, False), (0, True), (1, True)])
def test_aanbod_start_before_enrolment(offset, ok):
    offer = {**OFFER, "course_starts_on": (date(2024, 6, 10) + offset * DAY).isoformat()}
    if ok:
        assert problems(duo_more.aanbod_request(offer, facts(), BOW)) == []
    else:
        assert refused(lambda: duo_more.aanbod_request(offer, facts(), BOW)) == {
            "course_starts_on": FieldError.AANBOD_START_BEFORE_ENROLMENT}


@pytest.mark.parametrize(("offset", "ok"), [(-1, False), (0, True), (1, True)])
def test_aanbod_end_before_start(offset, ok):
    offer = {**OFFER, "course_ends_on": (date(2024, 7, 1) + offset * DAY).isoformat()}
    if ok:
        assert problems(duo_more.aanbod_request(offer, facts(), BOW)) == []
    else:
        assert refused(lambda: duo_more.aanbod_request(offer, facts(), BOW)) == {
            "course_ends_on": FieldError.END_BEFORE_START}


@pytest.mark.parametrize(("offset", "ok"), [(-1, False), (0, True), (1, True)])
def test_aanbod_outside_term_at_its_start(offset, ok):
    """A PIP dated before the term (the first PIP's own day) lets the start fall just before it."""
    early = facts(current_pip=FIRST)
    offer = {**OFFER, "enrolled_on": None, "course_starts_on": (TERM.start + offset * DAY).isoformat()}
    if ok:
        assert problems(duo_more.aanbod_request(offer, early, BOW)) == []
    else:
        assert refused(lambda: duo_more.aanbod_request(offer, early, BOW)) == {
            "course_starts_on": FieldError.AANBOD_OUTSIDE_TERM}


@pytest.mark.parametrize(("offset", "ok"), [(-1, True), (0, True), (1, False)])
def test_aanbod_outside_term_at_its_end(offset, ok):
    """DUO's einddatum is exclusive, and so is the course's expected end: ending on it stays within."""
    offer = {**OFFER, "course_ends_on": (TERM.end + offset * DAY).isoformat()}
    if ok:
        assert problems(duo_more.aanbod_request(offer, facts(), BOW)) == []
    else:
        assert refused(lambda: duo_more.aanbod_request(offer, facts(), BOW)) == {
            "course_ends_on": FieldError.AANBOD_OUTSIDE_TERM}


@pytest.mark.parametrize(("offset", "ok"), [(-1, True), (0, False), (1, False)])
def test_aanbod_start_on_the_terms_end_is_outside(offset, ok):
    offer = {**OFFER, "course_starts_on": (TERM.end + offset * DAY).isoformat(), "course_ends_on": None}
    if ok:
        assert problems(duo_more.aanbod_request(offer, facts(), BOW)) == []
    else:
        assert refused(lambda: duo_more.aanbod_request(offer, facts(), BOW)) == {
            "course_starts_on": FieldError.AANBOD_OUTSIDE_TERM}



def test_every_contact_request_matches_its_operation():
    requests = [duo_more.contact_create_request(CONTACT), duo_more.contact_update_request(7, CONTACT),
                duo_more.contact_delete_request(7), duo_more.contact_link_request(7, facts()),
                duo_more.contact_unlink_request(7, facts())]
    assert [r.path for r in requests] == ["/contactpersonen", "/contactpersonen/7", "/contactpersonen/7",
                                          f"/contactpersonen/7/personen/{BSN}", f"/contactpersonen/7/personen/{BSN}"]
    assert requests[0].body == {"naam": "Anne-Marie d'Hondt", "email": "a.dhondt@gemeente.nl",
                                "telefoonnummer": "+31 30 123 4567"}
    for request in requests:
        assert problems(request) == [], request.operation_id


@pytest.mark.parametrize(("contact_id", "ok"), [(0, False), (1, True), (2, True), (99998, True), (99999, True),
                                                (100000, False), (True, False), ("7", False)])
def test_contact_id_range(contact_id, ok):
    if ok:
        assert problems(duo_more.contact_delete_request(contact_id)) == []
    else:
        assert refused(lambda: duo_more.contact_delete_request(contact_id)) == {
            "contact_id": FieldError.NUMBER_OUT_OF_RANGE}


def test_contact_fields_required():
    assert refused(lambda: duo_more.contact_create_request({"name": " "})) == {
        "name": FieldError.REQUIRED, "email": FieldError.REQUIRED, "phone": FieldError.REQUIRED}


@pytest.mark.parametrize(("changes", "error"), [
    ({"name": "Jan 2e"}, {"name": FieldError.CONTACT_NAME_INVALID}),
    ({"name": "a" * 101}, {"name": FieldError.TOO_LONG}),
    ({"email": "geen-adres"}, {"email": FieldError.EMAIL_INVALID}),
    ({"email": "a@b." + "c" * 238}, {"email": FieldError.TOO_LONG}),
    ({"phone": "12"}, {"phone": FieldError.PHONE_INVALID}),
    ({"phone": "030-123abc"}, {"phone": FieldError.PHONE_INVALID}),
])
def test_contact_refused(changes, error):
    assert refused(lambda: duo_more.contact_create_request({**CONTACT, **changes})) == error


@pytest.mark.parametrize(("changes", "ok"), [
    ({"name": "a" * 99}, True), ({"name": "a" * 100}, True), ({"name": "a" * 101}, False),
    ({"name": "José Ñúñez‑Ørsted", "phone": "030 (0) 1234567,12"}, True),
    ({"email": "a@b." + "c" * 236}, True), ({"email": "a@b." + "c" * 237}, True),
    ({"email": "a@b." + "c" * 238}, False),
])
def test_contact_lengths(changes, ok):
    if ok:
        assert problems(duo_more.contact_create_request({**CONTACT, **changes})) == []
    else:
        refused(lambda: duo_more.contact_create_request({**CONTACT, **changes}))



HOURS_BUILDERS = (duo_more.intake_language_hours_request, duo_more.participation_hours_request,
                  duo_more.participation_as_language_hours_request)
ONLY_Z = FieldError.PARTICIPATION_HOURS_ONLY_ZROUTE
ZROUTE = facts(first_pip=PipOnRecord(FIRST.dated_on, "Z"), current_pip=PipOnRecord(CURRENT.dated_on, "Z"))


@pytest.mark.parametrize("build", HOURS_BUILDERS)
@pytest.mark.parametrize(("hours", "ok"), [(-1, False), (0, True), (1, True), (9998, True), (9999, True),
                                           (10000, False), (True, False), (1.5, False)])
def test_hours_range(build, hours, ok):
    if ok:
        request = build(hours, ZROUTE)
        assert request.body == {"uren": hours} and problems(request) == []
    else:
        assert refused(lambda: build(hours, ZROUTE)) == {"hours": FieldError.NUMBER_OUT_OF_RANGE}


def test_participation_hours_only_zroute():
    assert refused(lambda: duo_more.participation_hours_request(10, facts())) == {"hours": ONLY_Z}
    assert problems(duo_more.participation_hours_request(10, ZROUTE)) == []


def test_hours_only_asylum():
    assert refused(lambda: duo_more.participation_hours_request(10, facts(asylum=False))) == {
        "hours": FieldError.HOURS_ONLY_ASYLUM}


def test_hours_without_pip():
    assert refused(lambda: duo_more.participation_as_language_hours_request(
        10, facts(first_pip=None, current_pip=None))) == {"hours": FieldError.HOURS_WITHOUT_PIP}
    assert problems(duo_more.intake_language_hours_request(10, facts(first_pip=None, current_pip=None))) == []



days = st.integers(min_value=-200, max_value=1400).map(lambda n: FIRST.dated_on + timedelta(days=n))
maybe_iso = st.none() | days.map(date.isoformat) | st.just("99-99-2024")
offers = st.fixed_dictionaries({
    "instellingsnummer": st.sampled_from([NUMBER, "123", "", None]),
    "enrolled_on": maybe_iso, "course_starts_on": maybe_iso, "course_ends_on": maybe_iso,
    "literacy_education": st.sampled_from(["A", "AA", "NVT", "", "B"])})
institutions = st.sampled_from([None, BOW, TST, {**BOW, "indicatieBowKeurmerk": False}])
pips = st.none() | st.builds(PipOnRecord, days, st.sampled_from(["B", "O", "Z"]))
histories = st.builds(lambda bsn, asylum, pip: facts(bsn=bsn, asylum=asylum, first_pip=pip and FIRST,
                                                      current_pip=pip, term=TERM if pip else None),
                      st.sampled_from([BSN, "12345672", "12", ""]), st.none() | st.booleans(), pips)
texts = st.text(alphabet=st.characters(codec="utf-8"), max_size=30) | st.sampled_from(list(CONTACT.values()))
contacts = st.fixed_dictionaries({"name": texts, "email": texts, "phone": texts})
ids = st.integers(min_value=-2, max_value=100001) | st.none()
hours = st.integers(min_value=-2, max_value=10001) | st.none() | st.just("12")


@settings(max_examples=examples(300), suppress_health_check=[HealthCheck.too_slow])
@given(offer=offers, history=histories, institution=institutions, contact=contacts, cid=ids, uren=hours)
def test_every_request_built_is_valid_or_refused_with_a_rule(offer, history, institution, contact, cid, uren):
    builders = [lambda: duo_more.aanbod_request(offer, history, institution),
                lambda: duo_more.aanbod_delete_request(offer["instellingsnummer"], history),
                lambda: duo_more.contact_create_request(contact),
                lambda: duo_more.contact_update_request(cid, contact),
                lambda: duo_more.contact_delete_request(cid),
                lambda: duo_more.contact_link_request(cid, history),
                lambda: duo_more.contact_unlink_request(cid, history),
                *[lambda b=b: b(uren, history) for b in HOURS_BUILDERS]]
    for build in builders:
        try:
            request = build()
        except RecordInvalid as refusal:
            assert refusal.errors and all(isinstance(code, FieldError) for code in refusal.errors.values())
            continue
        assert problems(request) == [], request
        if request.operation_id.startswith("postInburgeringsaanbod"):
            pip = history.current_pip
            assert history.asylum is not False and pip is not None
            for key in ("datumInburgeringsaanbod", "verwachteStartdatumOpleiding", "verwachteEinddatumOpleiding"):
                assert key not in request.body or date.fromisoformat(request.body[key]) >= pip.dated_on
            start, end = (request.body.get(k) for k in ("verwachteStartdatumOpleiding", "verwachteEinddatumOpleiding"))
            assert start is None or TERM.start <= date.fromisoformat(start) < TERM.end
            assert end is None or TERM.start <= date.fromisoformat(end) <= TERM.end
