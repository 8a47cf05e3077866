"""`nnviz exercise`: a worksheet with a blank box per value, its answer key, and a CSV for `nnviz check`."""

import csv
import io
import json

import pytest

from nnviz.cli import main


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


@pytest.mark.parametrize("preset", ["wide-and-deep"])
def test_other_layer_kinds_are_refused(capsys, preset):
    assert main(["exercise", preset]) == 2
    assert "cover dense layers" in capsys.readouterr().err
