"""Every command of the app as a QAction, defined once: ID (object name), text, shortcut, tooltip.

:func:`create_actions` builds them; ``nnviz.qt.app`` connects them in one place.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


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
        "&New from Preset…",
        QKeySequence.StandardKey.New,
        "Start from one of the shipped lessons (XOR, spiral, vanishing gradients…)",
    ),
    ActionSpec(OPEN, "&Open…", QKeySequence.StandardKey.Open, "Open an experiment file (.json)"),
    ActionSpec(SAVE, "&Save", QKeySequence.StandardKey.Save, "Save the experiment, trained state included"),
    ActionSpec(SAVE_AS, "Save &As…", QKeySequence.StandardKey.SaveAs, "Save the experiment under a new name"),
    ActionSpec(
        EXPORT_FIGURE, "&Export Figure…", "Ctrl+E", "Export the network, a plot or the window as PNG, SVG or PDF"
    ),
    ActionSpec(
        EXPORT_WORKED_EXAMPLE,
        "Export &Worked Example…",
        "Ctrl+Shift+E",
        "Write the current iteration as a Markdown or LaTeX worked example",
    ),
    ActionSpec(
        EXPORT_EXERCISE,
        "Export E&xercise…",
        None,
        "Write the current iteration as a worksheet with blank boxes (Markdown, LaTeX, PDF or a CSV for "
        "'nnviz check') and its answer key beside it",
    ),
    ActionSpec(
        EXPORT_FRAMES,
        "Export Step &Frames…",
        None,
        "Export one picture per step of the current iteration (PNGs and an animated GIF)",
    ),
    ActionSpec(QUIT, "&Quit", QKeySequence.StandardKey.Quit, "Quit nnviz"),
    ActionSpec(UNDO, "&Undo", QKeySequence.StandardKey.Undo, "Undo the last change of settings or weights"),
    ActionSpec(REDO, "&Redo", QKeySequence.StandardKey.Redo, "Redo the change just undone"),
    ActionSpec(RUN, "&Run / Continue", "F5", "Train live until paused or a breakpoint fires (F5)"),
    ActionSpec(PAUSE, "&Pause", "F6", "Pause live training (F6)"),
    ActionSpec(
        FASTEST,
        "As &Fast as Possible",
        "Ctrl+F5",
        "Train live as fast as possible; again to go back to the chosen speed (Ctrl+F5)",
        checkable=True,
    ),
    ActionSpec(STEP_INTO, "Step &Into (unit)", "F11", "Reveal the next unit's computation (F11)"),
    ActionSpec(STEP_OVER, "Step &Over (layer)", "F10", "Reveal the rest of the current layer (F10)"),
    ActionSpec(
        STEP_MAP,
        "Step Over &Map",
        "Ctrl+F10",
        "Reveal the rest of the current feature map of a conv or pool layer: one kernel over the "
        "whole picture (a layer without maps: the rest of the layer) (Ctrl+F10)",
    ),
    ActionSpec(
        STEP_OUT,
        "Step O&ut (phase)",
        "Shift+F11",
        "Go to the end of the current phase: forward, loss, backward or update (Shift+F11)",
    ),
    ActionSpec(NEXT_ITERATION, "&Next Iteration", "F8", "Finish this iteration, or do the next one (F8)"),
    ActionSpec(NEXT_EPOCH, "Next &Epoch", "Ctrl+F8", "Train to the end of the epoch (Ctrl+F8)"),
    ActionSpec(STEP_BACK, "Step &Back", "Shift+F8", "Go back one unit; across iterations by rewinding (Shift+F8)"),
    ActionSpec(RESET, "R&eset", "Ctrl+R", "Back to iteration 0 with the same seed (Ctrl+R)"),
    ActionSpec(RANDOMIZE, "Randomi&ze", "Ctrl+Shift+R", "New seed: new data, weights and shuffling"),
    ActionSpec(
        COMPARE,
        "&Compare…",
        "Ctrl+Shift+C",
        "Train variants of this experiment side by side: one setting varied, everything else locked",
    ),
    ActionSpec(
        LANDSCAPE,
        "Loss &Landscape…",
        "Ctrl+Shift+L",
        "The loss over two parameters (pick edges on the canvas) at the current iteration, with the step −η·g",
    ),
    ActionSpec(FIT_VIEW, "&Fit Network to View", "Ctrl+0", "Zoom the network to fit the canvas"),
    ActionSpec(RESET_LAYOUT, "Reset &Layout", None, "Put every panel back in its default place and size"),
    ActionSpec(
        PRESENTATION,
        "&Presentation Mode",
        "F9",
        "Light theme, large fonts, thick lines; hides the controls (F9)",
        checkable=True,
    ),
    ActionSpec(DARK_THEME, "&Dark Theme", None, "Switch between the light and dark themes", checkable=True),
    ActionSpec(
        EXERCISE_MODE,
        "E&xercise Mode",
        "F7",
        "Fill in the values after the cursor yourself: double-click a unit or weight to type one; "
        "each is judged at once (F7)",
        checkable=True,
    ),
    ActionSpec(
        LOAD_ANSWERS,
        "&Load Your Values…",
        "Ctrl+L",
        "Judge a file of your values of this iteration (CSV or JSON, as for 'nnviz check') in the exercise mode",
    ),
    ActionSpec(
        PASTE_ANSWERS,
        "&Paste Your Values",
        "Ctrl+Shift+V",
        "Judge your values of this iteration from the clipboard (CSV lines or JSON, as for 'nnviz check')",
    ),
)


def create_actions(parent: QWidget) -> dict[str, QAction]:
    """One QAction per :data:`SPECS` entry, keyed by ID; the shortcut is named in the tooltip."""
    actions = {}
    for spec in SPECS:
        action = QAction(spec.text, parent)
        action.setObjectName(spec.id)
        if spec.shortcut is not None:
            action.setShortcut(QKeySequence(spec.shortcut))
        shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        tip = spec.tooltip if not shortcut or shortcut in spec.tooltip else f"{spec.tooltip} ({shortcut})"
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.setCheckable(spec.checkable)
        actions[spec.id] = action
    return actions
