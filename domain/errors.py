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


class RecordInvalid(ValueError):
    """A record failed validation; nothing was written."""

    def __init__(self, errors: dict[str, FieldError]):
        self.errors = dict(errors)
        super().__init__(", ".join(f"{k}: {v}" for k, v in sorted(self.errors.items())))
