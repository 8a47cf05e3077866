"""The lesson panel: the experiment's lesson text beside the canvas, rendered, and editable.

The text is Markdown, saved in the experiment file (``"lesson"``). Reading,
it is rendered; the *Edit* toggle swaps in a plain-text editor. Leaving the
editor (pressing *Done*, or moving the focus elsewhere) saves the text through
``controller.change(("lesson",), text)``: one undoable change that leaves
training alone.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSignalBlocker
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from nnviz.i18n import QT_TRANSLATE_NOOP, with_language
from nnviz.qt.controller import Controller
from nnviz.qt.i18n import translate

EMPTY = QT_TRANSLATE_NOOP(
    "lesson_panel", "*This experiment has no lesson yet. Press **Edit** to write one — in Markdown.*"
)


class LessonPanel(QWidget):
    """The lesson of ``controller``'s experiment; see the module docstring."""

    def __init__(self, controller: Controller, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("lesson_panel")
        self.controller = controller
        self._workspace = controller.workspace
        self.title = QLabel()
        self.title.setObjectName("lesson_title")
        self.title.setStyleSheet("color: palette(placeholder-text);")
        self.title.setToolTip(translate("lesson_panel", "The experiment's name"))
        self.title.setWordWrap(True)  # a long name takes two lines instead of widening the dock
        self.edit_button = QPushButton(translate("lesson_panel", "Edit"))
        self.edit_button.setObjectName("lesson_edit_button")
        self.edit_button.setCheckable(True)
        self.edit_button.setToolTip(
            translate(
                "lesson_panel",
                "Edit the lesson text (Markdown: # heading, **bold**, *italic*, - lists, [links](https://…)). "
                "It is saved with the experiment and does not restart training.",
            )
        )
        self.edit_button.toggled.connect(self.set_editing)
        self.view = QTextBrowser()
        self.view.setObjectName("lesson_view")
        self.view.setOpenExternalLinks(True)
        self.view.setToolTip("")
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("lesson_editor")
        self.editor.setToolTip(translate("lesson_panel", "Markdown text; press Done to see it rendered."))
        self.editor.setTabChangesFocus(True)
        mono = QFont("DejaVu Sans Mono")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.editor.setFont(mono)
        self.editor.installEventFilter(self)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.editor)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        controller.workspace_replaced.connect(self._on_controller_workspace_replaced)
        controller.settings_changed.connect(self._on_controller_settings_changed)
        self.render()

    @property
    def editing(self) -> bool:
        return self.stack.currentWidget() is self.editor

    def lesson(self) -> str:
        return self.controller.workspace.experiment.lesson

    def set_editing(self, on: bool) -> None:
        """Open the editor on the lesson, or save the edit and show it rendered."""
        if on == self.editing:
            return
        if on:
            self.editor.setPlainText(self.lesson())
            self.stack.setCurrentWidget(self.editor)
            self.editor.setFocus()
        else:
            self.commit()
            self.stack.setCurrentWidget(self.view)
        self.edit_button.setText(translate("lesson_panel", "Done") if on else translate("lesson_panel", "Edit"))
        if self.edit_button.isChecked() != on:
            self.edit_button.setChecked(on)
        self.render()

    def commit(self) -> bool:
        """Save the editor's text into the experiment if it changed; False if refused."""
        if not self.editing or self.controller.workspace is not self._workspace:
            return True
        text = self.editor.toPlainText()
        if text == self.lesson():
            return True
        lesson = self.controller.workspace.experiment.spec.get("lesson")
        if isinstance(lesson, dict):  # a lesson in several languages: change only the one shown
            return self.controller.change(("lesson",), with_language(lesson, text))
        return self.controller.change(("lesson",), text if text.strip() else None)

    def render(self) -> None:
        self.title.setText(self.controller.workspace.experiment.name)
        if not self.editing:
            self.view.setMarkdown(self.lesson() or translate("lesson_panel", EMPTY))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.editor and event.type() == QEvent.Type.FocusOut:
            self.commit()
        return super().eventFilter(watched, event)

    def _on_controller_workspace_replaced(self) -> None:
        if self.controller.workspace is not self._workspace:
            # Another document: an unsaved edit of the old one cannot go into it.
            self._workspace = self.controller.workspace
            self.stack.setCurrentWidget(self.view)
            with QSignalBlocker(self.edit_button):
                self.edit_button.setChecked(False)
            self.edit_button.setText(translate("lesson_panel", "Edit"))
        self.render()

    def _on_controller_settings_changed(self, _message: str) -> None:
        self.render()
