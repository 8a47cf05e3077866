"""A saved session (``state``) loads back and continues bit for bit with every optimizer, the
perceptron rule included, and a state missing a buffer its optimizer reads is refused by its
JSON path (both found by fuzzing: a KeyError, exit 1, instead of a file that loads or a message)."""

import json

import numpy as np
import pytest

from nnviz.core.experiment import Experiment
from nnviz.core.validate import ExperimentError
from nnviz.presets import load_experiment

OPTIMIZERS = {
    "sgd": {"name": "sgd", "learning_rate": 0.5},
    "momentum": {"name": "sgd", "learning_rate": 0.5, "momentum": 0.9},
    "rmsprop": {"name": "rmsprop", "learning_rate": 0.01, "centered": True, "momentum": 0.5},
    "adam": {"name": "adam", "learning_rate": 0.01, "amsgrad": True},
}


def _spec(optimizer: str) -> dict:
    if optimizer == "perceptron":
        return json.loads(json.dumps(load_experiment("perceptron-and").spec))
    spec = json.loads(json.dumps(load_experiment("xor-2-2-1").spec))
    spec["optimizer"] = OPTIMIZERS[optimizer]
    return spec


@pytest.mark.parametrize("optimizer", [*OPTIMIZERS, "perceptron"])
def test_a_saved_state_loads_and_continues_bit_for_bit(optimizer):
    whole = Experiment(_spec(optimizer))
    part = Experiment(_spec(optimizer))
    for _ in range(5):
        whole.trainer.step()
    for _ in range(3):
        part.trainer.step()
    resumed = Experiment.from_json(part.to_json())
    for _ in range(2):
        resumed.trainer.step()
    for a, b in zip(whole.network.parameters(), resumed.network.parameters(), strict=True):
        np.testing.assert_array_equal(a, b)


@pytest.mark.parametrize("missing", ["exp_avg", "exp_avg_sq"])
def test_a_state_without_a_buffer_its_optimizer_reads_is_refused_by_path(missing):
    trained = Experiment(_spec("adam"))
    trained.trainer.step()
    doc = trained.to_dict()
    del doc["state"]["optimizer"]["buffers"][missing]
    with pytest.raises(ExperimentError) as refused:
        Experiment(doc)
    assert refused.value.problems == [
        f"state.optimizer.buffers.{missing}: missing: adam keeps exp_avg, exp_avg_sq, max_exp_avg_sq"
        " (null entries where there is none)"
    ]
