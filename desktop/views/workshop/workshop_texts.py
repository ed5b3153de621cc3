"""The welcome workshop's words: statuses, and what a refused session or invitation says."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from domain.arrival.workshop import Attendance
from domain.errors import FieldError

translate = QCoreApplication.translate  # literal calls, so that lupdate finds each text


def status_label(code: str | None) -> str:
    return {
        Attendance.INVITED: translate("WorkshopTexts", "Invited"),
        Attendance.ATTENDED: translate("WorkshopTexts", "Attended"),
        Attendance.ABSENT: translate("WorkshopTexts", "Absent"),
        Attendance.CANCELLED: translate("WorkshopTexts", "Cancelled"),
    }.get(code or "", code or "")


SESSION_ORDER = ("held_on", "starts_at", "ends_at", "place", "languages", "interpreter", "partners_present",
                 "capacity", "notes")


def session_error(field: str, error: FieldError) -> str:
    """One sentence for the first refused field of a session, in the order the form reads."""
    if field == "held_on":
        return (translate("WorkshopTexts", "Enter the day of the session.") if error == FieldError.REQUIRED
                else translate("WorkshopTexts", "Enter the day as dd-mm-yyyy."))
    if field in ("starts_at", "ends_at") and error == FieldError.END_BEFORE_START:
        return translate("WorkshopTexts", "The session must end after it starts.")
    if field == "starts_at":
        return (translate("WorkshopTexts", "Enter the time the session starts.") if error == FieldError.REQUIRED
                else translate("WorkshopTexts", "Enter a time as 14:30."))
    if field == "ends_at":
        return translate("WorkshopTexts", "Enter a time as 14:30.")
    if field == "place":
        return (translate("WorkshopTexts", "Enter where the session is held.") if error == FieldError.REQUIRED
                else translate("WorkshopTexts", "The place is too long."))
    if field == "languages":
        return translate("WorkshopTexts", "Choose at least one language of the session.")
    if field == "capacity":
        return translate("WorkshopTexts", "The number of places is outside the range allowed.")
    if field in ("interpreter", "notes"):
        return translate("WorkshopTexts", "This text is too long.")
    return translate("WorkshopTexts", "The session could not be saved.")


def first_error(errors: dict[str, FieldError], order: tuple[str, ...] = SESSION_ORDER) -> tuple[str, FieldError]:
    return min(errors.items(), key=lambda item: order.index(item[0]) if item[0] in order else len(order))


def attendance_error(errors: dict[str, FieldError]) -> str:
    if errors.get("status") == FieldError.DATE_IN_FUTURE:
        return translate("WorkshopTexts", "The session is still to come: nobody can have attended it yet.")
    return translate("WorkshopTexts", "This could not be recorded.")
