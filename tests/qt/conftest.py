"""Fixtures shared by the panel tests: a small XOR experiment behind a controller."""

import copy

import pytest

from nnviz.core.experiment import Experiment
from nnviz.qt.controller import Controller
from nnviz.session.workspace import Workspace

XOR_SPEC = {
    "nnviz": 1,
    "seed": 1,
    "data": {"dataset": "xor", "samples": 40, "noise": 0.05},
    "network": {"layers": [{"units": 3, "activation": "tanh"}, {"units": 1, "activation": "sigmoid"}]},
    "loss": {"name": "bce"},
    "optimizer": {"name": "sgd", "learning_rate": 0.3},
    "batch_size": 10,
    "lesson": "# XOR\nTry it.",
}


@pytest.fixture
def make_controller():
    """A controller around the XOR spec with top-level keys replaced by ``changes``."""

    def make(**changes):
        return Controller(Workspace(Experiment({**copy.deepcopy(XOR_SPEC), **changes})))

    return make


@pytest.fixture
def controller(make_controller):
    return make_controller()
