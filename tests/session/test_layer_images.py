"""The Layers page's numbers: every layer's images as the cursor shows them, on the chosen scale."""

import numpy as np
import pytest

from nnviz.presets import load_experiment
from nnviz.session.events import Granularity
from nnviz.session.layer_images import layer_images
from nnviz.session.workspace import Workspace


@pytest.fixture
def view():
    ws = Workspace(load_experiment("digits-cnn"))
    ws.run(10)
    ws.step(Granularity.ITERATION)  # the whole iteration revealed
    return ws.step_view()


def test_the_images_are_the_traced_samples_values_and_the_kernels(view):
    conv, pool, flatten, dense = layer_images(view)
    lv, row = view.layers[0], view.row
    assert [r.quantity for r in conv.rows] == ["a", "grad_a", "K", "grad_K"]
    np.testing.assert_array_equal(np.stack(conv.rows[0].images), lv.a[row])
    np.testing.assert_array_equal(np.stack(conv.rows[1].images), lv.grad_a[row])
    np.testing.assert_array_equal(np.stack(conv.rows[2].images), lv.parameters[:, :-1].reshape(8, 3, 3))
    np.testing.assert_array_equal(np.stack(conv.rows[3].images), lv.gradient[:, :-1].reshape(8, 3, 3))
    assert [r.quantity for r in pool.rows] == ["a", "grad_a"] and flatten.rows == []
    assert dense.rows[0].images[0].shape == (1, 10)
    a = lv.a[row]
    assert conv.text.startswith("8×8×8 · 8·(1·3·3 + 1) = 80 parameters · a ∈ [")
    assert f"{a.max():.3g}" in conv.text and "no parameters" in pool.text
    assert "10·(128 + 1) = 1290 parameters" in dense.text
    assert conv.title == "Layer 1 · conv2d · relu" and pool.title == "Layer 2 · max_pool2d"


def test_the_three_scales(view):
    def largest(x):
        return float(np.nanmax(np.abs(x)))

    by_map = layer_images(view, "map")
    assert by_map[0].rows[0].scales == [largest(m) for m in by_map[0].rows[0].images]
    by_row = layer_images(view, "layer")
    assert set(by_row[0].rows[0].scales) == {largest(np.stack(by_row[0].rows[0].images))}
    overall = layer_images(view, "global")
    a_max = max(largest(np.stack(layer.rows[0].images)) for layer in overall if layer.rows)
    for layer in overall:
        for row in layer.rows:
            if row.quantity == "a":
                assert set(row.scales) == {a_max}
    with pytest.raises(ValueError, match="scale must be one of map, layer, global"):
        layer_images(view, "mine")


def test_values_after_the_cursor_are_empty():
    ws = Workspace(load_experiment("digits-cnn"))
    ws.run(3)
    ws.step(Granularity.UNIT)  # the first conv cell of iteration 4
    conv = layer_images(ws.step_view())[0]
    a = np.stack(conv.rows[0].images)
    assert np.isfinite(a).sum() == 1 and np.isnan(np.stack(conv.rows[1].images)).all()
    assert np.isnan(np.stack(conv.rows[3].images)).all() and conv.rows[3].scales == [0.0] * 8
    assert "∂L/∂a ∈ —" in conv.text
