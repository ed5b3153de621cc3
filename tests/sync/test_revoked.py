"""A device an administrator signed off: its next sync raises DeviceRevoked (and nothing else does),
and the wipe the desktop's sync service runs leaves no file of the store and no secret in the keyring."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import update

from desktop.store import CaseloadQuery
from desktop.store.wipe import store_files, wipe_store
from desktop.sync_service import forget_revoked_device
from server import auth
from server.clock import utcnow
from server.models import Device as DeviceRow
from sync.errors import DeviceRevoked, NotSignedIn


def _revoke(tenant, device_id: str) -> None:
    with tenant.db.writing() as session:
        auth.revoke_device(session, device_id)


def _device_id(device) -> str:
    from desktop.store.sync_state import DEVICE_ID, read_value
    with device.store.engine.connect() as conn:
        return read_value(conn, DEVICE_ID)


def test_a_revoked_device_is_refused_and_the_wipe_removes_every_file_and_keyring_entry(
        memory_keyring, tenant, devices):
    laptop, desktop = devices.new("laptop"), devices.new("desktop")  # one person, two devices
    laptop.store.clients.create({"given_names": "Amina", "family_name": "Haddad"})
    laptop.sync()
    laptop.store.remember_on_device()
    laptop.store.clients.create({"given_names": "Nog", "family_name": "Niet Verstuurd"})  # still in the outbox
    folder = laptop.store.data_dir
    assert {p.name for p in store_files(folder)} >= {"ketenplan.db", "ketenplan.key"}
    # the quick-unlock key and the device token, both kept in the keyring
    assert {service for service, _ in memory_keyring.secrets} == {"Ketenplan", "Ketenplan sync"}

    _revoke(tenant, _device_id(laptop))
    with pytest.raises(DeviceRevoked) as refused:
        laptop.sync()
    assert refused.value.code == "device_revoked" and "signed it off" in refused.value.message
    assert not isinstance(refused.value, NotSignedIn)

    # What the sync service runs: the token goes while the store is open, then the closed store goes.
    forget_revoked_device(laptop.store)
    laptop.store.close()
    removed = wipe_store(folder)
    assert "ketenplan.key" in {p.name for p in removed}
    assert store_files(folder) == [] and not folder.exists()
    assert not any(service in ("Ketenplan", "Ketenplan sync") and account.startswith(laptop.store.store_id)
                   for service, account in memory_keyring.secrets)

    desktop.sync()  # the other device syncs on, and has what the signed-off laptop sent before
    assert desktop.store.clients.search(CaseloadQuery(text="haddad")).total == 1


def test_wiping_leaves_what_else_is_in_the_folder(tmp_path, store):
    folder = store.data_dir
    (folder / "notities.txt").write_text("van iemand anders")
    store.close()
    wipe_store(folder)
    assert store_files(folder) == [] and sorted(p.name for p in folder.iterdir()) == ["notities.txt"]


def test_an_expired_or_unknown_token_is_not_taken_for_a_revoked_device(tenant, devices):
    laptop = devices.new("laptop")
    with tenant.db.writing() as session:
        session.execute(update(DeviceRow).where(DeviceRow.id == _device_id(laptop))
                        .values(expires_at=utcnow() - timedelta(seconds=1)))
    with pytest.raises(NotSignedIn) as refused:
        laptop.sync()
    assert not isinstance(refused.value, DeviceRevoked) and refused.value.code == "not_signed_in"
    assert laptop.store.sync.last_error()["code"] == "not_signed_in"
    assert store_files(laptop.store.data_dir)  # nothing removed
