"""CSV import and the shipped iris data."""

from __future__ import annotations

import re

import numpy as np
import pytest

from nnviz.core.data import DataError, load_csv
from nnviz.resources import resource_path

IRIS_COLUMNS = ("sepal_length", "sepal_width", "petal_length", "petal_width")


def write(tmp_path, text: str, name: str = "file.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def iris():
    return load_csv(resource_path("data", "iris.csv"), ["species"])


def test_iris_has_fifty_of_each_species(iris):
    assert iris.name == "iris" and iris.kind == "multiclass"
    assert iris.x.shape == (150, 4) and iris.t.shape == (150,)
    assert iris.feature_names == IRIS_COLUMNS and iris.target_names == ("species",)
    assert iris.class_names == ("setosa", "versicolor", "virginica")
    assert np.bincount(iris.t).tolist() == [50, 50, 50]


@pytest.mark.parametrize(
    ("row", "values", "species"),
    [(1, [5.1, 3.5, 1.4, 0.2], 0), (51, [7.0, 3.2, 4.7, 1.4], 1), (101, [6.3, 3.3, 6.0, 2.5], 2)],
)
def test_iris_well_known_rows(iris, row, values, species):
    np.testing.assert_array_equal(iris.x[row - 1], values)
    assert iris.t[row - 1] == species


def test_iris_column_means_and_per_species_means(iris):
    np.testing.assert_array_equal(np.round(iris.x.mean(axis=0), 3), [5.843, 3.057, 3.758, 1.199])
    per_species = [np.round(iris.x[iris.t == k].mean(axis=0), 3).tolist() for k in range(3)]
    assert per_species == [[5.006, 3.428, 1.462, 0.246], [5.936, 2.77, 4.26, 1.326], [6.588, 2.974, 5.552, 2.026]]


def test_iris_file_text():
    lines = resource_path("data", "iris.csv").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "sepal_length,sepal_width,petal_length,petal_width,species"
    assert lines[1] == "5.1,3.5,1.4,0.2,setosa" and lines[150] == "5.9,3.0,5.1,1.8,virginica"
    assert len(lines) == 151


def test_chosen_input_columns_in_their_order(iris):
    two = load_csv(resource_path("data", "iris.csv"), ["species"], False, ["petal_width", "petal_length"])
    assert two.feature_names == ("petal_width", "petal_length")
    np.testing.assert_array_equal(two.x, iris.x[:, [3, 2]])


def test_numeric_targets_are_regression_columns(tmp_path):
    path = write(tmp_path, "a,b,y,z\n1,2,0.5,10\n3,4,1.5,20\n5,6,2.5,30\n")
    ds = load_csv(path, ["y", "z"])
    assert ds.kind == "regression" and ds.class_names == () and ds.target_names == ("y", "z")
    np.testing.assert_array_equal(ds.x, [[1, 2], [3, 4], [5, 6]])
    np.testing.assert_array_equal(ds.t, [[0.5, 10], [1.5, 20], [2.5, 30]])
    assert ds.t.dtype == np.float64


def test_zero_one_targets_are_binary(tmp_path):
    ds = load_csv(write(tmp_path, "x1,x2,label\n0,0,0\n0,1,1\n1,0,1\n1,1,0\n"), ["label"])
    assert ds.kind == "binary" and ds.t.shape == (4, 1)
    np.testing.assert_array_equal(ds.t[:, 0], [0, 1, 1, 0])


def test_declared_numeric_classes_sort_by_value(tmp_path):
    path = write(tmp_path, "x,grade\n1,10\n2,2\n3,1\n4,2\n")
    ds = load_csv(path, ["grade"], classes=True)
    assert ds.kind == "multiclass" and ds.class_names == ("1", "2", "10")
    np.testing.assert_array_equal(ds.t, [2, 1, 0, 1])


def test_text_labels_sort_and_keep_quoted_commas(tmp_path):
    path = write(tmp_path, 'x,kind\n1,"b, big"\n2,a\n3," a "\n')
    ds = load_csv(path, ["kind"])
    assert ds.class_names == ("a", "b, big")
    np.testing.assert_array_equal(ds.t, [1, 0, 0])


def test_standardize_gives_mean_zero_std_one_and_centres_constant_columns(tmp_path):
    path = write(tmp_path, "a,b,c,y\n1,7,10,0\n2,7,20,1\n3,7,60,0\n")
    ds = load_csv(path, ["y"], True)
    np.testing.assert_allclose(ds.x.mean(axis=0), 0.0, atol=1e-15)
    np.testing.assert_allclose(ds.x.std(axis=0), [1.0, 0.0, 1.0])
    np.testing.assert_array_equal(ds.x[:, 1], 0.0)
    np.testing.assert_array_equal(ds.t[:, 0], [0, 1, 0])


def test_bom_blank_lines_spaces_and_crlf_are_accepted(tmp_path):
    path = tmp_path / "excel.csv"
    path.write_bytes("\ufeff a , b ,y\r\n\r\n1, 2 ,cat\r\n3,4,dog\r\n\r\n".encode())
    ds = load_csv(path, ["y"])
    assert ds.feature_names == ("a", "b") and ds.class_names == ("cat", "dog")
    np.testing.assert_array_equal(ds.x, [[1, 2], [3, 4]])


def test_data_error_is_a_value_error():
    assert issubclass(DataError, ValueError)


MALFORMED = [
    ("", ["y"], "file.csv: the file is empty; expected a header row"),
    ("\n\n  \n", ["y"], "file.csv: the file is empty"),
    ("a,y\n", ["y"], "file.csv: no data rows after the header"),
    ("1.5,2\n3,4\n", ["y"], "file.csv: row 1 holds numbers, not column names"),
    ("a,,y\n1,2,3\n", ["y"], "file.csv: row 1, column 2: empty column name"),
    ("a,b,a,y\n1,2,3,4\n", ["y"], 'file.csv: row 1: column "a" appears twice'),
    (
        "a\tb,y\n1\t2,3\n",
        ["y"],
        "file.csv: row 1, column 1: a column name holds a tab (nnviz reads comma-separated",
    ),
    ("A=1\x00B=2,C\x00\n", ["y"], "file.csv: row 1, column 1: a NUL byte (\\x00): not a text CSV file"),
    ("a,b\n1,2\n", ["species"], 'file.csv: no target column "species"; the columns are a, b'),
    ("a,y\n1,2\n3\n", ["y"], "file.csv: row 3 has 1 cells, but the header (row 1) has 2 columns"),
    ("a,y\n1,2\n\n3,4,5\n", ["y"], "file.csv: row 4 has 3 cells, but the header (row 1) has 2 columns"),
    ("a,b,y\n1,2,3\n4, ,6\n", ["y"], 'file.csv: row 3, column "b": empty cell'),
    ("a,y\n1,cat\n2,\n", ["y"], 'file.csv: row 3, column "y": empty cell'),
    (
        "sepal_length,petal_width,y\n" + "1,2,a\n" * 5 + "1,abc,b\n",
        ["y"],
        'file.csv: row 7, column "petal_width": "abc" is not a number',
    ),
    ("a,y\n1,0\nnan,1\n", ["y"], 'file.csv: row 3, column "a": "nan" is not a finite number'),
    ("a,y\n1,0\n2,-inf\n", ["y"], 'file.csv: row 3, column "y": "-inf" is not a finite number'),
    ("a,y\n1,cat\n2,cat\n", ["y"], 'file.csv: column "y" has one class only ("cat"); a classifier needs two'),
    (
        "a,y,z\n1,cat,1\n2,dog,2\n",
        ["y", "z"],
        "file.csv: class labels need exactly one target column, got 2",
    ),
    ("y,z\n1,2\n3,4\n", ["y", "z"], "file.csv: no input columns left: every column is a target"),
    ("a,y\n1,2\n", [], "file.csv: choose the target columns as a non-empty list of column names"),
    ("a,y\n1,2\n", "y", "file.csv: choose the target columns as a non-empty list"),
    ("a,y\n1,2\n", ["y", "y"], 'file.csv: target column "y" is chosen twice'),
    ('a,y\n1,2\n3,"4\n', ["y"], "file.csv: row 3: not a valid CSV row (unexpected end of data)"),
]


@pytest.mark.parametrize(("text", "targets", "message"), MALFORMED)
def test_malformed_files_name_the_row_column_or_problem(tmp_path, text, targets, message):
    with pytest.raises(DataError, match="(^|/)" + re.escape(message)):
        load_csv(write(tmp_path, text), targets)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"features": ["a", "petals"]}, 'file.csv: no input column "petals"; the columns are a, b, y'),
        ({"features": ["a", "y"]}, 'file.csv: column "y" cannot be both an input and a target'),
        ({"features": []}, "file.csv: choose the input columns as a non-empty list"),
        ({"classes": False}, 'file.csv: row 3, column "y": "dog" is not a number'),
        ({"classes": "yes"}, "file.csv: classes must be true, false or left out, got 'yes'"),
        ({"standardize": "no"}, "file.csv: standardize must be true or false, got 'no'"),
    ],
)
def test_bad_choices_are_named(tmp_path, kwargs, message):
    path = write(tmp_path, "a,b,y\n1,2,3\n4,5,dog\n")
    with pytest.raises(DataError, match="(^|/)" + re.escape(message)):
        load_csv(path, ["y"], **kwargs)


def test_missing_file_and_binary_file(tmp_path):
    with pytest.raises(DataError, match=r"(^|/)nothing\.csv: no such file"):
        load_csv(tmp_path / "nothing.csv", ["y"])
    path = tmp_path / "image.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\xff\xfe\x00")
    with pytest.raises(DataError, match=r"(^|/)image\.csv: not a UTF-8 text file"):
        load_csv(path, ["y"])


def test_too_many_rows(tmp_path, monkeypatch):
    monkeypatch.setattr("nnviz.core.csv_data.MAX_SAMPLES", 3)
    with pytest.raises(DataError, match=r"(^|/)file\.csv: more than 3 data rows"):
        load_csv(write(tmp_path, "a,y\n" + "1,2\n" * 4), ["y"])
