"""What the canvas encodes: edge colour and width, the switchable edge quantity, number labels."""

from __future__ import annotations

import numpy as np
import pytest
from canvas_fakes import FakeSource, network, small_trainer

from nnviz.qt.canvas.edges import WIDTH_MAX, WIDTH_MIN
from nnviz.qt.network_canvas import NetworkCanvas, StaticSource
from nnviz.qt.theme import LIGHT
from nnviz.session.canvas.frame import fmt, short


def is_positive_colour(c) -> bool:
    return c.blue() > c.red() + 30


def is_negative_colour(c) -> bool:
    return c.red() > c.blue() + 30


@pytest.fixture
def trained(qtbot):
    net, trainer = small_trainer()
    trace = trainer.step()
    source = FakeSource(net, trace)
    canvas = NetworkCanvas(source)
    qtbot.addWidget(canvas)
    return net, trace, source, canvas


def matrix(layout, k, j, s, W, b):
    return b[j] if s == W.shape[1] else W[j, s]  # column fan_in: the bias


def shown(canvas, quantity_arrays):
    """Pairs (edge index, expected value) over every drawn edge."""
    layout = canvas.layout
    for i in range(layout.drawn_edge_count):
        k, j, s = int(layout.edge_layer[i]), int(layout.edge_unit[i]), int(layout.edge_source[i])
        W, b = quantity_arrays[k - 1]
        yield i, matrix(layout, k, j, s, W, b)


def test_edge_colour_is_the_sign_and_width_grows_with_the_magnitude(qtbot):
    net = network([3, 5, 2])
    net.layers[0].W[0, :] = [-2.0, -0.3, 0.05]
    net.layers[0].W[1, :] = [2.0, 0.3, -0.05]
    canvas = NetworkCanvas(StaticSource(net))
    qtbot.addWidget(canvas)
    canvas.set_edge_quantity("weight")
    rows = list(shown(canvas, [(layer.W, layer.b) for layer in net.layers]))
    for i, w in rows:
        pen = canvas.picture.edge_pen(i)
        assert canvas.frame.edge_values[i] == w
        if w > 0:
            assert is_positive_colour(pen.color())
        elif w < 0:
            assert is_negative_colour(pen.color())
    # Width is monotone in |w| and clipped at the legend's scale.
    by_mag = sorted(rows, key=lambda r: abs(r[1]))
    widths = [canvas.picture.edge_pen(i).widthF() for i, _ in by_mag]
    assert widths == sorted(widths)
    scale = canvas.frame.edge_scale
    clipped = [canvas.picture.edge_pen(i).widthF() for i, w in rows if abs(w) >= scale]
    assert clipped and max(clipped) == min(clipped) <= WIDTH_MAX
    assert min(widths) >= WIDTH_MIN * 0.5


def test_a_stronger_weight_has_a_darker_colour(qtbot):
    net = network([2, 2, 1])
    net.layers[1].W[0, :] = [0.1, 1.9]
    canvas = NetworkCanvas(StaticSource(net))
    qtbot.addWidget(canvas)
    weak, strong = canvas.layout.edges_into(2, 0)[:2]
    assert (
        canvas.picture.edge_pen(int(strong)).color().lightness()
        < canvas.picture.edge_pen(int(weak)).color().lightness()
    )
    assert canvas.picture.edge_pen(int(strong)).widthF() > canvas.picture.edge_pen(int(weak)).widthF()


def test_switching_the_edge_quantity_changes_the_encoding(trained):
    _net, trace, _source, canvas = trained
    gradients = [(lt.grad_W, lt.grad_b) for lt in trace.layers]
    updates = [(lt.dW, lt.db) for lt in trace.layers]
    before = [(lt.W_before, lt.b_before) for lt in trace.layers]
    after = [(lt.W, lt.b) for lt in trace.layers]
    for quantity, arrays in (("weight", after), ("gradient", gradients), ("update", updates)):
        canvas.set_edge_quantity(quantity)
        assert canvas.frame.quantity == quantity
        for i, v in shown(canvas, arrays):
            assert canvas.frame.edge_values[i] == pytest.approx(v)
            pen = canvas.picture.edge_pen(i)
            if v > 1e-12:
                assert is_positive_colour(pen.color())
            elif v < -1e-12:
                assert is_negative_colour(pen.color())
    # Gradient signs differ from weight signs somewhere, so the picture really changed.
    signs_g = np.sign([v for _, v in shown(canvas, gradients)])
    signs_w = np.sign([v for _, v in shown(canvas, before)])
    assert np.any(signs_g != signs_w)
    with pytest.raises(ValueError, match="edge quantity"):
        canvas.set_edge_quantity("momentum")


def test_auto_quantity_follows_the_phase(trained):
    _net, _trace, source, canvas = trained
    assert canvas.quantity == "auto"
    for event, quantity in (
        (("forward", 1, 0), "weight"),
        (("loss", 0, None), "weight"),
        (("backward", 2, 0), "gradient"),
        (("update", 1, None), "update"),
    ):
        source.move_to(source.events.index(event))
        canvas.refresh()
        assert canvas.frame.quantity == quantity


def test_units_show_the_traced_samples_activation(trained):
    _net, trace, source, canvas = trained
    source.sample = 2
    canvas.refresh()
    for u in canvas.picture.units:
        value = trace.x[2, u.unit] if u.layer == 0 else trace.layers[u.layer - 1].a[2, u.unit]
        assert u.text == short(value)
        assert u.fill == LIGHT.color(canvas.frame.fill[u.layer][u.unit])


def test_edge_labels_show_weights_gradients_and_updates(trained):
    _net, trace, _source, canvas = trained
    assert canvas.picture.edge_labels == []
    expected = {
        "weights": [(lt.W, lt.b) for lt in trace.layers],
        "gradients": [(lt.grad_W, lt.grad_b) for lt in trace.layers],
        "updates": [(lt.dW, lt.db) for lt in trace.layers],
    }
    for labels, arrays in expected.items():
        canvas.set_labels(labels)
        values = dict(shown(canvas, arrays))
        placed = canvas.picture.edge_labels
        assert len(placed) >= len(values) - 2  # a label finding no free place may be left out
        for *_, text, _, i in placed:
            assert text == fmt(float(values[i]), 2)
    with pytest.raises(ValueError, match="labels"):
        canvas.set_labels("biases")


def test_labels_of_the_current_units_edges_are_never_left_out(qtbot):
    net = network([4, 16, 16, 1])
    canvas = NetworkCanvas(StaticSource(net, current_event=("forward", 2, 5)))
    qtbot.addWidget(canvas)
    canvas.set_labels("weights")
    labelled = {i for *_, i in canvas.picture.edge_labels}
    into = set(canvas.layout.edges_into(2, 5).tolist())
    assert into <= labelled
    assert len(labelled) < canvas.layout.drawn_edge_count  # 16×17 edges: only the current unit's


def test_activation_labels_show_z_and_delta(trained):
    _net, trace, _source, canvas = trained
    canvas.set_labels("activations")
    hidden = [u for u in canvas.picture.units if u.layer == 1]
    assert [u.z for u in hidden] == ["z " + fmt(float(z), 2) for z in trace.layers[0].z[0]]
    assert [u.delta for u in hidden] == ["δ " + fmt(float(d), 2) for d in trace.layers[0].delta[0]]
    assert canvas.picture.edge_labels == []


def test_no_numbers_mode_draws_no_text_at_all(qtbot, tmp_path):
    import xml.etree.ElementTree as ET

    from nnviz.presets import load_experiment
    from nnviz.qt.canvas_source import WorkspaceSource
    from nnviz.qt.controller import Controller
    from nnviz.qt.export import CanvasFigure, write_svg
    from nnviz.qt.network_canvas import NetworkCanvas
    from nnviz.session.events import Granularity
    from nnviz.session.workspace import Workspace

    controller = Controller(Workspace(load_experiment("xor-2-2-1")))
    for _ in range(5):
        controller.step(Granularity.UNIT)
    canvas = NetworkCanvas(WorkspaceSource(controller))
    qtbot.addWidget(canvas)
    texts = {}
    for labels in ("off", "none"):
        canvas.set_labels(labels)
        write_svg(CanvasFigure(canvas), tmp_path / f"{labels}.svg")
        root = ET.parse(tmp_path / f"{labels}.svg").getroot()
        texts[labels] = [el.text.strip() for el in root.iter() if el.tag.endswith("text") and el.text]
    from collections import Counter

    gone = Counter(texts["off"]) - Counter(texts["none"])
    # unit values (4 inputs and hidden, 1 output), the δ callout (the unit's δ badge would repeat it)
    # and the loss value
    assert (
        sum(gone.values()) >= 7
        and any(t.startswith("δ") for t in gone)
        and all(t[0] in "0123456789−δL" for t in gone)
    )
    assert not [t for t in texts["none"] if t.startswith(("δ", "L ="))]
    assert not Counter(texts["none"]) - Counter(texts["off"]) - Counter(["L"])  # nothing new but the bare "L"
    assert "hidden 1 · tanh · 2" in texts["none"] and "0.050" in texts["none"]  # captions and legend stay
