"""The input table of a tabular sample: its raw row, its encoding and what enters each lane (no Qt).

A CSV row such as ``colour=red, size=S, price=0.53`` reaches the network as
numbers: the numeric columns as they are (standardized if asked), each
categorical column as one-hot columns (``colour=red`` is 1, the other colours
0) and each cross as one 0/1 column per pair (``colour=red × size=S``). The
encoded column names (:attr:`ExperimentData.input_names`) say all of it, so the
raw row is read back from them: a categorical column's value is the category
whose one-hot column is 1.

In a Wide&Deep network the deep lane's first layer reads every encoded column,
and the wide lane the concat's columns (:class:`~nnviz.session.wide_deep.Lanes`),
each in its slot of the concat.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from nnviz.session.wide_deep import Lanes

Array = np.ndarray
NUMERIC, ONE_HOT, CROSS = "numeric", "one-hot", "cross"
CROSS_SIGN = " × "


@dataclass(frozen=True)
class EncodedColumn:
    """One network input: its name, value, encoding kind (:data:`NUMERIC`, :data:`ONE_HOT`,
    :data:`CROSS`), whether the deep lane reads it, and its wide slot (0-based, ``None``: not wide)."""

    name: str
    value: float
    kind: str
    deep: bool
    wide_slot: int | None


@dataclass(frozen=True)
class InputTable:
    """``raw`` is the row as in the CSV, ``(column, value as text)``; ``encoded`` every network
    input in order; ``wide`` (k,) and ``deep`` (n_inputs,) the numbers entering each lane."""

    raw: list[tuple[str, str]]
    encoded: list[EncodedColumn]
    wide: Array
    deep: Array


def kind_of(name: str) -> str:
    """The encoding of an input named ``name``: ``a=x × b=y`` a cross, ``a=x`` a one-hot column."""
    if CROSS_SIGN in name and all("=" in part for part in name.split(CROSS_SIGN)):
        return CROSS
    return ONE_HOT if "=" in name else NUMERIC


def raw_row(names: list[str] | tuple[str, ...], x: Array) -> list[tuple[str, str]]:
    """The CSV row behind encoded inputs ``x`` (n_inputs,): numeric columns with their value,
    categorical ones with the category whose one-hot column is 1 (``?`` if none is)."""
    raw: dict[str, str] = {}
    for name, value in zip(names, x):
        kind = kind_of(name)
        if kind == NUMERIC:
            raw[name] = f"{float(value):.4g}"
        elif kind == ONE_HOT:
            column, category = name.split("=", 1)
            if value != 0 or column not in raw:
                raw[column] = category if value != 0 else raw.get(column, "?")
    return list(raw.items())


def input_table(names: list[str] | tuple[str, ...], x: Array, lanes: Lanes | None) -> InputTable:
    """The table of one sample's inputs ``x`` (n_inputs,) named ``names``; ``lanes`` ``None`` for a
    network without a wide lane (every input then enters the first layer only)."""
    slots = {} if lanes is None else {int(c): i for i, c in enumerate(lanes.columns)}
    encoded = [
        EncodedColumn(name, float(value), kind_of(name), True, slots.get(i))
        for i, (name, value) in enumerate(zip(names, x))
    ]
    wide = np.zeros(0) if lanes is None else x[lanes.columns]
    return InputTable(raw_row(names, x), encoded, wide, x)
