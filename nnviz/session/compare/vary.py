"""The varied setting: a JSON path into the experiment's spec and the values it takes.

``network.layers[0].units=1,2,3,8`` → path ``("network", "layers", 0, "units")`` and values
``[1, 2, 3, 8]``. Each value is read as JSON (``0.01``, ``"mse"``, ``[…]``) or else taken as
a string (``mse``); commas inside brackets or quotes do not split. A list index may be a
slice, ``network.layers[0:6].activation``, which sets the key in every layer of the slice.
Every problem is a :class:`~nnviz.core.validate.ExperimentError` naming the path.
"""

from __future__ import annotations

import copy
import json
import re
from dataclasses import dataclass
from typing import Any

from nnviz.core.json_read import parse_json
from nnviz.core.validate import ExperimentError
from nnviz.session.compare.value_text import read_written, write_value

MAX_VALUES = 16
"""The most values one comparison varies over."""
MAX_VALUE_CHARS = 100_000
"""The longest value text (a whole ``network.layers`` list is a few hundred characters)."""
FIXED_KEYS = ("nnviz", "name", "lesson", "state", "epochs")
"""Top-level keys a comparison does not vary: they do not change training (``epochs`` is the
comparison's own)."""
_STEP = re.compile(r"\.?([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)(?::(\d+))?\]")


@dataclass(frozen=True)
class Vary:
    """One setting and its values: ``path`` (keys, indices, slices) as written in ``text``."""

    text: str
    path: tuple
    values: tuple
    labels: tuple[str, ...] = ()
    """A name per value for legends and tables (a comparison lesson's); empty: the values written out."""

    @property
    def ordered(self) -> bool:
        """Whether the values are numbers (a sequential colour map), not names or structures."""
        return all(isinstance(v, int | float) and not isinstance(v, bool) for v in self.values)

    @property
    def name(self) -> str:
        """The setting's key for tile titles: ``units``, ``activation``, ``lambda``; ``loss`` for ``loss.name``."""
        keys = [step for step in self.path if isinstance(step, str)]
        return keys[-2] if keys[-1] == "name" and len(keys) > 1 else keys[-1]

    def label(self, value: Any) -> str:
        """How a value is written in legends and tables: its label, else numbers and names as is, a
        regularization as ``l2 λ=0.001``, anything else as compact JSON."""
        if self.labels:
            return self.labels[list(self.values).index(value)]
        return write_value(self.path, value)


def parse_path(text: str) -> tuple:
    """``a.b[0].c`` or ``a.b[0:3].c`` → ``("a", "b", 0, "c")`` / ``(…, slice(0, 3), …)``."""
    steps, at = [], 0
    while at < len(text):
        match = _STEP.match(text, at)
        if match is None or (at == 0 and match.group(0).startswith(".")):
            raise ExperimentError([f"--vary {text}: not a JSON path like network.layers[0].units"])
        name, index, stop = match.groups()
        steps.append(name if name is not None else int(index) if stop is None else slice(int(index), int(stop)))
        at = match.end()
    if not steps or not isinstance(steps[0], str):
        raise ExperimentError([f"--vary {text}: not a JSON path like network.layers[0].units"])
    if steps[0] in FIXED_KEYS:
        raise ExperimentError([f"--vary {text}: {steps[0]} is not a setting a comparison varies"])
    return tuple(steps)


def split_values(text: str) -> list[str]:
    """Split ``V1,V2,…`` at the commas outside brackets, braces and double quotes."""
    parts, depth, quoted, start = [], 0, False, 0
    for i, ch in enumerate(text):
        if ch == '"' and (i == 0 or text[i - 1] != "\\"):
            quoted = not quoted
        elif not quoted and ch in "[{":
            depth += 1
        elif not quoted and ch in "]}":
            depth -= 1
        elif not quoted and depth == 0 and ch == ",":
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return [p.strip() for p in parts]


def read_value(text: str, path_text: str = "") -> Any:
    """A value as JSON if it is JSON, else the text itself (``mse`` needs no quotes).

    JSON is read as strictly as an experiment file (:func:`nnviz.core.json_read.parse_json`): a
    value nested too deeply, with a key twice or a lone surrogate raises ``ExperimentError``."""
    if len(text) > MAX_VALUE_CHARS:
        raise ExperimentError(
            [f"--vary {path_text}: a value of {len(text):,} characters; at most {MAX_VALUE_CHARS:,}"]
        )
    try:
        return parse_json(text)
    except ExperimentError as error:
        if error.problems[0].startswith("not valid JSON"):
            return text
        raise ExperimentError([f"--vary {path_text}: {line}" for line in error.problems]) from None


def parse_vary(argument: str, names: dict[str, Any] | None = None) -> Vary:
    """``PATH=V1,V2,…`` → :class:`Vary`; raises ``ExperimentError`` naming what is wrong.

    A value written as :mod:`~nnviz.session.compare.value_text` writes it (``l2 λ=0.001``) is read
    back; a value that is a key of ``names`` (a lesson's labels) is the value it names, and keeps
    that name as its label."""
    path_text, sep, values_text = argument.partition("=")
    path_text = path_text.strip()
    if not sep or not values_text.strip():
        raise ExperimentError([f"--vary {argument}: expected PATH=V1,V2,… e.g. network.layers[0].units=1,2,3"])
    texts = split_values(values_text)
    if any(not t for t in texts):
        raise ExperimentError([f"--vary {path_text}: an empty value in {values_text!r}"])
    path = parse_path(path_text)
    names = names or {}
    values = []
    for text in texts:
        written = None if text in names else read_written(path, text)
        if text in names:
            values.append(copy.deepcopy(names[text]))
        else:
            values.append(written if written is not None else read_value(text, path_text))
    labels = [t if t in names else write_value(path, v) for t, v in zip(texts, values)]
    return make_vary(path_text, values, labels if any(t in names for t in texts) else None)


def make_vary(path_text: str, values: list, labels: list[str] | None = None) -> Vary:
    """A :class:`Vary` from a path and values already read (a preset's JSON), optionally named."""
    path = parse_path(path_text)
    if not 1 <= len(values) <= MAX_VALUES:
        raise ExperimentError([f"--vary {path_text}: give 1 to {MAX_VALUES} values, got {len(values)}"])
    if len({json.dumps(v, sort_keys=True) for v in values}) != len(values):
        raise ExperimentError([f"--vary {path_text}: a value is given twice"])
    if labels is not None and (len(labels) != len(values) or not all(isinstance(x, str) and x for x in labels)):
        raise ExperimentError([f"--vary {path_text}: labels: expected one name per value"])
    return Vary(path_text, path, tuple(values), tuple(labels or ()))


def with_value(spec: dict, vary: Vary, value: Any) -> dict:
    """A copy of ``spec`` with ``value`` at the path; ``ExperimentError`` if the path is not in it."""
    out = copy.deepcopy(spec)
    _assign(out, vary.path, copy.deepcopy(value), vary.text, ())
    return out


def _assign(node: Any, path: tuple, value: Any, text: str, done: tuple) -> None:
    step, rest = path[0], path[1:]
    where = _path_text(done) or "the experiment"
    if isinstance(step, slice):
        if not isinstance(node, list) or step.stop > len(node) or step.start >= step.stop:
            raise ExperimentError([f"--vary {text}: {where} has no elements {step.start}:{step.stop}"])
        for i in range(step.start, step.stop):
            _assign(node, (i, *rest), value, text, done)
        return
    if isinstance(step, int):
        if not isinstance(node, list) or step >= len(node):
            size = f"{len(node)} elements" if isinstance(node, list) else "no list"
            raise ExperimentError([f"--vary {text}: {where} has {size}, no [{step}]"])
    elif not isinstance(node, dict):
        raise ExperimentError([f"--vary {text}: {where} is not an object, it has no key {step!r}"])
    if not rest:
        node[step] = value
        return
    if isinstance(node, dict) and step not in node:
        if isinstance(rest[0], str):
            node[step] = {}  # e.g. regularization.lambda in a file without regularization
        else:
            raise ExperimentError([f"--vary {text}: {_path_text((*done, step))} is not in the experiment"])
    _assign(node[step], rest, value, text, (*done, step))


def _path_text(path: tuple) -> str:
    out = ""
    for step in path:
        out += f"[{step}]" if isinstance(step, int) else f".{step}" if out else step
    return out
