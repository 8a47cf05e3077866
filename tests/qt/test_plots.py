"""The plots panel draws the workspace's numbers, and only those the cursor has revealed."""

from __future__ import annotations

import numpy as np
import pytest

from nnviz.core.activations import get_activation
from nnviz.core.experiment import Experiment
from nnviz.presets import load_experiment, preset_names
from nnviz.qt.controller import Controller
from nnviz.qt.data_view import DataView
from nnviz.qt.plots import PlotsPanel
from nnviz.qt.plots.ranges import nice_ceil, steady
from nnviz.qt.plots.style import CountAxis, make_plot_widget
from nnviz.qt.theme import LIGHT
from nnviz.session.events import FORWARD, LOSS, Granularity
from nnviz.session.plot_values import input_mapper, smooth_log
from nnviz.session.selection import Selection
from nnviz.session.workspace import Workspace

BINARY = {
    "data": {"dataset": "circle", "samples": 100, "noise": 0.05, "test_fraction": 0.2},
    "network": {"layers": [{"units": 4, "activation": "tanh"}, {"units": 1, "activation": "sigmoid"}]},
    "loss": {"name": "bce"},
}
SOFTMAX = {
    "data": {"dataset": "spiral3", "samples": 90, "test_fraction": 0.2},
    "network": {"layers": [{"units": 6, "activation": "relu"}, {"units": 3, "activation": "softmax"}]},
    "loss": {"name": "cross_entropy"},
}
SINE = {
    "data": {"dataset": "sine", "samples": 60, "test_fraction": 0.2},
    "network": {"layers": [{"units": 6, "activation": "tanh"}, {"units": 1, "activation": "identity"}]},
    "loss": {"name": "mse"},
}
BUMP = {
    "data": {"dataset": "bump", "samples": 60, "test_fraction": 0.2},
    "network": {"layers": [{"units": 5, "activation": "tanh"}, {"units": 1, "activation": "identity"}]},
    "loss": {"name": "mse"},
}


def make_controller(parts: dict, **extra) -> Controller:
    spec = {"nnviz": 1, "seed": 1, "optimizer": {"name": "adam", "learning_rate": 0.03}, "batch_size": 10}
    spec.update(parts)
    spec.update(extra)
    return Controller(Workspace(Experiment(spec)))


def n_points(curve) -> int:
    x = curve.getData()[0]
    return 0 if x is None else len(x)


def train(controller: Controller, iterations: int) -> None:
    controller.step(Granularity.ITERATION)
    controller.workspace.run(iterations)
    controller.stepped.emit()


@pytest.fixture
def make_panel(qtbot):
    def make(parts: dict, **extra) -> tuple[Controller, PlotsPanel]:
        controller = make_controller(parts, **extra)
        panel = PlotsPanel(controller)
        qtbot.addWidget(panel)
        panel.resize(640, 380)
        panel.show()
        return controller, panel

    return make


# -- loss and accuracy ----------------------------------------------------------------------------


def test_loss_curves_have_one_point_per_recorded_iteration_and_epoch(make_panel):
    controller, panel = make_panel(BINARY)
    train(controller, 60)
    page = panel.show_page("loss")
    metrics = controller.workspace.stepper.metrics
    x, y = page.batch.getData()
    assert len(x) == len(metrics) == 61
    np.testing.assert_array_equal(x, metrics.iterations)
    np.testing.assert_array_equal(y, metrics.loss_total)
    epochs = controller.workspace.epochs
    x, y = page.epochs.train.getData()
    np.testing.assert_array_equal(x, [r.iteration for r in epochs])
    np.testing.assert_allclose(y, [r.result.train_loss for r in epochs])
    np.testing.assert_allclose(page.epochs.test.getData()[1], [r.result.test_loss for r in epochs])


def test_current_iteration_loss_appears_when_the_loss_event_is_revealed(make_panel):
    controller, panel = make_panel(BINARY)
    train(controller, 5)
    page = panel.show_page("loss")
    controller.step(Granularity.UNIT)  # into iteration 7: its forward pass only
    stepper = controller.workspace.stepper
    assert stepper.position.iteration == 7 and not stepper.is_revealed(LOSS, 0)
    assert page.batch.getData()[0][-1] == 6
    while not stepper.is_revealed(LOSS, 0):
        controller.step(Granularity.UNIT)
    assert page.batch.getData()[0][-1] == 7


def test_the_first_iterations_loss_is_a_visible_dot_until_there_is_a_line(make_panel):
    """A line through one point draws nothing: a learner saw an empty plot after the first loss."""
    controller, panel = make_panel(BINARY)
    page = panel.show_page("loss")
    stepper = controller.workspace.stepper
    while not stepper.is_revealed(LOSS, 0):
        controller.step(Granularity.UNIT)
    assert len(page.batch.getData()[0]) == 1 and page.batch.opts["symbol"] is not None
    controller.step(Granularity.ITERATION)
    controller.step(Granularity.ITERATION)
    assert len(page.batch.getData()[0]) == 2 and page.batch.opts["symbol"] is None


def test_log_y_checkbox_switches_the_axis(make_panel):
    controller, panel = make_panel(BINARY)
    train(controller, 20)
    page = panel.show_page("loss")
    axis = page.plot.getAxis("left")
    assert not axis.logMode
    page.log_y.setChecked(True)
    assert axis.logMode and page.plot.ctrl.logYCheck.isChecked()
    page.log_y.setChecked(False)
    assert not axis.logMode


def test_regularization_term_is_its_own_curve(make_panel):
    controller, panel = make_panel(BINARY, regularization={"kind": "l2", "lambda": 0.01})
    train(controller, 30)
    page = panel.show_page("loss")
    metrics = controller.workspace.stepper.metrics
    assert page.reg.isVisible()
    np.testing.assert_array_equal(page.reg.getData()[1], metrics.loss_reg)
    assert np.all(metrics.loss_reg > 0)

    plain, plain_panel = make_panel(BINARY)
    train(plain, 5)
    assert not plain_panel.show_page("loss").reg.isVisible()


def test_accuracy_per_epoch_and_a_hint_for_regression(make_panel):
    controller, panel = make_panel(BINARY)
    train(controller, 40)
    page = panel.show_page("accuracy")
    assert not page.showing_hint
    epochs = controller.workspace.epochs
    np.testing.assert_allclose(page.epochs.train.getData()[1], [r.result.train_accuracy for r in epochs])
    np.testing.assert_allclose(page.epochs.test.getData()[1], [r.result.test_accuracy for r in epochs])

    _, regression = make_panel(SINE)
    page = regression.show_page("accuracy")
    assert page.showing_hint and "no accuracy" in page.hint.text()


# -- gradients ------------------------------------------------------------------------------------


def test_gradient_norms_one_curve_per_layer_on_a_log_axis(make_panel):
    controller, panel = make_panel(
        BINARY,
        network={"layers": [{"units": 4, "activation": "tanh"}] * 2 + [{"units": 1, "activation": "sigmoid"}]},
    )
    train(controller, 50)
    page = panel.show_page("gradients")
    norms = controller.workspace.stepper.metrics.grad_norms
    assert len(page.curves) == len(page.raw) == 3
    assert page.plot.getAxis("left").logMode
    names = [label.text for _, label in page.legend.items]
    assert names == ["layer 1", "layer 2", "layer 3 (output)"]
    for k in range(3):
        # yData: the data as given; getData() is already log10 on a log axis.
        np.testing.assert_array_equal(page.raw[k].yData, norms[:, k])
        np.testing.assert_allclose(page.curves[k].yData, smooth_log(norms[:, k], 1))


def test_a_layers_gradient_appears_with_its_backward_step(make_panel):
    controller, panel = make_panel(BINARY)
    train(controller, 3)
    page = panel.show_page("gradients")
    stepper = controller.workspace.stepper
    while stepper.current_event is None or stepper.current_event.phase != "backward":
        controller.step(Granularity.LAYER)
    # Backward of the output layer (2) is revealed, that of layer 1 not yet.
    current = stepper.position.iteration
    assert page.raw[1].getData()[0][-1] == current
    assert page.raw[0].getData()[0][-1] == current - 1


# -- activation -------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["tanh", "relu", "sigmoid", "leaky_relu"])
def test_activation_curves_are_f_and_its_derivative(make_panel, name):
    layers = [{"units": 5, "activation": name}, {"units": 1, "activation": "sigmoid"}]
    controller, panel = make_panel(BINARY, network={"layers": layers})
    train(controller, 10)
    page = panel.show_page("activation")
    f = get_activation(name)
    z, fz = page.f_curve.getData()
    _, dfz = page.df_curve.getData()
    sample = np.linspace(0, len(z) - 1, 17).astype(int)
    np.testing.assert_allclose(fz[sample], f.value(z[sample]))
    np.testing.assert_allclose(dfz[sample], f.derivative(z[sample], f.value(z[sample])))
    trace_z = controller.workspace.stepper.trace.layers[0].z
    assert z.min() <= trace_z.min() and z.max() >= trace_z.max()


def test_histogram_holds_every_batch_row_and_unit(make_panel):
    controller, panel = make_panel(BINARY)
    train(controller, 10)
    page = panel.show_page("activation")
    trace = controller.workspace.stepper.trace
    z = trace.layers[0].z
    assert page.counts.sum() == z.size == 10 * 4
    edges, counts = page.hist.getData()
    expected, _ = np.histogram(z, bins=len(counts), range=(edges[0], edges[-1]))
    np.testing.assert_array_equal(counts, expected)


def test_histogram_shows_only_revealed_units(make_panel):
    controller, panel = make_panel(BINARY)
    train(controller, 4)
    page = panel.show_page("activation")
    controller.step(Granularity.UNIT)
    controller.step(Granularity.UNIT)  # forward of units 1 and 2 of layer 1
    assert page.counts.sum() == 10 * 2
    page.set_layer(2)
    assert page.layer == 2 and page.counts.sum() == 0


def test_activation_follows_the_selected_unit(make_panel):
    controller, panel = make_panel(BINARY)
    train(controller, 2)
    page = panel.show_page("activation")
    controller.select(Selection(2, 0))
    assert page.layer == 2 and page.layer_box.currentIndex() == 1
    controller.select(Selection(1, 2, 0))
    assert page.layer == 1


def test_activation_marks_the_traced_samples_units(make_panel):
    controller, panel = make_panel(BINARY)
    train(controller, 3)
    controller.select_sample(2)
    page = panel.show_page("activation")
    x, y = page.marks.getData()
    z = controller.workspace.stepper.trace.layers[0].z[2]
    np.testing.assert_array_equal(x, z)
    np.testing.assert_allclose(y, np.tanh(z))


# -- softmax ----------------------------------------------------------------------------------------


def _heights(page, step):
    return np.asarray(page.bars[step].opts["height"], dtype=float)


def test_softmax_bars_are_the_traced_samples_numbers(make_panel):
    controller, panel = make_panel(SOFTMAX)
    train(controller, 20)
    controller.select_sample(3)
    page = panel.show_page("softmax")
    trace = controller.workspace.stepper.trace
    z, p = trace.layers[-1].z[3], trace.layers[-1].a[3]
    y = int(trace.t[3])
    np.testing.assert_allclose(_heights(page, "z"), z)
    np.testing.assert_allclose(_heights(page, "exp"), np.exp(z))
    np.testing.assert_allclose(_heights(page, "p"), p)
    np.testing.assert_allclose(_heights(page, "nll"), [-np.log(p[y])])
    assert page.steps.true_class == y
    assert [label.toPlainText() for label in page.labels["p"]] == [f"{v:.3g}" for v in p]


def test_softmax_bars_wait_for_the_output_forward_step(make_panel):
    controller, panel = make_panel(SOFTMAX)
    train(controller, 5)
    page = panel.show_page("softmax")
    stepper = controller.workspace.stepper
    controller.step(Granularity.UNIT)  # next iteration, forward of layer 1 unit 1
    assert not stepper.is_revealed(FORWARD, 2)
    assert page.steps is None
    assert all(len(_heights(page, step)) == 0 for step in page.bars)
    while not stepper.is_revealed(FORWARD, 2):
        controller.step(Granularity.UNIT)
    np.testing.assert_allclose(_heights(page, "z"), stepper.trace.layers[-1].z[0])
    assert len(_heights(page, "nll")) == 0  # the loss is the next event
    controller.step(Granularity.UNIT)
    assert stepper.is_revealed(LOSS, 0) and len(_heights(page, "nll")) == 1


def test_softmax_page_is_a_hint_without_softmax_output(make_panel):
    _, panel = make_panel(BINARY)
    page = panel.show_page("softmax")
    assert page.showing_hint and "softmax" in page.hint.text()


def test_a_live_run_draws_at_most_two_points_a_pixel_and_a_pause_every_point(make_panel, qtbot):
    """The mini-batch loss keeps its extremes per stretch (peak_points), the epochs are strided;
    once the run pauses the curves are drawn from every point again."""
    controller, panel = make_panel(BINARY, batch_size=80)  # an epoch an iteration
    panel.resize(420, 300)
    page = panel.show_page("loss")
    qtbot.waitUntil(lambda: 100 < page.plot.getViewBox().width() < 400)
    train(controller, 3000)
    width = int(page.plot.getViewBox().width())
    every = n_points(page.batch), n_points(page.epochs.train)
    assert every[0] > 2 * width and every[1] > 2 * width
    controller.running_changed.emit(True)
    controller.stepped.emit()
    live = n_points(page.batch), n_points(page.epochs.train)
    assert live[0] <= 2 * width + -(-every[0] // width) and live[1] <= 2 * width + 1
    x, y = page.batch.getData()
    metrics = controller.workspace.stepper.metrics
    assert y.max() == metrics.loss_total[: every[0]].max() and x[-1] == metrics.iterations[every[0] - 1]
    controller.running_changed.emit(False)
    assert (n_points(page.batch), n_points(page.epochs.train)) == every


# -- fit ----------------------------------------------------------------------------------------------


def test_fit_curve_is_the_networks_prediction(make_panel):
    controller, panel = make_panel(SINE)
    train(controller, 40)
    page = panel.show_page("fit")
    assert not page.showing_hint and page.dims == 1
    x, y = page.curves[0].getData()
    experiment = controller.workspace.experiment
    expected = experiment.network.predict(input_mapper(experiment)(x[:, None]))[:, 0]
    np.testing.assert_allclose(y, expected)
    data = experiment.data
    assert x.min() < data.points_train.min() and x.max() > data.points_train.max()


def test_the_fit_legend_has_its_own_row_above_the_data(make_panel, qtbot):
    """In a short plot (the presentation column) the legend inside the view covered the data."""
    controller, panel = make_panel(SINE)
    train(controller, 10)
    page = panel.show_page("fit")
    panel.resize(420, 260)
    qtbot.waitUntil(lambda: page.line_plot.getViewBox().sceneBoundingRect().height() > 0)
    page.line_legend_row.fit()
    legend, data = page.line_legend.sceneBoundingRect(), page.line_plot.getViewBox().sceneBoundingRect()
    assert len(page.line_legend.items) == 3 and legend.height() > 0
    assert legend.bottom() <= data.top()


def test_fit_uses_the_parameters_the_cursor_shows(make_panel):
    controller, panel = make_panel(SINE)
    train(controller, 10)
    page = panel.show_page("fit")
    controller.step(Granularity.UNIT)  # a new iteration: its update is not revealed yet
    stepper = controller.workspace.stepper
    x, y = page.curves[0].getData()
    a = x[:, None]
    for k, layer in enumerate(stepper.trainer.network.layers):
        lt = stepper.trace.layers[k]
        a = layer.activation.value(a @ lt.W_before.T + lt.b_before)
    np.testing.assert_allclose(y, a[:, 0])


def test_fit_of_two_inputs_is_an_image(make_panel):
    controller, panel = make_panel(BUMP)
    train(controller, 10)
    page = panel.show_page("fit")
    assert page.dims == 2 and page.plane.rgba.shape == (100, 100, 4)
    grid = page.plane.grid
    corner = np.array([[grid.xs[-1], grid.ys[0]]])
    expected = controller.workspace.experiment.network.predict(corner)[0, 0]
    assert page.plane.values[0, -1, 0] == pytest.approx(expected, rel=1e-5, abs=1e-6)  # float32 grid


def test_fit_is_a_hint_for_classification(make_panel):
    _, panel = make_panel(BINARY)
    assert panel.show_page("fit").showing_hint


# -- the panel ----------------------------------------------------------------------------------------


def test_only_the_shown_page_draws_and_others_catch_up_when_opened(make_panel):
    controller, panel = make_panel(BINARY)
    panel.show_page("loss")
    train(controller, 15)
    gradients = panel.pages["gradients"]
    assert n_points(gradients.raw[0]) == 0
    panel.show_page("gradients")
    assert n_points(gradients.raw[0]) == 16


def test_hidden_panel_draws_when_shown_again(make_panel):
    controller, panel = make_panel(BINARY)
    page = panel.show_page("loss")
    panel.hide()
    train(controller, 8)
    assert n_points(page.batch) == 0
    panel.show()
    assert n_points(page.batch) == 9


def test_a_new_workspace_rebuilds_the_pages(make_panel):
    controller, panel = make_panel(BINARY)
    train(controller, 5)
    page = panel.show_page("gradients")
    assert len(page.curves) == 2
    controller.set_workspace(make_controller(SOFTMAX).workspace)
    assert len(page.curves) == 2 and n_points(page.raw[0]) == 0
    assert not panel.pages["softmax"].showing_hint
    assert panel.pages["fit"].showing_hint


def test_export_widgets_brings_every_page_up_to_date(make_panel):
    controller, panel = make_panel(SOFTMAX)
    panel.show_page("loss")
    train(controller, 12)
    widgets = panel.export_widgets()
    assert set(widgets) == {"loss", "accuracy", "gradients", "activation", "softmax", "fit", "layers", "wide_deep"}
    assert n_points(panel.pages["gradients"].raw[0]) == 13
    assert panel.pages["softmax"].steps is not None


def test_a_diverged_run_draws_without_warnings(make_panel):
    controller, panel = make_panel(
        SINE, optimizer={"name": "sgd", "learning_rate": 1e3}, network=SINE["network"], batch_size=20
    )
    train(controller, 100)
    stepper = controller.workspace.stepper
    assert not np.all(np.isfinite(stepper.metrics.loss_total))
    for key in panel.pages:
        panel.show_page(key)
    panel.loss.log_y.setChecked(True)
    panel.loss.log_y.setChecked(False)


# -- steady ranges ------------------------------------------------------------------------------------


def test_steady_ranges_move_only_when_the_data_leaves_or_shrinks_well_inside():
    assert nice_ceil(0.93) == 1.0 and nice_ceil(432) == 500 and nice_ceil(1e-3) == pytest.approx(1e-3)
    first = steady(None, 0.0, 93.0)
    assert first == (0.0, 120.0)
    assert steady(first, 0.0, 110.0) == first  # still fits
    assert steady(first, 0.0, 130.0) == (0.0, 150.0)  # outgrew it
    assert steady(first, 0.0, 20.0) == (0.0, 25.0)  # fills less than 40%: shrinks
    assert steady(None, -0.7, 0.9) == (-0.8, 1.0)
    assert steady(None, -2.3, 0.4, log=True) == (-3.0, 1.0)  # whole decades


def test_steady_range_stops_when_the_learner_zooms_and_resumes_on_auto(make_panel):
    controller, panel = make_panel(BINARY)
    train(controller, 30)
    page = panel.show_page("loss")
    view = page.plot.getViewBox()
    view.sigRangeChangedManually.emit([True, True])
    assert page.range.manual and not page.plot.buttonsHidden  # "A" shows when the mouse is over the plot
    view.setXRange(5, 6, padding=0)
    train(controller, 30)
    assert view.viewRange()[0] == pytest.approx([5, 6])
    page.plot.autoBtn.clicked.emit(page.plot.autoBtn)
    assert not page.range.manual
    train(controller, 1)
    assert view.viewRange()[0][1] >= controller.workspace.stepper.metrics.iterations[-1]


# -- every preset ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("preset", preset_names())
def test_every_preset_draws_every_page_and_the_data_view_without_warnings(qtbot, preset):
    controller = Controller(Workspace(load_experiment(preset)))
    panel, view = PlotsPanel(controller), DataView(controller)
    for widget in (panel, view):
        qtbot.addWidget(widget)
        widget.resize(600, 360)
        widget.show()
    for granularity in (Granularity.UNIT, Granularity.LAYER, Granularity.PHASE, Granularity.ITERATION):
        controller.step(granularity)
    train(controller, 25)
    controller.step(Granularity.UNIT)
    for key in panel.pages:
        panel.show_page(key)
    data = controller.workspace.experiment.data
    loss = panel.pages["loss"]
    assert any(sample.item is loss.epochs.test for sample, _ in loss.legend.items) == (len(data.x_test) > 0)
    assert view.is_plane == (data.points_train.shape[1] == 2)


def test_epoch_curves_are_set_again_only_when_an_epoch_was_added(make_panel, monkeypatch):
    controller, panel = make_panel(BINARY)
    page = panel.show_page("loss")
    train(controller, 20)
    calls = []
    set_data = type(page.epochs.train).setData
    monkeypatch.setattr(
        page.epochs.train, "setData", lambda *a, **k: (calls.append(1), set_data(page.epochs.train, *a, **k))
    )
    epochs = len(controller.workspace.epochs)
    controller.workspace.run(1)  # within the epoch: no new evaluation
    controller.stepped.emit()
    assert len(controller.workspace.epochs) == epochs and calls == []
    controller.workspace.run(controller.workspace.stepper.trainer.iterations_per_epoch)
    controller.stepped.emit()
    assert len(controller.workspace.epochs) == epochs + 1 and len(calls) == 1
    assert n_points(page.epochs.train) == epochs + 1
    controller.reset()
    assert n_points(page.epochs.train) == 0


def test_an_iteration_axis_ticks_whole_numbers_only(qtbot):
    widget = make_plot_widget(LIGHT, "", "iteration", "loss", count_x=True)
    qtbot.addWidget(widget)
    axis = widget.getPlotItem().getAxis("bottom")
    assert isinstance(axis, CountAxis)
    for low, high in ((0.0, 2.4), (0.0, 7.0), (3.0, 3.5), (0.0, 1800.0)):
        ticks = [value for _, values in axis.tickValues(low, high, 400) for value in values]
        assert ticks and all(float(value).is_integer() for value in ticks), (low, high, ticks)
    plain = make_plot_widget(LIGHT, "", "x", "y").getPlotItem().getAxis("bottom")
    assert any(not float(v).is_integer() for _, values in plain.tickValues(0.0, 2.4, 400) for v in values)


def test_a_tab_shows_an_ampersand_not_an_accelerator(make_panel):
    _, panel = make_panel(BINARY)
    titles = [panel.tabs.tabText(i) for i in range(panel.tabs.count())]
    wide = [t for t in titles if "Wide" in t]
    assert wide == ["Wide && Deep"]  # Qt draws "&&" as one "&"; a lone "&" underlined the next letter
