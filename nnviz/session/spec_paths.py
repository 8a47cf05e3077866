"""Editing an experiment's spec by JSON path, and which edits leave a run going (no Qt)."""

from __future__ import annotations

from typing import Any

LIVE_SECTIONS = ("optimizer", "regularization")
"""Settings under these keys change without a reset (except the optimizer's name)."""
TEXT_KEYS = ("name", "lesson")
"""Settings with no effect on training: they change without a reset or any trainer update."""


def assign(spec: dict, path: tuple, value: Any) -> None:
    """Set ``spec`` at ``path`` (keys and list indices) in place; ``None`` removes the key."""
    node = spec
    for key in path[:-1]:
        if isinstance(node, dict) and key not in node:
            node[key] = {}
        node = node[key]
    if value is None and isinstance(node, dict):
        node.pop(path[-1], None)
    else:
        node[path[-1]] = value


def without(spec: dict, keys: tuple[str, ...]) -> dict:
    return {k: v for k, v in spec.items() if k not in keys}


def only_live_changes(old: dict, new: dict) -> bool:
    """True when the specs differ only in optimizer hyper-parameters, regularization, name or lesson."""
    rest_old = without(old, LIVE_SECTIONS + TEXT_KEYS)
    rest_new = without(new, LIVE_SECTIONS + TEXT_KEYS)
    if rest_old != rest_new or "optimizer" not in new:
        return False
    return old.get("optimizer", {}).get("name") == new["optimizer"].get("name")
