"""The Wide & Deep ablation: wide only, deep only and both, trained as one comparison.

A Wide&Deep file (a ``concat`` right before its dense output layer,
:func:`nnviz.session.wide_deep.find_lanes`) gives three experiment files, each valid alone:

- **wide only**: the classic wide linear model — the file's output layer alone, one dense layer
  over the whole network input (numeric columns, one-hots and crosses), with the file's data.
- **deep only**: the deep layers and the output layer, without the ``concat`` and without
  ``data.crosses``: the deep part over the raw features, as in Cheng et al. (2016).
- **wide & deep**: the file as it is.

Every run has the file's seed, so the same rows, split and mini-batch order (the seed's streams
for data and shuffling do not depend on the network); each variant draws its own initial weights,
as the layers' shapes differ. A layer whose shape changes loses its ``weights`` and ``bias``.
"""

from __future__ import annotations

import copy
from pathlib import Path

import numpy as np

from nnviz.core.experiment import Experiment
from nnviz.core.validate import ExperimentError
from nnviz.i18n import QT_TRANSLATE_NOOP, translate
from nnviz.session.compare.plan import Locks, Plan, RunSpec
from nnviz.session.compare.results import Comparison
from nnviz.session.compare.right_only import RightOnly, right_only
from nnviz.session.compare.table import Table, make_table
from nnviz.session.compare.vary import Vary
from nnviz.session.input_table import CROSS, kind_of
from nnviz.session.wide_deep import find_lanes

ABLATION = "wide_deep"
"""The ablation's name (``nnviz compare --ablation wide_deep``)."""
WIDE, DEEP, BOTH = "wide only", "deep only", "wide & deep"
VARIANTS = (WIDE, DEEP, BOTH)
"""The runs in order; the names are the CSV's ``value`` column (the same in every language)."""
VARIANT_WORDS = {
    WIDE: QT_TRANSLATE_NOOP("Compare", "wide only"),
    DEEP: QT_TRANSLATE_NOOP("Compare", "deep only"),
    BOTH: QT_TRANSLATE_NOOP("Compare", "wide & deep"),
}
_OWN_WEIGHTS = ("weights", "bias")


def variant_name(value: str) -> str:
    """A variant's name in the window's language."""
    return translate("Compare", VARIANT_WORDS.get(value, value))


class NotWideDeep(ExperimentError):
    """The experiment has no wide lane: its output layer does not follow a concat."""


def check(experiment: Experiment) -> None:
    """Raise :class:`NotWideDeep` unless ``experiment`` is a Wide&Deep network."""
    names = experiment.data.input_names or ()
    if experiment.network is None or find_lanes(experiment.network, names) is None:
        raise NotWideDeep(
            [
                translate(
                    "Compare",
                    "{0}: not a Wide&Deep network; the ablation needs a concat layer right before the "
                    "dense output layer (see the wide-and-deep preset)",
                ).format(experiment.name)
            ]
        )


def variant_specs(experiment: Experiment) -> dict[str, dict]:
    """The three experiment files of ``experiment`` (a Wide&Deep network), by variant name."""
    check(experiment)
    spec = experiment.spec
    layers = spec["network"]["layers"]
    deep_layers, output = layers[:-2], _without_weights(layers[-1])
    wide = copy.deepcopy(spec)
    wide["network"]["layers"] = [output]
    deep = copy.deepcopy(spec)
    crossed = "crosses" in deep["data"]
    deep["data"].pop("crosses", None)
    kept = [copy.deepcopy(layer) for layer in deep_layers]
    if crossed and kept:  # its fan-in lost the crossed columns
        kept[0] = _without_weights(kept[0])
    deep["network"]["layers"] = [*kept, copy.deepcopy(output)]
    return {WIDE: wide, DEEP: deep, BOTH: copy.deepcopy(spec)}


def _without_weights(layer: dict) -> dict:
    return {k: copy.deepcopy(v) for k, v in layer.items() if k not in _OWN_WEIGHTS}


class AblationLocks(Locks):
    """What the three variants share, as the figure and the command say it."""

    def lines(self, batch_order: bool = True) -> list[str]:
        out = [
            translate("Compare", "variants: {0}").format(", ".join(variant_name(v) for v in VARIANTS)),
            translate("Compare", "seed {0}: the same for every variant").format(self.seeds[0]),
            translate("Compare", "rows and split: the same in every run")
            if self.data
            else translate("Compare", "rows: differ between the variants"),
            translate("Compare", "initial weights: each variant draws its own (the shapes differ)"),
        ]
        if batch_order:
            out.append(
                translate("Compare", "mini-batch order: the same in every run")
                if self.batch_order
                else translate("Compare", "mini-batch order: differs")
            )
        return out


def is_ablation(plan: Plan) -> bool:
    """Whether ``plan`` is a Wide & Deep ablation (:func:`ablation_plan`)."""
    return isinstance(plan.locks, AblationLocks)


def ablation_plan(experiment: Experiment, epochs: int | None = None) -> Plan:
    """The three runs of the ablation of ``experiment`` for ``epochs`` (default: the file's)."""
    specs = variant_specs(experiment)
    base_dir = None if experiment.base_dir is None else str(experiment.base_dir)
    runs = [RunSpec(i, i, name, experiment.seed, specs[name], base_dir) for i, name in enumerate(VARIANTS)]
    built = [Experiment(specs[name], experiment.base_dir) for name in VARIANTS]
    rows = all(_same_rows(run, built[-1]) for run in built)
    batches = {(len(r.data.x_train), r.trainer.batch_size, r.trainer.shuffle) for r in built}
    locks = AblationLocks([experiment.seed], rows, {}, len(batches) == 1, ABLATION)
    vary = Vary(ABLATION, ("ablation",), VARIANTS)
    return Plan(experiment.name, vary, runs, locks, experiment.epochs if epochs is None else epochs)


def _same_rows(run: Experiment, base: Experiment) -> bool:
    """The same targets and raw rows in the same training and test sets (the encoding may differ)."""
    a, b = run.data, base.data
    if not (np.array_equal(a.t_train, b.t_train) and np.array_equal(a.t_test, b.t_test)):
        return False
    return _raw(a.points_train, a.input_names) == _raw(b.points_train, b.input_names) and _raw(
        a.points_test, a.input_names
    ) == _raw(b.points_test, b.input_names)


def _raw(points, names) -> list:
    """Each row's non-cross columns by name, so a file with and one without crosses compare equal."""
    keep = [i for i, name in enumerate(names or ()) if kind_of(name) != CROSS]
    return [tuple(row) for row in np.asarray(points)[:, keep].tolist()]


def right_table(comparison: Comparison) -> RightOnly | None:
    """Which test rows each variant gets right that the others miss (``None`` without a test set
    or for regression); the rows are named by the wide & deep file's raw categories."""
    plan = comparison.plan
    by_run = {r.index: r for r in comparison.results}
    right = [by_run[run.index].test_right for run in plan.runs]
    if any(r is None for r in right):
        return None
    base = plan.runs[-1]
    data = Experiment(base.spec, None if base.base_dir is None else Path(base.base_dir)).data
    return right_only(right, data.input_names, data.points_test)


def ablation_table(comparison: Comparison, target: float | None = None) -> Table:
    """The comparison's table (:func:`~nnviz.session.compare.table.make_table`) with the models by
    their names in the window's language."""
    table = make_table(comparison, target)
    rows = tuple((variant_name(row[0]), *row[1:]) for row in table.rows)
    return Table((translate("Compare", "model"), *table.header[1:]), rows, table.target)


def right_lines(comparison: Comparison) -> list[str]:
    """The right-only table as text: one line per pattern of models right, with its rows by their
    raw categories and test-row numbers (the rows every model gets right are only counted)."""
    table = right_table(comparison)
    if table is None:
        return []
    names = [variant_name(v) for v in comparison.plan.vary.values]
    out = [
        translate("Compare", "Test rows each model gets right that the others miss (epoch {0}):").format(
            comparison.plan.epochs
        )
    ]
    for group in table.groups():
        right = ", ".join(names[m] for m in group.right_by) or translate("Compare", "none")
        missed = ", ".join(names[m] for m in group.missed_by(table.models)) or translate("Compare", "none")
        line = translate("Compare", "  right by {0}; missed by {1}: {2} rows").format(
            right, missed, len(group.rows)
        )
        if group.missed_by(table.models):
            listed = [
                translate("Compare", "{0} ×{1} ({2})").format(text, len(rows), ", ".join(map(str, rows)))
                for text, rows in table.listed(group.rows)
            ]
            line += " — " + translate("Compare", "; ").join(listed)
        out.append(line)
    return out
