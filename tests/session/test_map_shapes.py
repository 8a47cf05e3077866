"""The shape arithmetic the Experiment panel writes equals the shapes the network was built with."""

from nnviz.core.experiment import Experiment
from nnviz.session.map_shapes import shape_lines


def _network(layers, inputs=(1, 9, 8)):
    spec = {
        "nnviz": 1,
        "data": {"inputs": [[[[0.0] * inputs[2]] * inputs[1]]] * 2, "targets": [[0.0], [1.0]]},
        "network": {
            "inputs": list(inputs),
            "layers": [*layers, {"kind": "flatten"}, {"units": 1, "activation": "sigmoid"}],
        },
        "loss": {"name": "bce"},
        "optimizer": {"name": "sgd", "learning_rate": 0.1},
    }
    return Experiment(spec).network


def test_a_stride_that_does_not_divide_is_floored_and_unequal_axes_are_both_written():
    net = _network(
        [
            {"kind": "conv2d", "channels": 2, "kernel": 3, "stride": 2, "padding": 1, "activation": "relu"},
            {"kind": "max_pool2d", "kernel": 2},
        ]
    )
    conv, pool, flatten, dense = shape_lines(net)
    assert net.shapes[0] == (2, 5, 4) and net.shapes[1] == (2, 2, 2)
    assert conv == "(9 + 2·1 − 3)/2 + 1 = 5; ⌊(8 + 2·1 − 3)/2⌋ + 1 = 4 → 2×5×4 · 2·(1·3·3 + 1) = 20 parameters"
    assert pool == "⌊(5 + 2·0 − 2)/2⌋ + 1 = 2; (4 + 2·0 − 2)/2 + 1 = 2 → 2×2×2"
    assert flatten is None and dense is None
