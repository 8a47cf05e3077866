"""The one numbering convention: units and samples from 1, classes by their target value from 0."""

import numpy as np
import pytest

from nnviz.core.numbering import (
    batch_sample_label,
    class_label,
    informative_row,
    sample_index,
    sample_label,
    sample_list,
    unit_label,
)


def test_units_and_samples_count_from_one():
    assert unit_label(0) == "unit 1"
    assert sample_label(3) == "sample 4"
    assert sample_label(3, row=1) == "sample 4 (batch row 2)"
    assert batch_sample_label([7, 3, 5], 1) == "sample 4"
    assert batch_sample_label([7, 3, 5], 1, with_row=True) == "sample 4 (batch row 2)"
    assert sample_list([7, 3, 5]) == "8, 4, 6"


def test_a_sample_number_goes_back_to_its_index():
    assert sample_index(4) == 3
    with pytest.raises(ValueError, match="from 1"):
        sample_index(0)


def test_classes_are_named_by_their_target_value():
    assert class_label(0) == "class 0"
    assert class_label(1, ["0", "1"]) == "class 1"
    assert class_label(1, ["setosa", "versicolor"]) == "class 1 (versicolor)"


def test_the_informative_row_has_the_most_non_zero_inputs():
    gate = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
    assert informative_row(gate) == 3
    assert informative_row(np.array([[0.5, -1.0], [1.0, 0.25]])) == 0  # the first of equals
    assert informative_row(np.zeros((0, 2))) == 0
