"""Class names in the picture results fit where they are drawn: the confusion matrix's row labels
get a column as wide as the names (numbers over the columns when the names do not fit there), and
the gallery's captions widen its columns or are cut with '…', the hover text saying them whole."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF
from PySide6.QtGui import QFontMetricsF

from nnviz.qt.image_results.confusion import LABEL_PX, ConfusionMatrix
from nnviz.qt.image_results.pictures import CAPTION_PX, GAP_PX, Gallery
from nnviz.qt.theme import LIGHT, PRESENTATION

NAMES = ["horizontal", "vertical"]


def _matrix(qtbot, theme, width, height):
    matrix = ConfusionMatrix(theme)
    qtbot.addWidget(matrix)
    matrix.resize(width, height)
    matrix.set_counts(np.array([[55, 2], [0, 63]]), NAMES)
    return matrix


def test_wide_matrix_writes_every_name_whole_beside_its_row_and_over_its_column(qtbot):
    matrix = _matrix(qtbot, LIGHT, 700, 480)
    columns, rows, row_width = matrix.labels()
    assert columns == NAMES and rows == NAMES
    fm = QFontMetricsF(LIGHT.font(LABEL_PX))
    left, _, size = matrix._grid()
    assert all(fm.horizontalAdvance(n) <= size for n in columns)
    # The row labels' column ends at the matrix and starts right of the rotated "true".
    assert all(fm.horizontalAdvance(r) < row_width for r in rows)
    assert left - row_width >= 1.6 * LABEL_PX * LIGHT.font_scale


def test_narrow_matrix_numbers_its_columns_and_keys_them_in_the_rows(qtbot):
    matrix = _matrix(qtbot, PRESENTATION, 330, 200)
    columns, rows, row_width = matrix.labels()
    assert columns == ["0", "1"]
    assert rows == ["0 horizontal", "1 vertical"]
    fm = QFontMetricsF(PRESENTATION.font(LABEL_PX))
    assert all(fm.horizontalAdvance(r) < row_width for r in rows)
    left, top, size = matrix._grid()
    assert left + 2 * size <= matrix.width()
    assert matrix.label_at(QPointF(left - 4, top + 1.5 * size)) == 1


def test_a_name_longer_than_a_third_of_the_matrix_is_cut_with_an_ellipsis(qtbot):
    matrix = ConfusionMatrix(LIGHT)
    qtbot.addWidget(matrix)
    matrix.resize(240, 240)
    matrix.set_counts(np.eye(2, dtype=int), ["a rather long class name indeed", "b"])
    _, rows, row_width = matrix.labels()
    assert rows[0].endswith("…") and row_width <= 240 / 3 + 1


def test_gallery_captions_fit_their_column_or_are_cut_with_the_whole_text_on_hover(qtbot):
    gallery = Gallery(LIGHT)
    qtbot.addWidget(gallery)
    gallery.resize(400, 300)
    captions = ["horizontal→vertical\n0.80", "vertical→horizontal\n0.79"]
    gallery.set_pictures(np.zeros((2, 6, 6)), captions, [4, 7], ["tip 1", "tip 2"])
    fm = QFontMetricsF(LIGHT.font(CAPTION_PX))
    assert [gallery.caption_lines(i) for i in range(2)] == [c.split("\n") for c in captions]
    first, second = gallery.picture_rect(0), gallery.picture_rect(1)
    width = gallery.caption_width()
    assert all(fm.horizontalAdvance(line) <= width for c in captions for line in c.split("\n"))
    assert second.center().x() - first.center().x() >= width  # neighbouring captions do not overlap
    gallery.set_pictures(np.zeros((1, 6, 6)), ["x" * 60 + "→y\n0.5"], [1], ["the whole name"])
    line = gallery.caption_lines(0)[0]
    assert line.endswith("…") and fm.horizontalAdvance(line) <= gallery.caption_width()
    assert gallery.picture_rect(0).right() + GAP_PX <= 400
