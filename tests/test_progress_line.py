"""The command line's progress bar for long work: on a terminal only, after a quiet second."""

from __future__ import annotations

import io

import numpy as np
import pytest

from nnviz import progress_line
from nnviz.core.experiment import Experiment
from nnviz.presets import load_experiment
from nnviz.progress_line import run_in_steps
from nnviz.session.workspace import Workspace


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_parts_add_up_and_a_stop_ends_the_work():
    parts = []
    assert run_in_steps(1001, lambda n: parts.append(n)) is None
    assert sum(parts) == 1001 and len(parts) <= progress_line.STEPS
    parts.clear()
    assert run_in_steps(1000, lambda n: (parts.append(n), "stop" if len(parts) == 3 else None)[1]) == "stop"
    assert len(parts) == 3


@pytest.mark.parametrize("terminal", [True, False])
def test_a_bar_is_drawn_on_a_terminal_once_the_work_is_slow(monkeypatch, terminal):
    err = Terminal() if terminal else io.StringIO()
    monkeypatch.setattr("sys.stderr", err)
    monkeypatch.setattr(progress_line, "QUIET_S", 0.0)
    run_in_steps(400, lambda n: None)
    text = err.getvalue()
    if terminal:
        assert "100%  iteration 400/400" in text and text.endswith("\n")
    else:
        assert text == ""


def test_quick_work_draws_no_bar_even_on_a_terminal(monkeypatch):
    err = Terminal()
    monkeypatch.setattr("sys.stderr", err)
    run_in_steps(400, lambda n: None)
    assert err.getvalue() == ""


def test_training_in_parts_is_training_in_one_go():
    """``nnviz shot --iterations`` trains in parts now: the same parameters and epoch records."""
    whole, parts = (Workspace(load_experiment("spiral")) for _ in range(2))
    assert isinstance(whole.experiment, Experiment)
    whole.run(777)
    run_in_steps(777, parts.run)
    for a, b in zip(whole.stepper.trainer.network.parameters(), parts.stepper.trainer.network.parameters()):
        assert np.array_equal(a, b)
    assert [(e.epoch, e.iteration, e.result.train_loss) for e in whole.epochs] == [
        (e.epoch, e.iteration, e.result.train_loss) for e in parts.epochs
    ]
    assert len(whole.epochs) > 2
