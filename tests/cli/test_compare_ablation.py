"""``nnviz compare FILE --ablation wide_deep``: the same bytes twice, the right-only table printed,
and a file that is no Wide&Deep network (or a flag that does not apply) exits 2 naming why."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from nnviz.cli import main

WORKTREE = str(Path(__file__).resolve().parents[2])


@pytest.fixture(autouse=True)
def _elsewhere(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # the workers leave the current folder off their import path


def test_the_ablation_gives_the_same_bytes_twice(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": WORKTREE}
    outs, outputs = [], []
    for i in range(2):
        cmd = [sys.executable, "-m", "nnviz", "compare", "wide-and-deep", "--ablation", "wide_deep"]
        cmd += ["--size", "1000x640", "--out", str(tmp_path / f"a{i}.svg"), "--csv", str(tmp_path / f"a{i}.csv")]
        result = subprocess.run(cmd, capture_output=True, text=True, timeout=300, env=env, cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        rows = [line.split(",") for line in (tmp_path / f"a{i}.csv").read_text().splitlines()]
        timeless = [row[:8] + row[10:] for row in rows]  # wall_s and epochs_per_s are the clock's
        outs.append(((tmp_path / f"a{i}.svg").read_bytes(), timeless))
        outputs.append(result.stdout)
    assert outs[0] == outs[1] and len(outs[0][0]) > 1000
    assert rows[0][8:10] == ["wall_s", "epochs_per_s"]
    csv_lines = (tmp_path / "a0.csv").read_text().splitlines()
    assert len(csv_lines) == 1 + 3 * 11  # three runs, epochs 0..10
    assert {line.split(",")[1] for line in csv_lines[1:]} == {"wide only", "deep only", "wide & deep"}
    assert "Test rows each model gets right that the others miss (epoch 10):" in outputs[0]
    assert "  right by wide only, wide & deep; missed by deep only:" in outputs[0]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["xor-2-2-1", "--ablation", "wide_deep"], "not a Wide&Deep network"),
        (["wide-and-deep", "--ablation", "wide_deep", "--vary", "seed=1,2"], "--vary does not apply"),
        (["wide-and-deep", "--ablation", "wide_deep", "--seeds", "3"], "--seeds does not apply"),
        (["wide-and-deep", "--ablation", "wide_deep", "--landscape", "l.png"], "--landscape does not apply"),
    ],
)
def test_bad_use_exits_2_naming_why(tmp_path, capsys, args, message):
    out = tmp_path / "x.png"
    assert main(["compare", *args, "--out", str(out)]) == 2
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_the_error_line_stays_english_under_lang(tmp_path, capsys):
    """README, Languages: error lines of the command line stay English and machine-parsable;
    `--lang zh_TW` gave this one in Chinese, experiment name and all."""
    args = ["compare", "xor-2-2-1", "--ablation", "wide_deep", "--lang", "zh_TW", "--out", str(tmp_path / "x.png")]
    assert main(args) == 2
    assert capsys.readouterr().err.startswith(
        "nnviz: error: XOR with a 2-2-1 network: not a Wide&Deep network; the ablation needs a concat layer"
    )
