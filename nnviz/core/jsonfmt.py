"""Deterministic, readable JSON: objects one key a line, number rows on one line.

Weights stay legible (``[0.1, -0.2]`` per row) and the same document always
gives the same bytes, so save → load → save is byte-identical. Floats use
Python's shortest round-trip repr, so float64 values survive exactly.
"""

from __future__ import annotations

import json
from typing import Any


def dumps(obj: Any, indent: int = 2) -> str:
    """Serialize ``obj`` (dicts, lists, str, int, float, bool, None) with a final newline."""
    return _dump(obj, 0, indent) + "\n"


def _scalar(obj: Any) -> bool:
    return obj is None or isinstance(obj, str | int | float | bool)


def _dump(obj: Any, level: int, indent: int) -> str:
    if _scalar(obj):
        return json.dumps(obj, ensure_ascii=False, allow_nan=False)
    pad = " " * (indent * (level + 1))
    end = " " * (indent * level)
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        items = [
            f"{pad}{json.dumps(str(k), ensure_ascii=False)}: {_dump(v, level + 1, indent)}" for k, v in obj.items()
        ]
        return "{\n" + ",\n".join(items) + "\n" + end + "}"
    if isinstance(obj, list | tuple):
        if all(_scalar(x) for x in obj):
            return "[" + ", ".join(_dump(x, 0, indent) for x in obj) + "]"
        items = [pad + _dump(x, level + 1, indent) for x in obj]
        return "[\n" + ",\n".join(items) + "\n" + end + "]"
    raise TypeError(f"cannot write {type(obj).__name__} to JSON")
