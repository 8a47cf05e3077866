"""A comparison's results: per value the mean and min–max over seeds, the epoch a loss is
reached, whether the runs really shared their mini-batches, and the CSV of every number."""

from __future__ import annotations

import csv
import io
import math
from dataclasses import dataclass

import numpy as np

from nnviz.i18n import translate
from nnviz.session.compare.plan import Plan
from nnviz.session.compare.train_run import RunResult

Array = np.ndarray
CURVES = ("train_loss", "test_loss", "train_accuracy", "test_accuracy")


@dataclass
class Band:
    """One curve of one value over its seeds: ``mean``, ``low``, ``high`` (epochs + 1,)."""

    mean: Array
    low: Array
    high: Array


@dataclass
class Comparison:
    """A plan and its finished runs (``results[i]`` is run ``i``)."""

    plan: Plan
    results: list[RunResult]

    def runs_of(self, value_index: int) -> list[RunResult]:
        return [r for r in self.results if self.plan.runs[r.index].value_index == value_index]

    def band(self, value_index: int, curve: str) -> Band:
        """``curve`` (one of :data:`CURVES`) of a value: mean, min and max over its seeds."""
        stack = np.array([getattr(r, curve) for r in self.runs_of(value_index)])
        with np.errstate(all="ignore"), _quiet():
            return Band(np.nanmean(stack, axis=0), np.nanmin(stack, axis=0), np.nanmax(stack, axis=0))

    def final(self, value_index: int, curve: str) -> float:
        """The mean over seeds of ``curve`` at the last epoch."""
        return float(self.band(value_index, curve).mean[-1])

    def epoch_reaching(self, value_index: int, loss: float, curve: str = "train_loss") -> int | None:
        """The first epoch at which the seeds' mean ``curve`` is at most ``loss`` (``None``: never)."""
        hits = np.flatnonzero(self.band(value_index, curve).mean <= loss)
        return int(hits[0]) if len(hits) else None

    def default_target(self) -> float:
        """The target loss when none is chosen: the highest final mean training loss of any value,
        so every value gets there and the table says which got there first."""
        finals = [self.final(v, "train_loss") for v in range(len(self.plan.vary.values))]
        finite = [f for f in finals if math.isfinite(f)]
        return max(finite) if finite else math.nan

    def grad_norms(self, value_index: int) -> Array:
        """(layers,) each layer's ‖∂L/∂W‖ averaged over the epochs and seeds of a value."""
        with np.errstate(all="ignore"), _quiet():
            return np.nanmean(
                np.array([np.nanmean(r.grad_norms[1:], axis=0) for r in self.runs_of(value_index)]), axis=0
            )

    def same_batches(self) -> bool:
        """Whether every run of a seed drew the same mini-batches (their digests are equal)."""
        by_seed: dict[int, set[str]] = {}
        for r in self.results:
            by_seed.setdefault(self.plan.runs[r.index].seed, set()).add(r.batch_digest)
        return all(len(d) == 1 for d in by_seed.values())

    def lock_lines(self) -> list[str]:
        """The plan's locks, with the mini-batch order as the runs measured it."""
        locks = self.plan.locks
        lines = locks.lines(batch_order=False)
        order = self.same_batches() if locks.batch_order is not False else False
        lines.append(
            translate("Compare", "mini-batch order: the same in every run")
            if order
            else translate("Compare", "mini-batch order: differs between runs")
        )
        return lines

    def csv_text(self) -> str:
        """Every run's numbers, one row per run and epoch (0 is the start): run, value, seed,
        epoch, the four curves, wall-clock seconds and epochs per second of the run, and the
        gradient norm of each layer with parameters (blank where a run has fewer layers)."""
        layers = max(r.grad_norms.shape[1] for r in self.results)
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        header = ["run", "value", "seed", "epoch", *CURVES, "wall_s", "epochs_per_s"]
        writer.writerow(header + [f"grad_norm_layer{k}" for k in range(1, layers + 1)])
        for r in self.results:
            spec = self.plan.runs[r.index]
            for epoch in range(len(r.train_loss)):
                cells = [r.index + 1, self.plan.vary.label(spec.value), spec.seed, epoch]
                cells += [_cell(getattr(r, c)[epoch]) for c in CURVES]
                cells += [repr(r.wall_s), repr(r.epochs_per_s)]
                norms = r.grad_norms[epoch]
                cells += [_cell(norms[k]) if k < len(norms) else "" for k in range(layers)]
                writer.writerow(cells)
        return out.getvalue()


def _cell(value: float) -> str:
    return "" if not math.isfinite(value) else repr(float(value))


class _quiet:
    """All-NaN slices are expected (no test set, regression accuracy): no RuntimeWarning."""

    def __enter__(self):
        import warnings

        self._w = warnings.catch_warnings()
        self._w.__enter__()
        warnings.simplefilter("ignore", RuntimeWarning)

    def __exit__(self, *exc):
        self._w.__exit__(*exc)
