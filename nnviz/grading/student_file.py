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
"""

from __future__ import annotations

import csv
import io
import json
import math
from dataclasses import dataclass
from pathlib import Path

from nnviz.core.json_read import read_regular_file
from nnviz.core.validate import ExperimentError, type_name
from nnviz.errors import BadInput
from nnviz.i18n import translate

Key = tuple[str, int, str]
"""``(phase, layer, quantity)``, e.g. ``("backward", 2, "delta")``; the loss has layer 0."""
MAX_BYTES = 20_000_000
QUANTITIES = {
    "forward": ("input", "z", "a"),
    "loss": ("data", "regularization", "total"),
    "backward": ("grad_a", "delta", "grad_weights", "grad_bias"),
    "update": ("weights_before", "bias_before", "weights", "bias"),
}
IGNORED = ("iteration", "samples", "perceptron", "experiment")
"""Keys of the trace schema that hold no graded value."""


@dataclass(frozen=True)
class Given:
    """One value the learner wrote: the number, its text as written and where it was."""

    value: float
    text: str
    where: str
    line: int = 0
    """The CSV line it is on (0 in a JSON file, whose ``where`` is a path: the same in every language)."""

    def place(self) -> str:
        """``where`` in the current language: the file is read in English (its errors are the
        command line's), the report may be in Chinese ("line 4" → 第 4 行)."""
        return translate("StudentFile", "line {0}").format(self.line) if self.line else self.where

    def shown(self) -> str:
        """The text as written, its minus signs as nnviz writes them (U+2212, like every other number)."""
        return self.text.replace("-", "−")


StudentValues = dict[Key, dict[tuple[int, ...], Given]]


class _Literal(str):
    """A JSON number kept as the text it was written with."""


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
    ``{`` or ``[``, else CSV."""
    if len(text) > MAX_BYTES:
        raise BadInput(
            translate("StudentFile", "{0}: larger than {1:,} characters").format(
                name or translate("StudentFile", "the text"), MAX_BYTES
            )
        )
    if text.lstrip().startswith(("{", "[")):
        return parse_json(text, shapes, iteration, name)
    return parse_csv(text, shapes, name)


# -- JSON -------------------------------------------------------------------------------------------
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
            text, parse_float=_Literal, parse_int=_Literal, parse_constant=constant, object_pairs_hook=unique
        )
    except (ValueError, RecursionError) as error:
        raise BadInput(translate("StudentFile", "{0}: not valid JSON: {1}").format(name, error)) from None
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
        if isinstance(number, _Literal) and number == str(iteration):
            return item, f"iterations[{k}]."
    raise BadInput(
        translate(
            "StudentFile", 'iterations: no entry with "iteration": {0} (choose another with --iteration)'
        ).format(iteration)
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
        if not isinstance(layer, _Literal) or _whole(layer) not in layers:
            raise BadInput(
                translate("StudentFile", "{0}: expected a layer number in {1}, got {2}").format(
                    f"{where}.layer", _span(layers), _shown(layer)
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
                path, _shape(shape), shape[0], got
            )
        )
    for i, item in enumerate(value):
        _cells(item, f"{path}[{i}]", shape[1:], (*index, i), out)


def given_value(value, where: str, line: int = 0) -> Given:
    if isinstance(value, str):
        text = value.strip()
        try:
            number = float(text)
        except ValueError:
            number = math.nan
        if math.isfinite(number) and _plain(text):
            return Given(number, text, where, line)
    raise BadInput(translate("StudentFile", "{0}: expected a number, got {1}").format(where, _shown(value)))


def _plain(text: str) -> bool:
    """A decimal number as a learner writes one (no ``inf``, ``nan``, ``_`` or hex)."""
    body = text.lstrip("+-").lower()
    mantissa = body.split("e")[0]
    return bool(mantissa) and all(c.isdigit() or c == "." for c in mantissa) and "_" not in body


def _shape(shape: tuple[int, ...]) -> str:
    return "×".join(map(str, shape))


def _span(layers: list[int]) -> str:
    return f"{layers[0]}..{layers[-1]}" if layers else "(none)"


def _shown(value) -> str:
    if isinstance(value, _Literal):
        return str(value)
    text = json.dumps(value) if not isinstance(value, str) else repr(value)
    return text if len(text) <= 40 else text[:37] + "…"


# -- CSV --------------------------------------------------------------------------------------------
MAX_PROBLEMS = 50
"""A CSV's problems listed at most: one per line, as the experiment file's are."""


def parse_csv(text: str, shapes: dict[Key, tuple[int, ...]], name: str = "") -> StudentValues:
    """The values of a CSV; every bad line is named (``NAME: line N: what``, up to :data:`MAX_PROBLEMS`)
    in one :class:`~nnviz.errors.BadInput`, so a learner fixes them in one go."""
    out: StudentValues = {}
    try:
        rows = list(csv.reader(io.StringIO(text)))
    except csv.Error as error:
        raise BadInput(translate("StudentFile", "{0}: not a CSV file: {1}").format(name, error)) from None
    problems: list[str] = []
    for number, row in enumerate(rows, start=1):
        where = translate("StudentFile", "line {0}").format(number)
        try:
            _csv_row(row, number, shapes, where, out)
        except BadInput as error:
            problems.append(f"{name}: {error}" if name else str(error))
            if len(problems) == MAX_PROBLEMS:
                break
    if problems:
        raise BadInput("\n".join(problems))
    return out


def _csv_row(row: list[str], number: int, shapes, where: str, out: StudentValues) -> None:
    """Read one CSV line into ``out`` (a comment, blank or header line is skipped)."""
    if not row or not "".join(row).strip() or row[0].lstrip().startswith("#"):
        return
    if number == 1 and row[0].strip().lower() == "phase":
        return
    if len(row) != 6:
        raise BadInput(
            translate("StudentFile", "{0}: expected 6 fields phase,layer,quantity,row,col,value, got {1}").format(
                where, len(row)
            )
        )
    phase, layer, quantity, r, c, value = (field.strip() for field in row)
    if value == "":
        return  # a blank box of a worksheet's CSV: not given
    key = _csv_key(phase, layer, quantity, shapes, where)
    index = _csv_index(r, c, shapes[key], where)
    cells = out.setdefault(key, {})
    if index in cells:
        raise BadInput(
            translate("StudentFile", "{0}: {1} {2} at row {3} col {4} is given twice").format(
                where, phase, quantity, r, c
            )
        )
    cells[index] = given_value(value, where, number)


def _csv_key(phase: str, layer: str, quantity: str, shapes, where: str) -> Key:
    if phase not in QUANTITIES:
        raise BadInput(
            translate("StudentFile", "{0}: unknown phase {1!r}; expected {2}").format(
                where, _cut(phase), ", ".join(QUANTITIES)
            )
        )
    if quantity not in QUANTITIES[phase]:
        raise BadInput(
            translate("StudentFile", "{0}: {1} has no quantity {2!r}; expected {3}").format(
                where, phase, _cut(quantity), ", ".join(QUANTITIES[phase])
            )
        )
    if phase == "loss":
        if layer not in ("", "0"):
            raise BadInput(
                translate("StudentFile", "{0}: the loss has no layer; leave the field empty").format(where)
            )
        return ("loss", 0, quantity)
    layers = sorted({k[1] for k in shapes if k[0] == phase})
    if _whole(layer) not in layers:
        raise BadInput(
            translate("StudentFile", "{0}: expected a layer number in {1}, got {2}").format(
                where, _span(layers), repr(_cut(layer))
            )
        )
    key = (phase, int(layer), quantity)
    if key not in shapes:
        raise BadInput(
            translate("StudentFile", "{0}: layer {1} has no {2} (a layer without parameters)").format(
                where, layer, quantity
            )
        )
    return key


def _csv_index(r: str, c: str, shape: tuple[int, ...], where: str) -> tuple[int, ...]:
    fields = [f for f in (r, *c.split(":")) if f != ""]
    if len(fields) != len(shape) or (len(shape) == 1 and c != ""):
        needed = {
            0: translate("StudentFile", "neither row nor col"),
            1: translate("StudentFile", "row only (col empty)"),
            2: translate("StudentFile", "row and col"),
        }.get(len(shape)) or translate("StudentFile", "row and col as {0} (e.g. 2:3:4)").format(
            ":".join(["·"] * (len(shape) - 1))
        )
        size = _shape(shape) or translate("StudentFile", "one number")
        raise BadInput(translate("StudentFile", "{0}: this quantity ({1}) takes {2}").format(where, size, needed))
    index = []
    labels = (translate("StudentFile", "row"), *([translate("StudentFile", "col")] * (len(shape) - 1)))
    for label, text, size in zip(labels, fields, shape):
        number = _whole(text)
        if number is None or not 1 <= number <= size:
            raise BadInput(
                translate("StudentFile", "{0}: {1} must be a whole number in 1..{2}, got {3!r}").format(
                    where, label, size, _cut(text)
                )
            )
        index.append(number - 1)
    return tuple(index)


def _cut(text: str) -> str:
    """A field as a message quotes it: at most 40 characters."""
    return text if len(text) <= 40 else text[:39] + "…"


def _whole(text: str) -> int | None:
    """The whole number ``text`` writes in ASCII digits (at most 9 of them: no index is larger),
    else None; ``str.isdigit`` alone lets ``²`` and 5 000-digit numbers reach ``int``, which refuses them."""
    return int(text) if text.isascii() and text.isdigit() and len(text) <= 9 else None
