"""A picture file on the drawing pad: read by Qt, downsampled to the pad, on the data's values,
then traced as a drawing is; a file that cannot be read is named and changes nothing."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from nnviz.presets import load_experiment
from nnviz.qt.controller import Controller
from nnviz.qt.data_view import DataView
from nnviz.qt.image_results import picture_file
from nnviz.session.events import Granularity
from nnviz.session.workspace import Workspace


@pytest.fixture
def images(qtbot):
    controller = Controller(Workspace(load_experiment("digits-cnn")))
    controller.step(Granularity.ITERATION)
    view = DataView(controller)
    qtbot.addWidget(view)
    view.resize(480, 420)
    view.show()
    qtbot.waitExposed(view)
    view.images.show_tab("draw")
    yield view.images  # the view stays referenced until the test ends


def _seven(path, size=64, transparent=False) -> None:
    """A black 7 on white paper (or on a transparent sheet): a bar over the top quarter of the
    width's 2nd–7th eighths and a stroke down the 6th eighth."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(QColor(0, 0, 0, 0) if transparent else Qt.GlobalColor.white)
    painter = QPainter(image)
    e = size // 8
    painter.fillRect(QRect(e, e, 6 * e, e), Qt.GlobalColor.black)
    painter.fillRect(QRect(5 * e, e, e, 6 * e), Qt.GlobalColor.black)
    painter.end()
    assert image.save(str(path))


def _expected_seven() -> np.ndarray:
    seven = np.zeros((8, 8))
    seven[1, 1:7] = 1.0
    seven[1:7, 5] = 1.0
    return seven


@pytest.mark.parametrize("transparent", [False, True])
def test_a_png_goes_on_the_pad_as_the_data_draws_a_digit(images, tmp_path, transparent):
    path = tmp_path / "seven.png"
    _seven(path, transparent=transparent)
    images.test_index = 3  # a test picture on the pad: the file makes it the learner's own
    assert images.load_picture_file(str(path))
    np.testing.assert_allclose(images.pad.picture, _expected_seven(), atol=1e-12)  # digits lie in 0..1
    assert images.test_index is None and "Your picture: read as" in images.pad_caption.text()
    ws = images.controller.workspace
    np.testing.assert_allclose(images.bars.p, ws.experiment.network.predict(_expected_seven()[None, None])[0])


def test_a_loaded_picture_is_the_traced_sample_as_a_drawing_is(images, tmp_path, monkeypatch):
    ws = images.controller.workspace
    images.trace.click()
    assert ws.probe is not None
    path = tmp_path / "seven.png"
    _seven(path, size=40)  # 40 px onto 8 cells: 5 px a cell, the strokes still whole cells
    monkeypatch.setattr(picture_file.QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    images.load.click()
    images.controller.step(Granularity.UNIT)
    view = ws.step_view()
    assert view.sample_text() == "your picture"
    np.testing.assert_allclose(view.trace.x[0, 0], _expected_seven(), atol=1e-12)


def test_a_file_that_is_no_picture_is_named_and_nothing_changes(images, tmp_path, monkeypatch):
    messages: list[str] = []
    images.controller.failed.connect(messages.append)
    images.trace.click()
    ws = images.controller.workspace
    before = (images.pad.picture.copy(), ws.probe, images.test_index)
    bad = tmp_path / "notes.png"
    bad.write_text("not a picture")
    assert not images.load_picture_file(str(bad))
    assert messages[-1].startswith("notes.png: not a picture Qt can read")
    assert not images.load_picture_file(str(tmp_path / "gone.png"))
    assert messages[-1] == "gone.png: no such file"
    monkeypatch.setattr(picture_file, "MAX_SIDE", 32)
    big = tmp_path / "big.png"
    _seven(big, size=64)
    assert not images.load_picture_file(str(big))
    assert messages[-1] == "big.png: 64×64 pixels; at most 32 a side are read"
    np.testing.assert_array_equal(images.pad.picture, before[0])
    assert ws.probe is before[1] and images.test_index == before[2]
    monkeypatch.setattr(picture_file.QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    images.load.click()  # cancelled: nothing happens
    assert len(messages) == 3 and ws.probe is before[1]
