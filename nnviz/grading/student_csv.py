"""Reading a learner's values from a CSV: ``phase,layer,quantity,row,col,value`` per line.

The format is :mod:`nnviz.grading.student_file`'s (its module docstring); every bad line is
named, up to :data:`MAX_PROBLEMS` of them in one :class:`~nnviz.errors.BadInput`.
"""

from __future__ import annotations

import csv
import io

from nnviz.errors import BadInput
from nnviz.grading.student_values import (
    QUANTITIES,
    Key,
    StudentValues,
    given_value,
    shape_text,
    span_text,
    whole_number,
)
from nnviz.i18n import translate

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
    header = True  # the first line that is not blank or a comment may be the header
    for number, row in enumerate(rows, start=1):
        if _skipped(row):
            continue
        if header and row[0].strip().lower() == "phase":
            header = False
            continue
        header = False
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


def _skipped(row: list[str]) -> bool:
    """A blank line or a comment (``#`` first)."""
    return not row or not "".join(row).strip() or row[0].lstrip().startswith("#")


def _csv_row(row: list[str], number: int, shapes, where: str, out: StudentValues) -> None:
    """Read one CSV line (not blank, a comment or the header) into ``out``."""
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
    every = sorted({k[1] for k in shapes if k[1] > 0})
    if whole_number(layer) in every and whole_number(layer) not in layers:
        raise BadInput(
            translate("StudentFile", "{0}: layer {1} has no {2} (a layer without parameters)").format(
                where, layer, quantity
            )
        )
    if whole_number(layer) not in layers:
        raise BadInput(
            translate("StudentFile", "{0}: expected a layer number in {1}, got {2}").format(
                where, span_text(layers), repr(_cut(layer))
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
        size = shape_text(shape) or translate("StudentFile", "one number")
        raise BadInput(translate("StudentFile", "{0}: this quantity ({1}) takes {2}").format(where, size, needed))
    index = []
    labels = (translate("StudentFile", "row"), *([translate("StudentFile", "col")] * (len(shape) - 1)))
    for label, text, size in zip(labels, fields, shape):
        number = whole_number(text)
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
