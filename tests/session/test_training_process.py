"""The training process: a real second process trains a replica, and the workspace it reports to
ends bit for bit where training it directly would; failures are reported, never hidden."""

import os
import signal
import time

import numpy as np
import pytest

from nnviz import i18n
from nnviz.core.experiment import Experiment
from nnviz.session import training_process as tp
from nnviz.session.breakpoints import Breakpoints
from nnviz.session.events import Granularity
from nnviz.session.training_process import TrainingProcess, TrainingProcessError
from nnviz.session.workspace import Workspace
from tests.session.conftest import assert_same_arrays, trace_arrays, trainer_state_arrays

SPEC = {
    "nnviz": 1,
    "seed": 3,
    "data": {"dataset": "spiral", "samples": 80, "noise": 0.1, "test_fraction": 0.5},
    "network": {
        "layers": [
            {"units": 5, "activation": "tanh", "dropout": 0.1},
            {"units": 4, "activation": "relu"},
            {"units": 1, "activation": "sigmoid"},
        ]
    },
    "loss": {"name": "bce"},
    "optimizer": {"name": "adam", "learning_rate": 0.02},
    "batch_size": 7,
}


def workspace() -> Workspace:
    return Workspace(Experiment(SPEC))


def collect_until(process, ws, condition, timeout=30.0):
    """Request and apply progress until ``condition()`` holds or the run is over."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "the training process made no progress"
        process.request(ws.stepper.breakpoints, ws.test_rise_epochs)
        if process.collect(ws, wait=0.05).over:
            break


def assert_same_workspace(a: Workspace, b: Workspace) -> None:
    """Bit for bit: cursor, trace, trainer state, epochs, metric points and rewind snapshots."""
    assert a.stepper.position == b.stepper.position and a.epochs == b.epochs
    assert_same_arrays(trace_arrays(a.stepper.trace), trace_arrays(b.stepper.trace))
    assert_same_arrays(trainer_state_arrays(a.stepper.trainer), trainer_state_arrays(b.stepper.trainer))
    assert np.array_equal(a.stepper.metrics.iterations, b.stepper.metrics.iterations)
    for name in ("loss_data", "loss_reg", "loss_total", "grad_norms"):
        assert getattr(a.stepper.metrics, name).tobytes() == getattr(b.stepper.metrics, name).tobytes(), name
    sa, sb = a.stepper.snapshots, b.stepper.snapshots
    assert sa._iterations == sb._iterations and sa._pinned == sb._pinned
    for x, y in zip(sa._states, sb._states, strict=True):
        assert all(p.tobytes() == q.tobytes() for p, q in zip(x.params, y.params, strict=True))
        assert x.rng_state == y.rng_state


def test_a_run_in_the_process_ends_where_training_here_would(process):
    ws = workspace()
    ws.run(5)
    process.begin(ws)
    collect_until(process, ws, lambda: ws.stepper.trainer.iteration >= 200)
    assert process.active and process.runs_for(ws)
    halted = process.halt(ws)
    assert halted.over and halted.stop is None and not process.active
    reference = workspace()
    reference.run(5)
    reference.run(ws.stepper.trainer.iteration - 5)
    assert_same_workspace(ws, reference)
    assert len(ws.epochs) >= 200 // 6


def test_a_breakpoint_sent_during_the_run_stops_it_there(process):
    ws = workspace()
    process.begin(ws)
    collect_until(process, ws, lambda: ws.stepper.trainer.iteration > 0)
    target = ws.stepper.trainer.iteration + 400
    ws.stepper.breakpoints = Breakpoints(iterations={target})
    collect_until(process, ws, lambda: not process.active)
    assert ws.stepper.stop_reason is not None and ws.stepper.stop_reason.kind == "iteration"
    assert ws.stepper.position.iteration == target and ws.stepper.position.index == 0
    assert process.halt(ws) == tp.Collected(False, True, None)  # over already: nothing to wait for


def test_a_second_run_continues_from_the_workspace_not_from_the_process(process):
    ws = workspace()
    process.begin(ws)
    collect_until(process, ws, lambda: ws.stepper.trainer.iteration >= 30)
    process.halt(ws)
    ws.set(("optimizer", "learning_rate"), 0.005)  # changed between the runs
    done = ws.stepper.trainer.iteration
    process.begin(ws)
    collect_until(process, ws, lambda: ws.stepper.trainer.iteration >= done + 30)
    process.halt(ws)
    assert ws.stepper.trace.learning_rate == 0.005
    reference = workspace()
    reference.run(done)
    reference.set(("optimizer", "learning_rate"), 0.005)
    reference.run(ws.stepper.trainer.iteration - done)
    assert_same_workspace(ws, reference)


def test_a_killed_process_is_reported_and_the_workspace_keeps_its_state(process):
    ws = workspace()
    process.begin(ws)
    collect_until(process, ws, lambda: ws.stepper.trainer.iteration >= 20)
    reached = ws.stepper.trainer.iteration
    os.kill(process._process.pid, signal.SIGKILL)
    process._process.wait(5)
    with pytest.raises(TrainingProcessError, match="ended unexpectedly"):
        collect_until(process, ws, lambda: False, timeout=5)
    assert not process.active and ws.stepper.trainer.iteration >= reached
    ws.step_back(Granularity.ITERATION)  # the workspace is whole: it rewinds
    assert ws.stepper.position.iteration == ws.stepper.trainer.iteration
    # A new run starts a new process.
    process.begin(ws)
    collect_until(process, ws, lambda: ws.stepper.trainer.iteration >= reached + 10)
    process.halt(ws)


def test_an_error_in_training_comes_back_as_a_message(process):
    ws = workspace()
    ws.stepper.trainer.batch_size = "seven"  # breaks the next batch, in the process
    process.begin(ws)
    with pytest.raises(TrainingProcessError, match="training failed in the training process") as error:
        collect_until(process, ws, lambda: False, timeout=10)
    assert "Traceback" in str(error.value) and not process.active
    assert ws.stepper.trainer.iteration == 0


def test_a_process_that_stops_answering_is_given_up_after_the_timeout(process, monkeypatch):
    monkeypatch.setattr(tp, "HALT_TIMEOUT_S", 0.3)
    ws = workspace()
    process.begin(ws)
    collect_until(process, ws, lambda: ws.stepper.trainer.iteration > 0)
    pid = process._process.pid
    os.kill(pid, signal.SIGSTOP)
    try:
        with pytest.raises(TrainingProcessError, match=r"did not answer within 0\.3 s"):
            process.halt(ws)
    finally:
        try:
            os.kill(pid, signal.SIGCONT)
        except ProcessLookupError:
            pass
    assert process._process is None and not process.active


def test_a_process_that_cannot_start_says_so(monkeypatch):
    monkeypatch.setattr(tp.sys, "executable", "/nonexistent/python")
    with pytest.raises(TrainingProcessError, match="cannot start the training process"):
        TrainingProcess().start()


PLANTED = """\
import pathlib
pathlib.Path({marker!r}).write_text("a planted module ran")
raise ImportError("planted")
"""


@pytest.mark.parametrize("module", ["numpy", "pickle", "nnviz"])
def test_modules_in_the_working_folder_never_run_in_the_process(tmp_path, monkeypatch, module):
    """A file shared with the class may sit beside the experiment: the worker imports only installed code."""
    folder = tmp_path / "shared"
    folder.mkdir()
    marker = tmp_path / "ran.txt"
    (folder / f"{module}.py").write_text(PLANTED.format(marker=str(marker)))
    monkeypatch.chdir(folder)
    monkeypatch.syspath_prepend(str(folder))  # as `python -m` or a script in that folder would have it
    process = TrainingProcess()
    try:
        process.start()
        ws = workspace()
        process.begin(ws)
        collect_until(process, ws, lambda: ws.stepper.trainer.iteration >= 20)
        process.halt(ws)
        assert ws.stepper.trainer.iteration >= 20
    finally:
        process.close()
    assert not marker.exists()


def test_the_worker_command_is_isolated_and_leaves_out_the_working_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.syspath_prepend("")
    command = tp.worker_command(7)
    assert command[:3] == [tp.sys.executable, "-I", "-c"]
    path = tp.json.loads(command[-1])
    assert "" not in path and str(tmp_path) not in path
    assert os.path.dirname(os.path.dirname(tp.nnviz.__file__)) in path


def test_a_breakpoint_in_the_process_speaks_the_windows_language(process):
    """The worker is a fresh interpreter: it made its breakpoint messages in English for a Chinese window."""
    ws = workspace()
    ws.stepper.breakpoints = Breakpoints(iterations={30})
    i18n.set_language("zh_TW")
    try:
        process.begin(ws)
    finally:
        i18n.set_language("en")
    collect_until(process, ws, lambda: not process.active)
    assert ws.stepper.stop_reason.message == "到達第 30 次迭代"
