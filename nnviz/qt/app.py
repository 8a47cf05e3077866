"""The app: builds the window, its views and the controller, and wires every action in one place."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMenu, QMessageBox

from nnviz.core.explain import explain_backward, explain_forward, explain_weight
from nnviz.presets import load_experiment, preset_names, preset_title
from nnviz.qt import actions as A
from nnviz.qt.canvas_source import WorkspaceSource
from nnviz.qt.controller import Controller, Selection
from nnviz.qt.kinds import undrawn_message
from nnviz.qt.main_window import SETTINGS_APP, SETTINGS_ORG, MainWindow
from nnviz.qt.network_canvas import LABELS, QUANTITIES, NetworkCanvas
from nnviz.qt.platform_check import platform_failure_explained
from nnviz.qt.theme import DARK, LIGHT, PRESENTATION, THEMES, Theme, apply_to_application
from nnviz.qt.views import build_views
from nnviz.session import training_process
from nnviz.session.events import Granularity
from nnviz.session.workspace import Workspace

DEFAULT_PRESET = "xor-2-2-1"
MAX_RECENT = 8
FILE_FILTER = "nnviz experiments (*.json);;All files (*)"


class App:
    """The window, the controller and the wiring between them (no logic of its own)."""

    def __init__(self, workspace: Workspace, theme: Theme = LIGHT):
        self.controller = Controller(workspace, training_process=training_process.shared())
        self.window = MainWindow(self.controller)
        self.theme = theme
        self._plain_theme = LIGHT if theme.name == PRESENTATION.name else theme
        """The theme leaving presentation mode returns to (light or dark)."""
        apply_to_application(theme)  # before the panels, whose widgets take the application's font
        self.canvas = NetworkCanvas(WorkspaceSource(self.controller), theme=theme)
        self.canvas.setObjectName("network_canvas")
        self.window.set_central(self.canvas)
        self.views = build_views(self.window, self.controller, theme)
        self._build_menus()
        self._connect()
        self._show_theme(theme)
        self._on_controller_workspace_replaced()
        self._on_controller_stepped()

    # -- menus and toolbar --------------------------------------------------------------------------
    def _build_menus(self) -> None:
        w, act = self.window, self.window.actions_by_id
        menu = w.menuBar()
        file_menu = menu.addMenu("&File")
        for key in (A.NEW_FROM_PRESET, A.OPEN):
            file_menu.addAction(act[key])
        self.recent_menu = file_menu.addMenu("Open &Recent")
        self.recent_menu.setObjectName("recent_menu")
        for key in (
            A.SAVE,
            A.SAVE_AS,
            None,
            A.EXPORT_FIGURE,
            A.EXPORT_WORKED_EXAMPLE,
            A.EXPORT_FRAMES,
            None,
            A.QUIT,
        ):
            file_menu.addSeparator() if key is None else file_menu.addAction(act[key])
        edit_menu = menu.addMenu("&Edit")
        edit_menu.addAction(act[A.UNDO])
        edit_menu.addAction(act[A.REDO])
        debug = menu.addMenu("&Debug")
        steps = (
            A.RUN,
            A.PAUSE,
            A.FASTEST,
            None,
            A.STEP_INTO,
            A.STEP_OVER,
            A.STEP_OUT,
            A.NEXT_ITERATION,
            A.NEXT_EPOCH,
            A.STEP_BACK,
            None,
            A.RESET,
            A.RANDOMIZE,
        )
        for key in steps:
            debug.addSeparator() if key is None else debug.addAction(act[key])
        view = menu.addMenu("&View")
        view.addAction(act[A.FIT_VIEW])
        view.addAction(act[A.RESET_LAYOUT])
        self.edge_group = self._choice_menu(
            view.addMenu("&Edges Show"),
            QUANTITIES,
            "auto",
            self.canvas.set_edge_quantity,
            {
                "auto": "Follow the Cursor",
                "weight": "Weights w",
                "gradient": "Gradients ∂L/∂w",
                "update": "Updates Δw",
            },
        )
        self.label_group = self._choice_menu(
            view.addMenu("Number &Labels"),
            LABELS,
            "off",
            self.canvas.set_labels,
            {
                "off": "Unit Values Only",
                "weights": "Weights",
                "gradients": "Gradients",
                "updates": "Updates Δw",
                "activations": "Activations",
                "none": "No Numbers (clean figure)",
            },
        )
        view.addSeparator()
        view.addAction(act[A.PRESENTATION])
        view.addAction(act[A.DARK_THEME])
        view.addSeparator()
        for dock in w.docks.values():
            view.addAction(dock.toggleViewAction())
        for key in (A.RUN, A.PAUSE, A.STEP_INTO, A.STEP_OVER, A.STEP_OUT, A.NEXT_ITERATION, A.STEP_BACK, A.RESET):
            w.toolbar.addAction(act[key])
        w.toolbar.addSeparator()
        w.toolbar.addWidget(w.speed)
        w.toolbar.addAction(act[A.FASTEST])

    def _choice_menu(self, menu: QMenu, values, current: str, apply, texts: dict) -> QActionGroup:
        group = QActionGroup(menu)
        for value in values:
            action = QAction(texts.get(value, value), menu, checkable=True)
            action.setObjectName(f"{menu.title().strip('&').lower().replace(' ', '_')}.{value}")
            action.setChecked(value == current)
            action.triggered.connect(lambda _=False, v=value: apply(v))
            group.addAction(action)
            menu.addAction(action)
        return group

    # -- wiring ---------------------------------------------------------------------------------------
    def _connect(self) -> None:
        c, w, act = self.controller, self.window, self.window.actions_by_id
        steps = {
            A.STEP_INTO: Granularity.UNIT,
            A.STEP_OVER: Granularity.LAYER,
            A.STEP_OUT: Granularity.PHASE,
            A.NEXT_ITERATION: Granularity.ITERATION,
            A.NEXT_EPOCH: Granularity.EPOCH,
        }
        for key, granularity in steps.items():
            act[key].triggered.connect(lambda _=False, g=granularity: c.step(g))
        act[A.STEP_BACK].triggered.connect(lambda: c.step_back(Granularity.UNIT))
        act[A.RUN].triggered.connect(c.run)
        act[A.PAUSE].triggered.connect(c.pause)
        act[A.RESET].triggered.connect(c.reset)
        act[A.RANDOMIZE].triggered.connect(c.randomize)
        act[A.UNDO].triggered.connect(c.undo)
        act[A.REDO].triggered.connect(c.redo)
        act[A.FIT_VIEW].triggered.connect(self.canvas.fit_to_view)
        act[A.RESET_LAYOUT].triggered.connect(self.window.reset_layout)
        act[A.DARK_THEME].triggered.connect(self._on_dark_theme_triggered)
        act[A.PRESENTATION].triggered.connect(self._on_presentation_triggered)
        act[A.NEW_FROM_PRESET].triggered.connect(self.new_from_preset)
        act[A.OPEN].triggered.connect(self.open_dialog)
        act[A.SAVE].triggered.connect(self.save)
        act[A.SAVE_AS].triggered.connect(self.save_as)
        act[A.QUIT].triggered.connect(w.close)
        act[A.EXPORT_FIGURE].triggered.connect(self.export_figure)
        act[A.EXPORT_WORKED_EXAMPLE].triggered.connect(self.export_worked_example)
        act[A.EXPORT_FRAMES].triggered.connect(self.export_frames)
        act[A.FASTEST].toggled.connect(w.speed.set_fastest)
        w.speed.speed_changed.connect(lambda speed: act[A.FASTEST].setChecked(speed is None))
        w.file_dropped.connect(self.open_path)
        w.close_requested.connect(self._on_window_close_requested)
        c.stepped.connect(self._on_controller_stepped)
        c.workspace_replaced.connect(self._on_controller_workspace_replaced)
        c.running_changed.connect(self._on_controller_running_changed)
        self._on_controller_running_changed(c.running)  # Pause starts disabled: nothing runs yet
        c.stopped.connect(self._on_controller_stopped)
        c.failed.connect(lambda text: w.show_message(f"Not changed: {text}", 12000))
        c.training_failed.connect(lambda text: w.show_message(text, 20000))
        c.settings_changed.connect(w.show_message)
        c.saved.connect(lambda path: w.show_message(f"Saved {path}"))
        c.selection_changed.connect(self._on_controller_selection_changed)
        self.canvas.unit_selected.connect(self._on_canvas_unit_selected)
        self.canvas.edge_selected.connect(self._on_canvas_edge_selected)
        self.canvas.parameter_edit_requested.connect(self._on_canvas_parameter_edit_requested)

    def _on_dark_theme_triggered(self, checked: bool) -> None:
        self.set_theme(DARK if checked else LIGHT)

    def _on_presentation_triggered(self, checked: bool) -> None:
        self.set_theme(PRESENTATION if checked else self._plain_theme)

    # -- themes -----------------------------------------------------------------------------------------
    def set_theme(self, theme: Theme) -> None:
        """Draw everything in ``theme`` — the widgets' palette and font, the canvas, every panel —
        and remember it. The presentation theme also hides the controls (the menu bar stays, so F9
        leaves); leaving it puts back the layout there was."""
        self.theme = theme
        apply_to_application(theme)
        self.window.follow_application_font()
        self.canvas.set_theme(theme)
        for panel in self.views.panels.values():
            if hasattr(panel, "set_theme"):
                panel.set_theme(theme)
        self._show_theme(theme)
        QSettings(SETTINGS_ORG, SETTINGS_APP).setValue("theme", theme.name)

    def _show_theme(self, theme: Theme) -> None:
        presenting = theme.name == PRESENTATION.name
        if not presenting:
            self._plain_theme = theme
        self.window.set_presenting(presenting)
        act = self.window.actions_by_id
        act[A.PRESENTATION].setChecked(presenting)
        act[A.DARK_THEME].setChecked(theme.dark)

    def _on_canvas_unit_selected(self, layer: int, unit: int) -> None:
        self.controller.select(Selection(layer, unit) if layer >= 1 and unit >= 0 else None)

    def _on_canvas_edge_selected(self, layer: int, unit: int, source: int) -> None:
        fan_in = self.controller.workspace.experiment.network.layers[layer - 1].fan_in
        self.controller.select(Selection(layer, unit, fan_in if source < 0 else source))

    def _on_canvas_parameter_edit_requested(self, layer: int, unit: int, source: int, value: float) -> None:
        self.controller.edit_parameter(layer, unit, "bias" if source < 0 else source, value)

    def _on_controller_stepped(self) -> None:
        ws = self.controller.workspace
        self.views.refresh_grids()
        self.canvas.refresh()
        pos = ws.stepper.position
        where = "before the first iteration" if pos.event is None else pos.event.label
        self.window.show_position(f"iteration {pos.iteration} · epoch {pos.epoch} · {where}")
        act = self.window.actions_by_id
        act[A.STEP_BACK].setEnabled(ws.stepper.can_step_back)
        act[A.UNDO].setEnabled(ws.can_undo())
        act[A.REDO].setEnabled(ws.can_redo())
        if self.window.isWindowModified() != ws.dirty:  # setting it sets the window's title again
            self.window.setWindowModified(ws.dirty)
        self.canvas.show_note(self._selection_note())

    def _on_controller_workspace_replaced(self) -> None:
        ws = self.controller.workspace
        path = ws.experiment.path
        name = path.name if path else ws.experiment.name
        self.window.setWindowTitle(f"{name}[*] — nnviz")
        self.views.refresh_grids()
        self.canvas.refresh()
        self.canvas.fit_to_view()

    def _on_controller_running_changed(self, running: bool) -> None:
        act = self.window.actions_by_id
        act[A.RUN].setEnabled(not running)
        act[A.PAUSE].setEnabled(running)
        warning = None if running else self.controller.workspace.training_warning()
        if warning:
            self.window.show_message(f"Warning: {warning}", 0)

    def _on_controller_stopped(self, message: str) -> None:
        stop = self.controller.last_stop
        if stop is not None and stop.event is not None:
            event = stop.event
            if event.unit is not None:
                self.controller.select(Selection(event.layer, event.unit))
            elif event.phase == "loss":  # the loss overflowed: point at the output unit
                self.controller.select(Selection(len(self.controller.workspace.experiment.network.layers), 0))
        self.window.show_message(f"Paused: {message}", 0)

    def _on_controller_selection_changed(self) -> None:
        self.canvas.show_note(self._selection_note())

    def _selection_note(self) -> str:
        """The newest revealed chain-rule sentence of the selection, for the canvas's note."""
        sel, ws = self.controller.selection, self.controller.workspace
        trace, stepper = ws.stepper.trace, ws.stepper
        if sel is None or trace is None:
            return ""
        net = ws.experiment.network
        if sel.is_unit:
            if stepper.is_revealed("backward", sel.layer, sel.unit):
                lines = explain_backward(
                    trace, sel.layer, sel.unit, ws.sample, network=net, loss=ws.experiment.trainer.loss
                )
            elif stepper.is_revealed("forward", sel.layer, sel.unit):
                lines = explain_forward(trace, sel.layer, sel.unit, ws.sample, network=net)
            else:
                return ""
            return "<br>".join(lines[-2:])
        if not stepper.is_revealed("backward", sel.layer, sel.unit):
            return ""
        lines = explain_weight(
            trace, sel.layer, sel.unit, sel.source, ws.sample, regularizer=ws.experiment.trainer.regularizer
        )
        return "<br>".join(lines[1:3])

    # -- files ------------------------------------------------------------------------------------------
    def confirm_discard(self) -> bool:
        """Ask before unsaved work is lost; True when it is fine to go on."""
        if not self.controller.workspace.dirty:
            return True
        answer = QMessageBox.question(
            self.window,
            "Unsaved changes",
            "The experiment has unsaved changes (settings or training). Save them first?",
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def open_path(self, path: str) -> bool:
        """Open a file or preset; a bad file leaves the current session as it was and says why."""
        if not self.confirm_discard():
            return False
        from nnviz.core.validate import ExperimentError

        try:
            experiment = load_experiment(path)
        except ExperimentError as error:
            QMessageBox.warning(self.window, "Cannot open experiment", "\n".join(error.lines()))
            return False
        undrawn = undrawn_message(experiment, str(path))
        if undrawn:
            QMessageBox.warning(self.window, "Not drawn yet", f"{undrawn}\n\nThe current session stays open.")
            return False
        self.controller.set_workspace(Workspace(experiment))
        if experiment.path is not None and Path(path).is_file():
            self._remember_recent(str(Path(path).resolve()))
        self.window.show_message(f"Opened {experiment.name}")
        return True

    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, "Open experiment", "", FILE_FILTER)
        if path:
            self.open_path(path)

    def new_from_preset(self) -> None:
        names = preset_names()
        titles = [f"{preset_title(n)}  ({n})" for n in names]
        choice, ok = QInputDialog.getItem(self.window, "New from preset", "Lesson:", titles, 0, False)
        if ok and choice:
            self.open_path(names[titles.index(choice)])

    def save(self) -> bool:
        path = self.controller.workspace.experiment.path
        if path is None or str(path).startswith(str(_preset_dir())):
            return self.save_as()
        return self.controller.save(path)

    def save_as(self) -> bool:
        suggested = f"{self.controller.workspace.experiment.name}.json"
        path, _ = QFileDialog.getSaveFileName(self.window, "Save experiment", suggested, FILE_FILTER)
        if not path:
            return False
        ok = self.controller.save(path)
        if ok:
            self._remember_recent(str(Path(path).resolve()))
            self._on_controller_workspace_replaced()
            self._on_controller_stepped()
        return ok

    # -- exports -----------------------------------------------------------------------------------------
    def figure_targets(self) -> dict:
        """Every exportable figure by its menu name, each a callable giving the widget (up to date)."""
        plots, data = self.views.panels["plots"], self.views.panels["data"]
        targets = {"Network": lambda: self.canvas, "Data": lambda: data.export_widgets()["data"]}
        for key in ("loss", "accuracy", "gradients", "activation", "softmax", "fit"):
            targets[key.capitalize()] = lambda k=key: plots.export_widgets()[k]
        targets["Whole window"] = lambda: self.window
        return targets

    def export_figure(self) -> None:
        from nnviz.qt.export_dialog import ExportDialog

        ExportDialog(self.figure_targets(), self.window).exec()

    def export_worked_example(self) -> Path | None:
        """The current iteration as a Markdown or LaTeX worked example (by the file name's ending)."""
        from nnviz.worked_example import render

        ws = self.controller.workspace
        trace = ws.stepper.trace
        if trace is None:
            self.window.show_message("Step into an iteration first: there is nothing to write out yet")
            return None
        filters = "Markdown (*.md);;LaTeX (*.tex)"
        path, _ = QFileDialog.getSaveFileName(self.window, "Export worked example", "worked-example.md", filters)
        if not path:
            return None
        fmt = "latex" if path.lower().endswith(".tex") else "markdown"
        try:
            Path(path).write_text(
                render(ws.experiment, [trace], fmt, sample=int(trace.samples[ws.sample])), encoding="utf-8"
            )
        except OSError as error:
            self.window.show_message(f"Not saved: {error.strerror or error}")
            return None
        self.window.show_message(f"Worked example of iteration {trace.iteration} written to {path}")
        return Path(path)

    def export_frames(self) -> list[Path]:
        """One PNG per step of the current iteration (and a GIF), at a granularity the user picks."""
        from nnviz.qt.frames import GRANULARITIES, export_step_frames

        choice, ok = QInputDialog.getItem(
            self.window, "Export step frames", "One frame per:", list(GRANULARITIES), 0, False
        )
        if not ok:
            return []
        folder = QFileDialog.getExistingDirectory(self.window, "Folder for the frames")
        if not folder:
            return []
        self.controller.pause()
        paths = export_step_frames(self.controller.workspace, folder, choice, theme=self.canvas.theme)
        self._on_controller_stepped()
        self.window.show_message(f"{len(paths)} frames and steps.gif written to {folder}")
        return paths

    def _remember_recent(self, path: str) -> None:
        settings = QSettings(SETTINGS_ORG, SETTINGS_APP)
        recent = [p for p in (settings.value("recent", []) or []) if p != path]
        settings.setValue("recent", [path, *recent][:MAX_RECENT])
        self._fill_recent_menu()

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = QSettings(SETTINGS_ORG, SETTINGS_APP).value("recent", []) or []
        for path in recent if isinstance(recent, list) else [recent]:
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
        self.recent_menu.setEnabled(bool(recent))

    def _on_window_close_requested(self, event: QCloseEvent) -> None:
        if self.confirm_discard():
            event.accept()
        else:
            event.ignore()


def _preset_dir() -> Path:
    from nnviz.presets import preset_dir

    return preset_dir().resolve()


def remembered_theme() -> Theme:
    """The theme chosen last time (:meth:`App.set_theme` remembers it); light at first."""
    return THEMES.get(str(QSettings(SETTINGS_ORG, SETTINGS_APP).value("theme", LIGHT.name)), LIGHT)


def main(path: str | Path | None = None) -> int:
    """Open the app on ``path`` (a file or preset; the XOR lesson by default) and run it."""
    if QApplication.instance() is None:  # fractional scale factors (150 %) as they are: crisp on high-DPI
        QApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    with platform_failure_explained():
        app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("nnviz")
    app.setOrganizationName(SETTINGS_ORG)
    experiment = load_experiment(path if path is not None else DEFAULT_PRESET)
    undrawn = undrawn_message(experiment, str(path))
    if undrawn:  # open the default lesson instead, and say why
        experiment = load_experiment(DEFAULT_PRESET)
    nnviz_app = App(Workspace(experiment), theme=remembered_theme())
    nnviz_app.window.restore_layout()
    nnviz_app._fill_recent_menu()
    nnviz_app.window.show()
    if undrawn:
        QMessageBox.warning(nnviz_app.window, "Not drawn yet", f"{undrawn}\n\nOpened {experiment.name} instead.")
    nnviz_app.window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    _boot_training_process()
    return app.exec()


def _boot_training_process() -> None:
    """Start the training process now, so that it is ready by the first Run (it boots in about
    0.3 s); if it cannot start, the first Run says so and trains in the window."""
    try:
        training_process.shared().start()
    except training_process.TrainingProcessError:
        pass
