"""Every shipped lesson traces a sample that teaches, says how to trace another, and names the right keys."""

import re

import numpy as np
import pytest

from nnviz.presets import load_experiment, preset_names
from nnviz.session.events import Granularity
from nnviz.session.workspace import Workspace

KEYS = {"F11": "unit", "F10": "layer", "F8": "iteration", "Shift+F11": "phase", "F5": "run", "F6": "pause"}
"""What each key does, as the Debug menu says; a lesson naming the key must say the same."""


@pytest.mark.parametrize("name", preset_names())
def test_the_traced_sample_has_the_most_non_zero_inputs(name):
    ws = Workspace(load_experiment(name))
    ws.step(Granularity.UNIT)
    x = ws.stepper.trace.x
    counts = np.count_nonzero(x.reshape(len(x), -1), axis=1)
    assert counts[ws.sample] == counts.max()
    # A batch of one sample leaves no choice: the perceptron lessons start, as the textbook does, at 00.
    assert counts.max() > 0 or len(x) == 1


@pytest.mark.parametrize("name", preset_names())
def test_the_lesson_names_the_keys_for_what_they_do(name):
    lesson = load_experiment(name).lesson
    for line in lesson.splitlines():
        for key, unit in KEYS.items():
            for sentence in re.split(r"(?<=[.;])\s", line):
                if re.search(rf"(?<![+\w]){re.escape(key)}\b", sentence):
                    assert unit in sentence.lower(), f"{name}: {sentence.strip()!r} should say {key} does: {unit}"


@pytest.mark.parametrize("name", preset_names())
def test_the_lesson_says_how_to_trace_another_sample(name):
    experiment = load_experiment(name)
    points = experiment.data.points_train
    if len(points) > 1 and points.ndim == 2 and points.shape[1] <= 2:  # a set drawn as points in the plane
        assert "click another point" in experiment.lesson
