"""Step sequences: one frame per event at unit granularity, a GIF, and the cursor put back."""

import numpy as np
from PIL import Image
from PySide6.QtGui import QImage

from nnviz.presets import load_experiment
from nnviz.qt.frames import export_step_frames
from nnviz.session.events import Granularity
from nnviz.session.workspace import Workspace


def test_one_frame_per_event_of_a_2_2_1_iteration(qapp, tmp_path):
    ws = Workspace(load_experiment("xor-2-2-1"))
    assert ws.experiment.network.sizes == [2, 2, 1]
    paths = export_step_frames(ws, tmp_path, "unit", size=(500, 320))
    assert len(paths) == len(ws.stepper.events) == 9
    assert [p.name for p in paths] == [f"frame_{i:03d}.png" for i in range(1, 10)]
    images = [QImage(str(p)) for p in paths]
    assert all(img.width() == 500 and img.height() == 320 for img in images)
    assert len({bytes(img.constBits()) for img in images}) == 9  # each step changes the picture
    with Image.open(tmp_path / "steps.gif") as gif:
        assert gif.n_frames == 9


def test_layer_and_phase_granularity_give_fewer_frames_and_the_cursor_returns(qapp, tmp_path):
    ws = Workspace(load_experiment("xor-2-2-1"))
    ws.run(5)
    ws.step(Granularity.UNIT)
    ws.step(Granularity.UNIT)
    before = ws.stepper.position
    z = ws.stepper.trace.layers[0].z.copy()
    layers = export_step_frames(ws, tmp_path / "layer", "layer", gif=False)
    phases = export_step_frames(ws, tmp_path / "phase", "phase", gif=False)
    # layers: 2 forward, the loss, 2 backward, 2 updates → 7; phases: forward, loss, backward, update → 4
    assert len(layers) == 7 and len(phases) == 4
    assert ws.stepper.position == before
    assert np.array_equal(ws.stepper.trace.layers[0].z, z)
    assert not (tmp_path / "layer" / "steps.gif").exists()
