"""The zoom both PDF viewers share (the scan viewer of a case and the letter preview)."""

from __future__ import annotations

import io

import pytest

from app.ui.widgets import zoom
from app.ui.widgets.pdf_preview import PdfPreview
from app.ui.widgets.scan_viewer import ScanViewer


def pdf_bytes() -> bytes:
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out)
    for n in range(2):
        c.drawString(72, 760, f"Page {n + 1}")
        c.showPage()
    c.save()
    return out.getvalue()


def test_the_steps_go_up_and_down_and_stop_at_the_ends():
    assert zoom.step_in(1.0) == 1.25 and zoom.step_out(1.0) == 0.9
    assert zoom.step_in(1.1) == 1.25 and zoom.step_out(1.1) == 1.0
    assert zoom.step_in(4.0) == 4.0 and zoom.step_out(0.25) == 0.25
    assert zoom.clamp(9) == 4.0 and zoom.clamp(0.01) == 0.25


@pytest.mark.parametrize("make", [ScanViewer, PdfPreview])
def test_both_viewers_zoom_by_the_same_steps(qtbot, make):
    viewer = make()
    qtbot.addWidget(viewer)
    viewer.resize(600, 500)
    viewer.show()
    shown = viewer.show_pdf(pdf_bytes()) if make is ScanViewer else viewer.set_pdf(pdf_bytes())
    assert shown
    viewer.set_zoom(1.0)
    viewer.zoom_in()
    assert viewer.zoom_factor() == 1.25
    viewer.zoom_out()
    viewer.zoom_out()
    assert viewer.zoom_factor() == 0.9
    assert viewer.zoom_label.text() == "90%"
    viewer.fit_width()
    assert viewer.fit_button.isChecked()
    assert 0.05 <= viewer.zoom_factor() <= 4.0
