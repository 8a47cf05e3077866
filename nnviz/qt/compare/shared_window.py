"""The Compare window's Shared Landscape…: the runs of one start on one loss landscape.

The landscape (:func:`nnviz.session.compare.shared_plane.shared_landscape`) is computed in a
thread (NumPy leaves the interpreter to the window while it works) and drawn, as ``nnviz compare
--landscape`` draws it, in a window of its own with Export Figure….
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from nnviz.qt import export
from nnviz.qt.compare.export import shared_landscape_figure
from nnviz.qt.i18n import translate
from nnviz.qt.landscape_figure import LandscapeFigure
from nnviz.qt.landscape_window import EXPORT_FILTER, chosen_theme, theme_box
from nnviz.session.compare.results import Comparison
from nnviz.session.compare.shared_plane import shared_landscape


class SharedLandscapeWindow(QWidget):
    """A top-level window computing and showing ``comparison``'s shared landscape."""

    def __init__(self, comparison: Comparison, theme, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("shared_landscape_window")
        self.setWindowTitle(translate("Compare", "Shared Landscape — {0}").format(comparison.plan.name))
        self.comparison, self.theme = comparison, theme
        self.figure: LandscapeFigure | None = None
        self._job = {"result": None, "error": None, "done": False}
        self.message = QLabel(
            translate("Compare", "Computing the runs' shared landscape…"),
            objectName="shared_message",
            wordWrap=True,
        )
        self.export_button = QPushButton(
            translate("Compare", "Export Figure…"), objectName="shared_export", enabled=False
        )
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.pane = _Pane(self)
        top = QHBoxLayout()
        top.addWidget(self.message, 1)
        self.export_theme = theme_box("shared_export_theme")
        top.addWidget(self.export_theme)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pane, 1)
        self.resize(1100, 780)
        self._timer = QTimer(self, interval=30)
        self._timer.timeout.connect(self._on_timer_timeout)
        job = self._job

        def work() -> None:
            try:
                job["result"] = shared_landscape(comparison)
            except ValueError as error:
                job["error"] = str(error)
            job["done"] = True

        threading.Thread(target=work, name="nnviz shared landscape", daemon=True).start()
        self._timer.start()

    @property
    def computing(self) -> bool:
        return not self._job["done"] or self._timer.isActive()

    def _on_timer_timeout(self) -> None:
        if not self._job["done"]:
            return
        self._timer.stop()
        if self._job["error"]:
            self.message.setText(translate("Compare", "No shared landscape: {0}").format(self._job["error"]))
            return
        self.figure = self.make_figure((self.pane.width(), self.pane.height()))
        self.message.setText(translate("Compare", "The first seed's runs from their common start, on one plane."))
        self.export_button.setEnabled(True)
        self.pane.update()

    def make_figure(self, size: tuple[int, int], theme=None) -> LandscapeFigure:
        return shared_landscape_figure(self.comparison, theme or self.theme, size, self._job["result"])

    def _on_export_button_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, translate("Compare", "Export landscape"), "landscape.png", translate("Landscape", EXPORT_FILTER)
        )
        if path:
            self.export_figure(path)

    def export_figure(self, path: str, size: tuple[int, int] = (1400, 900)) -> Path:
        """Write the figure (the window's theme or the one chosen beside the button) at ``size`` to
        ``path``: what ``nnviz compare --landscape`` writes for the same runs in that theme."""
        try:
            figure = self.make_figure(size, chosen_theme(self.export_theme, self.theme))
            export.export(figure, Path(path), size=QSize(*size))
        except OSError as error:
            self.message.setText(translate("Compare", "Cannot export: {0}").format(error))
        return Path(path)


class _Pane(QWidget):
    def __init__(self, owner: SharedLandscapeWindow):
        super().__init__(owner)
        self.owner = owner
        self.setMinimumSize(520, 420)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        try:
            painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
            painter.fillRect(self.rect(), self.owner.theme.q("background"))
            if self.owner.figure is not None:
                self.owner.figure.size = (self.width(), self.height())
                self.owner.figure.paint(painter, False)
        finally:
            painter.end()
