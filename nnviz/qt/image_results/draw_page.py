"""The Draw tab's widgets: the pad, the class probability bars, the class it shows, and the
buttons Trace it, Clear and Load PNG…. What they do is wired by the results panel
(:mod:`.panel`), which shares the widgets as its own attributes."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from nnviz.qt.i18n import translate
from nnviz.qt.image_results.bars import ProbabilityBars
from nnviz.qt.image_results.pictures import DrawPad
from nnviz.qt.plots.style import caption_label
from nnviz.qt.theme import Theme


def _button(text: str, name: str, tip: str = "") -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setToolTip(tip)
    return button


class DrawPage(QWidget):
    """The pad on the left; the caption, bars, class and buttons on the right."""

    def __init__(self, theme: Theme, parent: QWidget | None = None):
        super().__init__(parent)
        self.pad = DrawPad(theme)
        self.bars = ProbabilityBars(theme)
        self.caption = caption_label(theme)
        self.clear = _button(translate("image_results", "Clear"), "clear_pad")
        self.load = _button(
            translate("image_results", "Load PNG…"),
            "load_pad_picture",
            translate(
                "image_results",
                "Put a picture file on the pad: made grey, dark strokes on light paper turned bright as in the "
                "data, averaged down to the pad's cells and scaled to the data's values",
            ),
        )
        self.trace = _button(
            translate("image_results", "Trace it"),
            "trace_pad",
            translate(
                "image_results",
                "Make this picture the traced sample: the canvas, the inspector and the softmax bars follow its "
                "forward pass as you step (it is not trained on)",
            ),
        )
        self.trace.setCheckable(True)
        self.label = QSpinBox()
        self.label.setObjectName("pad_label")
        self.label.setToolTip(
            translate("image_results", "The class the picture shows (for a test picture, its own)")
        )
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.caption)
        side_layout.addWidget(self.bars, 1)
        shows = QHBoxLayout()
        shows.addWidget(QLabel(translate("image_results", "It shows")))
        shows.addWidget(self.label, 1)
        side_layout.addLayout(shows)
        buttons = QHBoxLayout()
        for button in (self.trace, self.clear, self.load):
            buttons.addWidget(button, 1)
        side_layout.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.pad, 1)
        layout.addWidget(side, 1)
