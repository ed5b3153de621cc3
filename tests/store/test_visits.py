"""Home visits in the encrypted store: planning, the report, follow-ups and the agenda."""

from datetime import date, timedelta

import pytest

from desktop.store import RecordNotFound
from domain.errors import FieldError, RecordInvalid
from domain.visits import Outcome

TODAY = date(2026, 3, 11)  # a Wednesday: the week runs from Monday 9 to Sunday 15 March


def day(offset: int) -> str:
    return (TODAY + timedelta(days=offset)).isoformat()


@pytest.fixture
def people(store):
    d = store.directory
    joost = d.add_worker("Joost Bakker", "begeleider", None)
    sanne = d.add_worker("Sanne Visser", "begeleider", None)
    clients = {
        "amina": store.clients.create({"given_names": "Amina", "family_name": "Haddad", "begeleider_id": joost,
                                       "vestiging_date": "2026-01-05"}),
        "yonas": store.clients.create({"given_names": "Yonas", "family_name": "Tesfaye", "begeleider_id": joost,
                                       "vestiging_date": "2025-11-20"}),
        "omid": store.clients.create({"given_names": "Omid", "family_name": "Rahimi", "begeleider_id": sanne}),
    }
    return {"joost": joost, "sanne": sanne, **clients}


def plan(store, client_id, offset, visitors, time="10:00"):
    return store.visits.plan(client_id, {"planned_on": day(offset), "planned_time": time,
                                         "address": "Kerkstraat 1, Hilversum", "visitor_ids": visitors})


def ids(rows):
    return [r["id"] for r in rows]


# -- planning ------------------------------------------------------------------------
@pytest.mark.parametrize("fields, errors", [
    ({"planned_on": "", "visitor_ids": ["w"]}, {"planned_on": FieldError.REQUIRED}),
    ({"planned_on": "2026-02-30", "visitor_ids": ["w"]}, {"planned_on": FieldError.DATE_INVALID}),
    ({"planned_on": "2026-03-12", "planned_time": "25:00", "visitor_ids": ["w"]},
     {"planned_time": FieldError.TIME_INVALID}),
    ({"planned_on": "2026-03-12", "planned_time": "9:30", "visitor_ids": ["w"]},
     {"planned_time": FieldError.TIME_INVALID}),
    ({"planned_on": "2026-03-12", "visitor_ids": []}, {"visitor_ids": FieldError.REQUIRED}),
    ({"planned_on": "2026-03-12", "visitor_ids": ["w"], "address": "x" * 301}, {"address": FieldError.TOO_LONG}),
])
def test_a_plan_is_checked_and_a_refused_one_writes_nothing(store, people, fields, errors):
    with pytest.raises(RecordInvalid) as refused:
        store.visits.plan(people["amina"], fields)
    assert refused.value.errors == errors
    assert store.visits.for_client(people["amina"]) == []


def test_a_planned_visit_is_stored_as_given_and_listed_newest_first(store, people):
    older = plan(store, people["amina"], -20, [people["joost"]])
    newer = plan(store, people["amina"], 2, [people["joost"], people["sanne"]], time="14:30")
    visit = store.visits.get(newer)
    assert (visit["planned_on"], visit["planned_time"], visit["address"]) == (day(2), "14:30",
                                                                               "Kerkstraat 1, Hilversum")
    assert visit["visitor_ids"] == [people["joost"], people["sanne"]]
    assert visit["outcome"] == Outcome.PLANNED and visit["reported_at"] is None
    assert visit["given_names"] == "Amina"  # the client's name comes along for the agenda
    assert ids(store.visits.for_client(people["amina"])) == [newer, older]
    assert store.visits.for_client(people["yonas"]) == []


def test_a_plan_change_is_checked_against_the_whole_plan(store, people):
    visit_id = plan(store, people["amina"], 1, [people["joost"]])
    store.visits.update_plan(visit_id, {"planned_time": "15:45", "visitor_ids": [people["sanne"]]})
    with pytest.raises(RecordInvalid) as refused:
        store.visits.update_plan(visit_id, {"planned_on": "11-03-2026", "visitor_ids": []})
    assert refused.value.errors == {"planned_on": FieldError.DATE_INVALID, "visitor_ids": FieldError.REQUIRED}
    visit = store.visits.get(visit_id)
    assert (visit["planned_on"], visit["planned_time"], visit["visitor_ids"]) == (day(1), "15:45",
                                                                                   [people["sanne"]])
    with pytest.raises(ValueError):
        store.visits.update_plan(visit_id, {"outcome": "done"})  # reporting has its own way in


# -- the report -------------------------------------------------------------------------
def test_a_report_records_outcome_reporter_and_the_checklist(store, people):
    visit_id = plan(store, people["amina"], -1, [people["joost"]])
    store.visits.report(visit_id, Outcome.DONE, people["joost"])
    assert store.visits.save_part(visit_id, people["amina"], "post", {"state": "attention"}, "Brief van DUO")
    assert store.visits.save_part(visit_id, people["amina"], "summary", {"agreements": "Samen naar de bank"})
    assert not store.visits.save_part(visit_id, people["amina"], "post", {"state": "attention"}, "Brief van DUO")
    visit = store.visits.get(visit_id)
    assert visit["outcome"] == "done" and visit["reported_by"] == people["joost"] and visit["reported_at"]
    assert visit["parts"]["post"]["answers"] == {"state": "attention"}
    assert visit["parts"]["post"]["notes"] == "Brief van DUO"
    assert visit["parts"]["summary"]["answers"] == {"agreements": "Samen naar de bank"}

    store.visits.report(visit_id, Outcome.PLANNED, people["joost"])  # taken back
    visit = store.visits.get(visit_id)
    assert (visit["outcome"], visit["reported_at"], visit["reported_by"]) == ("planned", None, None)


def test_a_wrong_outcome_or_answer_is_refused_and_writes_nothing(store, people):
    visit_id = plan(store, people["amina"], -1, [people["joost"]])
    with pytest.raises(RecordInvalid) as refused:
        store.visits.report(visit_id, "maybe", people["joost"])
    assert refused.value.errors == {"outcome": FieldError.CHOICE_INVALID}
    with pytest.raises(RecordInvalid) as refused:
        store.visits.save_part(visit_id, people["amina"], "house", {"state": "terrible", "colour": "red"}, "x")
    assert refused.value.errors == {"state": FieldError.CHOICE_INVALID, "colour": FieldError.UNKNOWN_QUESTION}
    visit = store.visits.get(visit_id)
    assert visit["outcome"] == "planned" and visit["parts"] == {}
    with pytest.raises(RecordNotFound):
        store.visits.report("no-such-visit", Outcome.DONE, None)


# -- follow-up actions -------------------------------------------------------------------
def test_a_follow_up_is_checked_stored_done_and_removed(store, people):
    visit_id = plan(store, people["amina"], -1, [people["joost"]])
    with pytest.raises(RecordInvalid) as refused:
        store.visits.add_follow_up(visit_id, {"description": "  ", "due_on": "31-03-2026", "owner_id": ""})
    assert refused.value.errors == {"description": FieldError.REQUIRED, "due_on": FieldError.DATE_INVALID,
                                    "owner_id": FieldError.REQUIRED}
    with pytest.raises(RecordInvalid) as refused:
        store.visits.add_follow_up(visit_id, {"description": "x" * 501, "due_on": "", "owner_id": people["joost"]})
    assert refused.value.errors == {"description": FieldError.TOO_LONG, "due_on": FieldError.REQUIRED}
    assert store.visits.get(visit_id)["follow_ups"] == []

    later = store.visits.add_follow_up(visit_id, {"description": "Huurtoeslag aanvragen", "due_on": day(10),
                                                  "owner_id": people["joost"]})
    first = store.visits.add_follow_up(visit_id, {"description": " Bellen met school ", "due_on": day(3),
                                                  "owner_id": people["sanne"]})
    follow_ups = store.visits.get(visit_id)["follow_ups"]
    assert ids(follow_ups) == [first, later]  # by due date
    assert follow_ups[0]["description"] == "Bellen met school" and follow_ups[0]["client_id"] == people["amina"]

    with pytest.raises(RecordInvalid) as refused:
        store.visits.update_follow_up(first, {"done_on": "gisteren"})
    assert refused.value.errors == {"done_on": FieldError.DATE_INVALID}
    store.visits.update_follow_up(first, {"done_on": day(0), "due_on": day(4)})
    assert store.visits.get(visit_id)["follow_ups"][0]["done_on"] == day(0)
    store.visits.update_follow_up(first, {"done_on": None})  # not done after all
    assert store.visits.get(visit_id)["follow_ups"][0]["done_on"] is None

    store.visits.remove_follow_up(later)
    assert ids(store.visits.get(visit_id)["follow_ups"]) == [first]
    with pytest.raises(RecordNotFound):
        store.visits.update_follow_up(later, {"description": "weer terug"})


# -- the agenda --------------------------------------------------------------------------
def test_the_agenda_sorts_visits_into_today_this_week_and_not_reported(store, people):
    joost, amina, yonas = people["joost"], people["amina"], people["yonas"]
    today_late = plan(store, amina, 0, [joost], time="15:00")
    today_early = plan(store, yonas, 0, [joost], time="09:00")
    monday_open = plan(store, amina, -2, [joost])  # this week, in the past, not reported
    friday = plan(store, yonas, 2, [joost])
    next_week = plan(store, amina, 7, [joost])
    last_month = plan(store, yonas, -30, [joost])
    reported = plan(store, amina, -5, [joost])
    store.visits.report(reported, Outcome.NOT_HOME, joost)
    cancelled = plan(store, yonas, 1, [joost])
    store.visits.cancel(cancelled)
    done_today = plan(store, people["omid"], 0, [joost], time="11:00")
    store.visits.report(done_today, Outcome.DONE, joost)

    agenda = store.visits.agenda(TODAY)
    assert ids(agenda.today) == [today_early, done_today, today_late]  # by time, reported ones too
    assert ids(agenda.this_week) == [monday_open, today_early, today_late, friday]  # only planned ones
    assert ids(agenda.unreported) == [last_month, monday_open]
    assert next_week not in ids(agenda.this_week) + ids(agenda.unreported)
    assert agenda.today[0]["family_name"] == "Tesfaye"


def test_only_mine_keeps_to_my_visits_follow_ups_and_clients(store, people):
    joost, sanne = people["joost"], people["sanne"]
    mine = plan(store, people["amina"], 0, [joost])
    together = plan(store, people["yonas"], 0, [sanne, joost])
    theirs = plan(store, people["omid"], -3, [sanne])
    my_task = store.visits.add_follow_up(theirs, {"description": "Post nakijken", "due_on": day(-1),
                                                  "owner_id": joost})
    their_task = store.visits.add_follow_up(mine, {"description": "Zorgverzekering", "due_on": day(-1),
                                                   "owner_id": sanne})

    everyone = store.visits.agenda(TODAY)
    assert set(ids(everyone.today)) == {mine, together}
    assert ids(everyone.unreported) == [theirs]
    assert set(ids(everyone.overdue_follow_ups)) == {my_task, their_task}

    joosts = store.visits.agenda(TODAY, joost)
    assert set(ids(joosts.today)) == {mine, together}
    assert joosts.unreported == []
    assert ids(joosts.overdue_follow_ups) == [my_task]
    assert {r["id"] for r in joosts.not_visited} == {people["amina"], people["yonas"]}  # Joost's caseload

    sannes = store.visits.agenda(TODAY, sanne)
    assert ids(sannes.today) == [together] and ids(sannes.unreported) == [theirs]
    assert ids(sannes.overdue_follow_ups) == [their_task]
    assert [r["id"] for r in sannes.not_visited] == [people["omid"]] and sannes.not_visited_total == 1


def test_a_follow_up_is_overdue_from_the_day_after_its_due_date_until_done(store, people):
    visit_id = plan(store, people["amina"], -7, [people["joost"]])
    add = store.visits.add_follow_up
    due_today = add(visit_id, {"description": "Vandaag", "due_on": day(0), "owner_id": people["joost"]})
    late = add(visit_id, {"description": "Te laat", "due_on": day(-3), "owner_id": people["joost"]})
    later = add(visit_id, {"description": "Nog later", "due_on": day(-1), "owner_id": people["joost"]})
    gone = add(visit_id, {"description": "Weg", "due_on": day(-2), "owner_id": people["joost"]})
    store.visits.remove_follow_up(gone)

    overdue = store.visits.agenda(TODAY).overdue_follow_ups
    assert ids(overdue) == [late, later] and due_today not in ids(overdue)
    assert overdue[0]["given_names"] == "Amina" and overdue[0]["visit_id"] == visit_id

    store.visits.update_follow_up(late, {"done_on": day(0)})
    assert ids(store.visits.agenda(TODAY).overdue_follow_ups) == [later]

    store.clients.delete(people["amina"])  # a client taken out of the file takes their actions along
    assert store.visits.agenda(TODAY).overdue_follow_ups == []


def test_not_visited_counts_clients_until_a_visit_took_place(store, people):
    agenda = store.visits.agenda(TODAY)
    assert agenda.not_visited_total == 3
    # settled longest ago first; no settling date last
    assert [r["id"] for r in agenda.not_visited] == [people["yonas"], people["amina"], people["omid"]]

    missed = plan(store, people["yonas"], -4, [people["joost"]])
    store.visits.report(missed, Outcome.NOT_HOME, people["joost"])
    plan(store, people["amina"], 1, [people["joost"]])  # planned is not visited
    assert store.visits.agenda(TODAY).not_visited_total == 3

    done = plan(store, people["yonas"], -2, [people["joost"]])
    store.visits.report(done, Outcome.DONE, people["joost"])
    agenda = store.visits.agenda(TODAY)
    assert agenda.not_visited_total == 2 and people["yonas"] not in {r["id"] for r in agenda.not_visited}

    limited = store.visits.agenda(TODAY, limit=1)
    assert len(limited.not_visited) == 1 and limited.not_visited_total == 2  # the count is the whole list's

    store.clients.delete(people["omid"])
    assert store.visits.agenda(TODAY).not_visited_total == 1


def test_a_visit_still_to_come_cannot_be_reported_as_taken_place(store, people):
    visit = plan(store, people["amina"], 2, [people["joost"]])
    for outcome in (Outcome.DONE, Outcome.NOT_HOME):
        with pytest.raises(RecordInvalid) as refused:
            store.visits.report(visit, outcome, people["joost"], today=TODAY)
        assert refused.value.errors == {"outcome": FieldError.VISIT_IN_FUTURE}
    store.visits.report(visit, Outcome.CANCELLED, people["joost"], today=TODAY)  # calling it off is fine
    assert store.visits.get(visit)["outcome"] == Outcome.CANCELLED


def test_a_visit_counts_for_the_whole_household_and_only_main_persons_are_listed(store, people):
    household = store.clients.create_household("Haddad")
    store.clients.update(people["amina"], {"household_id": household})
    child = store.clients.create({"given_names": "Sara", "family_name": "Haddad", "household_id": household,
                                  "household_role": "kind", "begeleider_id": people["joost"]})
    listed = ids(store.visits.agenda(TODAY).not_visited)
    assert people["amina"] in listed and child not in listed
    visit = plan(store, child, -3, [people["joost"]])  # the visit was booked on the child's file
    store.visits.report(visit, Outcome.DONE, people["joost"], today=TODAY)
    assert people["amina"] not in ids(store.visits.agenda(TODAY).not_visited)
