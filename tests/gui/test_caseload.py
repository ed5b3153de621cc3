"""The caseload: search, filters, sorting by the store, paging, opening a client, lock."""

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QTableView

from desktop.store.clients import SORT_KEYS
from desktop.views.caseload import caseload_model as cols
from desktop.views.caseload.caseload_view import PAGE_SIZE, CaseloadView
from tests.gui.conftest import TIMEOUT_MS


@pytest.fixture
def people(store):
    """Four clients, two workers. Sorted by family name: Haddad, Osman, Rahimi, Tesfay."""
    km = store.directory.add_worker("Fatima de Vries", "klantmanager", None)
    bg = store.directory.add_worker("Pieter Smit", "begeleider", None)
    ids = {
        "amal": store.clients.create({
            "given_names": "Amal", "family_name": "Haddad", "date_of_birth": "1990-05-01",
            "country_of_origin": "SY", "v_number": "1234567890", "bsn": "111222333",
            "phone": "06-12345678", "stage": "plan", "klantmanager_id": km}),
        "yonas": store.clients.create({
            "given_names": "Yonas", "family_name": "Tesfay", "date_of_birth": "1985-01-20",
            "country_of_origin": "ER", "v_number": "2345678901", "phone": "06 9876 5432",
            "stage": "koppeling", "begeleider_id": bg}),
        "zahra": store.clients.create({
            "given_names": "Zahra", "given_names_usual": "Zara", "family_name": "Rahimi",
            "date_of_birth": "2001-11-30", "country_of_origin": "AF", "bsn": "123456782",
            "stage": "intake"}),
        "bashir": store.clients.create({
            "given_names": "Bashir", "family_name": "Osman", "date_of_birth": "1979-07-07",
            "country_of_origin": "SO", "stage": "koppeling", "klantmanager_id": km}),
    }
    # The stage follows from the records: Amal has a plan, Zahra's intake has begun.
    store.plans.start(ids["amal"], seed_goals=False)
    store.intakes.start(ids["zahra"], {})
    return {"km": km, "bg": bg, **ids}


ALL = ["Amal Haddad", "Bashir Osman", "Zara Rahimi", "Yonas Tesfay"]


def make_view(qtbot, worker) -> CaseloadView:
    view = CaseloadView(worker)
    qtbot.addWidget(view)
    view.resize(1000, 650)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: bool(counts(view) or empty_text(view)), timeout=TIMEOUT_MS)
    return view


def table(view) -> QTableView:
    return view.findChild(QTableView, "caseloadTable")


def names(view) -> list[str]:
    model = table(view).model()
    return [model.index(r, cols.NAME).data() for r in range(model.rowCount())]


def counts(view) -> str:
    return view.findChild(QLabel, "caseloadCounts").text()


def empty_text(view) -> str:
    label = view.findChild(QLabel, "caseloadEmpty")
    return label.text() if label.isVisible() else ""


def search(view) -> QLineEdit:
    return view.findChild(QLineEdit, "caseloadSearch")


def combo(view, name) -> QComboBox:
    return view.findChild(QComboBox, name)


def choose(qtbot, view, name, data) -> None:
    box = combo(view, name)
    qtbot.waitUntil(lambda: box.findData(data) >= 0, timeout=TIMEOUT_MS)
    box.setCurrentIndex(box.findData(data))


def wait_names(qtbot, view, expected) -> None:
    qtbot.waitUntil(lambda: names(view) == expected, timeout=TIMEOUT_MS)


def click_header(qtbot, view, column) -> None:
    header = table(view).horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(x, header.height() // 2))


def test_first_page_shows_rows_and_counts(qtbot, worker, people):
    view = make_view(qtbot, worker)
    wait_names(qtbot, view, ALL)
    # the rows and their number first, the stages' counts just after (they cost half a search)
    qtbot.waitUntil(lambda: counts(view) == "4 clients · Linked (koppeling): 2 · Broad intake: 1 · Plan: 1",
                    timeout=TIMEOUT_MS)
    model = table(view).model()
    amal = [model.index(0, c).data() for c in range(model.columnCount())]
    assert amal[:7] == ["Amal Haddad", "01-05-1990", "Syria", "1234567890", "111222333",
                        "06-12345678", "Plan"]
    qtbot.waitUntil(lambda: model.index(0, cols.KLANTMANAGER).data() == "Fatima de Vries",
                    timeout=TIMEOUT_MS)
    zara = model.index(2, cols.NAME)
    assert "Zahra Rahimi" in zara.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, cols.NAME).data(Qt.ItemDataRole.ToolTipRole) == "Amal Haddad"  # whole, when cut
    assert model.client_id(1) == people["bashir"]


@pytest.mark.parametrize(("typed", "expected"), [
    ("hadd", ["Amal Haddad"]),  # part of a name, any case
    ("zahra", ["Zara Rahimi"]),  # the permit name finds the usual name
    ("2345678901", ["Yonas Tesfay"]),  # V-nummer
    ("123456782", ["Zara Rahimi"]),  # BSN
    ("0698765432", ["Yonas Tesfay"]),  # phone digits, stored with spaces
])
def test_typing_filters_the_list(qtbot, worker, people, typed, expected):
    view = make_view(qtbot, worker)
    wait_names(qtbot, view, ALL)
    qtbot.keyClicks(search(view), typed)
    wait_names(qtbot, view, expected)
    assert counts(view).startswith("1 client")
    qtbot.keyClick(search(view), Qt.Key.Key_Escape)
    assert search(view).text() == ""
    wait_names(qtbot, view, ALL)


def test_stage_worker_and_origin_filters(qtbot, worker, people):
    view = make_view(qtbot, worker)
    choose(qtbot, view, "stageFilter", "koppeling")
    wait_names(qtbot, view, ["Bashir Osman", "Yonas Tesfay"])
    choose(qtbot, view, "stageFilter", None)
    choose(qtbot, view, "workerFilter", people["km"])
    wait_names(qtbot, view, ["Amal Haddad", "Bashir Osman"])
    choose(qtbot, view, "workerFilter", people["bg"])  # a begeleider counts too
    wait_names(qtbot, view, ["Yonas Tesfay"])
    choose(qtbot, view, "workerFilter", None)
    origins = combo(view, "originFilter")
    assert [origins.itemText(i) for i in range(origins.count())] == [
        "All countries", "Afghanistan", "Eritrea", "Somalia", "Syria"]
    choose(qtbot, view, "originFilter", "ER")
    wait_names(qtbot, view, ["Yonas Tesfay"])
    choose(qtbot, view, "stageFilter", "plan")  # filters combine
    qtbot.waitUntil(lambda: "No clients match" in empty_text(view), timeout=TIMEOUT_MS)


def test_header_click_sorts_through_the_store(qtbot, worker, people):
    view = make_view(qtbot, worker)
    wait_names(qtbot, view, ALL)
    click_header(qtbot, view, cols.COUNTRY)  # AF, ER, SO, SY
    wait_names(qtbot, view, ["Zara Rahimi", "Yonas Tesfay", "Bashir Osman", "Amal Haddad"])
    click_header(qtbot, view, cols.COUNTRY)
    wait_names(qtbot, view, ["Amal Haddad", "Bashir Osman", "Yonas Tesfay", "Zara Rahimi"])
    click_header(qtbot, view, cols.DATE_OF_BIRTH)
    wait_names(qtbot, view, ["Bashir Osman", "Yonas Tesfay", "Amal Haddad", "Zara Rahimi"])

    click_header(qtbot, view, cols.PHONE)  # not sortable: the order and the arrow stay
    header = table(view).horizontalHeader()
    assert header.sortIndicatorSection() == cols.DATE_OF_BIRTH
    worker.wait_idle()
    qtbot.wait(50)
    assert names(view) == ["Bashir Osman", "Yonas Tesfay", "Amal Haddad", "Zara Rahimi"]


def test_sortable_columns_map_to_store_sort_keys():
    assert set(cols.SORT_COLUMNS.values()) <= SORT_KEYS.keys()


def test_a_large_caseload_loads_a_page_at_a_time(qtbot, worker, store):
    for i in range(450):
        store.clients.create({"given_names": "Client", "family_name": f"Nummer {i:03d}"})
    view = make_view(qtbot, worker)
    model = table(view).model()
    qtbot.waitUntil(lambda: model.rowCount() == PAGE_SIZE, timeout=TIMEOUT_MS)
    assert counts(view).startswith("450 clients")
    assert model.canFetchMore(QModelIndex())

    table(view).scrollToBottom()  # as the user scrolls, the view asks for the next page
    qtbot.waitUntil(lambda: model.rowCount() == 2 * PAGE_SIZE, timeout=TIMEOUT_MS)
    model.fetchMore(QModelIndex())
    qtbot.waitUntil(lambda: model.rowCount() == 450, timeout=TIMEOUT_MS)
    assert not model.canFetchMore(QModelIndex())
    assert names(view) == [f"Client Nummer {i:03d}" for i in range(450)]


def test_double_click_and_enter_open_the_client(qtbot, worker, people):
    view = make_view(qtbot, worker)
    wait_names(qtbot, view, ALL)
    grid = table(view)
    rect = grid.visualRect(grid.model().index(1, cols.NAME))
    # A real double click starts with a click: the view opens what was pressed.
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(view.open_client, timeout=TIMEOUT_MS) as opened:
        qtbot.mouseDClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [people["bashir"]]

    grid.selectRow(3)
    with qtbot.waitSignal(view.open_client, timeout=TIMEOUT_MS) as opened:
        qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert opened.args == [people["yonas"]]


def test_new_client_button_asks_for_a_new_client(qtbot, worker, people):
    view = make_view(qtbot, worker)
    with qtbot.waitSignal(view.new_client_requested, timeout=TIMEOUT_MS):
        qtbot.mouseClick(view.findChild(QPushButton, "newClient"), Qt.MouseButton.LeftButton)


def test_a_write_through_the_worker_refreshes_and_keeps_the_selection(qtbot, worker, people):
    view = make_view(qtbot, worker)
    wait_names(qtbot, view, ALL)
    table(view).selectRow(2)  # Zara Rahimi
    worker.write(lambda s: s.clients.create({"given_names": "Nadia", "family_name": "Ahmadi",
                                             "country_of_origin": "IR"}),
                 changes={"clients"})
    wait_names(qtbot, view, ["Nadia Ahmadi", *ALL])
    assert counts(view).startswith("5 clients")
    selected = table(view).selectionModel().selectedRows()
    assert [table(view).model().client_id(i.row()) for i in selected] == [people["zahra"]]
    origins = combo(view, "originFilter")
    qtbot.waitUntil(lambda: origins.findData("IR") >= 0, timeout=TIMEOUT_MS)


def test_clear_leaves_no_client_data_and_reload_brings_it_back(qtbot, worker, people):
    view = make_view(qtbot, worker)
    choose(qtbot, view, "workerFilter", people["km"])
    qtbot.keyClicks(search(view), "Haddad")
    wait_names(qtbot, view, ["Amal Haddad"])

    view.clear()
    qtbot.wait(200)  # answers still on their way must not bring anything back
    assert table(view).model().rowCount() == 0
    assert search(view).text() == "" and not search(view).isUndoAvailable()
    shown = [w.text() for w in view.findChildren(QLabel) + view.findChildren(QLineEdit)]
    for box in view.findChildren(QComboBox):
        shown += [box.itemText(i) for i in range(box.count())]
    for secret in ("Amal", "Haddad", "Fatima", "Pieter", "Syria", "1234567890"):
        assert not any(secret in text for text in shown), secret
    assert combo(view, "workerFilter").count() == 1

    view.reload()
    wait_names(qtbot, view, ALL)


def test_empty_states(qtbot, worker):
    view = make_view(qtbot, worker)
    assert empty_text(view) == "No clients yet. Use New client to add the first."
    worker.write(lambda s: s.clients.create({"given_names": "Amal", "family_name": "Haddad"}),
                 changes={"clients"})
    wait_names(qtbot, view, ["Amal Haddad"])
    assert table(view).isVisible() and not empty_text(view)
    qtbot.keyClicks(search(view), "zzz")
    qtbot.waitUntil(lambda: empty_text(view) == "No clients match this search or filter.",
                    timeout=TIMEOUT_MS)


def test_ctrl_f_focuses_the_search(qtbot, worker, people):
    view = make_view(qtbot, worker)
    view.activateWindow()
    qtbot.waitActive(view)
    table(view).setFocus()
    qtbot.keyClick(table(view), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(search(view).hasFocus, timeout=TIMEOUT_MS)


def test_names_and_dates_are_not_cut_in_a_caseload_as_narrow_as_on_a_1280_laptop(qtbot, worker, store):
    long_name = ("Abdulrahman", "Al-Maqtari")
    store.clients.create({"given_names": long_name[0], "family_name": long_name[1],
                          "date_of_birth": "1988-12-28"})
    view = CaseloadView(worker)
    qtbot.addWidget(view)
    view.resize(500, 650)  # the caseload's share of a 1280 px window, from the start
    view.show()
    qtbot.waitExposed(view)
    wait_names(qtbot, view, [" ".join(long_name)])
    grid = table(view)
    qtbot.waitUntil(lambda: grid.width() < 500, timeout=TIMEOUT_MS)
    qtbot.wait(50)  # the header lays its sections out from a posted event
    cells = grid.fontMetrics()
    for column, text in ((cols.NAME, " ".join(long_name)), (cols.DATE_OF_BIRTH, "28-12-1988")):
        assert grid.columnWidth(column) >= cells.horizontalAdvance(text) + 8, column
