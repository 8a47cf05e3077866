"""A layer that does not fit its input is named by its JSON path, with the arithmetic."""

import numpy as np
import pytest

from nnviz.core.experiment import Experiment
from nnviz.core.validate import ExperimentError

IMAGES = np.zeros((4, 1, 4, 4)).tolist()


def _doc(layers, inputs=IMAGES, targets=(0, 1, 0, 1), shape=(1, 4, 4)):
    return {
        "nnviz": 1,
        "data": {"inputs": inputs, "targets": list(targets)},
        "network": {"inputs": list(shape) if shape else 2, "layers": layers},
        "loss": {"name": "cross_entropy"},
        "optimizer": {"name": "sgd", "learning_rate": 0.1},
    }


OUT = {"units": 2, "activation": "softmax"}


def _problems(doc) -> list[str]:
    with pytest.raises(ExperimentError) as info:
        Experiment(doc)
    return info.value.problems


def test_kernel_larger_than_the_input_shows_the_arithmetic():
    doc = _doc([{"kind": "conv2d", "channels": 2, "kernel": 5, "activation": "relu"}, {"kind": "flatten"}, OUT])
    assert _problems(doc) == [
        "network.layers[0]: kernel 5 does not fit a 4×4 input (out = (4 + 2·0 − 5)/1 + 1 = 0)"
    ]


def test_a_pool_window_after_a_shrinking_conv_is_named_with_its_own_layer():
    layers = [
        {"kind": "conv2d", "channels": 1, "kernel": 3, "stride": 2, "activation": "relu"},
        {"kind": "max_pool2d", "kernel": [1, 3]},
        {"kind": "flatten"},
        OUT,
    ]
    assert _problems(_doc(layers)) == [
        "network.layers[1]: pool window 1×3 does not fit a 1×1 input (width: out = ⌊(1 + 2·0 − 3)/3⌋ + 1 = 0)"
    ]


def test_channels_zero_and_an_unknown_kind():
    doc = _doc([{"kind": "conv2d", "channels": 0, "kernel": 3, "activation": "relu"}, {"kind": "conv3d"}, OUT])
    problems = _problems(doc)
    assert "network.layers[0].channels: 0 is out of range; expected [1, 1024]" in problems
    assert any(p.startswith("network.layers[1].kind: unknown value 'conv3d'") for p in problems)


def test_dense_after_conv_without_flatten():
    doc = _doc([{"kind": "conv2d", "channels": 2, "kernel": 3, "activation": "relu"}, OUT])
    assert _problems(doc) == [
        "network.layers[1]: a dense layer takes a flat row of features, got a 2×2×2 image; "
        'put {"kind": "flatten"} before it'
    ]


def test_conv_on_rows_of_features_and_a_non_dense_output_layer():
    rows = _doc(
        [{"kind": "conv2d", "channels": 2, "kernel": 1, "activation": "relu"}, {"kind": "flatten"}, OUT],
        inputs=[[0.0, 1.0]] * 4,
        shape=None,
    )
    assert _problems(rows)[0].startswith("network.layers[0]: a conv2d layer takes images")
    last = _doc([{"kind": "flatten"}])
    assert "network.layers[0].kind: the output layer must be dense, got flatten" in _problems(last)


def test_image_shape_declared_differently_from_the_data():
    doc = _doc([{"kind": "flatten"}, OUT], shape=(1, 5, 4))
    assert _problems(doc) == ["network.inputs: the data's samples are 1×4×4, the network takes 1×5×4"]


def test_concat_columns_that_do_not_exist():
    rows = [[0.0, 1.0, 2.0]] * 4
    hidden = {"units": 2, "activation": "tanh"}
    by_name = _doc([hidden, {"kind": "concat", "input_columns": ["x1", "age"]}, OUT], inputs=rows, shape=None)
    by_name["network"]["inputs"] = 3
    assert _problems(by_name) == [
        "network.layers[1].input_columns[1]: no input column 'age'; the inputs are x1, x2, x3"
    ]
    by_index = _doc([hidden, {"kind": "concat", "input_columns": [0, 3]}, OUT], inputs=rows, shape=None)
    by_index["network"]["inputs"] = 3
    assert _problems(by_index) == [
        "network.layers[1].input_columns[1]: column 3 does not exist; the input has columns 0…2"
    ]


def test_explicit_kernel_of_the_wrong_shape():
    layer = {
        "kind": "conv2d",
        "channels": 2,
        "kernel": 3,
        "activation": "relu",
        "weights": np.zeros((2, 2, 3, 3)).tolist(),
    }
    assert _problems(_doc([layer, {"kind": "flatten"}, OUT])) == [
        "network.layers[0].weights: expected 2×1×3×3 (out_channels × in_channels × kh × kw), got 2×2×3×3"
    ]


def test_keys_of_another_kind_are_refused():
    problems = _problems(_doc([{"kind": "flatten", "units": 3}, OUT]))
    assert problems[0].startswith("network.layers[0].units: unknown key; expected one of kind, dropout")


def test_the_memory_estimate_counts_kernels_not_dense_weights():
    layers = [
        {"kind": "conv2d", "channels": 32, "kernel": 3, "padding": 1, "activation": "relu"},
        {"kind": "conv2d", "channels": 32, "kernel": 3, "padding": 1, "activation": "relu"},
        {"kind": "max_pool2d", "kernel": 2},
        {"kind": "flatten"},
        OUT,
    ]
    doc = _doc(layers, inputs=np.zeros((4, 1, 28, 28)).tolist(), shape=(1, 28, 28))
    experiment = Experiment(doc)  # a dense count would be 25 088² weights, tens of GiB: refused
    n_params = sum(p.size for p in experiment.network.parameters())
    assert n_params == 32 * 10 + 32 * (32 * 9 + 1) + 2 * (32 * 14 * 14 + 1)
    assert experiment.memory.parameters == 10 * n_params * 8


def test_a_huge_pixel_is_named_by_sample_and_pixel():
    images = np.zeros((4, 1, 4, 4))
    images[2, 0, 1, 3] = 1e300
    problems = _problems(_doc([{"kind": "flatten"}, OUT], inputs=images.tolist()))
    assert len(problems) == 1 and problems[0].startswith("data.inputs[2][0][1][3]")


@pytest.mark.parametrize(
    ("weights", "message"),
    [
        ([[[[0.1, "x"], [0.2, 0.3]]]], "state.parameters[0].weights[0][0][0][1]: expected a number, got a string"),
        ([[[[0.1, 0.2], [0.3]]]], "state.parameters[0].weights[0][0][1]: expected 2 entries like"),
        ([[0.1, 0.2]], "state.parameters[0].weights[0][0]: expected a list (level 3 of a kernel"),
        ([[[[0.1, 0.2, 0.3]] * 3]], "state.parameters[0].weights: expected 1×1×2×2 (out_channels × in_channels"),
    ],
)
def test_a_saved_kernel_is_checked_cell_by_cell(weights, message):
    """A trained conv file's kernel was refused without saying which cell (found by fuzzing)."""
    layers = [{"kind": "conv2d", "channels": 1, "kernel": 2, "activation": "relu"}, {"kind": "flatten"}, OUT]
    experiment = Experiment(_doc(layers))
    experiment.trainer.step()
    doc = experiment.to_dict()
    doc["state"]["parameters"][0]["weights"] = weights
    assert any(message in line for line in _problems(doc)), _problems(doc)


def test_a_conv_stride_written_as_a_pair_is_refused_by_its_path_not_a_crash():
    """The README gives a pool's stride as a number or [sh, sw] and a conv's as one number; a conv
    stride [1, 1] passed the size check and then crashed the memory estimate (int of a list)."""
    layers = [{"kind": "conv2d", "channels": 1, "kernel": [1, 2], "stride": [1, 1], "activation": "relu"}]
    problems = _problems(_doc([*layers, {"kind": "flatten"}, OUT]))
    assert problems == [
        "network.layers[0].stride: a conv2d stride is one whole number, the same on both axes "
        "(a pool's may be [sh, sw]), got [1, 1]"
    ]
