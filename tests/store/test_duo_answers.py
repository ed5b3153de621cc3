"""DUO's answers from a file, applied to a real encrypted store: the clocks they start on the plan,
the leerbaarheidstoets with its decimals in the intake; another person's file is refused whole."""

import copy
from datetime import date

import pytest

from desktop.store.duo_answers import import_duo_answers
from domain.errors import FieldError, RecordInvalid
from tests.unit.test_duo_import import FILE


@pytest.fixture
def client_id(store):
    return store.clients.create({"given_names": "Amina", "family_name": "Haddad", "bsn": "111222333",
                                 "vestiging_date": "2024-02-01"})


def test_duos_file_starts_the_plans_clocks_and_fills_the_lbt(store, client_id):
    plan_id = store.plans.start(client_id)
    intake_id = store.intakes.start(client_id, {})
    store.intakes.save_part(intake_id, client_id, "language", {"dutch_level": "a2"}, "Wil snel leren.")
    report = import_duo_answers(store, client_id, FILE)
    assert report.applied == ["plan", "intake"] and report.problems == {}
    plan = store.plans.get(plan_id)
    assert (plan["duty_start_on"], plan["duo_notice_on"]) == ("2024-01-15", "2024-02-05")
    assert [d.due for d in plan["deadlines"] if d.key == "pip_due"] == [date(2024, 4, 15)]  # ten weeks on
    language = store.intakes.get(intake_id)["parts"]["language"]
    assert language["answers"] == {"dutch_level": "a2", "lbt_result": "b1_feasible", "lbt_score": "49,25",
                                   "lbt_required_score": "47,50", "lbt_date": "2024-02-20"}
    assert language["notes"] == "Wil snel leren."


def test_a_file_about_someone_else_is_refused_whole(store, client_id):
    plan_id = store.plans.start(client_id)
    with pytest.raises(RecordInvalid) as caught:
        import_duo_answers(store, client_id, {**FILE, "bsn": "123456782"})
    assert caught.value.errors == {"bsn": FieldError.BSN_INVALID}
    assert store.plans.get(plan_id)["duty_start_on"] is None


def test_a_bad_part_does_not_block_the_others(store, client_id):
    plan_id = store.plans.start(client_id)
    spoilt = copy.deepcopy(FILE)
    spoilt["getLbtResultatenByBsn"][1]["benodigdeScore"] = "47.5"
    report = import_duo_answers(store, client_id, spoilt)
    assert set(report.problems) == {"getLbtResultatenByBsn"} and report.applied == ["plan"]
    assert store.plans.get(plan_id)["duty_start_on"] == "2024-01-15"
