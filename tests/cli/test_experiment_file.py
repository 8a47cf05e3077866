"""Experiment files: round trips, bit-identical continuation, and the validation messages."""

import json

import numpy as np
import pytest

from nnviz.core.experiment import Experiment
from nnviz.core.validate import ExperimentError


def spiral_doc():
    return {
        "nnviz": 1,
        "name": "spiral",
        "seed": 3,
        "data": {
            "dataset": "spiral",
            "samples": 60,
            "noise": 0.1,
            "test_fraction": 0.25,
            "features": ["x1", "x2", "x1*x2", "sin(x1)"],
        },
        "network": {
            "inputs": 4,
            "layers": [
                {"units": 5, "activation": "tanh", "dropout": 0.2},
                {"units": 3, "activation": "relu"},
                {"units": 1, "activation": "sigmoid"},
            ],
        },
        "loss": {"name": "bce"},
        "regularization": {"kind": "l1", "lambda": 0.001},
        "optimizer": {"name": "adam", "learning_rate": 0.01},
        "batch_size": 8,
        "epochs": 3,
    }


def test_save_load_save_is_byte_identical(tmp_path, hand_set):
    first = Experiment(hand_set).to_json()
    again = Experiment.from_json(first).to_json()
    assert first == again
    trained = Experiment(spiral_doc())
    for _ in range(7):
        trained.trainer.step()
    text = trained.to_json()
    assert '"state"' in text
    assert Experiment.from_json(text).to_json() == text


def test_reloaded_experiment_continues_bit_identically(tmp_path):
    never_stopped = Experiment(spiral_doc())
    stopped = Experiment(spiral_doc())
    for _ in range(13):  # mid-epoch: order, position, Adam buffers and dropout stream all matter
        never_stopped.trainer.step()
        stopped.trainer.step()
    stopped.save(tmp_path / "saved.json")
    resumed = Experiment.load(tmp_path / "saved.json")
    for _ in range(20):
        a, b = never_stopped.trainer.step(), resumed.trainer.step()
        assert np.array_equal(a.samples, b.samples)
        assert a.loss_total == b.loss_total
    for p, q in zip(never_stopped.network.parameters(), resumed.network.parameters()):
        assert np.array_equal(p, q)


def test_same_file_same_numbers():
    a, b = Experiment(spiral_doc()), Experiment(spiral_doc())
    assert np.array_equal(a.data.x_train, b.data.x_train)
    assert [t.loss_total for t in (a.trainer.step(), a.trainer.step())] == [
        t.loss_total for t in (b.trainer.step(), b.trainer.step())
    ]


def test_changing_the_network_keeps_the_data():
    doc = spiral_doc()
    a = Experiment(doc)
    doc["network"]["layers"][0]["units"] = 9
    b = Experiment(doc)
    assert np.array_equal(a.data.x_train, b.data.x_train)


def test_reset_returns_to_iteration_zero_with_same_weights():
    e = Experiment(spiral_doc())
    before = [p.copy() for p in e.network.parameters()]
    e.trainer.step()
    e.reset()
    assert e.trainer.iteration == 0
    assert all(np.array_equal(p, q) for p, q in zip(before, e.network.parameters()))


def test_class_targets_as_indices_or_one_hot_give_the_same_run():
    base = {
        "nnviz": 1,
        "seed": 1,
        "network": {"layers": [{"units": 4, "activation": "tanh"}, {"units": 3, "activation": "softmax"}]},
        "loss": {"name": "cross_entropy"},
        "optimizer": {"name": "sgd", "learning_rate": 0.5},
    }
    x = [[0.0, 1.0], [1.0, 0.0], [1.0, 1.0]]
    by_index = Experiment({**base, "data": {"inputs": x, "targets": [0, 2, 1]}})
    by_rows = Experiment({**base, "data": {"inputs": x, "targets": [[1, 0, 0], [0, 0, 1], [0, 1, 0]]}})
    assert by_index.trainer.step().loss_total == by_rows.trainer.step().loss_total


MALFORMED = [
    ("not json {", "not valid JSON"),
    ("[1, 2]", "JSON object"),
    ({"name": "x"}, "nnviz: missing"),
    ({"nnviz": 99}, "newer"),
    ({"nnviz": 1, "surprise": 1}, "surprise: unknown key"),
    ({"nnviz": 1, "seed": -1}, "seed: -1 is out of range"),
    ({"nnviz": 1, "seed": "seven"}, "seed: expected a whole number"),
    ({"nnviz": 1, "batch_size": 0}, "batch_size: 0 is out of range"),
    ({"nnviz": 1, "batch_size": 2.5}, "batch_size: expected a whole number"),
    ({"nnviz": 1, "data": {"dataset": "nope"}}, "data.dataset: unknown data set 'nope'"),
    ({"nnviz": 1, "data": {"dataset": "circle", "noise": 3}}, "data.noise: 3 is out of range"),
    ({"nnviz": 1, "data": {"dataset": "circle", "samples": 2}}, "data.samples: 2 is out of range"),
    ({"nnviz": 1, "data": {"dataset": "circle", "test_fraction": 1}}, "data.test_fraction"),
    ({"nnviz": 1, "data": {"inputs": [[0.0, 1.0]]}}, "data.targets: missing"),
    (
        {"nnviz": 1, "data": {"inputs": [[0, 1], [1]], "targets": [1, 0]}},
        "data.inputs: rows have different lengths",
    ),
    ({"nnviz": 1, "data": {"inputs": [[0, 1]], "targets": [1, 0]}}, "data.targets: expected 1 targets"),
    ({"nnviz": 1, "data": {"inputs": [[0, "a"]], "targets": [1]}}, "data.inputs[0][1]: expected a number"),
    ({"nnviz": 1, "data": {"dataset": "circle", "features": ["x3"]}}, "data.features"),
    ({"nnviz": 1, "data": {"csv": "missing-file.csv", "targets": ["y"]}}, "data.csv"),
    ({"nnviz": 1, "network": {"layers": []}}, "network.layers: expected a non-empty list"),
    (
        {
            "nnviz": 1,
            "network": {"layers": [{"units": 0, "activation": "tanh"}, {"units": 1, "activation": "sigmoid"}]},
        },
        "network.layers[0].units: 0 is out of range",
    ),
    (
        {
            "nnviz": 1,
            "network": {"layers": [{"units": 2, "activation": "swish"}, {"units": 1, "activation": "sigmoid"}]},
        },
        "network.layers[0].activation: unknown value 'swish'",
    ),
    (
        {
            "nnviz": 1,
            "network": {"layers": [{"units": 2, "activation": "softmax"}, {"units": 1, "activation": "sigmoid"}]},
        },
        "network.layers[0].activation: softmax is only allowed on the output layer",
    ),
    (
        {
            "nnviz": 1,
            "network": {
                "inputs": 2,
                "layers": [
                    {"units": 2, "activation": "tanh", "weights": [[0.1, 0.2, 0.3], [0.1, 0.2, 0.3]]},
                    {"units": 1, "activation": "sigmoid"},
                ],
            },
        },
        "network.layers[0].weights: expected 2×2 (units × inputs), got 2×3",
    ),
    (
        {
            "nnviz": 1,
            "network": {
                "layers": [
                    {"units": 2, "activation": "tanh", "bias": [0.0]},
                    {"units": 1, "activation": "sigmoid"},
                ]
            },
        },
        "network.layers[0].bias: expected 2 entries",
    ),
    (
        {
            "nnviz": 1,
            "network": {
                "layers": [
                    {"units": 2, "activation": "tanh"},
                    {"units": 1, "activation": "sigmoid", "dropout": 0.5},
                ]
            },
        },
        "network.layers[1].dropout: dropout is for hidden layers",
    ),
    (
        {"nnviz": 1, "network": {"inputs": 3, "layers": [{"units": 1, "activation": "sigmoid"}]}},
        "network.inputs: the data has 2 input feature(s)",
    ),
    (
        {"nnviz": 1, "network": {"layers": [{"units": 1, "activation": "sigmoid", "init": "random"}]}},
        "network.layers[0].init: unknown value 'random'",
    ),
    ({"nnviz": 1, "loss": {"name": "zero_one"}}, "zero_one"),
    ({"nnviz": 1, "loss": {"name": "hinge"}}, "hinge needs raw scores from an identity output layer"),
    ({"nnviz": 1, "loss": {"name": "cubic"}}, "loss.name: unknown value 'cubic'"),
    (
        {"nnviz": 1, "loss": {"name": "bce"}, "network": {"layers": [{"units": 1, "activation": "relu"}]}},
        "bce needs outputs in (0, 1)",
    ),
    ({"nnviz": 1, "regularization": {"kind": "l3", "lambda": 0.1}}, "regularization.kind: unknown value 'l3'"),
    ({"nnviz": 1, "regularization": {"kind": "l2", "lambda": -1}}, "regularization.lambda: -1 is out of range"),
    ({"nnviz": 1, "optimizer": {"name": "sgd", "learning_rate": -0.1}}, "optimizer.learning_rate"),
    (
        {"nnviz": 1, "optimizer": {"name": "sgd", "learning_rate": 0.1, "weight_decay": 0.1}},
        "optimizer.weight_decay",
    ),
    ({"nnviz": 1, "optimizer": {"name": "adam", "betas": [0.9]}}, "optimizer.betas"),
    ({"nnviz": 1, "optimizer": {"name": "adam", "momentum": 0.9}}, "optimizer.momentum: unknown key"),
    ({"nnviz": 1, "optimizer": {"name": "lbfgs"}}, "optimizer.name: unknown value 'lbfgs'"),
    (
        {
            "nnviz": 1,
            "loss": {"name": "cross_entropy"},
            "network": {"layers": [{"units": 3, "activation": "softmax"}]},
            "data": {"inputs": [[0, 1], [1, 0]], "targets": [0, 5]},
        },
        "data.targets: class indices must be whole numbers 0…2",
    ),
    ('{"nnviz": 1, "seed": NaN}', "NaN is not a number JSON allows"),
    ({"nnviz": 1, "state": {"iteration": 1}}, "state.epoch: missing"),
    # A JSON integer of a thousand digits: read as too large, not as "inf".
    ({"nnviz": 1, "seed": 10**1000}, "seed: this number is too large; whole numbers here are at most 2^53"),
]


def _complete(doc):
    if isinstance(doc, str) or not isinstance(doc, dict) or set(doc) <= {"name"} or doc.get("nnviz") != 1:
        return doc
    full = {
        "nnviz": 1,
        "data": {"inputs": [[0, 0], [0, 1], [1, 0], [1, 1]], "targets": [[0], [1], [1], [0]]},
        "network": {"layers": [{"units": 2, "activation": "tanh"}, {"units": 1, "activation": "sigmoid"}]},
        "loss": {"name": "bce"},
        "optimizer": {"name": "sgd", "learning_rate": 0.1},
    }
    full.update(doc)
    return full


@pytest.mark.parametrize(("doc", "expected"), MALFORMED, ids=[m[1][:40] for m in MALFORMED])
def test_malformed_experiment_names_the_problem(doc, expected, write_json, capsys):
    from nnviz.cli import main

    path = write_json(_complete(doc))
    code = main(["train", str(path), "--epochs", "1"])
    err = capsys.readouterr().err
    assert code == 2
    assert expected in err
    assert "Traceback" not in err
    assert all(line.startswith("nnviz: error: ") for line in err.strip().splitlines())


def test_state_with_wrong_shapes_is_reported(hand_set):
    trained = Experiment(hand_set)
    trained.trainer.step()
    doc = trained.to_dict()
    doc["state"]["parameters"][0]["weights"] = [[1.0, 2.0, 3.0], [1.0, 2.0, 3.0]]
    with pytest.raises(ExperimentError, match=r"state.parameters\[0\].weights: expected 2×2"):
        Experiment(doc)


def test_all_problems_are_collected():
    with pytest.raises(ExperimentError) as info:
        Experiment(_complete({"nnviz": 1, "seed": -1, "batch_size": 0}))
    assert len(info.value.problems) == 2
    assert str(info.value).splitlines() == [
        "seed: -1 is out of range; expected [0, 9.22337e+18]",
        "batch_size: 0 is out of range; expected [1, 100000]",
    ]


def test_many_problems_are_listed_up_to_a_limit():
    error = ExperimentError([f"data.inputs[{i}]: bad" for i in range(60)])
    lines = str(error).splitlines()
    assert lines[:50] == [f"data.inputs[{i}]: bad" for i in range(50)]
    assert lines[50:] == ["… and 10 more problems"]


def test_saved_file_is_valid_json_with_version(tmp_path, hand_set):
    e = Experiment(hand_set)
    e.save(tmp_path / "x.json")
    doc = json.loads((tmp_path / "x.json").read_text())
    assert doc["nnviz"] == 1 and doc["name"] == "hand-set 2-2-1"
