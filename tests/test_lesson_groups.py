"""The lesson order of the preset picker, without Qt: every shipped preset has one place, in teaching order."""

import json

from nnviz import presets
from nnviz.presets import LESSON_GROUPS, OTHER_GROUP, lesson_groups, preset_lesson, preset_names


def test_every_shipped_preset_is_in_exactly_one_group():
    placed = [name for _, names in lesson_groups() for name in names]
    assert sorted(placed) == preset_names()
    assert OTHER_GROUP not in [title for title, _ in lesson_groups()]  # every shipped one has its topic


def test_groups_follow_the_suggested_teaching_order():
    titles = [title for title, _ in lesson_groups()]
    order = ["A neuron", "The perceptron", "Hidden layers", "Losses", "Regularization"]
    assert [t for t in titles if t in order] == order
    assert titles.index("Vanishing gradients and activations") < titles.index("Softmax and multi-class")
    assert titles[-1].startswith("Images and tables")
    flat = [name for _, names in lesson_groups() for name in names]
    assert flat.index("single-neuron") < flat.index("perceptron-xor") < flat.index("xor-2-2-1")
    assert flat.index("circle-1-hidden") < flat.index("circle-2-hidden") < flat.index("circle-3-hidden")


def test_a_preset_no_group_names_is_listed_last_not_hidden(tmp_path, monkeypatch):
    for name in ("single-neuron", "zz-new-lesson"):
        (tmp_path / f"{name}.json").write_text(json.dumps({"name": name, "lesson": "x"}), encoding="utf-8")
    monkeypatch.setattr(presets, "preset_dir", lambda: tmp_path)
    assert lesson_groups() == [("A neuron", ["single-neuron"]), (OTHER_GROUP, ["zz-new-lesson"])]


def test_the_preview_is_the_lesson_text():
    assert preset_lesson("spiral").startswith("Two interleaved **spiral** arms")
    assert preset_lesson("no-such-preset") == ""


def test_group_names_are_unique():
    names = [name for _, group in LESSON_GROUPS for name in group]
    assert len(names) == len(set(names))
