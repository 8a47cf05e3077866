"""A shipped lesson that was only run has nothing unsaved; a data change relabels an untouched lesson."""

import pytest

from nnviz.presets import load_experiment
from nnviz.session.events import Granularity
from nnviz.session.lesson_origin import LessonOrigin, data_words
from nnviz.session.workspace import Workspace

SPIRAL = {"dataset": "spiral", "samples": 100}


def xor() -> Workspace:
    return Workspace(load_experiment("xor-2-2-1"))


def test_running_a_shipped_lesson_leaves_nothing_unsaved():
    ws = xor()
    assert ws.shipped
    ws.step(Granularity.UNIT)
    ws.run(30)
    assert not ws.dirty


@pytest.mark.parametrize(
    "change",
    [
        lambda ws: ws.set(("optimizer", "learning_rate"), 0.3),
        lambda ws: ws.set(("network", "layers", 0, "units"), 3),
        lambda ws: ws.set(("lesson",), "mine"),
        lambda ws: ws.edit_parameter(1, 1, 1, 0.25),
    ],
)
def test_a_changed_setting_or_weight_of_a_shipped_lesson_is_unsaved(change):
    ws = xor()
    ws.step(Granularity.ITERATION)
    change(ws)
    assert ws.dirty


def test_undoing_the_only_setting_change_of_a_shipped_lesson_leaves_it_clean():
    ws = xor()
    ws.set(("optimizer", "learning_rate"), 0.3)
    ws.run(4)
    assert ws.dirty
    ws.undo()
    assert not ws.dirty


def test_training_a_file_of_ones_own_is_unsaved(tmp_path):
    ws = xor()
    ws.save(tmp_path / "mine.json")
    assert not ws.shipped and not ws.dirty
    ws.run(3)
    assert ws.dirty


def test_a_data_change_renames_an_untouched_lesson_and_heads_its_text():
    ws = xor()
    name, lesson = ws.experiment.name, ws.experiment.lesson
    ws.set(("data",), SPIRAL)
    assert ws.experiment.name == f"{name} (on spiral data)"
    first, rest = ws.experiment.lesson.split("\n\n", 1)
    assert first.startswith("*Changed:") and "xor_gate" in first and "spiral" in first
    assert rest == lesson
    ws.set(("data",), {"dataset": "circle", "samples": 100})
    assert ws.experiment.name == f"{name} (on circle data)"  # not "(on spiral data) (on circle data)"
    ws.set(("data",), {"dataset": "xor_gate"})
    assert (ws.experiment.name, ws.experiment.lesson) == (name, lesson)
    assert not ws.dirty


def test_undo_brings_the_lesson_words_back_with_the_data():
    ws = xor()
    name = ws.experiment.name
    ws.set(("data",), SPIRAL)
    ws.undo()
    assert ws.experiment.name == name and ws.experiment.spec["data"] == {"dataset": "xor_gate"}


def test_a_name_or_lesson_the_learner_wrote_is_left_alone():
    ws = xor()
    ws.set(("name",), "My XOR")
    ws.set(("data",), SPIRAL)
    assert ws.experiment.name == "My XOR"
    assert not ws.experiment.lesson.startswith("*Changed")  # the learner made the lesson theirs
    ws = xor()
    ws.set(("lesson",), "notes")
    ws.set(("data",), SPIRAL)
    assert ws.experiment.lesson == "notes"


def test_an_experiment_without_a_lesson_keeps_its_name():
    origin = LessonOrigin.of({"name": "plain", "data": {"dataset": "xor"}})
    new = {"name": "plain", "data": {"dataset": "spiral"}}
    assert origin.relabel({"name": "plain", "data": {"dataset": "xor"}}, new) == new


def test_data_words():
    assert data_words({"dataset": "moons"}) == "moons"
    assert data_words({"csv": "sub/crossed-rule.csv"}) == "crossed-rule.csv"
    assert data_words({"inputs": [[0.0]], "targets": [[1.0]]}) == "inline"


def test_a_lesson_without_a_name_is_marked_but_not_given_one():
    origin = LessonOrigin.of({"lesson": "Try it.", "data": {"dataset": "xor"}})
    relabelled = origin.relabel(
        {"lesson": "Try it.", "data": {"dataset": "xor"}}, {"lesson": "Try it.", "data": SPIRAL}
    )
    assert "name" not in relabelled and relabelled["lesson"].startswith("*Changed:")


def test_a_network_change_marks_an_untouched_lesson_and_going_back_unmarks_it():
    """After 2 → 3 hidden units the window still said "XOR with a 2-2-1 network"."""
    ws = xor()
    name, lesson = ws.experiment.name, ws.experiment.lesson
    ws.set(("network", "layers", 0, "units"), 3)
    assert ws.experiment.name == f"{name} (network changed)"
    assert ws.experiment.lesson.startswith("*Changed: the network's layers") and lesson in ws.experiment.lesson
    ws.set(("optimizer", "learning_rate"), 0.3)  # not the network: the words stay as they are
    assert ws.experiment.name == f"{name} (network changed)"
    ws.set(("network", "layers", 0, "units"), 2)
    assert (ws.experiment.name, ws.experiment.lesson) == (name, lesson)
    ws.set(("network", "layers", 0, "activation"), "relu")
    ws.undo()
    assert (ws.experiment.name, ws.experiment.lesson) == (name, lesson)


def test_a_network_and_data_change_mark_both_and_a_weight_edit_neither():
    ws = xor()
    name = ws.experiment.name
    ws.step(Granularity.ITERATION)
    ws.edit_parameter(1, 0, 0, 0.5)
    assert ws.experiment.name == name
    ws.set(("data",), SPIRAL)
    ws.set(("network", "layers", 0, "units"), 4)
    assert ws.experiment.name.startswith(name) and ws.experiment.name.endswith("data) (network changed)")
