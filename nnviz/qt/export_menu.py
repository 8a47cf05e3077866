"""The File menu's exports: a figure of any panel, the current iteration as a worked example or
as an exercise, and the frames of its steps. Each asks for its target through a dialog and reports in the
status bar; the writing itself is in :mod:`nnviz.qt.export`, :mod:`nnviz.worked_example`
and :mod:`nnviz.qt.frames`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QInputDialog

from nnviz.qt.controller import Controller
from nnviz.qt.i18n import translate
from nnviz.qt.main_window import MainWindow
from nnviz.qt.network_canvas import NetworkCanvas
from nnviz.qt.shot import IMAGE_PANELS
from nnviz.qt.views import Views
from nnviz.session.parameter_counts import MAP_KINDS


class ExportMenu:
    """Exports from the window's views; ``refresh`` redraws the window after frames moved the cursor."""

    def __init__(
        self,
        controller: Controller,
        window: MainWindow,
        canvas: NetworkCanvas,
        views: Views,
        refresh: Callable[[], None],
    ):
        self.controller = controller
        self.window = window
        self.canvas = canvas
        self.views = views
        self._refresh = refresh
        self._kept_figure = None
        """The last kernel-math figure asked for: alive while the export dialog draws it."""

    def figure_targets(self) -> dict:
        """Every exportable figure by its menu name, each a callable giving the widget (up to date)."""
        plots, data = self.views.panels["plots"], self.views.panels["data"]
        targets = {"Network": lambda: self.canvas, "Data": lambda: data.export_widgets()["data"]}
        for key in ("loss", "accuracy", "gradients", "activation", "softmax", "fit", "layers", "wide_deep"):
            targets[key.capitalize()] = lambda k=key: plots.export_widgets()[k]
        if data.stack.currentWidget() is data.images:  # a picture classifier's results
            for key in IMAGE_PANELS:
                targets[key.capitalize()] = lambda k=key: data.export_widgets()[k]
        if any(layer.kind in MAP_KINDS for layer in self.controller.workspace.experiment.network.layers):
            targets["Kernel_math"] = self._kernel_math_figure
        targets["Whole window"] = lambda: self.window
        return targets

    def _kernel_math_figure(self):
        """The inspector's conv or pool cell (the selected one, else the cursor's) as a figure, in the
        canvas's theme; kept until the next one is asked for."""
        from PySide6.QtCore import Qt

        from nnviz.qt.kernel_math_figure import KernelMathFigure
        from nnviz.session.kernel_math import shown_kernel_math

        figure = KernelMathFigure(self.canvas.theme)
        view = self.controller.workspace.step_view()
        figure.set_math(shown_kernel_math(view), view.sample_text())
        figure.resize(figure.sizeHint())
        figure.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        figure.show()
        self._kept_figure = figure
        return figure

    def export_figure(self) -> None:
        from nnviz.qt.export_dialog import ExportDialog

        ExportDialog(self.figure_targets(), self.window, workspace=self.controller.workspace).exec()

    def export_worked_example(self) -> Path | None:
        """The current iteration as a Markdown or LaTeX worked example (by the file name's ending)."""
        from nnviz.worked_example import render

        ws = self.controller.workspace
        trace = ws.stepper.trace
        if trace is None:
            self.window.show_message(
                translate("export_menu", "Step into an iteration first: there is nothing to write out yet")
            )
            return None
        filters = "Markdown (*.md);;LaTeX (*.tex)"
        path, _ = QFileDialog.getSaveFileName(
            self.window, translate("export_menu", "Export worked example"), "worked-example.md", filters
        )
        if not path:
            return None
        fmt = "latex" if path.lower().endswith(".tex") else "markdown"
        try:
            Path(path).write_text(
                render(ws.experiment, [trace], fmt, sample=int(trace.samples[ws.sample])), encoding="utf-8"
            )
        except OSError as error:
            self.window.show_message(translate("export_menu", "Not saved: {0}").format(error.strerror or error))
            return None
        self.window.show_message(
            translate("export_menu", "Worked example of iteration {0} written to {path}").format(
                trace.iteration, path=path
            )
        )
        return Path(path)

    def export_exercise(self) -> list[Path]:
        """The current iteration as a worksheet (Markdown, LaTeX, PDF or a CSV of blank boxes, by the
        file name's ending) and, beside a worksheet, its answer key (``…-answers``)."""
        from nnviz.grading.recompute import Iteration
        from nnviz.grading.worksheet import default_scope, render
        from nnviz.qt.document_pdf import pdf_bytes

        ws = self.controller.workspace
        trace = ws.stepper.trace
        if trace is None:
            self.window.show_message(
                translate("export_menu", "Step into an iteration first: there is nothing to write out yet")
            )
            return []
        filters = translate(
            "export_menu", "Markdown (*.md);;LaTeX (*.tex);;PDF (*.pdf);;CSV for nnviz check (*.csv)"
        )
        path, _ = QFileDialog.getSaveFileName(
            self.window, translate("export_menu", "Export exercise"), "exercise.md", filters
        )
        if not path:
            return []
        target = Path(path)
        fmt = {".tex": "latex", ".csv": "csv", ".pdf": "pdf"}.get(target.suffix.lower(), "markdown")
        trainer = ws.stepper.trainer
        it = Iteration(trainer, trace, trainer.optimizer)
        name, number = ws.experiment.name, trace.iteration
        scope = default_scope(it, traced_row=ws.step_view().row)  # a CNN's: the traced sample

        def document(answers: bool) -> bytes:
            if fmt != "pdf":
                return render(name, it, number, fmt, answers, scope).encode("utf-8")
            title = f"{'Answer key' if answers else 'Exercise'}: {name}, iteration {number}"
            return pdf_bytes(render(name, it, number, "html", answers, scope), title)

        files = [(target, document(False))]
        if fmt != "csv":
            files.append((target.with_name(f"{target.stem}-answers{target.suffix}"), document(True)))
        try:
            for file, data in files:
                file.write_bytes(data)
        except OSError as error:
            self.window.show_message(translate("export_menu", "Not saved: {0}").format(error.strerror or error))
            return []
        if len(files) > 1:
            text = translate(
                "export_menu", "Exercise of iteration {number} written to {path}, its answer key to {key}"
            )
            text = text.format(number=number, path=path, key=files[1][0].name)
        else:
            text = translate("export_menu", "Exercise of iteration {number} written to {path}").format(
                number=number, path=path
            )
        self.window.show_message(text)
        return [file for file, _ in files]

    def export_frames(self) -> list[Path]:
        """One PNG per step of the current iteration (and a GIF), at a granularity the user picks."""
        from nnviz.qt.frames import GRANULARITIES, export_step_frames

        choice, ok = QInputDialog.getItem(
            self.window,
            translate("export_menu", "Export step frames"),
            translate("export_menu", "One frame per:"),
            list(GRANULARITIES),
            0,
            False,
        )
        if not ok:
            return []
        folder = QFileDialog.getExistingDirectory(self.window, translate("export_menu", "Folder for the frames"))
        if not folder:
            return []
        self.controller.pause()
        paths = export_step_frames(self.controller.workspace, folder, choice, theme=self.canvas.theme)
        self._refresh()
        self.window.show_message(
            translate("export_menu", "{0} frames and steps.gif written to {folder}").format(
                len(paths), folder=folder
            )
        )
        return paths
