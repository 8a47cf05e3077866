"""The inspector's kernel math writes a product that is zero as 0, never −0.00 (0 × −0.53)."""

import numpy as np

from nnviz.qt.kernel_math_html import kernel_math_html
from nnviz.session.kernel_math import KernelMath


def test_a_zero_product_is_written_0():
    window = np.array([[[0.0, 1.0], [-0.004, 2.0]]])
    kernel = np.array([[[-0.53, 0.5], [0.9, -1.0]]])
    padded = np.zeros_like(window, dtype=bool)
    m = KernelMath("conv2d", 1, (0, 0, 0), window, padded, kernel, window * kernel, 0.1, 2.0, 2.0, "relu")
    text = kernel_math_html(m)
    assert "−0.00" not in text and "-0.00" not in text
    # the window's 0 and −0.004; the products 0 × −0.53 and −0.004 × 0.9
    assert text.count(">0</td>") == 4
