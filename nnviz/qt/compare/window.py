"""The Compare window: choose a setting and its values, train the runs in worker processes with a
progress bar and cancel, and see them side by side; any run opens as a normal session.

The window reads the Qt-free engine (:mod:`nnviz.session.compare`) and only draws: a
``QTimer`` polls the :class:`~nnviz.session.compare.pool.Pool` every 50 ms without waiting, so
the window answers input while the workers train. The small multiples' epoch is one slider for
every run (boundaries are kept at about 40 epochs of each run). With several seeds, a check box
per seed draws that seed's runs one by one over the band; hovering a plot shows every run's value
at that epoch. What the window shows and does once the runs are done is mixed in from
:mod:`~nnviz.qt.compare.shown_comparison`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from nnviz.core.experiment import Experiment
from nnviz.core.validate import ExperimentError
from nnviz.qt.compare.lesson_pane import lesson_beside
from nnviz.qt.compare.setting_fields import SettingFields
from nnviz.qt.compare.shown_comparison import ShownComparison, boundary_epochs
from nnviz.qt.compare.view import FigureView
from nnviz.qt.i18n import translate
from nnviz.qt.live_text import LiveTexts, Retranslated
from nnviz.qt.theme import readable_on
from nnviz.qt.window_size import open_size
from nnviz.session.compare.plan import MAX_SEEDS, Plan, make_plan
from nnviz.session.compare.pool import ComparisonError, Pool
from nnviz.session.compare.presets import ComparisonPreset
from nnviz.session.compare.results import Comparison
from nnviz.session.compare.table import Table, make_table
from nnviz.session.compare.train_run import Job
from nnviz.session.setting_names import setting_name

POLL_MS = 50
PREFERRED = QSize(1520, 900)
"""The window's size where the screen has room: the figure beside the lesson is then at least
:data:`~nnviz.qt.figure_text.LAYOUT_MIN`, drawn in the theme's type without scaling down."""
KEEP_PARAMETERS_BUDGET = 4_000_000
"""The runs keep their parameters at every epoch (for Shared Landscape…) when parameters ×
(epochs + 1) × runs is at most this many numbers (32 MB)."""


def _lesson_setting(lesson: ComparisonPreset) -> str:
    """The Vary row of a lesson's setting that is none of the suggestions: the setting in words, as
    the experiment panel names it ("Optimizer", "优化器"), not its key ("the lesson's optimizer")."""
    keys = tuple(lesson.vary.path)
    if all(isinstance(k, str | int) for k in keys):
        return setting_name(keys)
    return translate("Compare", "the lesson's {0}").format(lesson.vary.name)


class CompareWindow(QWidget, ShownComparison, Retranslated):
    """A top-level window comparing variants of ``experiment`` (its settings, from the start)."""

    run_open_requested = Signal(object)
    """A run's :class:`~nnviz.core.experiment.Experiment`, to open as the session."""
    finished = Signal()
    """The runs are done (or failed, or were cancelled)."""

    def __init__(
        self, experiment: Experiment, theme, parent: QWidget | None = None, lesson: ComparisonPreset | None = None
    ):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("compare_window")
        self.texts = LiveTexts()
        self.texts.show(
            self.setWindowTitle,
            lambda: translate("Compare", "Compare — {0}").format(
                lesson.text("name") if lesson else experiment.name
            ),
        )
        self.experiment = experiment
        self.lesson = lesson
        """The comparison lesson the window opened with: its setting, values, seeds and epochs are
        filled in, its text is beside the figure, its name and target loss are the figure's."""
        self.pool: Pool | None = None
        self.plan: Plan | None = None
        self.comparison: Comparison | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._build(theme)
        if lesson is not None:
            self.fields.set_vary(lesson.vary, lambda: _lesson_setting(lesson))
            self.seeds.setValue(lesson.seeds)
            self.epochs.setValue(min(lesson.epochs or experiment.epochs, self.epochs.maximum()))
            self.texts.show(
                self.view.set_hint,
                lambda: translate("Compare", "The lesson's setting and values are filled in: press Compare."),
            )
        self.resize(open_size(self, PREFERRED))

    # -- building ----------------------------------------------------------------------------
    def _build(self, theme) -> None:
        self.fields = SettingFields(self.experiment)
        self.setting, self.values = self.fields.setting, self.fields.values
        self.seeds = QSpinBox(objectName="compare_seeds", minimum=1, maximum=MAX_SEEDS, value=1)
        self.texts.show(
            self.seeds.setToolTip,
            lambda: translate(
                "Compare", "Seeds per value: the experiment's seed, +1, … (mean line, min–max band)"
            ),
        )
        self.epochs = QSpinBox(
            objectName="compare_epochs", minimum=1, maximum=100_000, value=self.experiment.epochs
        )
        self.texts.show(self.epochs.setToolTip, lambda: translate("Compare", "Epochs per run"))
        self.start_button = QPushButton(objectName="compare_start")
        self.texts.show(self.start_button.setText, lambda: translate("Compare", "Compare"))
        self.texts.show(
            self.start_button.setToolTip,
            lambda: translate(
                "Compare", "Train every value (and seed) in worker processes, as many at once as cores"
            ),
        )
        self.cancel_button = QPushButton(objectName="compare_cancel", enabled=False)
        self.texts.show(self.cancel_button.setText, lambda: translate("Compare", "Cancel"))
        self.texts.show(self.cancel_button.setToolTip, lambda: translate("Compare", "Stop every run now"))
        self.progress = QProgressBar(objectName="compare_progress", minimum=0, maximum=1000, value=0)
        self.progress.setFormat("%p%")
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        top = QHBoxLayout()
        for make, widget in (
            (lambda: translate("Compare", "Vary"), self.setting),
            (lambda: translate("Compare", "values"), self.values),
            (lambda: translate("Compare", "seeds"), self.seeds),
            (lambda: translate("Compare", "epochs"), self.epochs),
        ):
            label = QLabel(buddy=widget)
            self.texts.show(label.setText, make)
            top.addWidget(label)
            top.addWidget(widget, 3 if widget is self.values else 0)
        for widget in (self.start_button, self.cancel_button, self.progress):
            top.addWidget(widget)
        self.message = QLabel(objectName="compare_message", wordWrap=True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.view = FigureView(theme)
        self.texts.show(
            self.view.set_hint, lambda: translate("Compare", "Choose a setting and its values, then Compare.")
        )
        self.epoch_slider = QSlider(Qt.Orientation.Horizontal, objectName="compare_epoch", enabled=False)
        self.texts.show(
            self.epoch_slider.setToolTip,
            lambda: translate("Compare", "The epoch of every run's decision boundary"),
        )
        self.epoch_slider.valueChanged.connect(self._on_epoch_slider_value_changed)
        self.epoch_label = QLabel()
        self.texts.show(self.epoch_label.setText, lambda: translate("Compare", "epoch —"))
        self.target = QDoubleSpinBox(
            objectName="compare_target", decimals=4, minimum=0.0, maximum=1e6, singleStep=0.01, enabled=False
        )
        self.texts.show(
            self.target.setToolTip,
            lambda: translate(
                "Compare", "The loss whose first epoch the table gives for every value (mean training loss)"
            ),
        )
        self.target.valueChanged.connect(self._on_target_value_changed)
        self.run_choice = QComboBox(objectName="compare_run", enabled=False)
        self.run_choice.setMinimumContentsLength(18)
        self.run_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.open_button = QPushButton(objectName="compare_open", enabled=False)
        self.texts.show(self.open_button.setText, lambda: translate("Compare", "Open as Session"))
        self.texts.show(
            self.open_button.setToolTip,
            lambda: translate("Compare", "Open the chosen run as a normal session: stepping, canvas, everything"),
        )
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.export_button = QPushButton(objectName="compare_export", enabled=False)
        self.texts.show(self.export_button.setText, lambda: translate("Compare", "Export Figure…"))
        self.texts.show(
            self.export_button.setToolTip,
            lambda: translate(
                "Compare", "Save the comparison as PNG, SVG or PDF (as nnviz compare writes it), at a scale"
            ),
        )
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.landscape_button = QPushButton(objectName="compare_landscape", enabled=False)
        self.texts.show(self.landscape_button.setText, lambda: translate("Compare", "Shared Landscape…"))
        self.texts.show(
            self.landscape_button.setToolTip,
            lambda: translate(
                "Compare",
                "The runs from one start on one loss landscape with fixed axes: the principal components of "
                "their paths, two random directions or two parameters (vary the optimizer, the learning rate "
                "or the batch size)",
            ),
        )
        self.landscape_button.clicked.connect(self.open_shared_landscape)
        self.shared_window = None
        self.seed_boxes: list[QCheckBox] = []
        self.seed_row = QHBoxLayout()
        bottom = QHBoxLayout()
        boundaries = QLabel(buddy=self.epoch_slider)
        self.texts.show(boundaries.setText, lambda: translate("Compare", "Boundaries at"))
        bottom.addWidget(boundaries)
        bottom.addWidget(self.epoch_slider, 2)
        bottom.addWidget(self.epoch_label)
        bottom.addStretch(1)
        reached = QLabel()
        self.texts.show(reached.setText, lambda: translate("Compare", "Loss reached"))
        bottom.addWidget(reached)
        bottom.addWidget(self.target)
        actions = QHBoxLayout()
        actions.addWidget(self.run_choice, 1)
        actions.addWidget(self.open_button)
        actions.addStretch(1)
        actions.addWidget(self.landscape_button)
        actions.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(lesson_beside(self.view, self.lesson, self.texts), 1)
        seeds = QHBoxLayout()  # a row of its own: ten seeds beside the slider made the window 1539 px wide
        seeds.addLayout(self.seed_row)
        seeds.addStretch(1)
        layout.addLayout(seeds)
        layout.addLayout(bottom)
        layout.addLayout(actions)

    # -- running -----------------------------------------------------------------------------
    def start(self) -> bool:
        """Plan and start the runs; a bad path or value is said in the window (nothing starts)."""
        self.cancel()
        try:
            self.plan = self._make_plan()
        except ExperimentError as error:
            # The command line's problems name its flag; here the setting is the field above.
            text = "\n".join(problem.removeprefix("--vary ") for problem in error.problems)
            self._say(lambda: text, error=True)
            return False
        kept = boundary_epochs(self.plan.epochs)
        size = sum(p.size for p in self.experiment.network.parameters())
        keep = size * (self.plan.epochs + 1) * len(self.plan.runs) <= KEEP_PARAMETERS_BUDGET
        self.pool = Pool([Job(r, self.plan.epochs, kept, keep) for r in self.plan.runs])
        try:
            self.pool.start()
        except ComparisonError as error:
            self._say(lambda text=str(error): text, error=True)
            self.pool = None
            return False
        runs, workers = len(self.plan.runs), self.pool.workers
        self._say(
            lambda: translate("Compare", "Training {0} runs in {1} worker process(es)…").format(runs, workers)
        )
        self.texts.show(self.view.set_hint, lambda: translate("Compare", "Training…"))
        self.progress.setValue(0)
        self._busy(True)
        self._timer.start()
        return True

    def _make_plan(self) -> Plan:
        """The runs the fields above ask for (``ExperimentError`` names what is wrong)."""
        plan = make_plan(self.experiment, self.fields.vary(), seeds=self.seeds.value(), epochs=self.epochs.value())
        if self.lesson is not None:
            plan.name = self.lesson.text("name")  # as nnviz compare LESSON titles its figure
        return plan

    def _table(self, comparison: Comparison, target: float | None = None) -> Table:
        return make_table(comparison, target)

    def cancel(self) -> None:
        """Stop every worker; the session is untouched (runs never train the session's workspace)."""
        if self.pool is not None and not self.pool.done:
            self.pool.cancel()
            self._say(lambda: translate("Compare", "Cancelled."))
            self.texts.show(
                self.view.set_hint, lambda: translate("Compare", "Cancelled. Compare again to start over.")
            )
        self.pool = None
        self._timer.stop()
        self._busy(False)
        self.progress.setValue(0)

    @property
    def running(self) -> bool:
        return self.pool is not None and not self.pool.done

    def _on_timer_timeout(self) -> None:
        pool = self.pool
        if pool is None:
            return
        try:
            done = pool.poll(0.0)
        except ComparisonError as error:
            self.pool = None
            self._timer.stop()
            self._busy(False)
            self._say(lambda text=str(error): text, error=True)
            self.finished.emit()
            return
        self.progress.setValue(round(1000 * pool.progress))
        if done:
            self._timer.stop()
            self.pool = None
            self._busy(False)
            self._show(Comparison(self.plan, [pool.results[r.index] for r in self.plan.runs]))
            self.finished.emit()

    # -- helpers -----------------------------------------------------------------------------
    def _busy(self, busy: bool) -> None:
        self.start_button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)
        for widget in (self.setting, self.values, self.seeds, self.epochs):
            widget.setEnabled(not busy)

    def _say(self, make: Callable[[], str], error: bool = False) -> None:
        """Show ``make()`` above the figure (made again in a new language), red for an ``error``."""
        # The theme's red for wrong, readable on the window: a fixed dark red read 2.3:1 on the dark one.
        window = self.palette().color(QPalette.ColorRole.Window)
        red = readable_on(self.view.theme.q("wrong"), self.view.theme, window)
        self.message.setStyleSheet(f"color: {red.name()};" if error else "")
        self.texts.show(self.message.setText, make)

    def retranslate(self) -> None:
        """Every text in the language installed now; a finished comparison's table and figure too."""
        super().retranslate()
        self.fields.retranslate()
        if self.comparison is not None:
            self._retranslate_comparison()

    def closeEvent(self, event) -> None:
        self.cancel()
        super().closeEvent(event)
