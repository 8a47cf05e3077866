"""The Wide & Deep ablation: three variant files, each valid alone and trained by the comparison
exactly as alone; the table of rows each model gets right that the others miss."""

import numpy as np
import pytest

from nnviz.core.categorical import BOUGHT
from nnviz.core.experiment import Experiment
from nnviz.presets import load_experiment
from nnviz.session.compare.ablation import (
    BOTH,
    DEEP,
    VARIANTS,
    WIDE,
    NotWideDeep,
    ablation_plan,
    ablation_table,
    right_lines,
    right_table,
    variant_specs,
)
from nnviz.session.compare.pool import Pool
from nnviz.session.compare.results import Comparison
from nnviz.session.compare.right_only import right_only
from nnviz.session.compare.train_run import Job, train


def test_the_variants_are_valid_files_built_as_documented():
    wd = load_experiment("wide-and-deep")
    specs = variant_specs(wd)
    assert list(specs) == list(VARIANTS)
    assert specs[BOTH] == wd.spec
    wide, deep = (Experiment(specs[v], wd.base_dir) for v in (WIDE, DEEP))
    # wide only: one sigmoid unit over every input column (price, 8 one-hots, 16 crosses)
    assert [layer.kind for layer in wide.network.layers] == ["dense"]
    assert wide.network.layers[0].W.shape == (1, 25)
    assert wide.data.input_names == wd.data.input_names
    # deep only: the deep layer and the output, no concat, no crossed columns
    assert [layer.kind for layer in deep.network.layers] == ["dense", "dense"]
    assert deep.data.input_names == wd.data.input_names[:9] and "crosses" not in specs[DEEP]["data"]
    assert deep.network.layers[1].W.shape == (1, 4)


def test_the_three_runs_are_bit_identical_to_three_separate_trainings():
    wd = load_experiment("wide-and-deep")
    plan = ablation_plan(wd, epochs=6)
    results = Pool([Job(r, plan.epochs, (), True) for r in plan.runs], 2).run()
    for run, result in zip(plan.runs, results):
        alone = Experiment(variant_specs(wd)[run.value], wd.base_dir)
        losses = [alone.evaluate().train_loss]
        for _ in range(plan.epochs):
            alone.trainer.run_epoch()
            losses.append(alone.evaluate().train_loss)
        np.testing.assert_array_equal(result.train_loss, losses)
        final = list(alone.network.parameters())
        assert len(result.parameters[-1]) == len(final)
        for got, want in zip(result.parameters[-1], final):
            np.testing.assert_array_equal(got, want)
        _, a = alone.network.output(alone.data.x_test)
        np.testing.assert_array_equal(result.test_right, (a[:, 0] > 0.5) == (alone.data.t_test[:, 0] == 1))
        assert result.test_right.mean() == result.test_accuracy[-1]
    comparison = Comparison(plan, results)
    assert comparison.same_batches()
    assert "rows and split: the same in every run" in comparison.lock_lines()
    assert ablation_table(comparison).header[0] == "model"
    assert [row[0] for row in ablation_table(comparison).rows] == list(VARIANTS)
    table = right_table(comparison)
    counts = sum(len(g.rows) for g in table.groups())
    assert counts == len(wd.data.x_test)
    assert right_lines(comparison)[0].startswith("Test rows each model gets right")


def test_the_right_only_table_on_a_small_case():
    names = ("price", "colour=blue", "colour=red", "size=L", "size=S")
    points = np.array(
        [
            [0.1, 1, 0, 1, 0],  # row 1: blue, L
            [0.2, 0, 1, 0, 1],  # row 2: red, S
            [0.3, 1, 0, 1, 0],  # row 3: blue, L
            [0.4, 0, 1, 1, 0],  # row 4: red, L
            [0.5, 1, 0, 0, 1],  # row 5: blue, S
        ]
    )
    right = [
        np.array([1, 1, 1, 0, 0], bool),  # model 0
        np.array([0, 1, 0, 1, 0], bool),  # model 1
        np.array([1, 1, 1, 0, 0], bool),  # model 2
    ]
    table = right_only(right, names, points)
    assert table.texts[0] == "colour=blue, size=L" and table.texts[1] == "colour=red, size=S"
    assert table.only(1).tolist() == [3] and table.only(0).tolist() == [] and table.only(2).tolist() == []
    assert table.beats(0, 1).tolist() == [0, 2] and table.beats(1, 0).tolist() == [3]
    groups = [(g.right_by, g.rows.tolist()) for g in table.groups()]
    assert groups == [((0, 1, 2), [1]), ((0, 2), [0, 2]), ((1,), [3]), ((), [4])]
    assert table.groups()[1].missed_by(3) == (1,)
    assert table.listed(np.array([0, 2, 3])) == [("colour=blue, size=L", [1, 3]), ("colour=red, size=L", [4])]


def test_a_network_without_a_wide_lane_is_refused_by_name():
    with pytest.raises(NotWideDeep, match=r"XOR.*: not a Wide&Deep network; the ablation needs a concat"):
        ablation_plan(load_experiment("xor-2-2-1"))


def _ablation(experiment, epochs):
    plan = ablation_plan(experiment, epochs=epochs)
    return Comparison(plan, [train(Job(run, epochs)) for run in plan.runs])


def test_the_lesson_states_what_the_ablation_measured():
    """Every number of the wide-and-deep lesson, measured again, in all three languages."""
    wd = load_experiment("wide-and-deep")
    short, long = _ablation(wd, wd.epochs), _ablation(wd, 100)
    wide, deep, both = (short.results[i] for i in range(3))
    said = [f"{100 * r.test_accuracy[-1]:.1f} %" for r in (wide, deep, both)]
    assert said == ["95.6 %", "76.7 %", "95.6 %"]
    assert wide.test_accuracy[2] == wide.test_accuracy[-1]  # "within 2 epochs"
    assert [f"{r.train_loss[-1]:.4f}" for r in (both, wide, deep)] == ["0.2217", "0.3225", "0.5054"]
    table = right_table(short)
    groups = {g.right_by: g for g in table.groups()}
    missed = table.listed(groups[(0, 2)].rows)
    assert [(text, len(rows)) for text, rows in missed] == [
        ("colour=blue, size=S", 8),
        ("colour=green, size=M", 4),
        ("colour=red, size=S", 4),
        ("colour=blue, size=XL", 1),
    ]
    assert set(groups) == {(0, 1, 2), (0, 2), ()}  # deep only gets no row right that the others miss
    nobody = (groups[()].rows + 1).tolist()
    assert nobody == [1, 41, 56, 66]
    pairs = [tuple(part.split("=")[1] for part in text.split(", ")) for text in table.texts]
    flipped = [i + 1 for i, pair in enumerate(pairs) if (pair in BOUGHT) != (wd.data.t_test[i, 0] == 1)]
    assert flipped == nobody
    d, b = long.results[1], long.results[2]
    deep_acc = [f"{100 * d.test_accuracy[e]:.1f} %" for e in (5, 20, 30)]
    assert deep_acc == ["71.1 %", "91.1 %", "95.6 %"]
    lowest = int(np.argmin(b.test_loss))
    assert lowest == 11 and f"{b.test_loss[lowest]:.4f}" == "0.1956"
    assert f"{b.test_loss[-1]:.4f}" == "0.2432" and f"{b.train_loss[-1]:.4f}" == "0.1905"
    assert np.argmin(d.test_loss) == 100 and f"{d.test_loss[-1]:.4f}" == "0.2024"
    numbers = [*said, *deep_acc, "0.2217", "0.3225", "0.5054", "0.1956", "0.2432", "0.1905", "0.2024"]
    numbers += ["--epochs 30", "--epochs 100", "--ablation wide_deep", "1、41、56、66"]
    for lang, text in wd.spec["lesson"].items():
        for number in numbers:
            if number == "1、41、56、66" and lang == "en":
                number = "1, 41, 56, 66"
            assert number in text, (lang, number)
