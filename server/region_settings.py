"""A municipality's region and whether its aggregate figures are shared there.

Set on the server (`ketenplan-server admin set-region`) or by the tenant's own administrator
(POST {API}/monitoring/region/choose); every change is one audit line naming what changed,
never the values. Not shared until someone chooses to (docs/decisions/0035-regional-figures.md).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from server import audit
from server.accounts import AccountError
from server.caller import SignedInDevice
from server.models import Tenant

SETTING = "setting"  # the audit action: a tenant's setting changed
MAX_REGION = 100


@dataclass(frozen=True)
class RegionChoice:
    tenant: str
    region: str | None
    share: bool


def clean_region(region: str | None) -> str | None:
    """A region's name as kept: spaces trimmed, empty is none."""
    region = (region or "").strip()
    if len(region) > MAX_REGION:
        raise AccountError(f"A region's name has at most {MAX_REGION} characters.")
    if "\x00" in region:
        raise AccountError("A region's name cannot hold that character.")
    return region or None


def choice_of(tenant: Tenant) -> RegionChoice:
    return RegionChoice(tenant.name, tenant.region, bool(tenant.share_region))


def set_region(session: Session, tenant: Tenant, region: str | None, share: bool,
               by: SignedInDevice | None = None) -> tuple[RegionChoice, list[str]]:
    """Change the tenant's region and sharing; returns the choice and what changed (audited).
    Sharing needs a region: with none, there is no one to share with."""
    region = clean_region(region)
    if share and region is None:
        raise AccountError("Sharing needs a region: name the region the municipality belongs to.")
    changed = [name for name, old, new in (("region", tenant.region, region),
                                           ("share_region", bool(tenant.share_region), share)) if old != new]
    if changed:
        tenant.region, tenant.share_region = region, share
        session.flush()
        audit.write(session.connection(), [audit.line(tenant.id, SETTING, by, entity="tenants", record_id=tenant.id,
                                                      fields=sorted(changed))])
    return choice_of(tenant), changed


def regions(session: Session) -> list[RegionChoice]:
    """Every tenant's choice, by region and name."""
    tenants = session.execute(select(Tenant).order_by(Tenant.region, Tenant.name)).scalars()
    return [choice_of(t) for t in tenants]


def sharing_members(session: Session, region: str) -> list[Tenant]:
    """The tenants of this region that share, by name."""
    return list(session.execute(select(Tenant).where(Tenant.region == region, Tenant.share_region.is_(True))
                                .order_by(Tenant.name)).scalars())
