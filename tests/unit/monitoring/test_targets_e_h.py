"""E1-E4 and H1 computed by hand on small sets of persons."""

from domain.monitoring.evaluate import Outcome
from domain.monitoring.targets import NATIONAL_HOUSING_NORM_WEEKS, Settings
from tests.unit.monitoring.people import ms, outcome, person

REF = "2026-06-30"  # BASE settled on 2022-01-15: its 3-year windows closed on 2025-01-15


def test_e1_full_time_work_within_three_years():
    assert outcome("E1", person(milestones=(ms("paid_work_fulltime", "2024-05-01"),)), REF) == Outcome.REALISED
    assert outcome("E1", person(milestones=(ms("paid_work_fulltime", "2025-01-15"),)), REF) == Outcome.REALISED
    assert outcome("E1", person(milestones=(ms("paid_work_fulltime", "2025-01-16"),)), REF) == Outcome.NOT_REALISED
    assert outcome("E1", person(milestones=(ms("paid_work_parttime", "2023-01-01"),)), REF) == Outcome.NOT_REALISED
    assert outcome("E1", person(), REF) == Outcome.NOT_REALISED
    assert outcome("E1", person(date_of_birth="2006-01-01"), REF) == Outcome.NOT_APPLICABLE  # 16 at vestiging
    assert outcome("E1", person(date_of_birth="1950-01-01"), REF) == Outcome.NOT_APPLICABLE  # pension age
    assert outcome("E1", person(has_plan=False), REF) == Outcome.UNKNOWN
    assert outcome("E1", person(date_of_birth=None), REF) == Outcome.UNKNOWN


def test_e1_open_window_on_track_late_or_not_started():
    # settled 2025-01-01; the window ends 2028-01-01, 1095 days: halfway is 2026-07-02
    young = person(vestiging_on="2025-01-01")
    assert outcome("E1", young, "2026-07-02") == Outcome.NOT_STARTED
    assert outcome("E1", young, "2026-07-03") == Outcome.LATE
    assert outcome("E1", person(vestiging_on="2025-01-01", dual_track="paid_work"), "2026-07-03") == Outcome.ON_TRACK
    assert outcome("E1", person(vestiging_on="2025-01-01", goal_domains=("work",)), "2025-02-01") == Outcome.ON_TRACK
    done = person(vestiging_on="2025-01-01", milestones=(ms("paid_work_fulltime", "2026-01-01"),))
    assert outcome("E1", done, "2026-07-03") == Outcome.REALISED_EARLY
    assert outcome("E1", done, "2025-12-31") == Outcome.NOT_STARTED  # the job is not yet known on that date


def test_e2_part_time_or_full_time_work():
    assert outcome("E2", person(milestones=(ms("paid_work_parttime", "2023-01-01"),)), REF) == Outcome.REALISED
    assert outcome("E2", person(milestones=(ms("paid_work_fulltime", "2023-01-01"),)), REF) == Outcome.REALISED
    assert outcome("E2", person(milestones=(ms("socially_active", "2023-01-01"),)), REF) == Outcome.NOT_REALISED


def test_e3_school_for_those_under_27():
    school = (ms("school_with_study_finance", "2024-09-01"),)
    assert outcome("E3", person(date_of_birth="2000-01-01", milestones=school), REF) == Outcome.REALISED
    assert outcome("E3", person(date_of_birth="2000-01-01"), REF) == Outcome.NOT_REALISED
    assert outcome("E3", person(date_of_birth="1995-01-15", milestones=school), REF) == Outcome.NOT_APPLICABLE  # 27
    assert outcome("E3", person(date_of_birth="1995-01-16"), REF) == Outcome.NOT_REALISED  # 26 on the vestiging day
    assert outcome("E3", person(date_of_birth="2010-01-01"), REF) == Outcome.NOT_APPLICABLE  # under 18
    assert outcome("E3", person(vestiging_on="2025-09-01", date_of_birth="2004-01-01", leerroute="O"),
                   REF) == Outcome.ON_TRACK


def test_e4_free_of_debt_in_the_first_two_years():
    assert outcome("E4", person(), REF) == Outcome.REALISED  # window closed 2024-01-15 without a signal
    assert outcome("E4", person(debt_signals=("2023-05-01",)), REF) == Outcome.NOT_REALISED
    assert outcome("E4", person(debt_signals=("2024-01-15",)), REF) == Outcome.NOT_REALISED  # the last day counts
    assert outcome("E4", person(debt_signals=("2024-01-16",)), REF) == Outcome.REALISED  # after the window
    assert outcome("E4", person(debt_signals=("2021-12-01",)), REF) == Outcome.REALISED  # before settling
    assert outcome("E4", person(vestiging_on="2025-10-01"), REF) == Outcome.ON_TRACK
    assert outcome("E4", person(vestiging_on="2025-10-01", debt_signals=("2026-02-01",)), REF) == Outcome.LATE
    assert outcome("E4", person(vestiging_on="2025-10-01", debt_signals=("2026-08-01",)), REF) == Outcome.ON_TRACK
    assert outcome("E4", person(has_plan=False), REF) == Outcome.UNKNOWN  # debt signals live in the plan


def test_h1_weeks_from_koppeling_to_house_with_the_norm_as_a_setting():
    # koppeling 2024-01-01 + 10 weeks = 2024-03-11 (a leap year's February on the way)
    def housed(day):
        return person(koppeling_on="2024-01-01", vestiging_on=day)
    assert outcome("H1", housed("2024-03-11"), REF) == Outcome.REALISED
    assert outcome("H1", housed("2024-03-12"), REF) == Outcome.NOT_REALISED
    national = Settings(housing_norm_weeks=NATIONAL_HOUSING_NORM_WEEKS)
    assert outcome("H1", housed("2024-03-12"), REF, national) == Outcome.REALISED
    assert outcome("H1", housed("2024-04-08"), REF, national) == Outcome.REALISED  # 14 weeks to the day
    assert outcome("H1", housed("2024-04-09"), REF, national) == Outcome.NOT_REALISED
    waiting = person(stage="intake", koppeling_on="2026-06-01", vestiging_on=None)
    assert outcome("H1", waiting, "2026-06-30") == Outcome.NOT_STARTED
    assert outcome("H1", waiting, "2026-07-07") == Outcome.LATE  # past 5 weeks, no handover
    handed_over = person(stage="intake", koppeling_on="2026-06-01", vestiging_on=None, handover_on="2026-06-10")
    assert outcome("H1", handed_over, "2026-07-07") == Outcome.ON_TRACK
    assert outcome("H1", handed_over, "2026-08-11") == Outcome.NOT_REALISED  # 10 weeks passed, no house
    assert outcome("H1", person(koppeling_on=None), REF) == Outcome.UNKNOWN
    assert outcome("H1", person(vestiging_on=None), REF) == Outcome.UNKNOWN  # settled, but the date is missing
