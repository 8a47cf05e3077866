"""No English word reaches the window untranslated: an AST scan of ``nnviz/qt`` for a string
literal with a word in it passed straight to a widget's text (``setText``, ``setToolTip``,
``QLabel(…)``, ``showMessage``, …). Such text must come from ``translate("Context", "…")`` (see
README "Translations"); symbols, numbers and markup (``—``, ``×``, ``<b>{x}</b>``) may be literal.

The scan reads the source, so it also finds a string in a branch no test drives. It looks at
the literal at the call only: text made elsewhere and passed by name is the job of the code that
made it (and of ``tests/test_translations.py``, which fails for a wrapped string left untranslated).
"""

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
QT = ROOT / "nnviz" / "qt"
SINKS = {
    "setText",
    "setToolTip",
    "setStatusTip",
    "setWhatsThis",
    "setWindowTitle",
    "setPlaceholderText",
    "setTitle",
    "setLabelText",
    "addRow",
    "addTab",
    "addItem",
    "addAction",
    "addMenu",
    "showMessage",
    "show_message",
    "getText",
    "getDouble",
    "getInt",
    "getItem",
    "getOpenFileName",
    "getSaveFileName",
    "information",
    "warning",
    "critical",
    "question",
    "setHtml",
    "setHorizontalHeaderLabels",
    "setVerticalHeaderLabels",
    "setHeaderLabels",
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
    "QMenu",
    "QToolButton",
    "QListWidgetItem",
}
"""Calls whose string arguments a person reads."""
WORD = re.compile(r"[A-Za-z]{2,}")
MARKUP = re.compile(r"<[^>]*>|&[a-z]+;|#[0-9a-fA-F]{3,8}\b|\{[^{}]*\}")
"""Tags, entities, colours and format fields: not words a person reads."""

ALLOWED: dict[str, set[str]] = {
    # The program's name is the same in every language ("[*]" is Qt's mark of unsaved changes).
    "nnviz/qt/main_window.py": {"nnviz"},
    "nnviz/qt/app.py": {"[*] — nnviz"},
    # Default file names offered by a save dialog: file names, not sentences.
    "nnviz/qt/export_dialog.py": {".png"},
    "nnviz/qt/export_menu.py": {"worked-example.md", "exercise.md"},
    "nnviz/qt/compare/window.py": {"comparison.png"},
    "nnviz/qt/compare/shared_window.py": {"landscape.png"},
    "nnviz/qt/landscape_window.py": {"landscape.png"},
}
"""Per file, literal texts that stay as they are, each with its reason."""


def _words(node: ast.AST) -> str:
    """The literal text of ``node`` (a string, an f-string, ``"…".format(…)``, a ``+`` of them)
    that a person would read, or ``""``."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
    elif isinstance(node, ast.JoinedStr):
        text = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
    elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return " ".join(t for t in (_words(node.left), _words(node.right)) if t)
    elif isinstance(node, ast.IfExp):
        return " ".join(t for t in (_words(node.body), _words(node.orelse)) if t)
    elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        return _words(node.func.value)
    elif isinstance(node, ast.List | ast.Tuple):
        return " ".join(t for t in map(_words, node.elts) if t)
    else:
        return ""
    return text if WORD.search(MARKUP.sub(" ", text)) else ""


def _name(call: ast.Call) -> str:
    f = call.func
    return f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else ""


def literals(path: Path) -> list[tuple[int, str]]:
    """``(line, text)`` of every literal with a word passed to a sink in ``path``."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and _name(node) in SINKS:
            for arg in [*node.args, *(k.value for k in node.keywords if k.arg in ("text", "title", "toolTip"))]:
                text = _words(arg)
                if text:
                    found.append((node.lineno, text))
    return found


def _scan() -> dict[str, list[tuple[int, str]]]:
    out = {}
    for path in sorted(QT.rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        found = [(line, text) for line, text in literals(path) if text not in ALLOWED.get(rel, set())]
        if found:
            out[rel] = found
    return out


def test_no_widget_text_is_an_untranslated_literal():
    found = _scan()
    problems = [f"{rel}:{line}: {text!r}" for rel, hits in found.items() for line, text in hits]
    assert not problems, 'wrap these in translate("Context", "…"):\n' + "\n".join(problems)


def test_the_scan_sees_what_it_is_meant_to(tmp_path):
    """The scan flags a word in a literal, an f-string, a format and a concatenation, and lets
    through symbols, numbers, markup and translated text."""
    path = tmp_path / "sample.py"
    path.write_text(
        "label.setText('Loss')\n"
        "label.setToolTip(f'{n} samples')\n"
        "QLabel('Step {0}'.format(k))\n"
        "bar.showMessage('saved ' + name)\n"
        "label.setText('—')\n"
        "label.setText(f'{value:.3f} × 10')\n"
        "label.setText(f'<b>{name}</b>')\n"
        "label.setText(translate('Ctx', 'Loss'))\n"
        "QPushButton(translate('Ctx', 'Open'))\n"
    )
    assert [line for line, _ in literals(path)] == [1, 2, 3, 4]
