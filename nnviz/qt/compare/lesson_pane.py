"""A comparison lesson's text beside the Compare window's figure, in a splitter the learner can
narrow or close (the figure keeps the rest of the width)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QTextBrowser, QWidget

from nnviz.qt.live_text import LiveTexts
from nnviz.session.compare.presets import ComparisonPreset

LESSON_SHARE = 0.25
"""The lesson's share of the width at first: at 1366 px the figure keeps about 1000 px."""


def lesson_beside(view: QWidget, lesson: ComparisonPreset | None, texts: LiveTexts) -> QWidget:
    """``view`` alone without a lesson; with one, ``view`` and the lesson's name and text
    (Markdown, in the window's language: ``texts`` shows it again in a new one) side by side."""
    if lesson is None:
        return view
    text = QTextBrowser(objectName="compare_lesson")
    text.setOpenExternalLinks(True)
    texts.show(text.setMarkdown, lambda: f"## {lesson.text('name')}\n\n{lesson.text('lesson')}")
    text.setMinimumWidth(200)
    splitter = QSplitter(Qt.Orientation.Horizontal, objectName="compare_lesson_splitter")
    splitter.addWidget(view)
    splitter.addWidget(text)
    splitter.setCollapsible(0, False)
    splitter.setStretchFactor(0, round((1 - LESSON_SHARE) * 100))
    splitter.setStretchFactor(1, round(LESSON_SHARE * 100))
    splitter.setSizes([round((1 - LESSON_SHARE) * 1000), round(LESSON_SHARE * 1000)])  # in proportion
    return splitter
