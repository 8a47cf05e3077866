"""What one setting drags along in the spec, without widgets (:mod:`nnviz.session.settings_rules`)."""

import copy

import pytest
from xor_spec import XOR_SPEC

from nnviz.core.experiment import Experiment
from nnviz.session import settings_rules as rules


def test_explicit_weights_go_when_their_shape_no_longer_fits():
    old = {
        "data": {"inputs": [[0.0, 1.0]], "targets": [[1.0]]},
        "network": {
            "inputs": 2,
            "layers": [
                {"units": 2, "activation": "sigmoid", "weights": [[1, 2], [3, 4]], "bias": [0, 0]},
                {"units": 1, "activation": "sigmoid", "weights": [[1, 2]], "bias": [0]},
            ],
        },
        "loss": {"name": "bce"},
        "optimizer": {"name": "sgd"},
    }
    new = copy.deepcopy(old)
    new["network"]["layers"][0]["units"] = 3
    fixed = rules.consistent(old, new, kind="inline", raw=2)
    first, second = fixed["network"]["layers"]
    assert "weights" not in first and "bias" not in first
    assert "weights" not in second and second["bias"] == [0]
    Experiment(fixed | {"nnviz": 1})  # builds


def test_the_output_layer_cannot_be_removed_as_a_hidden_one():
    spec = copy.deepcopy(XOR_SPEC)
    assert len(rules.without_layer(spec, 0)["network"]["layers"]) == 1
    with pytest.raises(ValueError, match="no hidden layer 2"):
        rules.without_layer(spec, 1)


def test_the_network_editor_rules_keep_an_image_network_buildable():
    """Adding a hidden layer to the digits CNN puts a dense layer after flatten; removing the conv
    layer leaves pooling on the picture; the input shape [1, 8, 8] stays (it was overwritten by 1)."""
    from nnviz.core.experiment import Experiment
    from nnviz.presets import load_experiment
    from nnviz.session import settings_rules as rules

    old = load_experiment("digits-cnn")
    raw = old.data.points_train.shape[1]
    for edit in (rules.with_hidden_layer, lambda spec: rules.without_layer(spec, 0)):
        spec = rules.consistent(old.spec, edit(old.spec), kind=old.data.kind, raw=raw)
        assert spec["network"]["inputs"] == [1, 8, 8]
        Experiment(spec)  # builds
    kinds = [layer.get("kind", "dense") for layer in rules.with_hidden_layer(old.spec)["network"]["layers"]]
    assert kinds == ["conv2d", "max_pool2d", "flatten", "dense", "dense"]


def test_conv_and_pool_layers_go_in_before_the_flatten_until_the_maps_are_too_small():
    """A conv layer keeps the 8×8×8 maps (3×3, padding 1, the last conv's channels); each max pool
    halves them, 4 → 2 → 1, and a pool on 1×1 maps is refused by the experiment with the arithmetic."""
    from nnviz.core.experiment import Experiment, ExperimentError
    from nnviz.presets import load_experiment

    spec = load_experiment("digits-cnn").spec
    conv = rules.with_map_layer(spec, "conv2d")
    kinds = [layer.get("kind", "dense") for layer in conv["network"]["layers"]]
    assert kinds == ["conv2d", "max_pool2d", "conv2d", "flatten", "dense"]
    assert conv["network"]["layers"][2] == {
        "kind": "conv2d",
        "channels": 8,
        "kernel": 3,
        "padding": 1,
        "activation": "relu",
        "init": "he_uniform",
    }
    net = Experiment(conv).network
    assert net.shapes[2] == (8, 4, 4) and net.layers[2].W.shape == (8, 8, 3, 3)
    for size in (2, 1):
        spec = rules.with_map_layer(spec, "max_pool2d")
        assert Experiment(spec).network.shapes[-3] == (8, size, size)
    too_small = rules.with_map_layer(spec, "avg_pool2d")
    with pytest.raises(ExperimentError, match=r"does not fit a 1×1 input \(out = ⌊\(1 \+ 2·0 − 2\)/2⌋ \+ 1 = 0\)"):
        Experiment(too_small)


def test_weights_given_for_the_dense_layer_after_the_maps_go_when_a_map_layer_comes_in():
    spec = copy.deepcopy(
        {
            "network": {
                "inputs": [1, 4, 4],
                "layers": [{"kind": "flatten"}, {"units": 1, "activation": "sigmoid", "weights": [[0.0] * 16]}],
            }
        }
    )
    pooled = rules.with_map_layer(spec, "max_pool2d")["network"]["layers"]
    assert pooled[0] == {"kind": "max_pool2d", "kernel": 2} and "weights" not in pooled[2]
    assert "weights" in spec["network"]["layers"][1]  # the spec given is not changed
    with pytest.raises(ValueError, match="has none"):
        rules.with_map_layer(XOR_SPEC, "conv2d")


def test_every_hidden_layer_but_the_flatten_can_be_removed():
    from nnviz.presets import load_experiment

    spec = load_experiment("digits-cnn").spec
    assert [rules.removable(spec, k) for k in range(5)] == [True, True, False, False, False]
