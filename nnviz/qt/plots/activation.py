"""A layer's activation function and where its pre-activations fall on it.

Top: f(z) and f′(z) over a z range that holds every current value; the traced
sample's units are marked on f. Bottom (same z axis): the histogram of the
current iteration's z for that layer, every batch row and unit. Mass where
f′ ≈ 0 means saturation (sigmoid, tanh) or units that are off (ReLU: z ≤ 0);
the histogram's title counts them. Units whose forward step the cursor has not
reached are left out.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel

from nnviz.core.explain_names import activation_words, kind_words
from nnviz.i18n import QT_TRANSLATE_NOOP
from nnviz.qt.i18n import translate
from nnviz.qt.plots.ranges import SteadyRange, bounds, steady
from nnviz.qt.plots.style import (
    LABEL_PT,
    TITLE_PT,
    PlotPage,
    add_legend,
    layer_name,
    make_layout_widget,
    pen,
    style_plot,
    text_size,
)
from nnviz.qt.theme import Theme
from nnviz.session.plot_values import activation_curve, revealed_units, saturation_note, z_extent
from nnviz.session.workspace import Workspace

BINS = 40
MIN_Z_EXTENT = 3.5
"""The z axis shows at least about [−4, 4], where sigmoid and tanh bend."""
DF_COLOR = "#d55e00"


class ActivationPage(PlotPage):
    """f, f′ and the histogram of z for the chosen layer; see the module docstring."""

    key = "activation"
    title = QT_TRANSLATE_NOOP("plots", "Activation")

    def __init__(self, theme: Theme):
        super().__init__(theme)
        self.layer_box = QComboBox()
        self.layer_box.setObjectName("activation_layer")
        self.layer_box.setToolTip(
            translate("activation", "The layer whose activation function and pre-activations are shown")
        )
        self.layer_box.currentIndexChanged.connect(self._on_layer_box_changed)
        row = QHBoxLayout()
        row.setContentsMargins(6, 2, 6, 2)
        label = QLabel(translate("activation", "Layer:"))
        label.setStyleSheet(f"color: {theme.text};")
        row.addWidget(label)
        row.addWidget(self.layer_box)
        row.addStretch(1)
        self.graphics = make_layout_widget(theme)
        self.curve_plot = self.graphics.addPlot(row=0, col=0)
        self.hist_plot = self.graphics.addPlot(row=1, col=0)
        style_plot(self.curve_plot, theme, "", "", "f(z), f′(z)")
        style_plot(
            self.hist_plot,
            theme,
            "",
            QT_TRANSLATE_NOOP("plots", "pre-activation z"),
            QT_TRANSLATE_NOOP("plots", "count"),
        )
        self.hist_plot.setXLink(self.curve_plot)
        add_legend(self.curve_plot, theme, offset=(8, 8))
        self.f_curve = self.curve_plot.plot(name="f(z)", pen=pen(theme.positive, 2.2, theme=theme))
        self.df_curve = self.curve_plot.plot(name="f′(z)", pen=pen(DF_COLOR, 1.8, theme=theme))
        self.marks = pg.ScatterPlotItem(
            size=9 * theme.line_scale,
            symbol="o",
            brush=pg.mkBrush(theme.selection),
            pen=pg.mkPen(theme.background, width=theme.line_scale),
            name=translate("activation", "traced sample"),
        )
        self.curve_plot.addItem(self.marks)
        self.hist = pg.PlotDataItem(
            stepMode="center",
            fillLevel=0,
            brush=pg.mkBrush(theme.muted + "99"),
            pen=pen(theme.muted, 1.0, theme=theme),
        )
        self.hist_plot.addItem(self.hist)
        self.content_layout.addLayout(row)
        self.content_layout.addWidget(self.graphics, 1)
        self.counts = np.zeros(0, dtype=np.int64)
        """The histogram's counts as last drawn (BINS, or none before values are revealed)."""
        self.layer = 1
        self.limit = 0.0
        """The z axis is [−limit, limit]; it changes only when the values outgrow or shrink well inside it."""
        self.curve_range = SteadyRange(self.curve_plot)
        self.hist_range = SteadyRange(self.hist_plot, x=False)
        self._curve_key: tuple | None = None
        self._workspace: Workspace | None = None

    def adopt(self, old: ActivationPage) -> None:
        self.layer = old.layer

    def rebuild(self, workspace: Workspace) -> None:
        self._workspace = None  # no redraw while the box refills
        self.limit = 0.0
        self._curve_key = None
        self.curve_range.reset()
        self.hist_range.reset()
        layers = workspace.experiment.network.layers
        self.layer_box.clear()
        for k, layer in enumerate(layers, start=1):
            # Pooling and flatten pass values on (f = identity): name what they are instead.
            what = activation_words(layer.activation) if layer.W is not None else kind_words(layer.kind)
            self.layer_box.addItem(f"{layer_name(k, len(layers))} · {what}", k)
        self.layer = min(self.layer, len(layers))
        self.layer_box.setCurrentIndex(self.layer - 1)
        self._workspace = workspace

    def set_layer(self, layer: int) -> None:
        """Show ``layer`` (1..L); e.g. the layer of the selected unit."""
        if 1 <= layer <= self.layer_box.count():
            self.layer_box.setCurrentIndex(layer - 1)

    def _on_layer_box_changed(self, index: int) -> None:
        if index < 0:
            return
        self.layer = index + 1
        self.limit = 0.0
        self.curve_range.reset()
        self.hist_range.reset()
        if self._workspace is not None:
            self.draw(self._workspace)

    def draw(self, workspace: Workspace) -> None:
        self._workspace = workspace
        stepper = workspace.stepper
        layers = stepper.trainer.network.layers
        if self.layer > len(layers) or self.layer_box.count() != len(layers):
            self.rebuild(workspace)
        k = self.layer
        activation = layers[k - 1].activation
        shown = revealed_units(stepper, k)
        z_all = stepper.trace.layers[k - 1].z if shown else None
        z = z_all.reshape(len(z_all), -1)[:, :shown] if shown else np.zeros((0, 0))  # map cells in a row
        self.limit = steady((0.0, self.limit) if self.limit else None, 0.0, max(z_extent(z), MIN_Z_EXTENT))[1]
        limit = self.limit
        key = (k, activation, limit)
        if key != self._curve_key:  # the curves depend on nothing else
            self._curve_key = key
            self._draw_curves(k, len(layers), activation, limit)
        row = workspace.sample
        if shown and activation.elementwise and 0 <= row < len(z):
            zr = z[row]
            zr = zr[np.isfinite(zr)]  # markers warn on NaN positions (a diverged run)
            self.marks.setData(zr, activation.value(zr))
        else:
            self.marks.setData([], [])
        self._draw_histogram(activation, z, limit, stepper.trainer.network.sizes[k])

    def _draw_curves(self, k: int, n_layers: int, activation, limit: float) -> None:
        what = f"{layer_name(k, n_layers)} · {activation_words(activation)}"
        if activation.elementwise:
            zs, f, df = activation_curve(activation, limit)
            self.f_curve.setData(zs, f)
            self.df_curve.setData(zs, df)
            self.curve_plot.setTitle(
                f"{what}: {activation.formula}", color=self.theme.text, size=text_size(self.theme, TITLE_PT)
            )
            self.curve_range.set_x(-limit, limit)
            self.curve_range.fit(None, bounds(np.concatenate([f, df])))
        else:
            self.f_curve.setData([], [])
            self.df_curve.setData([], [])
            self.curve_plot.setTitle(
                translate(
                    "activation", "{what}: couples the units, so no curve f(z) — see the Softmax tab"
                ).format(what=what),
                color=self.theme.text,
                size=text_size(self.theme, TITLE_PT),
            )
            self.curve_range.set_x(-limit, limit)
            self.curve_range.fit(None, (0.0, 1.0))

    def _draw_histogram(self, activation, z, limit: float, total_units: int) -> None:
        finite = z[np.isfinite(z)]
        self.counts, edges = np.histogram(finite, bins=BINS, range=(-limit, limit))
        if z.size == 0:
            self.hist.setData([], [])
            self.hist_plot.setTitle(
                translate("activation", "no pre-activations revealed yet"),
                color=self.theme.muted,
                size=text_size(self.theme, LABEL_PT),
            )
            return
        self.hist.setData(edges, self.counts)
        self.hist_range.fit(None, (0.0, float(self.counts.max())))
        rows, units = z.shape
        note = saturation_note(activation, z)
        if units == total_units:
            title = translate("activation", "z of {rows} rows × {units} units")
        else:
            title = translate("activation", "z of {rows} rows × {units} of {total} units")
        title = title.format(rows=rows, units=units, total=total_units) + (f" · {note}" if note else "")
        self.hist_plot.setTitle(title, color=self.theme.text, size=text_size(self.theme, LABEL_PT))
