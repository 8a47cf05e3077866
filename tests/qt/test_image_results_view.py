"""A picture classifier's results in the data view's place: the confusion matrix, the gallery of
misclassified test pictures (a click puts one on the pad) and the pad to draw a digit on, whose
class probabilities equal the core's prediction."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt

from nnviz.cli import main
from nnviz.core.losses import predict_classes, true_classes
from nnviz.presets import load_experiment
from nnviz.qt import pacing
from nnviz.qt.controller import Controller
from nnviz.qt.data_view import DataView
from nnviz.qt.image_results.panel import RESULTS_INTERVAL_S
from nnviz.qt.theme import DARK
from nnviz.session.events import Granularity
from nnviz.session.image_results import forward_with
from nnviz.session.workspace import Workspace


@pytest.fixture
def view(qtbot):
    controller = Controller(Workspace(load_experiment("digits-cnn")))
    controller.step(Granularity.ITERATION)
    controller.workspace.run(40)
    view = DataView(controller)
    qtbot.addWidget(view)
    view.resize(480, 420)
    view.show()
    qtbot.waitExposed(view)
    controller.stepped.emit()
    return view


def point(rect) -> QPoint:
    return rect.center().toPoint()


def test_the_matrix_counts_the_test_set_as_the_core_predicts_it(view):
    images = view.images
    assert view.stack.currentWidget() is images
    data, net = view.controller.workspace.experiment.data, view.controller.workspace.experiment.network
    true, predicted = true_classes(data.t_test), predict_classes(net.predict(data.x_test))
    counts = images.matrix.counts
    assert counts.sum() == len(data.x_test)
    assert [counts[t, p] for t, p in itertools.product(range(10), range(10))] == [
        np.count_nonzero((true == t) & (predicted == p)) for t, p in itertools.product(range(10), range(10))
    ]
    right = np.count_nonzero(true == predicted)
    assert f"{right} of {len(true)} read right" in images.matrix_caption.text()
    # Strength follows a cell's share of its row; an empty cell is the background.
    t, p = next(((t, p) for t, p in itertools.product(range(10), range(10)) if t != p and counts[t, p] == 0))
    assert images.matrix.fill(t, p) == images.theme.q("background")


def test_a_cell_opens_its_pictures_and_a_picture_goes_on_the_pad(view, qtbot):
    images = view.images
    mistakes = images.results.misclassified
    first = mistakes[0]
    qtbot.mouseClick(
        images.matrix, Qt.MouseButton.LeftButton, pos=point(images.matrix.cell_rect(first.true, first.predicted))
    )
    assert images.tabs.currentWidget() is images.pages["misclassified"]
    cell = [m.index for m in mistakes if (m.true, m.predicted) == (first.true, first.predicted)]
    assert images.gallery.keys == cell and images.show_all.isVisible()
    assert (
        f"True {first.true} read as {first.predicted}: {len(cell)} test pictures" in images.gallery_caption.text()
    )
    qtbot.waitUntil(lambda: images.gallery.width() > 100)
    qtbot.mouseClick(images.gallery, Qt.MouseButton.LeftButton, pos=point(images.gallery.picture_rect(0)))
    assert images.tabs.currentWidget() is images.pages["draw"]
    data = view.controller.workspace.experiment.data
    np.testing.assert_array_equal(images.pad.picture, data.points_test[first.index][0])
    p = view.controller.workspace.experiment.network.predict(data.x_test[first.index : first.index + 1])[0]
    np.testing.assert_allclose(images.bars.p, p, rtol=1e-9)
    assert images.bars.true == first.true and int(np.argmax(images.bars.p)) == first.predicted
    assert f"Test picture {first.index + 1}, true {first.true}" in images.pad_caption.text()
    # ... and traced: the canvas, the inspector and the softmax page follow it.
    assert images.trace.isChecked()
    assert view.controller.workspace.step_view().sample_text() == f"test picture {first.index + 1}"
    images.show_all.click()
    assert len(images.gallery.keys) == min(len(mistakes), 60) and not images.show_all.isVisible()


def test_drawing_a_digit_gives_the_cores_probabilities(view, qtbot):
    images = view.images
    images.show_tab("draw")
    images.pad.clear()
    qtbot.waitUntil(lambda: images.pad.width() > 50)
    pad = images.pad
    # A stroke down column 4, rows 1..6: press, drag through the cells, release.
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=pad.cell_center(1, 4).toPoint())
    for row in range(2, 7):
        qtbot.mouseMove(pad, pos=pad.cell_center(row, 4).toPoint())
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=pad.cell_center(6, 4).toPoint())
    expected = np.zeros((8, 8))
    expected[1:7, 4] = 1.0
    np.testing.assert_array_equal(pad.picture, expected)
    ws = view.controller.workspace
    p = ws.experiment.network.predict(expected[None, None])[0]  # digits-cnn does not standardize
    np.testing.assert_allclose(images.bars.p, p, rtol=1e-9)
    assert images.test_index is None and "Your picture: read as" in images.pad_caption.text()
    qtbot.mouseClick(pad, Qt.MouseButton.RightButton, pos=pad.cell_center(3, 4).toPoint())
    assert pad.picture[3, 4] == 0.0
    # A step updates the probabilities: the picture stays, the parameters move.
    before = images.bars.p.copy()
    view.controller.step(Granularity.ITERATION)
    assert not np.allclose(images.bars.p, before)
    np.testing.assert_allclose(images.bars.p, ws.experiment.network.predict(pad.picture[None, None])[0], rtol=1e-9)


def test_a_live_run_redraws_the_results_once_a_second(view, monkeypatch):
    clock = [100.0]
    monkeypatch.setattr(pacing, "_clock", lambda: clock[0])
    images, controller = view.images, view.controller
    controller.running_changed.emit(True)
    images.pacer._last = float("-inf")  # the last redraw was long ago on the fake clock
    images._on_controller_stepped()
    drawn = images.results
    controller.workspace.run(3)
    clock[0] += RESULTS_INTERVAL_S / 2
    images._on_controller_stepped()
    assert images.results is drawn and images._stale
    clock[0] += RESULTS_INTERVAL_S
    images._on_controller_stepped()
    assert images.results is not drawn and not images._stale


def test_the_theme_and_a_non_picture_network(view):
    view.set_theme(DARK)
    assert view.images.matrix.theme is DARK and view.images.pad.theme is DARK
    view.controller.set_workspace(Workspace(load_experiment("xor-2-2-1")))
    assert view.is_plane and view.images.images is None


def test_shot_draws_the_results_and_refuses_other_networks(tmp_path, capsys):
    out = tmp_path / "confusion.png"
    assert (
        main(
            [
                "shot",
                "digits-cnn",
                "--iterations",
                "5",
                "--panel",
                "confusion",
                "--size",
                "400x300",
                "--out",
                str(out),
            ]
        )
        == 0
    )
    assert out.stat().st_size > 1000
    assert main(["shot", "xor-2-2-1", "--panel", "draw", "--out", str(tmp_path / "x.png")]) == 2
    assert "not a picture classifier" in capsys.readouterr().err


def test_the_drawn_digit_becomes_the_traced_sample(view, qtbot):
    images, controller = view.images, view.controller
    ws = controller.workspace
    images.show_tab("draw")
    images.pad.clear()
    picture = np.zeros((8, 8))
    picture[1:7, 4] = 1.0
    images.pad.set_picture(picture)
    images.label.setValue(1)
    images.trace.click()
    assert images.trace.isChecked() and ws.probe is not None
    controller.step(Granularity.UNIT)  # into the next iteration: the picture is what the views trace
    view_ = ws.step_view()
    assert view_.sample_text() == "your picture" and view_.true_class == 1
    np.testing.assert_array_equal(view_.trace.x[0, 0], picture)
    controller.step(Granularity.PHASE)  # the whole forward pass
    out = ws.step_view().layers[-1].a[0]
    # The canvas's output units and the pad's bars: one forward pass, with the parameters the
    # iteration started from (the update is not revealed yet).
    np.testing.assert_allclose(out, images.bars.p, rtol=1e-12)
    params = [p for lt in ws.stepper.trace.layers if lt.W_before is not None for p in (lt.W_before, lt.b_before)]
    np.testing.assert_allclose(
        out, forward_with(ws.experiment.network, params, picture[None, None])[0], rtol=1e-12
    )
    # A stroke while traced traces the new picture.
    qtbot.mouseClick(images.pad, Qt.MouseButton.LeftButton, pos=images.pad.cell_center(1, 3).toPoint())
    assert ws.step_view().trace.x[0, 0, 1, 3] == 1.0
    # Tracing a batch row again sets the picture aside, and the button says so.
    controller.select_sample(2)
    assert ws.probe is None and not images.trace.isChecked()
    assert ws.step_view().sample_text() != "your picture"


def test_only_the_tab_on_show_is_drawn_and_the_others_when_opened(view):
    images, controller = view.images, view.controller
    images.show_tab("draw")
    controller.step(Granularity.ITERATION)
    assert images._tabs_stale == {"confusion", "misclassified"}
    drawn = images.results
    images.show_tab("confusion")
    assert images.results is not drawn and "confusion" not in images._tabs_stale
    assert images.matrix.counts.sum() == len(controller.workspace.experiment.data.x_test)
    images.show_tab("misclassified")
    assert not images._tabs_stale and images.gallery.keys == [m.index for m in images.results.misclassified][:60]
