"""The File menu's documents: open, new from preset, save, save as, the unsaved-work question
and the recent files (kept in ``QSettings``, newest first, at most :data:`MAX_RECENT`)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from nnviz.i18n import QT_TRANSLATE_NOOP
from nnviz.presets import load_experiment
from nnviz.qt.controller import Controller
from nnviz.qt.i18n import translate
from nnviz.qt.main_window import SETTINGS_APP, SETTINGS_ORG, MainWindow
from nnviz.qt.preset_dialog import choose_preset
from nnviz.session.workspace import Workspace

MAX_RECENT = 8
FILE_FILTER = QT_TRANSLATE_NOOP("documents", "nnviz experiments (*.json);;All files (*)")


class Documents:
    """Opens and saves the controller's workspace through dialogs; ``refresh`` redraws the
    window's title and state after a save under a new name."""

    def __init__(
        self,
        controller: Controller,
        window: MainWindow,
        recent_menu: QMenu,
        refresh: Callable[[], None],
        open_compare: Callable[[object], object] | None = None,
    ):
        self.controller = controller
        self._open_compare = open_compare
        """Shows a comparison lesson in the Compare window (the app's ``open_compare``)."""
        self.window = window
        self.recent_menu = recent_menu
        self._refresh = refresh

    def confirm_discard(self) -> bool:
        """Ask before unsaved work is lost; True when it is fine to go on."""
        if not self.controller.workspace.dirty:
            return True
        answer = QMessageBox.question(
            self.window,
            translate("documents", "Unsaved changes"),
            translate("documents", "The experiment has unsaved changes (settings or training). Save them first?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def open_path(self, path: str) -> bool:
        """Open a file or preset; a bad file leaves the current session as it was and says why. A
        comparison lesson's file opens in the Compare window instead (the session stays)."""
        from nnviz.session.compare.presets import is_lesson_file

        if self._open_compare is not None and is_lesson_file(path):
            return self.open_comparison_lesson(path) is not None
        if not self.confirm_discard():
            return False
        from nnviz.core.validate import ExperimentError

        try:
            experiment = load_experiment(path)
        except ExperimentError as error:
            QMessageBox.warning(
                self.window, translate("documents", "Cannot open experiment"), "\n".join(error.lines())
            )
            return False
        self.controller.set_workspace(Workspace(experiment))
        if experiment.path is not None and Path(path).is_file():
            self._remember_recent(str(Path(path).resolve()))
        self.window.show_message(translate("documents", "Opened {0}").format(experiment.name))
        return True

    def open_experiment(self, experiment) -> bool:
        """Make an experiment built elsewhere (a comparison's run) the session, after the unsaved-work question."""
        if not self.confirm_discard():
            return False
        self.controller.set_workspace(Workspace(experiment))
        self.window.show_message(translate("documents", "Opened {0}").format(experiment.name))
        return True

    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, translate("documents", "Open experiment"), "", translate("documents", FILE_FILTER)
        )
        if path:
            self.open_path(path)

    def new_from_preset(self) -> None:
        ws = self.controller.workspace  # the picker opens at the lesson on screen, if it is one
        chosen = choose_preset(self.window, Path(ws.experiment.path).stem if ws.shipped else None)
        if chosen is None:
            return
        if chosen.comparison:
            self.open_comparison_lesson(chosen.name)
        else:
            self.open_path(chosen.name)

    def open_comparison_lesson(self, name: str):
        """The shipped comparison lesson ``name`` in the Compare window; the session stays as it is.
        The window, or ``None`` with a message when the lesson cannot be read."""
        from nnviz.core.validate import ExperimentError
        from nnviz.session.compare import presets

        try:
            path = presets.find(name)
            if path is None:
                raise ExperimentError([f"{name}: no such comparison lesson"])
            lesson = presets.load(path)
        except ExperimentError as error:
            QMessageBox.warning(
                self.window, translate("documents", "Cannot open comparison lesson"), "\n".join(error.lines())
            )
            return None
        return self._open_compare(lesson)

    def save(self) -> bool:
        path = self.controller.workspace.experiment.path
        if path is None or str(path).startswith(str(_preset_dir())):
            return self.save_as()
        return self.controller.save(path)

    def save_as(self) -> bool:
        suggested = f"{self.controller.workspace.experiment.name}.json"
        path, _ = QFileDialog.getSaveFileName(
            self.window, translate("documents", "Save experiment"), suggested, translate("documents", FILE_FILTER)
        )
        if not path:
            return False
        ok = self.controller.save(path)
        if ok:
            self._remember_recent(str(Path(path).resolve()))
            self._refresh()
        return ok

    def _remember_recent(self, path: str) -> None:
        remember_recent(QSettings(SETTINGS_ORG, SETTINGS_APP), path)
        self.fill_recent_menu()

    def fill_recent_menu(self) -> None:
        """Show the remembered files in the Open Recent menu (disabled while there are none)."""
        self.recent_menu.clear()
        recent = recent_files(QSettings(SETTINGS_ORG, SETTINGS_APP))
        for path in recent:
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
        self.recent_menu.setEnabled(bool(recent))


def recent_files(settings: QSettings) -> list[str]:
    """The remembered files, newest first. An INI file gives a list of one back as a bare string."""
    recent = settings.value("recent", []) or []
    return [recent] if isinstance(recent, str) else [str(p) for p in recent]


def remember_recent(settings: QSettings, path: str) -> None:
    """Put ``path`` first among the remembered files (once), keeping at most :data:`MAX_RECENT`."""
    recent = [p for p in recent_files(settings) if p != path]
    settings.setValue("recent", [path, *recent][:MAX_RECENT])


def _preset_dir() -> Path:
    from nnviz.presets import preset_dir

    return preset_dir().resolve()
