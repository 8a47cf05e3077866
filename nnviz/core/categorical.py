"""Categorical columns as numbers: one-hot columns, and crossed pairs for the wide part of Wide&Deep.

A column of category names (``edu`` = BSc, MSc, PhD) becomes one 0/1 column per
category, named ``edu=BSc``, ``edu=MSc``, …, in sorted order. A cross of two
categorical columns becomes one 0/1 column per pair of categories, named
``edu=BSc × job=eng``: it is 1 exactly when both hold, so a linear unit can give
each combination its own weight — what a rule on the pair needs, when neither
column alone says anything.

:func:`make_crossed_rule` generates, from a seed, the shipped table
``crossed-rule.csv`` whose label depends on a pair of columns only through their
cross.
"""

from __future__ import annotations

import numpy as np

Array = np.ndarray


def categories(cells: list[str]) -> tuple[str, ...]:
    """The distinct values of a column, sorted."""
    return tuple(sorted(set(cells)))


def one_hot(cells: list[str], name: str) -> tuple[Array, list[str]]:
    """(N, k) 0/1 columns, one per category, and their names ``name=category``.

    Raises ``ValueError`` when the column holds one value only (a constant column says nothing).
    """
    values = categories(cells)
    if len(values) < 2:
        raise ValueError(f'categorical column "{name}" has one value only ("{values[0]}"); it says nothing')
    index = {v: i for i, v in enumerate(values)}
    columns = np.zeros((len(cells), len(values)))
    columns[np.arange(len(cells)), [index[c] for c in cells]] = 1.0
    return columns, [f"{name}={v}" for v in values]


def cross(cells_a: list[str], cells_b: list[str], a: str, b: str) -> tuple[Array, list[str]]:
    """(N, k_a·k_b) 0/1 columns, one per pair of categories, named ``a=x × b=y`` (a's category first)."""
    hot_a, names_a = one_hot(cells_a, a)
    hot_b, names_b = one_hot(cells_b, b)
    columns = (hot_a[:, :, None] * hot_b[:, None, :]).reshape(len(cells_a), -1)
    return columns, [f"{x} × {y}" for x in names_a for y in names_b]


COLOURS = ("blue", "green", "red", "yellow")
SIZES = ("L", "M", "S", "XL")
BOUGHT = {
    ("red", "S"), ("red", "M"), ("green", "L"), ("green", "XL"),
    ("blue", "S"), ("blue", "L"), ("yellow", "M"), ("yellow", "XL"),
}  # fmt: skip
"""Every colour and every size is bought in exactly half its combinations: only the pair tells."""


def make_crossed_rule(samples: int, noise: float, rng: np.random.Generator) -> list[list[str]]:
    """Rows ``[colour, size, price, bought]`` (header first): ``bought`` is 1 for the pairs in
    :data:`BOUGHT`, flipped with probability ``noise``; ``price`` is a distractor in [0, 1)."""
    colour = rng.integers(0, len(COLOURS), samples)
    size = rng.integers(0, len(SIZES), samples)
    price = rng.random(samples)
    flip = rng.random(samples) < noise
    rows = [["colour", "size", "price", "bought"]]
    for c, s, p, f in zip(colour, size, price, flip):
        bought = ((COLOURS[c], SIZES[s]) in BOUGHT) != bool(f)
        rows.append([COLOURS[c], SIZES[s], f"{p:.3f}", str(int(bought))])
    return rows
