"""The rows of a tabular data set as the data view lists them (no Qt).

For data of categorical columns (a CSV with ``"categorical"``: the inputs have
one-hot or crossed names such as ``colour=red``) there is no input plane to
draw. What a learner needs instead is the rows themselves: the current
mini-batch's rows (one of them is the traced sample; clicking another traces
it) and the test rows (never trained on; clicking one shows its encoding and
the split of its output), each as the CSV had it — categories, not one-hot
columns — with its target, the network's output and whether it is right.

The output is the network's with the parameters the cursor shows
(:meth:`~nnviz.session.stepper.Stepper.visible_parameters`), in evaluation mode
(no dropout), for every row alike, so a batch row and a test row compare.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from nnviz.core.number_text import num
from nnviz.core.numbering import sample_label
from nnviz.i18n import translate
from nnviz.session.image_results import ImageResults, forward_with
from nnviz.session.input_table import CROSS, ONE_HOT, kind_of, raw_row

Array = np.ndarray
BATCH, TEST = "batch", "test"


def applies(experiment) -> bool:
    """Whether ``experiment``'s inputs are rows with categorical (one-hot or crossed) columns."""
    names = experiment.data.input_names or ()
    return len(experiment.network.input_shape) == 1 and any(kind_of(n) in (ONE_HOT, CROSS) for n in names)


@dataclass(frozen=True)
class Row:
    """One listed row: ``kind`` :data:`BATCH` (``index`` a training sample, ``batch_row`` its
    0-based row in the batch) or :data:`TEST` (``index`` a 0-based test row); ``raw`` the CSV
    values in :attr:`RowTable.columns` order; ``target`` and ``output`` as text; ``right``
    whether the predicted class is the target's."""

    kind: str
    index: int
    batch_row: int | None
    label: str
    raw: tuple[str, ...]
    target: str
    output: str
    right: bool

    @property
    def name(self) -> str:
        """The row's short name for a narrow list: ``sample 4`` or ``test 2`` (:attr:`label` adds
        the batch row: the list's order shows it)."""
        return sample_label(self.index) if self.kind == BATCH else self.label


@dataclass(frozen=True)
class RowTable:
    """``columns`` the raw CSV columns; ``rows`` the mini-batch's rows, then every test row."""

    columns: tuple[str, ...]
    rows: list[Row]


def predicted(a: Array) -> Array:
    """The class of each output row ``a`` (N, K): ``a ≥ 0.5`` for one sigmoid unit, else the argmax."""
    return (a[:, 0] >= 0.5).astype(int) if a.shape[1] == 1 else np.argmax(a, axis=1)


def target_class(t: Array) -> Array:
    """The class of each target row ``t`` (N, 1) or (N, K) one-hot, or (N,) class indices."""
    t = np.asarray(t)
    if t.ndim == 1:
        return t.astype(int)
    return (t[:, 0] >= 0.5).astype(int) if t.shape[1] == 1 else np.argmax(t, axis=1)


def output_text(a: Array) -> str:
    """One row's output ``a`` (K,): ``y`` of one sigmoid unit, else the predicted class and its p."""
    if len(a) == 1:
        return num(float(a[0]))
    c = int(np.argmax(a))
    return translate("row_table", "class {0} (p {1})").format(c, num(float(a[c])))


def row_table(experiment, stepper) -> RowTable:
    """The rows of ``experiment`` at ``stepper``'s cursor; see the module docstring."""
    data, network = experiment.data, experiment.network
    names = data.input_names or ()
    columns = tuple(c for c, _ in raw_row(names, data.x_train[0])) if len(data.x_train) else ()
    params = ImageResults.shown_parameters(stepper)
    rows: list[Row] = []
    trace = stepper.trace
    if trace is not None:
        samples = np.asarray(trace.samples)
        rows += _rows(BATCH, network, params, names, data.x_train[samples], data.t_train[samples], samples)
    test = np.arange(len(data.x_test))
    rows += _rows(TEST, network, params, names, data.x_test, data.t_test, test)
    return RowTable(columns, rows)


def _rows(kind: str, network, params, names, x: Array, t: Array, indices: Array) -> list[Row]:
    if len(x) == 0:
        return []
    a = forward_with(network, params, x)
    right = predicted(a) == target_class(t)
    rows = []
    for i, index in enumerate(indices.tolist()):
        raw = tuple(v for _, v in raw_row(names, x[i]))
        target = np.asarray(t[i]).ravel()
        target_text = num(float(target[0])) if len(target) == 1 else str(int(np.argmax(target)))
        if kind == BATCH:
            label = sample_label(index, i)
        else:
            label = translate("row_table", "test {0}").format(index + 1)
        rows.append(
            Row(
                kind,
                index,
                i if kind == BATCH else None,
                label,
                raw,
                target_text,
                output_text(a[i]),
                bool(right[i]),
            )
        )
    return rows
