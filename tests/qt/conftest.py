"""Fixtures shared by the panel tests: a small XOR experiment behind a controller."""

import copy

import pytest
from xor_spec import XOR_SPEC

from nnviz.core.experiment import Experiment
from nnviz.qt.controller import Controller
from nnviz.session.workspace import Workspace


@pytest.fixture
def make_controller():
    """A controller around the XOR spec with top-level keys replaced by ``changes``."""

    def make(**changes):
        return Controller(Workspace(Experiment({**copy.deepcopy(XOR_SPEC), **changes})))

    return make


@pytest.fixture
def controller(make_controller):
    return make_controller()
