"""A run that fails without a NaN (the loss stuck high, the output pinned) says so instead of
ending silently; a run that learns says nothing; the NumPy warnings of overflow never show."""

import numpy as np
import pytest

from nnviz.cli import main
from nnviz.core.diagnose import saturated_share, training_warning
from nnviz.core.experiment import Experiment
from nnviz.presets import load_experiment
from nnviz.session.workspace import Workspace


def xor(learning_rate: float) -> dict:
    return {
        "nnviz": 1,
        "seed": 1,
        "data": {"dataset": "xor_gate"},
        "network": {"layers": [{"units": 2, "activation": "tanh"}, {"units": 1, "activation": "sigmoid"}]},
        "loss": {"name": "bce"},
        "optimizer": {"name": "sgd", "learning_rate": learning_rate},
        "epochs": 300,
    }


@pytest.mark.parametrize("learning_rate", [100, 1e6])
def test_a_huge_learning_rate_warns_on_stderr_and_still_reports(learning_rate, write_json, tmp_path, capsys):
    history = tmp_path / "history.csv"
    code = main(["train", str(write_json(xor(learning_rate))), "--json", "--history", str(history)])
    captured = capsys.readouterr()
    assert code == 0 and '"train_accuracy": 0.5' in captured.out
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, captured.err  # no RuntimeWarning from NumPy before it
    assert lines[0].startswith("nnviz: warning: training did not converge: the loss did not decrease")
    assert "the output saturated (|z| > 20 for 100% of the training samples)" in lines[0]
    assert lines[0].endswith("try a smaller learning rate")
    assert len(history.read_text().splitlines()) == 301


def test_a_run_that_learns_says_nothing(write_json, capsys):
    assert main(["train", str(write_json(xor(1.0))), "--json"]) == 0
    assert capsys.readouterr().err == ""


def test_a_certain_classifier_is_pinned_but_not_warned_about():
    experiment = Experiment(xor(1.0))
    experiment.trainer.run_epoch()
    W = [p * 100 for p in experiment.network.parameters()]  # the same decisions, made with certainty
    experiment.network.set_parameters(W)
    assert saturated_share(experiment.network, experiment.data.x_train) > 0.5
    assert training_warning(0.69, 0.01, 1.0) is None
    assert training_warning(0.69, 0.69, 0.0) == (
        "training did not converge: the loss did not decrease (0.69 → 0.69); try a smaller learning rate"
    )
    assert training_warning(float("nan"), 1.0, 1.0) is None


def test_the_window_gets_the_same_warning_after_ten_epochs():
    ws = Workspace(Experiment(xor(100)))
    ws.run(9)
    assert ws.training_warning() is None  # too early to judge
    with np.errstate(all="ignore"):
        ws.run(30)
    assert ws.training_warning().startswith("training did not converge: the loss did not decrease")
    good = Workspace(Experiment(xor(1.0)))
    good.run(300)
    assert good.training_warning() is None


@pytest.mark.parametrize(
    ("preset", "changes", "said"),
    [
        (
            "circle-1-hidden",
            {"optimizer": {"name": "adam", "learning_rate": 1e308}},
            "the parameters became NaN or ∞",
        ),
        ("l1-sparse", {"regularization": {"kind": "l1", "lambda": 1e308}}, "the loss became inf"),
    ],
)
def test_a_diverged_run_says_what_became_non_finite_and_which_settings_to_make_smaller(
    preset, changes, said, write_json, capsys
):
    """Found by fuzzing: a finite loss was printed as what diverged, and a huge λ was blamed on the
    learning rate alone."""
    spec = {**load_experiment(preset).spec, **changes}
    assert main(["train", str(write_json(spec)), "--epochs", "1"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"nnviz: error: training diverged in epoch 1: {said}"), err
    regularized = "regularization" in changes or preset == "l1-sparse"
    advice = "or regularization.lambda\n" if regularized else "(optimizer.learning_rate)\n"
    assert err.endswith(advice), err
