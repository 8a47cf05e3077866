"""A small network whose every mistake of the list is distinguishable, and a helper running ``nnviz check``."""

import copy
import json

import numpy as np
import pytest

from nnviz.cli import main
from nnviz.core.experiment import Experiment
from nnviz.grading.recompute import Iteration

SPEC = {
    "nnviz": 1,
    "name": "check 2-2-2",
    "seed": 0,
    "data": {
        "inputs": [[0.5, -1.0], [1.0, 0.25], [-0.3, 0.8]],
        "targets": [[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]],
    },
    "network": {
        "inputs": 2,
        "layers": [
            {"units": 2, "activation": "tanh", "weights": [[0.1, -0.2], [0.3, 0.4]], "bias": [0.05, 0.1]},
            {"units": 2, "activation": "sigmoid", "weights": [[0.6, -0.5], [0.2, 0.7]], "bias": [-0.1, 0.2]},
        ],
    },
    "loss": {"name": "mse"},
    "optimizer": {"name": "sgd", "learning_rate": 0.5},
    "batch_size": 3,
    "shuffle": False,
}


class Checker:
    """Runs ``nnviz check`` on the spec with a CSV of rows (phase, layer, quantity, row, col, value)."""

    def __init__(self, tmp_path, capsys, spec):
        self.tmp_path, self.capsys = tmp_path, capsys
        self.spec_path = tmp_path / "spec.json"
        self.spec_path.write_text(json.dumps(spec))
        experiment = Experiment.load(self.spec_path)
        optimizer = copy.deepcopy(experiment.trainer.optimizer)
        trace = experiment.trainer.step()
        self.iteration = Iteration(experiment.trainer, trace, optimizer)
        self.true = self.iteration.true

    def value(self, phase, layer, quantity, *index) -> float:
        return float(self.true[(phase, layer, quantity)][tuple(i - 1 for i in index)])

    def rows(self, phase, layer, quantity, digits=None):
        """Every true value of one quantity as CSV rows, rounded to ``digits`` decimals if given."""
        array = self.true[(phase, layer, quantity)]
        out = []
        for index in np.ndindex(array.shape):
            cells = [str(i + 1) for i in index] + [""] * (2 - len(index))
            value = float(array[index])
            text = repr(value) if digits is None else f"{value:.{digits}f}"
            out.append([phase, "" if phase == "loss" else str(layer), quantity, *cells, text])
        return out

    def run(self, rows, *extra, fmt="json"):
        path = self.tmp_path / "student.csv"
        path.write_text(
            "phase,layer,quantity,row,col,value\n" + "".join(",".join(map(str, r)) + "\n" for r in rows)
        )
        return self.run_file(path, *extra, fmt=fmt)

    def run_file(self, path, *extra, fmt="json"):
        code = main(["check", str(self.spec_path), str(path), "--format", fmt, *extra])
        out, err = self.capsys.readouterr()
        return code, (json.loads(out) if fmt == "json" and out else out), err


@pytest.fixture
def checker(tmp_path, capsys):
    return Checker(tmp_path, capsys, copy.deepcopy(SPEC))


@pytest.fixture
def make_checker(tmp_path, capsys):
    return lambda spec: Checker(tmp_path, capsys, spec)
