"""Data view: the data points over the network's output on the input plane, updated live.

For data with two raw inputs (before features) the view draws the network's
output over a 100×100 grid of the plane as one image — the decision boundary
for classification (orange = class 0, blue = class 1, or class colours blended
by probability), the predicted surface for regression — computed with one
batched forward pass per redraw. Training points are filled, test points
outlined. The current mini-batch is ringed in black, the traced sample in
purple; clicking a ringed point makes it the traced sample. Data of
categorical columns (a table) lists its rows instead
(:class:`~nnviz.qt.tabular_view.TabularView`), pictures show the test results.

The plot keeps the data's proportions (:class:`~nnviz.qt.plots.aspect.AspectBox`), so the
boundary fills it and the axes end at the data. The legend is one row (two, split between the
classes and the marks, only where one does not fit). An exported figure is the legend and the
plot: the caption below, a hint for the learner, stays out.

The view reads everything from ``controller.workspace`` and changes it only
through the controller.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from nnviz.core.numbering import sample_label
from nnviz.i18n import QT_TRANSLATE_NOOP
from nnviz.qt.controller import Controller
from nnviz.qt.i18n import translate
from nnviz.qt.image_results import ImageResultsView
from nnviz.qt.pacing import LivePacer
from nnviz.qt.plots.arrows import ArrowsLayer
from nnviz.qt.plots.aspect import AspectBox
from nnviz.qt.plots.plane import PlaneLayer, point_px
from nnviz.qt.plots.rings import Rings
from nnviz.qt.plots.style import (
    caption_label,
    caption_style,
    hint_style,
    make_plot_widget,
    raw_inputs,
    set_quick,
    style_plot,
)
from nnviz.qt.tabular_view import TabularView
from nnviz.qt.theme import LIGHT, Theme, ui_font
from nnviz.session import image_results, perceptron_arrows, row_table

BATCH_RING_PX = 7
"""Pixels a mini-batch ring is wider than a point."""
LIVE_CAPTION = QT_TRANSLATE_NOOP("data_view", "Training live · pause to trace a sample of the mini-batch")
TRACED_RING_PX = 15
"""Pixels the traced sample's ring is wider than a point."""


class DataView(QWidget):
    """The input plane of 2-D data with the decision boundary; see the module docstring."""

    message = Signal(str)
    """A hint for the status bar, e.g. why a clicked point cannot become the traced sample."""

    def __init__(self, controller: Controller, parent: QWidget | None = None, *, theme: Theme = LIGHT):
        super().__init__(parent)
        self.setObjectName("data_view")
        self.controller = controller
        self.theme = theme
        self.plot_widget = make_plot_widget(theme, "", "x1", "x2")
        self.plot = self.plot_widget.getPlotItem()
        self.plot_box = AspectBox(self.plot_widget)
        self.plane = PlaneLayer(self.plot, theme, box=self.plot_box)
        self.batch = Rings(point_px(theme) + BATCH_RING_PX)
        self.traced = Rings(point_px(theme) + TRACED_RING_PX)
        for item in (self.batch, self.traced):
            self.plot.addItem(item)
        self.arrows = ArrowsLayer(self.plot, theme)
        # The traced ring lies over a batch point: let clicks through to the points below.
        self.traced.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        for item in (self.plane.train, self.plane.test):
            item.sigClicked.connect(self._on_points_clicked)
        self.batch.clicked.connect(self._on_batch_clicked)
        self.legend = LegendLabel()
        self.legend.setObjectName("data_legend")
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self._legend_parts = ("", "")
        self.legend.installEventFilter(self)
        self.caption = caption_label(theme)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.figure = QWidget()
        self.figure.setObjectName("data_figure")
        self.figure.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.plot_box.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        figure_layout = QVBoxLayout(self.figure)
        figure_layout.setContentsMargins(0, 0, 0, 0)
        figure_layout.setSpacing(0)
        figure_layout.addWidget(self.legend)
        figure_layout.addWidget(self.plot_box, 1)
        self._style(theme)
        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.setSpacing(0)
        page_layout.addWidget(self.figure, 1)
        page_layout.addWidget(self.caption)
        self.stack = QStackedWidget()
        self.stack.addWidget(page)
        self.stack.addWidget(self.hint)
        self.images = ImageResultsView(controller, theme=theme)
        self.stack.addWidget(self.images)
        self.tabular = TabularView(controller, theme)
        self.stack.addWidget(self.tabular)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self._data = None
        self._stale = True
        controller.workspace_replaced.connect(self.rebuild)
        self.pacer = LivePacer(self, controller)
        controller.stepped.connect(self._on_controller_stepped)
        controller.running_changed.connect(self._on_controller_running_changed)
        self._rebuild_items()

    def set_theme(self, theme: Theme) -> None:
        """Draw in ``theme`` from now on (colours, fonts, line widths), and redraw."""
        self._style(theme)
        self.rebuild()

    def _style(self, theme: Theme) -> None:
        self.theme = self.plane.theme = theme
        self.setFont(ui_font(theme))
        self.plot_widget.setBackground(theme.background)
        for room in (self.plot_box, self.figure):  # the room beside the plot, in exports too
            room.setStyleSheet(f"#{room.objectName()} {{ background: {theme.background}; }}")
        style_plot(self.plot, theme, "", "x1", "x2")
        self.plot.showGrid(x=False, y=False)  # grid lines would stripe the decision boundary
        point = point_px(theme)
        self.batch.set_pen(pg.mkPen(theme.highlight, width=1.8 * theme.line_scale), point + BATCH_RING_PX)
        self.traced.set_pen(pg.mkPen(theme.selection, width=3.2 * theme.line_scale), point + TRACED_RING_PX)
        for label in (self.legend, self.caption):
            label.setStyleSheet(caption_style(theme))
        self.hint.setStyleSheet(hint_style(theme))
        if hasattr(self, "arrows"):
            self.arrows.set_theme(theme)
        if hasattr(self, "images"):
            self.images.set_theme(theme)
        if hasattr(self, "tabular"):
            self.tabular.set_theme(theme)

    @property
    def hint_only(self) -> bool:
        """Whether the view shows only a hint (one-input regression, other pictures), not the data."""
        return self.stack.currentWidget() is self.hint

    @property
    def is_plane(self) -> bool:
        """Whether the current data has two raw inputs, so the plane is drawn (else a hint)."""
        return self.stack.currentIndex() == 0

    # -- drawing --------------------------------------------------------------------------------
    def rebuild(self) -> None:
        """Points, grid and legend for the current experiment, then a redraw."""
        self._rebuild_items()
        self.refresh()

    def _rebuild_items(self) -> None:
        experiment = self.controller.workspace.experiment
        self._data = experiment.data
        d = raw_inputs(experiment)
        shape = experiment.network.input_shape
        if len(shape) == 3 and image_results.applies(experiment):
            self.stack.setCurrentWidget(self.images)  # a picture classifier: its results instead of a plane
            return
        if row_table.applies(experiment):
            self.stack.setCurrentWidget(self.tabular)  # a table: its rows instead of a plane
            return
        if len(shape) == 3:  # pictures: their pixels are the network's input grid
            self.hint.setText(
                translate(
                    "data_view",
                    "The data view draws the plane of two inputs; this data is pictures of {0}×{1} pixels: "
                    "the traced one is the input grid on the network canvas.",
                ).format(shape[1], shape[2])
            )
            self.stack.setCurrentIndex(1)
            return
        if d != 2:
            if d == 1:
                other = translate("data_view", "the Fit plot draws one-input regression")
                inputs = translate("data_view", "1 input")
            else:
                other = translate("data_view", "pick two inputs to see a plane")
                inputs = translate("data_view", "{d} inputs").format(d=d)
            text = translate(
                "data_view", "The data view draws the plane of two inputs; this data has {inputs} ({other})."
            )
            self.hint.setText(text.format(inputs=inputs, other=other))
            self.stack.setCurrentIndex(1)
            return
        self.stack.setCurrentIndex(0)
        self.plane.rebuild(experiment)
        self._rebuild_legend(experiment)
        self._stale = True
        self.batch.set_points(np.zeros((0, 2)))
        self.traced.set_points(np.zeros((0, 2)))

    def _rebuild_legend(self, experiment) -> None:
        t = self.theme
        train, test = translate("data_view", "train"), translate("data_view", "test")
        batch, traced = translate("data_view", "batch"), translate("data_view", "traced")
        marks = (
            f"<span style='color:{t.muted}'>●</span> {train} &nbsp; <span style='color:{t.muted}'>○</span> {test}"
            f" &nbsp; <span style='color:{t.highlight}'>◯</span> {batch}"
            f" &nbsp; <span style='color:{t.selection}'>◯</span> {traced}"
        )
        self._legend_parts = (self.plane.legend_html(experiment.data.class_names), marks)
        self._fit_legend()

    def _fit_legend(self) -> None:
        """The legend on one row, or split after the classes where one row would not fit."""
        colours, marks = self._legend_parts
        self.legend.setText(
            translate("data_view", "{colours} &nbsp;·&nbsp; {marks}").format(colours=colours, marks=marks)
        )
        if self.legend.sizeHint().width() > self.legend.width() > 0:
            self.legend.setText(
                translate("data_view", "{colours}<br>{marks}").format(colours=colours, marks=marks)
            )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if watched is self.legend and event.type() == QEvent.Type.Resize:
            self._fit_legend()  # whoever holds the legend (this view, or an export of it)
        return super().eventFilter(watched, event)

    def refresh(self) -> None:
        """Redraw from the workspace (skipped while hidden; done when shown again)."""
        if not self.isVisible():
            self._stale = True
            return
        self._draw()

    def unit_maps(self, step: int) -> list[np.ndarray] | None:
        """Every unit's output at every ``step``-th point of this view's grid, for the canvas's
        heatmaps (see :meth:`PlaneLayer.unit_maps`); ``None`` when the data is not a plane."""
        if self.controller.workspace.experiment.data is not self._data:
            self._rebuild_items()
        if not self.is_plane:
            return None
        return self.plane.unit_maps(self.controller.workspace.stepper, step)

    def _on_controller_stepped(self) -> None:
        if not self.pacer.due():
            self._stale = True  # a live run with the view off screen: drawn when shown or paused
            return
        self.refresh()

    def _on_controller_running_changed(self, running: bool) -> None:
        set_quick(self, running, still=(self.plane.train, self.plane.test))
        if not running:
            self.refresh()  # the full caption again

    def catch_up(self) -> None:
        """Redraw if a live run skipped a redraw (see :mod:`nnviz.qt.pacing`)."""
        if self._stale:
            self.refresh()

    def _draw(self) -> None:
        self._stale = False
        ws = self.controller.workspace
        if ws.experiment.data is not self._data:
            self._rebuild_items()
        if self.stack.currentWidget() is self.tabular:
            self.tabular.draw()
            return
        if not self.is_plane:
            return
        stepper = ws.stepper
        self.plane.draw(stepper)
        trace = stepper.trace
        points = ws.experiment.data.points_train
        if trace is None:
            self.arrows.draw([])
            self.batch.set_points(np.zeros((0, 2)))
            self.traced.set_points(np.zeros((0, 2)))
            self.caption.setText(
                translate("data_view", "No iteration yet: take a step to see the first mini-batch.")
            )
            return
        self._draw_arrows(ws, points)
        samples = np.asarray(trace.samples)
        whole_set = len(samples) == len(points)
        # A batch of every training point would ring them all and bury the picture: ring only a real subset.
        ringed = samples[:0] if whole_set else samples
        self.batch.set_points(points[ringed], ringed)
        row = ws.sample
        if 0 <= row < len(samples):
            self.traced.set_points(points[samples[row : row + 1]])
            traced = translate("data_view", "traced: {sample}").format(sample=sample_label(samples[row], row))
        else:
            self.traced.set_points(np.zeros((0, 2)))
            traced = translate("data_view", "no traced sample")
        if self.controller.running:
            # One text for the whole run: a caption that changes every frame lays the dock out again.
            self.caption.setText(translate("data_view", LIVE_CAPTION))
            return
        which = (
            translate("data_view", "a point")
            if whole_set
            else translate("data_view", "a ringed point (the mini-batch)")
        )
        self.caption.setText(
            translate("data_view", "Iteration {0} · {traced} · click {which} to trace it").format(
                trace.iteration, traced=traced, which=which
            )
        )

    def _draw_arrows(self, ws, points: np.ndarray) -> None:
        """The perceptron's weight vector and the traced sample's update (nothing for other networks)."""
        view = ws.step_view()
        if not perceptron_arrows.applies(view, points, ws.experiment.data.x_train):
            self.arrows.draw([])
            return
        lv = view.layers[0]
        w = perceptron_arrows.weight_arrow((lv.current if lv.after_update else lv.before)[0], points)
        self.arrows.draw([a for a in (w, *perceptron_arrows.update_arrows(view, points)) if a is not None])

    def showEvent(self, event: QShowEvent) -> None:  # Qt override
        super().showEvent(event)
        self.catch_up()

    # -- clicks -----------------------------------------------------------------------------------
    def _on_points_clicked(self, item, points, event) -> None:
        if item is self.plane.test:
            index = int(points[0].data())
            self.message.emit(
                translate(
                    "data_view",
                    "Test {0} is never trained on, so no trace holds it; click a ringed training point.",
                ).format(sample_label(index))
            )
            return
        self._trace_first([int(p.data()) for p in points])

    def _on_batch_clicked(self, samples: list) -> None:
        self._trace_first([int(i) for i in samples])

    def _trace_first(self, indices: list[int]) -> None:
        """Trace the first of the clicked training samples that is in the mini-batch (else say why not)."""
        trace = self.controller.workspace.stepper.trace
        if trace is not None:
            batch = set(np.asarray(trace.samples).tolist())
            indices = [i for i in indices if i in batch] or indices
        self.trace_sample(indices[0])

    def trace_sample(self, index: int) -> bool:
        """Make training sample ``index`` the traced sample if it is in the current mini-batch;
        otherwise say why not through :attr:`message`."""
        trace = self.controller.workspace.stepper.trace
        if trace is None:
            self.message.emit(translate("data_view", "There is no mini-batch yet: take a step first."))
            return False
        rows = np.flatnonzero(np.asarray(trace.samples) == index)
        if rows.size == 0:
            self.message.emit(
                translate(
                    "data_view",
                    "{0} is not in the current mini-batch (the ringed points); "
                    "step to a later iteration to trace it.",
                ).format(sample_label(index).capitalize())
            )
            return False
        self.controller.select_sample(int(rows[0]))
        return True

    # -- export -------------------------------------------------------------------------------------
    def export_widgets(self) -> dict[str, QWidget]:
        """Widgets a figure export can draw, by name, brought up to date first."""
        if self._stale:
            self._draw()
        if self.stack.currentWidget() is self.images:
            return {"data": self.images, **self.images.export_widgets()}
        if self.stack.currentWidget() is self.tabular:
            return {"data": self.tabular}
        return {"data": self.figure if self.is_plane else self.hint}


class LegendLabel(QLabel):
    """The legend's label: rows are its own choice (:meth:`DataView._fit_legend`), never a wrap
    inside an entry; it asks for the room of one row but does not hold a narrow dock open."""

    def minimumSizeHint(self) -> QSize:  # Qt override
        return QSize(0, super().minimumSizeHint().height())
