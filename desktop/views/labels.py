"""Translated labels for the domain's codes: stages, sexes, countries, languages, errors.

The domain speaks in codes; only here do they become words, through Qt's translator.
"""

from PySide6.QtCore import QCoreApplication

from domain.errors import FieldError


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def stage_label(code: str | None) -> str:
    return {
        "koppeling": _t("Linked (koppeling)"),
        "overdracht": _t("Handover"),
        "intake": _t("Broad intake"),
        "plan": _t("Plan"),
        "gevestigd": _t("Settled"),
        "zelfstandig": _t("Independent"),
    }.get(code or "", code or "")


def sex_label(code: str | None) -> str:
    return {"M": _t("Male"), "V": _t("Female"), "X": _t("Other / unknown")}.get(code or "", "")


def household_role_label(code: str | None) -> str:
    return {
        "hoofdpersoon": _t("Main person"), "partner": _t("Partner"),
        "kind": _t("Child"), "overig": _t("Other household member"),
    }.get(code or "", code or "")


def country_label(code: str | None) -> str:
    return {
        "SY": _t("Syria"), "ER": _t("Eritrea"), "AF": _t("Afghanistan"), "TR": _t("Turkey"),
        "YE": _t("Yemen"), "IR": _t("Iran"), "IQ": _t("Iraq"), "SO": _t("Somalia"),
        "SD": _t("Sudan"), "ET": _t("Ethiopia"), "UA": _t("Ukraine"), "OTHER": _t("Other country"),
    }.get(code or "", code or "")


def language_label(code: str | None) -> str:
    return {
        "ar": _t("Arabic"), "ti": _t("Tigrinya"), "prs": _t("Dari"), "ps": _t("Pashto"),
        "fa": _t("Farsi"), "tr": _t("Turkish"), "ku": _t("Kurdish"), "so": _t("Somali"),
        "am": _t("Amharic"), "uk": _t("Ukrainian"), "en": _t("English"), "fr": _t("French"),
        "nl": _t("Dutch"),
    }.get(code or "", code or "")


def role_label(code: str | None) -> str:
    return {
        "klantmanager": _t("Klantmanager"), "begeleider": _t("Social support worker"),
        "partner": _t("Partner worker"), "coordinator": _t("Coordinator"),
    }.get(code or "", code or "")


def field_error_message(error: FieldError) -> str:
    return {
        FieldError.REQUIRED: _t("This field is required."),
        FieldError.BSN_INVALID: _t("This is not a valid BSN: it must be 9 digits and pass the 11-check."),
        FieldError.V_NUMBER_INVALID: _t("A V-nummer has 10 digits."),
        FieldError.DATE_INVALID: _t("This is not a valid date."),
        FieldError.DATE_IN_FUTURE: _t("This date lies in the future."),
        FieldError.DATE_BEFORE_BIRTH: _t("This date lies before the date of birth."),
        FieldError.VESTIGING_BEFORE_KOPPELING: _t("Settling cannot be before the koppeling."),
        FieldError.EMAIL_INVALID: _t("This is not a valid e-mail address."),
        FieldError.PHONE_INVALID: _t("A phone number has 6 to 20 digits, spaces or dashes."),
        FieldError.POSTCODE_INVALID: _t("A Dutch postcode looks like 1234 AB."),
        FieldError.CHOICE_INVALID: _t("Choose one of the options."),
        FieldError.TOO_LONG: _t("This text is too long."),
    }[error]
