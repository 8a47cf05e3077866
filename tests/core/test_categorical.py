"""Categorical and crossed CSV columns, and the shipped table whose rule only the cross captures."""

import csv

import numpy as np
import pytest

from nnviz.core.categorical import BOUGHT, COLOURS, SIZES, cross, make_crossed_rule, one_hot
from nnviz.core.csv_data import DataError, load_csv
from nnviz.resources import resource_path

TABLE = resource_path("data", "crossed-rule.csv")


def test_one_hot_and_cross_columns_with_their_names():
    hot, names = one_hot(["MSc", "BSc", "MSc"], "edu")
    assert names == ["edu=BSc", "edu=MSc"]
    np.testing.assert_array_equal(hot, [[0, 1], [1, 0], [0, 1]])
    pairs, names = cross(["BSc", "MSc", "BSc"], ["eng", "eng", "art"], "edu", "job")
    assert names == ["edu=BSc × job=art", "edu=BSc × job=eng", "edu=MSc × job=art", "edu=MSc × job=eng"]
    np.testing.assert_array_equal(pairs, [[0, 1, 0, 0], [0, 0, 0, 1], [1, 0, 0, 0]])


def test_the_shipped_table_is_the_seeded_generator_and_its_rule_needs_the_pair():
    with open(TABLE, newline="") as f:
        assert list(csv.reader(f)) == make_crossed_rule(300, 0.05, np.random.default_rng(0))
    # Every colour and every size is bought in exactly half its combinations.
    for colour in COLOURS:
        assert sum((colour, s) in BOUGHT for s in SIZES) == 2
    for size in SIZES:
        assert sum((c, size) in BOUGHT for c in COLOURS) == 2


def test_csv_import_encodes_categorical_and_crossed_columns():
    table = load_csv(TABLE, ["bought"], categorical=["colour", "size"], crosses=[["colour", "size"]])
    assert table.x.shape == (300, 1 + 4 + 4 + 16)
    assert table.feature_names[:2] == ("price", "colour=blue")
    assert table.feature_names[-1] == "colour=yellow × size=XL"
    assert np.all(table.x[:, 1:5].sum(axis=1) == 1) and np.all(table.x[:, 9:].sum(axis=1) == 1)
    # A linear read of the cross columns alone reproduces the rule up to the 5 % flipped labels.
    rule = np.array([(c, s) in BOUGHT for c in COLOURS for s in SIZES], dtype=float)
    agree = np.mean((table.x[:, 9:] @ rule) == table.t[:, 0])
    assert 0.9 < agree < 1.0


def test_bad_categorical_columns_are_named(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("edu,job,y\nBSc,eng,1\nBSc,art,0\n")
    with pytest.raises(DataError, match='categorical column "edu" has one value only'):
        load_csv(path, ["y"], categorical=["edu", "job"])
    with pytest.raises(DataError, match='crossed column "edu" must be declared categorical'):
        load_csv(path, ["y"], categorical=["job"], crosses=[["edu", "job"]])
