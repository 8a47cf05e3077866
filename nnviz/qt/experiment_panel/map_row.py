"""Under a conv or pool layer's row of the Network section: its kernel, stride and padding, and the
output-shape arithmetic of the built network (:mod:`nnviz.session.map_shapes`).

A change goes through the panel like any setting (training restarts with the same seed); a setting
the input does not fit is refused by the experiment, which says why with the same arithmetic
(``kernel 11 does not fit a 8×8 input (out = (8 + 2·1 − 11)/1 + 1 = 0)``), and the session is left
as it was.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from nnviz.i18n import QT_TRANSLATE_NOOP
from nnviz.qt.experiment_panel.widgets import blocked, spin
from nnviz.qt.i18n import translate

if TYPE_CHECKING:
    from nnviz.qt.experiment_panel.panel import ExperimentPanel

MAX_KERNEL = 15
"""Spin limits wide enough to try a kernel that does not fit, and be told why."""
MAX_STRIDE = 8
MAX_PADDING = 7
KEYS = ("kernel", "stride", "padding")


class MapRow(QWidget):
    """Kernel, stride and padding of hidden layer ``index`` (0-based in ``network.layers``)."""

    def __init__(self, panel: ExperimentPanel, index: int):
        super().__init__()
        self.setObjectName(f"map_row_{index}")
        self.panel = panel
        self.index = index
        tips = {
            "kernel": translate("map_row", "Kernel size k (k×k): the window each output cell reads"),
            "stride": translate("map_row", "Stride s: how far the window moves between output cells"),
            "padding": translate("map_row", "Padding p: rings of zeros around each input map (conv only)"),
        }
        limits = {"kernel": (1, MAX_KERNEL), "stride": (1, MAX_STRIDE), "padding": (0, MAX_PADDING)}
        names = {"kernel": "k", "stride": "s", "padding": "p"}
        self.spins = {key: spin(f"{key}_spin_{index}", tips[key], *limits[key]) for key in KEYS}
        self.captions = {key: QLabel(names[key]) for key in KEYS}
        self.arithmetic = QLabel()
        self.arithmetic.setObjectName(f"shape_arithmetic_{index}")
        self.arithmetic.setWordWrap(True)
        self.arithmetic.setStyleSheet("color: palette(placeholder-text);")
        self.arithmetic.setToolTip(
            translate(
                "map_row", "Output height and width: ⌊(n + 2p − k)/s⌋ + 1, then the output's maps×height×width"
            )
        )
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 2)
        grid.setHorizontalSpacing(3)
        for col, key in enumerate(KEYS):
            grid.addWidget(self.captions[key], 0, 2 * col)
            grid.addWidget(self.spins[key], 0, 2 * col + 1)
            self.spins[key].valueChanged.connect(lambda v, key=key: self._commit(key, v))
        grid.setColumnStretch(6, 1)
        grid.addWidget(self.arithmetic, 1, 0, 1, 7)

    def show_layer(self, layer: dict, arithmetic: str | None) -> None:
        """Show the layer's settings (square kernels and strides as one number) and its arithmetic."""
        conv = layer.get("kind") == "conv2d"
        kernel = layer.get("kernel", 2)
        values = {
            "kernel": kernel,
            "stride": layer.get("stride", 1 if conv else kernel),
            "padding": layer.get("padding", 0),
        }
        with blocked(*self.spins.values()):
            for key, value in values.items():
                square = isinstance(value, int) or (isinstance(value, list) and len(set(value)) == 1)
                self.spins[key].setValue(int(value if isinstance(value, int) else value[0]))
                # A file may give [kh, kw]: shown, but edited there (one number here would square it).
                self.spins[key].setEnabled(square)
        for key in ("padding",):
            self.spins[key].setVisible(conv)
            self.captions[key].setVisible(conv)
        self.arithmetic.setText(arithmetic or "")

    def _commit(self, key: str, value: int) -> None:
        layers = self.panel.spec()["network"]["layers"]
        if self.index < len(layers) - 1:  # a stale row of a rebuilt editor does nothing
            self.panel.commit(("network", "layers", self.index, key), int(value))


KIND_NAMES = {
    "conv2d": QT_TRANSLATE_NOOP("network_section", "conv2d"),
    "max_pool2d": QT_TRANSLATE_NOOP("network_section", "max pool"),
    "avg_pool2d": QT_TRANSLATE_NOOP("network_section", "avg pool"),
    "flatten": QT_TRANSLATE_NOOP("network_section", "flatten"),
    "concat": QT_TRANSLATE_NOOP("network_section", "concat"),
}
"""The panel's short name of each layer kind but dense."""


def kind_name(kind: str) -> str:
    """``max pool`` for ``max_pool2d``, in the window's language."""
    return translate("network_section", KIND_NAMES.get(kind, kind))
