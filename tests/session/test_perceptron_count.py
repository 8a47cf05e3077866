"""The perceptron rule's live counter: updates so far and the epoch with no error, at the cursor."""

from nnviz.core.perceptron import Convergence
from nnviz.presets import load_experiment
from nnviz.session.events import UPDATE, Granularity
from nnviz.session.perceptron_count import rule_count, rule_count_text
from nnviz.session.workspace import Workspace


def _reference(preset: str, epochs: int) -> Convergence:
    """The command line's count (``nnviz train``), made independently over plain trainer steps."""
    trainer = load_experiment(preset).trainer
    rule = Convergence()
    for _ in range(epochs):
        start = trainer.epoch
        while trainer.epoch == start:
            rule.count(trainer.step().rule_steps)
        rule.epoch_ended(trainer.network.parameters())
    return rule


def test_the_counter_agrees_with_the_command_lines_count_epoch_by_epoch():
    ws = Workspace(load_experiment("perceptron-and"))
    for epochs in range(1, 9):
        ws.step(Granularity.EPOCH)
        reference = _reference("perceptron-and", epochs)
        assert rule_count(ws.stepper) == (reference.updates, reference.converged_epoch)
    # AND from the preset's start: 11 updates, no misclassified sample in epoch 6 (README, nnviz train)
    assert rule_count_text(ws.stepper) == "perceptron: no error in epoch 6, after 11 updates"


def test_an_iterations_updates_count_once_the_cursor_reveals_them_and_rewinding_takes_them_back():
    ws = Workspace(load_experiment("perceptron-and"))
    ws.step(Granularity.UNIT)  # into iteration 1: the rule's update not revealed yet
    steps = ws.stepper.trace.rule_steps.updates
    assert steps > 0 and rule_count(ws.stepper) == (0, None)
    while not ws.stepper.is_revealed(UPDATE, 1):
        ws.step(Granularity.UNIT)
    assert rule_count(ws.stepper) == (steps, None)
    ws.step(Granularity.EPOCH)
    ws.step(Granularity.EPOCH)
    later = rule_count(ws.stepper)
    ws.step_back(Granularity.UNIT)
    ws.step_back(Granularity.UNIT)
    assert rule_count(ws.stepper)[0] <= later[0]
    ws.step(Granularity.ITERATION)
    assert rule_count(ws.stepper) == later


def test_xor_never_reaches_an_epoch_without_error_and_other_optimizers_have_no_counter():
    ws = Workspace(load_experiment("perceptron-xor"))
    assert ws.run(40).kind == "perceptron_cycle"  # it pauses where the rule cycles
    updates, converged = rule_count(ws.stepper)
    assert converged is None and updates == _reference("perceptron-xor", ws.stepper.trainer.epoch).updates > 0
    assert rule_count_text(ws.stepper) == f"perceptron: {updates} updates so far"
    assert rule_count_text(Workspace(load_experiment("xor-2-2-1")).stepper) == ""


def test_a_replica_that_trained_brings_its_count_back():
    ws = Workspace(load_experiment("perceptron-or"))
    replica = ws.replica()
    replica.run(12)
    ws.apply_progress(replica.take_progress())
    assert rule_count(ws.stepper) == rule_count(replica.stepper) and rule_count(ws.stepper)[0] > 0
