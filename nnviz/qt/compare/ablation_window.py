"""Debug › Wide & Deep Ablation…: the Compare window with the session's Wide&Deep network as wide
only, deep only and both (:mod:`nnviz.session.compare.ablation`) instead of a varied setting.

The setting, values and seeds fields, the boundary slider and Shared Landscape… are hidden (the
three runs are fixed, one seed, and the inputs are no plane); the epochs and Compare stay, so
the learner can train the three again for longer. The figure is
:class:`~nnviz.qt.compare.ablation_figure.AblationFigure`.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from nnviz.core.experiment import Experiment
from nnviz.qt.compare.window import CompareWindow
from nnviz.qt.i18n import translate
from nnviz.session.compare.ablation import NotWideDeep, ablation_plan, ablation_table, check, variant_name
from nnviz.session.compare.plan import Plan
from nnviz.session.compare.results import Comparison
from nnviz.session.compare.table import Table


def ablation_applies(experiment: Experiment) -> bool:
    """Whether ``experiment`` is a Wide&Deep network (the menu action is enabled)."""
    try:
        check(experiment)
    except NotWideDeep:
        return False
    return True


class AblationWindow(CompareWindow):
    """A Compare window training ``experiment`` (a Wide&Deep network) as its three variants."""

    def __init__(self, experiment: Experiment, theme, parent: QWidget | None = None):
        check(experiment)
        super().__init__(experiment, theme, parent)
        self.setObjectName("ablation_window")
        self.texts.show(
            self.setWindowTitle,
            lambda: translate("Compare", "Wide & Deep Ablation — {0}").format(experiment.name),
        )
        hidden = (
            self.setting,
            self.values,
            self.seeds,
            self.epoch_slider,
            self.epoch_label,
            self.landscape_button,
        )
        for widget in hidden:
            widget.hide()
        for label in self.findChildren(QLabel):
            if label.buddy() in hidden:
                label.hide()
        self.texts.show(
            self.start_button.setToolTip,
            lambda: translate(
                "Compare", "Train wide only, deep only and wide & deep with the same seed, data and batches"
            ),
        )
        self.texts.show(
            self.view.set_hint,
            lambda: translate("Compare", "Wide only, deep only and wide & deep: press Compare."),
        )

    def _make_plan(self) -> Plan:
        return ablation_plan(self.experiment, epochs=self.epochs.value())

    def _table(self, comparison: Comparison, target: float | None = None) -> Table:
        return ablation_table(comparison, target)

    def _show(self, comparison: Comparison) -> None:
        super()._show(comparison)
        self._say(lambda: ablation_done_text(comparison))

    def _run_label(self, comparison: Comparison, run) -> str:
        return variant_name(run.value)


def ablation_done_text(comparison: Comparison) -> str:
    """The message of a finished ablation: each variant's wall-clock time and speed."""
    by_run = {r.index: r for r in comparison.results}
    speeds = [
        translate("Compare", "{0}: {1:.2f} s, {2:.0f} epochs/s").format(
            variant_name(run.value), by_run[run.index].wall_s, by_run[run.index].epochs_per_s
        )
        for run in comparison.plan.runs
    ]
    return translate("Compare", "Done. Wall-clock time and speed per run — {0}").format(
        translate("Compare", "; ").join(speeds)
    )
