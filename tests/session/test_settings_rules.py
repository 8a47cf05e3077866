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
