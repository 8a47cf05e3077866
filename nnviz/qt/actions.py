"""Every command of the app as a QAction, defined once: ID (object name), text, shortcut, tooltip.

:func:`create_actions` builds them; ``nnviz.qt.app`` connects them in one place.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from nnviz.i18n import QT_TRANSLATE_NOOP
from nnviz.qt.i18n import translate


@dataclass(frozen=True)
class ActionSpec:
    id: str
    text: str
    shortcut: str | QKeySequence.StandardKey | None
    tooltip: str
    checkable: bool = False


NEW_FROM_PRESET = "file.new_from_preset"
OPEN = "file.open"
SAVE = "file.save"
SAVE_AS = "file.save_as"
EXPORT_FIGURE = "file.export_figure"
EXPORT_WORKED_EXAMPLE = "file.export_worked_example"
EXPORT_EXERCISE = "file.export_exercise"
EXPORT_FRAMES = "file.export_frames"
QUIT = "file.quit"
UNDO = "edit.undo"
REDO = "edit.redo"
RUN = "debug.run"
PAUSE = "debug.pause"
FASTEST = "debug.fastest"
STEP_INTO = "debug.step_into"
STEP_OVER = "debug.step_over"
STEP_MAP = "debug.step_map"
STEP_OUT = "debug.step_out"
NEXT_ITERATION = "debug.next_iteration"
NEXT_EPOCH = "debug.next_epoch"
STEP_BACK = "debug.step_back"
RESET = "debug.reset"
RANDOMIZE = "debug.randomize"
COMPARE = "debug.compare"
WIDE_DEEP_ABLATION = "debug.wide_deep_ablation"
LANDSCAPE = "debug.landscape"
FIT_VIEW = "view.fit"
RESET_LAYOUT = "view.reset_layout"
PRESENTATION = "view.presentation"
DARK_THEME = "view.dark"
EXERCISE_MODE = "exercise.mode"
LOAD_ANSWERS = "exercise.load_answers"
PASTE_ANSWERS = "exercise.paste_answers"

SPECS = (
    ActionSpec(
        NEW_FROM_PRESET,
        QT_TRANSLATE_NOOP("Actions", "&New from Preset…"),
        QKeySequence.StandardKey.New,
        QT_TRANSLATE_NOOP("Actions", "Start from one of the shipped lessons (XOR, spiral, vanishing gradients…)"),
    ),
    ActionSpec(
        OPEN,
        QT_TRANSLATE_NOOP("Actions", "&Open…"),
        QKeySequence.StandardKey.Open,
        QT_TRANSLATE_NOOP("Actions", "Open an experiment file (.json)"),
    ),
    ActionSpec(
        SAVE,
        QT_TRANSLATE_NOOP("Actions", "&Save"),
        QKeySequence.StandardKey.Save,
        QT_TRANSLATE_NOOP("Actions", "Save the experiment, trained state included"),
    ),
    ActionSpec(
        SAVE_AS,
        QT_TRANSLATE_NOOP("Actions", "Save &As…"),
        QKeySequence.StandardKey.SaveAs,
        QT_TRANSLATE_NOOP("Actions", "Save the experiment under a new name"),
    ),
    ActionSpec(
        EXPORT_FIGURE,
        QT_TRANSLATE_NOOP("Actions", "&Export Figure…"),
        "Ctrl+E",
        QT_TRANSLATE_NOOP("Actions", "Export the network, a plot or the window as PNG, SVG or PDF"),
    ),
    ActionSpec(
        EXPORT_WORKED_EXAMPLE,
        QT_TRANSLATE_NOOP("Actions", "Export &Worked Example…"),
        "Ctrl+Shift+E",
        QT_TRANSLATE_NOOP("Actions", "Write the current iteration as a Markdown or LaTeX worked example"),
    ),
    ActionSpec(
        EXPORT_EXERCISE,
        QT_TRANSLATE_NOOP("Actions", "Export E&xercise…"),
        None,
        QT_TRANSLATE_NOOP(
            "Actions",
            "Write the current iteration as a worksheet with blank boxes (Markdown, LaTeX, PDF or a CSV for "
            "'nnviz check') and its answer key beside it",
        ),
    ),
    ActionSpec(
        EXPORT_FRAMES,
        QT_TRANSLATE_NOOP("Actions", "Export Step &Frames…"),
        None,
        QT_TRANSLATE_NOOP(
            "Actions", "Export one picture per step of the current iteration (PNGs and an animated GIF)"
        ),
    ),
    ActionSpec(
        QUIT,
        QT_TRANSLATE_NOOP("Actions", "&Quit"),
        QKeySequence.StandardKey.Quit,
        QT_TRANSLATE_NOOP("Actions", "Quit nnviz"),
    ),
    ActionSpec(
        UNDO,
        QT_TRANSLATE_NOOP("Actions", "&Undo"),
        QKeySequence.StandardKey.Undo,
        QT_TRANSLATE_NOOP("Actions", "Undo the last change of settings or weights"),
    ),
    ActionSpec(
        REDO,
        QT_TRANSLATE_NOOP("Actions", "&Redo"),
        QKeySequence.StandardKey.Redo,
        QT_TRANSLATE_NOOP("Actions", "Redo the change just undone"),
    ),
    ActionSpec(
        RUN,
        QT_TRANSLATE_NOOP("Actions", "&Run / Continue"),
        "F5",
        QT_TRANSLATE_NOOP("Actions", "Train live until paused or a breakpoint fires (F5)"),
    ),
    ActionSpec(
        PAUSE,
        QT_TRANSLATE_NOOP("Actions", "&Pause"),
        "F6",
        QT_TRANSLATE_NOOP("Actions", "Pause live training (F6)"),
    ),
    ActionSpec(
        FASTEST,
        QT_TRANSLATE_NOOP("Actions", "As &Fast as Possible"),
        "Ctrl+F5",
        QT_TRANSLATE_NOOP(
            "Actions", "Train live as fast as possible; again to go back to the chosen speed (Ctrl+F5)"
        ),
        checkable=True,
    ),
    ActionSpec(
        STEP_INTO,
        QT_TRANSLATE_NOOP("Actions", "Step &Into (unit)"),
        "F11",
        QT_TRANSLATE_NOOP("Actions", "Reveal the next unit's computation (F11)"),
    ),
    ActionSpec(
        STEP_OVER,
        QT_TRANSLATE_NOOP("Actions", "Step &Over (layer)"),
        "F10",
        QT_TRANSLATE_NOOP("Actions", "Reveal the rest of the current layer (F10)"),
    ),
    ActionSpec(
        STEP_MAP,
        QT_TRANSLATE_NOOP("Actions", "Step Over &Map"),
        "Ctrl+F10",
        QT_TRANSLATE_NOOP(
            "Actions",
            "Reveal the rest of the current feature map of a conv or pool layer: one kernel over the "
            "whole picture (a layer without maps: the rest of the layer) (Ctrl+F10)",
        ),
    ),
    ActionSpec(
        STEP_OUT,
        QT_TRANSLATE_NOOP("Actions", "Step O&ut (phase)"),
        "Shift+F11",
        QT_TRANSLATE_NOOP(
            "Actions", "Go to the end of the current phase: forward, loss, backward or update (Shift+F11)"
        ),
    ),
    ActionSpec(
        NEXT_ITERATION,
        QT_TRANSLATE_NOOP("Actions", "&Next Iteration"),
        "F8",
        QT_TRANSLATE_NOOP("Actions", "Finish this iteration, or do the next one (F8)"),
    ),
    ActionSpec(
        NEXT_EPOCH,
        QT_TRANSLATE_NOOP("Actions", "Next &Epoch"),
        "Ctrl+F8",
        QT_TRANSLATE_NOOP("Actions", "Train to the end of the epoch (Ctrl+F8)"),
    ),
    ActionSpec(
        STEP_BACK,
        QT_TRANSLATE_NOOP("Actions", "Step &Back"),
        "Shift+F8",
        QT_TRANSLATE_NOOP("Actions", "Go back one unit; across iterations by rewinding (Shift+F8)"),
    ),
    ActionSpec(
        RESET,
        QT_TRANSLATE_NOOP("Actions", "R&eset"),
        "Ctrl+R",
        QT_TRANSLATE_NOOP("Actions", "Back to iteration 0 with the same seed (Ctrl+R)"),
    ),
    ActionSpec(
        RANDOMIZE,
        QT_TRANSLATE_NOOP("Actions", "Randomi&ze"),
        "Ctrl+Shift+R",
        QT_TRANSLATE_NOOP("Actions", "New seed: new data, weights and shuffling"),
    ),
    ActionSpec(
        FIT_VIEW,
        QT_TRANSLATE_NOOP("Actions", "&Fit Network to View"),
        "Ctrl+0",
        QT_TRANSLATE_NOOP("Actions", "Zoom the network to fit the canvas"),
    ),
    ActionSpec(
        RESET_LAYOUT,
        QT_TRANSLATE_NOOP("Actions", "Reset &Layout"),
        None,
        QT_TRANSLATE_NOOP("Actions", "Put every panel back in its default place and size"),
    ),
    ActionSpec(
        COMPARE,
        QT_TRANSLATE_NOOP("Actions", "&Compare…"),
        "Ctrl+Shift+C",
        QT_TRANSLATE_NOOP(
            "Actions", "Train variants of this experiment side by side: one setting varied, everything else locked"
        ),
    ),
    ActionSpec(
        WIDE_DEEP_ABLATION,
        QT_TRANSLATE_NOOP("Actions", "&Wide && Deep Ablation…"),
        "Ctrl+Shift+A",
        QT_TRANSLATE_NOOP(
            "Actions",
            "Train this Wide&Deep network as wide only, deep only and both with the same seed, data and "
            "batches, and see which test rows each gets right",
        ),
    ),
    ActionSpec(
        LANDSCAPE,
        QT_TRANSLATE_NOOP("Actions", "Loss &Landscape…"),
        "Ctrl+Shift+L",
        QT_TRANSLATE_NOOP(
            "Actions",
            "The loss over two parameters (pick edges on the canvas) at the current iteration, with the step −η·g",
        ),
    ),
    ActionSpec(
        PRESENTATION,
        QT_TRANSLATE_NOOP("Actions", "&Presentation Mode"),
        "F9",
        QT_TRANSLATE_NOOP("Actions", "Light theme, large fonts, thick lines; hides the controls (F9)"),
        checkable=True,
    ),
    ActionSpec(
        DARK_THEME,
        QT_TRANSLATE_NOOP("Actions", "&Dark Theme"),
        None,
        QT_TRANSLATE_NOOP("Actions", "Switch between the light and dark themes"),
        checkable=True,
    ),
    ActionSpec(
        EXERCISE_MODE,
        QT_TRANSLATE_NOOP("Actions", "E&xercise Mode"),
        "F7",
        QT_TRANSLATE_NOOP(
            "Actions",
            "Fill in the values after the cursor yourself: double-click a unit or weight to type one; "
            "each is judged at once (F7)",
        ),
        checkable=True,
    ),
    ActionSpec(
        LOAD_ANSWERS,
        QT_TRANSLATE_NOOP("Actions", "&Load Your Values…"),
        "Ctrl+L",
        QT_TRANSLATE_NOOP(
            "Actions",
            "Judge a file of your values of this iteration (CSV or JSON, as for 'nnviz check') "
            "in the exercise mode",
        ),
    ),
    ActionSpec(
        PASTE_ANSWERS,
        QT_TRANSLATE_NOOP("Actions", "&Paste Your Values"),
        "Ctrl+Shift+V",
        QT_TRANSLATE_NOOP(
            "Actions",
            "Judge your values of this iteration from the clipboard (CSV lines or JSON, as for 'nnviz check')",
        ),
    ),
)


def create_actions(parent: QWidget) -> dict[str, QAction]:
    """One QAction per :data:`SPECS` entry, keyed by ID; the shortcut is named in the tooltip."""
    actions = {}
    for spec in SPECS:
        action = QAction(parent)
        action.setObjectName(spec.id)
        if isinstance(spec.shortcut, QKeySequence.StandardKey):
            action.setShortcuts(spec.shortcut)  # every binding of the platform: Redo is Ctrl+Y and Ctrl+Shift+Z
        elif spec.shortcut is not None:
            action.setShortcut(QKeySequence(spec.shortcut))
        action.setCheckable(spec.checkable)
        actions[spec.id] = action
    retranslate_actions(actions)
    return actions


def retranslate_actions(actions: dict[str, QAction]) -> None:
    """Each action's text and tooltip in the current language (after a language change too)."""
    for spec in SPECS:
        action = actions[spec.id]
        action.setText(translate("Actions", spec.text))
        tooltip = translate("Actions", spec.tooltip)
        shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        tip = tooltip if not shortcut or shortcut in tooltip else f"{tooltip} ({shortcut})"
        action.setToolTip(tip)
        action.setStatusTip(tip)
