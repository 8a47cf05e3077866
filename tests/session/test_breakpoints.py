import re

import numpy as np
import pytest

from nnviz import i18n
from nnviz.session import ITERATION, UNIT, Breakpoints, Stepper
from nnviz.session.breakpoints import _message


def diverging(make_trainer, **breakpoints):
    """SGD with learning rate 10⁶ on a ReLU regression net: parameters overflow within a few iterations."""
    trainer = make_trainer(
        sizes=(2, 3, 1),
        hidden="relu",
        output="identity",
        loss="mse",
        dropout=0.0,
        optimizer="sgd",
        learning_rate=1e6,
    )
    return Stepper(trainer, breakpoints=Breakpoints(**breakpoints))


def huge_weight(make_trainer, **breakpoints):
    """Inputs of size ~100 and one weight of 10³⁰⁸: z of layer 1, unit 2 overflows in iteration 1."""
    trainer = make_trainer(sizes=(2, 3, 1), hidden="relu", output="identity", loss="mse", dropout=0.0, scale=100)
    s = Stepper(trainer, breakpoints=Breakpoints(**breakpoints))
    s.edit_parameter(1, 1, 0, 1e308)
    return s


def finite_loss_divergence(make_trainer, **breakpoints):
    """Adam (sigmoid + bce) whose learning rate jumps to 10³⁰⁸ after 4 iterations: iteration 5's
    update overflows the weights while its loss is finite — only the parameters tell."""
    trainer = make_trainer(sizes=(2, 3, 1), optimizer="adam", learning_rate=0.1, dropout=0.0)
    s = Stepper(trainer, breakpoints=Breakpoints(**breakpoints))
    s.run(4)
    trainer.optimizer.learning_rate = 1e308
    s.settings_changed()
    return s


def values_of(trace, event):
    """The numbers an event produces, for an independent check of where the first non-finite one is."""
    if event.phase == "loss":
        return [np.array([trace.loss_data, trace.loss_reg, trace.loss_total])]
    lt = trace.layers[event.layer - 1]
    j = event.unit
    if event.phase == "forward":
        return [lt.z[:, j], lt.a[:, j]]
    if event.phase == "backward":
        return [lt.grad_a[:, j], lt.delta[:, j], lt.grad_W[j], lt.grad_b[j : j + 1]]
    return [lt.W, lt.b]


def assert_first_non_finite_at_cursor(s):
    c = s.position.index
    finite = [all(np.isfinite(v).all() for v in values_of(s.trace, e)) for e in s.events[: c + 1]]
    assert finite == [True] * c + [False]


def test_huge_weight_stops_at_the_unit_that_overflows(make_trainer):
    s = huge_weight(make_trainer)
    stop = s.run(10)
    assert stop is s.stop_reason
    assert stop.kind == "non_finite" and stop.iteration == 1
    assert stop.message == "non-finite z at layer 1, unit 2 (iteration 1) — try a smaller learning rate"
    assert s.current_event == stop.event and s.current_event.label == "forward · layer 1 · unit 2"
    assert_first_non_finite_at_cursor(s)


@pytest.mark.parametrize("make", [huge_weight, diverging, finite_loss_divergence])
def test_every_granularity_stops_at_the_same_event(make_trainer, make):
    by_run = make(make_trainer)
    by_run.run(1000)
    for granularity in (UNIT, ITERATION):
        s = make(make_trainer)
        for _ in range(20_000):
            if s.step(granularity) is not None:
                break
        assert s.position == by_run.position
        assert s.stop_reason == by_run.stop_reason


def test_divergence_names_the_first_non_finite_value(make_trainer):
    s = diverging(make_trainer)
    stop = s.run(1000)
    assert stop.kind == "non_finite" and "smaller learning rate" in stop.message
    assert f"layer {stop.event.layer}" in stop.message and "unit" in stop.message
    assert all(np.isfinite(lt.W_before).all() for lt in s.trace.layers)
    assert_first_non_finite_at_cursor(s)


def test_a_run_finds_parameters_that_overflow_under_a_finite_loss(make_trainer):
    s = finite_loss_divergence(make_trainer)
    stop = s.run(1000)
    assert stop.kind == "non_finite" and stop.iteration == 5 and np.isfinite(s.trace.loss_total)
    assert not all(np.isfinite(lt.W).all() and np.isfinite(lt.b).all() for lt in s.trace.layers)
    assert_first_non_finite_at_cursor(s)
    # What the run computed past the stop is forgotten: the history ends at the stop.
    assert s.metrics.iterations[-1] == stop.iteration
    assert s.snapshots.nearest(10**9)[0] <= stop.iteration


def test_a_long_run_that_diverges_early_can_still_be_rewound_to_the_start(make_trainer):
    s = finite_loss_divergence(make_trainer)
    stop = s.run(5000)  # far more than the rewind reach: the history must still reach back
    assert stop.kind == "non_finite" and stop.iteration == 5
    while s.can_step_back:
        s.step_back(ITERATION)
    assert s.position.iteration <= 1
    assert s.metrics.iterations[-1] == 5


def test_a_run_split_in_pieces_stops_where_one_run_does(make_trainer):
    whole = finite_loss_divergence(make_trainer)
    whole.run(1000)
    pieces = finite_loss_divergence(make_trainer)
    for _ in range(400):
        if pieces.run(3) is not None:
            break
    assert pieces.position == whole.position and pieces.stop_reason == whole.stop_reason


def test_once_broken_the_network_does_not_stop_again(make_trainer):
    s = huge_weight(make_trainer)
    s.run(10)
    assert s.run(3) is None
    assert s.position.iteration == 4
    assert not np.isfinite(s.trace.loss_total)


def test_non_finite_breakpoint_can_be_turned_off(make_trainer):
    s = huge_weight(make_trainer, non_finite=False)
    assert s.run(3) is None and s.position.iteration == 3


def test_gradient_norm_below_a_threshold(make_trainer):
    s = Stepper(make_trainer(), breakpoints=Breakpoints(grad_norm_below={1: 1e9}))
    stop = s.step(ITERATION)
    assert stop.kind == "grad_norm" and stop.message.startswith("gradient norm of layer 1 is ")
    assert s.current_event.label == "backward · layer 1 · unit 3"
    assert s.step(ITERATION) is None
    assert s.position.index == len(s.events) - 1


def test_gradient_norm_breakpoint_on_a_quiet_layer_never_fires(make_trainer):
    s = Stepper(make_trainer(), breakpoints=Breakpoints(grad_norm_below={2: 0.0}))
    assert s.run(5) is None


def test_gradient_breakpoint_on_a_missing_layer_is_an_error(make_trainer):
    s = Stepper(make_trainer(), breakpoints=Breakpoints(grad_norm_below={7: 1.0}))
    with pytest.raises(ValueError, match=r"layers 1\.\.3"):
        s.run(1)


def test_iteration_breakpoint_stops_at_its_first_event(make_trainer):
    s = Stepper(make_trainer(), breakpoints=Breakpoints(iterations={5}))
    stop = s.run(10)
    assert stop.kind == "iteration" and stop.message == "reached iteration 5"
    assert (s.position.iteration, s.position.index) == (5, 0)
    assert s.run(2) is None and s.position.iteration == 7


def test_stepping_back_does_not_fire_breakpoints(make_trainer):
    s = Stepper(make_trainer(), breakpoints=Breakpoints(iterations={2}))
    s.run(1)
    s.run(3)
    assert s.stop_reason is not None and s.position.iteration == 2
    s.step(ITERATION)
    s.step(ITERATION)
    assert s.step_back(ITERATION) is None and s.step_back(ITERATION) is None


ENGLISH_WORD = re.compile(r"[A-Za-z]{2,}")


def english_words(message: str) -> list[str]:
    """The English words left in a message (NaN is a symbol, the same in every language)."""
    return [w for w in ENGLISH_WORD.findall(message) if w != "NaN"]


def every_kind_of_stop(make_trainer) -> dict[str, str]:
    """A message of each stop the stepper makes: iteration, non-finite z, loss and weights,
    gradient norm, history; and of every value a non-finite stop names."""
    messages = {}
    s = Stepper(make_trainer(), breakpoints=Breakpoints(iterations={5}))
    messages["iteration"] = s.run(10).message
    messages["non-finite z"] = huge_weight(make_trainer).run(10).message
    s = huge_weight(make_trainer)
    for j in range(3):
        s.edit_parameter(2, 0, j, 1e200)  # the output layer's z ~ 1e202 is finite, its square is not
    s.edit_parameter(1, 1, 0, 1.0)
    messages["non-finite loss"] = s.run(10).message
    messages["non-finite after the update"] = finite_loss_divergence(make_trainer).run(1000).message
    messages["grad_norm"] = (
        Stepper(make_trainer(), breakpoints=Breakpoints(grad_norm_below={1: 1e9})).step(ITERATION).message
    )
    s = Stepper(make_trainer(), history_limit=8)
    s.run(60)
    while (stop := s.step_back(ITERATION)) is None:
        pass
    messages["history"] = stop.message
    for name in ("z", "∂L/∂a", "δ", "weight gradient", "bias gradient", "weights", "bias"):
        messages[f"{name} at layer 2"] = _message((0, name), 2, 7)
    return messages


def test_every_stop_message_speaks_english_by_default(make_trainer):
    messages = every_kind_of_stop(make_trainer)
    assert messages["iteration"] == "reached iteration 5"
    assert messages["non-finite loss"] == "non-finite loss (iteration 1) — try a smaller learning rate"
    assert messages["non-finite after the update"] == (
        "non-finite weights at layer 1, unit 1 after the update (iteration 5) — try a smaller learning rate"
    )
    assert messages["history"].startswith("rewind reached the oldest remembered iteration, ")
    assert messages["bias gradient at layer 2"] == (
        "non-finite bias gradient at layer 2, unit 1 (iteration 7) — try a smaller learning rate"
    )


@pytest.mark.parametrize("lang", ["zh_CN", "zh_TW"])
def test_every_stop_message_is_in_the_learners_language(make_trainer, lang):
    """In Chinese the status bar showed "已暂停：reached iteration 40": the messages were English f-strings."""
    i18n.set_language(lang)
    try:
        messages = every_kind_of_stop(make_trainer)
    finally:
        i18n.set_language("en")
    left = {kind: english_words(m) for kind, m in messages.items() if english_words(m)}
    assert not left, messages
    assert messages["iteration"] == EXPECTED[lang]["iteration"]
    assert messages["non-finite z"] == EXPECTED[lang]["non-finite z"]
    assert messages["non-finite loss"] == EXPECTED[lang]["non-finite loss"]
    assert EXPECTED[lang]["weight gradient"] in messages["weight gradient at layer 2"]


EXPECTED = {
    "zh_CN": {
        "iteration": "到达第 5 次迭代",
        "non-finite z": "第 1 层神经元 2 的z变成了 ∞ 或 NaN（第 1 次迭代）；试试更小的学习率",
        "non-finite loss": "损失变成了 ∞ 或 NaN（第 1 次迭代）；试试更小的学习率",
        "weight gradient": "的权重梯度变成了",
    },
    "zh_TW": {
        "iteration": "到達第 5 次迭代",
        "non-finite z": "第 1 層神經元 2 的z變成了 ∞ 或 NaN（第 1 次迭代）；試試更小的學習率",
        "non-finite loss": "損失變成了 ∞ 或 NaN（第 1 次迭代）；試試更小的學習率",
        "weight gradient": "的權重梯度變成了",
    },
}
