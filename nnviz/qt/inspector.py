"""The inspector: every number of the selected unit or weight at the cursor, in words and in a table.

It draws what :func:`nnviz.session.inspection.inspect` decides from the
workspace's step view, for the selection (or, with nothing selected, the unit
the cursor is on) at the cursor. It shows

1. a title naming the unit or weight (or, with nothing selected, the loss or update at the cursor);
2. first, under "Now:", the computation of the event at the cursor
   (:mod:`nnviz.session.event_sentences`: an update shows its rule with η and
   the layer's parameters without a click), scrolled into view; then
   the chain-rule sentences of :mod:`nnviz.core.explain` for what the cursor
   has revealed, for the traced sample (``workspace.sample``): the forward pass
   once ``forward(layer, unit)`` is revealed, the loss for an output unit, the
   backward pass (or a weight's gradient) once ``backward`` is, and a weight's
   update once ``update(layer)`` is;
3. a table of the values, each naming its time point, "—" where the cursor has not got there yet;
4. for a weight or bias, a *Check gradient* button: the gradient again by
   central finite differences on the same batch with the same dropout masks,
   beside the backprop value and their relative error (green below 1e-6).
"""

from __future__ import annotations

import copy
import html
import math

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from nnviz.core.explain import num
from nnviz.core.features import FEATURE_LABELS
from nnviz.core.gradcheck import check_parameter
from nnviz.core.numbering import subscript
from nnviz.qt.controller import Controller
from nnviz.qt.i18n import translate
from nnviz.qt.kernel_math_html import kernel_math_html
from nnviz.qt.pacing import TEXT_INTERVAL_S, LivePacer, PacedPanel
from nnviz.qt.theme import Theme, ui_font
from nnviz.session.exercise_feedback import EXERCISE
from nnviz.session.inspection import Row, inspect
from nnviz.session.kernel_math import KernelMath, kernel_math
from nnviz.session.selection import Selection

PASS_BELOW = 1e-6
"""Relative error under which backprop and the finite difference agree."""
DASH = "—"
PASS_COLOR = "#1a7f37"
FAIL_COLOR = "#c62828"


class Inspector(PacedPanel, QWidget):
    """Numbers of the selected unit or edge at the cursor; see the module docstring."""

    def __init__(self, controller: Controller, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("inspector")
        self.controller = controller
        self.target: Selection | None = None
        """What is shown: the selection, or the unit the cursor is on."""
        self.sentences: list[str] = []
        """The chain-rule sentences shown, in order."""
        self.last_check: tuple[float, float, float] | None = None
        """``(numeric, backprop, relative error)`` of the last gradient check of the shown weight."""
        self._checked: tuple = (None, None)
        self._groups: list[tuple[str, list[str]]] = []
        self.kernel_math: KernelMath | None = None
        """The shown conv or pool cell's window, kernel and products (:mod:`nnviz.session.kernel_math`)."""
        self.event_groups: list[tuple[str, list[str]]] = []
        """The computation of the event at the cursor, shown first (:mod:`nnviz.session.event_sentences`)."""
        self.title = QLabel()
        self.title.setObjectName("inspector_title")
        self.title.setWordWrap(True)
        self._style_title()
        self.subtitle = QLabel()
        self.subtitle.setObjectName("inspector_subtitle")
        self.subtitle.setWordWrap(True)
        self.subtitle.setStyleSheet("color: palette(placeholder-text);")
        self.text = QTextBrowser()
        self.text.setObjectName("inspector_sentences")
        self.text.setToolTip(
            translate("inspector", "The chain rule with this iteration's numbers, for the traced sample.")
        )
        self.text.setOpenLinks(False)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("inspector_table")
        self.table.setToolTip(
            translate("inspector", "The values at the cursor; — where the cursor has not got there yet.")
        )
        self.table.setHorizontalHeaderLabels(
            ["", translate("inspector", "value"), translate("inspector", "meaning")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setWordWrap(True)  # the meaning wraps in a narrow dock instead of being cut
        header.sectionResized.connect(lambda index, _old, _new: index == 2 and self._fit_rows())
        self.check_button = QPushButton(translate("inspector", "Check gradient"))
        self.check_button.setObjectName("check_gradient_button")
        self.check_button.setToolTip(
            translate(
                "inspector",
                "Compute ∂L/∂w again without backprop: nudge the weight by ±10⁻⁵ and watch the loss change, "
                "on the same batch with the same dropout masks. Enabled once the backward pass has "
                "reached this weight.",
            )
        )
        self.check_button.clicked.connect(self.check_gradient)
        self.check_result = QLabel()
        self.check_result.setObjectName("gradient_check_label")
        self.check_result.setWordWrap(True)
        self.check_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        # The sentences get two thirds of a short dock and the table the rest (scrolling), so the
        # event's computation is never squeezed to a line by a long table; the learner can move
        # the split (a 1366×768 screen leaves the table four lines). Three lines and a row at least:
        # in the presentation type at 1366×768 five lines and two rows were more than the dock had,
        # and the squeezed table's header covered the sentences' last line.
        self.text.setMinimumHeight(3 * self.text.fontMetrics().lineSpacing())
        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.setObjectName("inspector_split")
        self.split.setChildrenCollapsible(False)
        self.split.addWidget(self.text)
        self.split.addWidget(self.table)
        self.split.setStretchFactor(0, 2)
        self.split.setStretchFactor(1, 1)
        self.split.setToolTip(
            translate("inspector", "Drag the line between the sentences and the table to share the room")
        )
        layout.addWidget(self.split, 1)
        layout.addWidget(self.check_button)
        layout.addWidget(self.check_result)
        self.pacer = LivePacer(self, controller, TEXT_INTERVAL_S)
        controller.stepped.connect(self._on_controller_stepped)
        controller.selection_changed.connect(self.refresh)
        controller.workspace_replaced.connect(self.refresh)
        self.refresh()

    # -- following the controller -------------------------------------------------------------------
    def set_theme(self, theme: Theme) -> None:
        """Type at ``theme``'s size; the colours follow the application's palette."""
        self.setFont(ui_font(theme))
        self._style_title()
        self.refresh()

    def _style_title(self) -> None:
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title.setFont(font)

    def refresh(self) -> None:
        self._stale = False
        ws = self.controller.workspace
        view = ws.step_view()
        shown = inspect(view, ws.stepper.trainer, _input_names(ws))
        if (shown.target, view.trace) != self._checked:
            self._clear_check()
        self._checked = (shown.target, view.trace)
        self.target = shown.target
        self.event_groups = view.event_groups
        self.title.setText(shown.title)
        self.subtitle.setText(shown.subtitle)
        self._groups = shown.groups
        self.sentences = shown.sentences or (
            [s for _, lines in self.event_groups for s in lines] if shown.target is None else []
        )
        self._fill_table(shown.rows)
        unit = shown.target is not None and shown.target.is_unit and shown.target.layer >= 1
        self.kernel_math = kernel_math(view, shown.target.layer, shown.target.unit) if unit else None
        self._render_sentences()
        target = shown.target
        self.check_button.setVisible(target is not None and not target.is_unit and target.layer >= 1)
        self.check_button.setEnabled(shown.can_check)

    # -- output -------------------------------------------------------------------------------------------
    def _render_sentences(self) -> None:
        """The exercise mode's answers first, then the event's computation, then what the selection
        adds; from the top, so it is in view."""
        parts = []
        shown = [lines for _, lines in self.event_groups]
        groups = [
            (translate("Inspection", heading), lines) for heading, lines in self._groups if heading == EXERCISE
        ]
        # The event at the cursor is "Now"; in the update phase the layers updated before it follow.
        groups += [
            (
                (
                    translate("inspector", "Now: {heading}")
                    if i == 0
                    else translate("inspector", "Before it in this iteration: {heading}")
                ).format(heading=translate("Inspection", heading)),
                lines,
            )
            for i, (heading, lines) in enumerate(self.event_groups)
        ]
        groups += [
            (translate("Inspection", heading), lines)
            for heading, lines in self._groups
            if lines not in shown and heading != EXERCISE
        ]
        if self.kernel_math is not None:  # the cell's window, kernel and products as tables, first
            parts.append(kernel_math_html(self.kernel_math))
        for heading, lines in groups:
            parts.append(f"<p style='margin:6px 0 2px 0'><b>{heading}</b></p>")
            parts += [f"<p style='margin:0 0 4px 0'>{html.escape(s)}</p>" for s in lines]
        if not parts:
            hint = (
                translate("inspector", "Step forward to reveal this unit's numbers.")
                if self.target is not None
                else ""
            )
            parts.append(f"<p style='color:gray'>{hint}</p>")
        self.text.setHtml("".join(parts))
        self.text.verticalScrollBar().setValue(0)

    def _fill_table(self, rows: list[Row]) -> None:
        self.table.setRowCount(len(rows))
        for r, (symbol, value, meaning) in enumerate((row.symbol, row.value, row.meaning) for row in rows):
            shown = DASH if value is None else num(float(value))
            items = (QTableWidgetItem(symbol), QTableWidgetItem(shown), QTableWidgetItem(meaning))
            items[1].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            items[1].setToolTip(DASH if value is None else repr(float(value)))
            items[2].setForeground(self.palette().color(QPalette.ColorRole.PlaceholderText))
            items[2].setToolTip(meaning)  # the whole sentence where a narrow panel cuts it
            for c, item in enumerate(items):
                self.table.setItem(r, c, item)
        self._fit_rows()
        self.table.setVisible(bool(rows))

    def _fit_rows(self) -> None:
        """Rows as high as their wrapped meaning, and the table as high as its rows."""
        self.table.resizeRowsToContents()
        rows_height = sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        frame = 2 * self.table.frameWidth()
        header = self.table.horizontalHeader().height() + frame
        self.table.setMaximumHeight(header + rows_height)
        self.table.setMinimumHeight(header + min(rows_height, self.table.verticalHeader().defaultSectionSize()))

    def value(self, symbol: str) -> str:
        """The table's text for ``symbol`` (for tests and accessibility); ``KeyError`` if not shown."""
        for r in range(self.table.rowCount()):
            if self.table.item(r, 0).text() == symbol:
                return self.table.item(r, 1).text()
        raise KeyError(symbol)

    # -- gradient check -----------------------------------------------------------------------------------
    def check_gradient(self) -> tuple[float, float, float] | None:
        """Check the shown weight's gradient on the trace's batch; shows and returns
        ``(numeric, backprop, relative error)`` (``None`` when there is nothing to check)."""
        target, ws = self.target, self.controller.workspace
        trace = ws.stepper.trace
        if target is None or target.is_unit or trace is None or target.layer < 1:
            return None
        trainer = ws.stepper.trainer
        try:
            # The iteration started from the parameters before its update: check there.
            network = copy.deepcopy(trainer.network)  # any kind of layer: dense, conv, pool
            network.set_parameters(
                [p for lt in trace.layers if lt.W_before is not None for p in (lt.W_before, lt.b_before)]
            )
            masks = [lt.mask for lt in trace.layers]
            with np.errstate(all="ignore"):
                result = check_parameter(
                    network,
                    trainer.loss,
                    trainer.regularizer,
                    trace.x,
                    trace.t,
                    target.layer,
                    target.unit,
                    target.source,
                    masks=masks,
                )
        except ValueError as error:
            self.check_result.setText(translate("inspector", "Cannot check: {error}").format(error=error))
            self.check_result.setStyleSheet(f"color: {FAIL_COLOR};")
            return None
        numeric, analytic, rel = result
        ok = math.isfinite(rel) and rel < PASS_BELOW
        verdict = (
            translate("inspector", "✓ backprop agrees")
            if ok
            else translate(
                "inspector",
                "✗ they differ: a kink within ±10⁻⁵ (ReLU at 0, |w| at 0, a hinge margin at 0) or a bug",
            )
        )
        self.check_result.setText(
            translate("inspector", "numeric {0}\nbackprop {1}\nrelative error {2}  {verdict}").format(
                num(numeric, 8), num(analytic, 8), num(rel, 2), verdict=verdict
            )
        )
        self.check_result.setStyleSheet(f"color: {PASS_COLOR if ok else FAIL_COLOR};")
        self.last_check = result
        return result

    def _clear_check(self) -> None:
        self.last_check = None
        self.check_result.clear()


def _input_names(ws) -> list[str]:
    features = ws.experiment.data.features
    if features:
        return [FEATURE_LABELS.get(f, f) for f in features]
    return [f"x{subscript(i + 1)}" for i in range(ws.experiment.network.n_inputs)]
