from datetime import date

import pytest

from domain.bsn import is_valid_bsn, normalise_bsn
from domain.client import display_name, empty_client, normalise_client, validate_client
from domain.errors import FieldError
from domain.passphrase import PassphraseProblem, check_new_passphrase, strength
from domain.throttle import unlock_delay_seconds

TODAY = date(2026, 11, 23)


def _valid(**fields):
    return {**empty_client(), "given_names": "Amina", "family_name": "Haddad", **fields}


@pytest.mark.parametrize("bsn, ok", [
    ("111222333", True), ("123456782", True), ("123456789", False), ("12345678", False),
    ("abcdefghi", False), ("", False),
])
def test_bsn_eleven_check(bsn, ok):
    assert is_valid_bsn(bsn) is ok


def test_bsn_is_compacted():
    assert normalise_bsn(" 1112.22-333 ") == "111222333"


@pytest.mark.parametrize("typed, stored, error", [
    ("12", "12", FieldError.BSN_INVALID),  # never zero-padded to 000000012
    ("1234567", "1234567", FieldError.BSN_INVALID),
    ("12345672", "012345672", None),  # 8 digits: one leading zero
    ("1234.5672", "012345672", None),
    ("0111222333", "0111222333", FieldError.BSN_INVALID),
])
def test_the_client_form_takes_a_bsn_by_the_one_rule(typed, stored, error):
    record = normalise_client(_valid(bsn=typed))
    assert record["bsn"] == stored
    assert validate_client(record).get("bsn") == error


def test_valid_record_has_no_errors():
    assert validate_client(_valid(bsn="111222333", v_number="1234567890",
                                  date_of_birth="1990-05-01", koppeling_date="2026-01-10",
                                  vestiging_date="2026-03-01", phone="06-12345678",
                                  email="a@example.nl", address_postcode="1211 AB",
                                  languages=["ar", "en"], country_of_origin="SY"), TODAY) == {}


@pytest.mark.parametrize("fields, field, error", [
    ({"given_names": " "}, "given_names", FieldError.REQUIRED),
    ({"bsn": "123456789"}, "bsn", FieldError.BSN_INVALID),
    ({"v_number": "12345"}, "v_number", FieldError.V_NUMBER_INVALID),
    ({"date_of_birth": "1990-13-01"}, "date_of_birth", FieldError.DATE_INVALID),
    ({"date_of_birth": "2030-01-01"}, "date_of_birth", FieldError.DATE_IN_FUTURE),
    ({"date_of_birth": "1990-01-01", "koppeling_date": "1980-01-01"}, "koppeling_date",
     FieldError.DATE_BEFORE_BIRTH),
    ({"koppeling_date": "2026-02-01", "vestiging_date": "2026-01-01"}, "vestiging_date",
     FieldError.VESTIGING_BEFORE_KOPPELING),
    ({"email": "no-at-sign"}, "email", FieldError.EMAIL_INVALID),
    ({"phone": "call me"}, "phone", FieldError.PHONE_INVALID),
    ({"address_postcode": "0123 AB"}, "address_postcode", FieldError.POSTCODE_INVALID),
    ({"stage": "somewhere"}, "stage", FieldError.CHOICE_INVALID),
    ({"languages": ["xx"]}, "languages", FieldError.CHOICE_INVALID),
    ({"notes": "x" * 4001}, "notes", FieldError.TOO_LONG),
])
def test_each_rule_names_its_field(fields, field, error):
    assert validate_client(_valid(**fields), TODAY) == {field: error}


def test_normalise_tidies_what_was_typed():
    record = normalise_client(_valid(given_names=" Amina ", bsn="111 222 333",
                                     v_number="12.3456.7890", address_postcode="1211ab"))
    assert (record["given_names"], record["bsn"], record["v_number"], record["address_postcode"]) \
        == ("Amina", "111222333", "1234567890", "1211 AB")


def test_display_name_prefers_the_usual_spelling():
    assert display_name(_valid(given_names_usual="Mina")) == "Mina Haddad"
    assert display_name(_valid()) == "Amina Haddad"


def test_passphrase_rules():
    assert check_new_passphrase("short", "short") == [PassphraseProblem.TOO_SHORT]
    assert check_new_passphrase("aaaaaaaaaaaa", "aaaaaaaaaaaa") == [PassphraseProblem.TOO_WEAK]
    assert check_new_passphrase("fiets regen molen 2026", "fiets regen molen 2025") == [
        PassphraseProblem.MISMATCH]
    assert check_new_passphrase("fiets regen molen 2026", "fiets regen molen 2026") == []
    assert strength("fiets regen molen 2026").score >= 3 > strength("password1234").score


def test_unlock_delay_grows_and_is_capped():
    delays = [unlock_delay_seconds(n) for n in range(0, 12)]
    assert delays[:3] == [0, 0, 0] and delays[3:6] == [1, 2, 4]
    assert delays == sorted(delays) and max(delays) == 30


def test_every_field_error_has_a_message_of_its_own():
    from desktop.views.common.labels import field_error_message
    from domain.errors import FieldError

    messages = [field_error_message(code) for code in FieldError]
    assert all(messages) and len(set(messages)) == len(messages)
