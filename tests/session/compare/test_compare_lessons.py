"""The comparison lessons: each claim the lesson text makes is measured here from its own runs
(trained in worker processes, as ``nnviz compare`` trains them)."""

import numpy as np
import pytest

from nnviz.session.compare import presets
from nnviz.session.compare.plan import make_plan
from nnviz.session.compare.pool import Pool
from nnviz.session.compare.results import Comparison
from nnviz.session.compare.train_run import Job


def compare(name: str) -> Comparison:
    preset = presets.load(presets.find(name))
    plan = make_plan(preset.experiment, preset.vary, seeds=preset.seeds, epochs=preset.epochs)
    return Comparison(plan, Pool([Job(r, plan.epochs) for r in plan.runs]).run())


def acc(c: Comparison, v: int) -> float:
    return round(100 * c.final(v, "train_accuracy"), 1)


def test_every_lesson_loads_and_names_its_command():
    names = presets.comparison_names()
    assert len(names) == 6
    for name in names:
        preset = presets.load(presets.find(name))
        assert f"nnviz compare {name} --out fig.png" in preset.lesson


def test_hidden_units_one_draws_a_line_three_close_the_circle():
    c = compare("compare-hidden-units")
    assert [acc(c, v) for v in range(4)] == [70.0, 84.0, 99.0, 100.0]
    assert [round(c.final(v, "train_loss"), 3) for v in range(3)] == [0.541, 0.359, 0.064]
    assert [c.epoch_reaching(v, 0.4) for v in range(4)] == [None, 96, 52, 36]


def test_cross_entropy_reaches_the_target_loss_in_fewer_epochs_than_mse():
    c = compare("compare-mse-cross-entropy")
    assert c.plan.locks.weights == {1: "locked"}
    mse, ce = c.results
    assert np.array_equal(mse.initial_digest, ce.initial_digest)
    assert c.epoch_reaching(1, 0.1) == 2 < c.epoch_reaching(0, 0.1) == 85
    assert np.flatnonzero(ce.train_accuracy == 1.0)[0] == 2 and np.flatnonzero(mse.train_accuracy == 1.0)[0] == 85
    assert np.all(mse.train_accuracy[:11] == 0.0) and round(mse.train_loss[60], 3) == 0.987


def test_deep_sigmoid_first_layer_gradient_is_far_below_relus():
    c = compare("compare-deep-activations")
    sigmoid, tanh, relu = (c.grad_norms(v) for v in range(3))
    assert f"{sigmoid[0]:.1e}" == "2.9e-05" and round(sigmoid[-1], 2) == 0.12
    assert sigmoid[0] < relu[0] / 1000 and round(relu[0], 2) == 0.11 and round(tanh[0], 2) == 0.15
    assert round(c.final(0, "train_loss"), 3) == 0.693 and acc(c, 0) == 50.0
    assert acc(c, 1) == acc(c, 2) == 100.0
    assert [c.epoch_reaching(v, 0.3) for v in range(3)] == [None, 18, 12]


def test_l2_trades_training_accuracy_for_test_accuracy():
    c = compare("compare-l2-lambda")
    assert [acc(c, v) for v in range(3)] == [97.5, 97.5, 87.5]
    assert [round(100 * c.final(v, "test_accuracy"), 1) for v in range(3)] == [66.7, 70.0, 81.7]
    assert [round(c.final(v, "test_loss"), 2) for v in range(3)] == [3.85, 2.05, 0.40]
    no_l2 = c.results[0].test_loss
    assert round(np.min(no_l2), 3) == 0.408 and int(np.argmin(no_l2)) == 44


@pytest.mark.parametrize("seeds_right", [(0.75, 0.25, 0.25)])
def test_one_unit_cannot_learn_xor_one_hidden_layer_can(seeds_right):
    c = compare("compare-perceptron-xor")
    assert tuple(r.train_accuracy[-1] for r in c.runs_of(0)) == seeds_right
    assert all(r.train_accuracy[-1] == 1.0 for r in c.runs_of(1))
    assert round(c.final(0, "train_loss"), 3) == 0.693 and c.epoch_reaching(0, 0.3) is None
    assert c.epoch_reaching(1, 0.3) == 61


def test_adam_reaches_the_target_first_and_the_three_share_one_landscape():
    from nnviz.session.compare.shared_plane import shared_landscape

    preset = presets.load(presets.find("compare-optimizers"))
    plan = make_plan(preset.experiment, preset.vary, seeds=preset.seeds, epochs=preset.epochs)
    c = Comparison(plan, Pool([Job(r, plan.epochs, (), keep_parameters=True) for r in plan.runs]).run())
    assert [c.epoch_reaching(v, 0.5) for v in range(3)] == [None, 156, 64]
    assert [round(c.final(v, "train_loss"), 4) for v in range(3)] == [0.6245, 0.448, 0.0189]
    assert [acc(c, v) for v in range(3)] == [69.5, 78.6, 100.0] and c.final(2, "test_accuracy") == 1.0
    shared = shared_landscape(c, n=11)
    assert len(shared.runs) == 3 and shared.runs[2][2][-1] < np.nanmin(shared.scape.loss)  # a projection


@pytest.mark.parametrize("lang", ["zh_CN", "zh_TW"])
def test_every_lesson_speaks_chinese_with_the_english_numbers_and_command(lang):
    """Each lesson's name and text come in both scripts, and the translation keeps every measured
    number and the command that measures them (the claims tested above are the same claims)."""
    import json
    import re

    number = re.compile(r"\d+(?:\.\d+)?")
    for name in presets.comparison_names():
        doc = json.loads(presets.find(name).read_text(encoding="utf-8"))
        english, chinese = doc["lesson"]["en"], doc["lesson"][lang]
        assert doc["name"][lang] and re.search(r"[\u4e00-\u9fff]", chinese), name
        assert sorted(number.findall(chinese)) == sorted(number.findall(english)), name
        assert f"nnviz compare {name} --out fig.png" in chinese
