"""No text the canvas draws is a smudge (under 4.5 pixels on screen); the Wide&Deep names are 8 at least."""

from __future__ import annotations

import importlib

import pytest
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QMessageBox

import nnviz.qt.canvas.text as canvas_text
from nnviz.presets import load_experiment
from nnviz.qt.app import App
from nnviz.qt.canvas.stamp import Stamp
from nnviz.qt.theme import DARK, LIGHT, PRESENTATION
from nnviz.session.workspace import Workspace

PAINTERS = ("legend", "units", "maps", "wide_lane", "paint")


class _Measuring:
    """A painter that forwards everything and notes the device pixel size of each text it draws."""

    def __init__(self, painter, text: str, drawn: list):
        self._painter, self._text, self._drawn = painter, text, drawn

    def __getattr__(self, name):
        return getattr(self._painter, name)

    def drawStaticText(self, *args):  # Qt's name
        p = self._painter
        self._drawn.append((p.font().pixelSize() * abs(p.worldTransform().m22()), self._text))
        return p.drawStaticText(*args)


@pytest.fixture
def drawn_texts(monkeypatch):
    drawn: list[tuple[float, str]] = []
    real = canvas_text.draw_text

    def measured(p, *args, **kwargs):
        return real(_Measuring(p, args[2], drawn), *args, **kwargs)

    for name in PAINTERS:
        monkeypatch.setattr(importlib.import_module(f"nnviz.qt.canvas.{name}"), "draw_text", measured)
    # Every part drawn now, at the view's zoom, not copied from a pixmap cached before the measuring began.
    monkeypatch.setattr(Stamp, "paint", lambda _self, p, _rect, _key, draw: draw(p))
    return drawn


@pytest.mark.parametrize("theme", [LIGHT, DARK, PRESENTATION], ids=lambda t: t.name)
def test_wide_and_deep_names_are_8_px_at_least_at_1366x768(qtbot, monkeypatch, drawn_texts, theme):
    QStandardPaths.setTestModeEnabled(True)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    workspace = Workspace(load_experiment("wide-and-deep"))
    workspace.run(30)
    app = App(workspace, theme=theme)
    qtbot.addWidget(app.window)
    app.window.resize(1366, 768)
    app.window.show()
    qtbot.waitExposed(app.window)
    window, canvas = app.window, app.window.centralWidget()
    qtbot.waitUntil(lambda: not window._sizes_pending or window.presenting)  # the default layout is sized
    qtbot.waitUntil(lambda: abs(canvas.transform().m11() - canvas._fit_scale(canvas.note_room())) < 1e-9)
    drawn_texts.clear()
    canvas.viewport().grab()
    sizes = dict((text, px) for px, text in drawn_texts)
    assert drawn_texts and min(px for px, _ in drawn_texts) >= canvas_text.MIN_PX, sorted(drawn_texts)[:5]
    names = workspace.experiment.data.input_names
    assert all(sizes.get(name, 0.0) >= 8.0 for name in names), sorted(sizes.items())  # every input named, readably
    assert any("wide lane" in text for text in sizes) and any("concat" in text for text in sizes)
    slots = [text for text in sizes if text.startswith("∧ ")]
    assert len(slots) == 16  # every cross of the wide lane named (by its categories where room is short)
    assert all(sizes[slot] >= 8.0 for slot in slots), [(slot, sizes[slot]) for slot in slots]
