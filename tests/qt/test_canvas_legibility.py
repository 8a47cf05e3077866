"""The digits CNN's canvas at 1366×768 and 1920×1080, in every theme, measured as each text's font
pixel size times the painter's scale as the canvas paints it: the layer captions, the legend titles
and the loss box come out at 8 px or more (laid out larger where the view is small), and no text
is drawn as a smudge under 4.5 px."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QStandardPaths
from PySide6.QtGui import QColor, QImage, QPainter

from nnviz.presets import load_experiment
from nnviz.qt.app import App
from nnviz.qt.canvas.text import MIN_PX, READABLE_PX, draw_text
from nnviz.qt.theme import LIGHT, THEMES, apply_to_application
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


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
@pytest.mark.parametrize("theme", ["light", "dark", "presentation"])
def test_the_digits_cnn_names_its_parts_at_8_px_and_draws_no_smudge(qtbot, size, theme):
    QStandardPaths.setTestModeEnabled(True)
    ws = Workspace(load_experiment("digits-cnn"))
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
    assert min(sizes[t] for t in named) >= READABLE_PX - 1e-6, sorted((sizes[t], t) for t in named)[:3]


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
