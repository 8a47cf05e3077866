"""The live run's speed: epochs per second become iterations per tick and a tick interval."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nnviz.session.pace import DEFAULT_SPEED, FRAME_S, SPEEDS, TickPace, speed_text, tick_pace


def test_xor_at_one_epoch_a_second_draws_every_iteration_once_a_second():
    # XOR: 4 points, batch 4, one iteration per epoch.
    assert tick_pace(1, 1) == TickPace(iterations=1, interval_ms=1000)


def test_the_spiral_at_twenty_epochs_a_second_trains_a_few_iterations_a_frame():
    # 250 points, batch 10: 25 iterations an epoch, 500 a second, about 8 per 60 Hz frame.
    pace = tick_pace(20, 25)
    assert pace == TickPace(iterations=8, interval_ms=16)


@given(
    st.sampled_from([s for s in SPEEDS if s is not None]) | st.floats(0.1, 1000),
    st.integers(1, 10_000),
)
def test_the_rate_is_the_pace_asked_for_and_ticks_are_no_faster_than_a_frame(speed, per_epoch):
    pace = tick_pace(speed, per_epoch)
    assert pace.iterations >= 1 and pace.interval_ms >= 1
    exact_ms = 1000 * pace.iterations / (speed * per_epoch)
    assert abs(pace.interval_ms - exact_ms) <= 0.5 or pace.interval_ms == 1  # whole ms, rounded
    if pace.iterations > 1:  # more than one iteration a tick only when ticks already come every frame
        assert pace.interval_ms <= round(1000 * FRAME_S * 1.5)


@pytest.mark.parametrize(("speed", "per_epoch"), [(0, 1), (-1, 1), (5, 0)])
def test_a_pace_that_trains_nothing_is_refused(speed, per_epoch):
    with pytest.raises(ValueError):
        tick_pace(speed, per_epoch)


def test_the_choices_read_as_a_learner_says_them_and_the_default_is_followable():
    assert [speed_text(s) for s in SPEEDS] == [
        "1 epoch/s",
        "5 epochs/s",
        "20 epochs/s",
        "100 epochs/s",
        "as fast as possible",
    ]
    assert DEFAULT_SPEED in SPEEDS and DEFAULT_SPEED is not None and DEFAULT_SPEED <= 20
