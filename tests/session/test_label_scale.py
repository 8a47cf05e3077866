"""The captions' and legend's label scale: found by iteration so the legend's smallest text comes
out at 8 px after the enlarged picture is fitted again, or left at 1 when it cannot get there."""

from nnviz.session.canvas.label_scale import LEGEND_PX, MAX_LABEL_SCALE, choose_label_scale


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
