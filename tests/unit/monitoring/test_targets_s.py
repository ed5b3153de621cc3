"""S1-S7 computed by hand: exclusions, unknowns, and who each target is for."""

from domain.monitoring.evaluate import Outcome, evaluate
from domain.monitoring.targets import BY_CODE, TARGETS
from tests.unit.monitoring.people import D, ms, outcome, person

REF = "2026-06-30"


def test_every_target_of_the_brief_is_there_with_its_source():
    assert [t.code for t in TARGETS] == ["E1", "E2", "E3", "E4", "S1", "S2", "S3", "S4", "S5", "S6", "S7", "H1"]
    assert all(t.source.startswith(f"brief {t.code}") for t in TARGETS)


def test_s1_orientation_in_the_azc():
    assert outcome("S1", person(pre_integration=True), REF) == Outcome.REALISED
    assert outcome("S1", person(pre_integration=False, intake_on="2021-12-01"), REF) == Outcome.REALISED  # in the AZC
    assert outcome("S1", person(pre_integration=False, intake_on="2022-02-01"), REF) == Outcome.NOT_REALISED  # moved
    assert outcome("S1", person(), REF) == Outcome.UNKNOWN  # neither handover nor intake recorded
    in_azc = person(stage="overdracht", vestiging_on=None, koppeling_on="2026-06-01", pre_integration=False)
    assert outcome("S1", in_azc, "2026-07-06") == Outcome.NOT_STARTED  # window open until the move
    assert outcome("S1", in_azc, "2026-07-07") == Outcome.LATE  # past half the 10-week norm
    assert outcome("S1", person(stage="overdracht", vestiging_on=None, koppeling_on="2026-06-01",
                                pre_integration=True), "2026-06-10") == Outcome.REALISED_EARLY


def test_s2_socially_active_within_six_months():
    assert outcome("S2", person(milestones=(ms("socially_active", "2022-07-15"),)), REF) == Outcome.REALISED
    assert outcome("S2", person(milestones=(ms("socially_active", "2022-07-16"),)), REF) == Outcome.NOT_REALISED
    assert outcome("S2", person(vestiging_on="2026-05-01", intake_activities=True), REF) == Outcome.ON_TRACK
    assert outcome("S2", person(vestiging_on="2026-05-01"), REF) == Outcome.NOT_STARTED
    assert outcome("S2", person(vestiging_on="2026-03-01"), REF) == Outcome.LATE


def test_s3_duty_met_within_five_years_exemptions_excluded():
    assert outcome("S3", person(milestones=(ms("duty_met", "2026-06-01"),)), REF) == Outcome.REALISED_EARLY
    assert outcome("S3", person(milestones=(ms("duty_met", "2026-06-01"),)), "2027-01-16") == Outcome.REALISED
    assert outcome("S3", person(), "2027-01-16") == Outcome.NOT_REALISED
    assert outcome("S3", person(), REF) == Outcome.ON_TRACK  # the PIP is dated
    assert outcome("S3", person(duty=False), REF) == Outcome.NOT_APPLICABLE
    result = evaluate(BY_CODE["S3"], person(exempt_on="2024-01-01"), D(REF))
    assert (result.outcome, result.reason) == (Outcome.EXCLUDED, "exemption (vrijstelling)")
    assert outcome("S3", person(exempt_on="2027-01-01"), REF) == Outcome.ON_TRACK  # not yet exempt on that date
    result = evaluate(BY_CODE["S3"], person(duty_start_on=None), D(REF))
    assert (result.outcome, result.missing) == (Outcome.UNKNOWN, ("duty_start_on",))
    assert outcome("S3", person(duty_start_on=None, date_of_birth="2012-01-01"), REF) == Outcome.NOT_APPLICABLE
    assert outcome("S3", person(duty_start_on=None, duty=True), REF) == Outcome.ON_TRACK


def test_s4_exam_within_three_years_illiterate_people_aside():
    exam = (ms("exam_passed", "2024-12-01"),)
    assert outcome("S4", person(milestones=exam), REF) == Outcome.REALISED
    assert outcome("S4", person(), REF) == Outcome.NOT_REALISED
    illiterate = evaluate(BY_CODE["S4"], person(literacy_education="A"), D(REF))
    assert (illiterate.outcome, illiterate.reason) == (Outcome.EXCLUDED, "illiterate")
    assert evaluate(BY_CODE["S4"], person(leerroute="Z"), D(REF)).reason == "Z-route: no exam"
    unknown = evaluate(BY_CODE["S4"], person(literacy_education=None), D(REF))
    assert (unknown.outcome, unknown.missing) == (Outcome.UNKNOWN, ("literacy",))
    literate = person(literacy_education=None, literacy="literate_latin", milestones=exam)
    assert outcome("S4", literate, REF) == Outcome.REALISED


def test_s5_only_illiterate_people_a2_speaking_and_listening_within_four_years():
    both = (ms("language_level", "2025-06-01", "speaking", "A2"), ms("language_level", "2025-09-01", "listening", "A2"))
    illiterate = {"literacy_education": "A"}
    assert outcome("S5", person(**illiterate, milestones=both), "2026-01-16") == Outcome.REALISED  # closed 2026-01-15
    result = evaluate(BY_CODE["S5"], person(**illiterate, milestones=both), D("2026-01-16"))
    assert result.realised_on == D("2025-09-01")  # the later of the two skills
    assert outcome("S5", person(**illiterate, milestones=both[:1]), "2026-01-16") == Outcome.NOT_REALISED
    assert outcome("S5", person(milestones=both), REF) == Outcome.NOT_APPLICABLE  # literate
    assert outcome("S5", person(literacy_education=None), REF) == Outcome.UNKNOWN
    a1 = (ms("language_level", "2024-01-01", "listening", "A1"),)
    assert outcome("S5", person(**illiterate, vestiging_on="2023-01-01", milestones=a1), REF) == Outcome.ON_TRACK
    assert outcome("S5", person(**illiterate, vestiging_on="2023-01-01"), REF) == Outcome.LATE


def test_s6_and_s7_within_two_years():
    assert outcome("S6", person(milestones=(ms("knows_sociale_kaart", "2023-01-01"),)), REF) == Outcome.REALISED
    assert outcome("S6", person(), REF) == Outcome.NOT_REALISED
    assert outcome("S6", person(vestiging_on="2026-01-01"), REF) == Outcome.NOT_STARTED  # nothing can show progress
    assert outcome("S7", person(milestones=(ms("own_network", "2024-01-15"),)), REF) == Outcome.REALISED
    assert outcome("S7", person(vestiging_on="2025-01-01", milestones=(ms("socially_active", "2025-03-01"),)),
                   REF) == Outcome.ON_TRACK
    assert outcome("S7", person(date_of_birth="2015-01-01"), REF) == Outcome.NOT_APPLICABLE


def test_no_target_counts_someone_not_settled_or_not_yet_started():
    waiting = person(stage="plan", vestiging_on=None)
    for target in TARGETS:
        if target.code not in ("S1", "H1"):
            assert evaluate(target, waiting, D(REF)).outcome == Outcome.NOT_APPLICABLE
    future = person(vestiging_on="2026-07-01")
    assert outcome("E1", future, REF) == Outcome.NOT_APPLICABLE


def test_moving_away_excludes_with_its_reason_and_unknown_says_what_is_missing():
    moved = evaluate(BY_CODE["E2"], person(left_on="2024-01-01"), D(REF))
    assert (moved.outcome, moved.reason) == (Outcome.EXCLUDED, "moved away")
    nothing = evaluate(BY_CODE["E2"], person(has_plan=False, date_of_birth=None), D(REF))
    assert (nothing.outcome, nothing.missing) == (Outcome.UNKNOWN, ("date_of_birth", "plan"))


def test_s6_counts_the_workshop_and_a_referral_and_s1_the_workshop_before_the_move():
    # vestiging 2022-01-15 in BASE: S6's window closes two years on
    assert outcome("S6", person(kaart_introduced=(D("2023-05-01"),)), REF) == Outcome.REALISED
    assert outcome("S6", person(kaart_introduced=(D("2024-02-01"),)), REF) == Outcome.NOT_REALISED  # too late
    assert outcome("S6", person(kaart_introduced=(D("2026-07-01"),)), REF) == Outcome.NOT_REALISED  # after the day
    in_azc = dict(stage="overdracht", vestiging_on=None, koppeling_on="2026-06-01", pre_integration=False)
    assert outcome("S1", person(**in_azc, workshop_attended=(D("2026-06-20"),)), "2026-06-30") == Outcome.REALISED_EARLY
    assert outcome("S1", person(workshop_attended=(D("2021-12-01"),)), REF) == Outcome.REALISED  # before the move
    assert outcome("S1", person(workshop_attended=(D("2022-03-01"),)), REF) == Outcome.NOT_REALISED  # after it


def test_the_facts_take_workshop_and_referral_dates():
    from domain.monitoring.facts import build_facts
    f = build_facts({"id": "c"}, workshop_dates=("2024-02-01", None, "bad"),
                    referral_dates=("2024-01-10", "2024-02-01"))
    assert f.workshop_attended == (D("2024-02-01"),)
    assert f.kaart_introduced == (D("2024-01-10"), D("2024-02-01"))
