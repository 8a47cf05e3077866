"""`nnviz check` on conv and pool layers: their cells graded through the layers' own math."""

import pytest
from cnn_spec import CNN

from nnviz.cli import main
from nnviz.grading.mistakes import NO_BIAS, NO_SLOPE, SIGN


@pytest.fixture
def cnn(make_checker):
    return make_checker(CNN)


def _with(rows, changed: dict):
    """``rows`` with the value at (row, col) → new text."""
    return [[*r[:5], changed.get((r[3], r[4]), r[5])] for r in rows]


def test_the_trace_of_a_cnn_is_all_right(cnn, tmp_path, capsys):
    assert main(["trace", str(cnn.spec_path)]) == 0
    path = tmp_path / "trace.json"
    path.write_text(capsys.readouterr().out)
    code, report, _ = cnn.run_file(path)
    assert code == 0 and report["all_right"]
    assert {v["verdict"] for v in report["values"]} == {"right"}
    kinds = {(v["layer"], v["quantity"]) for v in report["values"]}
    assert (1, "grad_weights") in kinds and (2, "z") in kinds and (2, "grad_weights") not in kinds


def test_conv_mistakes_are_named_and_a_wrong_delta_map_counts_once(cnn):
    it = cnn.iteration
    z = it.true[("forward", 1, "z")]
    bias = float(it.true[("update", 1, "bias_before")][1])
    no_bias = {("2", "2:1:3"): f"{z[1, 1, 0, 2] - bias:.6f}"}
    grad_a = it.true[("backward", 1, "grad_a")]
    no_slope = {("1", "1:2:2"): f"{grad_a[0, 0, 1, 1]:.6f}"}
    rows = _with(cnn.rows("forward", 1, "z", 6), no_bias) + _with(cnn.rows("backward", 1, "delta", 6), no_slope)
    code, report, _ = cnn.run(rows)
    wrong = {v["label"]: v["mistake"] for v in report["values"] if v["verdict"] == "wrong"}
    assert code == 1 and wrong == {
        "z, layer 1, sample 2, map 2, row 1, col 3": NO_BIAS.name,
        "δ, layer 1, sample 1, map 1, row 2, col 2": NO_SLOPE.name,
    }
    # A whole δ map of the conv layer doubled, then its kernel gradient computed from it: one mistake.
    doubled = [[*r[:5], f"{2 * float(r[5]):.8f}"] for r in cnn.rows("backward", 1, "delta")]
    grads = [[*r[:5], f"{2 * float(r[5]):.8f}"] for r in cnn.rows("backward", 1, "grad_weights")]
    code, report, _ = cnn.run(doubled + grads)
    verdicts = {v["verdict"] for v in report["values"] if v["quantity"] == "grad_weights"}
    assert verdicts == {"consistent with your earlier value"}
    assert report["score"]["gradients"] == {"ok": 8, "given": 8}


def test_a_pool_cell_with_its_sign_flipped_and_the_kernel_indexed_in_the_csv(cnn):
    pooled = float(cnn.value("forward", 2, "z", 3, 2, 1, 1))
    kernel = float(cnn.value("update", 1, "weights", 1, 1, 2, 1))
    rows = [
        ["forward", 2, "z", 3, "2:1:1", f"{-pooled:.6f}"],
        ["update", 1, "weights", 1, "1:2:1", f"{kernel:.3f}"],
    ]
    code, report, _ = cnn.run(rows)
    pool, weight = report["values"]  # in the order of the computation
    assert pool["label"] == "z, layer 2, sample 3, map 2, row 1, col 1" and pool["mistake"] == SIGN.name
    assert weight["label"] == "K[1, 1, 2, 1] after the update, layer 1"
    assert weight["verdict"] == "right to your rounding" and code == 1


def test_a_csv_index_that_does_not_fit_a_map_is_named(cnn):
    code, _, err = cnn.run([["forward", 1, "z", 1, "1:2", "0.5"]], fmt="text")
    assert code == 2 and "line 2: this quantity (3×2×3×3) takes row and col as ·:·:· (e.g. 2:3:4)" in err
    code, _, err = cnn.run([["backward", 2, "grad_weights", 1, "1:1:1", "0.5"]], fmt="text")
    assert code == 2 and "line 2: layer 2 has no grad_weights (a layer without parameters)" in err
    code, _, err = cnn.run([["update", 2, "weights", 1, "1", "0.5"]], fmt="text")
    assert code == 2 and "line 2: layer 2 has no weights (a layer without parameters)" in err


def test_a_wrong_pixel_of_a_conv_input_is_graded_not_a_crash(cnn):
    """The input of a conv layer is N×C×H×W: its sentence took two indices and crashed (found by fuzzing)."""
    code, report, err = cnn.run([["forward", 1, "input", 1, "1:2:3", "5"]])
    (value,) = report["values"]
    assert code == 1 and "Traceback" not in err
    assert value["verdict"] == "wrong" and "the input of layer 1 is the sample" in value["correct"]
