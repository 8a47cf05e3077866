"""The exercise mode's dialogs: the learner types a value on the canvas, or loads or pastes a student file.

The rules — which value a unit or edge asks for, how an answer is judged — are
in :mod:`nnviz.session.exercise`; the verdicts are drawn by the canvas and told
by the inspector. Here only the questions and the status bar's line.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog

from nnviz.i18n import QT_TRANSLATE_NOOP
from nnviz.qt.controller import Controller
from nnviz.qt.i18n import translate
from nnviz.qt.main_window import MainWindow
from nnviz.session.exercise_feedback import answer_text
from nnviz.session.selection import Selection

STUDENT_FILTER = QT_TRANSLATE_NOOP("exercise_mode", "Your values (*.csv *.json);;All files (*)")


class ExerciseDialogs:
    """Asks the learner for values and student files, and says each verdict in the status bar."""

    def __init__(self, controller: Controller, window: MainWindow):
        self.controller = controller
        self.window = window

    def set_mode(self, on: bool) -> None:
        self.controller.set_exercise_mode(on)
        if on and not self.controller.workspace.experiment.network.is_dense:
            self.window.show_message(_dense_only(), 0)
        elif on:
            self.window.show_message(
                translate(
                    "exercise_mode",
                    "Exercise mode: double-click a unit or weight to type its next value (after the cursor); "
                    "each is judged at once, and the Inspector explains",
                ),
                0,
            )
        else:
            self.window.show_message(translate("exercise_mode", "Exercise mode off"))

    def ask(self, layer: int, unit: int, source: int):
        """The learner's value for the next blank of unit (``source`` −1) or edge; its verdict or ``None``."""
        ws = self.controller.workspace
        target = Selection(layer, unit, None if source < 0 else source)
        self.controller.select(target)
        exercise = ws.exercise
        if exercise is None or not exercise.available:
            self.window.show_message(self._nothing_to_fill(), 0)
            return None
        blank = exercise.blank(target, ws.sample)
        if blank is None:
            self.window.show_message(
                translate("exercise_mode", "Nothing left to fill in here: the cursor already shows its values")
            )
            return None
        text, ok = QInputDialog.getText(
            self.window,
            translate("exercise_mode", "Exercise"),
            translate("exercise_mode", "Your value of {0}:").format(blank.label),
        )
        if not ok or not text.strip():
            return None
        verdict = self.controller.answer(blank, text)
        if verdict is not None:
            mistake = f" ({translate('Check', verdict.mistake.name)})" if verdict.mistake else ""
            self.window.show_message(answer_text(verdict) + mistake, 0)
        return verdict

    def load(self) -> int | None:
        """Load a student file (``nnviz check``'s CSV or JSON) as the answers of this iteration."""
        if not self._ready():
            return None
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            translate("exercise_mode", "Load your values"),
            "",
            translate("exercise_mode", STUDENT_FILTER),
        )
        return self._report(self.controller.load_answers(path)) if path else None

    def paste(self) -> int | None:
        """Take the clipboard's text (CSV lines or a JSON file's text) as the answers of this iteration."""
        if not self._ready():
            return None
        return self._report(self.controller.load_answers(text=QGuiApplication.clipboard().text()))

    def _ready(self) -> bool:
        """In the exercise mode (entered if need be) with an iteration to fill in."""
        if self.controller.workspace.exercise is None:
            self.set_mode(True)
        if not self.controller.workspace.exercise.available:
            self.window.show_message(self._nothing_to_fill(), 0)
            return False
        return True

    def _report(self, count: int | None) -> int | None:
        exercise = self.controller.workspace.exercise
        if count is not None:
            wrong = sum(v.verdict == "wrong" for v in exercise.verdicts.values())
            number = exercise.iteration.trace.iteration
            self.window.show_message(
                translate("exercise_mode", "{0} value(s) of iteration {1} judged: {2} wrong").format(
                    count, number, wrong
                ),
                0,
            )
        return count

    def _nothing_to_fill(self) -> str:
        """Why there is no blank to fill: a network the window's exercise mode does not cover, or
        no iteration stepped into yet."""
        if not self.controller.workspace.experiment.network.is_dense:
            return _dense_only()
        return translate("exercise_mode", "Step into an iteration first: there is nothing to fill in yet")


def _dense_only() -> str:
    return translate(
        "exercise_mode",
        "Exercise mode covers dense networks only; for this network, 'nnviz exercise' writes the worksheet "
        "and 'nnviz check' grades it",
    )
