"""The Network section: hidden layers (units, activation, dropout), the output layer and the initializer."""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from nnviz.core import init
from nnviz.core.activations import DEFAULT_LEAKY_SLOPE, get_activation
from nnviz.core.activations import NAMES as ACTIVATIONS
from nnviz.core.features import FEATURE_LABELS
from nnviz.i18n import QT_TRANSLATE_NOOP
from nnviz.qt.experiment_panel.map_row import MapRow, kind_name
from nnviz.qt.experiment_panel.widgets import blocked, combo, dspin, select_value, spin
from nnviz.qt.i18n import translate
from nnviz.session import settings_rules as rules
from nnviz.session.choice_names import choice_item
from nnviz.session.map_shapes import shape_lines
from nnviz.session.parameter_counts import parameter_counts

if TYPE_CHECKING:
    from nnviz.qt.experiment_panel.panel import ExperimentPanel

MAX_UNITS = 16
MAX_HIDDEN = 8
ACTIVATION_TIPS = {
    "identity": QT_TRANSLATE_NOOP(
        "experiment_panel", "passes z on unchanged: a stack of identity layers is still one linear map"
    ),
    "sigmoid": QT_TRANSLATE_NOOP(
        "experiment_panel",
        "squashes z into (0, 1); its slope is at most 0.25, so deep stacks make gradients vanish",
    ),
    "tanh": QT_TRANSLATE_NOOP("experiment_panel", "squashes z into (−1, 1), centred at 0; slope at most 1"),
    "relu": QT_TRANSLATE_NOOP(
        "experiment_panel",
        "max(0, z): cheap and does not saturate for z > 0, but a unit stuck at z < 0 stops learning",
    ),
    "leaky_relu": QT_TRANSLATE_NOOP("experiment_panel", "like ReLU with a small slope for z < 0, so no unit dies"),
    "step": QT_TRANSLATE_NOOP(
        "experiment_panel",
        "the perceptron's unit: 1 where z ≥ 0, else 0; trained by the perceptron rule, not by gradients",
    ),
    "softmax": QT_TRANSLATE_NOOP(
        "experiment_panel", "turns the output layer's scores into probabilities that sum to 1 (output layer only)"
    ),
}
INIT_TIPS = {
    "xavier_uniform": QT_TRANSLATE_NOOP(
        "experiment_panel", "uniform in ±√(6/(fan_in + fan_out)): keeps signals steady through tanh and sigmoid"
    ),
    "xavier_normal": QT_TRANSLATE_NOOP("experiment_panel", "normal with σ = √(2/(fan_in + fan_out))"),
    "he_uniform": QT_TRANSLATE_NOOP(
        "experiment_panel", "uniform in ±√(6/fan_in): made for ReLU, which halves the signal"
    ),
    "he_normal": QT_TRANSLATE_NOOP("experiment_panel", "normal with σ = √(2/fan_in), for ReLU"),
    "uniform": QT_TRANSLATE_NOOP("experiment_panel", "uniform in ±0.5"),
    "zeros": QT_TRANSLATE_NOOP(
        "experiment_panel",
        "all weights 0: every hidden unit computes the same thing and they never become different",
    ),
}


def _activation_items(names) -> list[tuple[str, str, str]]:
    return [
        choice_item(n, f"{get_activation(n).formula} — {translate('experiment_panel', ACTIVATION_TIPS[n])}")
        for n in names
    ]


class NetworkSection(QGroupBox):
    """The architecture editor: one row per hidden layer, then the output layer."""

    def __init__(self, panel: ExperimentPanel):
        super().__init__(translate("network_section", "Network"))
        self.setObjectName("network_section")
        self.panel = panel
        self.rows: list[dict] = []
        """Per hidden layer: its widgets by role (``units``, ``activation``, ``dropout``, ``remove``)."""
        self.inputs = QLabel()
        self.inputs.setObjectName("inputs_label")
        self.inputs.setToolTip(
            translate("network_section", "The input layer has one unit per feature: set them in the Data section.")
        )
        self.output_units = QLabel()
        self.output_units.setObjectName("output_units_label")
        self.output_units.setToolTip(
            translate(
                "network_section", "One output per class (one for two classes or regression): set by the data."
            )
        )
        self.output_activation = combo(
            "output_activation_combo",
            translate(
                "network_section",
                "The output layer's activation. It has to fit the loss: sigmoid for bce, softmax for "
                "cross-entropy, identity (raw scores) for hinge and usually for regression.",
            ),
            _activation_items(ACTIVATIONS),
        )
        self.output_activation.activated.connect(
            lambda i: self.panel.commit(self._path(-1, "activation"), self.output_activation.itemData(i))
        )
        self.add = QPushButton(translate("network_section", "+ hidden layer"))
        self.add.setObjectName("add_layer_button")
        self.add.setToolTip(
            translate("network_section", "Add a hidden layer before the output layer (training restarts).")
        )
        self.add.clicked.connect(self._on_add_clicked)
        tip = translate(
            "network_section",
            "Insert a {kind} layer just before the flatten (training restarts): {what}. A layer the maps are "
            "too small for is refused with ⌊(n + 2p − k)/s⌋ + 1.",
        )
        self.map_buttons: dict[str, QPushButton] = {}
        """Per layer kind (``conv2d``, ``max_pool2d``, ``avg_pool2d``) the button that inserts one."""
        for kind, text, what in (
            (
                "conv2d",
                QT_TRANSLATE_NOOP("network_section", "+ conv2d"),
                translate("network_section", "a 3×3 kernel with padding 1 keeps height and width"),
            ),
            (
                "max_pool2d",
                QT_TRANSLATE_NOOP("network_section", "+ max pool"),
                translate("network_section", "a 2×2 window with stride 2 halves them"),
            ),
            (
                "avg_pool2d",
                QT_TRANSLATE_NOOP("network_section", "+ avg pool"),
                translate("network_section", "a 2×2 window with stride 2 halves them"),
            ),
        ):
            button = QPushButton(translate("network_section", text))
            button.setObjectName(f"add_{kind}_button")
            button.setToolTip(tip.format(kind=kind_name(kind), what=what))
            button.clicked.connect(lambda _=False, kind=kind: self._on_add_map_clicked(kind))
            self.map_buttons[kind] = button
        self.init = combo(
            "init_combo",
            translate(
                "network_section",
                "How the weights start (drawn from the seed). Applies to every layer without weights given in "
                "the file; biases start at 0.",
            ),
            [choice_item(n, translate("experiment_panel", INIT_TIPS[n])) for n in init.NAMES],
        )
        self.init.activated.connect(self._on_init_activated)
        self.slope = dspin(
            "leaky_slope_spin",
            translate(
                "network_section",
                "Leaky ReLU's slope for z < 0 (every leaky layer): a small slope keeps a gradient flowing where "
                "ReLU would be dead (training restarts).",
            ),
            0.0,
            0.99,
            0.01,
        )
        self.slope.valueChanged.connect(self._on_slope_changed)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(6)
        self.grid.setVerticalSpacing(3)
        for col, (text, tip) in enumerate(
            (
                (QT_TRANSLATE_NOOP("network_section", "layer"), ""),
                (
                    QT_TRANSLATE_NOOP("network_section", "units"),
                    QT_TRANSLATE_NOOP("network_section", "Neurons in the layer"),
                ),
                (
                    QT_TRANSLATE_NOOP("network_section", "activation"),
                    QT_TRANSLATE_NOOP("network_section", "What each neuron does with its weighted sum z"),
                ),
                (
                    QT_TRANSLATE_NOOP("network_section", "dropout"),
                    QT_TRANSLATE_NOOP(
                        "network_section",
                        "Share of the layer's units switched off at random in each training iteration",
                    ),
                ),
            )
        ):
            caption = QLabel(translate("network_section", text))
            caption.setToolTip(translate("network_section", tip) if tip else "")
            caption.setStyleSheet("color: palette(placeholder-text);")
            self.grid.addWidget(caption, 0, col)
        self.grid.addWidget(QLabel(translate("network_section", "in")), 1, 0)
        self.grid.addWidget(self.inputs, 1, 1, 1, 4)
        self.grid.setColumnStretch(2, 1)
        box = QVBoxLayout(self)
        box.setContentsMargins(8, 6, 8, 6)
        box.setSpacing(4)
        box.addLayout(self.grid)
        box.addWidget(self.add, 0, Qt.AlignmentFlag.AlignLeft)
        self.add_maps = QWidget()
        """The row of conv and pool buttons, shown for a network with a flatten layer."""
        adds = QHBoxLayout(self.add_maps)
        adds.setContentsMargins(0, 0, 0, 0)
        for button in self.map_buttons.values():
            adds.addWidget(button)
        adds.addStretch(1)
        box.addWidget(self.add_maps)
        self.counts = QLabel()
        self.counts.setObjectName("parameter_counts_label")
        self.counts.setWordWrap(True)
        self.counts.setStyleSheet("color: palette(placeholder-text);")
        self.counts.setToolTip(
            translate(
                "network_section",
                "Weight sharing in numbers: a conv layer has C·(C_in·k·k + 1) parameters whatever its maps' size; "
                "the dense network has one layer per conv, pool or dense layer with as many units as it has "
                "outputs, each connected to every output before it: Σ n_k·(n_{k−1} + 1).",
            )
        )
        box.addWidget(self.counts)
        init_row = QGridLayout()
        init_row.addWidget(QLabel(translate("network_section", "Weight init")), 0, 0)
        init_row.addWidget(self.init, 0, 1)
        self._slope_label = QLabel(translate("network_section", "Leaky slope"))
        init_row.addWidget(self._slope_label, 1, 0)
        init_row.addWidget(self.slope, 1, 1)
        init_row.setColumnStretch(1, 1)
        box.addLayout(init_row)
        self._out_label = QLabel(translate("network_section", "out"))
        self._built = False

    def _path(self, index: int, key: str) -> tuple:
        if index < 0:
            index += len(self.panel.spec()["network"]["layers"])
        return ("network", "layers", index, key)

    def populate(self, network: dict, n_inputs: int, features: list[str] | None) -> None:
        layers = network["layers"]
        hidden = layers[:-1]
        if len(hidden) != len(self.rows) or not self._built:
            self._rebuild_rows(len(hidden))
            self._built = True
        built = self.panel.controller.workspace.experiment.network
        lines = shape_lines(built)
        counts = parameter_counts(built)
        self.counts.setVisible(counts is not None)
        self.counts.setText(counts.text() if counts is not None else "")
        for k, (row, layer) in enumerate(zip(self.rows, hidden)):
            kind = layer.get("kind", "dense")
            size = int(layer.get("units", layer.get("channels", 0)))
            with blocked(row["units"], row["dropout"]):
                # The editor offers 1..16; a file may bring more, shown as it is.
                row["units"].setMaximum(max(MAX_UNITS, size))
                row["units"].setToolTip(_units_tip(row["units"].maximum()))
                row["units"].setValue(size)
                row["dropout"].setValue(float(layer.get("dropout", 0.0)))
            select_value(row["activation"], layer.get("activation", "identity"))
            # A conv layer's units spin is its channels; pool and flatten layers have neither units nor
            # activation; dropout of a conv or pool layer is edited in the file.
            row["units"].setEnabled(kind in ("dense", "conv2d"))
            row["activation"].setEnabled(kind in ("dense", "conv2d"))
            row["dropout"].setEnabled(kind == "dense")
            row["maps"].setVisible(lines[k] is not None)
            if lines[k] is not None:
                row["maps"].show_layer(layer, lines[k])
            row["units"].setVisible(kind in ("dense", "conv2d"))
            row["remove"].setEnabled(rules.removable(self.panel.spec(), k))
            row["label"].setText(str(k + 1) if kind == "dense" else f"{k + 1} {kind_name(kind)}")
            given = " (weights given in the file)" if "weights" in layer else ""
            row["label"].setToolTip(
                translate("network_section", "Hidden layer {0}{given}").format(k + 1, given=given)
                if kind == "dense"
                else translate("network_section", "Layer {0}: {kind}").format(k + 1, kind=kind_name(kind))
            )
        names = ", ".join(FEATURE_LABELS.get(f, f) for f in features) if features else ""
        self.inputs.setText(f"{n_inputs}" + (f"  ({names})" if names else ""))
        out = layers[-1]
        self.output_units.setText(str(out["units"]))
        select_value(self.output_activation, out["activation"])
        self._out_label.setText(translate("network_section", "out ({0})").format(len(layers)))
        self.add.setEnabled(len(hidden) < MAX_HIDDEN)
        maps = any(layer.get("kind") == "flatten" for layer in hidden)
        self.add_maps.setVisible(maps)
        self.add_maps.setEnabled(maps and len(hidden) < MAX_HIDDEN)
        select_value(self.init, rules.common_init(layers))
        self.init.setEnabled(any("weights" not in layer for layer in layers))
        leaky = [layer for layer in layers if layer.get("activation") == "leaky_relu"]
        for w in (self._slope_label, self.slope):
            w.setVisible(bool(leaky))
        if leaky:
            with blocked(self.slope):
                self.slope.setValue(float(leaky[0].get("slope", DEFAULT_LEAKY_SLOPE)))

    def _rebuild_rows(self, n: int) -> None:
        for row in self.rows:
            for w in row.values():
                self.grid.removeWidget(w)
                w.hide()
                w.deleteLater()  # later: the × just clicked may be among them
        for w in (self._out_label, self.output_units, self.output_activation):
            self.grid.removeWidget(w)
        self.rows = []
        for k in range(n):
            row = {
                "label": QLabel(str(k + 1)),
                "units": spin(
                    f"units_spin_{k}",
                    _units_tip(MAX_UNITS),
                    1,
                    MAX_UNITS,
                ),
                "activation": combo(
                    f"activation_combo_{k}",
                    translate("network_section", "The activation of this hidden layer's neurons."),
                    _activation_items([a for a in ACTIVATIONS if a != "softmax"]),
                ),
                "dropout": dspin(
                    f"dropout_spin_{k}",
                    translate(
                        "network_section",
                        "Dropout: in each training iteration this share of the layer's units is switched off at "
                        "random (and the rest scaled up), so no unit can rely on another. 0 turns it off.",
                    ),
                    0.0,
                    0.9,
                    0.1,
                ),
                "remove": QToolButton(),
                "maps": MapRow(self.panel, k),
            }
            row["remove"].setText("×")
            row["remove"].setObjectName(f"remove_layer_button_{k}")
            row["remove"].setToolTip(
                translate(
                    "network_section",
                    "Remove hidden layer {0} (training restarts). The flatten stays: dense layers read a flat "
                    "row.",
                ).format(k + 1)
            )
            row["units"].valueChanged.connect(lambda v, k=k: self._commit_row(k, "units", v))
            row["activation"].activated.connect(
                lambda i, k=k, c=row["activation"]: self._commit_row(k, "activation", c.itemData(i))
            )
            row["dropout"].valueChanged.connect(lambda v, k=k: self._commit_row(k, "dropout", round(v, 4) or None))
            row["remove"].clicked.connect(lambda _=False, k=k: self._on_remove_clicked(k))
            for col, key in enumerate(("label", "units", "activation", "dropout", "remove")):
                self.grid.addWidget(row[key], 2 * k + 2, col)
            self.grid.addWidget(row["maps"], 2 * k + 3, 1, 1, 4)  # a conv or pool layer's shape, below it
            row["maps"].hide()
            self.rows.append(row)
        self.grid.addWidget(self._out_label, 2 * n + 2, 0)
        self.grid.addWidget(self.output_units, 2 * n + 2, 1, Qt.AlignmentFlag.AlignCenter)
        self.grid.addWidget(self.output_activation, 2 * n + 2, 2)

    def _commit_row(self, k: int, key: str, value) -> None:
        """Set ``key`` of hidden layer ``k`` (a conv layer's units are its channels); a stale row of a
        rebuilt editor (deleted later) does nothing."""
        layers = self.panel.spec()["network"]["layers"]
        if k < len(layers) - 1:
            if key == "units" and layers[k].get("kind") == "conv2d":
                key = "channels"
            self.panel.commit(self._path(k, key), value)

    def _on_add_clicked(self) -> None:
        self.panel.install(rules.with_hidden_layer(self.panel.spec()), "hidden layers")

    def _on_remove_clicked(self, k: int) -> None:
        if rules.removable(self.panel.spec(), k):  # a stale button of a rebuilt row does nothing
            self.panel.install(rules.without_layer(self.panel.spec(), k), "hidden layers")

    def _on_add_map_clicked(self, kind: str) -> None:
        spec = self.panel.spec()
        if not any(layer.get("kind") == "flatten" for layer in spec["network"]["layers"]):
            return  # a click that arrives after the network lost its flatten (the buttons are hidden)
        self.panel.install(rules.with_map_layer(spec, kind), translate("network_section", "Conv and pool layers"))

    def _on_slope_changed(self, value: float) -> None:
        spec = copy.deepcopy(self.panel.spec())
        for layer in spec["network"]["layers"]:
            if layer.get("activation") == "leaky_relu":
                layer["slope"] = round(value, 4)
        self.panel.install(spec, "leaky slope")

    def _on_init_activated(self, index: int) -> None:
        self.panel.install(rules.with_init(self.panel.spec(), self.init.itemData(index)), "weight initializer")


def _units_tip(maximum: int) -> str:
    """The units box's tooltip, with the most it offers (16, or what the file brought)."""
    return translate("network_section", "Neurons in this hidden layer (1 to {0}).").format(maximum)
