"""The experiment panel: every setting of the experiment, edited in place.

A change applies at once through the controller. A change that invalidates
training (data, architecture, loss, batch size, seed …) rebuilds the
experiment with the same seed and the controller's ``settings_changed`` says
so; the learning rate, momentum, regularization and λ apply without a reset.
An edit that drags other settings along (a 3-class data set needs 3 softmax
outputs and cross-entropy) is installed as one spec replacement, so one undo
takes it all back. A refused value leaves the experiment as it was and the
panel shows the real values again.
"""

from __future__ import annotations

import copy

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from nnviz.core.features import FEATURES
from nnviz.i18n import in_language, with_language
from nnviz.qt.controller import Controller
from nnviz.qt.experiment_panel.data_section import DataSection
from nnviz.qt.experiment_panel.network_section import NetworkSection
from nnviz.qt.experiment_panel.training_section import TrainingSection
from nnviz.qt.i18n import translate
from nnviz.session import settings_rules as rules
from nnviz.session.setting_names import setting_name
from nnviz.session.spec_paths import assign


class ExperimentPanel(QWidget):
    """Data, network and training settings of ``controller``'s experiment, with Reset and Randomize."""

    def __init__(self, controller: Controller, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("experiment_panel")
        self.controller = controller
        self.name = QLineEdit()
        self.name.setObjectName("name_edit")
        self.name.setPlaceholderText(translate("experiment_panel.panel", "untitled experiment"))
        self.name.setToolTip(
            translate("experiment_panel.panel", "The experiment's name, saved with it (no effect on training).")
        )
        self.name.editingFinished.connect(self._on_name_editing_finished)
        self.data = DataSection(self)
        self.network = NetworkSection(self)
        self.training = TrainingSection(self)
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 4, 0)
        column.setSpacing(6)
        for section in (self.data, self.network, self.training):
            column.addWidget(section)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("experiment_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        self._scroll, self._body = scroll, body
        body.installEventFilter(self)
        self.reset = QPushButton(translate("experiment_panel.panel", "Reset"))
        self.reset.setObjectName("reset_button")
        self.reset.setToolTip(
            translate(
                "experiment_panel.panel",
                "Back to iteration 0 with the same seed: the same data and starting weights.",
            )
        )
        self.reset.clicked.connect(self.controller.reset)
        self.randomize = QPushButton(translate("experiment_panel.panel", "Randomize"))
        self.randomize.setObjectName("randomize_button")
        self.randomize.setToolTip(
            translate(
                "experiment_panel.panel",
                "A new seed: new data, new starting weights, new shuffling (iteration 0).",
            )
        )
        self.randomize.clicked.connect(self.controller.randomize)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reset)
        buttons.addWidget(self.randomize)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(6)
        layout.addWidget(self.name)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        controller.workspace_replaced.connect(self.populate)
        controller.settings_changed.connect(self._on_controller_settings_changed)
        self.populate()

    # -- reading -------------------------------------------------------------------------------
    def spec(self) -> dict:
        """The current experiment spec (read only: copy before changing)."""
        return self.controller.workspace.experiment.spec

    def raw_inputs(self) -> int:
        """Columns of the current data's raw points, before features."""
        return int(self.controller.workspace.experiment.data.points_train.shape[1])

    def populate(self) -> None:
        """Show the experiment's settings; emits no change."""
        experiment = self.controller.workspace.experiment
        spec = experiment.spec
        if not self.name.hasFocus():
            self.name.setText(in_language(spec.get("name")))
        self.data.populate(spec["data"], self.raw_inputs())
        raw = self.raw_inputs()
        features = spec["data"].get("features") or (list(FEATURES[:raw]) if raw <= 2 else None)
        if len(experiment.network.input_shape) == 3:
            features = None  # an image's inputs are its pixels
        self.network.populate(spec["network"], experiment.network.n_inputs, features)
        self.training.populate(spec, len(experiment.data.x_train))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._body and event.type() == QEvent.Type.LayoutRequest:
            # No horizontal scrolling: the dock is kept as wide as the settings need instead.
            bar = self._scroll.style().pixelMetric(self._scroll.style().PixelMetric.PM_ScrollBarExtent)
            self._scroll.setMinimumWidth(self._body.minimumSizeHint().width() + bar + 2)
        return super().eventFilter(watched, event)

    def _on_controller_settings_changed(self, _message: str) -> None:
        self.populate()

    # -- changing ------------------------------------------------------------------------------
    def _on_name_editing_finished(self) -> None:
        text = self.name.text().strip()
        experiment = self.controller.workspace.experiment
        name = experiment.spec.get("name")
        if isinstance(name, dict):  # a name in several languages: change only the one shown
            if text and text != experiment.name:
                self.commit(("name",), with_language(name, text))
            return
        self.commit(("name",), text or None)

    def commit(self, path: tuple, value, what: str | None = None) -> bool:
        """Set the spec at ``path`` (``None`` removes the key), with whatever it drags along; one undo step.

        Returns False when the experiment refused it (the controller's ``failed`` says why).
        """
        if self.controller.workspace.get(path) == value:
            return True
        spec = copy.deepcopy(self.spec())
        assign(spec, path, value)
        return self._install(spec, what or setting_name(path), path, value)

    def install(self, spec: dict, what: str) -> bool:
        """Install a whole edited spec (made consistent first) as one change."""
        return self._install(spec, what, None, None)

    def _install(self, spec: dict, what: str, path: tuple | None, value) -> bool:
        experiment = self.controller.workspace.experiment
        fixed = rules.consistent(experiment.spec, spec, kind=experiment.data.kind, raw=self.raw_inputs())
        if fixed == experiment.spec:
            self.populate()
            return True
        if path is not None and fixed == spec:
            ok = self.controller.change(path, value)
        else:
            ok = self.controller.replace_spec(fixed, what)
        if not ok:
            self.populate()
        return ok
