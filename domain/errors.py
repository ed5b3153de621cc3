"""Validation errors as codes; the views turn codes into translated sentences."""

from enum import StrEnum


class FieldError(StrEnum):
    REQUIRED = "required"
    BSN_INVALID = "bsn_invalid"
    V_NUMBER_INVALID = "v_number_invalid"
    DATE_INVALID = "date_invalid"
    DATE_IN_FUTURE = "date_in_future"
    DATE_BEFORE_BIRTH = "date_before_birth"
    VESTIGING_BEFORE_KOPPELING = "vestiging_before_koppeling"
    EMAIL_INVALID = "email_invalid"
    PHONE_INVALID = "phone_invalid"
    POSTCODE_INVALID = "postcode_invalid"
    CHOICE_INVALID = "choice_invalid"
    TOO_LONG = "too_long"
    NUMBER_OUT_OF_RANGE = "number_out_of_range"
    UNKNOWN_QUESTION = "unknown_question"
    TIME_INVALID = "time_invalid"
    FORM_INCOMPLETE = "form_incomplete"
    VISIT_IN_FUTURE = "visit_in_future"
    # the plan (PIP) and the law behind it
    A2_WITH_ONDERWIJSROUTE = "a2_with_onderwijsroute"
    B1_WITH_Z_ROUTE = "b1_with_z_route"
    PIP_BEFORE_DUTY = "pip_before_duty"
    PIP_BEFORE_SETTLING = "pip_before_settling"
    END_BEFORE_START = "end_before_start"
    NOT_IN_PLAN = "not_in_plan"  # a goal of another plan
    NOT_AGREED = "not_agreed"  # no agreed version yet
    # DUO's and the law's rules for what is sent to DUO (docs/law-rules.md lists each with its source)
    A2_WITH_B_ROUTE_FIRST_PIP = "a2_with_b_route_first_pip"
    INTENSITY_ONLY_B_ROUTE = "intensity_only_b_route"
    INTENSITY_ONLY_ASYLUM = "intensity_only_asylum"
    REVISED_PIP_BEFORE_FIRST = "revised_pip_before_first"
    REVISED_PIP_BEFORE_CURRENT = "revised_pip_before_current"
    ROUTE_CHANGE_TOO_LATE = "route_change_too_late"
    MAP_NOT_IN_ONDERWIJSROUTE = "map_not_in_onderwijsroute"
    ZROUTE_RESULT_NOT_IN_ROUTE = "zroute_result_not_in_route"
    RESULT_WITHOUT_PIP = "result_without_pip"
    RESULT_OF_OTHER_MUNICIPALITY = "result_of_other_municipality"
    RESULT_AFTER_DUTY_MET = "result_after_duty_met"
    RESULT_BEFORE_TERM = "result_before_term"
    RESULT_IN_FUTURE = "result_in_future"
    RESULT_AFTER_ZROUTE_DONE = "result_after_zroute_done"
    WITHDRAW_AFTER_ZROUTE_DONE = "withdraw_after_zroute_done"
    CULPABILITY_WHILE_TERM_RUNS = "culpability_while_term_runs"
    CULPABILITY_MISSING_AFTER_TERM = "culpability_missing_after_term"
    NOT_CULPABLE_TOO_LATE = "not_culpable_too_late"
    EXTENSION_NOT_LATER = "extension_not_later"
    EXTENSION_GROUND_UNKNOWN = "extension_ground_unknown"
    LBT_SCORE_INVALID = "lbt_score_invalid"
    PIP_DELETE_TERM_SET = "pip_delete_term_set"
    PIP_DELETE_HOURS_REGISTERED = "pip_delete_hours_registered"
    # domain/duo_more.py: the offer, the contact person and the hours
    AANBOD_NOT_ASYLUM = "aanbod_not_asylum"
    AANBOD_WITHOUT_PIP = "aanbod_without_pip"
    INSTITUTION_NOT_RECOGNISED = "institution_not_recognised"
    INSTITUTION_NUMBER_INVALID = "institution_number_invalid"
    AANBOD_BEFORE_PIP = "aanbod_before_pip"
    AANBOD_START_BEFORE_ENROLMENT = "aanbod_start_before_enrolment"
    AANBOD_OUTSIDE_TERM = "aanbod_outside_term"
    CONTACT_NAME_INVALID = "contact_name_invalid"
    HOURS_ONLY_ASYLUM = "hours_only_asylum"
    PARTICIPATION_HOURS_ONLY_ZROUTE = "participation_hours_only_zroute"
    HOURS_WITHOUT_PIP = "hours_without_pip"


class RecordInvalid(ValueError):
    """A record failed validation; nothing was written."""

    def __init__(self, errors: dict[str, FieldError]):
        self.errors = dict(errors)
        super().__init__(", ".join(f"{k}: {v}" for k, v in sorted(self.errors.items())))
