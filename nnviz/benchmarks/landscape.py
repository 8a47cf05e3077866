"""Loss landscape speed: a 41×41 landscape of the 2-8×6-1 spiral over its 250 training points.

Two pairs of parameters: the default of ``nnviz shot --panel landscape`` (a weight of layer 1 and
the output unit's bias: the layers between them run once per x value, only the output layer once
per grid point), the slowest pair, two weights of layer 1 (every layer runs once per grid
point), and a plane of two random filter-normalised directions (every parameter moves;
:mod:`nnviz.core.landscape_plane`). Time: the best of ``rounds`` calls, without a path.
Target (issue #14): ≤ 0.5 s. The centre of each surface is checked to be the loss there. The
process's CPU time of the fastest call is given beside it: on a machine other programs load, the
wall time is that CPU time stretched by the share of a core the section got.
"""

from __future__ import annotations

import time

import numpy as np

from nnviz.benchmarks.report import Column, Result, verdict
from nnviz.benchmarks.spiral import spiral_spec
from nnviz.core.experiment import Experiment
from nnviz.core.landscape import Coordinate, landscape
from nnviz.core.landscape_plane import plane_landscape, random_plane

TITLE = "Loss landscape: 41×41 grid over two parameters, 250 points"
TARGET = 0.5
SPEC = spiral_spec("bench spiral 2-8×6-1", (8,) * 6, 0.1, regularization={"kind": "l2", "lambda": 0.001})
PAIRS = {
    "layer 1 w1,1 × output b1 (the default)": (Coordinate(1, 0, 0), Coordinate(7, 0, 8)),
    "layer 1 w3,2 × layer 1 w6,1 (slowest)": (Coordinate(1, 2, 1), Coordinate(1, 5, 0)),
    "two random filter-normalised directions": "random",
}

COLUMNS = [
    Column("axes", "axes"),
    Column("grid", "grid"),
    Column("points", "points"),
    Column("best", "best s", lambda v: f"{v:.3f}"),
    Column("median", "median s", lambda v: f"{v:.3f}"),
    Column("cpu", "CPU s (best)", lambda v: f"{v:.3f}"),
    Column("target", "target"),
    Column("pass", "pass/fail", verdict),
]


def run(budget, options) -> Result:
    experiment = Experiment(SPEC)
    trainer = experiment.trainer
    trace = trainer.step()
    params = [p for layer in trace.layers if layer.W_before is not None for p in (layer.W_before, layer.b_before)]
    x, t = experiment.data.x_train, experiment.data.t_train
    rounds = 7 if budget.rounds >= 10 else 3 if budget.rounds >= 8 else 1
    rows = []
    for name, axes in PAIRS.items():
        times, cpu, scape = [], [], None
        for _ in range(rounds):
            start, start_cpu = time.perf_counter(), time.process_time()
            if axes == "random":
                scape = plane_landscape(
                    experiment.network,
                    trainer.loss,
                    trainer.regularizer,
                    x,
                    t,
                    params,
                    random_plane(params),
                    learning_rate=0.1,
                )
            else:
                scape = landscape(
                    experiment.network, trainer.loss, trainer.regularizer, x, t, params, axes, learning_rate=0.1
                )
            times.append(time.perf_counter() - start)
            cpu.append(time.process_time() - start_cpu)
        middle = len(scape.xs) // 2
        same = bool(np.isclose(scape.loss[middle, middle], scape.center_loss, rtol=1e-12))
        best = min(times)
        rows.append(
            {
                "axes": name,
                "grid": f"{len(scape.xs)}×{len(scape.ys)}",
                "points": len(x),
                "best": best,
                "median": float(np.median(times)),
                "cpu": cpu[int(np.argmin(times))],
                "target": f"≤{TARGET:g} s",
                "centre_is_the_loss": same,
                "pass": best <= TARGET and same,
            }
        )
    result = Result(TITLE, COLUMNS, rows)
    result.notes = [
        "2-8×6-1 spiral (tanh, sigmoid + bce, L2 λ 0.001), after one iteration; "
        f"best and median of {rounds} calls.",
    ]
    if not all(row["centre_is_the_loss"] for row in rows):
        result.notes.append("ERROR: a surface's centre is not the loss at the current point.")
    return result
