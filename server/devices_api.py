"""An administrator's devices: GET {API}/devices and POST {API}/devices/{id}/revoke.

Only for the role administrator, and only the devices of the caller's own tenant: a device
of another municipality is answered as unknown, so its id says nothing.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path

from server import auth
from server.accounts import AccountError
from server.api import Caller, Db, require_protocol
from server.caller import SignedInDevice
from server.clock import stamp
from server.problems import NOT_ADMINISTRATOR, UNKNOWN_DEVICE, ProblemError
from sync.protocol import API, TEXT_WITHOUT_NUL, DeviceInfo, DeviceList, Problem

ADMINISTRATOR = "administrator"

router = APIRouter(prefix=API, dependencies=[Depends(require_protocol)],
                   responses={status: {"model": Problem} for status in (401, 403, 422, 426)})


def _administrator(device: SignedInDevice) -> SignedInDevice:
    if device.role != ADMINISTRATOR:
        raise ProblemError(403, NOT_ADMINISTRATOR)
    return device


def _info(row: auth.DeviceRow, caller: SignedInDevice) -> DeviceInfo:
    return DeviceInfo(device_id=row.device_id, name=row.name, username=row.username, display_name=row.display_name,
                      created_at=stamp(row.created_at), last_seen_at=stamp(row.last_seen_at),
                      expires_at=stamp(row.expires_at), revoked_at=stamp(row.revoked_at) if row.revoked_at else None,
                      this_device=row.device_id == caller.device_id)


@router.get("/devices", summary="The signed-in devices of the caller's tenant (administrators)")
def devices(device: Caller, db: Db) -> DeviceList:
    caller = _administrator(device)
    with db.reading() as session:
        rows = auth.list_devices(session, tenant_id=caller.tenant_id)
    return DeviceList(devices=[_info(row, caller) for row in rows])


@router.post("/devices/{device_id}/revoke", summary="Sign a device off: it is refused and removes its records",
             responses={404: {"model": Problem}})
def revoke(device: Caller, db: Db, device_id: Annotated[str, Path(
        max_length=36, pattern=TEXT_WITHOUT_NUL, description="The device to sign off")]) -> DeviceInfo:
    caller = _administrator(device)
    try:
        with db.writing() as session:
            row = auth.revoke_device(session, device_id, tenant_id=caller.tenant_id)
    except AccountError:
        raise ProblemError(404, UNKNOWN_DEVICE) from None
    return _info(row, caller)
