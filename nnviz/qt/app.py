"""The app: builds the window, its views and the controller, and wires every action in one place."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication

from nnviz.presets import load_experiment
from nnviz.qt import actions as A
from nnviz.qt.actions import retranslate_actions
from nnviz.qt.canvas_source import WorkspaceSource
from nnviz.qt.compare.ablation_window import AblationWindow, ablation_applies
from nnviz.qt.compare.window import CompareWindow
from nnviz.qt.controller import Controller
from nnviz.qt.documents import Documents
from nnviz.qt.exercise_mode import ExerciseDialogs
from nnviz.qt.export_menu import ExportMenu
from nnviz.qt.i18n import SETTINGS_KEY as LANGUAGE_KEY
from nnviz.qt.i18n import install_language, remembered_language, translate
from nnviz.qt.landscape_window import LandscapeWindow
from nnviz.qt.live_text import retranslate_windows
from nnviz.qt.main_window import SETTINGS_APP, SETTINGS_ORG, MainWindow
from nnviz.qt.menus import Menus
from nnviz.qt.network_canvas import NetworkCanvas
from nnviz.qt.platform_check import platform_failure_explained
from nnviz.qt.theme import DARK, LIGHT, PRESENTATION, THEMES, Theme, apply_to_application
from nnviz.qt.views import build_views
from nnviz.session import training_process
from nnviz.session.events import Granularity
from nnviz.session.inspection import note_lines
from nnviz.session.perceptron_count import rule_count_text
from nnviz.session.selection import Selection
from nnviz.session.workspace import Workspace

DEFAULT_PRESET = "xor-2-2-1"


class App:
    """The window, the controller and the wiring between them (no logic of its own)."""

    def __init__(self, workspace: Workspace, theme: Theme = LIGHT):
        self.controller = Controller(workspace, training_process=training_process.shared())
        self.window = MainWindow(self.controller)
        self.theme = theme
        self._plain_theme = LIGHT if theme.name == PRESENTATION.name else theme
        """The theme leaving presentation mode returns to (light or dark)."""
        self._stop_note = None
        """Where the last stop was said in the status bar, and the words (cleared when the cursor moves on)."""
        apply_to_application(theme)  # before the panels, whose widgets take the application's font
        self.canvas = NetworkCanvas(WorkspaceSource(self.controller), theme=theme)
        self.canvas.setObjectName("network_canvas")
        self.window.set_central(self.canvas)
        self.views = build_views(self.window, self.controller, theme)
        self.menus = Menus(self.window, self.canvas, self.set_language)
        self.documents = Documents(
            self.controller, self.window, self.menus.recent_menu, self._refresh, open_compare=self.open_compare
        )
        self.exports = ExportMenu(self.controller, self.window, self.canvas, self.views, self._refresh)
        self.exercise = ExerciseDialogs(self.controller, self.window)
        self._connect()
        self._show_theme(theme)
        self._on_controller_workspace_replaced()
        self._on_controller_stepped()

    # -- wiring ---------------------------------------------------------------------------------------
    def _connect(self) -> None:
        c, w, act = self.controller, self.window, self.window.actions_by_id
        steps = {
            A.STEP_INTO: Granularity.UNIT,
            A.STEP_MAP: Granularity.MAP,
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
        act[A.COMPARE].triggered.connect(lambda: self.open_compare())
        act[A.WIDE_DEEP_ABLATION].triggered.connect(self.open_ablation)
        act[A.LANDSCAPE].triggered.connect(self.open_landscape)
        act[A.NEW_FROM_PRESET].triggered.connect(self.new_from_preset)
        act[A.OPEN].triggered.connect(self.open_dialog)
        act[A.SAVE].triggered.connect(self.save)
        act[A.SAVE_AS].triggered.connect(self.save_as)
        act[A.QUIT].triggered.connect(w.close)
        act[A.EXPORT_FIGURE].triggered.connect(self.export_figure)
        act[A.EXPORT_WORKED_EXAMPLE].triggered.connect(self.export_worked_example)
        act[A.EXPORT_EXERCISE].triggered.connect(self.export_exercise)
        act[A.EXPORT_FRAMES].triggered.connect(self.export_frames)
        act[A.EXERCISE_MODE].triggered.connect(self.exercise.set_mode)
        act[A.LOAD_ANSWERS].triggered.connect(self.exercise.load)
        act[A.PASTE_ANSWERS].triggered.connect(self.exercise.paste)
        act[A.FASTEST].toggled.connect(w.speed.set_fastest)
        w.speed.speed_changed.connect(lambda speed: act[A.FASTEST].setChecked(speed is None))
        w.file_dropped.connect(self.open_path)
        w.close_requested.connect(self._on_window_close_requested)
        c.stepped.connect(self._on_controller_stepped)
        c.workspace_replaced.connect(self._on_controller_workspace_replaced)
        c.running_changed.connect(self._on_controller_running_changed)
        self._on_controller_running_changed(c.running)  # Pause starts disabled: nothing runs yet
        c.stopped.connect(self._on_controller_stopped)
        c.failed.connect(lambda text: w.show_message(translate("App", "Not changed: {0}").format(text), 12000))
        c.training_failed.connect(lambda text: w.show_message(text, 20000))
        c.settings_changed.connect(w.show_message)
        c.saved.connect(lambda path: w.show_message(translate("App", "Saved {0}").format(path)))
        c.selection_changed.connect(self._on_controller_selection_changed)
        self.canvas.unit_selected.connect(self._on_canvas_unit_selected)
        self.canvas.edge_selected.connect(self._on_canvas_edge_selected)
        self.canvas.parameter_edit_requested.connect(self._on_canvas_parameter_edit_requested)
        self.canvas.answer_requested.connect(self.exercise.ask)

    def _on_dark_theme_triggered(self, checked: bool) -> None:
        self.set_theme(DARK if checked else LIGHT)

    def _on_presentation_triggered(self, checked: bool) -> None:
        self.set_theme(PRESENTATION if checked else self._plain_theme)

    # -- language ---------------------------------------------------------------------------------------
    def set_language(self, lang: str) -> None:
        """Speak ``lang`` from now on, without a restart: the translators are swapped, every menu,
        action and dock title is set again and the panels are made again around the same controller,
        so the session (cursor, selection, undo stack, unsaved state) is untouched; the open tool
        windows set their texts again, keeping what they show. Remembered."""
        install_language(lang)
        QSettings(SETTINGS_ORG, SETTINGS_APP).setValue(LANGUAGE_KEY, lang)
        apply_to_application(self.theme)  # the Chinese face of the new language for the widgets
        self.window.follow_application_font()
        retranslate_actions(self.window.actions_by_id)
        self._name_undo_actions()
        self.menus.retranslate(lang)
        self.views.retranslate(self.theme)
        self.window.speed.retranslate()
        retranslate_windows(self.window)  # Compare, Ablation, Loss Landscape, Shared Landscape: open ones
        self.canvas.set_theme(self.theme)
        # the layers' captions are made with the layout, which is kept while the network is the same
        self.canvas.set_layout_options(self.canvas.layout_options)
        self._on_controller_workspace_replaced()
        self._on_controller_stepped()

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
        self._show_fit_in_place_of_data()
        act = self.window.actions_by_id
        act[A.PRESENTATION].setChecked(presenting)
        act[A.DARK_THEME].setChecked(theme.dark)

    def _show_fit_in_place_of_data(self) -> None:
        """Presenting a one-input regression, the plots stand where the data view would (it has only
        a hint: "the Fit plot draws one-input regression"): open their Fit tab, the data and the model."""
        plots, data = self.views.panels.get("plots"), self.views.panels.get("data")
        if self.window.presenting and getattr(data, "hint_only", False) and plots is not None:
            fit = plots.pages.get("fit")
            if fit is not None and not fit.showing_hint:
                plots.show_page("fit")

    def _on_canvas_unit_selected(self, layer: int, unit: int) -> None:
        fits = layer >= 1 and unit < self.controller.workspace.experiment.network.sizes[layer]  # not a bias unit
        self.controller.select(Selection(layer, unit) if fits else None)

    def _on_canvas_edge_selected(self, layer: int, unit: int, source: int) -> None:
        self.controller.select(Selection(layer, unit, source))

    def _on_canvas_parameter_edit_requested(self, layer: int, unit: int, source: int, value: float) -> None:
        self.controller.edit_parameter(layer, unit, source, value)

    def _on_controller_stepped(self) -> None:
        ws = self.controller.workspace
        self._clear_stale_stop_note()
        self.views.refresh_grids()
        self.canvas.refresh()
        pos = ws.stepper.position
        where = translate("App", "before the first iteration") if pos.event is None else pos.event.label
        text = translate("App", "iteration {0} · epoch {1} · {2}").format(pos.iteration, pos.epoch, where)
        rule = rule_count_text(ws.stepper)
        self.window.show_position(f"{text}{' · ' * bool(rule)}{rule}")
        act = self.window.actions_by_id
        act[A.STEP_BACK].setEnabled(ws.stepper.can_step_back)
        act[A.UNDO].setEnabled(ws.can_undo())
        act[A.REDO].setEnabled(ws.can_redo())
        self._name_undo_actions()
        act[A.EXERCISE_MODE].setChecked(ws.exercise is not None)
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
        self.window.actions_by_id[A.WIDE_DEEP_ABLATION].setEnabled(ablation_applies(ws.experiment))
        self.window.refit_presentation()
        self._show_fit_in_place_of_data()

    def _on_controller_running_changed(self, running: bool) -> None:
        act = self.window.actions_by_id
        act[A.RUN].setEnabled(not running)
        act[A.PAUSE].setEnabled(running)
        # Quick edges while a run goes (a slow frame must not make the next slower); full quality at rest.
        self.canvas.set_live(True if running else None)
        warning = None if running else self.controller.workspace.training_warning()
        if warning:
            self.window.show_message(translate("App", "Warning: {0}").format(warning), 0)

    def _name_undo_actions(self) -> None:
        """Edit › Undo and Redo say what they would undo and redo ("Undo Layer 1 units")."""
        ws, act = self.controller.workspace, self.window.actions_by_id
        for action, what, named, plain in (
            (act[A.UNDO], ws.undo_name(), translate("App", "&Undo {0}"), translate("Actions", "&Undo")),
            (act[A.REDO], ws.redo_name(), translate("App", "&Redo {0}"), translate("Actions", "&Redo")),
        ):
            action.setText(named.format(what) if what else plain)

    def _on_controller_stopped(self, message: str) -> None:
        stop = self.controller.last_stop
        if stop is not None and stop.event is not None:
            event = stop.event
            if event.unit is not None:
                self.controller.select(Selection(event.layer, event.unit))
            elif event.phase == "loss":  # the loss overflowed: point at the output unit
                self.controller.select(Selection(len(self.controller.workspace.experiment.network.layers), 0))
        text = translate("App", "Paused: {0}").format(message)
        self.window.show_message(text, 0)
        self._stop_note = (self.controller.workspace.stepper.position, text)

    def _clear_stale_stop_note(self) -> None:
        """A stop's "Paused: …" stays until the cursor leaves the place it stopped at (a run resumed, a
        step): then it would say the run is paused where it no longer is."""
        if self._stop_note is None:
            return
        where, text = self._stop_note
        if self.controller.workspace.stepper.position != where:
            self._stop_note = None
            if self.window.statusBar().currentMessage() == text:
                self.window.statusBar().clearMessage()

    def _on_controller_selection_changed(self) -> None:
        sel = self.controller.selection
        if sel is None:
            self.canvas.mark_selection(None)
        else:
            self.canvas.mark_selection(sel.layer, sel.unit, sel.source)
        self.canvas.show_note(self._selection_note())

    def _selection_note(self) -> str:
        """The newest revealed chain-rule sentence of the selection, for the canvas's note."""
        ws = self.controller.workspace
        return "<br>".join(note_lines(ws.step_view(), ws.stepper.trainer))

    # -- files and exports: thin delegations, the work is in documents.py and export_menu.py ------------
    def confirm_discard(self) -> bool:
        return self.documents.confirm_discard()

    def open_path(self, path: str) -> bool:
        return self.documents.open_path(path)

    def open_dialog(self) -> None:
        self.documents.open_dialog()

    def new_from_preset(self) -> None:
        self.documents.new_from_preset()

    def open_compare(self, lesson=None):
        """Debug › Compare…: a window comparing variants of the session's experiment (its settings, from
        the start), or with ``lesson`` (a :class:`~nnviz.session.compare.presets.ComparisonPreset`) the
        lesson's experiment, setting, values and text; a run it opens replaces the session as File ›
        Open does."""
        self.controller.pause()
        experiment = self.controller.workspace.experiment if lesson is None else lesson.experiment
        window = CompareWindow(experiment, self.theme, self.window, lesson)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.run_open_requested.connect(self.documents.open_experiment)
        window.show()
        return window

    def open_ablation(self) -> AblationWindow | None:
        """Debug › Wide & Deep Ablation…: the session's Wide&Deep network trained as wide only, deep
        only and both at once, in a Compare window; a run it opens replaces the session."""
        if not ablation_applies(self.controller.workspace.experiment):
            return None
        self.controller.pause()
        window = AblationWindow(self.controller.workspace.experiment, self.theme, self.window)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.run_open_requested.connect(self.documents.open_experiment)
        window.show()
        window.start()
        return window

    def open_landscape(self) -> LandscapeWindow:
        """Debug › Loss Landscape…: the loss over two parameters at the cursor's iteration."""
        self.controller.pause()
        window = LandscapeWindow(self.controller, self.theme, self.window)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.show()
        return window

    def save(self) -> bool:
        return self.documents.save()

    def save_as(self) -> bool:
        return self.documents.save_as()

    def figure_targets(self) -> dict:
        return self.exports.figure_targets()

    def export_figure(self) -> None:
        self.exports.export_figure()

    def export_worked_example(self) -> Path | None:
        return self.exports.export_worked_example()

    def export_exercise(self) -> list[Path]:
        return self.exports.export_exercise()

    def export_frames(self) -> list[Path]:
        return self.exports.export_frames()

    def _refresh(self) -> None:
        """Title and views again, as after a new workspace (a save under a new name, frames written)."""
        self._on_controller_workspace_replaced()
        self._on_controller_stepped()

    def _on_window_close_requested(self, event: QCloseEvent) -> None:
        if self.confirm_discard():
            event.accept()
        else:
            event.ignore()


def remembered_theme() -> Theme:
    """The theme chosen last time (:meth:`App.set_theme` remembers it); light at first."""
    return THEMES.get(str(QSettings(SETTINGS_ORG, SETTINGS_APP).value("theme", LIGHT.name)), LIGHT)


def main(path: str | Path | None = None, lang: str | None = None, comparison: str | None = None) -> int:
    """Open the app on ``path`` (a file or preset; the XOR lesson by default) and run it; with
    ``comparison``, that comparison lesson (a shipped one's name or a lesson file) opens in the
    Compare window too."""
    if QApplication.instance() is None:  # fractional scale factors (150 %) as they are: crisp on high-DPI
        QApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    with platform_failure_explained():
        app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("nnviz")
    app.setOrganizationName(SETTINGS_ORG)
    settings = QSettings(SETTINGS_ORG, SETTINGS_APP)
    if lang is not None:
        settings.setValue(LANGUAGE_KEY, lang)
    install_language(remembered_language(settings))
    experiment = load_experiment(path if path is not None else DEFAULT_PRESET)
    nnviz_app = App(Workspace(experiment), theme=remembered_theme())
    nnviz_app.window.restore_layout()
    nnviz_app.documents.fill_recent_menu()
    nnviz_app.window.show()
    nnviz_app.window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    if comparison is not None:
        nnviz_app.documents.open_comparison_lesson(comparison)
    _boot_training_process()
    return app.exec()


def _boot_training_process() -> None:
    """Start the training process now, so that it is ready by the first Run (it boots in about
    0.3 s); if it cannot start, the first Run says so and trains in the window."""
    try:
        training_process.shared().start()
    except training_process.TrainingProcessError:
        pass
