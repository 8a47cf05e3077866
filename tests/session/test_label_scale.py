"""The captions' and legend's label scale: found by iteration so the legend's smallest text comes
out at 8 px after the enlarged picture is fitted again, or left at 1 when it cannot get there."""

import pytest

from nnviz.session.canvas.label_scale import LEGEND_PX, MAX_LABEL_SCALE, choose_label_scale
from nnviz.session.canvas.readable import AIM, READABLE_PX, readable_scale


def _fit(view: float, picture: float, legend: float):
    """Fit scale of a picture ``picture`` high plus a legend ``legend`` high times k, in ``view`` px."""
    calls = []

    def fit(k: float) -> float:
        calls.append(k)
        return view / (picture + legend * k)

    return fit, calls


def test_a_readable_legend_keeps_scale_1():
    fit, calls = _fit(800.0, 700.0, 80.0)  # scale 1.03: 10 px text is 10.3 px
    assert choose_label_scale(fit, 1.0) == 1.0 and calls == [1.0]


def test_a_small_view_enlarges_the_labels_until_they_come_out_at_8_px():
    fit, _ = _fit(406.0, 800.0, 80.0)  # scale 0.46 at k = 1: 4.6 px
    k = choose_label_scale(fit, 1.0)
    assert 1.0 < k <= MAX_LABEL_SCALE
    assert LEGEND_PX * k * fit(k) >= 8.0
    assert LEGEND_PX * (k / 1.1) * fit(k / 1.1) < 8.0  # not much larger than needed
    big = choose_label_scale(fit, 1.45)  # larger type needs less
    assert big < k


def test_a_picture_that_is_mostly_legend_is_not_shrunk_for_nothing():
    fit, _ = _fit(100.0, 10.0, 200.0)  # the legend grows as fast as the picture shrinks
    assert choose_label_scale(fit, 1.0) == 1.0


def test_the_readable_scale_brings_text_to_8_px_at_any_zoom_and_leaves_readable_text_alone():
    for zoom in (0.2, 0.35, 0.5, 0.8):
        for text_px in (9.0, 12.0, 14.5):
            k = readable_scale(text_px, zoom)
            assert k >= 1.0 and text_px * k * zoom >= READABLE_PX * AIM - 1e-9
            assert k == 1.0 or text_px * k * zoom == pytest.approx(READABLE_PX * AIM)  # no larger than aimed
    assert readable_scale(12.0, 1.0) == 1.0 and readable_scale(12.0, 0.0) == 1.0
