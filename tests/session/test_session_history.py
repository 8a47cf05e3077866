from types import SimpleNamespace

import numpy as np
import pytest

from nnviz.session.history import MIN_STRIDE, MetricHistory, Snapshots, grad_norms, snapshot_stride


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
