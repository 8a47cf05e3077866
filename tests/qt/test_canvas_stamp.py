"""Stamps: a rarely changing part of the canvas, painted once and drawn again as a pixmap."""

from __future__ import annotations

import numpy as np
import pytest
from canvas_fakes import FakeSource, network, xor_data
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QPen

from nnviz.core.losses import get_loss
from nnviz.core.optimizers import make_optimizer
from nnviz.core.training import Trainer
from nnviz.qt.canvas.legend import legend_rect, paint_legend
from nnviz.qt.canvas.paint import NetworkPicture, heads_rect
from nnviz.qt.canvas.stamp import KEPT, Stamp
from nnviz.qt.theme import LIGHT, PRESENTATION
from nnviz.session.canvas.frame import build_frame
from nnviz.session.canvas.layout import LayoutOptions, build_layout

RECT = QRectF(10.0, 20.0, 140.0, 40.0)


def draw_part(p: QPainter) -> None:
    """Text and lines inside :data:`RECT`, like the legend."""
    p.setPen(QPen(QColor("#2166ac"), 2.5))
    p.drawLine(QPointF(14.0, 30.0), QPointF(60.0, 52.0))
    p.setFont(LIGHT.font(11))
    p.setPen(QColor("#1f2430"))
    p.drawText(QPointF(64.0, 45.0), "w 0.5")


def painted(paint, scale: float = 1.7, offset: tuple[float, float] = (3.3, 5.6), size=(260, 140)) -> np.ndarray:
    image = QImage(*size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("#ffffff"))
    p = QPainter(image)
    p.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    p.translate(*offset)
    p.scale(scale, scale)
    paint(p)
    p.end()
    return np.frombuffer(image.constBits(), np.uint8).reshape(size[1], size[0], 4).astype(int)


def test_a_stamp_looks_like_the_part_painted_directly(qapp):
    stamp = Stamp()
    direct = painted(draw_part)
    stamped = painted(lambda p: stamp.paint(p, RECT, ("key",), draw_part))
    assert (direct[..., :3] < 200).sum() > 100  # something was drawn
    assert np.abs(direct - stamped).max() <= 4


def test_a_stamp_paints_again_only_when_its_key_or_the_view_changes(qapp):
    stamp, calls = Stamp(), []

    def draw(p: QPainter) -> None:
        calls.append(1)
        draw_part(p)

    painted(lambda p: stamp.paint(p, RECT, ("weight", 0.5), draw))
    painted(lambda p: stamp.paint(p, RECT, ("weight", 0.5), draw))
    assert len(calls) == 1
    painted(lambda p: stamp.paint(p, RECT, ("weight", 1.0), draw))
    assert len(calls) == 2
    painted(lambda p: stamp.paint(p, RECT, ("weight", 1.0), draw), offset=(3.8, 5.6))
    assert len(calls) == 3
    painted(lambda p: stamp.paint(p, RECT, ("weight", 1.0), draw), scale=2.0)
    assert len(calls) == 4


def test_a_rotated_view_paints_the_part_directly(qapp):
    stamp, calls = Stamp(), []

    def rotated(p: QPainter) -> None:
        p.rotate(10.0)
        stamp.paint(p, RECT, ("key",), lambda q: calls.append(1))

    painted(rotated)
    painted(rotated)
    assert len(calls) == 2


def heads(picture: NetworkPicture, p: QPainter) -> None:
    picture.paint_heads(p, {(1, -1): "selection"})  # a selected bias unit: a wider ring


def legend(picture: NetworkPicture, p: QPainter) -> None:
    paint_legend(p, picture.theme, picture.layout, picture.frame)


@pytest.mark.parametrize("theme", [LIGHT, PRESENTATION], ids=lambda t: t.name)
@pytest.mark.parametrize(
    ("part", "rect_of"), [(legend, legend_rect), (heads, heads_rect)], ids=["legend", "heads"]
)
def test_a_stamped_part_lies_inside_the_rect_its_stamp_covers(qapp, theme, part, rect_of):
    net = network([2, 6, 6, 1])
    trainer = Trainer(
        net, get_loss("bce"), make_optimizer("sgd"), *xor_data(), batch_size=4, rng=np.random.default_rng(0)
    )
    source = FakeSource(net, trainer.step())
    layout = build_layout(net, LayoutOptions(text_scale=theme.font_scale))
    picture = NetworkPicture(theme)
    view = source.step_view()
    picture.prepare(layout, build_frame(view, layout), view, "off", None)
    left, top, width, height = layout.bounds
    margin = 200

    def paint(p: QPainter) -> None:
        p.translate(margin - left, margin - top)
        part(picture, p)

    image = painted(paint, scale=1.0, offset=(0.0, 0.0), size=(int(width) + 2 * margin, int(height) + 2 * margin))
    ink = (image[..., :3] < 250).any(axis=2)
    rect = rect_of(layout).translated(margin - left, margin - top)
    inside = np.zeros_like(ink)
    inside[int(rect.top()) : int(np.ceil(rect.bottom())), int(rect.left()) : int(np.ceil(rect.right()))] = True
    assert ink.sum() > 100
    assert not (ink & ~inside).any()


def test_a_stamp_keeps_the_pictures_of_its_last_keys(qapp):
    # The legend's scale goes back and forth between a few round numbers while training.
    stamp, calls = Stamp(), []

    def draw(p: QPainter) -> None:
        calls.append(1)
        draw_part(p)

    for scale in (0.5, 1.0, 0.5, 1.0, 0.5):
        painted(lambda p, scale=scale: stamp.paint(p, RECT, ("weight", scale), draw))
    assert len(calls) == 2
    for i in range(KEPT):
        painted(lambda p, i=i: stamp.paint(p, RECT, ("gradient", i), draw))
    assert len(calls) == 2 + KEPT
    painted(lambda p: stamp.paint(p, RECT, ("weight", 0.5), draw))  # the oldest were let go
    assert len(calls) == 3 + KEPT


@pytest.mark.parametrize("theme", [LIGHT, PRESENTATION], ids=lambda t: t.name)
def test_a_live_frame_draws_a_new_traced_sample_without_painting_the_legend_again(qapp, theme):
    """During a live run the traced sample changes with every iteration: only its name is drawn
    again, and the legend looks as painted directly (the large type puts the name in a title)."""
    net = network([2, 6, 6, 1])
    trainer = Trainer(
        net, get_loss("bce"), make_optimizer("sgd"), *xor_data(), batch_size=4, rng=np.random.default_rng(0)
    )
    source = FakeSource(net, trainer.step())
    layout = build_layout(net, LayoutOptions(text_scale=theme.font_scale))
    view = source.step_view()
    left, top, width, height = layout.bounds
    rect = legend_rect(layout).translated(-left, -top)

    def legend_area(picture: NetworkPicture, fast: bool) -> np.ndarray:
        image = painted(
            lambda p: (p.translate(-left, -top), picture.paint(p, fast=fast)),
            scale=1.0,
            offset=(0.0, 0.0),
            size=(int(width) + 1, int(height) + 1),
        )
        return image[int(rect.top()) : int(rect.bottom()), int(rect.left()) : int(rect.right())]

    live = NetworkPicture(theme)
    live.live = True
    renders = []
    render = live._legend._render
    live._legend._render = lambda *a: (renders.append(1), render(*a))[1]
    direct = NetworkPicture(theme)
    areas = []
    for sample in ("sample 3", "sample 117"):
        frame = build_frame(view, layout)
        frame.sample = sample
        for picture in (live, direct):
            picture.prepare(layout, frame, view, "off", None)
        stamped, painted_directly = legend_area(live, True), legend_area(direct, False)
        assert np.abs(stamped - painted_directly).max() <= 8
        areas.append(stamped)
    assert len(renders) == 1
    assert np.abs(areas[0] - areas[1]).max() > 100  # the new name is there
