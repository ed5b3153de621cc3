"""The words of the sync screens: why a sync failed, why signing in did not work, when it last worked.

The engine's errors carry a code (sync/errors.py); the person reads a translated sentence
chosen by that code, and the server's own sentence only where the server gave one.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication

from sync.errors import SyncError

# Each sentence is a literal translate() call, so that lupdate finds it.
translate = QCoreApplication.translate


def failure_reason(code: str | None) -> str:
    """A short reason for the status bar: "Sync failed: <reason>"."""
    return {
        "offline": translate("SyncTexts", "the server could not be reached"),
        "not_signed_in": translate("SyncTexts", "this device must sign in again"),
        "upgrade_required": translate("SyncTexts", "this version of Ketenplan is too old for the server"),
        "refused": translate("SyncTexts", "the server refused it"),
        "server_error": translate("SyncTexts", "the server had a problem"),
        "insecure_server": translate("SyncTexts", "the server address is not secure"),
        "interrupted": translate("SyncTexts", "it was stopped before it finished"),
        "store_error": translate("SyncTexts", "the server's changes could not be stored here"),
    }.get(code or "", translate("SyncTexts", "it did not complete"))


def failure_explanation(code: str | None, server_sentence: str | None = None) -> str:
    """The whole story, for the tooltip and the dialogs."""
    text = {
        "offline": translate("SyncTexts", "The server could not be reached. Your changes are kept on this "
                                          "device and sent with the next sync."),
        "not_signed_in": translate("SyncTexts", "The server no longer accepts this device's sign-in. Sign in "
                                                "again; your changes are kept and sent afterwards."),
        "upgrade_required": translate("SyncTexts", "This version of Ketenplan is too old for the server. "
                                                   "Please update Ketenplan; your changes are kept until then."),
        "server_error": translate("SyncTexts", "The server could not complete the sync. Ketenplan tries again "
                                               "later; your changes are kept."),
        "insecure_server": translate("SyncTexts", "The server address must start with https://."),
        "interrupted": translate("SyncTexts", "The sync was stopped before it finished. It continues where it "
                                              "stopped with the next sync."),
        "store_error": translate("SyncTexts", "The server's changes could not be stored on this device. "
                                              "Ketenplan tries again with the next sync."),
    }.get(code or "")
    if text is None:
        text = translate("SyncTexts", "The sync did not complete. Your changes are kept and sent with the next "
                                      "sync.")
        if server_sentence:
            text = translate("SyncTexts", "The server refused the sync: {reason}").format(reason=server_sentence)
    return text


def sign_in_error(error: BaseException) -> str:
    """Why signing in did not work, in plain words."""
    code = getattr(error, "code", None)
    if code == "bad_login":
        return translate("SyncTexts", "The user name or password is not right.")
    if code == "offline":
        return translate("SyncTexts", "The server could not be reached at this address. Check the address "
                                      "and the connection.")
    if code == "insecure_server":
        return insecure_address()
    if code == "upgrade_required":
        return failure_explanation(code)
    if code == "server_error":
        return translate("SyncTexts", "The server could not sign you in right now. Try again later.")
    if code == "unsent_changes":
        return translate("SyncTexts", "This device still holds changes of {name} that have not reached the server. "
                                      "{name} signs in and syncs first; after that you can sign in here.").format(
            name=getattr(error, "person", None) or translate("SyncTexts", "the person before you"))
    if isinstance(error, SyncError):
        return translate("SyncTexts", "The server refused to sign you in: {reason}").format(reason=error.message)
    return translate("SyncTexts", "Signing in did not work ({error}).").format(error=error.__class__.__name__)


def insecure_address() -> str:
    return translate("SyncTexts", "Plain http:// would send your password and the clients' data readable "
                                  "over the network. Use the address that starts with https:// (http:// is "
                                  "allowed only for a server on this computer).")


def incomplete_address() -> str:
    return translate("SyncTexts", "Type the whole address, starting with https://.")


def when_text(stamp: str | None, now: datetime | None = None) -> str:
    """A stored UTC stamp as the person reads it: "today 14:02", "yesterday 09:15" or "3-11-2026 16:40"."""
    if not stamp:
        return ""
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone()
    except ValueError:
        return stamp
    today = (now or datetime.now().astimezone()).date()
    clock = moment.strftime("%H:%M")
    if moment.date() == today:
        return translate("SyncTexts", "today {time}").format(time=clock)
    if moment.date() == today - timedelta(days=1):
        return translate("SyncTexts", "yesterday {time}").format(time=clock)
    return f"{_day(moment.date())} {clock}"


def _day(day: date) -> str:
    return f"{day.day}-{day.month}-{day.year}"
