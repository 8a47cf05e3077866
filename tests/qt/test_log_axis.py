"""A log axis labels its ticks between the decades only where they do not crowd."""

import math

import pytest

from nnviz.qt.plots.style import LogAxis
from nnviz.qt.theme import LIGHT


@pytest.fixture
def axis(qtbot):
    axis = LogAxis("left")
    axis.setTickFont(LIGHT.font(11))
    axis.setLogMode(False, True)
    return axis


def labels(levels) -> list[float]:
    return sorted(round(10**v, 6) for _, values in levels for v in values)


def test_a_tall_axis_labels_every_tick_from_2_to_9(axis):
    """Within one decade on 600 px: 0.2, 0.3, … 0.9 all fit."""
    assert labels(axis.tickValues(math.log10(0.15), math.log10(0.95), 600)) == [
        0.2,
        0.3,
        0.4,
        0.5,
        0.6,
        0.7,
        0.8,
        0.9,
    ]


def test_two_decades_on_a_short_axis_label_only_1_2_and_5(axis):
    """0.008 … 1.2 on 330 px (the circle's gradient plot): 0.08, 0.09 and 0.1 overlapped."""
    assert labels(axis.tickValues(math.log10(0.008), math.log10(1.2), 330)) == [
        0.01,
        0.02,
        0.05,
        0.1,
        0.2,
        0.5,
        1.0,
    ]


def test_many_decades_on_a_short_axis_label_the_decades(axis):
    assert labels(axis.tickValues(-6.2, 1.1, 200)) == [1e-6, 1e-5, 1e-4, 1e-3, 0.01, 0.1, 1.0, 10.0]
