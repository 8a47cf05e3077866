"""The Layers page: every layer of a picture network as images — a, ∂L/∂a, and a conv layer's K and
∂L/∂K — with a shared colour scale (per map, per row or per quantity: a switch), a numeric colour
bar, and a line of text per layer (shape, parameter count with its formula, ranges of a and ∂L/∂a).

The numbers come from :mod:`nnviz.session.layer_images`, as the cursor shows them: cells not
revealed yet are drawn in the canvas's empty colour. Hover an image for its scale.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QLinearGradient,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QScrollArea, QWidget

from nnviz.i18n import QT_TRANSLATE_NOOP
from nnviz.qt.canvas.maps import cell_image
from nnviz.qt.i18n import translate
from nnviz.qt.plots.style import PlotPage, caption_style
from nnviz.qt.theme import Theme
from nnviz.session.layer_images import SCALE_NAMES, SCALES, LayerImages, layer_images, number
from nnviz.session.workspace import Workspace

TITLE_PX = 12.0
TEXT_PX = 10.5
CELL_PX = 6.0
"""Pixels per value of a map or kernel; a dense layer's strip is drawn at most this wide per unit."""
MIN_IMAGE_PX = 26.0
"""A kernel of 3×3 is drawn at least this big."""
ROW_LABEL_PX = 58.0
"""Room for a row's name and its ±m, at the light theme's type size."""
GAP = 5.0


class LayersView(QWidget):
    """Paints the layers one under the other; its height follows what it draws."""

    def __init__(self, theme: Theme):
        super().__init__()
        self.setObjectName("layers_view")
        self.theme = theme
        self.layers: list[LayerImages] = []
        self._boxes: list[tuple[QRectF, str]] = []
        self.setMouseTracking(True)

    def set_layers(self, layers: list[LayerImages]) -> None:
        self.layers = layers
        self.setMinimumHeight(int(self._height()))
        self.update()

    @property
    def label_px(self) -> float:
        return ROW_LABEL_PX * self.theme.font_scale

    def _text_height(self, text: str) -> float:
        """The height of a layer's text line wrapped to the view's width."""
        metrics = QFontMetricsF(self.theme.font(TEXT_PX))
        flags = int(Qt.TextFlag.TextWordWrap)
        return metrics.boundingRect(QRectF(0, 0, max(self.width() - 2 * GAP, 50), 1e4), flags, text).height() + 4

    def _side(self, image: np.ndarray) -> tuple[float, float]:
        h, w = image.shape
        scale = max(CELL_PX, MIN_IMAGE_PX / max(h, w)) * self.theme.font_scale
        if h == 1:  # a dense layer's units: one strip as wide as the view allows
            return min(w * CELL_PX * 3, max(self.width() - self.label_px - 2 * GAP, 60)), 14.0
        return w * scale, h * scale

    def _height(self) -> float:
        t = self.theme
        total = GAP
        for layer in self.layers:
            total += TITLE_PX * 1.6 * t.font_scale + self._text_height(layer.text)
            for row in layer.rows:
                total += self._row_height(row) + GAP
            total += GAP * 2
        return total

    def _row_height(self, row) -> float:
        width = self.width() - self.label_px - GAP
        x, lines, tallest = 0.0, 1, 2 * TEXT_PX * 1.6 * self.theme.font_scale
        for image in row.images:
            w, h = self._side(image)
            if x + w > width and x > 0:
                lines, x = lines + 1, 0.0
            x += w + GAP
            tallest = max(tallest, h)
        return lines * (tallest + GAP)

    def sizeHint(self) -> QSize:  # Qt override
        return QSize(400, int(self._height()))

    def resizeEvent(self, event) -> None:  # Qt override
        super().resizeEvent(event)
        self.setMinimumHeight(int(self._height()))

    def paintEvent(self, event: QPaintEvent) -> None:  # Qt override
        p = QPainter(self)
        t = self.theme
        p.fillRect(self.rect(), t.q("background"))
        self._boxes = []
        y = GAP
        outline = QPen(t.q("empty_outline"), 1.0)
        for layer in self.layers:
            p.setPen(t.q("text"))
            p.setFont(t.font(TITLE_PX, bold=True))
            line = TITLE_PX * 1.6 * t.font_scale
            p.drawText(QRectF(GAP, y, self.width(), line), Qt.AlignmentFlag.AlignVCenter, layer.title)
            y += line
            p.setFont(t.font(TEXT_PX))
            p.setPen(t.q("muted"))
            wrapped = self._text_height(layer.text)
            p.drawText(QRectF(GAP, y, self.width() - 2 * GAP, wrapped), int(Qt.TextFlag.TextWordWrap), layer.text)
            y += wrapped
            line = TEXT_PX * 1.6 * t.font_scale
            for row in layer.rows:
                p.setPen(t.q("text"))
                p.drawText(QRectF(GAP, y, self.label_px, line), Qt.AlignmentFlag.AlignLeft, row.symbol)
                if row.scales and len(set(row.scales)) == 1:  # the row's m of the colour bar
                    p.setPen(t.q("muted"))
                    m = QRectF(GAP, y + line, self.label_px, line)
                    p.drawText(m, Qt.AlignmentFlag.AlignLeft, f"±{number(row.scales[0])}")
                x, tallest = self.label_px, 2 * line  # room for the row's name and its ±m
                for image, scale in zip(row.images, row.scales):
                    w, h = self._side(image)
                    if x + w > self.width() - GAP and x > self.label_px:
                        x, y = self.label_px, y + tallest + GAP
                        tallest = 0.0
                    rect = QRectF(x, y, w, h)
                    fill = image / scale if scale > 0 else np.where(np.isfinite(image), 0.0, np.nan)
                    p.drawImage(rect, cell_image(t, fill))
                    p.setPen(outline)
                    p.drawRect(rect)
                    tip = translate("layers", "{symbol}: full colour at ±{m}").format(
                        symbol=row.symbol, m=number(scale)
                    )
                    self._boxes.append((rect, tip))
                    x += w + GAP
                    tallest = max(tallest, h)
                y += tallest + GAP
            y += GAP * 2
        p.end()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # Qt override
        pos = QPointF(event.position())
        self.setToolTip(next((tip for rect, tip in self._boxes if rect.contains(pos)), ""))
        super().mouseMoveEvent(event)


class ColourBar(QWidget):
    """The colour map from −m through 0 to +m, with the numbers of the scale in use."""

    def __init__(self, theme: Theme):
        super().__init__()
        self.setObjectName("layers_colour_bar")
        self.theme = theme
        self.label = ""
        self.setMinimumSize(60, 30)

    def sizeHint(self) -> QSize:  # Qt override
        return QSize(220, 30)

    def set_label(self, text: str) -> None:
        """What m is, shown on hover."""
        self.label = text
        self.setToolTip(f"m = {text}")

    def paintEvent(self, event: QPaintEvent) -> None:  # Qt override
        p = QPainter(self)
        t = self.theme
        p.fillRect(self.rect(), t.q("background"))
        bar = QRectF(4, 2, self.width() - 8, 12)
        gradient = QLinearGradient(bar.topLeft(), bar.topRight())
        for i, color in enumerate(t.diverging):
            gradient.setColorAt(i / (len(t.diverging) - 1), QColor(color))
        p.fillRect(bar, gradient)
        p.setPen(QPen(t.q("empty_outline"), 1.0))
        p.drawRect(bar)
        p.setPen(t.q("text"))
        p.setFont(t.font(TEXT_PX))
        below = QRectF(bar.left(), bar.bottom(), bar.width(), self.height() - bar.bottom())
        p.drawText(below, Qt.AlignmentFlag.AlignLeft, "−m")
        p.drawText(below, Qt.AlignmentFlag.AlignHCenter, "0")
        p.drawText(below, Qt.AlignmentFlag.AlignRight, "+m")
        p.end()


class LayersPage(PlotPage):
    """Every layer as images; see the module docstring."""

    key = "layers"
    title = QT_TRANSLATE_NOOP("plots", "Layer images")

    def __init__(self, theme: Theme):
        super().__init__(theme)
        self.scale = QComboBox()
        self.scale.setObjectName("layers_scale")
        for key in SCALES:
            self.scale.addItem(translate("layer_images", SCALE_NAMES[key]), key)
        self.scale.setCurrentIndex(SCALES.index("layer"))
        # Long item texts must not widen the Plots dock (a 1366-pixel screen, an 800-pixel one).
        self.scale.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.scale.setMinimumContentsLength(8)
        self.scale.setToolTip(
            translate(
                "layers",
                "Which images share a colour scale: each map alone, each row, or each quantity over all layers",
            )
        )
        self.bar = ColourBar(theme)
        self.view = LayersView(theme)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.view)
        # Below the last layer, and wherever the layout leaves room: the theme's background, in exports too.
        for widget in (self, self.scroll.viewport()):
            palette = widget.palette()
            palette.setColor(QPalette.ColorRole.Window, QColor(theme.background))
            widget.setPalette(palette)
            widget.setAutoFillBackground(True)
        head = QWidget()
        head.setStyleSheet(f"background: {theme.background};")
        row = QHBoxLayout(head)
        row.setContentsMargins(6, 2, 6, 2)
        caption = QLabel(translate("layers", "Colour scale"))
        caption.setStyleSheet(caption_style(theme))
        row.addWidget(caption)
        row.addWidget(self.scale)
        row.addWidget(self.bar, 1)
        self.content_layout.addWidget(head)
        self.content_layout.addWidget(self.scroll, 1)
        self.scale.currentIndexChanged.connect(lambda _i: self._redraw())
        self._workspace: Workspace | None = None

    def adopt(self, old: PlotPage) -> None:
        self.scale.setCurrentIndex(old.scale.currentIndex())

    def rebuild(self, workspace: Workspace) -> None:
        self._workspace = workspace
        if len(workspace.experiment.network.input_shape) != 3:
            self.show_hint(
                translate(
                    "layers", "The Layer images page draws networks on pictures: this one takes rows of numbers."
                )
            )
            return
        self.show_content()
        self.view.set_layers([])

    def draw(self, workspace: Workspace) -> None:
        self._workspace = workspace
        if self.showing_hint:
            return
        layers = layer_images(workspace.step_view(), self.scale.currentData())
        self.view.set_layers(layers)
        if self.scale.currentData() == "map":
            self.bar.set_label(translate("layers", "each map's largest |value| (hover it)"))
        else:
            self.bar.set_label(translate("layers", "± under each row's name"))

    def _redraw(self) -> None:
        if self._workspace is not None:
            self.draw(self._workspace)
