"""Translated labels for the domain's codes: stages, sexes, countries, languages, errors.

The domain speaks in codes; only here do they become words, through Qt's translator.
"""

from PySide6.QtCore import QCoreApplication

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


def sex_label(code: str | None) -> str:
    return {
        "M": translate("Labels", "Male"),
        "V": translate("Labels", "Female"),
        "X": translate("Labels", "Other / unknown"),
    }.get(code or "", "")


def household_role_label(code: str | None) -> str:
    return {
        "hoofdpersoon": translate("Labels", "Main person"),
        "partner": translate("Labels", "Partner"),
        "kind": translate("Labels", "Child"),
        "overig": translate("Labels", "Other household member"),
    }.get(code or "", code or "")


def country_label(code: str | None) -> str:
    return {
        "SY": translate("Labels", "Syria"),
        "ER": translate("Labels", "Eritrea"),
        "AF": translate("Labels", "Afghanistan"),
        "TR": translate("Labels", "Turkey"),
        "YE": translate("Labels", "Yemen"),
        "IR": translate("Labels", "Iran"),
        "IQ": translate("Labels", "Iraq"),
        "SO": translate("Labels", "Somalia"),
        "SD": translate("Labels", "Sudan"),
        "ET": translate("Labels", "Ethiopia"),
        "UA": translate("Labels", "Ukraine"),
        "OTHER": translate("Labels", "Other country"),
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
            "Labels", "This is not a valid BSN: it must be 9 digits and pass the 11-check."
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
    }[error]
