"""The regional comparison's "Report (PDF)..." button: off until there are figures, then the export
dialog's path gets the PDF of exactly the figures the screen holds, and the export log says so."""

from __future__ import annotations

from datetime import UTC, datetime

from desktop.monitoring.region_copy import RegionCopy
from desktop.views.monitoring import region_view as region_module
from desktop.views.monitoring.region_view import RegionView
from tests.arrival.card_pdf import page_image, pdf_text
from tests.gui.conftest import TIMEOUT_MS
from tests.monitoring.region_sample import NAMES, sample_figures


def test_the_report_button_writes_the_figures_shown_through_the_export_dialog(qtbot, worker, store, tmp_path,
                                                                              monkeypatch):
    view = RegionView(worker)
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    assert not view.report_button.isEnabled(), "nothing to print before figures came"
    view._show_copy(RegionCopy(sample_figures(), datetime(2026, 3, 1, 8, 15, tzinfo=UTC)))
    assert view.report_button.isEnabled()

    asked = []

    def ask(parent, title, name, name_filter, suffix):
        asked.append((name, suffix))
        return str(tmp_path / "regio.pdf")
    monkeypatch.setattr(region_module, "ask_export_path", ask)
    view.report_button.click()
    qtbot.waitUntil(lambda: (tmp_path / "regio.pdf").exists() and view.report_button.isEnabled(), timeout=TIMEOUT_MS)
    assert asked == [("regiovergelijking-2026-03-01.pdf", ".pdf")]
    text = " ".join(pdf_text(tmp_path / "regio.pdf").split())
    assert all(name in text for name in NAMES) and "Regio Testland" in text
    assert "Report saved" in view.status.text()
    log = worker.call(lambda s: s.export_log.entries()).result()
    assert log[0]["kind"] == "monitoring" and log[0]["files"] == ["regio.pdf"]
    if __import__("os").environ.get("REGION_REPORT_PNG"):  # to look at the screen and the printed page
        view.grab().save(str(tmp_path / "region-view.png"))
        page_image(tmp_path / "regio.pdf", 0, 110).save(str(tmp_path / "region-report.png"))

    # cancelled: nothing written, the button back
    monkeypatch.setattr(region_module, "ask_export_path", lambda *a: None)
    view.report_button.click()
    assert view.report_button.isEnabled()
