"""The Wide & Deep ablation: three variant files, each valid alone and trained by the comparison
exactly as alone; the table of rows each model gets right that the others miss."""

import numpy as np
import pytest

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
from nnviz.session.compare.train_run import Job


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
