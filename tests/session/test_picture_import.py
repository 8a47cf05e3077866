"""A picture file's grey levels made into a pad picture: ink, proportions, area averaging, values,
each checked against the numbers worked out by hand."""

import numpy as np

from nnviz.session.picture_import import area_resample, picture_from_grey


def test_a_dark_stroke_on_paper_becomes_bright_cells_on_the_data_scale():
    grey = np.ones((16, 16))  # white paper
    grey[0:2, 0:2] = 0.0  # a black 2×2 blot: exactly pad cell (0, 0)
    grey[4:6, 6] = 0.0  # half of cell (2, 3)
    picture = picture_from_grey(grey, (8, 8), (0.0, 1.0))
    expected = np.zeros((8, 8))
    expected[0, 0], expected[2, 3] = 1.0, 0.5
    np.testing.assert_allclose(picture, expected, atol=1e-12)
    # Another value range: no ink is its smallest value, the most ink its largest.
    shifted = picture_from_grey(grey, (8, 8), (-0.5, 1.5))
    np.testing.assert_allclose(shifted, -0.5 + 2.0 * expected, atol=1e-12)


def test_a_light_stroke_on_black_is_taken_as_it_is_and_a_blank_page_is_all_background():
    grey = np.zeros((8, 8))
    grey[3, 3] = 0.6
    np.testing.assert_allclose(picture_from_grey(grey, (8, 8), (0.0, 1.0)), np.where(grey > 0, 1.0, 0.0))
    np.testing.assert_array_equal(picture_from_grey(np.ones((5, 7)), (8, 8), (0.0, 1.0)), np.zeros((8, 8)))


def test_area_averaging_counts_fractions_of_a_pixel():
    # 3 samples onto 2 cells: each cell covers 1.5 samples.
    values = np.array([[3.0, 0.0, 6.0]])
    np.testing.assert_allclose(area_resample(values, (1, 2)), [[(3.0 + 0.5 * 0.0) / 1.5, (0.5 * 0.0 + 6.0) / 1.5]])


def test_a_wide_picture_is_centred_on_a_square_of_background():
    grey = np.ones((8, 16))
    grey[:, 0:2] = 0.0  # a black band two pixels wide: pad column 0
    picture = picture_from_grey(grey, (8, 8), (0.0, 1.0))
    # The 8×16 picture sits in rows 4..11 of a 16×16 square: column 0 of pad rows 2..5 holds its ink.
    expected = np.zeros((8, 8))
    expected[2:6, 0] = 1.0
    np.testing.assert_allclose(picture, expected, atol=1e-12)
