"""The Layers page: every layer of a picture network as images with a switchable shared scale."""

from __future__ import annotations

from PySide6.QtGui import QImage

from nnviz.presets import load_experiment
from nnviz.qt.controller import Controller
from nnviz.qt.plots import PlotsPanel
from nnviz.qt.theme import DARK
from nnviz.session.events import Granularity
from nnviz.session.workspace import Workspace


def make(qtbot, name: str) -> tuple[Controller, PlotsPanel]:
    controller = Controller(Workspace(load_experiment(name)))
    panel = PlotsPanel(controller)
    qtbot.addWidget(panel)
    panel.resize(700, 600)
    panel.show()
    qtbot.waitExposed(panel)
    return controller, panel


def test_the_layers_of_the_digits_cnn_are_drawn_and_follow_the_scale_switch(qtbot):
    controller, panel = make(qtbot, "digits-cnn")
    page = panel.show_page("layers")
    controller.step(Granularity.ITERATION)
    view = page.view
    assert [layer.title for layer in view.layers][:2] == ["Layer 1 · conv2d · relu", "Layer 2 · max_pool2d"]
    before = [list(r.scales) for r in view.layers[0].rows]
    page.scale.setCurrentIndex(page.scale.findData("map"))
    after = [list(r.scales) for r in view.layers[0].rows]
    assert before != after and len(set(after[0])) > 1  # each map on its own scale
    image = QImage(view.size(), QImage.Format.Format_ARGB32)
    view.render(image)
    assert (
        len({image.pixel(x, y) for x in range(0, view.width(), 7) for y in range(0, min(view.height(), 300), 7)})
        > 20
    )
    panel.set_theme(DARK)
    assert panel.layers.scale.currentData() == "map"  # the choice survives a theme change


def test_a_network_on_rows_of_numbers_gets_a_hint(qtbot):
    _controller, panel = make(qtbot, "xor-2-2-1")
    page = panel.show_page("layers")
    assert page.showing_hint and "pictures" in page.hint.text()
