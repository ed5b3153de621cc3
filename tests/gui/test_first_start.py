"""The first start in the real window on a fresh data folder: how to work (the chain's server or
offline), the passphrase with its rules, and on the server path the sign-in against a real
server on loopback with only the password left to type."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.store import CaseloadQuery, store_exists
from tests.gui.conftest import TIMEOUT_MS, start_window
from tests.gui.test_sync_ui import SYNC_MS, store_value
from tests.sync import conftest as sync_fixtures
from tests.sync.conftest import PASSWORD

quick_hashes, sync_server = sync_fixtures.quick_hashes, sync_fixtures.sync_server
tenant, devices = sync_fixtures.tenant, sync_fixtures.devices
GOOD = "fietsen langs de vecht in juni"


def go_offline(qtbot, window) -> None:
    """Step 1 of a first start: work offline, on to the passphrase."""
    welcome = window.welcome_page
    qtbot.waitUntil(lambda: window.pages.currentWidget() is welcome, timeout=TIMEOUT_MS)
    welcome.offline_choice.setChecked(True)
    qtbot.mouseClick(welcome.next_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.setup_page


def _create_store(qtbot, window) -> None:
    fields = window.setup_page.fields
    fields.new_edit.setFocus()
    qtbot.keyClicks(fields.new_edit, GOOD)
    qtbot.keyClicks(fields.confirm_edit, GOOD)
    with qtbot.waitSignal(window.caseload_shown, timeout=TIMEOUT_MS):
        qtbot.keyClick(fields.confirm_edit, Qt.Key.Key_Return)


def test_offline_the_first_start_asks_how_then_the_passphrase_with_its_rules(qtbot, app_worker, settings, store_dir):
    window = start_window(qtbot, app_worker, settings, store_dir)
    welcome = window.welcome_page
    assert window.pages.currentWidget() is welcome
    assert "chain's server" in welcome.server_choice.text() and "offline" in welcome.offline_choice.text()
    assert not welcome.server_choice.isChecked() and not welcome.offline_choice.isChecked()  # asked, not assumed
    assert not welcome.next_button.isEnabled()
    assert not store_exists(store_dir)  # nothing made by looking

    go_offline(qtbot, window)
    policy = window.setup_page.policy.text()
    assert "at least 12 characters" in policy and "Nobody can reset it" in policy
    _create_store(qtbot, window)
    assert window.pages.currentWidget() is window.work_page and store_exists(store_dir)
    assert "sign_in" not in window._sync_dialogs  # offline: no sign-in asked
    assert not window.sync_service.status.enrolled


def test_on_the_server_path_only_the_password_is_left_after_the_passphrase(
        qtbot, app_worker, settings, store_dir, tenant, devices):
    colleague = devices.new("gemeente", "gemeente")
    colleague.store.clients.create({"given_names": "Amina", "family_name": "Haddad"})
    colleague.sync()
    window = start_window(qtbot, app_worker, settings, store_dir)
    welcome = window.welcome_page
    qtbot.waitUntil(lambda: window.pages.currentWidget() is welcome, timeout=TIMEOUT_MS)

    qtbot.keyClicks(welcome.address_edit, "http://ketenplan.example.nl")  # plain http elsewhere: refused
    assert welcome.server_choice.isChecked()  # typing an address chose the server
    assert welcome.address_problem.isVisible() and "Plain http://" in welcome.address_problem.text()
    welcome.address_edit.setText(tenant.url)
    qtbot.keyClicks(welcome.username_edit, tenant.usernames["gemeente"])
    assert welcome.next_button.isEnabled()
    qtbot.keyClick(welcome.username_edit, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.setup_page

    _create_store(qtbot, window)
    dialog = window._sync_dialogs["sign_in"]
    assert dialog.isVisible()
    assert dialog.address_edit.text() == tenant.url and dialog.username_edit.text() == tenant.usernames["gemeente"]
    qtbot.waitUntil(dialog.password_edit.hasFocus, timeout=TIMEOUT_MS)
    qtbot.keyClicks(dialog.password_edit, PASSWORD)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.message.text() == "Signed in as Sanne de Vries. Everything is synced.",
                    timeout=SYNC_MS)
    assert window.sync_service.status.enrolled
    rows = store_value(qtbot, app_worker, lambda s: s.clients.search(CaseloadQuery("Haddad")).rows)
    assert [r["given_names"] for r in rows] == ["Amina"]
