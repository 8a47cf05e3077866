"""Small checks for reading JSON documents, each problem reported with its JSON path.

A :class:`Problems` collects messages such as
``network.layers[1].weights: expected 2×2 (units × inputs), got 2×3`` so that a
file with several mistakes is reported in one go, and loading never raises a
bare ``KeyError`` or ``TypeError``.
"""

from __future__ import annotations

import math
from typing import Any


class ExperimentError(ValueError):
    """An experiment (or its data) is invalid; ``problems`` lists ``path: message`` lines."""

    def __init__(self, problems: list[str]):
        self.problems = list(problems)
        more = f" (and {len(problems) - 1} more problem{'s' if len(problems) > 2 else ''})"
        super().__init__(problems[0] + (more if len(problems) > 1 else ""))


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
    """True if ``value`` is a finite number (an integer if asked) within the bounds."""
    kind = "a whole number" if integer else "a number"
    if isinstance(value, bool) or not isinstance(value, int | float):
        problems.add(path, f"expected {kind}, got {type_name(value)}")
        return False
    if integer and not isinstance(value, int):
        if not (isinstance(value, float) and value.is_integer()):
            problems.add(path, f"expected {kind}, got {value!r}")
            return False
    if not math.isfinite(value):
        problems.add(path, f"expected a finite number, got {value!r}")
        return False
    low_bad = minimum is not None and (value <= minimum if exclusive_min else value < minimum)
    high_bad = maximum is not None and (value >= maximum if exclusive_max else value > maximum)
    if low_bad or high_bad:
        problems.add(
            path,
            f"{value!r} is out of range; expected {_range_text(minimum, maximum, exclusive_min, exclusive_max)}",
        )
        return False
    return True


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
    value: Any, path: str, problems: Problems, *, rows: int | None = None, cols: int | None = None, what: str = ""
) -> bool:
    """True if ``value`` is a list of equal-length lists of finite numbers of the given size."""
    if not isinstance(value, list) or not all(isinstance(r, list) for r in value):
        problems.add(path, f"expected a list of rows (lists of numbers), got {type_name(value)}")
        return False
    lengths = {len(r) for r in value}
    if len(lengths) > 1:
        problems.add(path, f"rows have different lengths {sorted(lengths)}")
        return False
    got_cols = lengths.pop() if lengths else 0
    if (rows is not None and len(value) != rows) or (cols is not None and got_cols != cols):
        want = f"{rows if rows is not None else '?'}×{cols if cols is not None else '?'}"
        problems.add(path, f"expected {want}{f' ({what})' if what else ''}, got {len(value)}×{got_cols}")
        return False
    for i, row in enumerate(value):
        for j, cell in enumerate(row):
            if not check_number(cell, f"{path}[{i}][{j}]", problems):
                return False
    return True


def check_vector(value: Any, path: str, problems: Problems, *, length: int | None = None, what: str = "") -> bool:
    if not isinstance(value, list):
        problems.add(path, f"expected a list of numbers, got {type_name(value)}")
        return False
    if length is not None and len(value) != length:
        problems.add(path, f"expected {length} entries{f' ({what})' if what else ''}, got {len(value)}")
        return False
    for i, cell in enumerate(value):
        if not check_number(cell, f"{path}[{i}]", problems):
            return False
    return True
