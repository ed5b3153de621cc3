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
