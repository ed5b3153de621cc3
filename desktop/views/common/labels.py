"""Translated labels for the domain's codes: stages, sexes, countries, languages, errors.

The domain speaks in codes; only here do they become words, through Qt's translator.
"""

from PySide6.QtCore import QCoreApplication

from desktop.people_labels import country_label, sex_label  # noqa: F401  (the screens' labels)
from domain.errors import FieldError

# Each word is written as a literal translate() call, so that lupdate finds it.
translate = QCoreApplication.translate


def stage_label(code: str | None) -> str:
    return {
        "koppeling": translate("Labels", "Linked (koppeling)"),
        "overdracht": translate("Labels", "Handover"),
        "intake": translate("Labels", "Broad intake"),
        "plan": translate("Labels", "Plan"),
        "gevestigd": translate("Labels", "Settled"),
        "zelfstandig": translate("Labels", "Independent"),
    }.get(code or "", code or "")


def household_role_label(code: str | None) -> str:
    return {
        "hoofdpersoon": translate("Labels", "Main person"),
        "partner": translate("Labels", "Partner"),
        "kind": translate("Labels", "Child"),
        "overig": translate("Labels", "Other household member"),
    }.get(code or "", code or "")


def language_label(code: str | None) -> str:
    return {
        "ar": translate("Labels", "Arabic"),
        "ti": translate("Labels", "Tigrinya"),
        "prs": translate("Labels", "Dari"),
        "ps": translate("Labels", "Pashto"),
        "fa": translate("Labels", "Farsi"),
        "tr": translate("Labels", "Turkish"),
        "ku": translate("Labels", "Kurdish"),
        "so": translate("Labels", "Somali"),
        "am": translate("Labels", "Amharic"),
        "uk": translate("Labels", "Ukrainian"),
        "en": translate("Labels", "English"),
        "fr": translate("Labels", "French"),
        "nl": translate("Labels", "Dutch"),
    }.get(code or "", code or "")


def role_label(code: str | None) -> str:
    return {
        "klantmanager": translate("Labels", "Klantmanager"),
        "begeleider": translate("Labels", "Social support worker"),
        "partner": translate("Labels", "Partner worker"),
        "coordinator": translate("Labels", "Coordinator"),
    }.get(code or "", code or "")


def field_error_message(error: FieldError) -> str:
    return {
        FieldError.REQUIRED: translate("Labels", "This field is required."),
        FieldError.BSN_INVALID: translate(
            "Labels", "This is not a valid BSN: it must be 8 or 9 digits and pass the 11-check."
        ),
        FieldError.V_NUMBER_INVALID: translate("Labels", "A V-nummer has 10 digits."),
        FieldError.DATE_INVALID: translate("Labels", "This is not a valid date."),
        FieldError.DATE_IN_FUTURE: translate("Labels", "This date lies in the future."),
        FieldError.DATE_BEFORE_BIRTH: translate("Labels", "This date lies before the date of birth."),
        FieldError.VESTIGING_BEFORE_KOPPELING: translate("Labels", "Settling cannot be before the koppeling."),
        FieldError.EMAIL_INVALID: translate("Labels", "This is not a valid e-mail address."),
        FieldError.PHONE_INVALID: translate("Labels", "A phone number has 6 to 20 digits, spaces or dashes."),
        FieldError.POSTCODE_INVALID: translate("Labels", "A Dutch postcode looks like 1234 AB."),
        FieldError.CHOICE_INVALID: translate("Labels", "Choose one of the options."),
        FieldError.TOO_LONG: translate("Labels", "This text is too long."),
        FieldError.NUMBER_OUT_OF_RANGE: translate("Labels", "This number is outside the range allowed here."),
        FieldError.UNKNOWN_QUESTION: translate("Labels", "This question is not part of the form."),
        FieldError.TIME_INVALID: translate("Labels", "A time looks like 14:30."),
        FieldError.FORM_INCOMPLETE: translate("Labels", "Some required questions are not answered yet."),
        FieldError.VISIT_IN_FUTURE: translate("Labels", "This visit is still to come: it cannot have taken place."),
        FieldError.A2_WITH_ONDERWIJSROUTE: translate(
            "Labels", "Level A2 cannot go with the education route: choose B1 or another route."),
        FieldError.B1_WITH_Z_ROUTE: translate(
            "Labels", "Level B1 cannot go with the Z-route: choose A2 or another route."),
        FieldError.PIP_BEFORE_DUTY: translate(
            "Labels", "The PIP date cannot lie before the integration duty starts."),
        FieldError.PIP_BEFORE_SETTLING: translate(
            "Labels", "The PIP date cannot lie before the person settled in the municipality."),
        FieldError.END_BEFORE_START: translate("Labels", "The end cannot lie before the start."),
        FieldError.NOT_IN_PLAN: translate("Labels", "This goal belongs to another plan."),
        FieldError.NOT_AGREED: translate("Labels", "The plan has not been agreed yet."),
        FieldError.A2_WITH_B_ROUTE_FIRST_PIP: translate(
            "Labels", "DUO does not accept level A2 with the B1-route in a first PIP: "
            "choose B1 (or leave the level empty); lower it in a later revision."),
        FieldError.INTENSITY_ONLY_B_ROUTE: translate(
            "Labels",
            "The estimated B1 intensity belongs to the B1-route only: clear the hours or choose the B1-route."),
        FieldError.INTENSITY_ONLY_ASYLUM: translate(
            "Labels", "The estimated B1 intensity is for asylum holders only: clear the hours."),
        FieldError.REVISED_PIP_BEFORE_FIRST: translate(
            "Labels", "A revised PIP cannot be dated before the first PIP: date it on or after the first PIP."),
        FieldError.REVISED_PIP_BEFORE_CURRENT: translate(
            "Labels", "A revised PIP cannot be dated before the current PIP: date it on or after the current PIP."),
        FieldError.ROUTE_CHANGE_TOO_LATE: translate(
            "Labels", "The route can change only within 18 months of the first PIP (from the education route "
            "to the B1-route at any time): keep the current route."),
        FieldError.MAP_NOT_IN_ONDERWIJSROUTE: translate(
            "Labels", "The education route has no MAP: clear the MAP date, or change the route first."),
        FieldError.ZROUTE_RESULT_NOT_IN_ROUTE: translate(
            "Labels", "Only the Z-route can be completed as a Z-route: clear the date, or change the route first."),
        FieldError.RESULT_WITHOUT_PIP: translate(
            "Labels", "DUO accepts results only from the municipality whose PIP is current: send the PIP first."),
        FieldError.RESULT_OF_OTHER_MUNICIPALITY: translate(
            "Labels", "Another municipality registered this date: only that municipality can change it."),
        FieldError.RESULT_AFTER_DUTY_MET: translate(
            "Labels", "The duty has been met through the Z-route: DUO no longer takes this result."),
        FieldError.RESULT_BEFORE_TERM: translate(
            "Labels", "This date lies before the integration term started: use a date within the term."),
        FieldError.RESULT_IN_FUTURE: translate(
            "Labels", "This date lies in the future: record it once it has happened."),
        FieldError.RESULT_AFTER_ZROUTE_DONE: translate(
            "Labels", "This date lies after the Z-route was completed: use a date on or before that day."),
        FieldError.WITHDRAW_AFTER_ZROUTE_DONE: translate(
            "Labels", "The date cannot be withdrawn once the Z-route is registered as completed."),
        FieldError.CULPABILITY_WHILE_TERM_RUNS: translate(
            "Labels", "Culpability is stated only for a date after the integration term: leave it empty."),
        FieldError.CULPABILITY_MISSING_AFTER_TERM: translate(
            "Labels", "This date lies after the integration term: state whether the delay is culpable."),
        FieldError.NOT_CULPABLE_TOO_LATE: translate(
            "Labels", "'Not culpable' is possible only within two months of the end of the term: choose 'culpable'."),
        FieldError.EXTENSION_NOT_LATER: translate(
            "Labels", "An extension must end later than the current term."),
        FieldError.EXTENSION_GROUND_UNKNOWN: translate(
            "Labels", "This is not one of DUO's grounds for an extension."),
        FieldError.PIP_DELETE_TERM_SET: translate(
            "Labels", "DUO has set the integration term: the PIP can no longer be withdrawn; revise it instead."),
        FieldError.PIP_DELETE_HOURS_REGISTERED: translate(
            "Labels", "Course hours are registered on the current offer: the PIP can no longer be withdrawn; "
            "revise it instead."),
        FieldError.LBT_SCORE_INVALID: translate(
            "Labels", "A score has at most three digits and two decimals, like 47,50."),
        FieldError.AANBOD_NOT_ASYLUM: translate(
            "Labels", "DUO registers an integration offer for asylum holders only: do not send it for this person."),
        FieldError.AANBOD_WITHOUT_PIP: translate(
            "Labels", "DUO registers an integration offer only once the person has a PIP: send the PIP first."),
        FieldError.INSTITUTION_NOT_RECOGNISED: translate(
            "Labels", "DUO does not list this institution with a Blik op Werk quality mark (or a recognised language "
            "bridging programme for the education route): choose one from DUO's list."),
        FieldError.INSTITUTION_NUMBER_INVALID: translate(
            "Labels", "An institution number has exactly ten characters, as in DUO's list."),
        FieldError.AANBOD_BEFORE_PIP: translate(
            "Labels", "The offer's dates cannot lie before the date of the current PIP: use a date on or after it."),
        FieldError.AANBOD_START_BEFORE_ENROLMENT: translate(
            "Labels", "The course cannot start before the date of the offer: use a date on or after it."),
        FieldError.AANBOD_OUTSIDE_TERM: translate(
            "Labels", "The course must start and end within the integration term: choose dates within the term."),
        FieldError.CONTACT_NAME_INVALID: translate(
            "Labels", "A name holds letters, spaces, dashes, full stops and apostrophes only."),
        FieldError.HOURS_ONLY_ASYLUM: translate(
            "Labels", "DUO takes these hours for asylum holders only: do not send them for this person."),
        FieldError.PARTICIPATION_HOURS_ONLY_ZROUTE: translate(
            "Labels",
            "Participation activity hours belong to the Z-route only: send language hours for the other routes."),
        FieldError.HOURS_WITHOUT_PIP: translate(
            "Labels", "Hours within a learning route can be sent only once the person has a PIP: send the PIP first."),
    }[error]
