"""Comparison throughput: runs in worker processes against the same runs one after another.

8 learning rates × 3 seeds of the 2-8×6-1 spiral (250 training points, batch 10, tanh, sigmoid +
bce, SGD), 100 epochs each (``--quick``: 20), every epoch evaluated as ``nnviz compare`` does.
Sequential: every run trained in this process, one after another (the sum of the single-run
times). Parallel: :class:`nnviz.session.compare.pool.Pool` with one worker per core, from start
to the last result, worker start-up included. Target: parallel wall time ≤ 1.25 × sequential ÷
cores (near-linear use of the cores). The two are checked to give the same numbers.
"""

from __future__ import annotations

import time

import numpy as np

from nnviz.benchmarks.report import Column, Result, ratio, verdict
from nnviz.benchmarks.spiral import spiral_spec
from nnviz.core.experiment import Experiment
from nnviz.session.compare.plan import make_plan
from nnviz.session.compare.pool import Pool, default_workers
from nnviz.session.compare.train_run import Job, train
from nnviz.session.compare.vary import parse_vary

TITLE = "Comparison runs: worker processes against one after another"
TARGET = 1.25
SPEC = spiral_spec("bench spiral 2-8×6-1", (8,) * 6, 0.1)
VARY = "optimizer.learning_rate=0.01,0.02,0.03,0.05,0.1,0.15,0.2,0.3"
SEEDS = 3

COLUMNS = [
    Column("net", "net"),
    Column("runs", "runs"),
    Column("epochs", "epochs"),
    Column("workers", "workers"),
    Column("sequential", "sequential s", lambda v: f"{v:.2f}"),
    Column("parallel", "parallel s", lambda v: f"{v:.2f}"),
    Column("speedup", "speed-up", ratio),
    Column("vs_ideal", "parallel ÷ (sequential ÷ cores)", ratio),
    Column("target", "target"),
    Column("pass", "pass/fail", verdict),
]


def run(budget, options) -> Result:
    epochs = 100 if budget.rounds >= 10 else 20 if budget.rounds >= 8 else 2
    plan = make_plan(Experiment(SPEC), parse_vary(VARY), seeds=SEEDS, epochs=epochs)
    jobs = [Job(r, epochs) for r in plan.runs]
    workers = default_workers()
    start = time.perf_counter()
    alone = [train(job) for job in jobs]
    sequential = time.perf_counter() - start
    start = time.perf_counter()
    pooled = Pool(jobs, workers).run()
    parallel = time.perf_counter() - start
    same = all(np.array_equal(a.train_loss, b.train_loss) for a, b in zip(alone, pooled))
    vs_ideal = parallel / (sequential / workers)
    row = {
        "net": "2-8×6-1 spiral",
        "runs": len(jobs),
        "epochs": epochs,
        "workers": workers,
        "sequential": sequential,
        "parallel": parallel,
        "speedup": sequential / parallel,
        "vs_ideal": vs_ideal,
        "target": f"≤{TARGET:g}× sequential ÷ cores",
        "same_numbers": same,
        "pass": vs_ideal <= TARGET and same,
    }
    result = Result(TITLE, COLUMNS, [row])
    result.notes = [
        f"{len(plan.vary.values)} learning rates × {SEEDS} seeds, 250 training points, batch 10, every epoch "
        "evaluated on the training and test sets; parallel includes starting the workers.",
        f"{workers} worker(s), one per core this process may use.",
    ]
    if not same:
        result.notes.append("ERROR: the runs in the workers did not give the numbers of the runs trained here.")
    return result
