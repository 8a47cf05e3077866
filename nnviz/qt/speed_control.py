"""The toolbar's speed control: how fast a live run trains, in epochs per second.

The learner picks a pace (:data:`nnviz.session.pace.SPEEDS`); the control turns
it into the controller's iterations per tick and tick interval for the current
experiment (:func:`nnviz.session.pace.tick_pace`), again whenever the
experiment changes, since a new training set or batch size changes the
iterations in an epoch. "As fast as possible" is the controller's automatic
speed: training in the second process, as many iterations as it manages.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from nnviz.qt.controller import Controller
from nnviz.qt.i18n import translate
from nnviz.session.pace import DEFAULT_SPEED, SPEEDS, speed_text, tick_pace


class SpeedControl(QWidget):
    """A "Speed" label and a choice of paces, applied to ``controller``."""

    speed_changed = Signal(object)
    """The pace changed: epochs per second, or ``None`` for as fast as possible."""

    def __init__(self, controller: Controller, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("speed")
        self.controller = controller
        self.choice = QComboBox()
        self.choice.setObjectName("speed_choice")
        for speed in SPEEDS:
            self.choice.addItem(speed_text(speed), speed)
        self.label = QLabel()
        self.label.setObjectName("speed_label")
        self.label.setBuddy(self.choice)
        self.retranslate()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.choice)
        self._paced: float = DEFAULT_SPEED
        """The last pace chosen other than as fast as possible (what leaving full speed returns to)."""
        self.choice.setCurrentIndex(SPEEDS.index(DEFAULT_SPEED))
        self.choice.currentIndexChanged.connect(self._on_choice_current_index_changed)
        controller.workspace_replaced.connect(self.apply)
        controller.settings_changed.connect(self.apply)
        self.apply()

    def retranslate(self) -> None:
        """The label, the paces and the tooltip in the current language (the pace chosen stays)."""
        for i, speed in enumerate(SPEEDS):
            self.choice.setItemText(i, speed_text(speed))
        self.choice.setToolTip(
            translate(
                "speed_control",
                "How fast a live run (F5) trains, in epochs per second. "
                "As fast as possible trains in a second process while the window draws.",
            )
        )
        self.label.setText(translate("speed_control", "Speed"))
        self.label.setToolTip(self.choice.toolTip())

    @property
    def speed(self) -> float | None:
        """Epochs per second, or ``None``: as fast as possible."""
        return self.choice.currentData()

    def set_speed(self, speed: float | None) -> None:
        self.choice.setCurrentIndex(SPEEDS.index(speed))

    def set_fastest(self, fastest: bool) -> None:
        """As fast as possible, or back to the pace chosen before."""
        if fastest != (self.speed is None):
            self.set_speed(None if fastest else self._paced)

    def apply(self) -> None:
        """Give the controller the ticks of the chosen pace for its current experiment."""
        speed = self.speed
        if speed is None:
            self.controller.iterations_per_frame = 0  # automatic: the training process, flat out
        else:
            pace = tick_pace(speed, self.controller.workspace.stepper.trainer.iterations_per_epoch)
            self.controller.iterations_per_frame = pace.iterations
            self.controller.frame_ms = pace.interval_ms
        self.controller.pace_changed()

    def _on_choice_current_index_changed(self, _index: int) -> None:
        if self.speed is not None:
            self._paced = self.speed
        self.apply()
        self.speed_changed.emit(self.speed)
