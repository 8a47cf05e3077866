"""A heatmap unit's coloured frame stands out from the canvas whatever its value: a softmax unit with
p ≈ 0 had a white frame on the white canvas and looked like a loose triangle."""

import pytest
from PySide6.QtGui import QColor

from nnviz.qt.theme import FRAME_CONTRAST, THEMES, contrast, frame_color


@pytest.mark.parametrize("theme", THEMES.values(), ids=lambda t: t.name)
def test_a_frame_in_the_background_s_own_colour_is_mixed_until_it_shows(theme):
    background = theme.q("background")
    framed = frame_color(QColor(background), theme)
    assert contrast(background, QColor(background)) == 1.0
    assert contrast(framed, background) >= FRAME_CONTRAST


@pytest.mark.parametrize("theme", THEMES.values(), ids=lambda t: t.name)
def test_a_frame_that_shows_already_keeps_its_colour(theme):
    strong = theme.q("outline")
    assert frame_color(strong, theme).rgb() == strong.rgb()
