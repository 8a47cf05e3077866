"""How a picture classifier does on its test images, and on a picture you draw (no Qt).

For networks on pictures (inputs (C, H, W)) whose output gives class
probabilities — softmax over K classes, or one sigmoid unit for two — this
computes, with the parameters the cursor shows (the ones the iteration started
from until its update is revealed, as every view):

- the **confusion matrix** on the test set: ``confusion[t, p]`` counts the test
  pictures of true class t the network reads as class p (rows true, columns
  predicted; the diagonal is right);
- the **misclassified** test pictures, the most confident mistakes first;
- the class probabilities of **one picture** (a drawn digit), through the same
  input standardization the data loader applied.

Results are remembered while the cursor shows the same parameter arrays (the
core never changes parameters in place), so panels that draw from one state
share one pass over the test set.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass

import numpy as np

from nnviz.core.experiment import Experiment
from nnviz.core.losses import predict_classes, true_classes
from nnviz.core.network import Network
from nnviz.session.plot_values import input_mapper
from nnviz.session.stepper import Stepper

Array = np.ndarray


def applies(experiment: Experiment) -> bool:
    """Whether the results apply: picture inputs and an output of class probabilities."""
    network = experiment.network
    out = network.layers[-1]
    probabilities = out.activation.name == "softmax" or (out.units == 1 and out.activation.name == "sigmoid")
    return len(network.input_shape) == 3 and probabilities and experiment.data.kind != "regression"


def class_probabilities(a: Array) -> Array:
    """(N, K) class probabilities from the output a (N, K) of a softmax, or (N, 2) from one sigmoid unit."""
    return np.column_stack([1.0 - a[:, 0], a[:, 0]]) if a.shape[1] == 1 else a


@dataclass(frozen=True)
class Misclassified:
    """One test picture the network reads wrong."""

    index: int
    """Its place in the test set, from 0 (``experiment.data.x_test[index]``)."""
    true: int
    predicted: int
    confidence: float
    """The probability the network gives its (wrong) prediction."""


@dataclass(frozen=True, eq=False)
class TestResults:
    """The network on the whole test set; see the module docstring."""

    confusion: Array
    """(K, K) int: test pictures of true class t (row) read as class p (column)."""
    probabilities: Array
    """(N, K): every test picture's class probabilities."""
    misclassified: tuple[Misclassified, ...]
    """The wrong ones, the most confident first (then by test index)."""

    @property
    def total(self) -> int:
        return int(self.confusion.sum())

    @property
    def right(self) -> int:
        return int(np.trace(self.confusion))

    @property
    def accuracy(self) -> float:
        """Fraction of the test set read right (NaN without a test set)."""
        return self.right / self.total if self.total else float("nan")

    def mistakes(self, true: int | None = None, predicted: int | None = None) -> list[Misclassified]:
        """The misclassified pictures of one cell of the matrix (``None``: any class)."""
        return [
            m
            for m in self.misclassified
            if (true is None or m.true == true) and (predicted is None or m.predicted == predicted)
        ]


def forward_with(network: Network, params: list[Array], x: Array) -> Array:
    """The network's output a (N, K) for inputs ``x`` in evaluation mode with ``params``
    ``[W1, b1, …]`` in place of its own (the network itself is left as it is)."""
    layers = []
    values = iter(params)
    for layer in network.layers:
        if layer.W is not None:
            layer = copy.copy(layer)
            layer.W, layer.b = next(values), next(values)
        layers.append(layer)
    a = x
    with np.errstate(all="ignore"):  # a diverged run's parameters give NaN, drawn as such
        for layer in layers:
            _z, a = layer.forward(a, x) if layer.joins_input else layer.forward(a)
    return a


class ImageResults:
    """:class:`TestResults` and single-picture probabilities for one experiment, remembered per state."""

    def __init__(self, experiment: Experiment):
        self.experiment = experiment
        self._map = input_mapper(experiment)
        self._key: tuple = ()
        self._results: TestResults | None = None

    @property
    def n_classes(self) -> int:
        units = self.experiment.network.layers[-1].units
        return 2 if units == 1 else units

    @staticmethod
    def shown_parameters(stepper: Stepper) -> list[Array]:
        """``[W1, b1, …]`` as the cursor shows them."""
        network = stepper.trainer.network
        shown = (stepper.visible_parameters(k) for k in range(1, len(network.layers) + 1))
        return [p for W, b in shown if W is not None for p in (W, b)]

    def results(self, stepper: Stepper) -> TestResults:
        """The test set's confusion matrix and mistakes with the parameters the cursor shows."""
        params = self.shown_parameters(stepper)
        key = (stepper.trainer.network, *params)
        if len(key) == len(self._key) and all(a is b for a, b in zip(key, self._key)) and self._results:
            return self._results
        data = self.experiment.data
        a = forward_with(stepper.trainer.network, params, data.x_test)
        self._results = test_results(a, data.t_test, self.n_classes)
        self._key = key
        return self._results

    def classify(self, stepper: Stepper, picture: Array) -> Array:
        """(K,) class probabilities of one raw picture (C, H, W) or (H, W), pixel values as the data
        set's (about 0 dark to 1 bright), standardized as the training data were."""
        shape = self.experiment.network.input_shape
        x = np.asarray(picture, dtype=float).reshape((1, *shape))
        a = forward_with(stepper.trainer.network, self.shown_parameters(stepper), self._map(x))
        return class_probabilities(a)[0]


def test_results(a: Array, t: Array, n_classes: int) -> TestResults:
    """:class:`TestResults` from the outputs a (N, K) and the targets t of the test set."""
    probabilities = class_probabilities(a)
    if len(t) == 0:
        return TestResults(np.zeros((n_classes, n_classes), dtype=int), probabilities, ())
    true = np.asarray(true_classes(t), dtype=int)
    predicted = predict_classes(a)
    confusion = np.zeros((n_classes, n_classes), dtype=int)
    np.add.at(confusion, (true, predicted), 1)
    wrong = np.flatnonzero(true != predicted)
    confidence = probabilities[wrong, predicted[wrong]]
    order = np.lexsort((wrong, -np.nan_to_num(confidence, nan=-1.0)))
    misclassified = tuple(
        Misclassified(int(wrong[i]), int(true[wrong[i]]), int(predicted[wrong[i]]), float(confidence[i]))
        for i in order
    )
    return TestResults(confusion, probabilities, misclassified)
