"""A value written inside a circle unit stays inside it, in every theme: the presentation theme's
large type put "−3.00" over the edge of a regression's input circle."""

from __future__ import annotations

import numpy as np
import pytest
from canvas_fakes import FakeSource
from PySide6.QtGui import QColor, QImage, QPainter

from nnviz.core.activations import get_activation
from nnviz.core.layers import Dense
from nnviz.core.losses import get_loss
from nnviz.core.network import Network
from nnviz.core.optimizers import make_optimizer
from nnviz.core.training import Trainer
from nnviz.qt.canvas.paint import NetworkPicture
from nnviz.qt.theme import THEMES
from nnviz.session.canvas.frame import build_frame
from nnviz.session.canvas.layout import LayoutOptions, build_layout


class TextBoxes(QPainter):
    """Notes every static text's centre and width in scene units."""

    def __init__(self, device):
        super().__init__(device)
        self.boxes: list[tuple[str, float, float, float]] = []

    def drawStaticText(self, point, text):  # Qt override
        width = text.size().width()
        self.boxes.append((text.text(), point.x() + width / 2, point.y() + text.size().height() / 2, width))
        return super().drawStaticText(point, text)


@pytest.mark.parametrize("theme", THEMES.values(), ids=lambda t: t.name)
def test_a_value_inside_a_circle_is_narrower_than_the_circle(qapp, theme):
    net = Network(1, [Dense(np.array([[0.5116]]), np.array([0.9679]), get_activation("identity"))])
    x, t = np.array([[-3.0], [2.0]]), np.array([[1.0], [-2.0]])
    trainer = Trainer(
        net, get_loss("mae"), make_optimizer("sgd"), x, t, batch_size=2, rng=np.random.default_rng(0)
    )
    source = FakeSource(net, trainer.step())
    layout = build_layout(net, LayoutOptions(text_scale=theme.font_scale))
    view = source.step_view()
    picture = NetworkPicture(theme)
    picture.prepare(layout, build_frame(view, layout), view, "values", None)
    left, top, width, height = layout.bounds
    image = QImage(int(width) + 1, int(height) + 1, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(theme.background))
    p = TextBoxes(image)
    p.translate(-left, -top)
    picture.paint(p)
    p.end()
    inside = [
        (text, w, u.r)
        for u in picture.units
        if u.heat is None and u.text
        for text, cx, cy, w in p.boxes
        if text == u.text and abs(cx - u.x) < 1 and abs(cy - u.y) < 1
    ]
    assert any(text == "−3.00" for text, _, _ in inside)
    for text, w, r in inside:
        assert w <= 1.75 * r, (text, w, r)
