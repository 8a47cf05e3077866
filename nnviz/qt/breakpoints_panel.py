"""The breakpoints panel: the conditions that pause training, set by the learner.

- **Non-finite values** (on by default): the run pauses at the unit that first
  produced ∞ or NaN; the status bar says what happened and suggests a smaller
  learning rate.
- **Gradient norm below a threshold**, per layer: the run pauses at the end of
  that layer's backward pass when ‖(∂L/∂W, ∂L/∂b)‖ is smaller — a vanishing
  gradient. The current norms are shown beside the thresholds.
- **Iteration N**: pauses at the start of each listed iteration.
- **Test loss rising for N epochs**: pauses when the test loss went up N
  epochs in a row, once it had fallen 10 % below epoch 1's — the network has
  begun to over-fit (needs a test set; see ``EpochRecords._test_loss_rising``).

The panel's values are the source of truth: a rebuilt experiment has a new
stepper, and the panel writes them into it again (``workspace.stepper.breakpoints``
and ``workspace.test_rise_epochs``).
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from nnviz.qt.controller import Controller
from nnviz.qt.experiment_panel.widgets import LogSpinBox
from nnviz.qt.i18n import translate
from nnviz.qt.pacing import TEXT_INTERVAL_S, LivePacer, PacedPanel
from nnviz.session.breakpoints import Breakpoints
from nnviz.session.events import BACKWARD

DEFAULT_THRESHOLD = 1e-4
DEFAULT_RISE_EPOCHS = 3


class BreakpointsPanel(PacedPanel, QWidget):
    """Sets the stepper's breakpoints and the workspace's test-loss breakpoint; see the module docstring."""

    breakpoints_changed = Signal()
    """The panel wrote new breakpoint settings into the workspace."""

    def __init__(self, controller: Controller, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("breakpoints_panel")
        self.controller = controller
        self.thresholds: dict[int, tuple[bool, float]] = {}
        """Per layer (1..L): whether its gradient-norm breakpoint is on, and the threshold."""
        self.non_finite = QCheckBox()
        self.non_finite.setObjectName("non_finite_check")
        self.non_finite.setChecked(True)
        self.non_finite.toggled.connect(lambda _: self.apply())
        self.grad_box = QGroupBox()
        self.grad_box.setObjectName("grad_norm_group")
        self.grad_grid = QGridLayout(self.grad_box)
        self.grad_grid.setContentsMargins(8, 4, 8, 4)
        self.grad_grid.setVerticalSpacing(2)
        self.grad_rows: list[tuple[QCheckBox, LogSpinBox, QLabel]] = []
        self.iter_box = QGroupBox()
        self.iter_box.setObjectName("iteration_group")
        self.iteration = QSpinBox()
        self.iteration.setObjectName("iteration_spin")
        self.iteration.setRange(1, 10**9)
        self.add_iteration = QPushButton()
        self.add_iteration.setObjectName("add_iteration_button")
        self.add_iteration.clicked.connect(lambda: self.add_iteration_breakpoint(self.iteration.value()))
        self.iterations = QListWidget()
        self.iterations.setObjectName("iteration_list")
        self.iterations.setMaximumHeight(80)
        self.remove_iteration = QPushButton()
        self.remove_iteration.setObjectName("remove_iteration_button")
        self.remove_iteration.clicked.connect(self._on_remove_iteration_clicked)
        row = QHBoxLayout()
        row.addWidget(self.iteration, 1)
        row.addWidget(self.add_iteration)
        row.addWidget(self.remove_iteration)
        iter_layout = QVBoxLayout(self.iter_box)
        iter_layout.setContentsMargins(8, 4, 8, 4)
        iter_layout.addLayout(row)
        iter_layout.addWidget(self.iterations)
        self.test_rise = QCheckBox()
        self.test_rise.setObjectName("test_rise_check")
        self.test_rise.toggled.connect(lambda _: self.apply())
        self.test_rise_epochs = QSpinBox()
        self.test_rise_epochs.setObjectName("test_rise_spin")
        self.test_rise_epochs.setRange(1, 1000)
        self.test_rise_epochs.setValue(DEFAULT_RISE_EPOCHS)
        self.test_rise_epochs.setKeyboardTracking(False)
        self.test_rise_epochs.valueChanged.connect(lambda _: self.apply())
        rise = QHBoxLayout()
        rise.addWidget(self.test_rise)
        rise.addWidget(self.test_rise_epochs, 1)
        self.last_stop = QLabel()
        self.last_stop.setObjectName("last_stop_label")
        self.last_stop.setWordWrap(True)
        # The settings scroll: a deep network's rows must not give the dock (and the bottom row
        # of docks it shares) a tall minimum height.
        content = QWidget()
        scroll = QScrollArea()
        scroll.setObjectName("breakpoints_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        layout.addWidget(self.non_finite)
        layout.addWidget(self.grad_box)
        layout.addWidget(self.iter_box)
        layout.addLayout(rise)
        layout.addWidget(self.last_stop)
        layout.addStretch(1)
        self._set_texts()
        controller.workspace_replaced.connect(self._on_controller_workspace_replaced)
        self.pacer = LivePacer(self, controller, TEXT_INTERVAL_S)
        controller.stepped.connect(self._on_controller_stepped)
        controller.stopped.connect(self._on_controller_stopped)
        controller.running_changed.connect(self._on_controller_running_changed)
        self._on_controller_workspace_replaced()

    # -- the settings ---------------------------------------------------------------------------------
    def breakpoints(self) -> Breakpoints:
        """The panel's breakpoints for a network of the current workspace's depth."""
        n_layers = len(self.controller.workspace.experiment.network.layers)
        grad = {k: t for k, (on, t) in self.thresholds.items() if on and k <= n_layers}
        return Breakpoints(
            non_finite=self.non_finite.isChecked(),
            grad_norm_below=grad,
            iterations=self.iteration_breakpoints(),
        )

    def apply(self) -> None:
        """Write the panel's settings into the workspace (its stepper's breakpoints and test_rise_epochs)."""
        ws = self.controller.workspace
        ws.stepper.breakpoints = self.breakpoints()
        has_test = len(ws.experiment.data.x_test) > 0
        ws.test_rise_epochs = self.test_rise_epochs.value() if self.test_rise.isChecked() and has_test else None
        self.breakpoints_changed.emit()

    def iteration_breakpoints(self) -> set[int]:
        return {
            int(self.iterations.item(r).data(Qt.ItemDataRole.UserRole)) for r in range(self.iterations.count())
        }

    def add_iteration_breakpoint(self, iteration: int) -> None:
        self._list_iterations(self.iteration_breakpoints() | {int(iteration)})
        self.apply()

    def _list_iterations(self, chosen: set[int]) -> None:
        """Show ``chosen`` in the list, in order, in the current language."""
        self.iterations.clear()
        for it in sorted(chosen):
            item = QListWidgetItem(translate("breakpoints_panel", "iteration {0}").format(it))
            item.setData(Qt.ItemDataRole.UserRole, it)
            self.iterations.addItem(item)

    def _on_remove_iteration_clicked(self) -> None:
        for item in self.iterations.selectedItems():
            self.iterations.takeItem(self.iterations.row(item))
        self.apply()

    def retranslate(self) -> None:
        """Every text of the panel in the current language; its settings stay as they are."""
        self._set_texts()
        self._build_grad_rows(len(self.grad_rows))
        self._list_iterations(self.iteration_breakpoints())
        self._on_controller_workspace_replaced()

    def _set_texts(self) -> None:
        self.non_finite.setToolTip(
            translate(
                "breakpoints_panel",
                "Pause where a value first becomes infinite or not a number (usually: the learning rate is too "
                "big and the weights blew up). The unit is highlighted and the status bar says what happened.",
            )
        )
        self.grad_box.setToolTip(
            translate(
                "breakpoints_panel",
                "Pause at the end of a layer's backward pass when its gradient ‖(∂L/∂W, ∂L/∂b)‖ is below the "
                "threshold: the gradient is vanishing and the layer has almost stopped learning.",
            )
        )
        self.iteration.setToolTip(
            translate(
                "breakpoints_panel", "An iteration number (counted from 1) to pause at, before its forward pass."
            )
        )
        self.add_iteration.setToolTip(
            translate("breakpoints_panel", "Pause when training reaches this iteration.")
        )
        self.iterations.setToolTip(
            translate("breakpoints_panel", "Iterations to pause at. Select one and press Remove to delete it.")
        )
        self.remove_iteration.setToolTip(
            translate("breakpoints_panel", "Delete the selected iteration breakpoint.")
        )
        self.last_stop.setToolTip(translate("breakpoints_panel", "Why training paused last."))
        self.non_finite.setText(translate("breakpoints_panel", "Pause on ∞ or NaN"))
        self.add_iteration.setText(translate("breakpoints_panel", "Add"))
        self.remove_iteration.setText(translate("breakpoints_panel", "Remove"))
        self.test_rise.setText(translate("breakpoints_panel", "Test loss rising for"))
        self.grad_box.setTitle(translate("breakpoints_panel", "Gradient norm below"))
        self.iter_box.setTitle(translate("breakpoints_panel", "At iteration"))
        self.test_rise_epochs.setSuffix(translate("breakpoints_panel", " epochs"))

    # -- following the controller -------------------------------------------------------------------------
    def _on_controller_workspace_replaced(self) -> None:
        ws = self.controller.workspace
        n_layers = len(ws.experiment.network.layers)
        if n_layers != len(self.grad_rows):
            self._build_grad_rows(n_layers)
        has_test = len(ws.experiment.data.x_test) > 0
        self.test_rise.setEnabled(has_test)
        self.test_rise_epochs.setEnabled(has_test)
        tip = translate(
            "breakpoints_panel",
            "Pause when the test loss went up this many epochs in a row: the network has begun to over-fit.",
        )
        if not has_test:
            tip += translate(
                "breakpoints_panel", " Needs a test set: set a test fraction in the experiment's Data section."
            )
        self.test_rise.setToolTip(tip)
        self.apply()
        self.refresh()

    def _build_grad_rows(self, n_layers: int) -> None:
        for widgets in self.grad_rows:
            for w in widgets:
                self.grad_grid.removeWidget(w)
                w.deleteLater()
        self.grad_rows = []
        for k in range(1, n_layers + 1):
            on, threshold = self.thresholds.get(k, (False, DEFAULT_THRESHOLD))
            check = QCheckBox(translate("breakpoints_panel", "layer {k}").format(k=k))
            check.setObjectName(f"grad_norm_check_{k}")
            check.setToolTip(
                translate(
                    "breakpoints_panel", "Pause when layer {k}'s gradient norm is below the threshold."
                ).format(k=k)
            )
            check.setChecked(on)
            value = LogSpinBox(
                f"grad_norm_spin_{k}",
                translate("breakpoints_panel", "The gradient-norm threshold of layer {k}.").format(k=k),
                1e-10,
                1e3,
            )
            value.setValue(threshold)
            now = QLabel(translate("breakpoints_panel", "now —"))
            now.setObjectName(f"grad_norm_now_{k}")
            now.setToolTip(
                translate(
                    "breakpoints_panel",
                    "Layer {k}'s gradient norm in the current iteration, once its backward pass is shown.",
                ).format(k=k)
            )
            check.toggled.connect(lambda on, k=k: self._set_threshold(k, on=on))
            value.valueChanged.connect(lambda v, k=k: self._set_threshold(k, value=v))
            for col, w in enumerate((check, value, now)):
                self.grad_grid.addWidget(w, k - 1, col)
            self.grad_rows.append((check, value, now))

    def _set_threshold(self, k: int, *, on: bool | None = None, value: float | None = None) -> None:
        old_on, old_value = self.thresholds.get(k, (False, DEFAULT_THRESHOLD))
        self.thresholds[k] = (old_on if on is None else on, old_value if value is None else value)
        self.apply()

    def refresh(self) -> None:
        self._stale = False
        stepper = self.controller.workspace.stepper
        norms = stepper.grad_norms
        for k, (_, _, label) in enumerate(self.grad_rows, start=1):
            if norms and k <= len(norms) and stepper.is_revealed(BACKWARD, k):
                v = norms[k - 1]
                label.setText(
                    translate("breakpoints_panel", "now {0:.3g}").format(v)
                    if math.isfinite(v)
                    else translate("breakpoints_panel", "now NaN")
                )
            else:
                label.setText(translate("breakpoints_panel", "now —"))

    def _on_controller_stopped(self, message: str) -> None:
        self.last_stop.setText(translate("breakpoints_panel", "Paused: {message}").format(message=message))

    def _on_controller_running_changed(self, running: bool) -> None:
        if running:
            self.last_stop.clear()
