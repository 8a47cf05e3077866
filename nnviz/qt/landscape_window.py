"""Debug › Loss Landscape…: the loss over two parameters of the session's network at the cursor.

Pick the two parameters on the canvas (click an edge or a bias edge, then "Use selection" for
x or y) or in the lists, or a plane through every parameter (two random filter-normalised
directions, the path's first two principal components, the line from the path's start to now:
:mod:`nnviz.core.landscape_plane`); the surface is computed in a worker process
(:class:`~nnviz.session.landscape_job.LandscapeWorker`) with a progress bar, so the window and
the session answer while it is computed, and Cancel stops it. A result is remembered by state,
view and grid: asking again for the same one shows it at once. It is taken at the current iteration's
mini-batch and the parameters its forward pass used, as ``nnviz shot --panel landscape``
draws it (:mod:`nnviz.qt.landscape_figure`), with the run's path through the remembered states
(its last 2 000 iterations, replayed on a copy of the trainer from the session's nearest rewind snapshot).
Export Figure… opens the Export Figure dialog (:mod:`nnviz.qt.export_dialog`: scale, theme,
transparent background; PNG, SVG or PDF, or the clipboard) for the figure on screen.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nnviz.core.landscape import Coordinate
from nnviz.qt import export
from nnviz.qt.export_dialog import ExportDialog
from nnviz.qt.figure_text import layout_size
from nnviz.qt.i18n import translate
from nnviz.qt.landscape_figure import LandscapeFigure
from nnviz.qt.landscape_pane import LandscapePane
from nnviz.qt.landscape_shot import plane_labels
from nnviz.qt.live_text import LiveTexts, Retranslated
from nnviz.qt.window_size import open_size
from nnviz.session.landscape_job import LandscapeWorker, cache_key, job_at

VIEWS = (
    ("parameters", QT_TRANSLATE_NOOP("Landscape", "two parameters")),
    ("random", QT_TRANSLATE_NOOP("Landscape", "two random directions (filter-normalised)")),
    ("pca", QT_TRANSLATE_NOOP("Landscape", "the path's principal components")),
    ("line", QT_TRANSLATE_NOOP("Landscape", "the line from the path's start to now")),
)
"""The views the window offers: a key of :func:`nnviz.qt.landscape_shot.make_plane` (or
``parameters``) and its name."""
GRIDS = (21, 41, 61, 81)
"""The grids the window offers (points per side)."""
ZOOMS = (0.1, 0.25, 0.5, 1.0, 2.0, 4.0)
"""The ranges the window offers, as multiples of the view's usual half-width."""
CACHE_SIZE = 12
"""Landscapes remembered (the latest)."""


def parameters(network) -> list[tuple[str, Coordinate]]:
    """Every weight and bias of the dense layers, named as on the canvas."""
    out = []
    for k, layer in enumerate(network.layers, start=1):
        W = getattr(layer, "W", None)
        if W is None or W.ndim != 2:
            continue
        units, fan_in = W.shape
        for u in range(units):
            for s in range(fan_in + 1):
                c = Coordinate(k, u, s)
                out.append((c.label(fan_in), c))
    return out


class LandscapeWindow(QWidget, Retranslated):
    """A top-level window on ``controller``'s workspace."""

    def __init__(self, controller, theme, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("landscape_window")
        self.texts = LiveTexts()
        self.texts.show(self.setWindowTitle, lambda: translate("Landscape", "Loss Landscape"))
        self.controller, self.theme = controller, theme
        self.figure: LandscapeFigure | None = None
        self.shown: tuple | None = None
        """The (landscape, plane, path start) the figure draws."""
        self.path_start = 0
        """The iteration whose end the path's first point is."""
        self.worker = LandscapeWorker()
        self.cache: dict[tuple, tuple] = {}
        """:func:`~nnviz.session.landscape_job.cache_key` → (landscape, plane, path start)."""
        self._key: tuple | None = None
        self._timer = QTimer(self, interval=30)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.network = controller.workspace.experiment.network
        self.choices = parameters(self.network)
        self.x_choice = QComboBox(objectName="landscape_x")
        self.y_choice = QComboBox(objectName="landscape_y")
        for box in (self.x_choice, self.y_choice):
            for label, _ in self.choices:
                box.addItem(label)
        self.y_choice.setCurrentIndex(len(self.choices) - 1)
        self.use_x = QPushButton(objectName="landscape_use_x")
        self.use_y = QPushButton(objectName="landscape_use_y")
        for button in (self.use_x, self.use_y):
            self.texts.show(button.setText, lambda: translate("Landscape", "Use selection"))
        self.texts.show(
            self.use_x.setToolTip,
            lambda: translate("Landscape", "The edge or bias selected on the canvas as the x axis"),
        )
        self.texts.show(
            self.use_y.setToolTip,
            lambda: translate("Landscape", "The edge or bias selected on the canvas as the y axis"),
        )
        self.use_x.clicked.connect(lambda: self._use_selection(self.x_choice))
        self.use_y.clicked.connect(lambda: self._use_selection(self.y_choice))
        self.log = QCheckBox(objectName="landscape_log", checked=True)
        self.texts.show(self.log.setText, lambda: translate("Landscape", "log scale"))
        self.log.toggled.connect(self._on_log_toggled)
        self.compute_button = QPushButton(objectName="landscape_compute")
        self.texts.show(self.compute_button.setText, lambda: translate("Landscape", "Compute"))
        self.cancel_button = QPushButton(objectName="landscape_cancel", enabled=False)
        self.texts.show(self.cancel_button.setText, lambda: translate("Landscape", "Cancel"))
        self.compute_button.clicked.connect(self.compute)
        self.cancel_button.clicked.connect(self.cancel)
        self.message = QLabel(objectName="landscape_message", wordWrap=True)
        self._say(lambda: translate("Landscape", "Pick two parameters or a plane, then Compute."))
        self.view = QComboBox(objectName="landscape_view")
        self.texts.show_items(
            self.view, [(key, lambda name=name: translate("Landscape", name)) for key, name in VIEWS]
        )
        self.texts.show(
            self.view.setToolTip,
            lambda: translate(
                "Landscape",
                "Two real parameters, or a plane through every parameter: the path is then a projection onto it",
            ),
        )
        self.view.currentIndexChanged.connect(self._on_view_current_index_changed)
        self.export_button = QPushButton(objectName="landscape_export", enabled=False)
        self.texts.show(self.export_button.setText, lambda: translate("Landscape", "Export Figure…"))
        self.texts.show(
            self.export_button.setToolTip,
            lambda: translate(
                "Landscape", "Save the landscape on screen as PNG, SVG or PDF, at a scale, in a theme"
            ),
        )
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.progress = QProgressBar(objectName="landscape_progress", minimum=0, maximum=1000, value=0)
        self.progress.setMaximumWidth(160)
        self.pane = LandscapePane(self)
        top = QHBoxLayout()
        top.addWidget(self._label(lambda: translate("Landscape", "View")))
        top.addWidget(self.view)
        for widget in (QLabel("x"), self.x_choice, self.use_x, QLabel("y"), self.y_choice, self.use_y):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.compute_button)
        top.addWidget(self.cancel_button)
        top.addWidget(self.progress)
        layout = QVBoxLayout(self)
        self.grid = QComboBox(objectName="landscape_grid")
        for n in GRIDS:
            self.grid.addItem(f"{n}×{n}", n)
        self.grid.setCurrentIndex(GRIDS.index(41))
        self.texts.show(
            self.grid.setToolTip, lambda: translate("Landscape", "Grid points per side (more: finer, slower)")
        )
        self.zoom = QComboBox(objectName="landscape_zoom")
        for z in ZOOMS:
            self.zoom.addItem(f"×{z:g}", z)
        self.zoom.setCurrentIndex(ZOOMS.index(1.0))
        self.texts.show(
            self.zoom.setToolTip,
            lambda: translate("Landscape", "The range around the current point, as a multiple of the usual one"),
        )
        second = QHBoxLayout()
        for widget in (
            self._label(lambda: translate("Landscape", "Grid")),
            self.grid,
            self._label(lambda: translate("Landscape", "Range")),
            self.zoom,
            self.log,
        ):
            second.addWidget(widget)
        second.addWidget(self.message, 1)  # the rows fit 1366 px in the presentation theme
        second.addWidget(self.export_button)
        layout.addLayout(top)
        layout.addLayout(second)
        layout.addWidget(self.pane, 1)
        self.resize(open_size(self, QSize(1000, 760)))

    def _label(self, make) -> QLabel:
        label = QLabel()
        self.texts.show(label.setText, make)
        return label

    def _say(self, make) -> None:
        """Show ``make()`` as the window's message (made again in a new language)."""
        self.texts.show(self.message.setText, make)

    def retranslate(self) -> None:
        """Every text, and the figure's (axis names, title, legend), in the language installed now."""
        super().retranslate()
        for row, (label, _) in enumerate(parameters(self.network)):  # "b1 (layer 2)" has words
            self.x_choice.setItemText(row, label)
            self.y_choice.setItemText(row, label)
        if self.shown is not None:
            self.figure = self._figure(*self.shown)
            self.pane.update()

    def _use_selection(self, box: QComboBox) -> None:
        selection = self.controller.selection
        if selection is None or selection.source is None or selection.layer < 1:
            self._say(lambda: translate("Landscape", "Select an edge (or a bias edge) on the canvas first."))
            return
        wanted = Coordinate(selection.layer, selection.unit, selection.source)
        for i, (_, c) in enumerate(self.choices):
            if c == wanted:
                box.setCurrentIndex(i)

    @property
    def computing(self) -> bool:
        return self._key is not None

    def compute(self) -> bool:
        """Start computing the landscape at the cursor's iteration (in the worker process), or
        show it at once if it was computed before."""
        ws = self.controller.workspace
        trace = ws.stepper.trace
        if trace is None:
            self._say(
                lambda: translate(
                    "Landscape", "Train or step one iteration first: the landscape is taken at an iteration."
                )
            )
            return False
        kind = self.view.currentData()
        x_c, y_c = self.choices[self.x_choice.currentIndex()][1], self.choices[self.y_choice.currentIndex()][1]
        if kind == "parameters" and x_c == y_c:
            self._say(lambda: translate("Landscape", "Pick two different parameters."))
            return False
        self.cancel()
        axes = (x_c, y_c) if kind == "parameters" else None
        grid, zoom = self.grid.currentData(), self.zoom.currentData()
        job = job_at(ws.stepper, kind, axes, ws.experiment.seed, grid, zoom)
        self.axes = (self.x_choice.currentIndex(), self.y_choice.currentIndex())
        key = cache_key(job)
        if key in self.cache:
            self._show(*self.cache[key])
            return True
        self._key = key
        self._start = job.start
        self.worker.submit(job)
        iteration = trace.iteration
        self._say(lambda: translate("Landscape", "Computing the landscape at iteration {0}…").format(iteration))
        self.compute_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setValue(0)
        self._timer.start()
        return True

    def cancel(self) -> None:
        """Stop the computation going on (the worker is stopped; the session is untouched)."""
        if self._key is not None:
            self.worker.cancel()
            self._key = None
            self._say(lambda: translate("Landscape", "Cancelled."))
        self._timer.stop()
        self.compute_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.progress.setValue(0)

    def _on_timer_timeout(self) -> None:
        if self._key is None:
            return
        message = self.worker.poll()
        self.progress.setValue(round(1000 * self.worker.progress))
        if message is None:
            return
        key, self._key = self._key, None
        self.cancel()
        if message[0] == "error":
            self._say(lambda error=message[1]: translate("Landscape", "Cannot compute: {0}").format(error))
            return
        result = (message[1], message[2], self._start)
        self.cache[key] = result
        while len(self.cache) > CACHE_SIZE:
            self.cache.pop(next(iter(self.cache)))
        self._show(*result)

    def _show(self, scape, plane, start: int) -> None:
        self.path_start = start
        self.shown = (scape, plane, start, self.axes)
        self.figure = self._figure(*self.shown)
        self.export_button.setEnabled(True)
        self.progress.setValue(self.progress.maximum())  # done: the bar stays full, as Compare's
        self._say(
            lambda: translate(
                "Landscape", "Loss {0:.6g} at the current point; step −η·g of length {1:.4g}."
            ).format(scape.center_loss, scape.step_length)
        )
        self.pane.update()

    def _figure(self, scape, plane, start: int, axes: tuple[int, int]) -> LandscapeFigure:
        """The figure of ``scape`` at the pane's size, its axes named in the current language."""
        if plane is None:
            labels = tuple(
                self.x_choice.itemText(row) if k == 0 else self.y_choice.itemText(row)
                for k, row in enumerate(axes)
            )
        else:
            labels = plane_labels(plane, start)
        return LandscapeFigure(
            scape, labels, self.theme, (self.pane.width(), self.pane.height()), self.log.isChecked()
        )

    def rewind_to_path_point(self, index: int) -> None:
        """Rewind the session to the path point ``index``: the end of iteration start + index."""
        iteration = self.path_start + index
        self.controller.rewind_to(iteration)
        self._say(
            lambda: translate(
                "Landscape", "Rewound the session to the end of iteration {0}; Compute for the landscape there."
            ).format(iteration)
        )

    def _on_view_current_index_changed(self, index: int) -> None:
        two = self.view.itemData(index) == "parameters"
        for widget in (self.x_choice, self.y_choice, self.use_x, self.use_y):
            widget.setEnabled(two)

    def _on_export_button_clicked(self) -> None:
        ExportDialog({}, self, drawn={"Landscape": self.drawn_figure}).exec()

    def drawn_figure(self, theme=None) -> tuple[LandscapeFigure, QSize]:
        """The figure on screen (its scale), in ``theme`` (``None``: the window's), and its size."""
        size = (self.pane.width(), self.pane.height())
        figure = LandscapeFigure(
            self.figure.scape, self.figure.labels, theme or self.theme, size, self.log.isChecked()
        )
        return figure, QSize(*size)

    def export_figure(self, path: str, size: tuple[int, int] = (1200, 800), theme=None) -> Path:
        """Write the figure on screen (its scale; the window's theme or ``theme``) at ``size`` to
        ``path`` (.png, .svg or .pdf), as ``nnviz shot --panel landscape`` writes one."""
        theme = theme or self.theme
        layout = layout_size(size, theme.font_scale)
        figure = LandscapeFigure(self.figure.scape, self.figure.labels, theme, layout, self.log.isChecked())
        try:
            export.export(figure, Path(path), size=QSize(*size))
        except OSError as error:
            self._say(lambda error=error: translate("Landscape", "Cannot write {0}: {1}").format(path, error))
        return Path(path)

    def _on_log_toggled(self, checked: bool) -> None:
        if self.figure is not None:
            self.figure = LandscapeFigure(
                self.figure.scape, self.figure.labels, self.theme, self.figure.size, checked
            )
            self.pane.update()

    def closeEvent(self, event) -> None:
        self.cancel()
        self.worker.close()
        super().closeEvent(event)
