"""A picture from a file made into one of the data set's pictures, for the drawing pad (no Qt).

The file's grey levels (read by the window) go through the steps the UCI digits went through —
strokes as ink, the ink's area counted per cell — and end on the data's value scale:

1. **Ink.** A light picture (mean grey above ½: dark strokes on paper) is inverted, so the strokes
   are bright as they are in the data; a dark one is taken as it is.
2. **Shape.** The picture is centred on a background of no ink, to the pad's proportions.
3. **Downsampling.** Each cell of the (H, W) pad is the mean ink over the part of the picture it
   covers, fractions of a pixel included (area averaging: the UCI digits are 32×32 bitmaps counted
   in 4×4 blocks).
4. **Values.** The cell with the most ink becomes the data's largest value and no ink its smallest:
   ``lo + (ink / max ink)·(hi − lo)``, ``lo, hi`` the training pictures' min and max.
"""

from __future__ import annotations

import numpy as np

Array = np.ndarray


def _area_matrix(n_out: int, n_in: int) -> Array:
    """(n_out, n_in): row i averages the input samples under output cell i, by overlap."""
    edges = np.linspace(0.0, n_in, n_out + 1)
    left, right = edges[:-1, None], edges[1:, None]
    pixel = np.arange(n_in)[None, :]
    overlap = np.clip(np.minimum(right, pixel + 1) - np.maximum(left, pixel), 0.0, None)
    return overlap / (right - left)


def area_resample(values: Array, shape: tuple[int, int]) -> Array:
    """``values`` (h, w) averaged down (or spread up) to ``shape`` (H, W) by area."""
    h, w = values.shape
    return _area_matrix(shape[0], h) @ values @ _area_matrix(shape[1], w).T


def _to_proportions(ink: Array, shape: tuple[int, int]) -> Array:
    """``ink`` (h, w) centred on a zero background with the proportions of ``shape``."""
    h, w = ink.shape
    height, width = max(h, int(np.ceil(w * shape[0] / shape[1]))), max(w, int(np.ceil(h * shape[1] / shape[0])))
    out = np.zeros((height, width))
    top, left = (height - h) // 2, (width - w) // 2
    out[top : top + h, left : left + w] = ink
    return out


def picture_from_grey(grey: Array, shape: tuple[int, int], value_range: tuple[float, float]) -> Array:
    """The pad's (H, W) picture from grey levels ``grey`` (h, w), 0 black … 1 white; see the module
    docstring. A picture with no ink at all gives the data's smallest value everywhere."""
    grey = np.clip(np.asarray(grey, dtype=float), 0.0, 1.0)
    ink = 1.0 - grey if grey.mean() > 0.5 else grey
    cells = area_resample(_to_proportions(ink, shape), shape)
    top = cells.max()
    lo, hi = value_range
    return lo + (cells / top if top > 0 else cells) * (hi - lo)
