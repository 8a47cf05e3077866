"""Reading a learner's values of one iteration: the ``nnviz trace`` JSON schema or a CSV.

JSON: the document ``nnviz trace --format json`` writes (``{"iterations": [...]}``,
the iteration chosen by its ``"iteration"`` number) or one iteration object, with
any subset of its values: a missing quantity, layer or phase, or ``null`` in an
array, is a value not given. Numbers keep the digits as written (``0.0340`` has
four significant digits); a number may also be written as a string.

CSV: ``phase,layer,quantity,row,col,value`` per line (a header line starting with
``phase``, lines starting with ``#`` and lines with an empty value are skipped). ``row`` and ``col`` count
from 1: sample and unit for forward/backward arrays, unit and input for weights;
``col`` is empty for a vector (bias), ``layer``, ``row`` and ``col`` are empty for
a loss value. An array of conv or pool maps (N×C×H×W) or a kernel (out×in×kh×kw)
takes its first index in ``row`` and the others in ``col`` joined by ``:``
(``2:3:4``: map 2, row 3, col 4).

Any problem raises :class:`~nnviz.errors.BadInput` naming the JSON path or CSV line.
The CSV is read by :mod:`nnviz.grading.student_csv`; what both give is :mod:`nnviz.grading.student_values`.
"""

from __future__ import annotations

import json
from pathlib import Path

from nnviz.core.json_read import read_regular_file
from nnviz.core.validate import ExperimentError, type_name
from nnviz.errors import BadInput
from nnviz.grading.student_csv import parse_csv
from nnviz.grading.student_values import (
    QUANTITIES,
    Given,
    Key,
    StudentValues,
    WrittenNumber,
    given_value,
    shape_text,
    shown_text,
    span_text,
    whole_number,
)
from nnviz.i18n import translate

MAX_BYTES = 20_000_000
IGNORED = ("iteration", "samples", "perceptron", "experiment")
"""Keys of the trace schema that hold no graded value."""


def read_student(path: Path, shapes: dict[Key, tuple[int, ...]], iteration: int) -> StudentValues:
    """The learner's values for ``iteration``; ``shapes`` are the true arrays' shapes per key."""
    try:  # a regular file only: /dev/zero or a FIFO would never end
        raw = read_regular_file(path, MAX_BYTES, translate("StudentFile", "a file of your values"))
    except ExperimentError as error:
        raise BadInput(str(error)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise BadInput(
            translate("StudentFile", "{0}: not UTF-8 text (byte {1})").format(path.name, error.start)
        ) from None
    return parse_student(text, shapes, iteration, path.name)


def parse_student(text: str, shapes: dict[Key, tuple[int, ...]], iteration: int, name: str = "") -> StudentValues:
    """The learner's values from the text of a file (or the clipboard): JSON when it starts with
    ``{`` or ``[`` or the file's name ends in ``.json``, else CSV."""
    if len(text) > MAX_BYTES:
        raise BadInput(
            translate("StudentFile", "{0}: larger than {1:,} characters").format(
                name or translate("StudentFile", "the text"), MAX_BYTES
            )
        )
    if text.lstrip().startswith(("{", "[")) or name.lower().endswith(".json"):
        return parse_json(text, shapes, iteration, name)
    return parse_csv(text, shapes, name)


def parse_json(text: str, shapes: dict[Key, tuple[int, ...]], iteration: int, name: str = "") -> StudentValues:
    def constant(word):
        raise ValueError(f"{word} is not a finite number")

    def unique(pairs):
        keys = [key for key, _ in pairs]
        if len(set(keys)) != len(keys):
            twice = next(key for i, key in enumerate(keys) if key in keys[:i])
            raise ValueError(translate("StudentFile", "the key {0!r} appears twice in one object").format(twice))
        return dict(pairs)

    try:
        doc = json.loads(
            text,
            parse_float=WrittenNumber,
            parse_int=WrittenNumber,
            parse_constant=constant,
            object_pairs_hook=unique,
        )
    except (ValueError, RecursionError) as error:
        raise BadInput(translate("StudentFile", "{0}: not valid JSON: {1}").format(name, error)) from None
    try:
        return _values(doc, shapes, iteration)
    except BadInput as error:
        raise BadInput(f"{name}: {error}" if name else str(error)) from None


def _values(doc, shapes: dict[Key, tuple[int, ...]], iteration: int) -> StudentValues:
    """The values of a parsed JSON document for ``iteration``; a problem is named by its JSON path."""
    entry, path = _iteration(doc, iteration)
    out: StudentValues = {}
    for phase in ("forward", "backward", "update"):
        if phase in entry:
            _layers(entry[phase], f"{path}{phase}", phase, shapes, out)
    if "loss" in entry:
        loss = entry["loss"]
        if not isinstance(loss, dict):
            raise BadInput(
                translate("StudentFile", "{0}: expected an object, got {1}").format(f"{path}loss", type_name(loss))
            )
        _known(loss, f"{path}loss", QUANTITIES["loss"])
        for q in QUANTITIES["loss"]:
            if q in loss and loss[q] is not None:
                out[("loss", 0, q)] = {(): given_value(loss[q], f"{path}loss.{q}")}
    return out


def _iteration(doc, iteration: int) -> tuple[dict, str]:
    if not isinstance(doc, dict):
        raise BadInput(
            translate("StudentFile", "{0}: expected an object, got {1}").format("(top level)", type_name(doc))
        )
    if "iterations" not in doc:
        _known(doc, "(top level)", (*QUANTITIES, *IGNORED))
        return doc, ""
    _known(doc, "(top level)", ("experiment", "iterations"))
    items = doc["iterations"]
    if not isinstance(items, list) or not items:
        raise BadInput(translate("StudentFile", "iterations: expected a non-empty list of iterations"))
    for k, item in enumerate(items):
        if not isinstance(item, dict):
            raise BadInput(
                translate("StudentFile", "{0}: expected an object, got {1}").format(
                    f"iterations[{k}]", type_name(item)
                )
            )
        _known(item, f"iterations[{k}]", (*QUANTITIES, *IGNORED))
        number = item.get("iteration")
        if number is None and len(items) == 1:
            return item, f"iterations[{k}]."
        if isinstance(number, WrittenNumber) and number == str(iteration):
            return item, f"iterations[{k}]."
    numbers = [str(item["iteration"]) for item in items if isinstance(item.get("iteration"), WrittenNumber)]
    raise BadInput(
        translate("StudentFile", 'iterations: no entry with "iteration": {0}; the file has iterations {1}').format(
            iteration, ", ".join(numbers) or "—"
        )
    )


def _known(obj: dict, path: str, allowed) -> None:
    for key in obj:
        if key not in allowed:
            raise BadInput(
                translate("StudentFile", "{0}: unknown key {1!r}; expected {2}").format(
                    path, key, ", ".join(allowed)
                )
            )


def _layers(entries, path: str, phase: str, shapes, out: StudentValues) -> None:
    if not isinstance(entries, list):
        raise BadInput(
            translate("StudentFile", "{0}: expected a list of layer entries, got {1}").format(
                path, type_name(entries)
            )
        )
    layers = sorted({k[1] for k in shapes if k[0] == phase})
    for e, entry in enumerate(entries):
        where = f"{path}[{e}]"
        if not isinstance(entry, dict):
            raise BadInput(
                translate("StudentFile", "{0}: expected an object, got {1}").format(where, type_name(entry))
            )
        _known(entry, where, ("layer", "kind", "winners", *QUANTITIES[phase]))
        layer = entry.get("layer")
        if not isinstance(layer, WrittenNumber) or whole_number(layer) not in layers:
            raise BadInput(
                translate("StudentFile", "{0}: expected a layer number in {1}, got {2}").format(
                    f"{where}.layer", span_text(layers), shown_text(layer)
                )
            )
        for q in QUANTITIES[phase]:
            if q not in entry:
                continue
            key = (phase, int(layer), q)
            if key not in shapes:
                raise BadInput(
                    translate("StudentFile", "{0}: layer {1} has no {2} (a layer without parameters)").format(
                        f"{where}.{q}", layer, q
                    )
                )
            if key in out:
                raise BadInput(
                    translate("StudentFile", "{0}: layer {1} is given twice").format(f"{where}.{q}", layer)
                )
            values: dict[tuple[int, ...], Given] = {}
            _cells(entry[q], f"{where}.{q}", shapes[key], (), values)
            out[key] = values


def _cells(value, path: str, shape: tuple[int, ...], index: tuple[int, ...], out: dict) -> None:
    if value is None:
        return
    if not shape:
        out[index] = given_value(value, path)
        return
    if not isinstance(value, list) or len(value) != shape[0]:
        got = (
            translate("StudentFile", "{0} entries").format(len(value))
            if isinstance(value, list)
            else type_name(value)
        )
        raise BadInput(
            translate("StudentFile", "{0}: expected {1} (a list of {2}), got {3}").format(
                path, shape_text(shape), shape[0], got
            )
        )
    for i, item in enumerate(value):
        _cells(item, f"{path}[{i}]", shape[1:], (*index, i), out)
