"""The controller with a training process: automatic speed trains there while the window draws,
changes during the run go through it, and its failures pause the run with a message."""

import copy
import os
import signal

import pytest
from xor_spec import XOR_SPEC

from nnviz.core.experiment import Experiment
from nnviz.session import training_process as tp
from nnviz.session.training_process import TrainingProcess
from nnviz.session.workspace import Workspace

SPEC = {**copy.deepcopy(XOR_SPEC), "data": {"dataset": "xor", "samples": 60, "noise": 0.05}, "batch_size": 4}


@pytest.fixture
def process():
    p = TrainingProcess()
    p.start()
    yield p
    p.close()


@pytest.fixture
def live(make_controller, process):
    controller = make_controller(**{k: v for k, v in SPEC.items() if k in ("data", "batch_size")})
    controller.training_process = process
    yield controller
    controller.pause()


def iteration(controller) -> int:
    return controller.workspace.stepper.trainer.iteration


def test_automatic_speed_trains_in_the_process_and_a_pause_brings_the_window_level(live, qtbot):
    drawn = []
    live.stepped.connect(lambda: drawn.append(iteration(live)))
    live.run()
    assert live.trains_elsewhere
    qtbot.waitUntil(lambda: iteration(live) >= 100, timeout=20000)
    live.pause()
    assert not live.trains_elsewhere and not live.running
    assert drawn == sorted(drawn) and len(set(drawn)) >= 2  # several frames, each further on
    reference = Workspace(Experiment(live.workspace.experiment.spec))
    reference.run(iteration(live))
    shown = live.workspace.stepper.trainer.network.parameters()
    for p, q in zip(shown, reference.stepper.trainer.network.parameters(), strict=True):
        assert p.tobytes() == q.tobytes()
    assert live.workspace.epochs == reference.epochs and live.workspace.dirty


def test_a_chosen_speed_trains_in_the_window_and_automatic_goes_back_to_the_process(live, qtbot):
    live.run()
    qtbot.waitUntil(lambda: iteration(live) > 0, timeout=20000)
    live.iterations_per_frame = 3
    qtbot.waitUntil(lambda: not live.trains_elsewhere, timeout=5000)
    before = iteration(live)
    qtbot.waitUntil(lambda: iteration(live) >= before + 9, timeout=5000)
    assert live.running
    live.iterations_per_frame = 0
    qtbot.waitUntil(lambda: live.trains_elsewhere, timeout=5000)
    before = iteration(live)
    qtbot.waitUntil(lambda: iteration(live) > before, timeout=20000)


def test_changes_during_the_run_take_effect_and_the_run_goes_on(live, qtbot):
    live.run()
    qtbot.waitUntil(lambda: iteration(live) >= 5, timeout=20000)
    assert live.change(("optimizer", "learning_rate"), 0.0123)
    assert live.running and live.trains_elsewhere
    live.edit_parameter(1, 0, 0, 0.25)
    assert live.running and live.trains_elsewhere
    done = iteration(live)
    qtbot.waitUntil(lambda: iteration(live) > done + 5, timeout=20000)
    live.pause()
    assert live.workspace.stepper.trace.learning_rate == 0.0123
    live.undo()  # the edit, at the cursor it was made at
    assert iteration(live) == done


def test_a_change_that_resets_pauses_the_run(live, qtbot):
    live.run()
    qtbot.waitUntil(lambda: iteration(live) > 0, timeout=20000)
    assert live.change(("network", "layers", 0, "units"), 5)
    assert not live.running and not live.trains_elsewhere and iteration(live) == 0


def test_a_breakpoint_in_the_process_stops_the_run_there(live, qtbot):
    live.workspace.stepper.breakpoints.iterations.add(250)
    with qtbot.waitSignal(live.stopped, timeout=20000) as stopped:
        live.run()
    assert "iteration 250" in stopped.args[0]
    assert not live.running and live.workspace.stepper.position.iteration == 250


def test_a_killed_process_pauses_the_run_and_the_next_run_starts_another(live, process, qtbot):
    live.run()
    qtbot.waitUntil(lambda: iteration(live) >= 10, timeout=20000)
    reached = iteration(live)
    with qtbot.waitSignal(live.failed, timeout=10000) as failed:
        os.kill(process._process.pid, signal.SIGKILL)
    assert "ended unexpectedly" in failed.args[0] and "paused at iteration" in failed.args[0]
    assert not live.running and iteration(live) >= reached
    live.run()
    assert live.trains_elsewhere
    qtbot.waitUntil(lambda: iteration(live) > reached + 10, timeout=20000)


def test_without_a_process_training_goes_on_in_the_window_and_says_so(live, monkeypatch, qtbot):
    live.training_process = TrainingProcess()
    monkeypatch.setattr(tp.sys, "executable", "/nonexistent/python")
    with qtbot.waitSignal(live.failed, timeout=1000) as failed:
        live.run()
    assert "cannot start the training process" in failed.args[0] and "in this window" in failed.args[0]
    assert live.running and live.training_process is None
    qtbot.waitUntil(lambda: iteration(live) > 0, timeout=10000)
