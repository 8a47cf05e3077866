"""The canvas follows the cursor through a whole iteration, one unit at a time.

At every event: the unit or layer being computed is emphasised with the edges
into it; values the cursor has reached are drawn, later ones are empty (NaN,
an empty unit, a grey edge), never stale.
"""

from __future__ import annotations

import numpy as np
import pytest
from canvas_fakes import FakeSource, small_trainer

from nnviz.qt.network_canvas import NetworkCanvas
from nnviz.qt.theme import LIGHT


@pytest.fixture
def stepping(qtbot):
    net, trainer = small_trainer()
    trainer.step()
    trace = trainer.step()
    source = FakeSource(net, trace, position=-1)
    canvas = NetworkCanvas(source)
    qtbot.addWidget(canvas)
    return net, trace, source, canvas


def revealed_units(source, phase, k, n):
    return np.array([source.is_revealed(phase, k, j) for j in range(n)])


def test_nothing_is_drawn_before_the_first_event(stepping):
    _net, _trace, _source, canvas = stepping
    frame = canvas.frame
    assert frame.event is None and frame.focus_units == []
    assert np.all(np.isfinite(frame.a[0]))  # the inputs are data, known from the start
    for k in (1, 2):
        assert np.all(np.isnan(frame.a[k])) and np.all(np.isnan(frame.delta[k]))
    assert np.isnan(frame.loss)
    assert all(u.fill is None and u.text == "" for u in canvas.picture.units if u.layer > 0)


def test_every_event_of_an_iteration(stepping):
    net, trace, source, canvas = stepping
    sizes = net.sizes
    empty_pen = LIGHT.q("empty_edge").rgb()
    for position, event in enumerate(source.events):
        source.move_to(position)
        canvas.refresh()
        frame, layout = canvas.frame, canvas.layout
        phase, k, j = event
        assert (frame.event.phase, frame.event.layer, frame.event.unit) == event

        # Emphasis: the unit (forward, backward) or layer (update) being computed, and the edges into it.
        if phase in ("forward", "backward"):
            assert frame.focus_units == [(k, j)]
            into = layout.edges_into(k, j)
            assert sorted(layout.edge_source[into].tolist()) == [*range(sizes[k - 1]), sizes[k - 1]]
            assert sorted(frame.focus_edges.tolist()) == sorted(into.tolist())
        elif phase == "update":
            assert frame.focus_units == [(k, u) for u in range(sizes[k])]
            assert sorted(frame.focus_edges.tolist()) == sorted(layout.edges_into(k).tolist())
        else:
            assert frame.focus_units == [(2, 0)]

        # Forward values: exactly the revealed units show z and a; the rest are empty.
        for layer in (1, 2):
            shown = revealed_units(source, "forward", layer, sizes[layer])
            lt = trace.layers[layer - 1]
            np.testing.assert_array_equal(np.isfinite(frame.a[layer]), shown)
            np.testing.assert_array_equal(frame.a[layer][shown], lt.a[0][shown])
            np.testing.assert_array_equal(frame.z[layer][shown], lt.z[0][shown])
            drawn = {u.unit: u for u in canvas.picture.units if u.layer == layer}
            for unit, u in drawn.items():
                assert (u.fill is not None) == shown[unit]
                assert (u.text != "") == shown[unit]

            # Backward values: δ flows from the output back to the input.
            back = revealed_units(source, "backward", layer, sizes[layer])
            np.testing.assert_array_equal(np.isfinite(frame.delta[layer]), back)
            np.testing.assert_array_equal(frame.delta[layer][back], lt.delta[0][back])

        assert np.isfinite(frame.loss) == source.is_revealed("loss", 0)

        # Edges: the quantity of the phase, revealed rows only; the rest grey.
        quantity = {"forward": "weight", "loss": "weight", "backward": "gradient", "update": "update"}[phase]
        assert frame.quantity == quantity
        for i in range(layout.drawn_edge_count):
            layer, unit, src = int(layout.edge_layer[i]), int(layout.edge_unit[i]), int(layout.edge_source[i])
            lt = trace.layers[layer - 1]
            bias = src == sizes[layer - 1]  # the bias unit's edge: column fan_in
            col = -1 if bias else src
            if quantity == "weight":
                W, b = (lt.W, lt.b) if source.is_revealed("update", layer) else (lt.W_before, lt.b_before)
                expected = b[unit] if bias else W[unit, col]
            elif quantity == "gradient":
                revealed = source.is_revealed("backward", layer, unit)
                expected = (lt.grad_b[unit] if bias else lt.grad_W[unit, col]) if revealed else np.nan
            else:
                revealed = source.is_revealed("update", layer)
                expected = (lt.db[unit] if bias else lt.dW[unit, col]) if revealed else np.nan
            if np.isnan(expected):
                assert np.isnan(frame.edge_values[i])
                assert canvas.picture.edge_pen(i).color().rgb() == empty_pen
            else:
                assert frame.edge_values[i] == pytest.approx(expected)


def test_parameters_are_the_old_ones_until_their_update_is_revealed(stepping):
    _net, trace, source, canvas = stepping
    canvas.set_edge_quantity("weight")
    first_update = source.events.index(("update", 1, None))
    source.move_to(first_update - 1)
    canvas.refresh()
    w_index = int(canvas.layout.edges_into(1, 0)[0])
    assert canvas.frame.edge_values[w_index] == trace.layers[0].W_before[0, 0]
    source.move_to(first_update)
    canvas.refresh()
    assert canvas.frame.edge_values[w_index] == trace.layers[0].W[0, 0]
    assert trace.layers[0].W[0, 0] != trace.layers[0].W_before[0, 0]
    out_index = int(canvas.layout.edges_into(2, 0)[0])
    assert canvas.frame.edge_values[out_index] == trace.layers[1].W_before[0, 0]


def test_the_current_unit_is_drawn_with_a_halo(stepping):
    _net, _trace, source, canvas = stepping
    canvas.resize(800, 600)
    source.move_to(source.events.index(("forward", 1, 1)))
    canvas.refresh()
    image = canvas.grab().toImage()
    g = canvas.layout.layers[1]
    x, y = g.position(1)
    halo = LIGHT.q("halo")

    def halo_above(unit_y: float) -> bool:
        for d in np.linspace(g.radius + 4.5, g.radius + 7.5, 7):
            c = image.pixelColor(canvas.mapFromScene(x, unit_y - d))
            if abs(c.red() - halo.red()) < 30 and abs(c.green() - halo.green()) < 40 and c.blue() < 200:
                return True
        return False

    assert halo_above(y)
    source.move_to(source.events.index(("forward", 1, 2)))
    canvas.refresh()
    image = canvas.grab().toImage()
    assert not halo_above(y)
