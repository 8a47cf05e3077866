"""``nnviz compare``: the same bytes twice, bad input exits 2 naming it, and the CSV holds exactly
the numbers of the runs (each the same as its own file trained alone)."""

import csv
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from nnviz.cli import main
from nnviz.core.experiment import Experiment
from nnviz.presets import load_experiment
from nnviz.session.compare.plan import make_plan
from nnviz.session.compare.vary import parse_vary

WORKTREE = str(Path(__file__).resolve().parents[2])
VARY = ["xor-2-2-1", "--vary", "network.layers[0].units=1,2,4", "--epochs", "40"]


@pytest.fixture(autouse=True)
def _elsewhere(tmp_path, monkeypatch):
    """The workers leave the current folder off their import path: run from a scratch folder."""
    monkeypatch.chdir(tmp_path)


@pytest.mark.parametrize("suffix", [".png", ".svg", ".pdf"])
def test_two_runs_give_the_same_bytes(tmp_path, suffix):
    outs = []
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": WORKTREE}
    for i in range(2):
        out = tmp_path / f"run{i}{suffix}"
        cmd = [
            sys.executable,
            "-m",
            "nnviz",
            "compare",
            *VARY,
            "--seeds",
            "2",
            "--size",
            "900x600",
            "--out",
            str(out),
        ]
        result = subprocess.run(cmd, capture_output=True, text=True, timeout=300, env=env, cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        outs.append(out.read_bytes())
    assert outs[0] == outs[1] and len(outs[0]) > 1000


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--vary", "network.layers[7].units=1,2"],
            "--vary network.layers[7].units: network.layers has 2 elements",
        ),
        (
            ["--vary", "network.layers[0].units=1,two"],
            "--vary network.layers[0].units=two: network.layers[0].units",
        ),
        (["--vary", "optimizer.lerning_rate=0.1,1"], "--vary optimizer.lerning_rate=0.1: optimizer.lerning_rate"),
        (["--vary", "loss.name"], "--vary loss.name: expected PATH=V1,V2"),
        ([], "--vary PATH=V1,V2,… is needed"),
        (["--vary", "loss.name=mse,bce", "--seeds", "11"], "--seeds 11"),
        # found by fuzzing: a RecursionError (exit 1), and a key twice silently overwritten
        (["--vary", "network.layers[0].units=" + "[" * 50_000 + "]" * 50_000 + ",2"], "units: nested too deeply"),
        (
            ["--vary", 'network.layers[0]={"units": 2, "units": 3},{"units": 1}'],
            "units: the key appears more than",
        ),
        (["--vary", 'loss.name="\\ud800",mse'], "--vary loss.name: the document: a lone surrogate"),
        (["--vary", "loss.name=" + "x" * 100_001 + ",mse"], "a value of 100,001 characters; at most 100,000"),
        (["--vary", "loss.name=mse,bce", "--epochs", "3", "--boundary-epoch", "9"], "--boundary-epoch 9"),
    ],
)
def test_bad_input_exits_2_naming_it(tmp_path, capsys, args, message):
    code = main(["compare", "xor-2-2-1", *args, "--out", str(tmp_path / "x.png")])
    err = capsys.readouterr().err
    assert code == 2 and message in err and "Traceback" not in err, err
    assert not (tmp_path / "x.png").exists()


def test_a_name_that_is_no_file_preset_or_lesson_is_named_as_such(tmp_path, capsys):
    """It used to ask for --vary, as if the name were an experiment (found by fuzzing)."""
    assert main(["compare", "compare-nope", "--out", str(tmp_path / "x.png")]) == 2
    err = capsys.readouterr().err
    assert "compare-nope: no such file or preset" in err and "--vary" not in err


def test_the_csv_holds_the_numbers_of_the_runs(qapp, tmp_path, capsys):
    table = tmp_path / "runs.csv"
    assert main(["compare", *VARY, "--seeds", "2", "--out", str(tmp_path / "f.svg"), "--csv", str(table)]) == 0
    printed = capsys.readouterr().out
    assert "initial weights: layer 1 shapes differ; layer 2 shapes differ" in printed
    with table.open(newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == 3 * 2 * 41
    plan = make_plan(load_experiment("xor-2-2-1"), parse_vary("network.layers[0].units=1,2,4"), seeds=2, epochs=40)
    for run in plan.runs:
        mine = [r for r in rows if r["run"] == str(run.index + 1)]
        assert {r["value"] for r in mine} == {str(run.value)} and {r["seed"] for r in mine} == {str(run.seed)}
        alone = Experiment(run.spec)
        for epoch, row in enumerate(mine):
            assert int(row["epoch"]) == epoch
            result = alone.evaluate()
            assert float(row["train_loss"]) == result.train_loss  # repr round-trips: bit for bit
            assert float(row["train_accuracy"]) == result.train_accuracy
            assert row["test_loss"] == ""  # XOR has no test set
            if epoch < 40:
                alone.trainer.run_epoch()
        assert all(float(r["wall_s"]) > 0 for r in mine)
        norms = np.array([[float(r[f"grad_norm_layer{k}"] or "nan") for k in (1, 2)] for r in mine])
        assert np.isnan(norms[0]).all() and np.isfinite(norms[1:]).all()


def test_the_shared_landscape_is_drawn_for_runs_from_one_start(qapp, tmp_path, capsys):
    from PySide6.QtGui import QImage

    out, scape = tmp_path / "c.png", tmp_path / "l.png"
    args = ["compare", "xor-2-2-1", "--vary", "optimizer.learning_rate=0.3,1", "--epochs", "20"]
    assert main([*args, "--size", "900x600", "--out", str(out), "--landscape", str(scape)]) == 0
    assert str(scape) in capsys.readouterr().out
    image = QImage(str(scape))
    assert (image.width(), image.height()) == (900, 600)


def test_a_shared_landscape_of_different_surfaces_exits_2_naming_it(qapp, tmp_path, capsys):
    args = [
        "compare",
        "xor-2-2-1",
        "--vary",
        "loss.name=mse,bce",
        "--epochs",
        "2",
        "--out",
        str(tmp_path / "c.png"),
    ]
    assert main([*args, "--landscape", str(tmp_path / "l.png")]) == 2
    err = capsys.readouterr().err
    assert "--landscape" in err and "changes the loss surface itself" in err and "Traceback" not in err
    assert main([*args, "--landscape", str(tmp_path / "l.gif")]) == 2
    assert "--landscape" in capsys.readouterr().err


@pytest.mark.parametrize("axes", ["random", "1:1:2,2:1:b"])
def test_the_shared_landscape_takes_fixed_axes(qapp, tmp_path, capsys, axes):
    from PySide6.QtGui import QImage

    scape = tmp_path / "l.png"
    args = ["compare", "xor-2-2-1", "--vary", "optimizer.name=sgd,adam", "--epochs", "5", "--size", "600x400"]
    args += ["--out", str(tmp_path / "c.png"), "--landscape", str(scape), "--landscape-axes", axes]
    assert main(args) == 0
    assert str(scape) in capsys.readouterr().out
    assert QImage(str(scape)).width() == 600


@pytest.mark.parametrize(
    ("axes", "with_file", "said"),
    [
        ("9:1:1,2:1:b", True, "--landscape-axes '9:1:1'"),
        ("line", True, "--landscape-axes line"),
        ("random", False, "give --landscape FILE too"),
    ],
)
def test_bad_shared_landscape_axes_exit_2_naming_them(qapp, tmp_path, capsys, axes, with_file, said):
    args = ["compare", "xor-2-2-1", "--vary", "optimizer.name=sgd,adam", "--epochs", "1"]
    args += ["--out", str(tmp_path / "c.png"), "--landscape-axes", axes]
    if with_file:
        args += ["--landscape", str(tmp_path / "l.png")]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert said in err and "Traceback" not in err
