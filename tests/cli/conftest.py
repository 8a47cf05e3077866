import json

import pytest

HAND_SET = {
    "nnviz": 1,
    "name": "hand-set 2-2-1",
    "seed": 7,
    "data": {"inputs": [[0.5, -1.0], [1.0, 0.25]], "targets": [[1.0], [0.0]]},
    "network": {
        "inputs": 2,
        "layers": [
            {"units": 2, "activation": "tanh", "weights": [[0.1, -0.2], [0.3, 0.4]], "bias": [0.0, 0.1]},
            {"units": 1, "activation": "sigmoid", "init": "xavier_uniform"},
        ],
    },
    "loss": {"name": "bce"},
    "regularization": {"kind": "l2", "lambda": 0.001},
    "optimizer": {"name": "sgd", "learning_rate": 0.1, "momentum": 0.9},
    "batch_size": 2,
    "epochs": 100,
}


@pytest.fixture
def hand_set():
    """The complete small example of the issue and README, as a fresh dict."""
    return json.loads(json.dumps(HAND_SET))


@pytest.fixture
def write_json(tmp_path):
    def write(doc, name="experiment.json"):
        path = tmp_path / name
        path.write_text(doc if isinstance(doc, str) else json.dumps(doc), encoding="utf-8")
        return path

    return write
