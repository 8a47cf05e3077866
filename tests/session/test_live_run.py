"""The live run's place, without Qt: each transition of :class:`LiveRun` against a fake
training process that does what it is told (or fails the way it is told)."""

import pytest

from nnviz import i18n
from nnviz.session.live_run import LiveRun, Place, RunPaused, train_for
from nnviz.session.training_process import Collected, ReplicaError, TrainingProcessError


class FakeProcess:
    """Records the calls a :class:`TrainingProcess` gets; ``fail`` names a call that raises."""

    def __init__(self, *, fail: dict | None = None, collected: Collected | None = None):
        self.calls = []
        self.fail = fail or {}
        self.collected = collected or Collected(True, False, None)

    def _call(self, name):
        self.calls.append(name)
        if name in self.fail:
            raise self.fail[name]

    def begin(self, workspace):
        self._call("begin")

    def request(self, breakpoints, test_rise_epochs):
        self._call("request")

    def collect(self, workspace):
        self._call("collect")
        return self.collected

    def halt(self, workspace):
        self._call("halt")
        return Collected(True, True, None)


class FakeWorkspace:
    class stepper:
        breakpoints = None

        class trainer:
            iteration = 42

    test_rise_epochs = None


WS = FakeWorkspace()


def started(process) -> LiveRun:
    live = LiveRun(process)
    assert live.begin(WS) is None
    return live


def test_without_a_process_every_run_trains_in_the_window():
    live = LiveRun(None)
    assert live.place is Place.NO_PROCESS and not live.wants_process(0)
    live.process = FakeProcess()
    assert live.place is Place.IN_WINDOW and live.wants_process(0)


def test_only_automatic_speed_wants_the_process():
    live = LiveRun(FakeProcess())
    assert live.wants_process(0) and not live.wants_process(5)


def test_begin_trains_in_the_process_and_asks_for_progress():
    process = FakeProcess()
    live = started(process)
    assert live.place is Place.IN_PROCESS and live.in_process
    assert process.calls == ["begin", "request"]


def test_a_workspace_that_cannot_be_sent_trains_this_run_in_the_window_and_the_next_tries_again():
    process = FakeProcess(fail={"begin": ReplicaError("cannot send")})
    live = LiveRun(process)
    assert live.begin(WS) == "cannot send; this run trains in the window, more slowly"
    assert live.place is Place.REFUSED and not live.wants_process(0) and live.process is process
    live.new_run()
    assert live.place is Place.IN_WINDOW and live.wants_process(0)


def test_a_process_that_cannot_start_leaves_every_run_in_the_window():
    live = LiveRun(FakeProcess(fail={"begin": TrainingProcessError("cannot start")}))
    assert live.begin(WS) == "cannot start; training goes on in this window, more slowly"
    assert live.place is Place.NO_PROCESS and live.process is None
    live.new_run()
    assert not live.wants_process(0)


def test_halt_brings_the_run_back_to_the_window():
    process = FakeProcess()
    live = started(process)
    assert live.halt(WS) == Collected(True, True, None)
    assert live.place is Place.IN_WINDOW and process.calls[-1] == "halt"
    assert live.halt(WS) is None  # nothing left to halt
    assert process.calls.count("halt") == 1


def test_a_failed_halt_pauses_the_run_and_the_next_run_may_start_the_process_again():
    live = started(FakeProcess(fail={"halt": TrainingProcessError("it died")}))
    with pytest.raises(RunPaused, match=r"^it died; the run paused at iteration 42$"):
        live.halt(WS)
    assert live.place is Place.IN_WINDOW and live.wants_process(0)


def test_collect_asks_for_more_until_the_run_is_over():
    process = FakeProcess()
    live = started(process)
    assert live.collect(WS).moved and live.in_process
    assert process.calls[-2:] == ["collect", "request"]
    process.collected = Collected(True, True, None)
    live.collect(WS)
    assert process.calls[-1] == "collect" and live.place is Place.IN_WINDOW


def test_a_failed_collect_pauses_the_run():
    live = started(FakeProcess(fail={"collect": TrainingProcessError("it hung")}))
    with pytest.raises(RunPaused, match="it hung; the run paused at iteration 42"):
        live.collect(WS)
    assert live.place is Place.IN_WINDOW


class TimedWorkspace:
    """Each iteration takes ``seconds`` on its own clock; ``stop_at`` is a breakpoint's iteration."""

    def __init__(self, seconds: float, stop_at: int | None = None):
        self.now, self.seconds, self.done, self.stop_at = 0.0, seconds, 0, stop_at

    def clock(self) -> float:
        return self.now

    def run(self, iterations: int):
        for _ in range(iterations):
            self.done += 1
            self.now += self.seconds
            if self.done == self.stop_at:
                return "stop"
        return None


def test_train_for_fills_the_budget_in_growing_chunks_and_overshoots_by_an_iteration_at_most():
    ws = TimedWorkspace(0.001)
    assert train_for(ws, 0.020, None, ws.clock) is None
    assert 20 <= ws.done <= 21


def test_train_for_does_a_limit_exactly_and_one_slow_iteration_at_least():
    fast, slow = TimedWorkspace(0.0001), TimedWorkspace(1.0)
    train_for(fast, 1.0, 7, fast.clock)
    train_for(slow, 0.020, None, slow.clock)
    assert (fast.done, slow.done) == (7, 1)


def test_train_for_stops_at_a_breakpoint():
    ws = TimedWorkspace(0.0001, stop_at=5)
    assert train_for(ws, 1.0, None, ws.clock) == "stop" and ws.done == 5


SAID = {
    "zh_CN": ("cannot start；训练改在此窗口中继续，速度较慢", "lost；运行已暂停在第 42 次迭代"),
    "zh_TW": ("cannot start；訓練改在此視窗中繼續，速度較慢", "lost；執行已暫停在第 42 次迭代"),
}


@pytest.mark.parametrize("lang", SAID)
def test_what_a_failed_process_means_for_the_run_is_said_in_the_language(lang):
    i18n.set_language(lang)
    try:
        live = LiveRun(FakeProcess(fail={"begin": TrainingProcessError("cannot start")}))
        assert live.begin(WS) == SAID[lang][0]
        live = started(FakeProcess(fail={"collect": TrainingProcessError("lost")}))
        with pytest.raises(RunPaused) as paused:
            live.collect(WS)
        assert str(paused.value) == SAID[lang][1]
    finally:
        i18n.set_language("en")
