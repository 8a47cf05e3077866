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
