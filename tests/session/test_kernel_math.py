"""The kernel-math numbers of a conv or pool cell equal the trace, and come only once revealed."""

import numpy as np
import pytest

from nnviz.presets import load_experiment
from nnviz.session.canvas.frame import short
from nnviz.session.events import Granularity
from nnviz.session.kernel_math import kernel_math
from nnviz.session.workspace import Workspace


def _at(name: str, layer: int, unit: int) -> Workspace:
    ws = Workspace(load_experiment(name))
    ws.run(2)
    ws.step(Granularity.UNIT)
    while not (ws.step_view().event.layer == layer and ws.step_view().event.unit == unit):
        ws.step(Granularity.UNIT)
    return ws


@pytest.mark.parametrize("unit", [0, 9, 63, 64 * 5 + 27])
def test_a_conv_cell_is_its_window_times_the_kernel_plus_the_bias(unit):
    ws = _at("digits-cnn", 1, unit)
    view = ws.step_view()
    math = kernel_math(view, 1, unit)
    lt, n = view.trace.layers[0], view.row
    o, i, j = math.cell
    assert (o * 64 + i * 8 + j) == unit
    padded = np.pad(lt.input[n], ((0, 0), (1, 1), (1, 1)))
    np.testing.assert_array_equal(math.window, padded[:, i : i + 3, j : j + 3])
    np.testing.assert_array_equal(math.kernel, lt.W_before[o])
    assert math.total + math.bias == pytest.approx(math.z)
    assert math.z == lt.z[n, o, i, j] and math.a == max(math.z, 0.0)
    assert math.padded.any() == (i in (0, 7) or j in (0, 7))
    assert kernel_math(view, 1, unit + 1) is None  # the next cell is not computed yet


def test_a_max_pool_cell_names_its_winner():
    ws = _at("digits-cnn", 2, 37)
    view = ws.step_view()
    math = kernel_math(view, 2, 37)
    assert math.kind == "max_pool2d" and math.window.shape == (1, 2, 2)
    assert math.window.ravel()[math.winner] == math.z == math.window.max()
    assert math.kernel is None and math.products is None


def test_a_number_that_is_or_rounds_to_zero_is_written_0():
    values = (0.0 * -0.53, -0.0, -0.004, 0.004, -0.08, 0.5, 12.3)
    assert [short(v) for v in values] == ["0", "0", "0", "0", "−0.08", "0.50", "12.3"]
