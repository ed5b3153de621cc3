"""Who is calling: the signed-in device and its user, as every sync request knows them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SignedInDevice:
    device_id: str
    user_id: str
    tenant_id: str
    worker_id: str  # signs changes whose device named no author
    organisation_id: str | None
    role: str
    # Its first push is remembered already (server/pull_scope.py note_first_push): a push need not
    # write it again, under the tenant's writer lock every other push waits for.
    pushed_before: bool = False
