"""The image sets: shipped digits as documented, generated sets seeded and showing their pattern."""

import numpy as np
import pytest

from nnviz.core.experiment import Experiment
from nnviz.core.image_datasets import IMAGE_SETS, load_digits, make_image_dataset


def test_the_shipped_digits_are_1797_images_of_ten_classes():
    x, t = load_digits()
    assert x.shape == (1797, 1, 8, 8) and t.shape == (1797,)
    assert x.min() == 0.0 and x.max() == 1.0  # pixels 0..16 scaled by 1/16
    assert np.bincount(t).tolist() == [178, 182, 177, 183, 181, 182, 181, 179, 174, 180]
    # The first image of the file is a 0: a ring, dark in the middle.
    assert t[0] == 0 and x[0, 0, 3, 3] < 0.1 and x[0, 0, 3, 2] > 0.5


@pytest.mark.parametrize("name", sorted(IMAGE_SETS))
def test_every_image_set_is_seeded_and_has_its_shape(name):
    a = make_image_dataset(name, 40, 0.1, np.random.default_rng(5))
    b = make_image_dataset(name, 40, 0.1, np.random.default_rng(5))
    c = make_image_dataset(name, 40, 0.1, np.random.default_rng(6))
    np.testing.assert_array_equal(a.x, b.x)
    assert not np.array_equal(a.x, c.x)
    assert a.x.shape == (40, *IMAGE_SETS[name].shape)
    assert len(a.class_names) == len(IMAGE_SETS[name].classes)


def test_bars_are_one_bright_row_or_column():
    d = make_image_dataset("bars", 60, 0.0, np.random.default_rng(0))
    images, vertical = d.x[:, 0], d.t[:, 0] == 1
    assert np.all(images.sum(axis=(1, 2)) == 6)
    assert np.all(images[vertical].max(axis=1).sum(axis=1) == 1)  # one column lit
    assert np.all(images[~vertical].max(axis=2).sum(axis=1) == 1)  # one row lit


def test_shifted_edge_rises_or_falls_once_left_to_right():
    d = make_image_dataset("shifted_edge", 60, 0.0, np.random.default_rng(0))
    steps = np.diff(d.x[:, 0, 0, :], axis=1)
    assert np.all(np.abs(steps).sum(axis=1) == 1)
    np.testing.assert_array_equal(steps.sum(axis=1) > 0, d.t[:, 0] == 1)
    assert len({int(np.argmax(np.abs(s))) for s in steps}) > 3  # the edge sits in different places


def test_x_and_o_differ_in_the_centre():
    d = make_image_dataset("x_or_o", 60, 0.0, np.random.default_rng(0))
    assert np.all(d.x.sum(axis=(1, 2, 3))[d.t[:, 0] == 0] == 9)  # X: two diagonals of 5, shared centre
    assert np.all(d.x.sum(axis=(1, 2, 3))[d.t[:, 0] == 1] == 12)  # O: a ring of 12


def test_inline_images_and_features_refused_on_images():
    doc = {
        "nnviz": 1,
        "data": {"inputs": np.zeros((2, 1, 3, 3)).tolist(), "targets": [[0.0], [1.0]]},
        "network": {"inputs": [1, 3, 3], "layers": [{"kind": "flatten"}, {"units": 1, "activation": "sigmoid"}]},
        "loss": {"name": "bce"},
        "optimizer": {"name": "sgd", "learning_rate": 0.1},
    }
    assert Experiment(doc).data.x_train.shape == (2, 1, 3, 3)
    doc["data"]["features"] = ["x1"]
    with pytest.raises(ValueError, match=r"data\.features: feature maps are for rows of numbers, not images"):
        Experiment(doc)
