from types import SimpleNamespace

import numpy as np
import pytest

from nnviz.session.history import (
    EPOCH_TAIL,
    MIN_STRIDE,
    MetricHistory,
    Snapshots,
    grad_norms,
    snapshot_stride,
    thin_epochs,
)


def fake_trace(iteration: int):
    """Losses that name their iteration; one layer with gradient norm 5 (3-4-5)."""
    layer = SimpleNamespace(grad_W=np.array([[3.0]]), grad_b=np.array([4.0]))
    return SimpleNamespace(
        iteration=iteration, loss_data=iteration, loss_reg=0.5, loss_total=iteration + 0.5, layers=[layer]
    )


def test_grad_norm_covers_weights_and_bias():
    assert grad_norms(fake_trace(1)) == [5.0]


def test_snapshots_keep_the_stride_and_the_pinned():
    snaps = Snapshots(reach=100, stride=3)
    for i in range(20):
        snaps.record(i, f"state {i}")
    assert snaps.nearest(14) == (12, "state 12")
    assert snaps.pinned(12) is None
    snaps.record(13, "edited", force=True)
    assert snaps.nearest(14) == (13, "edited") and snaps.pinned(13) == "edited"
    snaps.record(13, "computed")
    assert snaps.pinned(13) == "edited"
    snaps.truncate(12)
    assert snaps.nearest(20) == (12, "state 12") and snaps.pinned(13) is None


def test_snapshots_reach_back_and_no_further():
    snaps = Snapshots(reach=10, stride=3)
    for i in range(31):
        snaps.record(i, i)
    assert snaps.oldest == 18  # the latest kept at or before 30 − 10 − 1
    assert len(snaps) == 5
    with pytest.raises(LookupError):
        snaps.nearest(17)


def test_snapshot_stride_fits_the_budget():
    assert snapshot_stride(param_bytes=100, reach=1000, budget=64 * 2**20) == MIN_STRIDE
    assert snapshot_stride(param_bytes=10_000, reach=1000, budget=1_000_000) == 40
    assert snapshot_stride(param_bytes=10_001, reach=1000, budget=1_000_000) == 41


def test_metric_history_halves_its_resolution_when_full():
    history = MetricHistory(n_layers=1, capacity=8)
    for i in range(1, 41):
        history.record(fake_trace(i))
        assert len(history) <= 8
    assert history.every == 8
    assert list(history.iterations) == [8, 16, 24, 32, 40]
    assert np.array_equal(history.loss_data, history.iterations)
    assert np.array_equal(history.loss_total, history.iterations + 0.5)
    assert np.array_equal(history.loss_reg, np.full(5, 0.5))
    assert np.array_equal(history.grad_norms, np.full((5, 1), 5.0))


def test_metric_history_truncates_and_copies():
    history = MetricHistory(n_layers=1, capacity=100)
    for i in range(1, 11):
        history.record(fake_trace(i))
    history.truncate(6)
    assert list(history.iterations) == [1, 2, 3, 4, 5, 6]
    history.loss_total[:] = 0
    assert history.loss_total[0] == 1.5


def test_epoch_records_stay_few_over_a_million_epochs_and_span_the_run():
    records = []
    sizes = {}
    for epoch in range(1, 1_000_001):
        records.append(SimpleNamespace(epoch=epoch))
        if epoch % EPOCH_TAIL == 0:
            thin_epochs(records, epoch)
        if epoch in (10_000, 100_000, 1_000_000):
            sizes[epoch] = len(records)
    kept = [r.epoch for r in records]
    assert kept[0] == 1 and kept[-1] == 1_000_000 and kept == sorted(kept)
    # The newest EPOCH_TAIL epochs one by one (the test-loss breakpoint reads them) …
    assert kept[-EPOCH_TAIL:] == list(range(1_000_001 - EPOCH_TAIL, 1_000_001))
    # … and about EPOCH_TAIL/2 more each time the run doubles: logarithmic, not linear.
    assert sizes[1_000_000] < 7_000
    assert sizes[1_000_000] - sizes[100_000] < 2_000 and sizes[100_000] - sizes[10_000] < 2_000
    # No stretch of the run is left without points: gaps grow with age, never beyond a sixteenth of it.
    gaps = np.diff(kept)
    ages = 1_000_000 - np.array(kept[:-1])
    assert np.all(gaps <= np.maximum(1, ages / 16 + 1))


def test_thinning_at_different_times_keeps_the_same_records():
    """A replica thins as it trains, the window when progress arrives: both end with the same records."""
    every = [SimpleNamespace(epoch=e) for e in range(1, 9_001)]
    one_by_one = []
    for r in every:
        one_by_one.append(r)
        if r.epoch % EPOCH_TAIL == 0:
            thin_epochs(one_by_one, r.epoch)
    in_batches = []
    for start in range(0, 9_000, 777):
        in_batches.extend(every[start : start + 777])
        thin_epochs(in_batches, in_batches[-1].epoch)
    assert [r.epoch for r in in_batches] == [r.epoch for r in one_by_one]
    assert len(one_by_one) < 9_000
