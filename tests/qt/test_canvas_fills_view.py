"""The network canvas uses a wide view: a picture fitted by its height spreads its columns across
the width, and in large type the legend is stacked or in rows, whichever fits larger. At 1920×1080
in the presentation theme the spiral lesson left a third of the canvas empty (979 of 1300 px)."""

from dataclasses import replace

import pytest
from canvas_fakes import network
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QApplication

from nnviz.presets import load_experiment
from nnviz.qt.shot import panel_widget
from nnviz.qt.theme import LIGHT, THEMES, apply_to_application
from nnviz.session.canvas.layout import LayoutOptions, build_layout
from nnviz.session.workspace import Workspace


def test_spread_widens_the_gaps_between_the_columns_and_nothing_else():
    net = network([2, 16, 16, 1])
    plain, wide = build_layout(net), build_layout(net, LayoutOptions(spread=1.5))
    gaps = [b.x - a.x for a, b in zip(plain.layers, plain.layers[1:])]
    assert [b.x - a.x for a, b in zip(wide.layers, wide.layers[1:])] == pytest.approx([1.5 * g for g in gaps])
    assert [list(g.ys) for g in wide.layers] == [list(g.ys) for g in plain.layers]
    assert wide.bounds[3] == pytest.approx(plain.bounds[3])  # as tall: the zoom fitted by height stays


def fitted(qtbot, preset, theme, size):
    QStandardPaths.setTestModeEnabled(True)
    apply_to_application(THEMES[theme])
    window, keep = panel_widget(Workspace(load_experiment(preset)), "window", THEMES[theme], size)
    qtbot.addWidget(window)
    window.grab()
    QApplication.processEvents()
    canvas = keep[0].canvas
    scale = canvas.transform().m11()
    _, _, w, h = canvas.layout.bounds
    return canvas, scale, w * scale, h * scale, keep


@pytest.mark.parametrize("size", [(1920, 1080), (1366, 768)])
@pytest.mark.parametrize("preset", ["spiral", "softmax-3-classes", "digits-mlp"])
def test_in_the_presentation_theme_the_network_spans_the_canvas(qtbot, request, preset, size):
    request.addfinalizer(lambda: apply_to_application(LIGHT))
    canvas, _scale, w, h, _keep = fitted(qtbot, preset, "presentation", size)
    vp = canvas.viewport().rect()
    assert h <= vp.height() and w <= vp.width()
    # The gaps grow at most 2×: the two-column softmax lesson stops at 0.9 of the width.
    assert w >= 0.85 * vp.width(), (w, vp.width())


@pytest.mark.parametrize("preset", ["spiral", "xor-2-2-1"])
def test_the_legend_arrangement_is_the_one_that_fits_larger(qtbot, request, preset):
    request.addfinalizer(lambda: apply_to_application(LIGHT))
    canvas, scale, *_ = fitted(qtbot, preset, "presentation", (1920, 1080))
    room = canvas.note_room()
    chosen = canvas.layout_options.legend_stacked
    other = canvas._scale_of(replace(canvas.layout_options, legend_stacked=not chosen, spread=1.0), room)
    assert scale >= other
    assert chosen is (preset == "xor-2-2-1")  # XOR's short columns stack; the spiral's tall ones take rows
