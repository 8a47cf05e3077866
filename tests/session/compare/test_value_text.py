"""Varied values as people read them: a regularization as ``l2 λ=0.001`` (written and read back,
in the Compare window's field and in ``--vary``), a lesson's labels read back as the values they
name, and the λ and kind suggestions vary different things."""

import pytest

from nnviz.core.validate import ExperimentError
from nnviz.presets import load_experiment
from nnviz.session.compare import presets
from nnviz.session.compare.plan import make_plan
from nnviz.session.compare.suggest import suggestions
from nnviz.session.compare.value_text import read_written, values_text, write_value
from nnviz.session.compare.vary import parse_vary

REG = ("regularization",)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("none", {"kind": "none"}),
        ("l2", {"kind": "l2"}),
        ("l1 λ=0.001", {"kind": "l1", "lambda": 0.001}),
        ("L2 lambda = 0", {"kind": "l2", "lambda": 0}),
        ("l2 λ=1e-05", {"kind": "l2", "lambda": 1e-05}),
    ],
)
def test_a_regularization_is_read_from_its_kind_and_lambda(text, value):
    assert read_written(REG, text) == value
    assert read_written(REG, write_value(REG, value)) == value


def test_other_text_and_other_paths_are_not_read_as_a_regularization():
    assert read_written(REG, "l3 λ=0.1") is None
    assert read_written(REG, "l2 λ=1.2.3") is None
    assert read_written(("loss", "name"), "l2") is None
    assert write_value(REG, {"kind": "l2", "lambda": 0.01, "x": 1}) == '{"kind":"l2","lambda":0.01,"x":1}'


def test_vary_reads_and_labels_regularizations_without_json():
    vary = parse_vary("regularization=none, l1 λ=0.001, l2 lambda=0.01")
    assert vary.values == ({"kind": "none"}, {"kind": "l1", "lambda": 0.001}, {"kind": "l2", "lambda": 0.01})
    assert [vary.label(v) for v in vary.values] == ["none", "l1 λ=0.001", "l2 λ=0.01"]
    as_json = parse_vary('regularization={"kind": "l2", "lambda": 0.01},{"kind": "none"}')
    assert [as_json.label(v) for v in as_json.values] == ["l2 λ=0.01", "none"]


def test_a_lessons_labels_are_read_back_as_its_values():
    lesson = presets.load(presets.find("compare-optimizers")).vary
    text = values_text(lesson.path, lesson.values, lesson.labels)
    assert text == "SGD, SGD + momentum 0.9, Adam"
    names = dict(zip(lesson.labels, lesson.values))
    again = parse_vary(f"{lesson.text}={text}", names)
    assert (again.values, again.labels) == (lesson.values, lesson.labels)
    mixed = parse_vary(f'{lesson.text}=Adam, {{"name": "rmsprop", "learning_rate": 0.01}}', names)
    assert mixed.labels == ("Adam", '{"name":"rmsprop","learning_rate":0.01}')


def test_values_with_a_comma_in_a_label_are_written_out():
    assert values_text(("x",), (1, 2), ("one, I", "two")) == "1, 2"


@pytest.mark.parametrize("name", ["xor-2-2-1", "overfitting-l2"])
def test_the_lambda_and_kind_suggestions_vary_different_things(name):
    experiment = load_experiment(name)
    rows = {label: (path, values) for label, path, values in suggestions(experiment)}
    lam = next(v for k, v in rows.items() if k.startswith("λ"))
    kind = rows["regularization kind"]
    assert lam != kind and "{" not in lam[1] + kind[1]  # no JSON to read
    lambdas = [r.spec["regularization"] for r in make_plan(experiment, parse_vary("=".join(lam)), epochs=1).runs]
    kinds = [r.spec["regularization"] for r in make_plan(experiment, parse_vary("=".join(kind)), epochs=1).runs]
    assert len({r["kind"] for r in lambdas}) == 1 and len({r.get("lambda") for r in lambdas}) == 3
    assert [r["kind"] for r in kinds] == ["none", "l1", "l2"]


def test_a_bad_regularization_is_named_by_the_plan():
    with pytest.raises(ExperimentError, match="regularization"):
        make_plan(load_experiment("xor-2-2-1"), parse_vary("regularization=l3 λ=0.1"), epochs=1)


def test_a_lessons_labels_come_in_the_language_chosen():
    from nnviz import i18n

    i18n.set_language("zh_CN")
    try:
        chinese = presets.load(presets.find("compare-perceptron-xor")).vary.labels
    finally:
        i18n.set_language("en")
    english = presets.load(presets.find("compare-perceptron-xor")).vary.labels
    assert english == ("one sigmoid unit", "3 tanh hidden units")
    assert chinese == ("单个 sigmoid 神经元", "3 个 tanh 隐藏神经元")
