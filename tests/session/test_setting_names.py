"""Settings and problems in words, layers counted from 1, for the messages a learner reads."""

import pytest

from nnviz.presets import load_experiment
from nnviz.session.setting_names import problem_in_words, setting_name
from nnviz.session.workspace import Workspace


@pytest.mark.parametrize(
    ("path", "words"),
    [
        (("network", "layers", 0, "units"), "Layer 1 units"),
        (("network", "layers", 1, "activation"), "Layer 2 activation"),
        (("optimizer", "learning_rate"), "Learning rate"),
        (("regularization", "lambda"), "λ"),
        (("data", "test_fraction"), "Test fraction"),
        (("batch_size",), "Batch size"),
    ],
)
def test_setting_names(path, words):
    assert setting_name(path) == words


def test_a_problem_names_its_setting_in_words():
    assert problem_in_words("network.layers[0].units: expected 1 to 4096") == "Layer 1 units: expected 1 to 4096"
    assert problem_in_words("optimizer.learning_rate: must be > 0") == "Learning rate: must be > 0"
    assert problem_in_words("no path here") == "no path here"


def test_a_change_says_which_layer_in_words():
    ws = Workspace(load_experiment("xor-2-2-1"))
    message = ws.set(("network", "layers", 0, "units"), 3)
    assert message.startswith("Layer 1 units changed: training restarts")
    assert "network." not in message
    assert ws.set(("optimizer", "learning_rate"), 0.5).startswith("Learning rate changed: applies")
