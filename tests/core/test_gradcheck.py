"""Backpropagation against central finite differences, for every valid activation × loss pair."""

import dataclasses

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nnviz.core.activations import get_activation
from nnviz.core.gradcheck import check_parameter, gradient_check, relative_error
from nnviz.core.layers import Dense
from nnviz.core.losses import NAMES as LOSS_NAMES
from nnviz.core.losses import get_loss
from nnviz.core.network import Network
from nnviz.core.regularizers import Regularizer

HIDDEN = ("identity", "sigmoid", "tanh", "relu", "leaky_relu")
OUTPUTS = (*HIDDEN, "softmax")
TOLERANCE = 1e-6
KINK_MARGIN = 1e-3  # finite differences straddling a kink would disagree, legitimately


def _valid(out: str, loss_name: str) -> bool:
    try:
        get_loss(loss_name).check_output(get_activation(out), 3)
    except ValueError:
        return False
    return True


PAIRS = [(out, name) for out in OUTPUTS for name in LOSS_NAMES if _valid(out, name)]


def make_case(seed, sizes, hidden, out, loss_name, reg_kind, dropout, batch):
    """A random network, batch, targets and fixed dropout masks, redrawn until no value sits at a kink."""
    rng = np.random.default_rng(seed)
    loss = get_loss(loss_name)
    reg = Regularizer(reg_kind, 0.0 if reg_kind == "none" else 0.05)
    while True:
        layers = []
        for k in range(1, len(sizes)):
            last = k == len(sizes) - 1
            W = rng.normal(0.0, 0.7, (sizes[k], sizes[k - 1]))
            b = rng.normal(0.0, 0.3, sizes[k])
            layers.append(Dense(W, b, get_activation(out if last else hidden), 0.0 if last else dropout))
        net = Network(sizes[0], layers)
        x = rng.uniform(-1.0, 1.0, (batch, sizes[0]))
        if loss.takes_class_indices:
            t = rng.integers(0, sizes[-1], batch)
        elif loss_name == "bce":
            t = rng.uniform(0.0, 1.0, (batch, sizes[-1]))
        else:
            t = rng.uniform(-1.0, 1.0, (batch, sizes[-1]))
        masks = [(rng.random((batch, d.units)) >= d.dropout).astype(float) if d.dropout else None for d in layers]
        if _away_from_kinks(net, loss, reg, x, t, masks):
            return net, loss, reg, x, t, masks


def _away_from_kinks(net, loss, reg, x, t, masks) -> bool:
    trace = net.compute(x, t, loss, reg, masks=masks)
    gaps = [np.inf]
    for dense, lt in zip(net.layers, trace.layers):
        if dense.activation.name in ("relu", "leaky_relu"):
            gaps.append(np.min(np.abs(lt.z)))
        if reg.kind == "l1":
            gaps.append(np.min(np.abs(dense.W)))
    last = trace.layers[-1]
    if loss.name == "mae":
        gaps.append(np.min(np.abs(last.a - t)))
    if loss.name == "hinge":
        rows = np.arange(len(t))
        margins = last.z - last.z[rows, t][:, None] + loss.margin
        margins[rows, t] = np.inf
        gaps.append(np.min(np.abs(margins)))
    return min(gaps) > KINK_MARGIN


def assert_gradients_match(net, loss, reg, x, t, masks):
    params = [p.copy() for p in net.parameters()]
    checks = gradient_check(net, loss, reg, x, t, masks=masks)
    worst = max(checks, key=lambda c: c.max_rel_error)
    assert worst.max_rel_error < TOLERANCE, (
        f"layer {worst.layer} {worst.name}: analytic {worst.analytic}, numeric {worst.numeric}"
    )
    for before, after in zip(params, net.parameters()):
        np.testing.assert_array_equal(before, after)


@pytest.mark.parametrize(("out", "loss_name"), PAIRS)
def test_each_pair_with_each_hidden_activation_regularizer_and_dropout(out, loss_name):
    """Six networks per pair: every hidden activation, and every regularizer with and without dropout."""
    k = 1 if out != "softmax" and loss_name not in ("cross_entropy", "hinge") else 3
    options = [(reg_kind, dropout) for reg_kind in ("none", "l1", "l2") for dropout in (0.0, 0.4)]
    for i, (reg_kind, dropout) in enumerate(options):
        hidden = HIDDEN[i % len(HIDDEN)]
        assert_gradients_match(*make_case(i, [3, 3, 2, k], hidden, out, loss_name, reg_kind, dropout, batch=3))


@pytest.mark.parametrize(("out", "loss_name"), PAIRS)
@settings(max_examples=8, deadline=None)
@given(
    seed=st.integers(0, 2**32 - 1),
    hidden=st.sampled_from(HIDDEN),
    widths=st.lists(st.integers(1, 4), min_size=1, max_size=3),
    outputs=st.integers(1, 3),
    batch=st.integers(1, 4),
    reg_kind=st.sampled_from(["none", "l1", "l2"]),
    dropout=st.sampled_from([0.0, 0.3]),
)
def test_random_networks(out, loss_name, seed, hidden, widths, outputs, batch, reg_kind, dropout):
    if out == "softmax" or loss_name in ("cross_entropy", "hinge"):
        outputs = max(outputs, 2)
    sizes = [*widths, outputs]  # widths[0] is the input layer
    assert_gradients_match(*make_case(seed, sizes, hidden, out, loss_name, reg_kind, dropout, batch))


def test_pairs_cover_each_loss_and_output():
    assert {name for _, name in PAIRS} == set(LOSS_NAMES) - {"zero_one"}
    assert {out for out, _ in PAIRS} == set(OUTPUTS)
    assert ("identity", "hinge") in PAIRS and ("tanh", "bce") not in PAIRS


def test_a_wrong_derivative_is_caught():
    net, loss, reg, x, t, masks = make_case(3, [2, 3, 1], "tanh", "sigmoid", "bce", "none", 0.0, 4)
    tanh = net.layers[0].activation
    net.layers[0].activation = dataclasses.replace(tanh, derivative=lambda z, a: 1.0 - a)  # should be 1 − a²
    checks = gradient_check(net, loss, reg, x, t, masks=masks)
    assert checks[0].max_rel_error > 1e-2
    assert checks[3].max_rel_error < TOLERANCE  # the output bias does not depend on the hidden derivative


def test_the_check_uses_the_given_dropout_masks():
    net, loss, reg, x, t, masks = make_case(5, [2, 4, 1], "tanh", "identity", "mse", "none", 0.5, 4)
    assert any(m is not None and not m.all() for m in masks)
    masked = gradient_check(net, loss, reg, x, t, masks=masks)
    unmasked = gradient_check(net, loss, reg, x, t)  # no rng, no masks: no dropout
    np.testing.assert_array_equal(masked[0].analytic, net.compute(x, t, loss, reg, masks=masks).layers[0].grad_W)
    assert not np.allclose(masked[0].numeric, unmasked[0].numeric)
    assert max(c.max_rel_error for c in masked + unmasked) < TOLERANCE


def test_check_parameter_agrees_with_the_full_check_and_leaves_parameters_alone():
    net, loss, reg, x, t, masks = make_case(11, [3, 2, 2], "relu", "softmax", "cross_entropy", "l2", 0.3, 3)
    checks = gradient_check(net, loss, reg, x, t, masks=masks)
    arrays = net.parameters()
    for layer in (1, 2):
        dense = net.layers[layer - 1]
        W_check, b_check = checks[2 * layer - 2], checks[2 * layer - 1]
        for unit in range(dense.units):
            for source in range(dense.fan_in + 1):
                numeric, analytic, rel = check_parameter(net, loss, reg, x, t, layer, unit, source, masks=masks)
                check = b_check if source == dense.fan_in else W_check
                index = (unit,) if source == dense.fan_in else (unit, source)
                assert analytic == check.analytic[index]
                assert numeric == check.numeric[index]
                assert rel < TOLERANCE
    assert all(p is q for p, q in zip(arrays, net.parameters()))


@pytest.mark.parametrize(("layer", "unit", "source"), [(0, 0, 0), (3, 0, 0), (1, 2, 0), (1, 0, 4), (1, -1, 0)])
def test_check_parameter_rejects_indices_outside_the_network(layer, unit, source):
    net, loss, reg, x, t, _ = make_case(1, [3, 2, 1], "tanh", "identity", "mse", "none", 0.0, 2)
    with pytest.raises(ValueError, match="layer"):
        check_parameter(net, loss, reg, x, t, layer, unit, source)


def test_relative_error_is_scale_free_above_the_floor():
    assert relative_error(1.0, 1.1) == pytest.approx(0.1 / 1.1)
    assert relative_error(-2e-3, -2.2e-3) == pytest.approx(0.2 / 2.2)
    assert relative_error(0.0, 0.0) == 0.0
    assert relative_error(0.0, 1e-9) == pytest.approx(1e-9 / 1e-4)  # below the floor: absolute error / floor
    np.testing.assert_allclose(relative_error(np.array([1.0, 0.0]), np.array([1.0, 1e-9]), floor=1e-8), [0, 0.1])
