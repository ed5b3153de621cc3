"""The region's figures: GET {API}/monitoring/region, and a municipality's choice to share them,
GET {API}/monitoring/region/setting and POST {API}/monitoring/region/choose (one method per
address, so each answers 405 with its own Allow).

Coordinators and administrators of a municipality that itself shares see the sharing
municipalities of its region; a municipality that does not share sees nothing of others.
Only an administrator changes the choice. Every refusal says why (403).
"""

from __future__ import annotations

import os
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.concurrency import run_in_threadpool

from domain.monitoring.cohorts import CohortBy
from domain.monitoring.region import COLUMNS, MIN_CELL, exact_share
from domain.monitoring.targets import Settings
from server import region_settings
from server.accounts import AccountError
from server.api import Caller, Db, require_protocol
from server.caller import SignedInDevice
from server.clock import stamp, utcnow
from server.db import Database
from server.models import Tenant
from server.problems import ProblemError
from server.region_figures import RegionCache, column_names, members_now
from server.region_warmer import RegionWarmer
from sync.protocol import (
    API,
    COHORTS_BY,
    REGION_PATH,
    Problem,
    RegionFigures,
    RegionRow,
    RegionSetting,
    RegionTable,
)

MINIMUM_ENV = "KETENPLAN_REGION_MINIMUM"  # the server's minimum cell size; never lower than the default
READERS = frozenset({"coordinator", "administrator"})
REGION_NOT_ALLOWED = Problem(
    detail="Only coordinators and administrators see the region's figures.", code="region_not_allowed")
REGION_NOT_SHARED = Problem(
    detail="Your municipality does not share its figures with a region, so it sees no other municipality's "
           "figures either. An administrator can choose to share them.", code="region_not_shared")
SETTING_NOT_ALLOWED = Problem(
    detail="Only an administrator of this municipality can change whether its figures are shared.",
    code="region_setting_not_allowed")

router = APIRouter(prefix=API, dependencies=[Depends(require_protocol)],
                   responses={status: {"model": Problem} for status in (401, 403, 422, 426)})


def install_region(app, minimum: int | None = None) -> None:
    """The app's cache of figures, kept ready by its warmer (started with the app: `app.state.region_warmer
    .start()`), and its minimum cell size (a setting, at least MIN_CELL)."""
    app.state.region_cache = RegionCache()
    app.state.region_minimum = max(minimum or int(os.environ.get(MINIMUM_ENV) or MIN_CELL), MIN_CELL)
    app.state.region_warmer = RegionWarmer(app.state.db, app.state.region_cache, app.state.region_minimum)


@router.get(REGION_PATH, summary="The targets side by side for the sharing municipalities of the caller's region "
                                 "(aggregates only, suppressed; coordinators and administrators)")
async def region(device: Caller, db: Db, request: Request,
                 cohort: Annotated[str, Query(pattern="^(" + "|".join(COHORTS_BY) + ")$",
                                              description="Cohorts by the year of settling or of the duty's start")]
                 = "vestiging") -> RegionFigures:
    if device.role not in READERS:
        raise ProblemError(403, REGION_NOT_ALLOWED)
    state = request.app.state
    return await run_in_threadpool(_figures, db, device, CohortBy(cohort), state.region_cache, state.region_minimum)


def _figures(db: Database, device: SignedInDevice, cohort_by: CohortBy, cache: RegionCache,
             minimum: int) -> RegionFigures:
    with db.reading() as session:
        tenant = session.get(Tenant, device.tenant_id)
        if tenant is None or not tenant.share_region or not tenant.region:
            raise ProblemError(403, REGION_NOT_SHARED)
        name = tenant.region
        members = members_now(session.connection(), region_settings.sharing_members(session, name))
    ref, settings = utcnow().date(), Settings()
    connect = db.engine.connect
    tables = cache.region_tables(connect, members, ref, cohort_by, settings, minimum)
    own = next((m for m in members if m.tenant_id == device.tenant_id), None)
    # The caller's own row as it is: its municipality's own figures, which its desktop shows anyway.
    own_counts = cache.member_counts(connect, own, ref, cohort_by, settings) if own else {}

    def row(shown, pct: float | None, municipality: str, own: bool) -> RegionRow:
        return RegionRow(municipality=municipality, own=own, counts=list(shown[:-1]), total=shown[-1],
                         realised_pct=None if pct is None else round(pct, 1))

    out = []
    for t in tables:
        rows = []
        for i, m in enumerate(members):
            if m is own:
                exact = own_counts.get((t.target, t.cohort), (0,) * len(COLUMNS))
                rows.append(row([*map(str, exact), str(sum(exact))], exact_share(exact), m.name, True))
            else:
                rows.append(row(t.shown[i], t.realised_pct[i], m.name, False))
        out.append(RegionTable(target=t.target, cohort=t.cohort, rows=rows, all_hidden=t.all_hidden,
                               region=row(t.shown[-1], t.realised_pct[-1], name, False)))
    return RegionFigures(region=name, reference_date=ref.isoformat(), cohort_by=cohort_by.value, minimum=minimum,
                         housing_norm_weeks=settings.housing_norm_weeks, columns=column_names(),
                         municipalities=[m.name for m in members], computed_at=stamp(), tables=out)


@router.get(f"{REGION_PATH}/setting", summary="The caller's municipality: its region and whether it shares")
def setting(device: Caller, db: Db) -> RegionSetting:
    with db.reading() as session:
        tenant = session.get(Tenant, device.tenant_id)
        return RegionSetting(region=tenant.region, share=bool(tenant.share_region))


@router.post(f"{REGION_PATH}/choose", summary="Choose the region and whether to share (administrators; audited)",
             responses={409: {"model": Problem}})
def change_setting(body: RegionSetting, device: Caller, db: Db, request: Request) -> RegionSetting:
    if device.role != "administrator":
        raise ProblemError(403, SETTING_NOT_ALLOWED)
    try:
        with db.writing() as session:
            tenant = session.get(Tenant, device.tenant_id)
            choice, changed = region_settings.set_region(session, tenant, body.region, body.share, by=device)
        if changed:
            request.app.state.region_warmer.changed(device.tenant_id)  # sharing now: its counts made ready
    except AccountError as exc:  # sharing without a region: the choice does not fit together
        raise ProblemError(409, Problem(detail=str(exc), code="region_needed")) from None
    return RegionSetting(region=choice.region, share=choice.share)
