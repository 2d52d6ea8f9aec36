"""The case window's scans: PDF and PNG shown inside the app, a flagged scan destroyed with a
reason, a scan added from the file dialog and a file that is not a scan refused."""

from __future__ import annotations

from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.services import attachments
from app.services.attachments import NewAttachment
from tests.ui.case_view_support import case, click, pdf_bytes, png_bytes, request_id, type_text

__all__ = ["case", "request_id"]  # fixtures


def test_pdf_and_png_scans_are_shown_inside_the_app(qtbot, case, sqlite_ctx, request_id, wait_idle):
    attachments.add(sqlite_ctx, request_id, NewAttachment("letter.pdf", pdf_bytes(3)))
    attachments.add(sqlite_ctx, request_id, NewAttachment("id.png", png_bytes(), is_id_copy=True))
    window = case(request_id)
    panel = window.ui.scansPanel
    viewer = panel.viewer
    qtbot.waitUntil(lambda: viewer.mode == "pdf")
    assert panel.scan_list.count() == 2
    assert window.ui.tabs.tabText(0) == "Scans (2)"
    assert viewer.document.status() == QPdfDocument.Status.Ready
    assert viewer.document.pageCount() == 3
    assert viewer.page_label.text() == "Page 1 of 3"
    click(qtbot, viewer.next_button)
    qtbot.waitUntil(lambda: viewer.current_page() == 1)
    assert viewer.page_label.text() == "Page 2 of 3"
    zoom = viewer.zoom_factor()
    click(qtbot, viewer.zoom_in_button)
    assert viewer.zoom_factor() > zoom
    assert not viewer.fit_button.isChecked()

    assert "flagged for destruction" in panel.scan_list.item(1).text()
    panel.scan_list.setCurrentRow(1)
    qtbot.waitUntil(lambda: viewer.mode == "image")
    assert not viewer.pixmap().isNull()
    assert viewer.pixmap().width() == 300
    assert not viewer.image_label.pixmap().isNull()


def test_destroy_a_flagged_scan_with_a_reason(qtbot, case, sqlite_ctx, request_id, wait_idle):
    scan = attachments.add(
        sqlite_ctx, request_id, NewAttachment("id.png", png_bytes(), is_id_copy=True)
    )
    window = case(request_id)
    panel = window.ui.scansPanel
    qtbot.waitUntil(lambda: panel.viewer.mode == "image")
    click(qtbot, panel.destroy_button)
    assert panel.destroy_bar.isVisible()
    panel.destroy_reason.clear()
    click(qtbot, panel.confirm_destroy_button)
    assert panel.destroy_error.isVisible() and panel.destroy_error.text()
    wait_idle()
    assert attachments.list_for_request(sqlite_ctx, request_id)[0].destroyed_at is None

    type_text(panel.destroy_reason, "ID copy: not to be kept")
    click(qtbot, panel.confirm_destroy_button)
    wait_idle()
    wait_idle()
    assert attachments.list_for_request(sqlite_ctx, request_id)[0].destroyed_at is not None
    assert not panel.destroy_bar.isVisible()
    assert "Destroyed" in panel.scan_list.item(0).text()
    assert panel.viewer.mode == "message"
    assert not panel.destroy_button.isEnabled()
    assert scan.id == panel.scans()[0].id


def test_add_a_scan_from_the_file_dialog_and_a_wrong_file_is_refused(
    qtbot, case, sqlite_ctx, request_id, wait_idle, tmp_path
):
    good = tmp_path / "скан.pdf"
    good.write_bytes(png_bytes())  # named .pdf, but a PNG: the content decides
    bad = tmp_path / "notes.pdf"
    bad.write_text("not a scan")
    window = case(request_id)
    panel = window.ui.scansPanel
    click(qtbot, panel.add_button)
    dialog = panel.findChild(QFileDialog, "addScanDialog")
    assert dialog is not None and dialog.isVisible()
    dialog.selectFile(str(good))
    dialog.accept()
    wait_idle()
    wait_idle()
    scans = attachments.list_for_request(sqlite_ctx, request_id)
    assert [(s.file_name, s.content_type) for s in scans] == [("скан.pdf", "image/png")]
    qtbot.waitUntil(lambda: panel.scan_list.count() == 1 and panel.viewer.mode == "image")

    panel.add_files([str(bad)])
    wait_idle()
    box = panel.findChild(QMessageBox, "errorBox")
    assert box is not None and "not a PDF, JPEG, PNG or TIFF" in box.text()
    assert len(attachments.list_for_request(sqlite_ctx, request_id)) == 1
