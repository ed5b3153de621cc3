"""Building a person's facts from the records as the store holds them: nothing is guessed."""

from datetime import date

from domain.monitoring.facts import build_facts, household_type

CLIENT = {"id": "c1", "household_id": None, "household_role": "hoofdpersoon", "stage": "gevestigd",
          "date_of_birth": "1995-06-30", "koppeling_date": "2023-02-01", "vestiging_date": "2023-04-20",
          "sex": "V", "country_of_origin": "ER", "partner_org_ids": ["org-taal"]}


def test_an_empty_client_gives_none_everywhere():
    facts = build_facts({"id": "c0"})
    assert facts.vestiging_on is None and facts.date_of_birth is None and facts.duty_start_on is None
    assert facts.origin is None and facts.sex is None
    assert facts.household_type == "single"  # no household record: the app makes one only for two or more
    assert facts.illiterate() is None and facts.pre_integration is None and not facts.has_plan
    assert facts.milestones == () and facts.debt_signals == ()


def test_records_become_dates_and_groups():
    plan = {"leerroute": "B", "literacy_education": "AA", "duty_start_on": "2023-05-01", "pip_dated_on": "2023-07-01",
            "first_pip_dated_on": "2023-06-01", "budgetcoach_org_id": "org-budget", "dual_track": "none"}
    facts = build_facts(
        CLIENT, plan,
        milestones=[{"kind": "exam_passed", "reached_on": "2025-01-10"},
                    {"kind": "language_level", "reached_on": "2024-03-01", "skill": "speaking", "level": "A2"},
                    {"kind": "nonsense", "reached_on": "2024-01-01"}, {"kind": "own_network", "reached_on": ""}],
        debt_signals=[{"noticed_on": "2024-09-01"}, {"noticed_on": "2023-12-01"}],
        actions=[{"organisation_id": "org-werk"}, {"organisation_id": None}],
        goals=[{"domain": "work", "status": "open"}, {"domain": "network", "status": "dropped"}],
        handover={"held_at": "2023-02-20T10:00", "parts": {"pre_integration": {"answers": {"classes_started": True}},
                                                           "languages": {"answers": {"literacy": "illiterate"}}}},
        intake={"held_on": "2023-03-15", "parts": {"language": {"answers": {"literacy": "limited"}},
                                                   "activities": {"answers": {"volunteering": False}}}})
    assert facts.vestiging_on == date(2023, 4, 20) and facts.duty_start_on == date(2023, 5, 1)
    assert facts.pip_dated_on == date(2023, 6, 1)  # the first PIP's date, which the law's term counts from
    assert facts.partner_org_ids == ("org-budget", "org-taal", "org-werk")
    assert [m.kind for m in facts.milestones] == ["language_level", "exam_passed"]  # unknown kinds, no date: left out
    assert facts.debt_signals == (date(2023, 12, 1), date(2024, 9, 1))
    assert facts.goal_domains == ("work",)
    assert facts.pre_integration is True and facts.intake_activities is False
    assert facts.handover_on == date(2023, 2, 20) and facts.intake_on == date(2023, 3, 15)
    assert facts.literacy == "limited"  # the intake's answer before the handover's
    assert facts.illiterate() is False  # the plan's AA (other script) decides
    assert facts.age_on(date(2025, 6, 29)) == 29 and facts.age_on(date(2025, 6, 30)) == 30
    assert facts.age_band(date(2020, 1, 1)) == "18-26" and facts.age_band(date(2025, 6, 30)) == "27-39"


def test_literacy_falls_back_to_the_conversations_only_without_the_plan_indicator():
    handover = {"parts": {"languages": {"answers": {"literacy": "illiterate"}}}}
    assert build_facts(CLIENT, {}, handover=handover).illiterate() is True
    assert build_facts(CLIENT, {"literacy_education": "A"}).illiterate() is True
    assert build_facts(CLIENT, {"literacy_education": "NVT"}, handover=handover).illiterate() is False


def test_household_type_needs_the_members():
    member = {**CLIENT, "household_id": "h1"}
    assert build_facts(member).household_type is None  # members not read: unknown, not a guess
    members = [{"household_role": "hoofdpersoon"}, {"household_role": "partner"}, {"household_role": "kind"}]
    assert build_facts(member, household=members).household_type == "family"
    assert household_type(members[:2]) == "couple"
    assert household_type([members[0], members[2]]) == "single_parent"
    assert household_type([members[0], {"household_role": "overig"}]) == "other"
    assert build_facts(CLIENT).household_type == "single"


def test_organisations_as_stored_text_are_read_as_a_list():
    assert build_facts({**CLIENT, "partner_org_ids": '["org-a", "org-b"]'}).partner_org_ids == ("org-a", "org-b")


def test_bad_dates_are_none_not_an_error():
    facts = build_facts({**CLIENT, "vestiging_date": "2023-13-45"}, debt_signals=[{"noticed_on": "x"}])
    assert facts.vestiging_on is None and facts.debt_signals == ()


def test_duos_whole_exemption_or_release_on_the_plan_takes_the_person_out_of_the_dutys_targets():
    from domain.monitoring.evaluate import Outcome, evaluate
    from domain.monitoring.targets import BY_CODE

    plan = {"leerroute": "B", "duty_start_on": "2023-05-01", "pip_dated_on": "2023-07-01"}
    exempt = build_facts(CLIENT, {**plan, "duo_exemption_kind": "whole_exemption", "duo_exemption_on": "2024-02-01"})
    released = build_facts(CLIENT, {**plan, "duo_exemption_kind": "whole_release", "duo_exemption_on": "2024-02-01"})
    paused = build_facts(CLIENT, {**plan, "duo_exemption_kind": "temporary_exemption",
                                  "duo_exemption_on": "2024-02-01"})
    assert (exempt.exempt_on, exempt.released_on) == (date(2024, 2, 1), None)
    assert (released.exempt_on, released.released_on) == (None, date(2024, 2, 1))
    assert paused.exempt_on is None and paused.released_on is None  # a pause excludes no one
    for facts, reason in ((exempt, "exemption (vrijstelling)"), (released, "release (ontheffing)")):
        before = evaluate(BY_CODE["S3"], facts, date(2024, 1, 31))
        on = evaluate(BY_CODE["S3"], facts, date(2024, 2, 1))
        assert before.outcome != Outcome.EXCLUDED
        assert (on.outcome, on.reason) == (Outcome.EXCLUDED, reason)
    assert evaluate(BY_CODE["S3"], paused, date(2024, 3, 1)).outcome != Outcome.EXCLUDED
