"""The image sets: shipped digits as documented, generated sets seeded and showing their pattern."""

import numpy as np
import pytest

from nnviz.core.experiment import Experiment
from nnviz.core.image_datasets import IMAGE_SETS, load_digits, make_image_dataset, shift_pictures


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


def _moved(picture: np.ndarray, dy: int, dx: int) -> np.ndarray:
    """``picture`` (C, H, W) moved dy rows down and dx columns right, the gap dark, by plain loops."""
    out = np.zeros_like(picture)
    _, h, w = picture.shape
    for r in range(h):
        for c in range(w):
            if 0 <= r - dy < h and 0 <= c - dx < w:
                out[:, r, c] = picture[:, r - dy, c - dx]
    return out


def test_shifted_pictures_are_each_moved_by_at_most_k_pixels_each_way():
    x = np.random.default_rng(0).random((200, 1, 6, 5))
    moved = shift_pictures(x, 2, np.random.default_rng(1))
    seen = set()
    for original, picture in zip(x, moved):
        matches = [
            (dy, dx)
            for dy in range(-2, 3)
            for dx in range(-2, 3)
            if np.array_equal(picture, _moved(original, dy, dx))
        ]
        assert len(matches) == 1
        seen.add(matches[0])
    assert len(seen) == 25  # every offset from −2 to 2 each way occurs
    np.testing.assert_array_equal(shift_pictures(x, 0, np.random.default_rng(1)), x)


def test_test_shift_moves_the_test_pictures_only_and_is_checked():
    spec = {
        "nnviz": 1,
        "seed": 3,
        "data": {"dataset": "bars", "samples": 60, "test_fraction": 0.5, "test_shift": 1},
        "network": {"inputs": [1, 6, 6], "layers": [{"kind": "flatten"}, {"units": 1, "activation": "sigmoid"}]},
        "loss": {"name": "bce"},
        "optimizer": {"name": "sgd", "learning_rate": 0.1},
    }
    shifted = Experiment(spec)
    plain = Experiment({**spec, "data": {**spec["data"], "test_shift": 0}})
    np.testing.assert_array_equal(shifted.data.x_train, plain.data.x_train)
    np.testing.assert_array_equal(shifted.data.t_test, plain.data.t_test)
    assert not np.array_equal(shifted.data.x_test, plain.data.x_test)
    for p, q in zip(plain.data.x_test, shifted.data.x_test):
        assert any(np.array_equal(q, _moved(p, dy, dx)) for dy in (-1, 0, 1) for dx in (-1, 0, 1))
    np.testing.assert_array_equal(shifted.data.points_test, shifted.data.x_test)
    with pytest.raises(ValueError, match=r"data\.test_shift: 4 is out of range; expected \[0, 3\]"):
        Experiment({**spec, "data": {**spec["data"], "test_shift": 4}})
    rows = {**spec, "data": {"dataset": "circle", "test_fraction": 0.5, "test_shift": 1}}
    rows["network"] = {"layers": [{"units": 1, "activation": "sigmoid"}]}
    with pytest.raises(ValueError, match=r"data\.test_shift: only pictures can be shifted"):
        Experiment(rows)
