"""Signing devices off, on screen, against a real server and real encrypted stores: an administrator
signs a colleague's laptop off in the devices dialog; a signed-off laptop tells its user, removes its
store and comes back at the first start; too many failed sign-ins are told in the sign-in dialog."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QTableView
from sqlalchemy import delete

from desktop.store import CaseloadQuery, store_exists
from desktop.store.sync_state import DEVICE_ID, read_value
from desktop.store.wipe import store_files
from server import accounts, auth, throttle
from server.models import LoginAttempt
from sync.errors import DeviceRevoked
from tests.conftest import new_store
from tests.gui.conftest import TIMEOUT_MS
from tests.gui.test_first_start import go_offline
from tests.gui.test_sync_ui import SYNC_MS, enrolled_store, open_window, store_value
from tests.sync import conftest as sync_fixtures
from tests.sync.conftest import PASSWORD

quick_hashes, sync_server = sync_fixtures.quick_hashes, sync_fixtures.sync_server
tenant, devices = sync_fixtures.tenant, sync_fixtures.devices


def _message_box(name: str) -> QMessageBox | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.objectName() == name and widget.isVisible():
            return widget
    return None


def _device_id(store) -> str:
    with store.engine.connect() as conn:
        return read_value(conn, DEVICE_ID)


def _administrator(tenant) -> str:
    username = f"beheer-{uuid.uuid4().hex[:8]}"
    with tenant.db.writing() as session:
        t = accounts.find_tenant(session, tenant.tenant_id)
        accounts.create_user(session, t, None, username, "Bea Beheer", "administrator", PASSWORD)
    return username


def test_a_signed_off_laptop_says_so_removes_its_store_and_returns_to_the_first_start(
        qtbot, memory_keyring, app_worker, settings, store_dir, tenant):
    store = enrolled_store(store_dir, tenant.url, tenant.usernames["vluchtelingenwerk"])
    store.clients.create({"given_names": "Tesfay", "family_name": "Haile"})
    store.close()
    window = open_window(qtbot, app_worker, settings, store_dir)
    store_value(qtbot, app_worker, lambda s: s.remember_on_device())
    assert {service for service, _ in memory_keyring.secrets} == {"Ketenplan", "Ketenplan sync"}
    device_id = store_value(qtbot, app_worker, _device_id)
    assert not window.devices_action.isVisible()  # a begeleider sees no devices

    with tenant.db.writing() as session:
        auth.revoke_device(session, device_id)
    window.sync_now()
    qtbot.waitUntil(lambda: _message_box("signedOffNotice") is not None, timeout=SYNC_MS)
    notice = _message_box("signedOffNotice")
    assert notice.text() == "This device was signed off by the administrator; the data on it is removed."
    caseload = window.caseload.findChild(QTableView, "caseloadTable")
    assert window.is_locked and caseload.model().rowCount() == 0  # the client list left the screen

    qtbot.waitUntil(lambda: window.welcome_page is not None and window.pages.currentWidget() is window.welcome_page,
                    timeout=SYNC_MS)
    assert store_files(store_dir) == [] and not store_exists(store_dir)
    assert memory_keyring.secrets == {}  # neither the key nor the token is left behind
    assert notice.isVisible()  # it stays until read
    qtbot.mouseClick(notice.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    # A fresh start on this laptop works as a first start does.
    go_offline(qtbot, window)
    window.setup_page.fields.new_edit.setText("een nieuwe zin voor deze laptop")
    window.setup_page.fields.confirm_edit.setText("een nieuwe zin voor deze laptop")
    with qtbot.waitSignal(window.caseload_shown, timeout=TIMEOUT_MS):
        window.setup_page.create_store()
    assert store_exists(store_dir)
    assert store_value(qtbot, app_worker, lambda s: s.clients.search(CaseloadQuery()).total) == 0


def test_an_administrator_signs_a_colleagues_laptop_off_in_the_devices_dialog(
        qtbot, app_worker, settings, store_dir, tenant, devices):
    colleague = devices.new("laptop-sanne", "gemeente")
    admin = _administrator(tenant)
    enrolled_store(store_dir, tenant.url, admin).close()
    window = open_window(qtbot, app_worker, settings, store_dir)
    qtbot.waitUntil(window.devices_action.isVisible, timeout=TIMEOUT_MS)

    dialog = window.open_devices()
    table = dialog.table
    qtbot.waitUntil(lambda: table.rowCount() == 2, timeout=SYNC_MS)
    rows = {table.item(r, 0).text(): r for r in range(table.rowCount())}
    assert set(rows) == {"laptop-sanne", "Laptop begeleider (this device)"}
    assert table.item(rows["laptop-sanne"], 1).text() == f"Sanne de Vries ({tenant.usernames['gemeente']})"
    assert table.item(rows["laptop-sanne"], 4).text() == "Signed in"

    table.selectRow(rows["Laptop begeleider (this device)"])
    assert not dialog.revoke_button.isEnabled()  # not its own: that is what locking and the passphrase are for
    table.selectRow(rows["laptop-sanne"])
    assert dialog.revoke_button.isEnabled()
    qtbot.mouseClick(dialog.revoke_button, Qt.MouseButton.LeftButton)
    question = _message_box("confirmSignOff")
    assert question is not None and "laptop-sanne of Sanne de Vries" in question.text()
    sign_off = next(b for b in question.buttons() if b.text() == "Sign off")
    qtbot.mouseClick(sign_off, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: table.rowCount() == 2 and any(
        table.item(r, 4).text().startswith("Signed off today") for r in range(2)), timeout=SYNC_MS)
    signed_off = next(r for r in range(2) if table.item(r, 0).text() == "laptop-sanne")
    assert table.item(signed_off, 4).text().startswith("Signed off today")
    with pytest.raises(DeviceRevoked):
        colleague.sync()


def test_the_sign_in_dialog_says_when_to_try_again_after_too_many_failures(
        qtbot, app_worker, settings, store_dir, tenant):
    new_store(store_dir).close()
    window = open_window(qtbot, app_worker, settings, store_dir)
    name = tenant.usernames["gemeente"]
    for _ in range(throttle.MAX_PER_USER):  # typed wrong elsewhere, a few minutes ago
        throttle.failed(tenant.db, name, "192.0.2.44")
    try:
        window.sync_now()  # not signed in: the way to sign in
        dialog = window._sync_dialogs["sign_in"]
        dialog.address_edit.setText(tenant.url)
        dialog.username_edit.setText(name)
        dialog.password_edit.setText(PASSWORD)  # even the right password waits
        qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "Too many" in dialog.message.text(), timeout=SYNC_MS)
        assert dialog.message.text().endswith("Too many failed sign-ins. Try again in 15 minutes.")
        assert not window.sync_service.status.enrolled
    finally:
        with tenant.db.writing() as session:
            session.execute(delete(LoginAttempt))
