"""The live run's tick: it trains for a time budget, or a chosen number of iterations that it
cuts short rather than keep input waiting, and redraws once.

Time is a fake clock that each training iteration advances, so nothing here depends on the
speed of the machine.
"""

import pytest

from nnviz.qt import play_loop as controller_module
from nnviz.qt.play_loop import FRAME_S, INPUT_S, MAX_TICK_S, TICK_BUDGET_S


class FakeClock:
    def __init__(self):
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def slow(monkeypatch):
    """Make every training iteration of ``controller`` take ``seconds`` on a fake clock."""

    def make(controller, seconds: float) -> FakeClock:
        clock = FakeClock()
        monkeypatch.setattr(controller_module, "_clock", clock)
        ws = controller.workspace
        run = ws.run

        def timed_run(iterations: int):
            clock.now += iterations * seconds
            return run(iterations)

        monkeypatch.setattr(ws, "run", timed_run)
        return clock

    return make


def tick(controller, qtbot) -> int:
    """One timer tick; returns the iterations it trained (and checks it redrew once)."""
    before = controller.workspace.stepper.trainer.iteration
    with qtbot.waitSignal(controller.stepped, timeout=1000):
        controller._on_timer_timeout()
    return controller.workspace.stepper.trainer.iteration - before


def test_a_huge_chosen_speed_is_cut_short_and_goes_on_next_tick(controller, slow, qtbot):
    controller.iterations_per_frame = 10_000
    slow(controller, 0.010)  # 10 ms per iteration: 10 000 would block for 100 s
    first = tick(controller, qtbot)
    assert 1 <= first <= round(min(MAX_TICK_S, INPUT_S - controller._redraw_s) / 0.010) + 1
    assert tick(controller, qtbot) >= 1  # training goes on


def test_a_chosen_speed_that_fits_is_done_exactly(controller, slow, qtbot):
    controller.iterations_per_frame = 7
    slow(controller, 0.0001)
    assert [tick(controller, qtbot) for _ in range(3)] == [7, 7, 7]


def test_a_single_slow_iteration_still_makes_progress(controller, slow, qtbot):
    slow(controller, 1.0)  # longer than any budget
    assert tick(controller, qtbot) == 1


def test_automatic_speed_trains_for_the_frame_minus_the_measured_redraw(controller, slow, qtbot):
    clock = slow(controller, 0.001)
    first = tick(controller, qtbot)
    assert round(TICK_BUDGET_S / 0.001) <= first <= round(TICK_BUDGET_S / 0.001) + 1
    clock.now += 0.030  # a slow redraw between the ticks: the tick measures it and trains less
    second = tick(controller, qtbot)
    assert second < first
    assert second <= round(controller.tick_budget() / 0.001) + 1
    for _ in range(20):  # redraws keep taking 30 ms: training shrinks to its minimum share
        clock.now += 0.030
        tick(controller, qtbot)
    assert controller.tick_budget() == pytest.approx(max(FRAME_S - 0.030, controller_module.MIN_TICK_S), abs=1e-3)


def test_a_breakpoint_stops_the_tick_and_pauses(controller, qtbot):
    controller.workspace.stepper.breakpoints.iterations.add(3)
    controller.iterations_per_frame = 100
    controller.run()
    with qtbot.waitSignal(controller.stopped, timeout=5000):
        pass
    assert not controller.running
    assert controller.workspace.stepper.position.iteration == 3
