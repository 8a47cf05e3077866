"""A picture network's parameter count beside a dense network's of the same layer widths (no Qt).

Weight sharing in numbers. A conv layer with C kernels of C_in×k×k has C·(C_in·k·k + 1)
parameters whatever the size of its maps; a pool or flatten layer has none; a dense layer of n
units on m inputs has n·(m + 1). The dense network "with the same layer widths" has one dense
layer per conv, pool or dense layer, with as many units as that layer has outputs (C·H·W for
maps), each connected to every output of the layer before: Σ n_k·(n_{k−1} + 1), from the
input's pixels on. For the digits CNN (1×8×8 → conv 8×8×8 → max pool 8×4×4 → flatten → 10):

    CNN: 8·(1·3·3 + 1) + 10·(128 + 1) = 80 + 1 290 = 1 370
    dense 64 → 512 → 128 → 10: 512·(64 + 1) + 128·(512 + 1) + 10·(128 + 1) = 100 234
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from nnviz.core.network import Network
from nnviz.i18n import translate

MAP_KINDS = ("conv2d", "max_pool2d", "avg_pool2d")


NBSP = "\u00a0"
"""Within a number or one layer's formula, so a wrapped line breaks only between terms."""


def grouped(n: int) -> str:
    """``100 234``: thousands set apart by a (no-break) space, as the lessons write them."""
    return f"{n:,}".replace(",", NBSP)


@dataclass(frozen=True)
class Term:
    """One layer's parameters: ``formula`` (``8·(1·3·3 + 1)``) equals ``count``."""

    formula: str
    count: int


@dataclass(frozen=True)
class ParameterCounts:
    """The network's own terms and those of the dense network of the same widths."""

    terms: list[Term]
    """Per layer with parameters (conv and dense), in order."""
    widths: list[int]
    """The dense network's widths: the input's values, then every conv, pool and dense layer's outputs."""
    dense_terms: list[Term]
    """Per dense layer of that network: ``n_k·(n_{k−1} + 1)``."""

    @property
    def total(self) -> int:
        return sum(t.count for t in self.terms)

    @property
    def dense_total(self) -> int:
        return sum(t.count for t in self.dense_terms)

    def text(self) -> str:
        """Both counts with their formulas, in the window's language."""
        return translate(
            "parameter_counts",
            "This network: {total} parameters = {formula}.\nA dense network with the same layer widths "
            "({widths}): {dense_total} = {dense_formula}.",
        ).format(
            formula=_sum(self.terms),
            total=grouped(self.total),
            widths=" → ".join(str(w) for w in self.widths),
            dense_formula=_sum(self.dense_terms),
            dense_total=grouped(self.dense_total),
        )


def _sum(terms: list[Term]) -> str:
    formulas = " + ".join(t.formula for t in terms)
    if len(terms) < 2:
        return formulas
    return f"{formulas} = {' + '.join(grouped(t.count) for t in terms)}"


def parameter_counts(network: Network) -> ParameterCounts | None:
    """The counts of a network with conv or pool layers; ``None`` for any other (nothing to compare)
    and for one with a concat layer (its wide inputs have no width in a chain of dense layers)."""
    kinds = [layer.kind for layer in network.layers]
    if "concat" in kinds or not any(kind in MAP_KINDS for kind in kinds):
        return None
    terms: list[Term] = []
    widths = [network.n_inputs]
    dense_terms: list[Term] = []
    shape = network.input_shape
    for layer, out in zip(network.layers, network.shapes):
        if layer.kind == "conv2d":
            c_in, kh, kw = layer.W.shape[1:]
            terms.append(Term(f"{out[0]}·({c_in}·{kh}·{kw}{NBSP}+{NBSP}1)", out[0] * (c_in * kh * kw + 1)))
        elif layer.kind == "dense":
            fan_in = math.prod(shape)
            terms.append(Term(f"{out[0]}·({fan_in}{NBSP}+{NBSP}1)", out[0] * (fan_in + 1)))
        if layer.kind in (*MAP_KINDS, "dense"):
            n, m = math.prod(out), widths[-1]
            dense_terms.append(Term(f"{n}·({m}{NBSP}+{NBSP}1)", n * (m + 1)))
            widths.append(n)
        shape = out
    return ParameterCounts(terms, widths, dense_terms)
