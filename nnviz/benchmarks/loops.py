"""The reference training loops the core is measured against: minimal NumPy and PyTorch eager.

Each builder takes the layer sizes, the batch size, the optimizer, initial
``[W1, b1, …]`` and the training set, and returns ``(run, parameters)``:
``run(n)`` trains ``n`` iterations, ``parameters()`` gives the current
``[W1, b1, …]`` as NumPy arrays. Mini-batches come from one seeded permutation
per epoch, as in :class:`nnviz.core.training.Trainer`, so all loops built from
the same seed see the same batches and can be checked against each other.

Several outputs mean relu hidden layers, softmax and cross-entropy over class
indices; one output means tanh hidden layers, a sigmoid and binary
cross-entropy. Every loop computes the batch loss as a Python float, as the
core does.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable

import numpy as np

Array = np.ndarray
Run = Callable[[int], None]
Loop = tuple[Run, Callable[[], list[Array]]]


def _sigmoid(z: Array) -> Array:
    return 1.0 / (1.0 + np.exp(-z))


def _relu(z: Array) -> Array:
    return np.maximum(z, 0.0)


def _sgd(p: Array, g: Array, lr: float) -> None:
    p -= lr * g


def _adam(p: Array, g: Array, m: Array, v: Array, t: int, lr: float) -> None:
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    m *= beta1
    m += (1.0 - beta1) * g
    v *= beta2
    v += (1.0 - beta2) * (g * g)
    p -= (lr / (1.0 - beta1**t)) * (m / (np.sqrt(v) / math.sqrt(1.0 - beta2**t) + eps))


def minimal_loop(
    sizes: tuple[int, ...],
    batch: int,
    optimizer: str,
    lr: float,
    params: list[Array],
    x: Array,
    t: Array,
    *,
    seed: int,
    tuned: bool = False,
) -> Loop:
    """Plain NumPy functions, no classes, no trace; parameters and Adam moments updated in place.

    ``tuned`` swaps the idiomatic ``x[idx]``, ``np.mean`` and ``.sum()``/``.max()`` for
    ``take`` and direct ``np.add.reduce``/``np.maximum.reduce`` calls, which skip
    NumPy's Python-level wrappers: the same numbers, less overhead per call.
    """
    params = [p.copy() for p in params]
    Ws, bs = params[0::2], params[1::2]
    n_layers = len(Ws)
    classes = sizes[-1] > 1
    hidden = _relu if classes else np.tanh
    adam = optimizer == "adam"
    moments = [(np.zeros_like(p), np.zeros_like(p)) for p in params]
    rng = np.random.default_rng(seed)
    n = len(x)
    rows = np.arange(batch)
    order, pos, step_count = None, n, 0

    def run(steps: int) -> None:
        nonlocal order, pos, step_count
        for _ in range(steps):
            if batch >= n:
                xb, tb = x, t
            else:
                if pos >= n:
                    order, pos = rng.permutation(n), 0
                idx = order[pos : pos + batch]
                pos += batch
                xb, tb = (x.take(idx, axis=0), t.take(idx, axis=0)) if tuned else (x[idx], t[idx])
            acts = [xb]
            for k in range(n_layers - 1):
                acts.append(hidden(acts[-1] @ Ws[k].T + bs[k]))
            z = acts[-1] @ Ws[-1].T + bs[-1]
            if classes:
                if tuned:
                    shifted = z - np.maximum.reduce(z, axis=1, keepdims=True)
                    e = np.exp(shifted)
                    total = np.add.reduce(e, axis=1, keepdims=True)
                    loss = np.add.reduce(np.log(total[:, 0]) - shifted[rows, tb]) / len(tb)
                else:
                    shifted = z - z.max(axis=1, keepdims=True)
                    e = np.exp(shifted)
                    total = e.sum(axis=1, keepdims=True)
                    loss = np.mean(np.log(total[:, 0]) - shifted[rows, tb])
                delta = e / total
                delta[rows, tb] -= 1.0
                delta /= len(tb)
            else:
                elements = np.logaddexp(0.0, z) - tb * z
                loss = np.add.reduce(elements, axis=None) / elements.size if tuned else np.mean(elements)
                delta = (_sigmoid(z) - tb) / tb.size
            float(loss)
            step_count += 1
            for k in range(n_layers - 1, -1, -1):
                grad_W = delta.T @ acts[k]
                grad_b = np.add.reduce(delta, axis=0) if tuned else delta.sum(axis=0)
                if k:
                    a = acts[k]
                    delta = (delta @ Ws[k]) * ((a > 0) if classes else (1.0 - a * a))
                if adam:
                    _adam(Ws[k], grad_W, *moments[2 * k], step_count, lr)
                    _adam(bs[k], grad_b, *moments[2 * k + 1], step_count, lr)
                else:
                    _sgd(Ws[k], grad_W, lr)
                    _sgd(bs[k], grad_b, lr)

    return run, lambda: params


def torch_loop(
    sizes: tuple[int, ...],
    batch: int,
    optimizer: str,
    lr: float,
    params: list[Array],
    x: Array,
    t: Array,
    *,
    seed: int,
) -> Loop:
    """``nn.Sequential`` of ``nn.Linear`` layers in float64, the torch loss and ``torch.optim``, eager."""
    import torch

    modules: list = []
    for k, (fan_in, units) in enumerate(itertools.pairwise(sizes)):
        linear = torch.nn.Linear(fan_in, units, dtype=torch.float64)
        with torch.no_grad():
            linear.weight.copy_(torch.from_numpy(params[2 * k]))
            linear.bias.copy_(torch.from_numpy(params[2 * k + 1]))
        modules.append(linear)
        if k < len(sizes) - 2:
            modules.append(torch.nn.ReLU() if sizes[-1] > 1 else torch.nn.Tanh())
    if sizes[-1] == 1:
        modules.append(torch.nn.Sigmoid())
    model = torch.nn.Sequential(*modules)
    loss_fn = torch.nn.CrossEntropyLoss() if sizes[-1] > 1 else torch.nn.BCELoss()
    optim = (torch.optim.Adam if optimizer == "adam" else torch.optim.SGD)(model.parameters(), lr=lr)
    xs, ts = torch.from_numpy(x), torch.from_numpy(t)
    rng = np.random.default_rng(seed)
    n = len(x)
    order, pos = None, n

    def run(steps: int) -> None:
        nonlocal order, pos
        for _ in range(steps):
            if batch >= n:
                xb, tb = xs, ts
            else:
                if pos >= n:
                    order, pos = torch.from_numpy(rng.permutation(n)), 0
                idx = order[pos : pos + batch]
                pos += batch
                xb, tb = xs[idx], ts[idx]
            optim.zero_grad()
            loss = loss_fn(model(xb), tb)
            loss.backward()
            optim.step()
            loss.item()

    return run, lambda: [p.detach().numpy() for p in model.parameters()]
