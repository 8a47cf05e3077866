"""The command line's Qt application, for figures drawn offscreen in the chosen language.

A figure drawn by a command (``nnviz compare``) translates its words through Qt
(:func:`nnviz.qt.i18n.translate`), which answers only once an application holds the
translators. :func:`application` makes that application (offscreen, with the fixed hash seed
the same-bytes exports need, see :mod:`nnviz.qt.shot`) and installs the language; the drawing
code then finds it with ``QApplication.instance()``.
"""

from __future__ import annotations

import os

_app = None


def application(lang: str, name: str):
    """The process's ``QApplication`` (made offscreen as ``name`` if there is none) speaking ``lang``."""
    global _app
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_HASH_SEED", "0")
    from PySide6.QtWidgets import QApplication

    from nnviz.qt.i18n import install_language

    _app = QApplication.instance() or QApplication([name])
    install_language(lang)
    return _app
