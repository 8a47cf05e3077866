"""The traced sample: by default the batch row whose inputs are non-zero, until the learner picks one."""

from nnviz.presets import load_experiment
from nnviz.session.events import Granularity
from nnviz.session.workspace import Workspace


def test_xor_traces_the_sample_whose_inputs_are_both_one():
    ws = Workspace(load_experiment("xor-2-2-1"))
    ws.step(Granularity.UNIT)
    trace = ws.stepper.trace
    assert trace.x[ws.sample].tolist() == [1.0, 1.0]


def test_a_picked_row_stays_picked_across_iterations_and_a_rebuild_forgets_it():
    ws = Workspace(load_experiment("xor-2-2-1"))
    ws.step(Granularity.ITERATION)
    ws.sample = 1
    ws.step(Granularity.ITERATION)
    assert ws.sample == 1
    ws.reset()
    ws.step(Granularity.UNIT)
    assert ws.sample == 3
