"""The image lessons: the digits CNN reads ≥ 95 % of held-out digits, the bars kernel becomes a line
detector, and ``nnviz trace`` writes conv and pool layers in their own shapes."""

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

from nnviz.cli import main
from nnviz.presets import load_experiment


def _parameter_count(name: str) -> int:
    return sum(p.size for p in load_experiment(name).network.parameters())


def test_digits_cnn_reaches_95_percent_test_accuracy_with_nnviz_train_within_30_s(capsys):
    start = time.perf_counter()
    assert main(["train", "digits-cnn", "--json"]) == 0
    elapsed = time.perf_counter() - start
    summary = json.loads(capsys.readouterr().out)
    assert summary["test_accuracy"] >= 0.95
    assert elapsed < 30.0
    experiment = load_experiment("digits-cnn")
    assert len(experiment.data.x_test) == round(1797 * 0.3)
    assert experiment.data.x_train.shape[1:] == (1, 8, 8)


def test_the_cnn_has_fewer_parameters_than_the_dense_network_as_the_lessons_say():
    assert _parameter_count("digits-cnn") == 8 * (3 * 3 + 1) + 10 * (8 * 4 * 4 + 1) == 1370
    assert _parameter_count("digits-mlp") == 32 * (64 + 1) + 10 * (32 + 1) == 2410


def test_the_bars_kernel_learns_a_line_detector(tmp_path, capsys):
    out = tmp_path / "bars.json"
    assert main(["train", "bars-edge-kernel", "--json", "--out", str(out)]) == 0
    assert json.loads(capsys.readouterr().out)["test_accuracy"] >= 0.95
    kernel = np.array(json.loads(out.read_text())["state"]["parameters"][0]["weights"])[0, 0]
    assert kernel.shape == (3, 3)
    # seed 0 grows a vertical line detector: a positive middle column between negative ones.
    assert np.all(kernel[:, 1] > 0) and np.all(kernel[:, [0, 2]] < 0)


def test_trace_json_keeps_conv_and_pool_shapes_and_names_the_winners(capsys):
    assert main(["trace", "digits-cnn"]) == 0
    it = json.loads(capsys.readouterr().out)["iterations"][0]
    n = len(it["samples"])
    assert n == 32
    assert [f["kind"] for f in it["forward"]] == ["conv2d", "max_pool2d", "flatten", "dense"]
    conv, pool, flat, dense = it["forward"]
    assert np.shape(conv["input"]) == (n, 1, 8, 8) and np.shape(conv["z"]) == (n, 8, 8, 8)
    z_pool = np.array(pool["z"])
    winners = np.array(pool["winners"])
    assert z_pool.shape == winners.shape == (n, 8, 4, 4)
    maps = np.array(pool["input"]).reshape(n, 8, 64)
    np.testing.assert_array_equal(
        np.take_along_axis(maps, winners.reshape(n, 8, 16), axis=2).reshape(z_pool.shape), z_pool
    )
    rows, cols = winners // 8, winners % 8
    assert np.all(rows // 2 == np.arange(4)[:, None]) and np.all(cols // 2 == np.arange(4)[None, :])
    np.testing.assert_array_equal(np.array(flat["z"]), z_pool.reshape(n, -1))
    assert set(dense) == {"layer", "kind", "input", "z", "a"}
    backward = {b["layer"]: b for b in it["backward"]}
    assert np.shape(backward[1]["grad_weights"]) == (8, 1, 3, 3) and np.shape(backward[1]["delta"]) == (n, 8, 8, 8)
    assert set(backward[2]) == {"layer", "kind", "grad_a", "delta"}
    assert [u["layer"] for u in it["update"]] == [1, 4]
    assert np.shape(it["update"][0]["weights"]) == (8, 1, 3, 3)


def test_wide_and_deep_beats_the_deep_network_alone_at_the_same_seed_and_epochs():
    import copy

    from nnviz.core.experiment import Experiment

    wide = load_experiment("wide-and-deep")
    deep_spec = copy.deepcopy(wide.spec)
    del deep_spec["data"]["crosses"]
    layers = deep_spec["network"]["layers"]
    assert layers[1]["kind"] == "concat"
    deep_spec["network"]["layers"] = [layers[0], layers[2]]
    deep = Experiment(deep_spec, wide.base_dir)
    assert deep.data.x_train.shape[1] == 9 and wide.data.x_train.shape[1] == 25
    for experiment in (wide, deep):
        for _ in range(experiment.epochs):
            experiment.trainer.run_epoch()
    assert wide.evaluate().test_accuracy >= 0.9
    assert wide.evaluate().test_accuracy > deep.evaluate().test_accuracy + 0.1


def test_the_shifted_digits_lesson_states_what_was_measured(capsys):
    """Every number of the digits-shifted lesson, trained again: the CNN that pools most holds up
    best when the test digits move by a pixel, the dense network worst."""
    import copy

    from nnviz.core.experiment import Experiment

    base = load_experiment("digits-shifted")
    lesson = base.lesson
    cnn, mlp = (load_experiment(name).spec["network"]["layers"] for name in ("digits-cnn", "digits-mlp"))

    def accuracy(layers=None, shift=1) -> str:
        spec = copy.deepcopy(base.spec)
        spec["data"]["test_shift"] = shift
        if layers is not None:
            spec["network"]["layers"] = layers
        experiment = Experiment(spec)
        for _ in range(experiment.epochs):
            experiment.trainer.run_epoch()
        return f"{100 * experiment.evaluate().test_accuracy:.1f} %"

    measured = [accuracy(), accuracy(shift=0), accuracy(cnn), accuracy(cnn, 0), accuracy(mlp), accuracy(mlp, 0)]
    assert measured == ["66.8 %", "95.0 %", "47.7 %", "98.0 %", "39.0 %", "95.7 %"]
    for number in measured:
        assert number in lesson
    assert _parameter_count("digits-shifted") == 8 * (3 * 3 + 1) + 10 * (32 + 1) == 410
    assert "410" in lesson and base.spec["epochs"] == 20 and "20 epochs" in lesson
    # The shift moves test pictures only: the training set is digits-cnn's, pixel for pixel.
    np.testing.assert_array_equal(base.data.x_train, load_experiment("digits-cnn").data.x_train)
    assert not np.array_equal(base.data.x_test, load_experiment("digits-cnn").data.x_test)


def test_a_picture_classifier_without_a_test_set_draws_its_results_panels(tmp_path):
    """Found by fuzzing: bars-edge-kernel without its test_fraction crashed (a segfault after the
    traceback) while the Data dock's results tab flattened an empty test set; run in a process of
    its own so that a crash fails this test, not the suite."""
    doc = json.loads(json.dumps(load_experiment("bars-edge-kernel").spec))
    doc["data"].pop("test_fraction")
    path = tmp_path / "bars.json"
    path.write_text(json.dumps(doc))
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(root), "QT_QPA_PLATFORM": "offscreen"}
    for panel in ("window", "confusion"):
        out = tmp_path / f"{panel}.png"
        shot = ["shot", str(path), "--iterations", "2", "--panel", panel, "--size", "800x500", "--out", str(out)]
        done = subprocess.run([sys.executable, "-m", "nnviz", *shot], capture_output=True, text=True, env=env)
        assert done.returncode == 0, done.stderr[-2000:]
        assert out.stat().st_size > 0
