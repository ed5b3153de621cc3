"""The screens fit a municipal laptop: messages never make a form jump, splitters stay where
the user put them, and the client's stage is shown as the records make it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSplitter,
    QTextEdit,
    QWidget,
)

from desktop.views.client.client_form import ClientForm
from desktop.views.common.field_widgets import DateField, FieldSlot
from desktop.views.common.splitter_memory import remember_splitter
from desktop.views.shell.main_window import MainWindow
from domain.errors import FieldError
from tests.gui.conftest import (
    TIMEOUT_MS,
    save_clients,
    settings_file,
    shut_down,
    start_window,
    unlock_window,
)

MESSAGES = ("", "Vereist", "Geen geldige datum: typ dd-mm-jjjj, bijvoorbeeld 05-03-1990. " * 6)


def geometries(root: QWidget) -> dict[str, QRect]:
    """Where every field, its message line, label and section sits, in root's coordinates
    (inside a field only its frame may change: a red border)."""
    found = {}
    for index, widget in enumerate(root.findChildren(QWidget)):
        parts = isinstance(widget, (FieldSlot, QLabel, QGroupBox)) or isinstance(widget.parent(), FieldSlot)
        if parts and widget.isVisible():
            found[f"{index}:{type(widget).__name__}"] = QRect(widget.mapTo(root, widget.rect().topLeft()),
                                                              widget.size())
    return found


def settle(qtbot) -> None:
    qtbot.wait(30)  # layouts are redone from posted events


@pytest.fixture
def form_of_slots(qtbot):
    """Fields of each kind in a form, as the screens lay them out."""
    page = QWidget()
    form = QFormLayout(page)
    slots = [FieldSlot(QLineEdit()), FieldSlot(DateField()), FieldSlot(QComboBox()), FieldSlot(QLineEdit())]
    for number, slot in enumerate(slots):
        form.addRow(f"Veld {number}", slot)
    qtbot.addWidget(page)
    page.resize(420, 300)
    page.show()
    qtbot.waitExposed(page)
    return page, slots


@pytest.mark.parametrize("message", MESSAGES[1:])
def test_a_message_appearing_or_going_moves_nothing(qtbot, form_of_slots, message):
    page, slots = form_of_slots
    settle(qtbot)
    before = geometries(page)
    for slot in slots[:3]:
        slot.set_error(message)
    settle(qtbot)
    shown = geometries(page)
    for slot in slots:
        slot.clear_error()
    settle(qtbot)
    assert shown == before
    assert geometries(page) == before


def test_a_long_message_is_cut_on_screen_and_whole_in_its_tooltip(qtbot, form_of_slots):
    _page, slots = form_of_slots
    message = MESSAGES[2]
    slots[0].set_error(message)
    settle(qtbot)
    assert slots[0].error == message
    assert slots[0].message.toolTip() == message
    assert slots[0].field.toolTip() == message
    shown = super(type(slots[0].message), slots[0].message).text()
    assert shown.endswith("…") and len(shown) < len(message)
    assert slots[0].message.height() == slots[0].message.fontMetrics().height()


def test_the_client_form_does_not_move_when_every_field_is_marked(qtbot):
    form = ClientForm()
    qtbot.addWidget(form)
    form.resize(760, 560)
    form.show()
    qtbot.waitExposed(form)
    content = form.findChild(QWidget, "clientFormContent")
    settle(qtbot)
    before = geometries(content)
    form.show_errors({name: FieldError("required") for name in form.field_order})
    settle(qtbot)
    assert all(form.error(name) for name in form.field_order)
    assert geometries(content) == before
    form.clear_errors()
    settle(qtbot)
    assert geometries(content) == before


# -- splitters -----------------------------------------------------------------------

def make_splitter(qtbot) -> QSplitter:
    splitter = QSplitter()
    splitter.addWidget(QTextEdit())
    splitter.addWidget(QTextEdit())
    qtbot.addWidget(splitter)
    splitter.resize(1000, 400)
    splitter.show()
    qtbot.waitExposed(splitter)
    return splitter


def drag_handle(qtbot, splitter: QSplitter, to_x: int) -> None:
    """Moves the handle as a mouse drag does (moveSplitter is what the handle calls)."""
    splitter.moveSplitter(to_x, 1)
    settle(qtbot)


def test_a_moved_splitter_is_saved_at_once_and_restored_next_time(qtbot, tmp_path):
    from desktop.settings import Settings
    first = make_splitter(qtbot)
    assert not remember_splitter(first, Settings(settings_file(tmp_path)), "panes")
    drag_handle(qtbot, first, 300)
    left = first.sizes()[0]
    assert abs(left - 300) <= first.handleWidth()

    later = make_splitter(qtbot)  # a new start: the settings are read again from the file
    assert remember_splitter(later, Settings(settings_file(tmp_path)), "panes")
    settle(qtbot)
    assert later.sizes()[0] == left


def test_splitters_keep_their_own_place(qtbot, tmp_path):
    from desktop.settings import Settings
    settings = Settings(settings_file(tmp_path))
    one, two = make_splitter(qtbot), make_splitter(qtbot)
    remember_splitter(one, settings, "one")
    remember_splitter(two, settings, "two")
    drag_handle(qtbot, one, 250)
    drag_handle(qtbot, two, 700)
    again = make_splitter(qtbot)
    remember_splitter(again, Settings(settings_file(tmp_path)), "one")
    settle(qtbot)
    assert again.sizes()[0] == one.sizes()[0] != two.sizes()[0]


def test_the_work_page_splitter_comes_back_where_the_user_left_it(qtbot, app_worker, settings, store_dir,
                                                                  tmp_path):
    from desktop.settings import Settings
    from desktop.tasks import DbWorker
    save_clients(store_dir, {"given_names": "Amina", "family_name": "Yusuf"})
    window = start_window(qtbot, app_worker, settings, store_dir)
    window.resize(1280, 720)
    unlock_window(qtbot, window)
    window.splitter.moveSplitter(420, 1)
    settle(qtbot)
    moved = window.splitter.sizes()[0]
    window.lock()  # no close: the move was saved when it happened

    worker = DbWorker()
    try:
        again = MainWindow(worker, Settings(settings_file(tmp_path)), store_dir)
        qtbot.addWidget(again)
        again.resize(1280, 720)
        again.show()
        again.start()
        unlock_window(qtbot, again)
        qtbot.waitUntil(lambda: again.splitter.sizes()[0] == moved, timeout=TIMEOUT_MS)
        again.lock()
    finally:
        shut_down(worker)


# -- the stage follows the records ---------------------------------------------------

@pytest.mark.parametrize("stage", ["koppeling", "overdracht", "intake", "plan"])
def test_a_stage_before_housing_is_shown_and_cannot_be_chosen(qtbot, stage):
    form = ClientForm()
    qtbot.addWidget(form)
    form.set_record({"given_names": "Amina", "family_name": "Yusuf", "stage": stage})
    combo = form.field("stage")
    assert not combo.isEnabled()
    assert [combo.itemData(i) for i in range(combo.count())] == [stage]
    assert form.record()["stage"] == stage


@pytest.mark.parametrize("stage", ["gevestigd", "zelfstandig"])
def test_once_housed_only_zelfstandig_can_be_set(qtbot, stage):
    form = ClientForm()
    qtbot.addWidget(form)
    edited = []
    form.edited.connect(lambda: edited.append(True))
    form.set_record({"given_names": "Amina", "family_name": "Yusuf", "stage": stage,
                     "vestiging_date": "2024-04-15"})
    combo = form.field("stage")
    assert combo.isEnabled() and not edited
    assert [combo.itemData(i) for i in range(combo.count())] == ["gevestigd", "zelfstandig"]
    assert form.record()["stage"] == stage
    other = "zelfstandig" if stage == "gevestigd" else "gevestigd"
    combo.setCurrentIndex(combo.findData(other))
    assert form.record()["stage"] == other and edited


def test_a_new_client_starts_at_koppeling_without_a_choice(qtbot):
    form = ClientForm()
    qtbot.addWidget(form)
    form.clear()
    assert form.record()["stage"] == "koppeling"
    assert not form.field("stage").isEnabled()



# -- dialogs get the height their rows need -------------------------------------------

def test_the_settings_dialog_in_dutch_is_tall_enough_for_every_row(qtbot, worker, settings):
    from PySide6.QtWidgets import QApplication, QMainWindow

    from desktop.app import install_translators
    from desktop.views.shell.settings_dialog import SettingsDialog
    app = QApplication.instance()
    translators = install_translators(app, "nl")  # the Dutch hints wrap to more lines
    try:
        owner = QMainWindow()
        qtbot.addWidget(owner)
        owner.resize(1280, 720)
        owner.show()
        dialog = SettingsDialog(worker, settings, owner)
        dialog.open()
        qtbot.waitExposed(dialog)
        worker.wait_idle()
        settle(qtbot)
        squeezed = [edit.accessibleName() or edit.objectName() for edit in dialog.findChildren(QLineEdit)
                    if edit.isVisible() and not edit.objectName().startswith("qt_")  # a spin box's own
                    and edit.height() < edit.sizeHint().height()]
        assert squeezed == []
        dialog.reject()
    finally:
        for translator in translators:
            app.removeTranslator(translator)
