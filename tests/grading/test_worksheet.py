"""`nnviz exercise`: a worksheet with a blank box per value, its answer key, and a CSV for `nnviz check`."""

import csv
import io
import json

import pytest
from cnn_spec import CNN

from nnviz.cli import main
from nnviz.commands import _checked_iteration
from nnviz.core.numbering import informative_row
from nnviz.presets import load_experiment


def _run(capsys, *args):
    assert main(["exercise", *args]) == 0
    return capsys.readouterr().out


def test_the_worksheet_gives_the_parameters_and_leaves_every_value_blank(capsys):
    sheet = _run(capsys, "worked-example")
    assert "| w1,1 | 0.15 |" in sheet and "| 1 | 0.05 | 0.1 | 0.01 | 0.99 |" in sheet
    # 2 layers × (z, a, ∂L/∂a, δ) × 2 units + 3 loss values + 2 layers × 6 parameters × (gradient, after)
    assert sheet.count("________") == 2 * 4 * 2 + 3 + 2 * 6 * 2
    key = _run(capsys, "worked-example", "--answers")
    assert "________" not in key and "| 1 | 0.3775 | 0.3925 | 0.59327 | 0.596884 |" in key


def test_latex_is_a_whole_document(capsys):
    sheet = _run(capsys, "worked-example", "--format", "latex")
    assert sheet.startswith("\\documentclass") and sheet.rstrip().endswith("\\end{document}")


def test_the_csv_filled_from_the_key_checks_right_and_blank_is_nothing_to_check(tmp_path, capsys):
    blank = _run(capsys, "xor-2-2-1", "--iteration", "2", "--format", "csv")
    rows = list(csv.reader(io.StringIO(blank)))
    assert rows[0] == ["phase", "layer", "quantity", "row", "col", "value"] and all(r[5] == "" for r in rows[1:])
    path = tmp_path / "blank.csv"
    path.write_text(blank)
    assert main(["check", "xor-2-2-1", str(path), "--iteration", "2"]) == 2
    assert "no values to check" in capsys.readouterr().err
    # Fill the first forward row with the trace's numbers to 6 digits: right to the learner's rounding.
    assert main(["trace", "xor-2-2-1", "--iterations", "2"]) == 0
    z = json.loads(capsys.readouterr().out)["iterations"][1]["forward"][0]["z"]
    filled = [
        r if r[:3] != ["forward", "1", "z"] else [*r[:5], f"{z[int(r[3]) - 1][int(r[4]) - 1]:.6f}"] for r in rows
    ]
    path.write_text("".join(",".join(r) + "\n" for r in filled))
    assert main(["check", "xor-2-2-1", str(path), "--iteration", "2", "--format", "json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert len(result["values"]) == 8 and result["all_right"]


@pytest.mark.parametrize("preset", ["wide-and-deep", "bars-edge-kernel"])
def test_other_layer_kinds_have_worksheets_and_a_csv_too(capsys, preset):
    assert main(["exercise", preset, "--format", "csv"]) == 0
    assert capsys.readouterr().out.startswith("phase,layer,quantity,row,col,value\nforward,1,z,1,")
    assert main(["exercise", preset, "--format", "latex"]) == 0
    assert capsys.readouterr().out.rstrip().endswith("\\end{document}")


def test_a_cnn_worksheet_boxes_every_map_cell_and_its_key_fills_them(tmp_path, capsys):
    spec = tmp_path / "cnn.json"
    spec.write_text(json.dumps(CNN))
    assert main(["exercise", str(spec), "--sample", "all"]) == 0
    sheet = capsys.readouterr().out
    # conv z and a: 3 samples × 2 maps × 3×3; pool z: 3 × 2 × 1×1; dense z, a: 3 × 1; the loss: 3;
    # backward: conv ∂L/∂a and δ, pool ∂L/∂a, dense ∂L/∂a and δ; 2 kernels × (4 + 1) and 2 + 1 dense
    # parameters, each a gradient and a value after the update.
    boxes = 2 * 54 + 6 + 2 * 3 + 3 + 2 * 54 + 6 + 2 * 3 + 2 * (10 + 3)
    assert sheet.count("________") == boxes
    assert "Layer 1 (conv2d) δ, sample 3, map 2:" in sheet and "| K[2, 1, 2, 2] | ________ | ________ |" in sheet
    assert "Layer 3 (flatten) passes its input on as one row" in sheet
    assert main(["exercise", str(spec), "--answers", "--sample", "all"]) == 0
    key = capsys.readouterr().out
    assert "________" not in key


def test_a_cnn_worksheet_asks_for_the_traced_sample_by_default_and_says_how_to_get_all(tmp_path, capsys):
    spec = tmp_path / "cnn.json"
    spec.write_text(json.dumps(CNN))
    assert main(["exercise", str(spec)]) == 0
    sheet = capsys.readouterr().out
    traced = informative_row(_iteration_of(spec).trace.x) + 1
    # the per-sample boxes of one sample of three (see the test above), the loss and every parameter's
    assert sheet.count("________") == 2 * 18 + 2 + 2 + 3 + 2 * 18 + 2 + 2 + 2 * (10 + 3)
    assert f"Only sample {traced} of the 3 in the mini-batch is asked for (the traced one)" in sheet
    assert "'--sample all' writes every sample's values" in sheet
    assert (
        f"sample {traced}, map 1:" in sheet and sheet.count(", map 1:") == 7
    )  # x; conv z, a, ∂L/∂a, δ; pool z, ∂L/∂a


def test_sample_and_layer_narrow_the_worksheet_and_its_csv(tmp_path, capsys):
    spec = tmp_path / "cnn.json"
    spec.write_text(json.dumps(CNN))
    assert main(["exercise", str(spec), "--sample", "2", "--layer", "1"]) == 0
    sheet = capsys.readouterr().out
    # conv z, a and δ of sample 2 (its ∂L/∂a is given), the loss, the kernels' gradients and values after
    assert sheet.count("________") == 2 * 18 + 3 + 18 + 2 * 10
    assert "Only layer 1's values are asked for" in sheet and "Layer 2" not in sheet
    assert main(["exercise", str(spec), "--sample", "2", "--layer", "1", "--format", "csv"]) == 0
    lines = capsys.readouterr().out.splitlines()[1:]
    assert {line.split(",")[1] for line in lines} == {"1", ""}  # layer 1, and the loss
    per_sample = [line for line in lines if line.split(",")[2] in ("z", "a", "grad_a", "delta")]
    assert per_sample and {line.split(",")[3] for line in per_sample} == {"2"}
    assert main(["exercise", str(spec), "--sample", "3", "--layer", "4"]) == 0
    sheet = capsys.readouterr().out
    assert "Layer 4's input:" in sheet


@pytest.mark.parametrize(
    ("args", "message"), [(["--sample", "4"], "samples 1 to 3"), (["--layer", "5"], "layers 1 to 4")]
)
def test_a_sample_or_layer_not_there_is_refused(tmp_path, capsys, args, message):
    spec = tmp_path / "cnn.json"
    spec.write_text(json.dumps(CNN))
    assert main(["exercise", str(spec), *args]) == 2
    assert message in capsys.readouterr().err


def test_a_dense_network_still_asks_for_every_sample(capsys):
    assert main(["exercise", "xor-2-2-1"]) == 0
    sheet = capsys.readouterr().out
    assert "Only sample" not in sheet and "--sample" not in sheet


def _iteration_of(spec):
    return _checked_iteration(load_experiment(str(spec)), 1)


@pytest.mark.parametrize("preset", ["xor-2-2-1", "bars-edge-kernel"])
def test_the_csv_answer_key_is_filled_and_checks_all_right(tmp_path, capsys, preset):
    """`--answers` fills the boxes: in the CSV too (it was written blank, so the key as a CSV had
    nothing to check); 6 significant digits, in the ASCII `nnviz check` reads."""
    key = _run(capsys, preset, "--format", "csv", "--answers", "--sample", "all")
    rows = list(csv.reader(io.StringIO(key)))[1:]
    assert rows and all(r[5] != "" for r in rows)
    path = tmp_path / "key.csv"
    path.write_text(key)
    assert main(["check", preset, str(path), "--format", "json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["all_right"] and len(result["values"]) == len(rows)
