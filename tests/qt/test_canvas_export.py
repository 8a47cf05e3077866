"""Export: PNG at 1–4× (optionally transparent), SVG that a browser can draw; the screen itself."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import numpy as np
import pytest
from canvas_fakes import FakeSource, network, small_trainer
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from nnviz.qt.canvas.edges import MAG_BINS, bin_color
from nnviz.qt.canvas.export import image_size
from nnviz.qt.network_canvas import NetworkCanvas, StaticSource
from nnviz.qt.theme import LIGHT

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def canvas(qtbot):
    net, trainer = small_trainer()
    widget = NetworkCanvas(FakeSource(net, trainer.step()))
    qtbot.addWidget(widget)
    return widget


@pytest.mark.parametrize("scale", [1, 2, 4])
def test_png_has_the_requested_size(canvas, tmp_path, scale):
    path = tmp_path / f"net@{scale}x.png"
    canvas.export_png(path, scale=scale)
    image = QImage(str(path))
    _, _, w, h = canvas.layout.bounds
    assert (image.width(), image.height()) == (int(np.ceil(w * scale)), int(np.ceil(h * scale)))
    assert image.size() == image_size(canvas.picture, scale)


def test_png_background_is_opaque_or_transparent(canvas, tmp_path):
    canvas.export_png(tmp_path / "opaque.png")
    canvas.export_png(tmp_path / "clear.png", transparent=True)
    opaque, clear = QImage(str(tmp_path / "opaque.png")), QImage(str(tmp_path / "clear.png"))
    assert opaque.pixelColor(2, 2) == QColor(LIGHT.background)
    assert clear.pixelColor(2, 2).alpha() == 0
    assert clear.hasAlphaChannel()


def test_png_scale_out_of_range(canvas, tmp_path):
    with pytest.raises(ValueError, match="between 1 and 4"):
        canvas.export_png(tmp_path / "big.png", scale=5)


def test_svg_parses_and_contains_every_edge(canvas, tmp_path):
    path = tmp_path / "net.svg"
    canvas.export_svg(path)
    root = ET.parse(path).getroot()
    assert root.tag == f"{SVG}svg"
    left, top, w, h = canvas.layout.bounds
    assert [float(v) for v in root.get("viewBox").split()] == pytest.approx([left, top, w, h], abs=1e-3)
    lines = root.iter(f"{SVG}polyline")
    segments = set()
    for line in lines:
        pts = [tuple(round(float(c), 1) for c in p.split(",")) for p in line.get("points").split()]
        if len(pts) == 2:
            segments.add((*pts[0], *pts[1]))
    for x0, y0, x1, y1 in canvas.layout.lines:
        assert (round(x0, 1), round(y0, 1), round(x1, 1), round(y1, 1)) in segments
    texts = "".join(t.text or "" for t in root.iter(f"{SVG}text"))
    assert "hidden 1 · tanh · 3" in texts and "+1" in texts
    strokes = [QColor(s) for el in root.iter() if (s := el.get("stroke") or "").startswith("#")]
    assert any(c.blue() > c.red() + 30 for c in strokes)  # positive edges
    assert any(c.red() > c.blue() + 30 for c in strokes)  # negative edges


def test_svg_draws_the_same_picture_as_png(canvas, tmp_path):
    canvas.export_svg(tmp_path / "net.svg")
    png = canvas.render_image(1.0).convertToFormat(QImage.Format.Format_RGB32)
    renderer = QSvgRenderer(str(tmp_path / "net.svg"))
    assert renderer.isValid()
    svg = QImage(png.size(), QImage.Format.Format_RGB32)
    svg.fill(QColor("white"))
    painter = QPainter(svg)
    renderer.render(painter)
    painter.end()

    def pixels(image: QImage) -> np.ndarray:
        ptr = image.constBits()
        return np.frombuffer(ptr, np.uint8).reshape(image.height(), image.bytesPerLine())[:, : image.width() * 4]

    diff = np.abs(pixels(png).astype(int) - pixels(svg).astype(int))
    assert diff.mean() < 4.0
    assert np.mean(diff.max(axis=1) > 0) < 1.0  # not a trivially identical blank


def test_the_widget_is_not_blank_and_a_positive_edge_is_drawn_positive(qtbot):
    net = network([2, 3, 1])
    net.layers[1].W[:] = [[2.0, -2.0, 0.0]]
    net.layers[1].b[:] = 0.0
    canvas = NetworkCanvas(StaticSource(net))
    qtbot.addWidget(canvas)
    canvas.resize(900, 600)
    canvas.show()
    qtbot.waitExposed(canvas)
    canvas.fit_to_view()
    image = canvas.grab().toImage()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 20

    def colour_near(source: int) -> list[QColor]:
        into = canvas.layout.edges_into(2, 0)
        i = int(into[canvas.layout.edge_source[into] == source][0])
        x0, y0, x1, y1 = canvas.layout.lines[i]
        p = canvas.mapFromScene((x0 + x1) / 2, (y0 + y1) / 2)
        return [image.pixelColor(p.x() + dx, p.y() + dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1)]

    positive = bin_color(LIGHT, True, MAG_BINS - 1)
    negative = bin_color(LIGHT, False, MAG_BINS - 1)

    def close(c: QColor, target: QColor) -> bool:
        return abs(c.red() - target.red()) + abs(c.green() - target.green()) + abs(c.blue() - target.blue()) < 60

    assert any(close(c, positive) for c in colour_near(0))
    assert any(close(c, negative) for c in colour_near(1))
