"""`nnviz check` files: trace output scores 100 %, exit codes, and hostile files exit 2 naming the problem."""

import json
import os
from pathlib import Path

import pytest

from nnviz.cli import main


def _trace(tmp_path, capsys, experiment, *extra):
    assert main(["trace", str(experiment), *extra]) == 0
    path = tmp_path / "trace.json"
    path.write_text(capsys.readouterr().out)
    return path


@pytest.mark.parametrize(
    "preset", ["worked-example", "softmax-3-classes", "perceptron-and", "l2-shrink", "overfitting-dropout"]
)
def test_the_trace_itself_scores_full_marks(tmp_path, capsys, preset):
    path = _trace(tmp_path, capsys, preset)
    assert main(["check", preset, str(path), "--format", "json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["all_right"] and {v["verdict"] for v in result["values"]} == {"right"}
    assert set(result["score"]) == {"forward", "loss", "δ", "gradients", "update"}


def test_a_later_iteration_is_chosen_by_number(tmp_path, capsys):
    path = _trace(tmp_path, capsys, "xor-2-2-1", "--iterations", "3")
    assert main(["check", "xor-2-2-1", str(path), "--iteration", "3"]) == 0
    assert "0 wrong" in capsys.readouterr().out
    third = tmp_path / "third.json"
    third.write_text(json.dumps(json.loads(path.read_text())["iterations"][2]))
    assert main(["check", "xor-2-2-1", str(third), "--iteration", "2", "--format", "json"]) == 1
    assert not json.loads(capsys.readouterr().out)["all_right"]  # iteration 3's numbers are not iteration 2's
    assert main(["check", "xor-2-2-1", str(path), "--iteration", "4"]) == 2
    assert 'no entry with "iteration": 4' in capsys.readouterr().err


def test_a_subset_in_json_with_nulls(checker, tmp_path):
    z = checker.true[("forward", 1, "z")].tolist()
    z[1] = [None, None]
    doc = {"iteration": 1, "forward": [{"layer": 1, "z": z}], "loss": {"data": None}}
    path = tmp_path / "mine.json"
    path.write_text(json.dumps(doc))
    code, result, _ = checker.run_file(path)
    assert code == 0 and len(result["values"]) == 4


def test_exit_one_when_a_value_is_wrong(checker):
    code, _, err = checker.run([["loss", "", "total", "", "", "9.5"]], fmt="text")
    assert code == 1 and err == ""


def _bad(checker, tmp_path, content, name="mine.json"):
    path = tmp_path / name
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    code, _, err = checker.run_file(path, fmt="text")
    assert code == 2
    assert "Traceback" not in err and err.startswith("nnviz: error: ")
    return err


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"forward": [{"layer": 1, "z": [[1, 2], [3, 4]]}]}', "forward[0].z: expected 3×2 (a list of 3), got 2"),
        ('{"forward": [{"layer": 1, "z": [[1, 2, 3], [1, 2], [1, 2]]}]}', "forward[0].z[0]: expected 2"),
        ('{"forward": [{"layer": 5, "z": []}]}', "forward[0].layer: expected a layer number in 1..2, got 5"),
        ('{"backward": [{"layer": "1"}]}', "backward[0].layer: expected a layer number in 1..2, got '1'"),
        ('{"loss": {"data": "abc"}}', "loss.data: expected a number, got 'abc'"),
        ('{"loss": {"data": true}}', "loss.data: expected a number, got true"),
        ('{"loss": {"data": NaN}}', "not valid JSON: NaN is not a finite number"),
        ('{"loss": {"data": "inf"}}', "loss.data: expected a number, got 'inf'"),
        ('{"loss": {"dta": 1}}', "loss: unknown key 'dta'"),
        ('{"forwards": []}', "mine.json: (top level): unknown key 'forwards'"),
        ('{"iterations": [{"iteration": 4}]}', 'no entry with "iteration": 1; the file has iterations 4'),
        ("null", "mine.json: (top level): expected an object, got null"),
        ('"values"', "mine.json: (top level): expected an object, got a string"),
        ('{"iterations": []}', "iterations: expected a non-empty list"),
        ("[1, 2]", "(top level): expected an object, got a list"),
        ('{"loss": {"data": 1', "not valid JSON"),
        ('{"update": [{"layer": 1, "bias": [1, 2]}, {"layer": 1, "bias": [1, 2]}]}', "given twice"),
        ("[" * 100000 + "]" * 100000, "not valid JSON"),
        ("{}", "no values to check"),
        ('{"forward": [], "forward": []}', "not valid JSON: the key 'forward' appears twice in one object"),
        ('{"forward": [{"layer": 1' + "0" * 5000 + "}]}", "forward[0].layer: expected a layer number in 1..2"),
    ],
)
def test_hostile_json_files_exit_2_naming_the_path(checker, tmp_path, content, message):
    assert message in _bad(checker, tmp_path, content)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("forward,1,z,1,1\n", "line 1: expected 6 fields phase,layer,quantity,row,col,value, got 5"),
        ("phase,layer,quantity,row,col,value\nforward,1,z,1,1,0.5\nforward,1,z,1,1\n", "line 3: expected 6"),
        ("sideways,1,z,1,1,0.5\n", "line 1: unknown phase 'sideways'"),
        ("forward,1,q,1,1,0.5\n", "line 1: forward has no quantity 'q'"),
        ("forward,3,z,1,1,0.5\n", "line 1: expected a layer number in 1..2, got '3'"),
        ("forward,1,z,4,1,0.5\n", "line 1: row must be a whole number in 1..3, got '4'"),
        ("forward,1,z,1,,0.5\n", "line 1: this quantity (3×2) takes row and col"),
        ("update,1,bias,1,1,0.5\n", "line 1: this quantity (2) takes row only"),
        ("loss,1,data,,,0.5\n", "line 1: the loss has no layer"),
        ("forward,1,z,1,1,zero\n", "line 1: expected a number, got 'zero'"),
        ("forward,1,z,1,1,0.5\nforward,1,z,1,1,0.5\n", "line 2: forward z at row 1 col 1 is given twice"),
        (b"\xff\xfe\x00garbage", "not UTF-8"),
        ("", "no values to check"),
        ("forward,²,z,1,1,0.5\n", "line 1: expected a layer number in 1..2, got '²'"),
        ("forward,1,z,1,²,0.5\n", "line 1: col must be a whole number in 1..2, got '²'"),
        (
            "forward,1,z," + "1" * 5000 + ",1,0.5\n",
            "line 1: row must be a whole number in 1..3, got '" + "1" * 39 + "…'",
        ),
        ("x" * 5000 + ",1,z,1,1,0.5\n", "line 1: unknown phase '" + "x" * 39 + "…'"),
    ],
)
def test_hostile_csv_files_exit_2_naming_the_line(checker, tmp_path, content, message):
    assert message in _bad(checker, tmp_path, content, "mine.csv")


def test_comment_lines_may_come_before_the_header(checker, tmp_path):
    """The README says lines starting with # are skipped: the header after them is still the header."""
    err = _bad(
        checker, tmp_path, "# my values\n\nphase,layer,quantity,row,col,value\nforward,1,z,1,1,zero\n", "a.csv"
    )
    assert "line 4: expected a number, got 'zero'" in err and "phase" not in err


def test_a_missing_file_and_a_network_with_a_concat_layer_checked_as_any_other(checker, tmp_path, capsys):
    assert "absent.json: no such file" in _bad_path(checker, tmp_path / "absent.json")
    assert main(["trace", "wide-and-deep"]) == 0
    path = tmp_path / "trace.json"
    path.write_text(capsys.readouterr().out)
    assert main(["check", "wide-and-deep", str(path), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["all_right"]
    path = tmp_path / "x.csv"
    path.write_text("loss,,data,,,1\n")
    assert main(["check", "wide-and-deep", str(path)]) == 1


def test_a_device_a_fifo_a_folder_or_a_huge_file_is_refused_unread(checker, tmp_path):
    """/dev/zero was read to the end of memory (found by fuzzing): only a regular file is read."""
    os.mkfifo(tmp_path / "fifo.csv")
    (tmp_path / "folder.csv").mkdir()
    with (tmp_path / "big.csv").open("wb") as file:
        file.truncate(20_000_001)  # sparse
    for name in ("/dev/zero", tmp_path / "fifo.csv", tmp_path / "folder.csv"):
        assert "not a regular file" in _bad_path(checker, Path(name))
    assert "the limit is 19.1 MiB" in _bad_path(checker, tmp_path / "big.csv")


def _bad_path(checker, path):
    code, _, err = checker.run_file(path, fmt="text")
    assert code == 2 and "Traceback" not in err
    return err


def test_every_bad_line_of_a_csv_is_named_with_the_file(tmp_path, capsys):
    from nnviz.cli import main

    student = tmp_path / "mine.csv"
    student.write_text(
        "phase,layer,quantity,row,col,value\n"
        "forward,9,z,1,1,0.3\n"  # no layer 9
        "forward,1,z,1,1,0.25\n"  # fine
        "forward,1,zz,1,1,abc\n"  # no quantity zz
        "backward,1,delta,1,1,twelve\n"  # not a number
    )
    assert main(["check", "xor-2-2-1", str(student)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert [line.split(":")[1:3] for line in err] == [
        [" error", " mine.csv"],
        [" error", " mine.csv"],
        [" error", " mine.csv"],
    ]
    assert [line.split(": ")[3] for line in err] == ["line 2", "line 4", "line 5"]
