"""Shared pieces for the session tests: a small trainer with state that matters
(Adam, dropout, shuffling, a partial last batch) and bit-exact trace comparison."""

from __future__ import annotations

import numpy as np
import pytest

from nnviz.core.activations import get_activation
from nnviz.core.init import init_weights
from nnviz.core.layers import Dense
from nnviz.core.losses import get_loss
from nnviz.core.network import Network
from nnviz.core.optimizers import make_optimizer
from nnviz.core.trace import LayerTrace
from nnviz.core.training import Trainer
from nnviz.presets import load_experiment


def build_trainer(
    *,
    sizes=(2, 3, 2, 1),
    optimizer="adam",
    learning_rate=0.1,
    loss="bce",
    hidden="tanh",
    output="sigmoid",
    dropout=0.2,
    n=8,
    batch_size=3,
    seed=0,
    scale=1.0,
) -> Trainer:
    """A seeded trainer on ``n`` XOR-like points (features ``scale``·N(0, 1)); 8 points in
    batches of 3 is 3 iterations per epoch."""
    rng = np.random.default_rng(seed)
    x = scale * rng.normal(size=(n, sizes[0]))
    t = (x[:, :1] * x[:, 1:2] > 0).astype(float)
    layers = []
    for k in range(1, len(sizes)):
        last = k == len(sizes) - 1
        W = init_weights("xavier_uniform", sizes[k], sizes[k - 1], rng)
        act = get_activation(output if last else hidden)
        layers.append(Dense(W, np.zeros(sizes[k]), act, dropout=0.0 if last else dropout))
    opt = make_optimizer(optimizer, learning_rate=learning_rate)
    return Trainer(Network(sizes[0], layers), get_loss(loss), opt, x, t, batch_size=batch_size, rng=rng)


def trace_arrays(trace) -> dict[str, np.ndarray | None]:
    """Copies of every number in a trace, by name, for comparison after the trace is gone."""
    out = {
        "x": trace.x,
        "t": trace.t,
        "samples": trace.samples,
        "scalars": np.array(
            [trace.loss_data, trace.loss_reg, trace.loss_total, trace.learning_rate, trace.iteration, trace.epoch]
        ),
    }
    for lt in trace.layers:
        for name in LayerTrace.__slots__:
            value = getattr(lt, name)
            out[f"layer {lt.index} {name}"] = None if value is None else np.array(value, copy=True)
    return out


def assert_same_arrays(a: dict, b: dict) -> None:
    """Bit for bit: same names, dtypes, shapes and bytes."""
    assert a.keys() == b.keys()
    for key in a:
        if a[key] is None or b[key] is None:
            assert a[key] is None and b[key] is None, key
            continue
        x, y = np.asarray(a[key]), np.asarray(b[key])
        assert x.dtype == y.dtype and x.shape == y.shape, key
        assert x.tobytes() == y.tobytes(), key


def trainer_state_arrays(trainer: Trainer) -> dict[str, np.ndarray | None]:
    """Parameters, optimizer buffers, generator state and counters of a trainer, by name."""
    state = trainer.state()
    out = {f"param {i}": p for i, p in enumerate(state.params)}
    steps, buffers = state.optimizer
    for key, values in buffers.items():
        out.update({f"{key} {i}": v for i, v in enumerate(values)})
    out["counters"] = np.array([state.iteration, state.epoch, state.position, steps])
    out["rng"] = np.frombuffer(repr(state.rng_state).encode(), dtype=np.uint8)
    out["order"] = state.order
    return out


@pytest.fixture
def make_trainer():
    return build_trainer


@pytest.fixture
def same():
    """``same(a, b)`` asserts two ``trace_arrays``/``trainer_state_arrays`` dicts are equal bit for bit."""
    return assert_same_arrays


@pytest.fixture
def arrays():
    """``arrays(trace)`` copies every number of a trace (see :func:`trace_arrays`)."""
    return trace_arrays


@pytest.fixture
def state_arrays():
    """``state_arrays(trainer)``: the trainer's whole state as named arrays."""
    return trainer_state_arrays


@pytest.fixture(scope="module")
def trained_wide_deep():
    """The wide-and-deep preset after 30 iterations (every lane's weights have moved) and the
    trace of the last: ``(experiment, trace)``, one per test module."""
    experiment = load_experiment("wide-and-deep")
    for _ in range(30):
        trace = experiment.trainer.step()
    return experiment, trace
