"""Reading a JSON document someone else wrote: strict, bounded, and every problem named.

An experiment file may come from anyone (a shared lesson, a file a student
edited by hand). :func:`read_json_file` and :func:`parse_json` turn it into
plain Python values or raise :class:`~nnviz.core.validate.ExperimentError`
with a message a person can act on — never a traceback, a hang or a
runaway allocation:

- at most :data:`MAX_FILE_BYTES` bytes, read from a regular file only;
- UTF-8, with or without a byte-order mark;
- no ``NaN``/``Infinity`` literals; numbers too large for a float read as ∞,
  which the validators then refuse with their JSON path;
- at most :data:`MAX_DEPTH` levels of nesting;
- no key twice in one object (JSON allows it, and the last one would silently win);
- no lone UTF-16 surrogate (``"\\ud800"``) in a string or key: JSON's escapes allow one, but no
  text holding it can be printed or saved as UTF-8.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

from nnviz.core.validate import ExperimentError

MAX_FILE_BYTES = 32 * 1024 * 1024
"""The largest experiment file read (32 MiB)."""

MAX_DEPTH = 32
"""The deepest nesting of lists and objects an experiment file may use (it needs 6)."""

_TOO_DEEP = f"nested too deeply: at most {MAX_DEPTH} levels of lists and objects"
_MAX_INTEGER_DIGITS = 400
"""Longer integers are read as ∞ (no float holds them) before Python's own digit limit trips."""


def read_regular_file(path: Path, limit: int, what: str) -> bytes:
    """The bytes of ``path`` if it is a regular file of at most ``limit`` bytes.

    Devices, pipes and folders are refused without reading from them (a FIFO or
    ``/dev/zero`` would block or never end); the file is opened before it is
    checked, so what is checked is what is read.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        raise ExperimentError([f"{path}: no such file"]) from None
    except OSError as error:
        raise ExperimentError([f"{path}: cannot read: {error.strerror or error}"]) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise ExperimentError([f"{path}: not a regular file; {what} must be a file"])
        if info.st_size > limit:
            raise ExperimentError([f"{path}: {what} is {_mib(info.st_size)}; the limit is {_mib(limit)}"])
        chunks = []
        total = 0
        while chunk := os.read(fd, 1 << 20):
            total += len(chunk)
            if total > limit:  # the file grew while we read it
                raise ExperimentError([f"{path}: {what} is larger than the limit of {_mib(limit)}"])
            chunks.append(chunk)
        return b"".join(chunks)
    except OSError as error:
        raise ExperimentError([f"{path}: cannot read: {error.strerror or error}"]) from None
    finally:
        os.close(fd)


def read_json_file(path: Path) -> Any:
    """The document in the experiment file ``path`` (see the module docstring for the rules)."""
    data = read_regular_file(path, MAX_FILE_BYTES, "an experiment file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ExperimentError([f"not UTF-8 text: byte {error.start + 1} cannot be decoded"]) from None
    return parse_json(text)


def parse_json(text: str) -> Any:
    """Parse ``text`` strictly; :class:`ExperimentError` names the first problem and where it is."""
    if len(text) > MAX_FILE_BYTES:
        raise ExperimentError([f"the document is over {_mib(MAX_FILE_BYTES)}"])
    text = text.removeprefix("\ufeff")
    try:
        doc = json.loads(
            text,
            parse_constant=_reject_constant,
            parse_int=_parse_int,
            object_pairs_hook=_Object.from_pairs,
        )
    except json.JSONDecodeError as error:
        raise ExperimentError(
            [f"not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}"]
        ) from None
    except RecursionError:
        raise ExperimentError([f"nested too deeply: at most {MAX_DEPTH} levels of lists and objects"]) from None
    except ValueError as error:
        raise ExperimentError([str(error)]) from None
    problems = _structure_problems(doc)
    if problems:
        raise ExperimentError(problems)
    return _plain(doc)


class _Object(dict):
    """A parsed JSON object that remembers the keys it held more than once."""

    duplicates: tuple[str, ...] = ()

    @classmethod
    def from_pairs(cls, pairs: list[tuple[str, Any]]) -> _Object:
        obj = cls(pairs)
        if len(obj) != len(pairs):
            seen: set[str] = set()
            obj.duplicates = tuple(dict.fromkeys(k for k, _ in pairs if k in seen or seen.add(k)))
        return obj


def _structure_problems(doc: Any) -> list[str]:
    """Duplicate keys (with their JSON paths), strings that are not text (a lone surrogate) and
    nesting deeper than :data:`MAX_DEPTH`."""
    problems = []
    stack = [(doc, "", 0)]
    while stack:
        value, path, depth = stack.pop()
        if depth > MAX_DEPTH:
            return [
                f"{path or 'the document'}: nested too deeply: at most {MAX_DEPTH} levels of lists and objects"
            ]
        if isinstance(value, _Object):
            for key in value.duplicates:
                problems.append(f"{_join(path, key)}: the key appears more than once in this object")
            problems += [f"{_join(path, _escaped(k))}: {_NOT_TEXT} in the key" for k in value if not _is_text(k)]
            stack.extend((v, _join(path, k), depth + 1) for k, v in value.items())
        elif isinstance(value, list):
            stack.extend(
                (v, f"{path}[{i}]", depth + 1) for i, v in enumerate(value) if isinstance(v, list | dict | str)
            )
        elif isinstance(value, str) and not _is_text(value):
            problems.append(f"{path or 'the document'}: {_NOT_TEXT}")
    return sorted(problems)


_NOT_TEXT = "a lone surrogate escape (\\ud800–\\udfff) is not a character"


def _is_text(value: str) -> bool:
    """Whether ``value`` can be written as UTF-8 (a lone surrogate from a ``\\ud800`` escape cannot)."""
    if value.isascii():
        return True
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _escaped(text: str) -> str:
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _plain(value: Any) -> Any:
    """Plain dicts in place of :class:`_Object` (the depth is already bounded)."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list) and any(isinstance(v, list | dict) for v in value):
        return [_plain(v) for v in value]
    return value


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _parse_int(text: str) -> int | float:
    return int(text) if len(text) <= _MAX_INTEGER_DIGITS else float("-inf" if text[0] == "-" else "inf")


def _reject_constant(name: str) -> Any:
    raise ValueError(f"not valid JSON: {name} is not a number JSON allows")


def _mib(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MiB" if n >= 1024 * 1024 else f"{n} bytes"
