"""Small checks for reading JSON documents, each problem reported with its JSON path.

A :class:`Problems` collects messages such as
``network.layers[1].weights: expected 2×2 (units × inputs), got 2×3`` so that a
file with several mistakes is reported in one go, and loading never raises a
bare ``KeyError`` or ``TypeError``.
"""

from __future__ import annotations

import math
from typing import Any

MAX_REPORTED = 50
"""At most this many problems are listed; a line says how many more there were."""

LARGEST_INTEGER = 2**53
"""Counters and other whole numbers stay below this: exact in a float, and ``n + 1 != n``."""


class ExperimentError(ValueError):
    """An experiment (or its data) is invalid; ``problems`` lists ``path: message`` lines.

    ``str(error)`` is every problem, one a line (at most :data:`MAX_REPORTED`).
    """

    def __init__(self, problems: list[str]):
        self.problems = list(problems)
        super().__init__("\n".join(self.lines()))

    def lines(self) -> list[str]:
        """The problems to show, one a line, the last saying how many were left out."""
        shown = self.problems[:MAX_REPORTED]
        left = len(self.problems) - len(shown)
        return shown + ([f"… and {left} more problem{'s' if left > 1 else ''}"] if left else [])


class Problems:
    """Collects problems; :meth:`raise_if_any` raises one :class:`ExperimentError` for all."""

    def __init__(self) -> None:
        self.items: list[str] = []

    def add(self, path: str, message: str) -> None:
        self.items.append(f"{path}: {message}" if path else message)

    def raise_if_any(self) -> None:
        if self.items:
            raise ExperimentError(self.items)

    def __bool__(self) -> bool:
        return bool(self.items)


def type_name(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def check_object(
    value: Any, path: str, problems: Problems, *, allowed: tuple[str, ...], required: tuple[str, ...] = ()
) -> bool:
    """True if ``value`` is an object with only ``allowed`` keys and every ``required`` one."""
    if not isinstance(value, dict):
        problems.add(path, f"expected an object, got {type_name(value)}")
        return False
    ok = True
    for key in value:
        if key not in allowed:
            problems.add(_join(path, key), f"unknown key; expected one of {', '.join(allowed)}")
            ok = False
    for key in required:
        if key not in value:
            problems.add(_join(path, key), "missing")
            ok = False
    return ok


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def check_number(
    value: Any,
    path: str,
    problems: Problems,
    *,
    minimum: float | None = None,
    maximum: float | None = None,
    exclusive_min: bool = False,
    exclusive_max: bool = False,
    integer: bool = False,
) -> bool:
    """True if ``value`` is a finite number (a JSON integer if asked) within the bounds.

    Whole numbers are JSON integers (``3``, not ``3.0`` or ``3e0``) of at most
    :data:`LARGEST_INTEGER` in size, so a counter can always be counted on.
    """
    kind = "a whole number" if integer else "a number"
    if isinstance(value, bool) or not isinstance(value, int | float):
        problems.add(path, f"expected {kind}, got {type_name(value)}")
        return False
    if integer and isinstance(value, float) and math.isinf(value):  # a JSON integer of thousands of digits
        problems.add(path, "this number is too large; whole numbers here are at most 2^53")
        return False
    if integer and not isinstance(value, int):
        problems.add(path, f"expected {kind} written without a decimal point or exponent, got {value!r}")
        return False
    if integer and abs(value) > LARGEST_INTEGER:
        problems.add(path, f"{_short(value)} is too large; whole numbers here are at most 2^53")
        return False
    if isinstance(value, int) and not _fits_float(value):
        problems.add(path, f"{_short(value)} is too large for a 64-bit float")
        return False
    if not math.isfinite(value):
        problems.add(path, f"expected a finite number, got {value!r}")
        return False
    low_bad = minimum is not None and (value <= minimum if exclusive_min else value < minimum)
    high_bad = maximum is not None and (value >= maximum if exclusive_max else value > maximum)
    if low_bad or high_bad:
        problems.add(
            path,
            f"{_shown_number(value)} is out of range; "
            f"expected {_range_text(minimum, maximum, exclusive_min, exclusive_max)}",
        )
        return False
    return True


def _fits_float(value: int) -> bool:
    try:
        float(value)
    except OverflowError:
        return False
    return True


def _shown_number(value: int | float) -> str:
    return _short(value) if isinstance(value, int) else repr(value)


def _short(value: int) -> str:
    """An integer for a message: digits in full when short, else its first digits and length."""
    text = str(value)
    return text if len(text) <= 24 else f"{text[:12]}… ({len(text.lstrip('-'))} digits)"


def _range_text(lo, hi, ex_lo, ex_hi) -> str:
    if lo is not None and hi is not None:
        return f"{'(' if ex_lo else '['}{lo:g}, {hi:g}{')' if ex_hi else ']'}"
    if lo is not None:
        return f"{'>' if ex_lo else '≥'} {lo:g}"
    return f"{'<' if ex_hi else '≤'} {hi:g}"


def check_string(value: Any, path: str, problems: Problems, *, choices: tuple[str, ...] | None = None) -> bool:
    if not isinstance(value, str):
        problems.add(path, f"expected a string, got {type_name(value)}")
        return False
    if choices is not None and value not in choices:
        problems.add(path, f"unknown value {value!r}; expected one of {', '.join(choices)}")
        return False
    return True


def check_bool(value: Any, path: str, problems: Problems) -> bool:
    if not isinstance(value, bool):
        problems.add(path, f"expected true or false, got {type_name(value)}")
        return False
    return True


def check_matrix(
    value: Any,
    path: str,
    problems: Problems,
    *,
    rows: int | None = None,
    cols: int | None = None,
    what: str = "",
    limit: float | None = None,
) -> bool:
    """True if ``value`` is a non-empty list of equal-length non-empty lists of finite numbers.

    ``rows``/``cols`` fix the size; ``limit`` bounds every number's size (|x| ≤ limit).
    """
    if not isinstance(value, list):
        problems.add(path, f"expected a list of rows (lists of numbers), got {type_name(value)}")
        return False
    odd = next((i for i, r in enumerate(value) if not isinstance(r, list)), None)
    if odd is not None:
        problems.add(f"{path}[{odd}]", f"expected a row (a list of numbers), got {type_name(value[odd])}")
        return False
    if not value or not value[0]:
        problems.add(path, f"expected a non-empty list of rows of numbers, got {'[[]]' if value else '[]'}")
        return False
    lengths = {len(r) for r in value}
    if len(lengths) > 1:
        problems.add(path, f"rows have different lengths {sorted(lengths)[:5]}")
        return False
    got_cols = lengths.pop()
    if (rows is not None and len(value) != rows) or (cols is not None and got_cols != cols):
        want = f"{rows if rows is not None else '?'}×{cols if cols is not None else '?'}"
        problems.add(path, f"expected {want}{f' ({what})' if what else ''}, got {len(value)}×{got_cols}")
        return False
    for i, row in enumerate(value):
        if not _check_cells(row, f"{path}[{i}]", problems, limit):
            return False
    return True


def check_vector(
    value: Any,
    path: str,
    problems: Problems,
    *,
    length: int | None = None,
    what: str = "",
    limit: float | None = None,
) -> bool:
    """True if ``value`` is a list of finite numbers (of ``length`` entries, each |x| ≤ ``limit`` if given)."""
    if not isinstance(value, list):
        problems.add(path, f"expected a list of numbers, got {type_name(value)}")
        return False
    if length is not None and len(value) != length:
        problems.add(path, f"expected {length} entries{f' ({what})' if what else ''}, got {len(value)}")
        return False
    return _check_cells(value, path, problems, limit)


def _check_cells(cells: list, path: str, problems: Problems, limit: float | None) -> bool:
    for j, cell in enumerate(cells):
        if not check_number(cell, f"{path}[{j}]", problems):
            return False
        if limit is not None and abs(cell) > limit:
            problems.add(
                f"{path}[{j}]",
                f"{_shown_number(cell)} is too large; numbers here are at most {limit:g} in size",
            )
            return False
    return True
