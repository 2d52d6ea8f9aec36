"""What the scan viewer and the letter preview share: the zoom steps, fitting a PDF page to the
width of its view, the small toolbar buttons, the keys and Ctrl+wheel."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QWheelEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QToolButton, QWidget

ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0)


def clamp(factor: float) -> float:
    return max(ZOOM_STEPS[0], min(ZOOM_STEPS[-1], factor))


def step_in(current: float) -> float:
    """The next zoom step above ``current``."""
    return next((z for z in ZOOM_STEPS if z > current + 0.01), ZOOM_STEPS[-1])


def step_out(current: float) -> float:
    """The next zoom step below ``current``."""
    smaller = [z for z in ZOOM_STEPS if z < current - 0.01]
    return smaller[-1] if smaller else ZOOM_STEPS[0]


def pdf_fit_factor(document: QPdfDocument, view: QPdfView, page: int) -> float:
    """The zoom at which ``page`` fills the width of ``view`` (what FitToWidth shows)."""
    points = document.pagePointSize(max(0, page))
    if points.width() <= 0:
        return 1.0
    margins = view.documentMargins()
    width = view.viewport().width() - margins.left() - margins.right()
    return max(0.05, width / (points.width() * view.logicalDpiX() / 72.0))


def pdf_view(name: str, document: QPdfDocument, spacing: int) -> QPdfView:
    """A multi-page view of ``document`` fitted to its width."""
    view = QPdfView(objectName=name)
    view.setDocument(document)
    view.setPageMode(QPdfView.PageMode.MultiPage)
    view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
    # Fit-to-width re-fits each time the scroll bar appears or goes, and at some widths
    # it never settles (the window hangs): keep the scroll bar always there.
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
    view.setPageSpacing(spacing)
    view.setStyleSheet("QPdfView { background: #e9e9ec; }")
    return view


def apply_pdf_zoom(view: QPdfView, fit_width: bool, factor: float) -> None:
    if fit_width:
        view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
    else:
        view.setZoomMode(QPdfView.ZoomMode.Custom)
        view.setZoomFactor(factor)


def tool_button(name: str, text: str, tip: str) -> QToolButton:
    button = QToolButton(objectName=name)
    button.setText(text)
    button.setToolTip(tip)
    button.setMinimumSize(QSize(28, 26))
    return button


def bind_keys(widget: QWidget, bindings: Iterable[tuple[object, Callable[[], None]]]) -> None:
    """Shortcuts that work while focus is anywhere inside ``widget``."""
    for keys, slot in bindings:
        shortcut = QShortcut(QKeySequence(keys), widget)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)


def zoom_keys(zoom_in, zoom_out, fit_width, previous_page, next_page) -> list[tuple]:
    """The keys both viewers answer: Ctrl++ / Ctrl+= / Ctrl+-, Ctrl+0, Page Up / Page Down."""
    return [
        (QKeySequence.StandardKey.ZoomIn, zoom_in),
        ("Ctrl+=", zoom_in),
        (QKeySequence.StandardKey.ZoomOut, zoom_out),
        ("Ctrl+0", fit_width),
        (QKeySequence.StandardKey.MoveToPreviousPage, previous_page),
        (QKeySequence.StandardKey.MoveToNextPage, next_page),
    ]


def ctrl_wheel(event: QWheelEvent, zoom_in, zoom_out) -> bool:
    """Zoom on Ctrl+wheel; True when the event was used."""
    if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
        return False
    (zoom_in if event.angleDelta().y() > 0 else zoom_out)()
    return True
