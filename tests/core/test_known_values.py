"""Known answers: a published hand-computed example, linear collapse, and XOR."""

import numpy as np
import pytest

from nnviz.core.activations import get_activation
from nnviz.core.init import init_weights
from nnviz.core.layers import Dense
from nnviz.core.losses import get_loss
from nnviz.core.network import Network
from nnviz.core.optimizers import make_optimizer
from nnviz.core.regularizers import Regularizer
from nnviz.core.training import Trainer


def test_mazur_step_by_step_backpropagation_example():
    """Matt Mazur, "A Step by Step Backpropagation Example" (2015), every published number.

    A 2-2-2 sigmoid network; each layer shares one bias (b1 = .35, b2 = .60), which
    here is a bias vector with equal entries. Loss E = Σ ½(target − out)² (half_sse
    with one sample), plain gradient descent with learning rate 0.5. Mazur updates
    only the weights, so only the weights are compared after the step.
    """
    sigmoid = get_activation("sigmoid")
    hidden = Dense([[0.15, 0.20], [0.25, 0.30]], [0.35, 0.35], sigmoid)  # rows: [w1 w2], [w3 w4]
    output = Dense([[0.40, 0.45], [0.50, 0.55]], [0.60, 0.60], sigmoid)  # rows: [w5 w6], [w7 w8]
    net = Network(2, [hidden, output])
    trace = net.compute(np.array([[0.05, 0.10]]), np.array([[0.01, 0.99]]), get_loss("half_sse"), Regularizer())

    assert trace.layers[0].z[0, 0] == pytest.approx(0.3775, abs=1e-12)  # net_h1
    np.testing.assert_allclose(trace.layers[0].a[0], [0.593269992, 0.596884378], atol=1e-9)  # out_h1, out_h2
    np.testing.assert_allclose(trace.layers[1].a[0], [0.75136507, 0.772928465], atol=1e-8)  # out_o1, out_o2
    assert trace.loss_total == pytest.approx(0.298371109, abs=1e-9)  # E_total
    assert trace.layers[1].delta[0, 0] == pytest.approx(0.138498562, abs=1e-9)  # δ_o1
    assert trace.layers[1].grad_W[0, 0] == pytest.approx(0.082167041, abs=1e-9)  # ∂E/∂w5
    assert trace.layers[0].grad_a[0, 0] == pytest.approx(0.036350306, abs=1e-9)  # ∂E_total/∂out_h1
    assert trace.layers[0].grad_W[0, 0] == pytest.approx(0.000438568, abs=1e-9)  # ∂E_total/∂w1

    net.apply_update(trace, make_optimizer("sgd", learning_rate=0.5))
    new_w5_to_w8 = [0.35891648, 0.408666186, 0.511301270, 0.561370121]
    new_w1_to_w4 = [0.149780716, 0.19956143, 0.24975114, 0.29950229]
    np.testing.assert_allclose(net.layers[1].W.ravel(), new_w5_to_w8, atol=1e-8)
    np.testing.assert_allclose(net.layers[0].W.ravel(), new_w1_to_w4, atol=1e-8)


def test_two_identity_layers_collapse_into_one_linear_map():
    identity = get_activation("identity")
    doubled_tripled = Network(1, [Dense([[3.0]], [0.0], identity), Dense([[2.0]], [0.0], identity)])
    x = np.linspace(-2.0, 2.0, 5)[:, None]
    np.testing.assert_allclose(doubled_tripled.predict(x), 6.0 * x)

    rng = np.random.default_rng(0)
    W1, b1, W2, b2 = rng.normal(size=(4, 3)), rng.normal(size=4), rng.normal(size=(2, 4)), rng.normal(size=2)
    stacked = Network(3, [Dense(W1, b1, identity), Dense(W2, b2, identity)])
    single = Network(3, [Dense(W2 @ W1, W2 @ b1 + b2, identity)])
    x = rng.normal(size=(10, 3))
    np.testing.assert_allclose(stacked.predict(x), single.predict(x), atol=1e-12)


XOR_X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
XOR_T = np.array([[0.0], [1.0], [1.0], [0.0]])


def train_xor(sizes: list[int], seed: int, epochs: int = 300) -> float:
    """Accuracy on XOR after full-batch Adam (lr 0.1) on bce; tanh hidden units, sigmoid output."""
    rng = np.random.default_rng(seed)
    layers = []
    for k in range(1, len(sizes)):
        activation = get_activation("sigmoid" if k == len(sizes) - 1 else "tanh")
        layers.append(
            Dense(init_weights("xavier_uniform", sizes[k], sizes[k - 1], rng), np.zeros(sizes[k]), activation)
        )
    optimizer = make_optimizer("adam", learning_rate=0.1)
    trainer = Trainer(Network(2, layers), get_loss("bce"), optimizer, XOR_X, XOR_T, batch_size=4, rng=rng)
    for _ in range(epochs):
        trainer.step()
    return trainer.evaluate(XOR_X, XOR_T)[1]


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_a_single_layer_perceptron_cannot_learn_xor(seed):
    assert train_xor([2, 1], seed) <= 0.75


def test_no_line_separates_xor():
    rng = np.random.default_rng(0)
    w, b = rng.normal(size=(2000, 2)), rng.normal(size=2000)
    predictions = (XOR_X @ w.T + b > 0).astype(float)  # (4 points, 2000 lines)
    assert np.max(np.mean(predictions == XOR_T, axis=0)) == 0.75


def test_one_hidden_layer_of_two_units_learns_xor():
    assert train_xor([2, 2, 1], seed=1) == 1.0
