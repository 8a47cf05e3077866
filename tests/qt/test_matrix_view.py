"""The matrix view: A·Wᵀ = Z with the trace's numbers, revealed column by column; selection both ways."""

import numpy as np
import pytest
from PySide6.QtCore import Qt

from nnviz.qt.matrix_view import MatrixView, short
from nnviz.session.events import BACKWARD, FORWARD, UPDATE, Granularity
from nnviz.session.selection import Selection


@pytest.fixture
def view(qtbot, controller):
    widget = MatrixView(controller)
    qtbot.addWidget(widget)
    widget.resize(900, 400)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def step_until(controller, phase, layer, unit=None):
    stepper = controller.workspace.stepper
    while stepper.trace is None or not stepper.is_revealed(phase, layer, unit):
        controller.step(Granularity.UNIT)


def click(qtbot, table, row, col):
    index = table.model().index(row, col)
    table.scrollTo(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())


def test_before_the_first_iteration_only_the_weights_show(view, controller):
    dense = controller.workspace.experiment.network.layers[0]
    assert view.layer == 1
    assert view.a_model.rowCount() == 0 and view.z_model.rowCount() == 0
    np.testing.assert_array_equal(view.w_model.values, np.vstack([dense.W.T, dense.b]))


def test_z_is_the_traces_z_revealed_unit_by_unit(view, controller):
    controller.step(Granularity.UNIT)
    controller.step(Granularity.UNIT)  # forward of layer 1, units 1 and 2
    lt = controller.workspace.stepper.trace.layers[0]
    z = view.z_model.values
    np.testing.assert_array_equal(z[:, :2], lt.z[:, :2])
    assert np.isnan(z[:, 2]).all()
    np.testing.assert_array_equal(view.a_model.values, lt.input_with_bias)
    # The product the view shows is the one that made Z.
    np.testing.assert_allclose(view.a_model.values @ view.w_model.values, lt.z, rtol=1e-12, atol=1e-12)
    assert view.z_model.data(view.z_model.index(0, 0)) == short(lt.z[0, 0])
    assert view.z_model.data(view.z_model.index(0, 2)) == ""


def test_the_view_follows_the_cursor_to_layer_two(view, controller):
    step_until(controller, FORWARD, 2, 0)
    lt = controller.workspace.stepper.trace.layers[1]
    assert view.layer == 2
    np.testing.assert_array_equal(view.z_model.values, lt.z)
    np.testing.assert_array_equal(view.a_model.values, lt.input_with_bias)
    assert view.a_model.columnCount() == 4  # three units of layer 1 and the ones column


def test_gradient_and_update_modes(view, controller):
    step_until(controller, BACKWARD, 2, 0)
    view.set_mode("grad")
    lt = controller.workspace.stepper.trace.layers[1]
    np.testing.assert_array_equal(view.w_model.values, np.vstack([lt.grad_W.T, lt.grad_b]))
    np.testing.assert_array_equal(view.z_model.values, lt.delta)  # δ beside ∂L/∂Wᵀ = Aᵀ·δ
    np.testing.assert_allclose(view.a_model.values.T @ view.z_model.values, view.w_model.values, atol=1e-15)
    view.set_mode("delta")
    assert np.isnan(view.w_model.values).all()
    step_until(controller, UPDATE, 2)
    np.testing.assert_array_equal(view.w_model.values, np.vstack([lt.dW.T, lt.db]))


def test_clicking_a_weight_selects_the_edge_and_back(qtbot, view, controller):
    controller.step(Granularity.PHASE)
    view.layer_combo.setCurrentIndex(view.layer_combo.findData(1))
    view.refresh()
    click(qtbot, view.w_table, 1, 2)
    assert controller.selection == Selection(1, 2, 1)
    assert view.w_model.highlighted == {(1, 2)}
    click(qtbot, view.w_table, 2, 0)  # the bias row
    assert controller.selection == Selection(1, 0, 2)
    controller.select(Selection(1, 1, 0))
    assert view.w_model.highlighted == {(0, 1)}
    controller.select(Selection(1, 2))
    assert view.w_model.highlighted == {(r, 2) for r in range(3)}
    assert (4, 2) in view.z_model.highlighted


def test_clicking_z_selects_the_unit_and_the_sample(qtbot, view, controller):
    controller.step(Granularity.PHASE)
    view.layer_combo.setCurrentIndex(view.layer_combo.findData(1))
    view.refresh()
    click(qtbot, view.z_table, 4, 1)
    assert controller.selection == Selection(1, 1)
    assert controller.workspace.sample == 4
    assert view.z_model.bold_rows == {4}


def test_selecting_another_layer_shows_it(view, controller):
    controller.step(Granularity.UNIT)
    controller.select(Selection(2, 0, 3))
    assert view.layer == 2
    assert view.w_model.highlighted == {(3, 0)}


def test_a_rebuilt_network_refreshes_the_layers(view, controller):
    controller.change(("network", "layers", 0, "units"), 5)
    assert view.layer_combo.count() == 3
    assert view.w_model.values.shape == (3, 5)


def _contrast(a, b) -> float:
    """WCAG contrast ratio of two QColors."""

    def luminance(c):
        def channel(x):
            return x / 12.92 if x <= 0.03928 else ((x + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())

    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.mark.parametrize("theme_name", ["LIGHT", "DARK"])
def test_a_highlighted_cell_is_readable_in_either_theme(qtbot, theme_name):
    from nnviz.qt import theme
    from nnviz.qt.matrix_view.table import MatrixModel

    model = MatrixModel(getattr(theme, theme_name))
    values = np.array([[-1.0, -0.3, 0.0, 0.3, 1.0, np.nan]])
    model.set_matrix(values, ["1"], [str(j) for j in range(6)], "w", constant_cols=[5])
    model.set_highlight({(0, j) for j in range(6)}, set())
    for j in range(6):
        index = model.index(0, j)
        background = model.data(index, Qt.ItemDataRole.BackgroundRole)
        text = model.data(index, Qt.ItemDataRole.ForegroundRole)
        assert _contrast(background, text) >= 4.5, (theme_name, j, background.name(), text.name())
