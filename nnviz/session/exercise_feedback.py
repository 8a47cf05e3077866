"""The exercise mode in the inspector's words: the learner's answers, judged, and the next blank (no Qt).

:func:`exercise_lines` is the first group of the inspector (headed :data:`EXERCISE`) while
the exercise mode (:mod:`nnviz.session.exercise`) is on; :func:`answer_text` is one answer
with its verdict, as the status bar also shows it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from nnviz.grading.grade import CONSISTENT, ROUNDED, WRONG
from nnviz.grading.report import mistake_text
from nnviz.i18n import QT_TRANSLATE_NOOP, translate
from nnviz.session.selection import Selection

if TYPE_CHECKING:
    from nnviz.session.step_view import StepView

EXERCISE = QT_TRANSLATE_NOOP("Inspection", "Exercise")
"""The heading of the exercise mode's group, which the inspector shows first."""


def exercise_lines(view: StepView, target: Selection) -> list[str]:
    """In the exercise mode, the target's answers with their verdicts (a wrong one with the usual
    mistake it matches and the correct sentence from the learner's numbers) and its next blank."""
    exercise = view.exercise
    lines = []
    for v in exercise.answers_of(target, view.row):
        line = answer_text(v)
        if v.verdict == ROUNDED:
            line += translate("Inspection", " (to {0})").format(v.rounding)
        elif v.verdict == CONSISTENT:
            line += translate("Inspection", ": {0}").format(v.sentence)
        elif v.verdict == WRONG:
            line += translate("Inspection", ". {mistake}{correction}").format(
                mistake=mistake_text(v), correction=v.correction()
            )
        lines.append(line)
    blank = exercise.blank(target, view.row)
    if blank is not None:
        lines.append(
            translate("Inspection", "Next blank: {0}. Double-click it on the canvas to type your value.").format(
                blank.label
            )
        )
    elif not exercise.available:
        lines.append(translate("Inspection", "Exercises cover dense layers."))
    else:
        lines.append(translate("Inspection", "Nothing left to fill in here: the cursor shows the rest."))
    return lines


def answer_text(v) -> str:
    """``z, layer 2, sample 1, unit 1: 1.106 — right`` (the learner's text as typed)."""
    return translate("Inspection", "{label}: {given} — {verdict}").format(
        label=v.label, given=v.given.text, verdict=translate("Check", v.verdict)
    )
