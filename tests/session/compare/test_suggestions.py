"""The Compare window's suggestions build for every shipped preset: dense, CNN, Wide&Deep, perceptron."""

from __future__ import annotations

import pytest

from nnviz.core.experiment import ExperimentError
from nnviz.presets import load_experiment, preset_names
from nnviz.session.compare.plan import make_plan
from nnviz.session.compare.suggest import suggestions
from nnviz.session.compare.vary import parse_vary


@pytest.mark.parametrize("name", preset_names())
def test_every_suggestion_of_every_preset_makes_a_plan_or_names_a_value(name):
    experiment = load_experiment(name)
    rows = suggestions(experiment)
    assert rows, name
    problems = []
    for label, path, values in rows:
        try:
            make_plan(experiment, parse_vary(f"{path}={values}"), epochs=1)
        except ExperimentError as error:
            problems.append(f"{label} ({path}={values}): {error}")
    assert problems == []


def test_a_cnn_is_offered_its_kernels_and_no_units_of_a_pool_or_flatten():
    paths = [path for _, path, _ in suggestions(load_experiment("digits-cnn"))]
    assert "network.layers[0].channels" in paths
    assert not any(path.endswith(".units") for path in paths)


def test_a_dense_network_is_offered_its_hidden_units_dropout_and_initializer():
    paths = [path for _, path, _ in suggestions(load_experiment("xor-2-2-1"))]
    for path in ("network.layers[0].units", "network.layers[0].dropout", "network.layers[0:1].init"):
        assert path in paths
