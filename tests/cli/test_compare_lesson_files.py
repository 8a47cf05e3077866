"""A comparison lesson given by its path, and hostile lesson files: each refused with exit 2 naming
the lesson's key (never ``--vary``/``--seeds``, which the command line did not give), found by fuzzing."""

import json

import pytest

from nnviz.cli import main
from nnviz.session.compare.presets import comparison_dir

LESSON = json.loads((comparison_dir() / "compare-hidden-units.json").read_text())
XOR = {
    "nnviz": 1,
    "data": {"dataset": "xor", "samples": 40},
    "network": {"layers": [{"units": 2, "activation": "tanh"}, {"units": 1, "activation": "sigmoid"}]},
    "loss": {"name": "bce"},
    "optimizer": {"name": "sgd", "learning_rate": 0.5},
}


def _run(tmp_path, capsys, changes: dict, *extra):
    doc = {**LESSON, **changes}
    doc = {k: v for k, v in doc.items() if v is not None}
    path = tmp_path / "lesson.json"
    path.write_text(json.dumps(doc))
    code = main(
        ["compare", str(path), "--epochs", "2", "--workers", "1", "--out", str(tmp_path / "o.png"), *extra]
    )
    return code, capsys.readouterr().err


def test_a_lesson_file_given_by_its_path_is_read_as_a_lesson(qapp, tmp_path, capsys):
    code, err = _run(tmp_path, capsys, {"experiment": XOR, "name": {"en": "mine", "zh_CN": "我的"}})
    assert code == 0, err
    assert (tmp_path / "o.png").stat().st_size > 0


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"seeds": 10**9}, "lesson.json: seeds: expected a whole number from 1 to 10"),
        ({"seeds": "2"}, "lesson.json: seeds: expected a whole number from 1 to 10"),
        ({"epochs": 10**9}, "lesson.json: epochs: expected a whole number from 0 to 10,000,000"),
        ({"boundary_epoch": 9}, "lesson.json: boundary_epoch 9: expected 0 to 2"),
        ({"name": 3}, "lesson.json: name: expected a string, got a number"),
        ({"lesson": {"fr": "x"}}, "lesson.json: lesson.fr: unknown language"),
        ({"experiment": {"nnviz": 1}}, "lesson.json: experiment.optimizer: missing"),
        ({"experiment": "no-such-preset"}, "lesson.json: experiment: no-such-preset: no such file or preset"),
        ({"vary": {"path": "network.layers[0].units", "values": [1, 2], "labels": 7}}, "lesson.json: vary.labels"),
        (
            {"vary": {"path": "network.layers[0].units", "values": [1, 2], "labels": [{"fr": "un"}, "two"]}},
            "lesson.json: vary.labels[0].fr: unknown language",
        ),
        (
            {"vary": {"path": "network.layers[0].units", "values": [1, 2], "labels": ["one", {"en": 2}]}},
            "lesson.json: vary.labels[1].en: expected a string",
        ),
        (
            {"vary": {"path": "network.layers[0].units", "values": [1, 2], "zz": 1}},
            "lesson.json: vary.zz: unknown",
        ),
        (
            {"vary": {"path": "network.layers[0].units", "values": [1] * 20}},
            "lesson.json: vary: network.layers[0]",
        ),
        (
            {"vary": {"path": "network.layers[0].units", "values": [1, 10**9]}},
            "lesson.json: vary: network.layers[0].units=1000000000: network.layers[0].units: 1000000000 is out",
        ),
        ({"nnviz_compare": 1.0}, "lesson.json: nnviz_compare: expected 1"),
    ],
)
def test_a_hostile_lesson_is_refused_naming_its_key(tmp_path, capsys, changes, message):
    code, err = _run(tmp_path, capsys, changes)
    assert code == 2 and message in err and "Traceback" not in err, err
    assert "--vary" not in err and "--seeds" not in err


def test_the_command_line_still_names_its_own_flags(tmp_path, capsys):
    code, err = _run(tmp_path, capsys, {}, "--vary", "network.layers[0].units=0,1")
    assert code == 2 and "--vary network.layers[0].units=0: network.layers[0].units: 0 is out of range" in err


@pytest.mark.parametrize("command", [["trace"], ["train", "--epochs", "1"], ["exercise"]])
def test_a_lesson_file_given_where_an_experiment_goes_says_how_to_run_it(tmp_path, capsys, command):
    """Found by fuzzing: read as an experiment, a lesson file was a list of 'unknown key' lines."""
    path = tmp_path / "lesson.json"
    path.write_text(json.dumps(LESSON))
    assert main([command[0], str(path), *command[1:]]) == 2
    err = capsys.readouterr().err
    said = f"lesson.json: a comparison lesson, not an experiment: run nnviz compare {path} --out FILE.png"
    assert err == f"nnviz: error: {said}\n"


def test_an_empty_experiment_name_is_refused_as_empty_not_as_the_current_folder(capsys):
    assert main(["trace", ""]) == 2
    assert capsys.readouterr().err.startswith("nnviz: error: an empty name: give an experiment file or a preset")


def test_a_bad_seeds_flag_is_named_as_the_flag_not_as_the_lessons_vary(tmp_path, capsys):
    """`--seeds 11` on a lesson was reported as `compare-hidden-units.json: vary: --seeds 11: …`."""
    args = ["compare", "compare-hidden-units", "--seeds", "11", "--out", str(tmp_path / "x.png")]
    assert main(args) == 2
    assert capsys.readouterr().err == "nnviz: error: --seeds 11: expected 1 to 10\n"
