"""Why a sync did not happen, with a code the sync screen turns into its own (translated) words.

`message` is English for logs and for the server's own sentences; the desktop shows a
translated text chosen by `code`, and the server's sentence where it has one.
"""

from __future__ import annotations


class SyncError(Exception):
    code = "sync_failed"
    default_message = "Sync did not complete."

    def __init__(self, message: str | None = None, code: str | None = None):
        self.message = message or self.default_message
        if code:
            self.code = code
        super().__init__(self.message)


class Offline(SyncError):
    """The server could not be reached (after retrying)."""

    code = "offline"
    default_message = "The server could not be reached. Your changes are kept and sent next time."


class UpgradeRequired(SyncError):
    """426: this version of Ketenplan speaks a protocol the server no longer accepts."""

    code = "upgrade_required"
    default_message = "This version of Ketenplan is too old for the server. Please update Ketenplan."


class NotSignedIn(SyncError):
    """No device token, or the server refused it (401): sign in again."""

    code = "not_signed_in"
    default_message = "This device is not signed in to the server. Please sign in again."


class ServerRefused(SyncError):
    """Another 4xx: the server's sentence says why; retrying would not help."""

    code = "refused"


class ServerFailed(SyncError):
    """5xx after retrying, or an answer that does not fit the protocol."""

    code = "server_error"
    default_message = "The server could not complete the sync. Try again later."


class InsecureServer(SyncError):
    """Plain http to anything but this computer: the token and the records would travel readable."""

    code = "insecure_server"
    default_message = "The server address must start with https://."


class Interrupted(SyncError):
    """Stopped on request (or the store was locked) between two steps; nothing half-done is kept."""

    code = "interrupted"
    default_message = "Sync was stopped before it finished. It continues where it stopped next time."


class DeviceRevoked(SyncError):
    """401 device_revoked: an administrator signed this device off. Only this error makes the
    desktop remove the store; an expired or unknown token is NotSignedIn and keeps everything."""

    code = "device_revoked"
    default_message = "An administrator signed this device off; the data on it is removed."


class UntrustedCertificate(SyncError):
    """The server's TLS certificate does not verify: not retried, and never taken for offline."""

    code = "untrusted_certificate"
    default_message = ("The server's certificate is not trusted, so nothing was sent. Ask the administrator; "
                       "a server with its own certificate authority needs its CA file in KETENPLAN_CA_FILE.")
