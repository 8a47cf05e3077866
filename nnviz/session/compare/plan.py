"""The runs of a comparison, and what is locked across them.

Every run is the experiment with the varied value written in and one of the seeds. The
seed locks the data, the split, the initial weights and the mini-batch order (one
``SeedSequence`` spawns a stream for each, so a change of network never changes the data).
Initial weights are locked further where shapes allow: a layer whose (W, b) shapes equal
the base experiment's, but whose values differ only because an earlier layer of another
shape took numbers from the initialization stream first, gets the base's values written
into its spec (``weights``, ``bias``). A run's spec is therefore a complete experiment file
that trains alone to the same numbers. The locks are checked on the built runs, not assumed.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from nnviz.core.experiment import Experiment
from nnviz.core.validate import ExperimentError
from nnviz.i18n import QT_TRANSLATE_NOOP, translate
from nnviz.session.compare.vary import Vary, with_value

MAX_SEEDS = 10
"""The most seeds per value."""
MAX_RUNS = 64
"""The most runs (values × seeds) in one comparison."""
_OWN_WEIGHT_KEYS = ("init", "weights", "bias")


@dataclass(frozen=True)
class RunSpec:
    """One run: the ``value_index``-th value with ``seed``; ``spec`` trains it alone."""

    index: int
    value_index: int
    value: Any
    seed: int
    spec: dict
    base_dir: str | None


STATUS_WORDS = {
    "varied": QT_TRANSLATE_NOOP("Compare", "varied"),
    "shapes differ": QT_TRANSLATE_NOOP("Compare", "shapes differ"),
    "differs": QT_TRANSLATE_NOOP("Compare", "differs"),
}
"""A layer's initial-weights status as the lock line writes it."""


@dataclass
class Locks:
    """What the runs share, checked on the built runs.

    ``weights[k]`` for layer k (from 1): ``"locked"`` (the same initial W and b in every run of a
    seed), ``"varied"`` (the varied setting is this layer's initializer or weights) or
    ``"shapes differ"``; ``batch_order``: whether every run draws the same mini-batches
    (``None``: decided by the runs, when dropout draws from the same stream).
    """

    seeds: list[int]
    data: bool
    weights: dict[int, str] = field(default_factory=dict)
    batch_order: bool | None = True
    varied: str = ""

    def lines(self, batch_order: bool = True) -> list[str]:
        """One sentence per lock, for the figure, the window and the command's output (without the
        mini-batch order's line when ``batch_order`` is false)."""
        seeds = ", ".join(str(s) for s in self.seeds)
        out = [
            translate("Compare", "varied: {0}").format(self.varied),
            (
                translate("Compare", "seeds {0}: the same for every value")
                if len(self.seeds) > 1
                else translate("Compare", "seed {0}: the same for every value")
            ).format(seeds),
        ]
        out.append(
            translate("Compare", "data and split: the same in every run")
            if self.data
            else translate("Compare", "data: changed by the varied setting")
        )
        locked = [k for k, s in self.weights.items() if s == "locked"]
        other = [
            translate("Compare", "layer {0} {1}").format(k, translate("Compare", STATUS_WORDS.get(s, s)))
            for k, s in self.weights.items()
            if s != "locked"
        ]
        if locked and not other:
            out.append(translate("Compare", "initial weights: the same in every run"))
        elif locked:
            out.append(
                translate("Compare", "initial weights: layers {0} the same; {1}").format(
                    ", ".join(map(str, locked)), translate("Compare", "; ").join(other)
                )
            )
        else:
            out.append(
                translate("Compare", "initial weights: {0}").format(
                    translate("Compare", "; ").join(other) or translate("Compare", "none")
                )
            )
        if not batch_order:
            return out
        if self.batch_order is None:
            out.append(translate("Compare", "mini-batch order: shares its stream with dropout (see the runs)"))
        else:
            out.append(
                translate("Compare", "mini-batch order: the same in every run")
                if self.batch_order
                else translate("Compare", "mini-batch order: differs")
            )
        return out


@dataclass
class Plan:
    """The runs of a comparison (value-major: every seed of value 1, then value 2, …) and its locks."""

    name: str
    vary: Vary
    runs: list[RunSpec]
    locks: Locks
    epochs: int


def make_plan(experiment: Experiment, vary: Vary, *, seeds: int = 1, epochs: int | None = None) -> Plan:
    """The runs of ``experiment`` (as its spec starts, without any trained state) over ``vary``'s
    values and ``seeds`` seeds (the file's seed, +1, …). Raises ``ExperimentError`` naming the
    path and value of a run that does not build."""
    if not 1 <= seeds <= MAX_SEEDS:
        raise ExperimentError([f"--seeds {seeds}: expected 1 to {MAX_SEEDS}"])
    if vary.path[0] == "seed" and seeds > 1:
        raise ExperimentError([f"--vary {vary.text}: the seed is varied already; leave out --seeds"])
    if len(vary.values) * seeds > MAX_RUNS:
        raise ExperimentError(
            [f"--vary {vary.text}: {len(vary.values)} values × {seeds} seeds is over {MAX_RUNS} runs"]
        )
    base_dir = experiment.base_dir
    seed_list = [experiment.seed + i for i in range(seeds)]
    runs, built = [], []
    for value_index, value in enumerate(vary.values):
        for seed in seed_list:
            spec = with_value(experiment.spec, vary, value)
            if vary.path[0] != "seed":
                spec["seed"] = seed
            base = _build(_seeded(experiment.spec, spec.get("seed", seed)), base_dir, vary, None)
            run = _build(spec, base_dir, vary, value)
            spec, run = _lock_weights(spec, run, base, vary, value, base_dir)
            runs.append(RunSpec(len(runs), value_index, value, int(spec.get("seed", 0)), spec, _text(base_dir)))
            built.append((run, base))
    locks = _locks(built, vary, seed_list if vary.path[0] != "seed" else [r.seed for r in runs])
    return Plan(experiment.name, vary, runs, locks, experiment.epochs if epochs is None else epochs)


def _seeded(spec: dict, seed: int) -> dict:
    out = copy.deepcopy(spec)
    out["seed"] = seed
    return out


def _text(base_dir: Path | None) -> str | None:
    return None if base_dir is None else str(base_dir)


def _build(spec: dict, base_dir, vary: Vary, value) -> Experiment:
    try:
        return Experiment(spec, base_dir)
    except ExperimentError as error:
        where = f"--vary {vary.text}" if value is None else f"--vary {vary.text}={vary.label(value)}"
        raise ExperimentError([f"{where}: {p}" for p in error.problems]) from None


def _param_layers(run: Experiment) -> list[tuple[int, Any]]:
    """(spec index, layer) of the layers with parameters."""
    return [(k, layer) for k, layer in enumerate(run.network.layers) if getattr(layer, "W", None) is not None]


def _owns_weights(vary: Vary, k: int) -> bool:
    """Whether the varied setting is layer k's own initializer or weights (or the whole layer list)."""
    path = vary.path
    if path[:2] != ("network", "layers"):
        return False
    if len(path) == 2:
        return True
    step = path[2]
    hit = step == k if isinstance(step, int) else step.start <= k < step.stop
    return hit and (len(path) == 3 or path[3] in _OWN_WEIGHT_KEYS)


def _lock_weights(spec, run, base, vary, value, base_dir):
    """Write the base's initial W and b into layers of the same shapes whose values differ."""
    base_layers = dict(_param_layers(base))
    changed = False
    for k, layer in _param_layers(run):
        other = base_layers.get(k)
        if other is None or _owns_weights(vary, k) or "weights" in spec["network"]["layers"][k]:
            continue
        if other.W.shape == layer.W.shape and other.b.shape == layer.b.shape:
            if not (np.array_equal(other.W, layer.W) and np.array_equal(other.b, layer.b)):
                spec["network"]["layers"][k]["weights"] = other.W.tolist()
                spec["network"]["layers"][k]["bias"] = other.b.tolist()
                changed = True
    if changed:
        run = _build(spec, base_dir, vary, value)
    return spec, run


def _locks(built: list[tuple[Experiment, Experiment]], vary: Vary, seeds: list[int]) -> Locks:
    data = all(_same_data(run, base) for run, base in built)
    weights: dict[int, str] = {}
    for run, base in built:
        base_layers = dict(_param_layers(base))
        for k, layer in _param_layers(run):
            other = base_layers.get(k)
            if _owns_weights(vary, k):
                status = "varied"
            elif other is None or other.W.shape != layer.W.shape or other.b.shape != layer.b.shape:
                status = "shapes differ"
            else:
                same = np.array_equal(other.W, layer.W) and np.array_equal(other.b, layer.b)
                status = "locked" if same else "differs"
            if weights.get(k + 1, "locked") == "locked":
                weights[k + 1] = status
    batch = {(len(r.data.x_train), r.trainer.batch_size, r.trainer.shuffle) for r, _ in built}
    dropout = any(getattr(layer, "dropout", 0) for r, _ in built for layer in r.network.layers)
    order = False if len(batch) > 1 else None if dropout else True
    return Locks(sorted(set(seeds)), data, dict(sorted(weights.items())), order, vary.text)


def _same_data(run: Experiment, base: Experiment) -> bool:
    a, b = run.data, base.data
    return all(
        x.shape == y.shape and np.array_equal(x, y)
        for x, y in ((a.x_train, b.x_train), (a.t_train, b.t_train), (a.x_test, b.x_test), (a.t_test, b.t_test))
    )
