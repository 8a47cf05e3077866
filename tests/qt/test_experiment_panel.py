"""The experiment panel: live vs resetting changes, refused values, undo, consistency of dragged-along settings."""

import copy

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSpinBox
from xor_spec import XOR_SPEC

from nnviz.core.experiment import Experiment
from nnviz.presets import load_experiment
from nnviz.qt.controller import Controller
from nnviz.qt.experiment_panel import ExperimentPanel
from nnviz.session.workspace import Workspace


@pytest.fixture
def panel(qtbot, controller):
    widget = ExperimentPanel(controller)
    qtbot.addWidget(widget)
    return widget


def choose(box, value):
    """Pick the item with data ``value`` as a user would: select it, then ``activated``."""
    index = box.findData(value)
    assert index >= 0, value
    box.setCurrentIndex(index)
    box.activated.emit(index)


def sizes(controller):
    return controller.workspace.experiment.network.sizes


def test_panel_shows_the_spec(panel):
    assert panel.data.dataset.currentData() == "xor"
    assert panel.data.samples.value() == 40
    assert panel.network.rows[0]["units"].value() == 3
    assert panel.network.rows[0]["activation"].currentData() == "tanh"
    assert panel.network.output_activation.currentData() == "sigmoid"
    assert panel.training.learning_rate.value() == pytest.approx(0.3)
    assert panel.training.batch_size.value() == 10
    assert panel.data.features["x1"].isChecked() and panel.data.features["x2"].isChecked()
    assert not panel.data.features["x1*x2"].isChecked()
    for widget in (panel.data.dataset, panel.training.learning_rate, panel.network.rows[0]["units"]):
        assert widget.objectName() and widget.toolTip()


def test_learning_rate_change_keeps_the_run(qtbot, panel, controller):
    controller.workspace.run(5)
    with qtbot.waitSignal(controller.settings_changed) as signal:
        panel.training.learning_rate.setValue(0.1)
    assert "continues" in signal.args[0]
    trainer = controller.workspace.stepper.trainer
    assert trainer.iteration == 5
    assert trainer.optimizer.learning_rate == pytest.approx(0.1)
    assert controller.workspace.get(("optimizer", "learning_rate")) == 0.1


def test_learning_rate_arrows_walk_a_log_ladder(panel, controller):
    panel.training.learning_rate.stepBy(1)
    assert controller.workspace.get(("optimizer", "learning_rate")) == 1.0
    panel.training.learning_rate.stepBy(-2)
    assert controller.workspace.get(("optimizer", "learning_rate")) == 0.1


def test_units_change_resets_with_a_message(qtbot, panel, controller):
    controller.workspace.run(5)
    with qtbot.waitSignal(controller.settings_changed) as signal:
        panel.network.rows[0]["units"].setValue(5)
    assert "restarts from iteration 0" in signal.args[0]
    assert controller.workspace.stepper.trainer.iteration == 0
    assert sizes(controller) == [2, 5, 1]


def test_refused_value_leaves_the_spec_and_shows_the_real_value(qtbot, panel, controller):
    before = copy.deepcopy(controller.workspace.experiment.spec)
    with qtbot.waitSignal(controller.failed) as signal:
        choose(panel.network.output_activation, "relu")  # bce needs outputs in (0, 1)
    assert "bce" in signal.args[0]
    assert controller.workspace.experiment.spec == before
    assert panel.network.output_activation.currentData() == "sigmoid"


def test_undo_restores_the_previous_architecture(panel, controller):
    panel.network.rows[0]["units"].setValue(6)
    choose(panel.network.rows[0]["activation"], "relu")
    assert sizes(controller) == [2, 6, 1]
    controller.undo()
    assert controller.workspace.get(("network", "layers", 0, "activation")) == "tanh"
    controller.undo()
    assert sizes(controller) == [2, 3, 1]
    assert panel.network.rows[0]["units"].value() == 3
    assert panel.network.rows[0]["activation"].currentData() == "tanh"


def test_add_and_remove_hidden_layers(qtbot, panel, controller):
    qtbot.mouseClick(panel.network.add, Qt.MouseButton.LeftButton)
    assert sizes(controller) == [2, 3, 3, 1]
    assert len(panel.network.rows) == 2
    panel.network.rows[1]["units"].setValue(2)
    assert sizes(controller) == [2, 3, 2, 1]
    qtbot.mouseClick(panel.network.rows[0]["remove"], Qt.MouseButton.LeftButton)
    assert sizes(controller) == [2, 2, 1]
    assert len(panel.network.rows) == 1 and panel.network.rows[0]["units"].value() == 2
    qtbot.mouseClick(panel.network.rows[0]["remove"], Qt.MouseButton.LeftButton)
    assert sizes(controller) == [2, 1]
    assert panel.network.rows == []
    controller.undo()
    assert sizes(controller) == [2, 2, 1]


def test_dataset_of_three_classes_adapts_output_and_loss_in_one_step(panel, controller):
    choose(panel.data.dataset, "blobs3")
    spec = controller.workspace.experiment.spec
    assert spec["data"]["dataset"] == "blobs3"
    assert spec["network"]["layers"][-1] == {"units": 3, "activation": "softmax"}
    assert spec["loss"]["name"] == "cross_entropy"
    assert panel.training.loss.currentData() == "cross_entropy"
    assert panel.network.output_units.text() == "3"
    choose(panel.data.dataset, "sine")
    spec = controller.workspace.experiment.spec
    assert (spec["loss"]["name"], spec["network"]["layers"][-1]["activation"]) == ("mse", "identity")
    assert sizes(controller) == [1, 3, 1]
    assert not panel.data.features["x2"].isEnabled()
    controller.undo()
    controller.undo()
    assert controller.workspace.experiment.spec == XOR_SPEC


def test_hinge_loss_switches_the_output_to_raw_scores(panel, controller):
    choose(panel.training.loss, "hinge")
    out = controller.workspace.get(("network", "layers", -1))
    assert out == {"units": 2, "activation": "identity"}
    assert panel.network.output_activation.currentData() == "identity"
    choose(panel.training.loss, "bce")
    assert controller.workspace.get(("network", "layers", -1)) == {"units": 1, "activation": "sigmoid"}


def test_features_change_the_inputs_and_keep_one(qtbot, panel, controller):
    box = panel.data.features["x1*x2"]
    box.click()
    assert controller.workspace.get(("data", "features")) == ["x1", "x2", "x1*x2"]
    assert sizes(controller)[0] == 3
    assert "x₁·x₂" in panel.network.inputs.text()
    for name in ("x1", "x2"):
        panel.data.features[name].click()
    assert controller.workspace.get(("data", "features")) == ["x1*x2"]
    assert not panel.data.features["x1*x2"].isEnabled()  # the last one cannot go


def test_optimizer_change_drops_the_old_optimizers_settings(panel, controller):
    panel.training.momentum.setValue(0.9)
    assert controller.workspace.get(("optimizer",)) == {"name": "sgd", "learning_rate": 0.3, "momentum": 0.9}
    choose(panel.training.optimizer, "adam")
    assert controller.workspace.get(("optimizer",)) == {"name": "adam", "learning_rate": 0.3}
    assert panel.training._form.isRowVisible(panel.training.momentum) is False


def test_regularization_and_lambda_are_live(panel, controller):
    controller.workspace.run(3)
    choose(panel.training.regularization, "l2")
    assert controller.workspace.stepper.trainer.regularizer.kind == "l2"
    assert panel.training.lam.isEnabled()
    panel.training.lam.setValue(0.01)
    assert controller.workspace.stepper.trainer.regularizer.lam == 0.01
    assert controller.workspace.stepper.trainer.iteration == 3


def test_name_edit_is_saved_without_reset(qtbot, panel, controller):
    controller.workspace.run(2)
    panel.name.setText("My XOR")
    panel.name.editingFinished.emit()
    assert controller.workspace.experiment.name == "My XOR"
    assert controller.workspace.stepper.trainer.iteration == 2


def test_reset_and_randomize_buttons(qtbot, panel, controller):
    controller.workspace.run(4)
    qtbot.mouseClick(panel.reset, Qt.MouseButton.LeftButton)
    assert controller.workspace.stepper.trainer.iteration == 0
    seed = controller.workspace.experiment.seed
    qtbot.mouseClick(panel.randomize, Qt.MouseButton.LeftButton)
    assert controller.workspace.experiment.seed != seed
    assert panel.training.seed.value() == controller.workspace.experiment.seed


def test_a_new_workspace_repopulates_without_changes(qtbot, panel, controller):
    spec = copy.deepcopy(XOR_SPEC) | {"batch_size": 5, "optimizer": {"name": "adam", "learning_rate": 0.01}}
    changes = []
    controller.settings_changed.connect(changes.append)
    controller.set_workspace(Workspace(Experiment(spec)))
    assert panel.training.batch_size.value() == 5
    assert panel.training.optimizer.currentData() == "adam"
    assert changes == []
    assert not controller.workspace.can_undo()


def test_from_the_files_own_data_to_a_named_set(qtbot):
    controller = Controller(Workspace(load_experiment("worked-example")))
    panel = ExperimentPanel(controller)
    qtbot.addWidget(panel)
    assert panel.data.dataset.currentIndex() == -1  # the placeholder: the file's own data
    assert "given in the file" in panel.data.source.text()
    choose(panel.data.dataset, "blobs3")
    spec = controller.workspace.experiment.spec
    assert spec["data"] == {"dataset": "blobs3"}
    assert spec["network"]["inputs"] == 2
    out = spec["network"]["layers"][-1]
    assert out["units"] == 3 and out["activation"] == "softmax" and "weights" not in out
    assert spec["network"]["layers"][0]["weights"] == [[0.15, 0.2], [0.25, 0.3]]  # still 2×2: kept
    controller.undo()
    assert "inputs" in controller.workspace.experiment.spec["data"]
    assert panel.data.dataset.currentIndex() == -1


def test_a_typed_learning_rate_commits_once_on_enter(qtbot, panel, controller):
    changes = []
    controller.settings_changed.connect(changes.append)
    box = panel.training.learning_rate
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), "5e-4")
    assert changes == []  # no commit while typing
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Return)
    assert controller.workspace.get(("optimizer", "learning_rate")) == 0.0005
    assert len(changes) == 1


def test_adams_betas_show_for_adam_only_and_apply_without_reset(panel, controller):
    form = panel.training._form
    assert not form.isRowVisible(panel.training.beta1)
    choose(panel.training.optimizer, "adam")
    assert form.isRowVisible(panel.training.beta1) and form.isRowVisible(panel.training.beta2)
    assert panel.training.beta1.value() == pytest.approx(0.9)
    assert panel.training.beta2.value() == pytest.approx(0.999)
    controller.workspace.run(3)
    panel.training.beta1.setValue(0.8)
    assert controller.workspace.get(("optimizer", "betas")) == [0.8, 0.999]
    trainer = controller.workspace.stepper.trainer
    assert tuple(trainer.optimizer.hyper["betas"]) == (0.8, 0.999) and trainer.iteration == 3


def test_the_hinge_margin_shows_for_hinge_only_and_is_saved(panel, controller):
    form = panel.training._form
    assert not form.isRowVisible(panel.training.margin)
    choose(panel.training.loss, "hinge")
    assert form.isRowVisible(panel.training.margin) and panel.training.margin.value() == 1.0
    panel.training.margin.setValue(2.5)
    assert controller.workspace.get(("loss",)) == {"name": "hinge", "margin": 2.5}
    assert controller.workspace.stepper.trainer.loss.margin == 2.5
    choose(panel.training.loss, "bce")
    assert not form.isRowVisible(panel.training.margin)
    assert "margin" not in controller.workspace.get(("loss",))


def test_the_leaky_slope_shows_with_a_leaky_layer_and_sets_every_one(panel, controller):
    assert not panel.network.slope.isVisibleTo(panel)
    choose(panel.network.rows[0]["activation"], "leaky_relu")
    assert panel.network.slope.isVisibleTo(panel) and panel.network.slope.value() == pytest.approx(0.01)
    panel.network.slope.setValue(0.2)
    assert controller.workspace.get(("network", "layers", 0, "slope")) == 0.2
    assert controller.workspace.experiment.network.layers[0].activation.params == {"slope": 0.2}
    controller.undo()
    assert "slope" not in controller.workspace.get(("network", "layers", 0))
    assert panel.network.slope.value() == pytest.approx(0.01)


def test_a_stale_row_of_a_removed_layer_changes_nothing(qtbot, panel, controller):
    """The row widgets of a rebuilt editor live on until deleteLater: an edit reaching one is ignored."""
    panel.network.add.click()
    panel.network.add.click()
    old_row = panel.network.rows[2]
    old_row["remove"].click()
    panel.network.rows[1]["remove"].click()  # back to one hidden layer: the third row's widgets are stale
    spec = copy.deepcopy(controller.workspace.experiment.spec)
    old_row["units"].setValue(5)
    old_row["dropout"].setValue(0.5)
    choose(old_row["activation"], "relu")
    assert controller.workspace.experiment.spec == spec


def test_shuffle_off_keeps_the_batches_in_order_and_restarts(panel, controller):
    assert panel.training.shuffle.isChecked() and "shuffle" not in controller.workspace.experiment.spec
    ws = controller.workspace
    per_epoch = ws.stepper.trainer.iterations_per_epoch
    ws.run(per_epoch)
    shuffled = ws.stepper.trace.samples.copy()
    ws.run(per_epoch)
    assert list(ws.stepper.trace.samples) != list(shuffled)  # shuffled: another last batch
    panel.training.shuffle.setChecked(False)
    ws = controller.workspace
    assert ws.get(("shuffle",)) is False and ws.stepper.trainer.iteration == 0
    ws.run(per_epoch)
    first = ws.stepper.trace.samples.copy()
    ws.run(per_epoch)
    assert list(ws.stepper.trace.samples) == list(first)  # the epoch's last batch, the same rows again
    panel.training.shuffle.setChecked(True)
    assert "shuffle" not in controller.workspace.experiment.spec  # the default is not written out
    controller.undo()
    assert panel.training.shuffle.isChecked() is False


def test_the_units_box_says_the_most_it_offers(qtbot):
    """On the overfitting lesson (32 units) it said "(1 to 16)" beside a box showing 32."""
    panel = ExperimentPanel(Controller(Workspace(load_experiment("overfitting"))))
    qtbot.addWidget(panel)
    box = panel.findChild(QSpinBox, "units_spin_0")
    assert box.value() == 32 and box.maximum() == 32
    assert "(1 to 32)" in box.toolTip()
    small = ExperimentPanel(Controller(Workspace(load_experiment("xor-2-2-1"))))
    qtbot.addWidget(small)
    assert "(1 to 16)" in small.findChild(QSpinBox, "units_spin_0").toolTip()
