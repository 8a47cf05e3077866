"""How a varied value is written for people and read back: ``l2 λ=0.001``, not ``{"kind":…}``.

Numbers and names are written as they are. A whole ``regularization`` object is written as its
kind and its λ — ``none``, ``l1 λ=0.001``, ``l2 λ=0.01`` (or ``lambda=``) — and read back from that
text, so the Compare window's values field and ``--vary regularization=none,l2 λ=0.01`` need no
JSON. Any other structure is compact JSON. Names given with the values (a lesson's ``labels``)
are read back as the values they name.
"""

from __future__ import annotations

import json
import re
from typing import Any

from nnviz.core.regularizers import KINDS

REGULARIZATION = ("regularization",)
"""The path whose values are written as ``kind λ=number``."""
_REGULARIZATION_TEXT = re.compile(
    rf"({'|'.join(KINDS)})(?:\s+(?:λ|lambda)\s*=\s*(-?[0-9.]+(?:[eE][-+]?[0-9]+)?))?", re.IGNORECASE
)


def write_value(path: tuple, value: Any) -> str:
    """``value`` at ``path`` as a person reads it: ``relu``, ``0.01``, ``l2 λ=0.001``, else compact JSON."""
    if isinstance(value, str):
        return value
    if isinstance(value, float):
        return f"{value:g}"
    if path == REGULARIZATION and _is_regularization(value):
        kind = value["kind"]
        return f"{kind} λ={_number(value['lambda'])}" if "lambda" in value else kind
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def read_written(path: tuple, text: str) -> dict | None:
    """The regularization object ``text`` writes (``l2 λ=0.001`` → ``{"kind": "l2", "lambda": 0.001}``),
    or ``None`` when ``text`` is not written that way (or ``path`` is not ``regularization``)."""
    match = _REGULARIZATION_TEXT.fullmatch(text.strip()) if path == REGULARIZATION else None
    if match is None:
        return None
    kind, number = match.groups()
    if number is None:
        return {"kind": kind.lower()}
    try:
        lam = json.loads(number)
    except ValueError:
        return None  # "1.2.3": not a number, read as anything else is
    return {"kind": kind.lower(), "lambda": lam}


def values_text(path: tuple, values: tuple, labels: tuple[str, ...] = ()) -> str:
    """The values as the Compare window's field shows them: the labels if given (and none holds
    a comma, which would split it), else each value written out; ``", "`` between."""
    if labels and not any("," in label for label in labels):
        return ", ".join(labels)
    return ", ".join(write_value(path, v) for v in values)


def _is_regularization(value: Any) -> bool:
    return (
        isinstance(value, dict)
        and set(value) <= {"kind", "lambda"}
        and value.get("kind") in KINDS
        and (
            "lambda" not in value
            or (isinstance(value["lambda"], int | float) and not isinstance(value["lambda"], bool))
        )
    )


def _number(x: float) -> str:
    return f"{x:g}" if isinstance(x, float) else str(x)
