"""Training speed of the digits CNN: the core against a minimal NumPy loop and PyTorch eager.

The network of the ``digits-cnn`` preset — conv 3×3 (8 channels, padding 1) →
ReLU → max-pool 2 → flatten → dense softmax over 10 — at batch 32 with SGD,
on the shipped 8×8 digits. Three implementations train it from the same
weights on the same mini-batches and are checked to agree before timing:

- **core**: :meth:`nnviz.core.training.Trainer.step`, trace and all;
- **minimal**: one hand-written function of plain NumPy with the same fast
  layouts (im2col by nine slice copies, pooling on a cells-first copy, the
  winners' gradient by ``bincount``), in-place updates, no classes, no trace;
- **torch**: ``nn.Conv2d``, ``nn.MaxPool2d``, ``nn.Linear``, ``nn.CrossEntropyLoss``
  and ``torch.optim.SGD``, CPU eager, float64.

A note adds the images per second of ``nnviz train digits-cnn`` (Adam, the
preset as shipped, one epoch at a time). Where node and npm are present, the
in-browser anchor ConvNetJS (:mod:`nnviz.benchmarks.convnetjs`) trains the same
net and its MNIST demo net, in images per second beside the core's: one column
on the digits row and a second row for the MNIST demo net.
"""

from __future__ import annotations

import time

import numpy as np

from nnviz.benchmarks import convnetjs
from nnviz.benchmarks.loops import Array, Loop
from nnviz.benchmarks.report import Column, Result, rate, ratio, verdict
from nnviz.benchmarks.timing import Budget, measure
from nnviz.benchmarks.training import _agree, _torch_threads, torch_version
from nnviz.core.activations import get_activation
from nnviz.core.conv import Conv2D
from nnviz.core.image_datasets import load_digits
from nnviz.core.init import init_kernel, init_weights
from nnviz.core.layers import Dense
from nnviz.core.losses import get_loss
from nnviz.core.network import Network
from nnviz.core.optimizers import make_optimizer
from nnviz.core.pool import MaxPool2D
from nnviz.core.reshape import Flatten
from nnviz.core.training import Trainer

TITLE = "Digits CNN training iterations per second: core vs minimal NumPy loop vs PyTorch eager vs ConvNetJS"
MIN_VS_MINIMAL = 0.67
MIN_VS_TORCH = 2.0
MIN_VS_CONVNETJS = 3.0
MIN_VS_CONVNETJS_MNIST = 5.0
MNIST_NET = "ConvNetJS MNIST demo 24×24"
SEED = 0
BATCH = 32
CHANNELS = 8
LEARNING_RATE = 0.1
CHECK_STEPS = 60  # more than one epoch of 1 797 images: the short last batch is checked too
NET = "conv3×3×8-pool2-10"

COLUMNS = [
    Column("net", "net"),
    Column("batch", "batch"),
    Column("core", "core it/s", rate),
    Column("minimal", "minimal it/s", rate),
    Column("torch", "torch it/s", rate),
    Column("core/minimal", "core/minimal", ratio),
    Column("core/torch", "core/torch", ratio),
    Column("images", "core images/s", rate),
    Column("convnetjs", "ConvNetJS images/s", rate),
    Column("core/convnetjs", "core/ConvNetJS", ratio),
    Column("target", "target"),
    Column("pass", "pass/fail", verdict),
]


def make_problem() -> tuple[list[Array], Array, Array]:
    """Initial ``[K, b_conv, W, b]`` (he / xavier uniform, zero biases) and the digits (x, t)."""
    rng = np.random.default_rng(SEED)
    params = [
        init_kernel("he_uniform", (CHANNELS, 1, 3, 3), rng),
        np.zeros(CHANNELS),
        init_weights("xavier_uniform", 10, CHANNELS * 16, rng),
        np.zeros(10),
    ]
    x, t = load_digits()
    return params, x, t


def core_trainer(params: list[Array], x: Array, t: Array) -> Loop:
    layers = [
        Conv2D(params[0].copy(), params[1].copy(), get_activation("relu"), padding=1),
        MaxPool2D((2, 2)),
        Flatten(),
        Dense(params[2].copy(), params[3].copy(), get_activation("softmax")),
    ]
    trainer = Trainer(
        Network((1, 8, 8), layers),
        get_loss("cross_entropy"),
        make_optimizer("sgd", learning_rate=LEARNING_RATE),
        x,
        t,
        batch_size=BATCH,
        rng=np.random.default_rng(SEED),
    )

    def run(n: int) -> None:
        step = trainer.step
        for _ in range(n):
            step()

    return run, trainer.network.parameters


def minimal_trainer(params: list[Array], x: Array, t: Array) -> Loop:
    """The digits CNN as one plain NumPy function with the fast layouts the core uses (im2col by
    nine slice copies, channel-major products, pooling on a cells-first copy), no classes, no trace."""
    K, bk, W, b = (p.copy() for p in params)
    rng = np.random.default_rng(SEED)
    n = len(x)
    order, pos = None, n
    corner = (np.arange(4)[:, None] * 2) * 8 + np.arange(4)[None, :] * 2
    at = np.array([0, 1, 8, 9])[:, None, None] + corner  # input index of each 2×2 window cell

    def run(steps: int) -> None:
        nonlocal order, pos
        for _ in range(steps):
            if pos >= n:
                order, pos = rng.permutation(n), 0
            idx = order[pos : pos + BATCH]
            pos += BATCH
            xb, tb = x[idx], t[idx]
            m = len(idx)
            padded = np.zeros((m, 10, 10))
            padded[:, 1:9, 1:9] = xb[:, 0]
            cols = np.empty((3, 3, m, 8, 8))
            for i in range(3):
                for j in range(3):
                    cols[i, j] = padded[:, i : i + 8, j : j + 8]
            cols = cols.reshape(9, m * 64)
            z1 = np.empty((m, CHANNELS, 8, 8))
            np.add(
                (K.reshape(CHANNELS, 9) @ cols).reshape(CHANNELS, m, 8, 8).transpose(1, 0, 2, 3),
                bk[:, None, None],
                out=z1,
            )
            a1 = np.maximum(z1, 0.0)
            cells = a1.reshape(m, CHANNELS, 4, 2, 4, 2).transpose(3, 5, 0, 1, 2, 4).reshape(4, m, CHANNELS, 4, 4)
            pooled = np.maximum(np.maximum(cells[0], cells[1]), np.maximum(cells[2], cells[3]))
            winners = np.where(cells[2] == pooled, at[2], at[3])
            winners = np.where(cells[1] == pooled, at[1], winners)
            winners = np.where(cells[0] == pooled, at[0], winners)
            f = pooled.reshape(m, CHANNELS * 16)
            z = f @ W.T + b
            shifted = z - z.max(axis=1, keepdims=True)
            e = np.exp(shifted)
            total = e.sum(axis=1, keepdims=True)
            float(np.mean(np.log(total[:, 0]) - shifted[np.arange(m), tb]))
            delta = e / total
            delta[np.arange(m), tb] -= 1.0
            delta /= m
            grad_W, grad_b = delta.T @ f, delta.sum(axis=0)
            grad_pooled = delta @ W
            maps = np.arange(m * CHANNELS).reshape(m, CHANNELS, 1, 1) * 64
            grad_a1 = np.bincount(
                (maps + winners).ravel(), weights=grad_pooled.ravel(), minlength=m * CHANNELS * 64
            )
            delta1 = grad_a1.reshape(m, CHANNELS, 64) * (z1.reshape(m, CHANNELS, 64) > 0)
            delta_rows = delta1.transpose(1, 0, 2).reshape(CHANNELS, m * 64)
            grad_K = (delta_rows @ cols.T).reshape(K.shape)
            grad_bk = delta_rows.sum(axis=1)
            for p, g in ((K, grad_K), (bk, grad_bk), (W, grad_W), (b, grad_b)):
                p -= LEARNING_RATE * g

    return run, lambda: [K, bk, W, b]


def torch_trainer(params: list[Array], x: Array, t: Array) -> Loop:
    import torch

    conv = torch.nn.Conv2d(1, CHANNELS, 3, padding=1, dtype=torch.float64)
    linear = torch.nn.Linear(CHANNELS * 16, 10, dtype=torch.float64)
    with torch.no_grad():
        for module, (weight, bias) in ((conv, params[0:2]), (linear, params[2:4])):
            module.weight.copy_(torch.from_numpy(weight))
            module.bias.copy_(torch.from_numpy(bias))
    model = torch.nn.Sequential(conv, torch.nn.ReLU(), torch.nn.MaxPool2d(2), torch.nn.Flatten(), linear)
    loss_fn = torch.nn.CrossEntropyLoss()
    optim = torch.optim.SGD(model.parameters(), lr=LEARNING_RATE)
    xs, ts = torch.from_numpy(x), torch.from_numpy(t)
    rng = np.random.default_rng(SEED)
    n = len(x)
    order, pos = None, n

    def run(steps: int) -> None:
        nonlocal order, pos
        for _ in range(steps):
            if pos >= n:
                order, pos = torch.from_numpy(rng.permutation(n)), 0
            idx = order[pos : pos + BATCH]
            pos += BATCH
            optim.zero_grad()
            loss = loss_fn(model(xs[idx]), ts[idx])
            loss.backward()
            optim.step()
            loss.item()

    return run, lambda: [p.detach().numpy() for p in model.parameters()]


def train_images_per_second(epochs: int = 2) -> float:
    """Images per second of ``nnviz train digits-cnn``'s loop (the preset as shipped)."""
    from nnviz.presets import load_experiment

    experiment = load_experiment("digits-cnn")
    start = time.perf_counter()
    for _ in range(epochs):
        experiment.trainer.run_epoch()
    return epochs * len(experiment.data.x_train) / (time.perf_counter() - start)


def run(budget: Budget, options) -> Result:
    """One row: the digits CNN at batch 32; the notes add ``nnviz train``'s images per second."""
    version = torch_version() if getattr(options, "torch", True) else None
    threads = getattr(options, "threads", 1)
    params, x, t = make_problem()
    builders = {"core": core_trainer, "minimal": minimal_trainer}
    if version:
        builders["torch"] = torch_trainer
    runs, results = {}, {}
    with _torch_threads(threads, version is not None):
        for name, build in builders.items():
            runs[name], results[name] = build(params, x, t)
            runs[name](CHECK_STEPS)
        same_math = all(_agree(results["core"](), results[name]()) for name in builders if name != "core")
        rates = measure(runs, budget)
    row = {"net": NET, "batch": BATCH, **{name: r.best for name, r in rates.items()}}
    row.setdefault("torch", None)
    row["core/minimal"] = row["core"] / row["minimal"]
    row["core/torch"] = None if row["torch"] is None else row["core"] / row["torch"]
    row["minimal/torch"] = None if row["torch"] is None else row["minimal"] / row["torch"]
    row["images"] = row["core"] * BATCH
    ok = row["core/minimal"] >= MIN_VS_MINIMAL and (row["core/torch"] is None or row["core/torch"] >= MIN_VS_TORCH)
    row["target"] = f"≥{MIN_VS_MINIMAL:g}× minimal, ≥{MIN_VS_TORCH:g}× torch"
    row["same_math"] = same_math
    row["pass"] = ok and same_math
    result = Result(TITLE, COLUMNS, [row])
    torch_note = (
        f"PyTorch {version} CPU eager, float64, {threads} thread(s)" if version else "PyTorch not measured"
    )
    result.notes = [
        f"NumPy {np.__version__}, float64; {torch_note}. The 1 797 shipped digits, SGD lr {LEARNING_RATE:g}, "
        f"seed {SEED}; all start from the same weights and see the same mini-batches.",
        f"it/s: the best of {budget.rounds} interleaved chunks of ~{budget.chunk_seconds:g} s each; "
        f"core images/s = core it/s × {BATCH}.",
        f"nnviz train digits-cnn (Adam, batch {BATCH}, every epoch traced): "
        f"{train_images_per_second(1 if budget.rounds < 10 else 3):,.0f} images/s.",
    ]
    if row["minimal/torch"] is not None and row["core/torch"] < MIN_VS_TORCH:
        result.notes.append(
            f"The minimal loop is {row['minimal/torch']:.2f}× PyTorch here; the core, which also keeps every "
            f"number of the iteration for the trace, takes {1 / row['core/minimal']:.2f}× its time."
        )
    if not same_math:
        result.notes.append("ERROR: the implementations disagreed on the parameters after a few steps.")
    if getattr(options, "convnetjs", True):
        _convnetjs_rows(result, budget)
    else:
        result.notes.append("ConvNetJS not measured (--no-convnetjs).")
    return result


def _convnetjs_rows(result: Result, budget: Budget) -> None:
    """ConvNetJS's images/s on the digits row and a row for its MNIST demo net, or a note why not."""
    module, why = convnetjs.ensure_convnetjs()
    if module is None:
        result.notes.append(f"ConvNetJS not measured: {why}.")
        return
    seconds = 3.0 if budget.rounds >= 20 else 1.0
    digits = result.rows[0]
    digits["convnetjs"] = convnetjs.images_per_second(module, "digits", seconds)
    digits["core/convnetjs"] = digits["images"] / digits["convnetjs"]
    digits["target"] += f", ≥{MIN_VS_CONVNETJS:g}× ConvNetJS"
    digits["pass"] = digits["pass"] and digits["core/convnetjs"] >= MIN_VS_CONVNETJS
    run_core, _ = convnetjs.mnist_core_trainer()
    run_core(4)
    core = measure({"core": run_core}, budget)["core"].best
    js = convnetjs.images_per_second(module, "mnist", seconds)
    ratio_js = core * BATCH / js
    result.rows.append(
        {
            "net": MNIST_NET,
            "batch": BATCH,
            "core": core,
            "images": core * BATCH,
            "convnetjs": js,
            "core/convnetjs": ratio_js,
            "target": f"≥{MIN_VS_CONVNETJS_MNIST:g}× ConvNetJS",
            "pass": ratio_js >= MIN_VS_CONVNETJS_MNIST,
        }
    )
    result.notes.append(
        f"{convnetjs.describe(module)}: its SGDTrainer (momentum 0, batch {BATCH}) on "
        f"{convnetjs.IMAGES} random images, the best chunk of {4 * BATCH} images over {seconds:g} s, run after "
        f"the other contenders (not interleaved); the MNIST demo row's core trains the same net on random images."
    )
