"""The kernel math of a conv or pool cell as a figure: the numbers are the trace's, every number
drawn is legible or left out, and File › Export Figure and ``nnviz shot --panel kernel_math``
write it in every theme and format."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QStandardPaths
from PySide6.QtGui import QColor, QImage

from nnviz.cli import main
from nnviz.presets import load_experiment
from nnviz.qt.app import App
from nnviz.qt.export_dialog import ExportDialog
from nnviz.qt.kernel_math_figure import MIN_FONT_PX, KernelMathFigure
from nnviz.qt.theme import DARK, LIGHT, PRESENTATION
from nnviz.session.events import Granularity
from nnviz.session.kernel_math import shown_kernel_math
from nnviz.session.workspace import Workspace


def _at(layer: int, unit: int) -> Workspace:
    """digits-cnn after 3 iterations, the cursor on forward(layer, unit) (1-based unit)."""
    ws = Workspace(load_experiment("digits-cnn"))
    ws.run(3)
    ws.step(Granularity.UNIT)
    while (ws.stepper.current_event.layer, ws.stepper.current_event.unit) != (layer, unit - 1):
        ws.step(Granularity.UNIT)
    return ws


def test_the_figure_draws_the_traces_window_kernel_and_products(qtbot):
    ws = _at(1, 30)
    view = ws.step_view()
    m = shown_kernel_math(view)
    figure = KernelMathFigure(LIGHT)
    qtbot.addWidget(figure)
    figure.set_math(m, view.sample_text())
    (row,) = figure.grids()
    assert [symbol for symbol, _ in row] == ["x", "⊙", "K", "=", "x⊙K"]
    lt = view.layers[0].trace
    o, i, j = m.cell
    np.testing.assert_array_equal(row[2][1], lt.W_before[o, 0])
    np.testing.assert_allclose(row[4][1], row[0][1] * row[2][1])
    assert row[4][1].sum() + m.bias == pytest.approx(lt.z[view.row, o, i, j], abs=1e-12)
    assert figure.title.startswith(f"Layer 1 (conv2d), map {o + 1}, row {i + 1}, column {j + 1} — ")


@pytest.mark.parametrize("theme", [LIGHT, DARK, PRESENTATION])
def test_numbers_are_drawn_at_8_px_or_more_or_not_at_all(qtbot, theme):
    figure = KernelMathFigure(theme)
    qtbot.addWidget(figure)
    figure.set_math(shown_kernel_math(_at(1, 30).step_view()))
    for size, drawn in (((720, 420), True), ((160, 90), False)):
        figure.resize(*size)
        px = figure.number_px(figure.cell_size())
        assert (px is not None) == drawn
        if drawn:
            assert theme.font(px).pixelSize() >= MIN_FONT_PX
            assert theme.font(px).pixelSize() <= 0.3 * figure.cell_size() + 0.5  # inside its cell


def test_a_max_pool_cell_outlines_its_winner(qtbot):
    ws = _at(2, 7)
    m = shown_kernel_math(ws.step_view())
    assert m.kind == "max_pool2d"
    figure = KernelMathFigure(DARK)
    qtbot.addWidget(figure)
    figure.set_math(m)
    figure.resize(600, 400)
    image = figure.grab().toImage()
    cell = figure.cell_size()
    r, c = divmod(m.winner, 2)
    content = 3.5 * 13.0 * 1.6 + (2 + 0.4) * cell  # as paintEvent centres it (a pool has no label row)
    top = max(14.0, (400 - content) / 2) + 1.5 * 13.0 * 1.6
    x, y = 14.0 + c * cell, top + r * cell
    edge = QColor(image.pixel(int(x + cell / 2), int(y + 2)))  # on the outline's top edge
    assert edge == QColor(DARK.highlight)


@pytest.mark.parametrize("theme", ["light", "dark", "presentation"])
def test_shot_writes_the_kernel_math_in_every_theme(tmp_path, theme):
    for suffix in ("png", "svg", "pdf"):
        out = tmp_path / f"km.{suffix}"
        args = ["shot", "digits-cnn", "--iterations", "2", "--cursor", "forward:1:30", "--panel", "kernel_math"]
        assert main([*args, "--theme", theme, "--size", "600x360", "--out", str(out)]) == 0
        assert out.stat().st_size > 1000
    image = QImage(str(tmp_path / "km.png"))
    from nnviz.qt.theme import THEMES

    assert QColor(image.pixel(2, 2)) == QColor(THEMES[theme].background)


def test_shot_refuses_a_cursor_on_no_conv_or_pool_cell(tmp_path, capsys):
    assert main(["shot", "digits-cnn", "--panel", "kernel_math", "--out", str(tmp_path / "x.png")]) == 2
    assert "the cursor is on no conv or pool cell" in capsys.readouterr().err
    args = ["shot", "xor-2-2-1", "--cursor", "forward:1:1", "--panel", "kernel_math"]
    assert main([*args, "--out", str(tmp_path / "x.png")]) == 2


def test_export_figure_offers_the_kernel_math_of_a_cnn_in_a_chosen_theme(qtbot, tmp_path):
    QStandardPaths.setTestModeEnabled(True)
    app = App(_at(1, 30), theme=LIGHT)
    qtbot.addWidget(app.window)
    app.window.resize(1366, 768)
    app.window.show()
    targets = app.figure_targets()
    assert "Kernel_math" in targets
    dialog = ExportDialog(targets, app.window, workspace=app.controller.workspace)
    dialog.panel.setCurrentText("Kernel math")
    shown = QImage(str(dialog.save_to(tmp_path / "shown.png")))
    assert (shown.width(), shown.height()) == (720, 420)
    dialog.theme.setCurrentText(DARK.name)
    dark = QImage(str(dialog.save_to(tmp_path / "dark.png")))
    assert QColor(dark.pixel(2, 2)) == QColor(DARK.background) and QColor(shown.pixel(2, 2)) == QColor(
        LIGHT.background
    )
    xor = App(Workspace(load_experiment("xor-2-2-1")), theme=LIGHT)
    qtbot.addWidget(xor.window)
    assert "Kernel_math" not in xor.figure_targets()
