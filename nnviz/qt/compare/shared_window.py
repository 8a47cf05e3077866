"""The Compare window's Shared Landscape…: the runs of one start on one loss landscape.

The landscape (:func:`nnviz.session.compare.shared_plane.shared_landscape`) is taken over fixed
axes chosen in the window — the paths' principal components, two random filter-normalised
directions, or two parameters written as ``nnviz compare --landscape-axes`` writes them — computed
in a thread (NumPy leaves the interpreter to the window while it works) and drawn, as ``nnviz
compare --landscape`` draws it, in a window of its own with Export Figure….
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt, QTimer
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from nnviz.errors import BadInput
from nnviz.qt import export
from nnviz.qt.compare.export import shared_axes, shared_landscape_figure
from nnviz.qt.export_dialog import ExportDialog
from nnviz.qt.figure_text import layout_size
from nnviz.qt.i18n import translate
from nnviz.qt.landscape_figure import LandscapeFigure
from nnviz.qt.live_text import LiveTexts, Retranslated
from nnviz.qt.window_size import open_size
from nnviz.session.compare.results import Comparison
from nnviz.session.compare.shared_plane import shared_landscape

VIEWS = (
    ("pca", QT_TRANSLATE_NOOP("Compare", "the paths' principal components")),
    ("random", QT_TRANSLATE_NOOP("Compare", "two random directions (filter-normalised)")),
    ("parameters", QT_TRANSLATE_NOOP("Compare", "two parameters")),
)
"""The axes the window offers: a ``--landscape-axes`` kind (or ``parameters``) and its name."""


class SharedLandscapeWindow(QWidget, Retranslated):
    """A top-level window computing and showing ``comparison``'s shared landscape."""

    def __init__(self, comparison: Comparison, theme, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("shared_landscape_window")
        self.texts = LiveTexts()
        self.texts.show(
            self.setWindowTitle,
            lambda: translate("Compare", "Shared Landscape — {0}").format(comparison.plan.name),
        )
        self.comparison, self.theme = comparison, theme
        self.figure: LandscapeFigure | None = None
        self._job = {"result": None, "error": None, "done": True}
        self.message = QLabel(objectName="shared_message", wordWrap=True)
        self.view = QComboBox(objectName="shared_view")
        self.texts.show_items(
            self.view, [(key, lambda name=name: translate("Compare", name)) for key, name in VIEWS]
        )
        self.texts.show(
            self.view.setToolTip, lambda: translate("Compare", "The fixed axes every run's path is drawn on")
        )
        self.view.currentIndexChanged.connect(self._on_view_current_index_changed)
        self.parameters = QLineEdit("1:1:1,1:1:b", objectName="shared_parameters", enabled=False)
        self.parameters.setMaximumWidth(140)
        self.texts.show(
            self.parameters.setToolTip,
            lambda: translate(
                "Compare", "Two parameters as LAYER:UNIT:SOURCE counted from 1, b for the bias, e.g. 1:2:1,2:1:b"
            ),
        )
        self.parameters.editingFinished.connect(self.compute)
        self.export_button = QPushButton(objectName="shared_export", enabled=False)
        self.texts.show(self.export_button.setText, lambda: translate("Compare", "Export Figure…"))
        self.texts.show(
            self.export_button.setToolTip,
            lambda: translate(
                "Compare", "Save the landscape on screen as PNG, SVG or PDF, at a scale, in a theme"
            ),
        )
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.pane = _Pane(self)
        top = QHBoxLayout()
        axes = QLabel()
        self.texts.show(axes.setText, lambda: translate("Compare", "Axes"))
        top.addWidget(axes)
        top.addWidget(self.view)
        top.addWidget(self.parameters)
        top.addWidget(self.message, 1)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pane, 1)
        self.resize(open_size(self, QSize(1100, 780)))
        self._timer = QTimer(self, interval=30)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.compute()

    @property
    def computing(self) -> bool:
        return not self._job["done"] or self._timer.isActive()

    def compute(self) -> None:
        """Start the landscape over the chosen axes in a thread (one still running is left to
        finish unseen); a parameter pair that cannot be read is said at once."""
        key = self.view.currentData()
        try:
            axes = shared_axes(self.comparison.plan, self.parameters.text() if key == "parameters" else key)
        except BadInput as error:
            self.texts.show(
                self.message.setText,
                lambda error=error: translate("Compare", "No shared landscape: {0}").format(error),
            )
            return
        job = self._job = {"result": None, "error": None, "done": False, "axes": axes}
        comparison = self.comparison

        def work() -> None:
            try:
                job["result"] = shared_landscape(comparison, axes=axes)
            except ValueError as error:
                job["error"] = str(error)
            job["done"] = True

        self.export_button.setEnabled(False)
        self.texts.show(
            self.message.setText, lambda: translate("Compare", "Computing the runs' shared landscape…")
        )
        threading.Thread(target=work, name="nnviz shared landscape", daemon=True).start()
        self._timer.start()

    def _on_view_current_index_changed(self, _index: int) -> None:
        self.parameters.setEnabled(self.view.currentData() == "parameters")
        self.compute()

    def _on_timer_timeout(self) -> None:
        if not self._job["done"]:
            return
        self._timer.stop()
        if self._job["error"]:
            error = self._job["error"]
            self.texts.show(
                self.message.setText, lambda: translate("Compare", "No shared landscape: {0}").format(error)
            )
            return
        self.figure = self.make_figure((self.pane.width(), self.pane.height()))
        self.texts.show(
            self.message.setText,
            lambda: translate("Compare", "The first seed's runs from their common start, on the same axes."),
        )
        self.export_button.setEnabled(True)
        self.pane.update()

    def retranslate(self) -> None:
        """Every text, and the figure's (its axes and legend are words), in the language installed now."""
        super().retranslate()
        if self.figure is not None:
            self.figure = self.make_figure(self.figure.size)
            self.pane.update()

    def make_figure(self, size: tuple[int, int], theme=None) -> LandscapeFigure:
        return shared_landscape_figure(self.comparison, theme or self.theme, size, self._job["result"])

    def _on_export_button_clicked(self) -> None:
        ExportDialog({}, self, drawn={"Landscape": self.drawn_figure}).exec()

    def drawn_figure(self, theme=None) -> tuple[LandscapeFigure, QSize]:
        """The figure on screen in ``theme`` (``None``: the window's), and its size."""
        size = QSize(self.pane.size())
        return self.make_figure((size.width(), size.height()), theme), size

    def export_figure(self, path: str, size: tuple[int, int] = (1400, 900), theme=None) -> Path:
        """Write the figure (the window's theme or ``theme``) at ``size`` to ``path``: what ``nnviz
        compare --landscape`` writes for the same runs and axes in that theme."""
        try:
            figure = self.make_figure(layout_size(size, (theme or self.theme).font_scale), theme)
            export.export(figure, Path(path), size=QSize(*size))
        except OSError as error:
            self.texts.show(
                self.message.setText, lambda error=error: translate("Compare", "Cannot export: {0}").format(error)
            )
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
