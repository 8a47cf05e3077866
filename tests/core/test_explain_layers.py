"""Chain-rule sentences for conv, pool, flatten and concat layers: every number is the trace's."""

import numpy as np
import pytest

from nnviz.core.activations import get_activation
from nnviz.core.conv import Conv2D
from nnviz.core.explain_kernel import explain_kernel_gradient
from nnviz.core.explain_layers import explain_layer_backward, explain_layer_forward
from nnviz.core.explain_update import explain_update
from nnviz.core.init import init_kernel, init_weights
from nnviz.core.layers import Dense
from nnviz.core.losses import get_loss
from nnviz.core.network import Network
from nnviz.core.number_text import num
from nnviz.core.optimizers import make_optimizer
from nnviz.core.pool import AvgPool2D, MaxPool2D
from nnviz.core.regularizers import Regularizer
from nnviz.core.reshape import Concat, Flatten

LOSS = get_loss("cross_entropy")


def conv(rng, out, c_in, k, **kw):
    return Conv2D(
        init_kernel("he_uniform", (out, c_in, k, k), rng), rng.normal(size=out), get_activation("tanh"), **kw
    )


def dense(rng, units, fan_in, act="softmax"):
    return Dense(init_weights("xavier_uniform", units, fan_in, rng), rng.normal(size=units), get_activation(act))


def traced(network, x, t, reg=None):
    reg = reg or Regularizer("none", 0.0)
    trace = network.compute(x, t, LOSS, reg)
    network.apply_update(trace, make_optimizer("sgd", learning_rate=0.1))
    return trace


@pytest.fixture
def cnn():
    """conv 3×3 pad 1 (2 maps) → conv 3×3 stride 2 pad 1 (3 maps) → max-pool 2 → flatten → dense 3."""
    rng = np.random.default_rng(4)
    net = Network(
        (1, 6, 6),
        [conv(rng, 2, 1, 3, padding=1), conv(rng, 3, 2, 3, stride=2, padding=1), MaxPool2D((2, 2)), Flatten(),
         dense(rng, 3, 3)],
    )  # fmt: skip
    x = rng.normal(size=(4, 1, 6, 6))
    return net, traced(net, x, rng.integers(0, 3, 4))


def test_a_conv_cell_is_the_kernel_times_its_window_plus_the_bias(cnn):
    net, trace = cnn
    lt = trace.layers[0]
    for unit in (0, 7, 35, 36, 71):
        lines = explain_layer_forward(trace, 1, unit, 2, network=net)
        o, i, j = np.unravel_index(unit, lt.z.shape[1:])
        z_line = next(line for line in lines if line.startswith("z = Σ K ⊙ window + b"))
        assert z_line.endswith(f"= {num(lt.z[2, o, i, j])}.")
        assert z_line.count("·") == 9, "all nine products of the 3×3 kernel"
        window = lt.input[2, 0]
        padded = np.pad(window, 1)[i : i + 3, j : j + 3]
        assert f"window [{' '.join(num(v) for v in padded[0])};" in lines[1]
        assert f"a = tanh({num(lt.z[2, o, i, j])}) = {num(lt.a[2, o, i, j])}." in lines


def test_a_max_pool_cell_names_its_winner_and_the_max(cnn):
    net, trace = cnn
    lt = trace.layers[2]
    for unit in range(lt.z[0].size):
        lines = explain_layer_forward(trace, 3, unit, 1, network=net)
        m, i, j = np.unravel_index(unit, lt.z.shape[1:])
        r, c = divmod(int(lt.winners[1, m, i, j]), lt.input.shape[3])
        assert lines[0].endswith(f"= {num(lt.z[1, m, i, j])}.")
        assert f"row {r + 1}, col {c + 1} of map {m + 1}" in lines[1]


@pytest.mark.parametrize("layer", [1, 2, 3, 4])
def test_the_gradient_from_above_is_the_one_the_backward_pass_computed(cnn, layer):
    """Conv below conv (the full convolution), conv below a pool, pool below flatten, flatten below dense."""
    net, trace = cnn
    lt = trace.layers[layer - 1]
    grad = lt.grad_a.reshape(len(lt.grad_a), -1)
    delta = lt.delta.reshape(len(lt.delta), -1)
    for unit in range(0, grad.shape[1], 5):
        lines = explain_layer_backward(trace, layer, unit, 3, network=net, loss=LOSS)
        if "no gradient reaches it: 0." not in lines[1]:
            assert f"= {num(grad[3, unit])}." in lines[1]
        else:
            assert grad[3, unit] == 0
        assert lines[-1].endswith(f"= {num(delta[3, unit])}.")
    if layer == 1:
        assert "full convolution of δ with the flipped kernel" in lines[1]


def test_the_kernel_gradient_is_the_correlation_of_the_input_with_delta():
    rng = np.random.default_rng(1)
    net = Network((2, 5, 5), [conv(rng, 2, 2, 3, stride=2), AvgPool2D((2, 2)), Flatten(), dense(rng, 3, 2)])
    reg = Regularizer("l2", 0.01)
    trace = traced(net, rng.normal(size=(3, 2, 5, 5)), rng.integers(0, 3, 3), reg)
    lt = trace.layers[0]
    for source in (0, 4, 13, 17):
        lines = explain_kernel_gradient(trace, 1, 1, source, 0, regularizer=reg)
        c, p, q = np.unravel_index(source, (2, 3, 3))
        x = lt.input[0, c, p : p + 3 : 2, q : q + 3 : 2]  # the input under K[1, c, p, q] at each output cell
        mine = float(lt.delta[0, 1].ravel() @ x.ravel())
        assert lines[1].endswith(f"= {num(mine)}.")
        assert lines[2].endswith(f"= {num(lt.grad_W_data[1, c, p, q])}.")
        assert lines[3].endswith(f"= {num(lt.grad_W[1, c, p, q])}.")
    bias = explain_kernel_gradient(trace, 1, 0, 18, 2)
    assert bias[1].endswith(f"= {num(lt.delta[2, 0].sum())}.") and num(lt.grad_b[0]) in bias[2]
    update = explain_update(trace, 1, 1, 13, optimizer=make_optimizer("sgd", learning_rate=0.1))
    assert update[1].endswith(f"= {num(lt.W[1, 1, 1, 1])}.")


def test_avg_pool_and_concat_sentences():
    rng = np.random.default_rng(2)
    net = Network((1, 4, 4), [AvgPool2D((2, 2)), Flatten(), dense(rng, 3, 4, "relu"), dense(rng, 2, 3)])
    net2 = Network(16, [dense(rng, 3, 16, "relu"), Concat([0, 5]), dense(rng, 2, 5)])
    x = rng.normal(size=(3, 1, 4, 4))
    trace = traced(net, x, rng.integers(0, 2, 3))
    pool = trace.layers[0]
    line = explain_layer_forward(trace, 1, 3, 1, network=net)[0]
    assert "is averaged" in line and line.endswith(f"= {num(pool.z[1, 0, 1, 1])}.")
    back = explain_layer_backward(trace, 1, 3, 1, network=net, loss=LOSS)
    assert back[1].endswith(f"= {num(pool.grad_a[1, 0, 1, 1])}.")
    trace2 = traced(net2, x.reshape(3, 16), rng.integers(0, 2, 3))
    assert "input x_6" in explain_layer_forward(trace2, 2, 1, 0, network=net2)[0]
    assert "its unit 3" in explain_layer_forward(trace2, 2, 4, 0, network=net2)[0]
    below = explain_layer_backward(trace2, 1, 2, 0, network=net2, loss=LOSS)
    assert "Concat put it at place 5" in below[1]
    assert below[-1].endswith(f"= {num(trace2.layers[0].delta[0, 2])}.")


def test_pool_flatten_and_concat_forward_sentences_say_what_their_dropout_did():
    rng = np.random.default_rng(7)
    net = Network(
        (1, 4, 4),
        [conv(rng, 2, 1, 3, padding=1), MaxPool2D((2, 2), dropout=0.5), Flatten(dropout=0.5), dense(rng, 3, 8)],
    )
    x = rng.normal(size=(3, 1, 4, 4))
    trace = net.compute(x, rng.integers(0, 3, 3), LOSS, Regularizer("none", 0.0), rng=rng)
    for layer in (2, 3):
        mask = trace.layers[layer - 1].mask[1].reshape(-1)
        for unit in (int(np.argmax(mask)), int(np.argmin(mask))):
            lines = explain_layer_forward(trace, layer, unit, 1, network=net)
            kept = "Dropout (p = 0.5) kept this value and scales it up: output = a/(1 − p) = "
            assert (
                lines[-1].startswith(kept)
                if mask[unit]
                else lines[-1].endswith("dropped this value for this sample: output = 0.")
            )
    wide = Network(3, [Dense(rng.normal(size=(2, 3)), np.zeros(2), get_activation("tanh")), Concat(dropout=0.5),
                       Dense(rng.normal(size=(1, 5)), np.zeros(1), get_activation("sigmoid"))])  # fmt: skip
    trace = wide.compute(
        rng.normal(size=(2, 3)), rng.uniform(size=(2, 1)), get_loss("bce"), Regularizer(), rng=rng
    )
    for unit in range(5):
        lines = explain_layer_forward(trace, 2, unit, 0, network=wide)
        assert lines[0].startswith("Forward pass, layer 2 (concat)") and lines[-1].startswith("Dropout (p = 0.5)")
