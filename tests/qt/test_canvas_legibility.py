"""Text that names the picture is readable however small the canvas is fitted: the digits CNN at
1366×768 and 1920×1080, the Wide&Deep table and the spiral at 1366×768, in every theme, measured as
each text's font pixel size times the painter's scale as the canvas paints it. The layer captions,
the legend titles, the loss box and the Wide&Deep lane names come out at
:data:`~nnviz.session.canvas.readable.READABLE_PX` (8 px) or more — each enlarged by its own
means (paint-time growth, the layout's label scale, the lanes laid out again), all by one rule,
:func:`~nnviz.session.canvas.readable.readable_scale` — and no text is drawn as a smudge under 4.5 px."""

from __future__ import annotations

import numpy as np
import pytest
from canvas_fakes import FakeSource, network, xor_data
from PySide6.QtCore import QStandardPaths
from PySide6.QtGui import QColor, QImage, QPainter

from nnviz.core.losses import get_loss
from nnviz.core.optimizers import make_optimizer
from nnviz.core.training import Trainer
from nnviz.presets import load_experiment
from nnviz.qt.app import App
from nnviz.qt.canvas.paint import NetworkPicture
from nnviz.qt.canvas.text import MIN_PX, draw_text
from nnviz.qt.theme import LIGHT, THEMES, apply_to_application
from nnviz.session.canvas.frame import build_frame
from nnviz.session.canvas.layout import LayoutOptions, build_layout
from nnviz.session.canvas.readable import READABLE_PX
from nnviz.session.events import Granularity
from nnviz.session.workspace import Workspace


class RecordingPainter(QPainter):
    """A painter that notes every text drawn through it with its size on the device."""

    def __init__(self, device):
        super().__init__(device)
        self.texts: list[tuple[str, float]] = []

    def drawStaticText(self, *args):  # Qt override
        scale = self.worldTransform().m11()
        self.texts.append((args[-1].text(), self.font().pixelSize() * scale))
        return super().drawStaticText(*args)

    def drawText(self, *args):  # Qt override
        text = next(a for a in args if isinstance(a, str))
        self.texts.append((text, self.font().pixelSize() * self.worldTransform().m11()))
        return super().drawText(*args)


@pytest.fixture(autouse=True)
def _light_afterwards():
    """A window in another theme restyles the whole application: give the next test it back."""
    yield
    apply_to_application(LIGHT)


def _drawn_texts(canvas) -> list[tuple[str, float]]:
    image = QImage(canvas.viewport().size(), QImage.Format.Format_ARGB32)
    painter = RecordingPainter(image)
    painter.setWorldTransform(canvas.viewportTransform())
    canvas.picture.paint(painter, fast=False)
    painter.end()
    return painter.texts


CASES = [
    ("digits-cnn", (1366, 768)),
    ("digits-cnn", (1920, 1080)),
    ("wide-and-deep", (1366, 768)),
    ("spiral", (1366, 768)),
]


@pytest.mark.parametrize(("preset", "size"), CASES, ids=[f"{p}-{w}x{h}" for p, (w, h) in CASES])
@pytest.mark.parametrize("theme", ["light", "dark", "presentation"])
def test_the_canvas_names_its_parts_at_8_px_and_draws_no_smudge(qtbot, preset, size, theme):
    QStandardPaths.setTestModeEnabled(True)
    ws = Workspace(load_experiment(preset))
    ws.run(3)
    ws.step(Granularity.PHASE)  # the forward pass revealed: values and the loss box's number
    ws.step(Granularity.UNIT)
    app = App(ws, theme=THEMES[theme])
    qtbot.addWidget(app.window)
    app.window.resize(*size)
    app.window.show()
    qtbot.waitExposed(app.window)
    window = app.window

    def laid_out() -> bool:
        """The docks at their default sizes; presenting, every dock beside the canvas."""
        if window.presenting:
            return app.canvas.height() > 0.85 * window.centralWidget().parentWidget().height()
        return not window._sizes_pending

    qtbot.waitUntil(laid_out)
    app.controller.stepped.emit()
    qtbot.waitUntil(lambda: app.canvas.layout is not None and app.canvas.frame is not None)
    texts = _drawn_texts(app.canvas)
    smudges = [(t, round(px, 2)) for t, px in texts if px < MIN_PX - 1e-6]
    assert smudges == []
    sizes = dict(texts)
    captions = {g.caption for g in app.canvas.layout.layers}
    named = [t for t in sizes if t in captions or t.startswith(("edges: ", "units: ", "outputs: ", "L = "))]
    assert captions <= set(sizes) and len(named) == len(captions) + 4  # enlarged, not hidden
    if preset == "wide-and-deep":  # every input of the table named beside its lane
        names = ws.experiment.data.input_names
        assert app.canvas.picture.wide_lane is not None and set(names) <= set(sizes)
        named += names
    assert min(sizes[t] for t in named) >= READABLE_PX - 1e-6, sorted((sizes[t], t) for t in named)[:3]


@pytest.mark.parametrize("theme", list(THEMES))
@pytest.mark.parametrize("zoom", [0.25, 0.4, 0.6])
def test_captions_the_layout_left_small_grow_to_8_px_as_they_are_painted(qapp, theme, zoom):
    # Label scale 1: the layout made no room (a picture that is mostly legend); the captions
    # grow anyway, into the room above the columns, by the same rule as the names and the legend.
    net = network([2, 6, 6, 1])
    trainer = Trainer(
        net, get_loss("bce"), make_optimizer("sgd"), *xor_data(), batch_size=4, rng=np.random.default_rng(0)
    )
    source = FakeSource(net, trainer.step())
    layout = build_layout(net, LayoutOptions(text_scale=THEMES[theme].font_scale))
    picture = NetworkPicture(THEMES[theme])
    view = source.step_view()
    picture.prepare(layout, build_frame(view, layout), view, "off", None)
    image = QImage(400, 300, QImage.Format.Format_ARGB32)  # kept while the painter is on it
    painter = RecordingPainter(image)
    painter.scale(zoom, zoom)
    picture.paint_heads(painter, {})
    painter.end()
    sizes = dict(painter.texts)
    captions = [g.caption for g in layout.layers]
    assert layout.label_scale == 1.0 and set(captions) <= set(sizes)
    assert min(sizes[c] for c in captions) >= READABLE_PX - 1e-6, sizes


def test_text_that_would_be_a_smudge_is_not_drawn(qapp):
    image = QImage(200, 60, QImage.Format.Format_ARGB32)
    for scale, drawn in ((0.3, False), (1.0, True)):
        image.fill(QColor("white"))
        p = QPainter(image)
        p.scale(scale, scale)
        draw_text(p, 100, 30, "12 px at 0.3", LIGHT.font(12), QColor("black"))  # 3.6 px on the device
        p.end()
        dark = sum(QColor(image.pixel(x, y)).lightness() < 128 for x in range(200) for y in range(60))
        assert (dark > 0) == drawn
