"""Each usual mistake, planted alone in a learner's file, is diagnosed by name (and one mistake counts once)."""

import numpy as np
import pytest

from nnviz.core.number_text import num


def _verdict(result, label):
    return next(v for v in result["values"] if v["label"] == label)


def _planted(checker, phase, layer, quantity, index, value):
    cells = [str(i) for i in index] + [""] * (2 - len(index))
    return [phase, "" if phase == "loss" else layer, quantity, *cells, repr(float(value))]


def _check_one(checker, phase, layer, quantity, index, value, given=()):
    code, result, _ = checker.run([*given, _planted(checker, phase, layer, quantity, index, value)])
    assert code == 1
    wrong = [v for v in result["values"] if v["verdict"] == "wrong"]
    assert len(wrong) == 1, wrong
    return wrong[0]


def test_sign_flipped(checker):
    v = _check_one(checker, "backward", 2, "delta", (1, 1), -checker.value("backward", 2, "delta", 1, 1))
    assert v["mistake"] == "sign flipped"


def test_slope_missing(checker):
    v = _check_one(checker, "backward", 2, "delta", (1, 1), checker.value("backward", 2, "grad_a", 1, 1))
    assert v["mistake"] == "f′(z) missing"
    assert v["correct"].startswith("δ = ∂L/∂a·f′(z) = ")
    assert v["correct"].endswith("= " + num(checker.value("backward", 2, "delta", 1, 1)))


def test_slope_of_a_instead_of_z(checker):
    grad_a, a = checker.value("backward", 1, "grad_a", 1, 1), checker.value("forward", 1, "a", 1, 1)
    v = _check_one(checker, "backward", 1, "delta", (1, 1), grad_a * (1 - np.tanh(a) ** 2))
    assert v["mistake"] == "f′ taken of a instead of z"


def test_bias_forgotten(checker):
    v = _check_one(checker, "forward", 1, "z", (1, 1), checker.value("forward", 1, "z", 1, 1) - 0.05)
    assert v["mistake"] == "bias forgotten"


def test_factor_two_of_the_squared_error(checker):
    v = _check_one(checker, "loss", 0, "data", (), 0.5 * checker.value("loss", 0, "data"))
    assert v["mistake"] == "factor 2 or ½ of the squared error"
    v = _check_one(checker, "backward", 2, "grad_a", (2, 2), 2 * checker.value("backward", 2, "grad_a", 2, 2))
    assert v["mistake"] == "factor 2 or ½ of the squared error"


def test_batch_sum_instead_of_mean(checker):
    v = _check_one(checker, "loss", 0, "data", (), 3 * checker.value("loss", 0, "data"))
    assert v["mistake"] == "batch sum instead of mean (off by N)"
    v = _check_one(checker, "backward", 2, "grad_bias", (1,), checker.value("backward", 2, "grad_bias", 1) / 3)
    assert v["mistake"] == "batch sum instead of mean (off by N)"


def test_updated_weight_used_where_the_old_one_was_due(checker):
    delta = checker.true[("backward", 2, "delta")][0]
    W_after = checker.true[("update", 2, "weights")]
    v = _check_one(checker, "backward", 1, "grad_a", (1, 1), delta @ W_after[:, 0])
    assert v["mistake"] == "updated weight used where the old one was due"


def test_indices_transposed(checker):
    grads = checker.true[("backward", 1, "grad_weights")]
    assert not np.isclose(grads[0, 1], grads[1, 0])
    v = _check_one(checker, "backward", 1, "grad_weights", (1, 2), grads[1, 0])
    assert v["mistake"] == "indices transposed (w_ij vs w_ji)"


def test_learning_rate_step_added(checker):
    before, after = checker.value("update", 2, "weights_before", 1, 1), checker.value("update", 2, "weights", 1, 1)
    v = _check_one(checker, "update", 2, "weights", (1, 1), 2 * before - after)
    assert v["mistake"] == "learning-rate step added instead of subtracted"


def test_an_unknown_mistake_is_wrong_without_a_name(checker):
    v = _check_one(checker, "forward", 1, "z", (1, 1), 123.0)
    assert v["mistake"] is None and v["correct"].startswith("z = Σ_i w_i·a_i + b·1")


def test_a_wrong_delta_then_gradients_from_it_counts_once(checker):
    true = checker.true
    wrong = true[("backward", 2, "grad_a")][0, 0]  # f′ missing at sample 1, unit 1
    delta = true[("backward", 2, "delta")].copy()
    delta[0, 0] = wrong
    a1 = true[("forward", 2, "input")]
    grad_w = delta.T @ a1
    grad_b = delta.sum(axis=0)
    w_after = true[("update", 2, "weights_before")] - 0.5 * grad_w
    rows = [
        _planted(checker, "backward", 2, "delta", (1, 1), wrong),
        _planted(checker, "backward", 2, "grad_weights", (1, 1), grad_w[0, 0]),
        _planted(checker, "backward", 2, "grad_weights", (1, 2), grad_w[0, 1]),
        _planted(checker, "backward", 2, "grad_bias", (1,), grad_b[0]),
        _planted(checker, "update", 2, "weights", (1, 1), w_after[0, 0]),
        # δ of layer 1 flows from the wrong δ of layer 2 as well.
        *checker.rows("forward", 1, "z"),
    ]
    code, result, _ = checker.run(rows)
    assert code == 1
    verdicts = [v["verdict"] for v in result["values"]]
    assert verdicts.count("wrong") == 1
    assert verdicts.count("consistent with your earlier value") == 4
    assert result["first_wrong"] == "δ, layer 2, sample 1, unit 1"
    assert result["score"]["δ"] == {"ok": 0, "given": 1}
    assert result["score"]["gradients"] == {"ok": 3, "given": 3}


def test_a_later_value_wrong_on_its_own_is_a_second_mistake(checker):
    wrong = checker.value("backward", 2, "grad_a", 1, 1)
    rows = [
        _planted(checker, "backward", 2, "delta", (1, 1), wrong),
        _planted(checker, "backward", 2, "grad_bias", (1,), 7.0),
    ]
    code, result, _ = checker.run(rows)
    assert code == 1 and [v["verdict"] for v in result["values"]] == ["wrong", "wrong"]
    assert _verdict(result, "∂L/∂b1, layer 2")["correct"].startswith("∂L/∂b_j = Σ_n δ_nj")


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_reports_name_the_mistake_and_the_first_wrong_value(checker, fmt):
    row = _planted(checker, "backward", 2, "delta", (1, 1), checker.value("backward", 2, "grad_a", 1, 1))
    code, out, _ = checker.run([row], "--expected", fmt=fmt) if fmt == "text" else checker.run([row], fmt=fmt)
    assert code == 1
    assert "f′(z) missing" in out and "First wrong value: δ, layer 2, sample 1, unit 1 (line 2)" in out
    assert num(checker.value("backward", 2, "delta", 1, 1), 6) in out  # the expected value beside theirs


def test_the_perceptron_rule_subtracted_instead_of_added(make_checker):
    from nnviz.presets import load_experiment

    spec = load_experiment("perceptron-and").spec
    spec["network"]["layers"][0]["bias"] = [0.5]
    checker = make_checker(spec)
    before, after = checker.value("update", 1, "bias_before", 1), checker.value("update", 1, "bias", 1)
    assert (before, after) == (0.5, -0.5)  # sample 00 is misclassified: b ← 0.5 + 1·(0 − 1)
    v = _check_one(checker, "update", 1, "bias", (1,), 2 * before - after)
    assert v["mistake"] == "perceptron step subtracted instead of added"
