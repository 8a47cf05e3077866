"""A hand-set vertical-edge kernel on a hand-made image gives the outputs worked out by hand."""

import numpy as np

from nnviz.core.activations import get_activation
from nnviz.core.conv import Conv2D
from nnviz.core.pool import AvgPool2D, MaxPool2D
from nnviz.core.reshape import Flatten

# A 5×5 image: dark (0) left half, bright (1) from column 2 on — one vertical edge.
IMAGE = np.array([[0.0, 0.0, 1.0, 1.0, 1.0]] * 5)[None, None]
# Sobel-like kernel: right column minus left column; responds to dark→bright left to right.
EDGE = np.array([[-1.0, 0.0, 1.0], [-2.0, 0.0, 2.0], [-1.0, 0.0, 1.0]])[None, None]


def test_vertical_edge_kernel_lights_up_where_the_edge_is():
    conv = Conv2D(EDGE, np.zeros(1), get_activation("relu"))
    z, a = conv.forward(IMAGE)
    # Windows start at columns 0, 1, 2: only the first two straddle the edge.
    # Column 0 window holds columns 0,1,2 → (1 − 0)·(1 + 2 + 1) = 4; column 1 → columns 1,2,3 → 4; column 2 → 0.
    assert z.shape == (1, 1, 3, 3)
    np.testing.assert_array_equal(z[0, 0], [[4.0, 4.0, 0.0]] * 3)
    np.testing.assert_array_equal(a, z)


def test_the_same_kernel_ignores_a_horizontal_edge():
    conv = Conv2D(EDGE, np.zeros(1), get_activation("identity"))
    z, _ = conv.forward(np.transpose(IMAGE, (0, 1, 3, 2)))
    np.testing.assert_array_equal(z, np.zeros((1, 1, 3, 3)))


def test_padding_stride_and_bias_by_hand():
    conv = Conv2D(EDGE, np.array([0.5]), get_activation("identity"), stride=2, padding=1)
    z, _ = conv.forward(IMAGE)
    # Padded 7×7; windows at columns 0, 2, 4 of the padded image (= image columns −1, 1, 3).
    # Column −1 window: image columns −1,0,1 → all dark → 0; top and bottom rows see only 3 of 4 weights.
    # Column 1 window: columns 1,2,3 → right (1) − left (0) → 4 inside, 3 on the top/bottom rows.
    # Column 3 window: columns 3,4,5 → left bright, right padded 0 → −4 inside, −3 at top/bottom.
    expected = np.array([[0.0, 3.0, -3.0], [0.0, 4.0, -4.0], [0.0, 3.0, -3.0]]) + 0.5
    np.testing.assert_array_equal(z[0, 0], expected)


def test_pool_and_flatten_of_the_edge_response():
    response = np.array([[4.0, 4.0, 0.0], [4.0, 1.0, 0.0], [2.0, 0.0, 3.0]])[None, None]
    z, _ = MaxPool2D((2, 2), (1, 1)).forward(response)
    np.testing.assert_array_equal(z[0, 0], [[4.0, 4.0], [4.0, 3.0]])
    z, _ = AvgPool2D((2, 2), (1, 1)).forward(response)
    np.testing.assert_array_equal(z[0, 0], [[13 / 4, 5 / 4], [7 / 4, 4 / 4]])
    z, _ = Flatten().forward(np.arange(12.0).reshape(1, 3, 2, 2))
    np.testing.assert_array_equal(z, np.arange(12.0)[None])


def test_flatten_takes_an_empty_batch():
    """A picture classifier without a test set flattens 0 test pictures (found by fuzzing: NumPy
    cannot infer -1 from an empty array, and the results panel crashed the window)."""
    x = np.zeros((0, 2, 3, 3))
    z, a = Flatten().forward(x)
    assert z.shape == a.shape == (0, 18)
    assert Flatten().trace_forward(1, x).z.shape == (0, 18)
