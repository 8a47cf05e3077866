"""The landscape job: computed as the core computes it (path replayed bit for bit), progress from
0 to 1, named by state, view and grid; the worker process gives the same numbers."""

import copy
import time

import numpy as np
import pytest

from nnviz.core.experiment import Experiment
from nnviz.core.landscape import Coordinate, landscape
from nnviz.session.landscape_job import LandscapeWorker, cache_key, compute, job_at
from nnviz.session.workspace import Workspace

SPEC = {
    "nnviz": 1,
    "seed": 2,
    "data": {"dataset": "circle", "samples": 80},
    "network": {"layers": [{"units": 3, "activation": "tanh"}, {"units": 1, "activation": "sigmoid"}]},
    "loss": {"name": "bce"},
    "optimizer": {"name": "sgd", "learning_rate": 0.3},
    "batch_size": 10,
}
AXES = (Coordinate(1, 0, 0), Coordinate(2, 0, 3))


@pytest.fixture(autouse=True)
def _elsewhere(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # the worker leaves the current folder off its import path


def workspace(iterations=12):
    ws = Workspace(Experiment(copy.deepcopy(SPEC)))
    ws.run(iterations)
    return ws


def test_the_job_replays_the_path_and_computes_the_cores_landscape():
    ws = workspace()
    reference = Experiment(copy.deepcopy(SPEC))
    path = []
    for _ in range(12):
        path.append(list(reference.network.parameters()))
        trace = reference.trainer.step()
    fractions = []
    scape, plane = compute(job_at(ws.stepper, "parameters", AXES), fractions.append)
    expected = landscape(
        reference.network,
        reference.trainer.loss,
        reference.trainer.regularizer,
        trace.x,
        trace.t,
        path[-1],
        AXES,
        learning_rate=0.3,
        path=path,
    )
    assert plane is None
    np.testing.assert_array_equal(scape.path, expected.path)
    np.testing.assert_array_equal(scape.loss, expected.loss)
    assert fractions == sorted(fractions) and fractions[-1] == 1.0 and fractions[0] < 0.5


def test_a_plane_job_gives_its_plane():
    scape, plane = compute(job_at(workspace().stepper, "pca", seed=2))
    assert plane.kind == "pca" and scape.view == "pca" and scape.path.shape == (12, 2)


def test_the_cache_key_names_state_view_and_axes():
    ws = workspace()
    a, b = job_at(ws.stepper, "parameters", AXES), job_at(ws.stepper, "parameters", AXES)
    assert cache_key(a) == cache_key(b)
    assert cache_key(a) != cache_key(job_at(ws.stepper, "random"))
    assert cache_key(a) != cache_key(job_at(ws.stepper, "parameters", AXES[::-1]))
    ws.run(1)
    assert cache_key(a) != cache_key(job_at(ws.stepper, "parameters", AXES))


def test_the_worker_process_gives_the_same_numbers():
    ws = workspace()
    job = job_at(ws.stepper, "parameters", AXES)
    here, _ = compute(copy.deepcopy(job))
    worker = LandscapeWorker()
    try:
        worker.submit(job)
        message = None
        for _ in range(600):
            message = worker.poll()
            if message is not None:
                break
            time.sleep(0.05)
        assert worker.in_process and message[0] == "done", message
        np.testing.assert_array_equal(message[1].loss, here.loss)
        np.testing.assert_array_equal(message[1].path, here.path)
    finally:
        worker.close()
