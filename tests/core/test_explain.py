"""The chain-rule sentences: right numbers, right formulas, readable arithmetic."""

import re

import numpy as np
import pytest

from nnviz.core.activations import get_activation
from nnviz.core.explain import explain_backward, explain_forward, explain_loss, explain_weight
from nnviz.core.explain_update import explain_update
from nnviz.core.layers import Dense
from nnviz.core.losses import get_loss
from nnviz.core.network import Network
from nnviz.core.number_text import factor, num
from nnviz.core.optimizers import make_optimizer
from nnviz.core.regularizers import Regularizer

NORMAL = str.maketrans("⁻⁰¹²³⁴⁵⁶⁷⁸⁹", "-0123456789")


def arithmetic(text: str) -> float:
    """Evaluate the arithmetic the learner reads, e.g. ``0.1·0.5 + (−0.2)·(−1.5·10⁻³)``."""
    python = re.sub(r"10([⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+)", lambda m: f"10**({m[1].translate(NORMAL)})", text)
    python = python.replace("·", "*").replace("−", "-").replace("²", "**2")
    return eval(python, {"__builtins__": {}})


def rhs(line: str, position: int = -2) -> str:
    """The part of an ``a = b = c.`` line between two "=" (default: the last arithmetic)."""
    return line.rstrip(".").split(" = ")[position]


def mazur():
    """Matt Mazur, "A Step by Step Backpropagation Example" (2015): one iteration, lr 0.5."""
    sigmoid = get_activation("sigmoid")
    net = Network(
        2,
        [
            Dense([[0.15, 0.20], [0.25, 0.30]], [0.35, 0.35], sigmoid),
            Dense([[0.40, 0.45], [0.50, 0.55]], [0.6, 0.6], sigmoid),
        ],
    )
    loss = get_loss("half_sse")
    trace = net.compute(np.array([[0.05, 0.10]]), np.array([[0.01, 0.99]]), loss, Regularizer())
    optimizer = make_optimizer("sgd", learning_rate=0.5)
    net.apply_update(trace, optimizer)
    return net, loss, trace, optimizer


def test_mazur_example_reads_as_in_the_article():
    net, loss, trace, optimizer = mazur()
    h1 = explain_forward(trace, 1, 0, network=net)
    assert "z = Σ_i w_i·x_i + b·1 = 0.15·0.05 + 0.2·0.1 + 0.35·1 = 0.3775." in h1
    assert "a = σ(z) = 1/(1 + e^(−z)) = σ(0.3775) = 0.5933." in h1
    o1 = explain_forward(trace, 2, 0, network=net)
    assert "z = Σ_i w_i·a_i + b·1 = 0.4·0.5933 + 0.45·0.5969 + 0.6·1 = 1.106." in o1
    assert o1[-1].endswith("σ(1.106) = 0.7514.")
    lines = explain_loss(trace, network=net, loss=loss)
    assert lines[0].endswith("L_n = ½·Σ_k (y_k − t_k)² = ½·((0.7514 − 0.01)² + (0.7729 − 0.99)²) = 0.2984.")
    backward = explain_backward(trace, 2, 0, network=net, loss=loss)
    assert "From the loss: ∂L/∂a = (y − t)/N = (0.7514 − 0.01)/1 = 0.7414." in backward
    assert "The activation's slope at z: σ′(z) = a·(1 − a) = 0.7514·(1 − 0.7514) = 0.1868." in backward
    assert backward[-1] == "δ = ∂L/∂a · σ′(z) = 0.7414·0.1868 = 0.1385."
    hidden = explain_backward(trace, 1, 0, network=net, loss=loss)
    assert hidden[1].endswith("∂L/∂a = Σ_k w_kj·δ_k = 0.4·0.1385 + 0.5·(−0.0381) = 0.03635.")
    weight = explain_weight(trace, 2, 0, 0)
    assert "Sample 1: ∂L/∂w = δ·a_prev = 0.1385·0.5933 = 0.08217." in weight
    assert (
        explain_update(trace, 2, 0, 0, optimizer=optimizer)[-1] == "w ← w − η·∂L/∂w = 0.4 − 0.5·0.08217 = 0.3589."
    )
    assert (
        explain_update(trace, 1, 0, 2, optimizer=optimizer)[-1]
        == "b ← b − η·∂L/∂b = 0.35 − 0.5·0.008771 = 0.3456."
    )


def test_the_style_example_of_a_tanh_unit():
    net = Network(2, [Dense([[0.1, -0.2]], [0.0], get_activation("tanh"))])
    trace = net.compute(np.array([[0.5, -1.0]]), np.array([[1.0]]), get_loss("mse"), Regularizer())
    lines = explain_forward(trace, 1, 0, network=net)
    assert lines[1] == "z = Σ_i w_i·x_i + b·1 = 0.1·0.5 + (−0.2)·(−1) + 0·1 = 0.25."
    assert lines[2] == "a = tanh(0.25) = 0.2449."


def test_numbers_have_real_minus_signs_and_four_significant_digits():
    assert num(0.24491866) == "0.2449"
    assert num(-0.2) == "−0.2"
    assert num(-1.5e-5) == "−1.5·10⁻⁵"
    assert num(123456.0) == "1.235·10⁵"
    assert num(0.0) == num(-0.0) == "0"
    assert num(np.float64(2.0) / 3, digits=6) == "0.666667"
    assert factor(-3.0) == "(−3)" and factor(3.0) == "3" and factor(2e-7) == "(2·10⁻⁷)"


def batch_network(hidden="tanh", out="sigmoid", loss_name="bce", k=2, dropout=0.0, n=3, fan_in=3, seed=0):
    rng = np.random.default_rng(seed)
    layers = [
        Dense(rng.normal(size=(4, fan_in)), rng.normal(size=4), get_activation(hidden), dropout),
        Dense(rng.normal(size=(k, 4)), rng.normal(size=k), get_activation(out)),
    ]
    net = Network(fan_in, layers)
    loss = get_loss(loss_name)
    x = rng.uniform(-1, 1, (n, fan_in))
    t = rng.integers(0, k, n) if loss.takes_class_indices else rng.uniform(0, 1, (n, k))
    return net, loss, x, t


def test_the_arithmetic_in_the_sentences_adds_up():
    net, loss, x, t = batch_network(dropout=0.5)
    reg = Regularizer("l2", 0.01)
    trace = net.compute(x, t, loss, reg, rng=np.random.default_rng(4))
    net.apply_update(trace, make_optimizer("sgd", learning_rate=0.1))
    for n in range(3):
        for j in range(4):
            forward = explain_forward(trace, 1, j, n, network=net)
            assert arithmetic(rhs(forward[1])) == pytest.approx(trace.layers[0].z[n, j], abs=2e-3)
            backward = explain_backward(trace, 1, j, n, network=net, loss=loss)
            assert arithmetic(rhs(backward[1])) == pytest.approx(
                trace.layers[1].delta[n] @ trace.layers[1].W_before[:, j], abs=1e-3
            )
    weight = explain_weight(trace, 1, 2, 1, 0, regularizer=reg)
    assert arithmetic(rhs(weight[2])) == pytest.approx(trace.layers[0].grad_W_data[2, 1], abs=1e-4)
    assert "L2 regularization adds 2λ·w = 2·0.01·" in weight[3]
    update = explain_update(trace, 1, 2, 1, optimizer=make_optimizer("sgd", learning_rate=0.1))
    assert arithmetic(rhs(update[-1])) == pytest.approx(trace.layers[0].W[2, 1], abs=1e-3)


def test_dropout_is_explained_for_kept_and_dropped_units():
    net, loss, x, t = batch_network(dropout=0.5, n=6)
    trace = net.compute(x, t, loss, Regularizer(), rng=np.random.default_rng(1))
    mask = trace.layers[0].mask
    (n0, j0), (n1, j1) = np.argwhere(mask == 0)[0], np.argwhere(mask == 1)[0]
    assert (
        explain_forward(trace, 1, j0, n0, network=net)[-1]
        == "Dropout (p = 0.5) dropped this unit for this sample: output = 0."
    )
    kept = explain_forward(trace, 1, j1, n1, network=net)[-1]
    assert (
        kept.startswith("Dropout (p = 0.5) kept this unit")
        and f"/0.5 = {num(trace.layers[0].output[n1, j1])}." in kept
    )
    assert "∂L/∂a = 0." in explain_backward(trace, 1, j0, n0, network=net, loss=loss)[2]


def test_softmax_cross_entropy_delta_is_p_minus_onehot_over_n():
    net, loss, x, t = batch_network(out="softmax", loss_name="cross_entropy", k=3, n=4)
    trace = net.compute(x, t, loss, Regularizer())
    out = trace.layers[-1]
    for j in range(3):
        line = explain_backward(trace, 2, j, 1, network=net, loss=loss, digits=6)[-1]
        onehot = int(j == t[1])
        assert f"δ = (p − onehot)/N = ({num(out.a[1, j], 6)} − {onehot})/4 = {num(out.delta[1, j], 6)}." in line
    logits_net, loss, x, t = batch_network(out="identity", loss_name="cross_entropy", k=3, n=4)
    trace = logits_net.compute(x, t, loss, Regularizer())
    p = np.exp(trace.layers[-1].z[0]) / np.exp(trace.layers[-1].z[0]).sum()
    assert f"({num(p[0])} − " in explain_backward(trace, 2, 0, 0, network=logits_net, loss=loss)[-1]


def test_softmax_with_another_loss_uses_the_jacobian():
    net, loss, x, t = batch_network(out="softmax", loss_name="mse", k=3)
    trace = net.compute(x, t, loss, Regularizer())
    line = explain_backward(trace, 2, 1, 0, network=net, loss=loss)[-1]
    assert "δ_j = a_j·(∂L/∂a_j − Σ_k ∂L/∂a_k·a_k)" in line and line.endswith(
        f"= {num(trace.layers[-1].delta[0, 1])}."
    )


def test_wide_sums_are_abbreviated_and_say_so():
    net, loss, x, t = batch_network(fan_in=20, n=12)
    trace = net.compute(x, t, loss, Regularizer())
    z_line = explain_forward(trace, 1, 0, 0, network=net)[1]
    assert z_line.count("·") == 2 + 6  # the symbolic formula, then 6 shown products
    assert " + … + " in z_line and z_line.endswith("(21 terms; the 15 in the middle not shown.)")
    assert f"= {num(trace.layers[0].z[0, 0])}. (21" in z_line
    batch_line = explain_weight(trace, 1, 0, 3, 0)[2]
    assert "(12 terms; the 6 in the middle not shown.)" in batch_line
    assert "(12 terms;" in explain_loss(trace, network=net, loss=loss)[1]


def test_other_optimizers_show_the_step():
    net, loss, x, t = batch_network()
    trace = net.compute(x, t, loss, Regularizer())
    optimizer = make_optimizer("adam", learning_rate=0.01)
    net.apply_update(trace, optimizer)
    lines = explain_update(trace, 2, 1, 4, optimizer=optimizer)  # the bias of output unit 2
    step = trace.layers[1].b[1] - trace.layers[1].b_before[1]
    assert lines[0].startswith("Adam (lr 0.01) turns the gradient ∂L/∂b")
    assert (
        lines[-1]
        == f"b ← b + Δb = {num(trace.layers[1].b_before[1])} + {factor(step)} = {num(trace.layers[1].b[1])}."
    )


@pytest.mark.parametrize(
    ("out", "loss_name", "k"),
    [("identity", "hinge", 3), ("relu", "mae", 2), ("leaky_relu", "half_sse", 1), ("softmax", "bce", 3)],
)
def test_every_unit_of_other_pairs_ends_with_the_traced_value(out, loss_name, k):
    net, loss, x, t = batch_network(hidden="leaky_relu", out=out, loss_name=loss_name, k=k)
    reg = Regularizer("l1", 0.1)
    trace = net.compute(x, t, loss, reg)
    for layer, lt in enumerate(trace.layers, start=1):
        for j in range(lt.z.shape[1]):
            assert explain_forward(trace, layer, j, 2, network=net)[1].endswith(f"= {num(lt.z[2, j])}.")
            assert explain_backward(trace, layer, j, 2, network=net, loss=loss)[-1].endswith(
                f"= {num(lt.delta[2, j])}."
            )
    lines = explain_loss(trace, 2, network=net, loss=loss, regularizer=reg)
    parts = f"{num(trace.loss_data)} + {num(trace.loss_reg)} = {num(trace.loss_total)}"
    assert lines[-1] == f"Total loss L = L_data + L_reg = {parts}."


def test_bad_indices_and_early_updates_raise():
    net, loss, x, t = batch_network()
    trace = net.compute(x, t, loss, Regularizer())
    with pytest.raises(ValueError, match=r"layer must be in 1\.\.2"):
        explain_forward(trace, 3, 0, network=net)
    with pytest.raises(ValueError, match=r"units 0\.\.3"):
        explain_backward(trace, 1, 4, network=net, loss=loss)
    with pytest.raises(ValueError, match=r"samples 0\.\.2"):
        explain_weight(trace, 1, 0, 0, 3)
    with pytest.raises(ValueError, match=r"sources are 0\.\.3"):
        explain_weight(trace, 1, 0, 4)
    with pytest.raises(ValueError, match="not been updated"):
        explain_update(trace, 1, 0, 0, optimizer=make_optimizer("sgd"))


def test_explaining_a_diverged_iteration_warns_about_nothing():
    net = Network(1, [Dense(np.array([[1e200]]), np.zeros(1), get_activation("identity"))])
    loss = get_loss("mse")
    with np.errstate(all="ignore"):
        trace = net.compute(np.array([[1e200]]), np.array([[0.0]]), loss, Regularizer())
    lines = explain_loss(trace, 0, network=net, loss=loss) + explain_backward(
        trace, 1, 0, 0, network=net, loss=loss
    )
    assert any("inf" in line or "∞" in line for line in lines)


@pytest.mark.parametrize(("name", "x"), [("tanh", 0.6), ("sigmoid", 1.3), ("tanh", -0.9)])
def test_a_saturated_unit_s_slope_adds_up_from_the_a_it_writes(name, x):
    """a = −0.9999973 was written −1, so the learner read "1 − (−1)² = 5.3·10⁻⁶"."""
    net = Network(1, [Dense([[10.0]], [0.0], get_activation(name))])
    loss = get_loss("mse")
    trace = net.compute(np.array([[x]]), np.array([[0.0]]), loss, Regularizer())
    slope_line = explain_backward(trace, 1, 0, 0, network=net, loss=loss)[2]
    a = float(trace.layers[0].a[0, 0])
    slope = 1 - a * a if name == "tanh" else a * (1 - a)
    assert slope < 1e-4  # saturated
    assert arithmetic(rhs(slope_line)) == pytest.approx(slope, rel=0.01), slope_line
