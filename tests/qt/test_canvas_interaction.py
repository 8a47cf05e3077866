"""Hover, click, double-click to edit, zoom and fit."""

from __future__ import annotations

import numpy as np
import pytest
from canvas_fakes import FakeSource, small_trainer
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QInputDialog

from nnviz.core.regularizers import Regularizer
from nnviz.qt.network_canvas import NetworkCanvas
from nnviz.session.canvas.frame import fmt


@pytest.fixture
def canvas(qtbot):
    net, trainer = small_trainer()
    trace = trainer.step()
    source = FakeSource(net, trace)
    widget = NetworkCanvas(source)
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show()
    qtbot.waitExposed(widget)
    widget.fit_to_view()
    return widget


def unit_point(canvas, k, j) -> QPoint:
    return canvas.mapFromScene(*canvas.layout.layers[k].position(j))


def edge_point(canvas, i, t=0.5) -> QPoint:
    x0, y0, x1, y1 = canvas.layout.lines[i]
    return canvas.mapFromScene(x0 + t * (x1 - x0), y0 + t * (y1 - y0))


def output_edge(canvas, source: int) -> int:
    into = canvas.layout.edges_into(2, 0)
    return int(into[canvas.layout.edge_source[into] == source][0])


def test_clicking_a_unit_selects_it(canvas, qtbot):
    with qtbot.waitSignal(canvas.unit_selected) as blocker:
        qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=unit_point(canvas, 1, 2))
    assert blocker.args == [1, 2]
    assert canvas.selection == ("unit", 1, 2)


def test_clicking_an_edge_selects_it(canvas, qtbot):
    i = output_edge(canvas, 1)
    with qtbot.waitSignal(canvas.edge_selected) as blocker:
        qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=edge_point(canvas, i, 0.7))
    assert blocker.args == [2, 0, 1]
    assert canvas.selection == ("edge", i)
    bias = output_edge(canvas, 3)  # the bias: input fan_in = 3 of the output layer
    with qtbot.waitSignal(canvas.edge_selected) as blocker:
        qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=edge_point(canvas, bias, 0.5))
    assert blocker.args == [2, 0, 3]


def test_clicking_empty_space_clears_the_selection(canvas, qtbot):
    canvas.select(("unit", 1, 0))
    qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(3, 3))
    assert canvas.selection is None


def test_tooltips_carry_the_numbers(canvas):
    trace = canvas.source.trace
    text = canvas.tooltip_for(canvas.item_at(unit_point(canvas, 1, 0)))
    lt = trace.layers[0]
    for value in (lt.z[0, 0], lt.a[0, 0], lt.delta[0, 0]):
        assert fmt(float(value), 4) in text
    text = canvas.tooltip_for(canvas.item_at(edge_point(canvas, output_edge(canvas, 2), 0.7)))
    out = trace.layers[1]
    for value in (out.W[0, 2], out.grad_W[0, 2], out.dW[0, 2]):
        assert fmt(float(value), 4) in text
    assert "bias" in canvas.tooltip_for(("unit", 0, 2))  # the input layer's bias unit: unit 2 of 2
    assert canvas.tooltip_for(None) == ""


def test_tooltips_say_not_computed_yet(canvas):
    canvas.source.move_to(canvas.source.events.index(("forward", 1, 0)))
    canvas.refresh()
    assert "not computed yet" in canvas.tooltip_for(("unit", 2, 0))
    text = canvas.tooltip_for(("edge", output_edge(canvas, 0)))
    assert text.count("not computed yet") == 2  # ∂L/∂w and Δw, not w


def test_hovering_marks_the_item(canvas, qtbot):
    pos = unit_point(canvas, 2, 0)
    event = QMouseEvent(
        QMouseEvent.Type.MouseMove,
        QPointF(pos),
        QPointF(canvas.viewport().mapToGlobal(pos)),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(canvas.viewport(), event)
    assert canvas.picture.hover == ("unit", 2, 0)


def recompute(net, source, trainer_x, trainer_t):
    """What the core does on an edit: recompute the iteration from the new parameters."""

    def on_edit(k, j, s, value):
        layer = net.layers[k - 1]
        if s == layer.fan_in:
            b = layer.b.copy()
            b[j] = value
            layer.b = b
        else:
            W = layer.W.copy()
            W[j, s] = value
            layer.W = W
        source.trace = net.compute(trainer_x, trainer_t, source.loss, Regularizer())
        source.move_to(source.events.index(("loss", 0, None)))

    return on_edit


def test_editing_a_weight_changes_the_core_and_the_downstream_values(qtbot, monkeypatch):
    net, trainer = small_trainer()
    x, t = trainer.x[:4], trainer.t[:4]
    # Sample 1 is the input (0, 1): with (0, 0) and zero biases the output would not depend on W₂.
    source = FakeSource(net, net.compute(x, t, trainer.loss, Regularizer()), sample=1)
    source.loss = trainer.loss
    source.move_to(source.events.index(("loss", 0, None)))
    canvas = NetworkCanvas(source)
    qtbot.addWidget(canvas)
    canvas.resize(900, 600)
    canvas.show()
    qtbot.waitExposed(canvas)
    canvas.fit_to_view()
    canvas.parameter_edit_requested.connect(recompute(net, source, x, t))
    canvas.parameter_edit_requested.connect(lambda *_: canvas.refresh())
    before_out = canvas.frame.a[2].copy()
    before_loss = canvas.frame.loss

    asked = []

    def fake_get_double(parent, title, label, value, *args, **kwargs):
        asked.append(value)
        return 2.5, True

    monkeypatch.setattr(QInputDialog, "getDouble", staticmethod(fake_get_double))
    i = output_edge(canvas, 1)
    old = net.layers[1].W[0, 1]
    with qtbot.waitSignal(canvas.parameter_edit_requested) as blocker:
        qtbot.mouseDClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=edge_point(canvas, i, 0.7))
    assert blocker.args == [2, 0, 1, 2.5]
    assert asked == [pytest.approx(old)]
    assert net.layers[1].W[0, 1] == 2.5
    assert canvas.frame.edge_values[i] == 2.5
    expected = net.predict(x)[1]
    np.testing.assert_allclose(canvas.frame.a[2], expected)
    assert not np.allclose(canvas.frame.a[2], before_out)
    assert canvas.frame.loss != before_loss

    # Double-clicking a unit edits its bias.
    with qtbot.waitSignal(canvas.parameter_edit_requested) as blocker:
        qtbot.mouseDClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=unit_point(canvas, 1, 1))
    assert blocker.args == [1, 1, 2, 2.5]  # the bias: input fan_in = 2 of layer 1
    assert net.layers[0].b[1] == 2.5
    np.testing.assert_allclose(canvas.frame.a[1], np.tanh(x[1] @ net.layers[0].W.T + net.layers[0].b))


def test_a_cancelled_edit_requests_nothing(canvas, qtbot, monkeypatch):
    monkeypatch.setattr(QInputDialog, "getDouble", staticmethod(lambda *a, **k: (0.0, False)))
    emitted = []
    canvas.parameter_edit_requested.connect(lambda *args: emitted.append(args))
    canvas.edit(("edge", output_edge(canvas, 0)))
    canvas.edit(("unit", 0, 2))  # the bias unit itself is the constant 1
    canvas.edit(("unit", 0, 1))  # inputs are data
    assert emitted == []


def test_zoom_and_fit(canvas):
    fitted = canvas.transform().m11()
    canvas.zoom_by(2.0)
    assert canvas.transform().m11() == pytest.approx(2 * fitted)
    canvas.fit_to_view()
    assert canvas.transform().m11() == pytest.approx(fitted)
    visible = canvas.mapToScene(canvas.viewport().rect()).boundingRect()
    assert visible.contains(canvas.item.rect.adjusted(1, 1, -1, -1))


def test_show_note(canvas):
    canvas.show_note("∂L/∂w = δ · a")
    assert canvas._note.isVisible() and "δ" in canvas._note.text()
    canvas.show_note("")
    assert not canvas._note.isVisible()


def test_heatmaps_are_drawn_in_the_units(canvas):
    from nnviz.core.heatmaps import unit_heatmaps

    params = [(lv.parameters[:, :-1], lv.parameters[:, -1]) for lv in canvas.source.step_view().layers]
    maps = unit_heatmaps(canvas.source.network, resolution=8, params=params)
    canvas.set_heatmaps(maps)
    canvas.refresh()
    heat = [u for u in canvas.picture.units if u.heat is not None]
    assert len(heat) == sum(canvas.source.network.sizes)
    assert heat[0].heat.width() == 8
    canvas.set_heatmaps(None)
    canvas.refresh()
    assert all(u.heat is None for u in canvas.picture.units)


def test_rapid_refreshes_draw_the_quick_way_then_settle(canvas, qtbot):
    canvas.refresh()
    canvas.refresh()
    assert canvas.picture.live
    assert not canvas.grab().toImage().isNull()
    qtbot.waitUntil(lambda: not canvas.picture.live, timeout=5000)
    canvas.set_live(True)
    canvas.refresh()
    assert canvas.picture.live
    canvas.set_live(False)
    canvas.refresh()
    canvas.refresh()
    assert not canvas.picture.live
