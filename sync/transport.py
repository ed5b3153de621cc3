"""Moved to sync/client/transport.py; kept for the screens that still import it from here."""

from sync.client.transport import is_untrusted_certificate, server_base_url, tls_context  # noqa: F401
