"""The input table reads the raw row back from the encoding and places every column in its lanes."""

import csv

import numpy as np

from nnviz.presets import load_experiment
from nnviz.resources import resource_dir
from nnviz.session.input_table import CROSS, NUMERIC, ONE_HOT, input_table, kind_of, raw_row
from nnviz.session.wide_deep import find_lanes


def test_kinds_of_encoded_names():
    assert kind_of("price") == NUMERIC
    assert kind_of("colour=red") == ONE_HOT
    assert kind_of("colour=red × size=S") == CROSS


def test_the_raw_rows_are_the_csv_rows():
    experiment = load_experiment("wide-and-deep")
    data = experiment.data
    with open(resource_dir() / "data" / "crossed-rule.csv", newline="") as f:
        rows = {(r["colour"], r["size"], f"{float(r['price']):.4g}") for r in csv.DictReader(f)}
    for x in np.vstack([data.x_train, data.x_test]):
        raw = dict(raw_row(data.input_names, x))
        assert list(raw) == ["price", "colour", "size"]
        assert (raw["colour"], raw["size"], raw["price"]) in rows


def test_every_column_in_its_lanes_and_the_wide_numbers_are_the_concat_slots():
    experiment = load_experiment("wide-and-deep")
    data, network = experiment.data, experiment.network
    lanes = find_lanes(network, data.input_names)
    x = data.x_train[5]
    table = input_table(data.input_names, x, lanes)
    assert [c.name for c in table.encoded] == list(data.input_names)
    assert all(c.deep for c in table.encoded)
    wide = [c for c in table.encoded if c.wide_slot is not None]
    assert [c.name for c in wide] == list(lanes.wide_names) and {c.kind for c in wide} == {CROSS}
    joined = network.forward_all(x[None])[lanes.concat - 1][1][0]
    np.testing.assert_array_equal(table.wide, joined[: lanes.wide_width])
    raw = dict(table.raw)
    on = [c.name for c in wide if c.value == 1]
    assert on == [f"colour={raw['colour']} × size={raw['size']}"]


def test_a_network_without_lanes_has_no_wide_slots():
    experiment = load_experiment("xor-2-2-1")
    table = input_table(experiment.data.input_names, experiment.data.x_train[0], None)
    assert all(c.wide_slot is None and c.kind == NUMERIC for c in table.encoded) and table.wide.size == 0
