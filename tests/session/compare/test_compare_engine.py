"""The comparison engine: the varied setting by JSON path, what is locked, runs in worker
processes bit-identical to the same file trained alone, and cancel."""

import time

import numpy as np
import pytest

from nnviz.core.experiment import Experiment
from nnviz.core.validate import ExperimentError
from nnviz.session.compare.plan import make_plan
from nnviz.session.compare.pool import Pool
from nnviz.session.compare.results import Comparison
from nnviz.session.compare.train_run import Job, train
from nnviz.session.compare.vary import parse_path, parse_vary, split_values

DEEP = {
    "nnviz": 1,
    "seed": 2,
    "data": {"dataset": "circle", "samples": 60, "test_fraction": 0.5},
    "network": {
        "layers": [
            {"units": 4, "activation": "tanh"},
            {"units": 3, "activation": "tanh"},
            {"units": 1, "activation": "sigmoid"},
        ]
    },
    "loss": {"name": "bce"},
    "optimizer": {"name": "sgd", "learning_rate": 0.3},
    "batch_size": 8,
}


def test_values_split_outside_brackets_and_are_read_as_json_or_text():
    assert split_values('1, 2.5,[1,2],{"a": 1},"x,y",mse') == ["1", "2.5", "[1,2]", '{"a": 1}', '"x,y"', "mse"]
    vary = parse_vary("loss.name=mse,bce")
    assert vary.values == ("mse", "bce") and not vary.ordered
    assert parse_vary("regularization.lambda=0,0.001,0.01").ordered
    assert parse_path("network.layers[0:2].activation") == ("network", "layers", slice(0, 2), "activation")


@pytest.mark.parametrize(
    ("argument", "message"),
    [
        ("network.layers[5].units=1,2", "--vary network.layers[5].units: network.layers has 3 elements, no [5]"),
        ("network.layers[0].unitz=1,2", "--vary network.layers[0].unitz=1: network.layers[0].unitz: unknown key"),
        (
            "network.layers[0].units=1,x",
            "--vary network.layers[0].units=x: network.layers[0].units: expected a whole number",
        ),
        ("loss.name=mse,nope", "--vary loss.name=nope: loss.name"),
        ("network..units=1", "--vary network..units: not a JSON path"),
        ("loss.name", "--vary loss.name: expected PATH=V1,V2"),
        ("name=a,b", "--vary name: name is not a setting"),
        ("loss.name=mse,mse", "--vary loss.name: a value is given twice"),
    ],
)
def test_a_bad_path_or_value_is_refused_naming_it(argument, message):
    with pytest.raises(ExperimentError) as error:
        make_plan(Experiment(DEEP), parse_vary(argument), epochs=1)
    assert error.value.problems[0].startswith(message), error.value.problems


def test_exactly_the_varied_setting_differs_and_the_rest_is_locked():
    plan = make_plan(
        Experiment(DEEP), parse_vary("network.layers[0:2].activation=sigmoid,tanh,relu"), seeds=2, epochs=3
    )
    assert [(r.value, r.seed) for r in plan.runs] == [(a, s) for a in ("sigmoid", "tanh", "relu") for s in (2, 3)]
    for run in plan.runs:
        other = Experiment(DEEP).spec | {"seed": run.seed}
        for k in (0, 1):
            other["network"]["layers"][k]["activation"] = run.value
        assert run.spec == other  # the same shapes: the seed alone locks the weights, nothing written in
    assert plan.locks.data and set(plan.locks.weights.values()) == {"locked"} and plan.locks.batch_order
    comparison = Comparison(plan, [train(Job(r, 3)) for r in plan.runs])
    for seed in (2, 3):
        runs = [r for r in comparison.results if plan.runs[r.index].seed == seed]
        assert len({r.initial_digest for r in runs}) == 1 and len({r.batch_digest for r in runs}) == 1
    assert comparison.results[0].initial_digest != comparison.results[1].initial_digest  # two seeds
    assert "mini-batch order: the same in every run" in comparison.lock_lines()


def test_layers_of_the_same_shape_keep_the_base_weights_when_an_earlier_layer_changes_size():
    base = Experiment(DEEP)
    plan = make_plan(base, parse_vary("network.layers[1].units=3,5"), epochs=1)
    assert plan.locks.weights == {1: "locked", 2: "shapes differ", 3: "shapes differ"}
    plan = make_plan(base, parse_vary("network.layers[0].units=4,6"), epochs=1)
    assert plan.locks.weights == {1: "shapes differ", 2: "shapes differ", 3: "locked"}
    built = Experiment(plan.runs[1].spec).network.layers
    assert np.array_equal(built[2].W, base.network.layers[2].W) and np.array_equal(
        built[2].b, base.network.layers[2].b
    )


def test_each_run_in_a_worker_is_bit_identical_to_its_file_trained_alone():
    plan = make_plan(Experiment(DEEP), parse_vary("optimizer.learning_rate=0.1,1.0"), epochs=6)
    results = Pool([Job(r, 6, (6,)) for r in plan.runs], workers=2).run()
    for run, result in zip(plan.runs, results):
        alone = Experiment(run.spec)
        losses = [alone.evaluate().train_loss]
        for _ in range(6):
            alone.trainer.run_epoch()
            losses.append(alone.evaluate().train_loss)
        assert np.array_equal(result.train_loss, losses)  # bit for bit, as `nnviz train` trains it
        assert np.array_equal(result.test_loss[-1], alone.evaluate().test_loss)
        assert result.boundaries[6].shape == (48, 48)
    assert results[0].train_loss[-1] != results[1].train_loss[-1]


def test_cancel_stops_every_worker_within_a_second():
    plan = make_plan(Experiment(DEEP), parse_vary("optimizer.learning_rate=0.1,0.2,0.3"), epochs=100_000)
    pool = Pool([Job(r, 100_000) for r in plan.runs], workers=2)
    pool.start()
    deadline = time.monotonic() + 30
    while pool.progress == 0 and time.monotonic() < deadline:
        pool.poll(0.1)
    processes = [p for p, _ in pool._procs]
    started = time.monotonic()
    pool.cancel()
    assert time.monotonic() - started < 1.0
    assert all(p.poll() is not None for p in processes) and pool.progress > 0 and not pool.done
