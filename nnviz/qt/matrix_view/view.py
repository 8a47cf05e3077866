"""The matrix view: a layer of the network as the matrix product that computes it.

For one layer k and the current mini-batch of N samples::

    Z = A · Wᵀ        A: (N, fan_in + 1), the layer's inputs with a column of ones
                      Wᵀ: (fan_in + 1, units), the weights with the bias b as the last row
                      Z: (N, units), every unit's weighted sum for every sample

Each matrix is a table of its numbers on the diverging colour map (orange
negative, blue positive). Only what the cursor has revealed is filled: a
unit's column of Z once its forward event is revealed. A toggle shows, in W's
place, the gradient ∂L/∂Wᵀ = Aᵀ·δ (with δ beside it) or the update ΔWᵀ.

The layer follows the cursor, or the selection when it changes; a combo box
can pin one. Clicking a cell of Wᵀ selects that weight on the canvas (and
back: the selected weight's cell is outlined); clicking a row of A or Z makes
that sample the traced one.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from nnviz.core.numbering import sample_number
from nnviz.qt.controller import Controller
from nnviz.qt.i18n import translate
from nnviz.qt.matrix_view.table import MAX_ROWS, MatrixModel, fit_to_cells, matrix_table, set_table_font
from nnviz.qt.pacing import TEXT_INTERVAL_S, LivePacer, PacedPanel
from nnviz.qt.theme import LIGHT, Theme, ui_font
from nnviz.session.layer_view import LayerView
from nnviz.session.selection import Selection

Array = np.ndarray
MODES = ("W", "grad", "delta")
MODE_TEXT = {"W": "W", "grad": "∂L/∂W", "delta": "ΔW"}
_SUBSCRIPT = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")


class MatrixView(PacedPanel, QWidget):
    """A, Wᵀ (or ∂L/∂Wᵀ, ΔWᵀ) and Z of one layer at the cursor; see the module docstring."""

    def __init__(self, controller: Controller, parent: QWidget | None = None, theme: Theme = LIGHT):
        super().__init__(parent)
        self.setObjectName("matrix_view")
        self.controller = controller
        self.theme = theme
        self.mode = "W"
        self.layer = 1
        """The layer shown (1..L)."""
        self._auto_layer = 1
        self._cursor_layer: int | None = None
        self.a_model, self.w_model, self.z_model = MatrixModel(theme), MatrixModel(theme), MatrixModel(theme)
        self.a_table = matrix_table(
            "matrix_a",
            self.a_model,
            translate(
                "matrix_view.view",
                "A: the layer's inputs, one row per sample of the batch, "
                "and a column of ones for the bias. Click a row to trace that sample.",
            ),
        )
        self.w_table = matrix_table(
            "matrix_w",
            self.w_model,
            translate(
                "matrix_view.view",
                "Wᵀ: column j holds unit j's weights, its last row the "
                "bias b. Click a cell to select that weight on the network.",
            ),
        )
        self.z_table = matrix_table(
            "matrix_z",
            self.z_model,
            translate(
                "matrix_view.view",
                "Z = A·Wᵀ: every unit's weighted sum for every sample. "
                "A column fills in when the cursor reaches that unit.",
            ),
        )
        self.a_table.clicked.connect(self._on_a_table_clicked)
        self.w_table.clicked.connect(self._on_w_table_clicked)
        self.z_table.clicked.connect(self._on_z_table_clicked)
        # A and Z have the same rows (the batch): scroll them together.
        self.a_table.verticalScrollBar().valueChanged.connect(self.z_table.verticalScrollBar().setValue)
        self.z_table.verticalScrollBar().valueChanged.connect(self.a_table.verticalScrollBar().setValue)
        self.layer_combo = QComboBox()
        self.layer_combo.setObjectName("matrix_layer_combo")
        self.layer_combo.setToolTip(
            translate(
                "matrix_view.view", "Which layer to show: the cursor's (or the selected one's), or a fixed one."
            )
        )
        self.layer_combo.activated.connect(lambda _: self.refresh())
        self.mode_buttons = QButtonGroup(self)
        mode_bar = QHBoxLayout()
        mode_bar.setSpacing(0)
        tips = {
            "W": translate("matrix_view.view", "Show the weights Wᵀ (with b) this forward pass used."),
            "grad": translate(
                "matrix_view.view", "Show the gradient ∂L/∂Wᵀ = Aᵀ·δ (with ∂L/∂b), and δ = ∂L/∂Z beside it."
            ),
            "delta": translate(
                "matrix_view.view", "Show the optimizer's step ΔWᵀ (with Δb), once the update is revealed."
            ),
        }
        for i, mode in enumerate(MODES):
            button = QToolButton()
            button.setText(MODE_TEXT[mode])
            button.setObjectName(f"matrix_mode_{mode}")
            button.setToolTip(tips[mode])
            button.setCheckable(True)
            button.setChecked(mode == "W")
            self.mode_buttons.addButton(button, i)
            mode_bar.addWidget(button)
        self.mode_buttons.idClicked.connect(lambda i: self.set_mode(MODES[i]))
        self.equation = QLabel()
        self.equation.setObjectName("matrix_equation")
        self.captions = [QLabel() for _ in range(3)]
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("matrix_view.view", "Layer")))
        top.addWidget(self.layer_combo)
        top.addSpacing(8)
        top.addLayout(mode_bar)
        top.addSpacing(12)
        top.addWidget(self.equation, 1)
        self.columns = []
        for caption, table in zip(self.captions, (self.a_table, self.w_table, self.z_table)):
            caption.setStyleSheet("color: palette(placeholder-text);")
            column = QWidget()
            box = QVBoxLayout(column)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(2)
            box.addWidget(caption)
            box.addWidget(table, 1, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            self.columns.append(column)
        self.signs = [QLabel("·"), QLabel("=")]
        self._style_fonts(theme)
        self.body = QHBoxLayout()
        self.body.setSpacing(6)
        self._arrange()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addLayout(self.body, 1)
        self.pacer = LivePacer(self, controller, TEXT_INTERVAL_S)
        controller.stepped.connect(self._on_controller_stepped)
        controller.selection_changed.connect(self._on_controller_selection_changed)
        controller.workspace_replaced.connect(self._on_controller_workspace_replaced)
        self._on_controller_workspace_replaced()

    # -- following the controller -------------------------------------------------------------------------
    def _on_controller_workspace_replaced(self) -> None:
        layers = self.controller.workspace.experiment.network.layers
        n_layers = len(layers)
        pinned = self.layer_combo.currentData()
        self.layer_combo.clear()
        self.layer_combo.addItem(translate("matrix_view.view", "cursor"), 0)
        # The matrices are those of dense layers (A·Wᵀ = Z); a conv layer's kernels are drawn on the canvas.
        for k in (k for k in range(1, n_layers + 1) if layers[k - 1].kind == "dense"):
            text = translate("matrix_view.view", "{0} (output)") if k == n_layers else "{0}"
            self.layer_combo.addItem(text.format(k), k)
        self.layer_combo.setCurrentIndex(max(0, self.layer_combo.findData(pinned)))
        self._auto_layer = min(self._auto_layer, n_layers)
        self._cursor_layer = None
        self.refresh()

    def _on_controller_selection_changed(self) -> None:
        selection = self.controller.selection
        if selection is not None and selection.layer >= 1:
            # Selecting a unit in the layer below shows it as a column of A of this layer.
            self._auto_layer = selection.layer if not self._shows_as_input(selection) else self._auto_layer
        self.refresh()

    def _shows_as_input(self, selection: Selection) -> bool:
        return selection.is_unit and selection.layer == self.layer - 1

    def set_theme(self, theme: Theme) -> None:
        """Colour the matrices with ``theme`` (light, dark or presentation: larger type)."""
        self.theme = theme
        for model in (self.a_model, self.w_model, self.z_model):
            model.theme = theme
        self._style_fonts(theme)
        self.refresh()

    def _style_fonts(self, theme: Theme) -> None:
        font = ui_font(theme)
        self.setFont(font)
        for table in (self.a_table, self.w_table, self.z_table):
            set_table_font(table, font)
            table.model().bold_font = QFont(table.font())
            table.model().bold_font.setBold(True)
        sign_font = QFont(font)
        sign_font.setPointSizeF(font.pointSizeF() * 1.8)
        sign_font.setBold(True)
        for sign in self.signs:
            sign.setFont(sign_font)

    def set_mode(self, mode: str) -> None:
        """Show ``"W"`` (weights), ``"grad"`` (∂L/∂W with δ) or ``"delta"`` (ΔW)."""
        self.mode = mode
        self.mode_buttons.button(MODES.index(mode)).setChecked(True)
        self._arrange()
        self.refresh()

    def _arrange(self) -> None:
        """A · Wᵀ = Z; for the gradient Aᵀ · δ = ∂L/∂Wᵀ (the middle and right columns swap)."""
        a, w, z = self.columns
        middle, right = (z, w) if self.mode == "grad" else (w, z)
        order = (a, self.signs[0], middle, self.signs[1], right)
        self.signs[0].setText("ᵀ·" if self.mode == "grad" else "·")
        while self.body.count():
            self.body.takeAt(0)
        for widget in order:
            align = Qt.AlignmentFlag.AlignVCenter if widget in self.signs else Qt.AlignmentFlag.AlignTop
            self.body.addWidget(widget, 0, align)
        self.body.addStretch(1)

    # -- computing what to show -------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._stale = False
        view = self.controller.workspace.step_view()
        cursor = view.focus_layer
        if cursor is not None and cursor != self._cursor_layer:
            self._auto_layer = cursor
        self._cursor_layer = cursor
        pinned = self.layer_combo.currentData()
        k = min(pinned or self._auto_layer, len(view.layers))
        dense = [j for j, lv in enumerate(view.layers, start=1) if isinstance(lv, LayerView)]
        self.layer = k = next((j for j in dense if j >= k), dense[-1])
        lv = view.layers[k - 1]
        fan_in, units = lv.fan_in, lv.units
        trace = view.trace
        n = 0 if trace is None else len(trace.x)
        ins = [f"x{_sub(i + 1)}" for i in range(fan_in)] if k == 1 else [f"a{_sub(i + 1)}" for i in range(fan_in)]
        ins.append("1")
        outs = [f"z{_sub(j + 1)}" for j in range(units)]
        samples = [] if trace is None else [str(sample_number(i)) for i in trace.samples]
        # Every matrix as the step view reveals it; transposed, the bias is the last row.
        A = lv.inputs
        if self.mode == "W":
            M, m_name, m_meaning = lv.before.T, "Wᵀ", "weight"  # what Z = A·Wᵀ used
        elif self.mode == "grad":
            M, m_name, m_meaning = lv.gradient.T, "∂L/∂Wᵀ", translate("matrix_view.view", "gradient ∂L/∂w")
        else:
            M, m_name, m_meaning = lv.step.T, "ΔWᵀ", translate("matrix_view.view", "update Δw")
        if self.mode == "grad":
            R, r_name, r_meaning = lv.delta, "δ", "δ = ∂L/∂z"
            r_labels = [f"δ{_sub(j + 1)}" for j in range(units)]
        else:
            R, r_name, r_meaning = lv.z, "Z", translate("matrix_view.view", "weighted sum z")
            r_labels = outs
        self.a_model.set_matrix(A, samples, ins, translate("matrix_view.view", "input a"), constant_cols=[fan_in])
        self.w_model.set_matrix(M, ins, outs, m_meaning)
        self.z_model.set_matrix(R, samples, r_labels, r_meaning)
        self._set_texts(k, len(view.layers), n, fan_in, units, m_name, r_name, trace is None)
        self._highlight()
        for table, column in zip((self.a_table, self.w_table, self.z_table), self.columns):
            fit_to_cells(table)
            column.layout().activate()  # now, not a few posted layout requests later
        self.layout().activate()

    def _set_texts(self, k, n_layers, n, fan_in, units, m_name, r_name, empty) -> None:
        src = (
            translate("matrix_view.view", "the inputs x")
            if k == 1
            else translate("matrix_view.view", "the outputs of layer {0}").format(k - 1)
        )
        more_rows = (
            translate("matrix_view.view", " (first {MAX_ROWS} shown)").format(MAX_ROWS=MAX_ROWS)
            if n > MAX_ROWS
            else ""
        )
        self.captions[0].setText(f"A = [{src} | 1]   {n} × {fan_in}+1{more_rows}")
        if self.mode == "grad":
            self.captions[0].setText(
                translate("matrix_view.view", "A (used turned, as Aᵀ)   {n} × {fan_in}+1{more_rows}").format(
                    n=n, fan_in=fan_in, more_rows=more_rows
                )
            )
            self.captions[1].setText(
                translate("matrix_view.view", "{m_name} with ∂L/∂b as its last row   {fan_in}+1 × {units}").format(
                    m_name=m_name, fan_in=fan_in, units=units
                )
            )
            self.captions[2].setText(f"δ = ∂L/∂Z   {n} × {units}")
            self.equation.setText(
                translate(
                    "matrix_view.view",
                    "Layer {k}: ∂L/∂Wᵀ = Aᵀ · δ — each weight's gradient sums a·δ over the batch",
                ).format(k=k)
            )
        else:
            what = (
                translate("matrix_view.view", "the update ΔWᵀ with Δb")
                if self.mode == "delta"
                else translate("matrix_view.view", "Wᵀ with b as its last row")
            )
            self.captions[1].setText(f"{what}   {fan_in}+1 × {units}")
            self.captions[2].setText(f"Z = A·Wᵀ   {n} × {units}")
            self.equation.setText(
                translate("matrix_view.view", "Layer {k}: Z = A·Wᵀ + b — z_nj = Σ_i a_ni·w_ji + 1·b_j").format(k=k)
            )
        if empty:
            self.captions[0].setText(
                translate("matrix_view.view", "A: step into the first iteration to see the batch")
            )
            self.captions[2].setText(
                translate("matrix_view.view", "{r_name}: not computed yet").format(r_name=r_name)
            )

    def _highlight(self) -> None:
        view = self.controller.workspace.step_view()
        selection = view.selection
        sample = {view.row}
        k = self.layer
        a_cells, w_cells, z_cells = set(), set(), set()
        if selection is not None:
            if selection.layer == k and not selection.is_unit:
                w_cells = {(selection.source, selection.unit)}
            elif selection.layer == k:
                w_cells = {(r, selection.unit) for r in range(self.w_model.rowCount())}
                z_cells = {(r, selection.unit) for r in range(self.z_model.rowCount())}
            elif selection.is_unit and selection.layer == k - 1:
                a_cells = {(r, selection.unit) for r in range(self.a_model.rowCount())}
        self.a_model.set_highlight(a_cells, sample)
        self.w_model.set_highlight(w_cells, set())
        self.z_model.set_highlight(z_cells, sample)

    # -- clicks -------------------------------------------------------------------------------------------------
    def _on_w_table_clicked(self, index: QModelIndex) -> None:
        self.controller.select(Selection(self.layer, index.column(), index.row()))

    def _on_z_table_clicked(self, index: QModelIndex) -> None:
        self.controller.select_sample(index.row())
        self.controller.select(Selection(self.layer, index.column()))

    def _on_a_table_clicked(self, index: QModelIndex) -> None:
        self.controller.select_sample(index.row())
        fan_in = self.a_model.columnCount() - 1
        if self.layer > 1 and index.column() < fan_in:
            self.controller.select(Selection(self.layer - 1, index.column()))


def _sub(i: int) -> str:
    return str(i).translate(_SUBSCRIPT)
