"""A label whose text changes every frame lays its window out again only when the text's width changes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QHBoxLayout, QWidget

from nnviz.qt.steady_label import SteadyLabel


class LayoutRequests(QObject):
    """Counts the layout requests a widget receives."""

    def __init__(self, widget: QWidget):
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.count += 1
        return False


@pytest.fixture
def row(qtbot):
    """A shown row with stretch and then the label, as in a status bar."""
    widget = QWidget()
    layout = QHBoxLayout(widget)
    layout.addStretch(1)
    label = SteadyLabel()
    layout.addWidget(label)
    qtbot.addWidget(widget)
    widget.resize(500, 40)
    widget.show()
    qtbot.waitExposed(widget)
    label.update_text("iteration 10 · epoch 1")
    QApplication.processEvents()
    return widget, label


def test_a_text_of_the_same_width_keeps_the_layout(row):
    widget, label = row
    label.update_text("iteration 11 · epoch 1")  # the layout of the first text has run
    QApplication.processEvents()
    assert label.steady
    requests = LayoutRequests(widget)
    for i in range(12, 40):
        label.update_text(f"iteration {i} · epoch 2")
        QApplication.processEvents()
    assert requests.count == 0
    assert label.text() == "iteration 39 · epoch 2"
    assert label.width() == label.sizeHint().width()


def test_a_wider_or_narrower_text_gets_the_width_it_needs(row):
    widget, label = row
    label.update_text("iteration 1000 · epoch 100 · forward · layer 2 · unit 3")
    QApplication.processEvents()
    assert label.width() == label.sizeHint().width()
    assert label.geometry().right() == widget.contentsRect().right() - widget.layout().contentsMargins().right()
    label.update_text("iteration 1001")
    QApplication.processEvents()
    assert label.width() == label.sizeHint().width()


def test_a_new_font_lays_the_label_out_afresh(row):
    _, label = row
    label.update_text("iteration 12 · epoch 1")
    height = label.height()
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    label.setFont(font)
    label.update_text("iteration 13 · epoch 1")
    assert not label.steady
    QApplication.processEvents()
    label.update_text("iteration 14 · epoch 1")
    assert label.steady and label.height() > height
    assert label.width() == label.sizeHint().width()


def test_a_new_font_without_a_new_text_shows_the_whole_text(row, qtbot):
    # Presentation mode's larger font while paused: no step comes to free the label.
    _, label = row
    label.update_text("iteration 12 · epoch 1")
    assert label.steady
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    label.setFont(font)
    qtbot.waitUntil(lambda: label.width() >= label.sizeHint().width())
