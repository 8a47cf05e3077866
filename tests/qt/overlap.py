"""Find the window's own widgets that overlap or are cut off: labels, buttons, spin boxes, combo boxes.

A widget counts when it is on screen (shown, and not behind another dock's tab
or scrolled out of view). Parts of compound widgets (a spin box's line edit, a
dock's title buttons, a tab bar's scroll arrows) are Qt's business, not the
layout's, and are left out; so are the drawn views (canvas, plots, data view),
whose labels are painted, not widgets.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QDockWidget,
    QGraphicsView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTabBar,
    QWidget,
)

CHECKED = (QLabel, QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit)
COMPOUND = (QAbstractSpinBox, QComboBox, QTabBar, QGraphicsView)
"""Widgets whose children are their own parts."""


def window_rect(widget: QWidget, window: QMainWindow) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def _in_compound(widget: QWidget, window: QMainWindow) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, COMPOUND):
            return True
        parent = parent.parentWidget()
    return False


def on_screen_widgets(window: QMainWindow) -> list[QWidget]:
    """The checked widgets of the docks, toolbars and status bar that can be seen now."""
    found = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, CHECKED) or widget.objectName().startswith("qt_"):
            continue
        if not widget.isVisible() or widget.visibleRegion().isEmpty() or widget.window() is not window:
            continue
        if _in_compound(widget, window) or isinstance(widget.parentWidget(), QDockWidget):
            continue  # a dock's own title buttons
        found.append(widget)
    return found


def name(widget: QWidget) -> str:
    text = widget.text() if hasattr(widget, "text") and callable(widget.text) else ""
    return f"{type(widget).__name__} {widget.objectName()!r} {text[:30]!r}"


def shown_rect(widget: QWidget, window: QMainWindow) -> QRect:
    """The part of ``widget`` its ancestors leave in view (a scroll area's viewport cuts off the rest)."""
    rect = window_rect(widget, window)
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        rect = rect.intersected(window_rect(parent, window))
        parent = parent.parentWidget()
    return rect


def overlaps(window: QMainWindow) -> list[str]:
    """Pairs of on-screen widgets (neither inside the other) whose shown parts intersect."""
    widgets = on_screen_widgets(window)
    shown = {id(w): shown_rect(w, window) for w in widgets}
    problems = []
    for a, b in itertools.combinations(widgets, 2):
        if a.isAncestorOf(b) or b.isAncestorOf(a):
            continue
        shared = shown[id(a)].intersected(shown[id(b)])
        if shared.width() > 1 and shared.height() > 1:  # touching edges are fine
            problems.append(f"{name(a)} overlaps {name(b)} by {shared.width()}×{shared.height()}")
    return problems


def clipped(window: QMainWindow) -> list[str]:
    """On-screen widgets that stick out of a parent (up to a scroll area's contents, which may scroll)."""
    problems = []
    for widget in on_screen_widgets(window):
        rect = window_rect(widget, window)
        parent = widget.parentWidget()
        while parent is not None and parent is not window:
            if isinstance(parent.parentWidget(), QAbstractScrollArea):
                break  # the contents of a scroll area: scrolled, not clipped
            outer = window_rect(parent, window)
            if not outer.contains(rect):
                problems.append(f"{name(widget)} {rect.getRect()} sticks out of {name(parent)} {outer.getRect()}")
                break
            parent = parent.parentWidget()
    return problems


def cut_text(window: QMainWindow) -> list[str]:
    """On-screen one-line labels and buttons narrower than their text."""
    problems = []
    for widget in on_screen_widgets(window):
        if isinstance(widget, QLabel) and (widget.wordWrap() or not widget.text() or not widget.pixmap().isNull()):
            continue
        if isinstance(widget, (QLabel, QAbstractButton)) and widget.sizeHint().width() > widget.width():
            problems.append(f"{name(widget)} is {widget.width()} wide, its text needs {widget.sizeHint().width()}")
    return problems
