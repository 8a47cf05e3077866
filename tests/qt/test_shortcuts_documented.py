"""Every key the README's key table promises is bound to an action of the app."""

import re
from pathlib import Path

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget

from nnviz.qt.actions import create_actions

README = Path(__file__).resolve().parents[2] / "README.md"


def _documented_keys() -> list[str]:
    text = README.read_text(encoding="utf-8")
    table = text.split("| key | action |", 1)[1].split("\n\n", 1)[0]
    keys = []
    for row in table.splitlines()[2:]:
        first = row.split("|")[1]
        keys += [k.strip() for k in re.split(r"/|\(or", first.replace(")", "")) if k.strip()]
    return keys


def test_every_key_in_the_readme_table_is_bound(qapp):
    parent = QWidget()
    actions = create_actions(parent)
    bound = {s.toString(QKeySequence.SequenceFormat.PortableText) for a in actions.values() for s in a.shortcuts()}
    keys = _documented_keys()
    assert "Ctrl+Shift+Z" in keys and len(keys) > 20
    assert [k for k in keys if k not in bound] == []
