"""Training speed: the core's ``Trainer.step`` against minimal NumPy loops and PyTorch eager.

Each implementation of the same math trains the same network from the same
weights on the same mini-batches:

- **core**: :meth:`nnviz.core.training.Trainer.step`, the real training path,
  which records every number of the iteration in an ``IterationTrace``;
- **minimal**: a hand-written loop of plain NumPy functions, no classes, no
  trace, parameters updated in place (:func:`nnviz.benchmarks.loops.minimal_loop`);
- **tuned**: the same loop with NumPy's Python-level wrappers skipped, the
  tricks the core itself uses; the core's ratio to it is what the trace alone
  costs (information, no target);
- **torch**: ``nn.Linear`` layers, the torch loss and ``torch.optim``, CPU eager, float64.

Before timing, a few steps of each are compared: the parameters must agree, so
they really do the same work.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import numpy as np

from nnviz.benchmarks.loops import Array, Loop, minimal_loop, torch_loop
from nnviz.benchmarks.report import Column, Result, rate, ratio, verdict
from nnviz.benchmarks.timing import Budget, measure
from nnviz.core.activations import get_activation
from nnviz.core.init import init_weights
from nnviz.core.layers import Dense
from nnviz.core.losses import get_loss
from nnviz.core.network import Network
from nnviz.core.optimizers import make_optimizer
from nnviz.core.training import Trainer

TITLE = "Training iterations per second: core vs minimal NumPy loop vs PyTorch eager"
MIN_VS_MINIMAL = 0.67
"""The core may take at most 1.5× the minimal loop's time: that is what recording the trace may cost."""
MIN_VS_TORCH = 3.0
SEED = 0
CHECK_STEPS = 30
LEARNING_RATES = {"sgd": 0.1, "adam": 0.01}


@dataclass(frozen=True)
class Case:
    """One benchmarked network: layer sizes, batch, training-set size, optimizer."""

    sizes: tuple[int, ...]
    batch: int
    samples: int
    optimizer: str = "sgd"
    vs_torch: bool = True
    """Whether the ≥ 3× PyTorch target applies (the small, playground-sized nets)."""

    @property
    def classes(self) -> bool:
        """Several outputs: relu hidden layers, softmax and cross-entropy; else tanh, sigmoid, bce."""
        return self.sizes[-1] > 1

    @property
    def net(self) -> str:
        return "-".join(map(str, self.sizes))


CASES = (
    Case((2, 4, 2, 1), 10, 250),
    Case((2, 8, 8, 8, 8, 8, 8, 1), 10, 250),
    Case((2, 8, 8, 8, 8, 8, 8, 1), 500, 500),
    Case((2, 8, 8, 8, 8, 8, 8, 1), 10, 250, "adam"),
    Case((784, 32, 10), 32, 1024, vs_torch=False),
)

COLUMNS = [
    Column("net", "net"),
    Column("batch", "batch"),
    Column("optimizer", "optimizer"),
    Column("core", "core it/s", rate),
    Column("minimal", "minimal it/s", rate),
    Column("torch", "torch it/s", rate),
    Column("core/minimal", "core/minimal", ratio),
    Column("core/torch", "core/torch", ratio),
    Column("target", "target"),
    Column("pass", "pass/fail", verdict),
    Column("core/tuned", "core/tuned", ratio),
]


def make_problem(case: Case) -> tuple[list[Array], Array, Array]:
    """Initial ``[W1, b1, …]`` (xavier uniform, zero biases), inputs and targets, from the fixed seed."""
    rng = np.random.default_rng(SEED)
    params = []
    for fan_in, units in itertools.pairwise(case.sizes):
        params += [init_weights("xavier_uniform", units, fan_in, rng), np.zeros(units)]
    x = rng.standard_normal((case.samples, case.sizes[0]))
    if case.classes:
        t = rng.integers(0, case.sizes[-1], case.samples)
    else:
        t = (rng.random((case.samples, 1)) < 0.5).astype(float)
    return params, x, t


def core_trainer(case: Case, params: list[Array], x: Array, t: Array) -> Loop:
    """The real thing: a :class:`Trainer` whose every ``step()`` records a full trace."""
    hidden, output = ("relu", "softmax") if case.classes else ("tanh", "sigmoid")
    n_layers = len(case.sizes) - 1
    layers = [
        Dense(
            params[2 * k].copy(), params[2 * k + 1].copy(), get_activation(output if k == n_layers - 1 else hidden)
        )
        for k in range(n_layers)
    ]
    trainer = Trainer(
        Network(case.sizes[0], layers),
        get_loss("cross_entropy" if case.classes else "bce"),
        make_optimizer(case.optimizer, learning_rate=LEARNING_RATES[case.optimizer]),
        x,
        t,
        batch_size=case.batch,
        rng=np.random.default_rng(SEED),
    )

    def run(n: int) -> None:
        step = trainer.step
        for _ in range(n):
            step()

    return run, trainer.network.parameters


def minimal_trainer(case: Case, params: list[Array], x: Array, t: Array, *, tuned: bool = False) -> Loop:
    lr = LEARNING_RATES[case.optimizer]
    return minimal_loop(case.sizes, case.batch, case.optimizer, lr, params, x, t, seed=SEED, tuned=tuned)


def tuned_trainer(case: Case, params: list[Array], x: Array, t: Array) -> Loop:
    return minimal_trainer(case, params, x, t, tuned=True)


def torch_trainer(case: Case, params: list[Array], x: Array, t: Array) -> Loop:
    lr = LEARNING_RATES[case.optimizer]
    return torch_loop(case.sizes, case.batch, case.optimizer, lr, params, x, t, seed=SEED)


def torch_version() -> str | None:
    """PyTorch's version when it can be imported, else ``None``."""
    try:
        import torch
    except ImportError:
        return None
    return torch.__version__


@contextmanager
def _torch_threads(n: int, enabled: bool) -> Iterator[None]:
    """PyTorch on ``n`` threads inside the block, its old count after."""
    if not enabled:
        yield
        return
    import torch

    before = torch.get_num_threads()
    torch.set_num_threads(n)
    try:
        yield
    finally:
        torch.set_num_threads(before)


def _agree(a: list[Array], b: list[Array]) -> bool:
    return all(np.allclose(p, q, rtol=1e-7, atol=1e-10) for p, q in zip(a, b))


def bench_case(case: Case, budget: Budget, *, with_torch: bool, threads: int = 1) -> dict:
    """One row: iterations per second of each implementation, their ratios and the verdict."""
    params, x, t = make_problem(case)
    builders = {"core": core_trainer, "minimal": minimal_trainer, "tuned": tuned_trainer}
    if with_torch:
        builders["torch"] = torch_trainer
    runs, results = {}, {}
    with _torch_threads(threads, with_torch):
        for name, build in builders.items():
            runs[name], results[name] = build(case, params, x, t)
            runs[name](CHECK_STEPS)
        core_params = results["core"]()
        same_math = all(_agree(core_params, results[name]()) for name in builders if name != "core")
        rates = measure(runs, budget)
    row = {"net": case.net, "batch": case.batch, "optimizer": case.optimizer}
    row.update(
        {name: rates[name].best if name in rates else None for name in ("core", "minimal", "tuned", "torch")}
    )
    row.update({f"{name}_median": r.median for name, r in rates.items()})
    row["core/minimal"] = row["core"] / row["minimal"]
    row["core/tuned"] = row["core"] / row["tuned"]
    row["core/torch"] = None if row["torch"] is None else row["core"] / row["torch"]
    row["minimal/torch"] = None if row["torch"] is None else row["minimal"] / row["torch"]
    ok = row["core/minimal"] >= MIN_VS_MINIMAL
    target = f"≥{MIN_VS_MINIMAL:g}× minimal"
    if case.vs_torch:
        target += f", ≥{MIN_VS_TORCH:g}× torch"
        if row["core/torch"] is not None:
            ok = ok and row["core/torch"] >= MIN_VS_TORCH
    row["target"] = target
    row["same_math"] = same_math
    row["pass"] = ok and same_math
    return row


def _notes(
    result: Result, budget: Budget, version: str | None, threads: int, blas: str, allocator: str
) -> list[str]:
    if version:
        torch_note = f"PyTorch {version} CPU eager, float64, torch.set_num_threads({threads})"
    else:
        torch_note = "PyTorch not measured (not importable, or --no-torch)"
    notes = [
        f"NumPy {np.__version__}, float64, {blas}; {torch_note}; {allocator}.",
        "One output: tanh hidden layers, sigmoid + bce. Ten outputs: relu hidden layers, softmax + "
        f"cross_entropy. SGD lr {LEARNING_RATES['sgd']:g}, Adam lr {LEARNING_RATES['adam']:g}; random data, "
        f"seed {SEED}; all start from the same weights and see the same mini-batches.",
        f"it/s: the best of {budget.rounds} interleaved chunks of ~{budget.chunk_seconds:g} s each.",
        "core/minimal ≥ 0.67: the core, trace and all, takes at most 1.5× the time of a hand-written loop "
        "(x[idx], np.mean, .sum()).",
        "core/tuned (no target): against that loop written with the core's own tricks (take, direct "
        "np.add.reduce): the cost of the trace and the classes alone.",
    ]
    for row in result.rows:
        if row["minimal/torch"] is not None and row["minimal/torch"] < MIN_VS_TORCH and "torch" in row["target"]:
            notes.append(
                f"{row['net']} batch {row['batch']}: even the minimal loop is only {row['minimal/torch']:.2f}× "
                f"PyTorch here, so the core, which does more, cannot reach {MIN_VS_TORCH:g}×."
            )
    if not all(row["same_math"] for row in result.rows):
        notes.append("ERROR: the implementations disagreed on the parameters after a few steps.")
    return notes


def run(budget: Budget, options) -> Result:
    """Every case, one row each. Reads ``options.torch`` (False skips PyTorch), ``options.threads``
    (PyTorch's threads) and ``options.blas`` (how NumPy's BLAS threads were set, for the notes)."""
    version = torch_version() if getattr(options, "torch", True) else None
    threads = getattr(options, "threads", 1)
    result = Result(TITLE, COLUMNS)
    for case in CASES:
        result.rows.append(bench_case(case, budget, with_torch=version is not None, threads=threads))
    blas = getattr(options, "blas", "BLAS threads as NumPy chose")
    allocator = getattr(options, "allocator", "allocator as the platform set it")
    result.notes = _notes(result, budget, version, threads, blas, allocator)
    return result
