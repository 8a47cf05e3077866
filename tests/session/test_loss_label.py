"""The canvas's loss box says what the loss is once the cursor reveals it, blown up or not."""

import math

from nnviz.presets import load_experiment
from nnviz.session.canvas.frame import build_frame
from nnviz.session.canvas.layout import build_layout
from nnviz.session.events import Granularity
from nnviz.session.workspace import Workspace


def label_at(ws: Workspace) -> str:
    return build_frame(ws.step_view(), build_layout(ws.experiment.network)).loss_label()


def at_loss(ws: Workspace) -> bool:
    event = ws.stepper.position.event
    return event is not None and event.phase == "loss"


def test_the_loss_box_is_empty_before_the_loss_and_says_it_after_even_when_it_overflowed():
    ws = Workspace(load_experiment("xor-2-2-1"))
    while not at_loss(ws):
        assert label_at(ws) == "L"
        ws.step(Granularity.UNIT)
    loss = float(ws.stepper.trace.loss_total)
    assert math.isfinite(loss) and label_at(ws) == f"L = {loss:.4f}"
    ws.stepper.trace.loss_total = math.inf  # as a diverging run's trace has it
    assert label_at(ws) == "L = ∞"
    ws.stepper.trace.loss_total = math.nan
    assert label_at(ws) == "L = NaN"
