"""The Compare window once its runs are done: the comparison shown, and what can be done with it.

Mixed into :class:`~nnviz.qt.compare.window.CompareWindow`, whose widgets it fills: the
boundaries' epoch slider (about :data:`BOUNDARY_FRAMES` kept epochs of each run), a check box
per seed, the target loss of the table, the run chosen to open as a session, Shared
Landscape…, and the figure on screen exported as ``nnviz compare`` writes it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QCheckBox

from nnviz.core.experiment import Experiment
from nnviz.qt.export_dialog import ExportDialog
from nnviz.qt.figure_text import layout_size
from nnviz.qt.i18n import translate
from nnviz.session.compare.results import Comparison

BOUNDARY_FRAMES = 40
"""About this many epochs of each run keep their decision boundary, for the epoch slider."""


def boundary_epochs(epochs: int) -> tuple[int, ...]:
    """The epochs whose boundaries are kept: every ``epochs / BOUNDARY_FRAMES``-th, and the last."""
    step = max(1, epochs // BOUNDARY_FRAMES)
    return tuple(sorted({*range(0, epochs + 1, step), epochs}))


def done_text(comparison: Comparison) -> str:
    """The message of a finished comparison: each value's mean wall-clock time and speed."""
    vary = comparison.plan.vary
    parts = []
    for i, v in enumerate(vary.values):
        runs = comparison.runs_of(i)
        wall = sum(r.wall_s for r in runs) / len(runs)
        rate = sum(r.epochs_per_s for r in runs) / len(runs)
        parts.append(
            translate("Compare", "{0} = {1}: {2:.2f} s, {3:.0f} epochs/s").format(
                vary.name, vary.label(v), wall, rate
            )
        )
    speeds = translate("Compare", "; ").join(parts)
    return translate("Compare", "Done. Wall-clock time and speed per run — {0}").format(speeds)


class ShownComparison:
    """A finished comparison in the Compare window (a mixin)."""

    def _show(self, comparison: Comparison) -> None:
        self.comparison = comparison
        epochs = comparison.plan.epochs
        boundary = self.lesson.boundary_epoch if self.lesson is not None else None
        chosen = epochs if boundary is None else min(boundary, epochs)
        epoch = min(boundary_epochs(epochs), key=lambda e: abs(e - chosen))
        self.epoch_slider.blockSignals(True)
        self.epoch_slider.setRange(0, epochs)
        self.epoch_slider.setValue(epoch)
        self.epoch_slider.blockSignals(False)
        self.epoch_slider.setEnabled(True)
        self.texts.show(self.epoch_label.setText, lambda: translate("Compare", "epoch {0}").format(epoch))
        table = self._table(comparison, self.lesson.target_loss if self.lesson is not None else None)
        self.target.blockSignals(True)
        self.target.setValue(table.target if table.target == table.target else 0.0)
        self.target.blockSignals(False)
        self.target.setEnabled(True)
        self.view.show_comparison(comparison, table, epoch)
        self.run_choice.clear()
        self.texts.show_items(
            self.run_choice,
            [
                (
                    run.index,
                    lambda run=run: translate("Compare", "run {0}: {1}, seed {2}").format(
                        run.index + 1, self._run_label(comparison, run), run.seed
                    ),
                )
                for run in comparison.plan.runs
            ],
        )
        self._seed_toggles(comparison.plan.locks.seeds)
        self.run_choice.setEnabled(True)
        self.open_button.setEnabled(True)
        self.export_button.setEnabled(True)
        self.landscape_button.setEnabled(all(r.parameters is not None for r in comparison.results))
        self._say(lambda: done_text(comparison))

    def _run_label(self, comparison: Comparison, run) -> str:
        """What the run choice calls ``run`` of ``comparison`` (after "run k:"): the value it varies."""
        return comparison.plan.vary.label(run.value)

    def _retranslate_comparison(self) -> None:
        """The table (its header and "never" are words) and the figure again, in the new language."""
        # The figure's title: the lesson's or the experiment's name, which a file may give per language.
        self.comparison.plan.name = self.experiment.name if self.lesson is None else self.lesson.text("name")
        self.view.show_comparison(
            self.comparison, self._table(self.comparison, self.view.table.target), self.view.epoch
        )

    def _on_target_value_changed(self, value: float) -> None:
        if self.comparison is not None:
            self.view.show_comparison(self.comparison, self._table(self.comparison, value), self.view.epoch)

    def _seed_toggles(self, seeds: list[int]) -> None:
        """A check box per seed when there are several: ticked, that seed's runs are drawn one by one."""
        for box in self.seed_boxes:
            self.texts.forget(box)
            self.seed_row.removeWidget(box)
            box.deleteLater()
        self.seed_boxes = []
        self.view.set_seeds(frozenset())
        if len(seeds) < 2:
            return
        for position, seed in enumerate(seeds):
            box = QCheckBox(objectName=f"compare_seed_{position}")
            self.texts.show(box.setText, lambda seed=seed: translate("Compare", "seed {0}").format(seed))
            self.texts.show(
                box.setToolTip, lambda: translate("Compare", "Draw the runs of this seed one by one over the band")
            )
            box.toggled.connect(self._on_seed_box_toggled)
            self.seed_row.addWidget(box)
            self.seed_boxes.append(box)

    def _on_seed_box_toggled(self, _checked: bool) -> None:
        self.view.set_seeds(frozenset(i for i, box in enumerate(self.seed_boxes) if box.isChecked()))

    def _on_epoch_slider_value_changed(self, value: int) -> None:
        if self.comparison is None:
            return
        kept = boundary_epochs(self.comparison.plan.epochs)
        epoch = min(kept, key=lambda e: abs(e - value))
        self.texts.show(self.epoch_label.setText, lambda: translate("Compare", "epoch {0}").format(epoch))
        self.view.set_epoch(epoch)

    def _on_open_button_clicked(self) -> None:
        self.open_run(self.run_choice.currentData())

    def open_run(self, index: int) -> None:
        """Ask for run ``index`` to open as the session (the app confirms unsaved work first)."""
        run = self.comparison.plan.runs[index]
        self.run_open_requested.emit(Experiment(run.spec, self.experiment.base_dir))

    def open_shared_landscape(self):
        """Shared Landscape…: the runs of the first seed on one loss landscape, in a window."""
        from nnviz.qt.compare.shared_window import SharedLandscapeWindow

        self.shared_window = SharedLandscapeWindow(self.comparison, self.view.theme, self)
        self.shared_window.show()
        return self.shared_window

    def _on_export_button_clicked(self) -> None:
        ExportDialog({}, self, drawn={"Comparison": self.drawn_figure}).exec()

    def drawn_figure(self, theme=None):
        """The figure on screen (its epoch and seeds) in ``theme`` (``None``: the window's), and its size."""
        from PySide6.QtCore import QSize

        size = QSize(self.view.size())
        return self._figure((size.width(), size.height()), theme), size

    def export_figure(self, path: str, size: tuple[int, int] = (1400, 900), theme=None) -> Path:
        """Write the figure on screen (its epoch; the window's theme or ``theme``) at ``size`` to
        ``path``: what ``nnviz compare`` writes in that theme."""
        from PySide6.QtCore import QSize

        from nnviz.qt import export

        try:
            figure = self._figure(layout_size(size, (theme or self.view.theme).font_scale), theme)
            return export.export(figure, path, size=QSize(*size))
        except (OSError, ValueError) as error:
            self._say(lambda error=error: translate("Compare", "Cannot export: {0}").format(error), error=True)
            return Path(path)

    def _figure(self, size: tuple[int, int], theme=None):
        from nnviz.qt.compare.ablation_figure import make_figure

        view = self.view
        return make_figure(self.comparison, view.table, theme or view.theme, size, view.epoch, view.seeds)
