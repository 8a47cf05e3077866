"""Conv, pool, flatten and concat backpropagation against central finite differences.

Shapes, strides, paddings and channel counts are drawn by hypothesis, with and
without L1/L2 and dropout (masks held fixed). Smooth activations keep the check
away from kinks; a max-pool window whose two largest values lie too close
together (a near tie, where the winner could swap within eps) is redrawn.
"""

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from nnviz.core.activations import get_activation
from nnviz.core.conv import Conv2D
from nnviz.core.gradcheck import check_parameter, gradient_check
from nnviz.core.layers import Dense
from nnviz.core.losses import get_loss
from nnviz.core.network import Network
from nnviz.core.pool import AvgPool2D, MaxPool2D
from nnviz.core.regularizers import Regularizer
from nnviz.core.reshape import Concat, Flatten

TOLERANCE = 1e-6
TIE_MARGIN = 1e-3


def _masks(net, x, rng):
    """Dropout masks of one training pass, to hold fixed during the check."""
    masks, a = [], x
    for layer in net.layers:
        _, a = layer.forward(a, x) if layer.joins_input else layer.forward(a)
        masks.append((rng.random(a.shape) >= layer.dropout).astype(float) if layer.dropout else None)
        if layer.dropout:
            a = a * masks[-1] / (1 - layer.dropout)
    return masks


def _pool_windows_are_clear(net, x, masks):
    """False if some max-pool window's two largest inputs are within TIE_MARGIN of each other."""
    a = x
    for layer, mask in zip(net.layers, masks):
        if isinstance(layer, MaxPool2D):
            cells = np.sort(layer._cells_first(a), axis=0)
            if len(cells) > 1 and np.min(cells[-1] - cells[-2]) < TIE_MARGIN:
                return False
        _, a = layer.forward(a, x) if layer.joins_input else layer.forward(a)
        if mask is not None:
            a = a * mask / (1 - layer.dropout)
    return True


def _check(net, x, t, loss, reg, masks):
    checks = gradient_check(net, loss, reg, x, t, masks)
    assert len(checks) == 2 * sum(layer.W is not None for layer in net.layers)
    for c in checks:
        assert c.analytic.shape == c.numeric.shape
        assert c.max_rel_error < TOLERANCE, (c.layer, c.name, c.max_rel_error)
    return checks


@settings(max_examples=40, deadline=None)
@given(
    seed=st.integers(0, 2**31),
    in_channels=st.integers(1, 3),
    height=st.integers(3, 7),
    width=st.integers(3, 7),
    channels=st.integers(1, 3),
    kh=st.integers(1, 3),
    kw=st.integers(1, 3),
    stride=st.integers(1, 2),
    padding=st.integers(0, 1),
    pool=st.sampled_from(["none", "max", "avg"]),
    pool_kernel=st.integers(1, 2),
    pool_stride=st.integers(1, 2),
    reg_kind=st.sampled_from(["none", "l1", "l2"]),
    dropout=st.sampled_from([0.0, 0.3]),
    batch=st.integers(1, 3),
)
def test_conv_and_pool_gradients_match_finite_differences(
    seed,
    in_channels,
    height,
    width,
    channels,
    kh,
    kw,
    stride,
    padding,
    pool,
    pool_kernel,
    pool_stride,
    reg_kind,
    dropout,
    batch,
):
    rng = np.random.default_rng(seed)
    conv = Conv2D(
        rng.normal(0, 0.5, (channels, in_channels, kh, kw)),
        rng.normal(0, 0.2, channels),
        get_activation("tanh"),
        stride=stride,
        padding=padding,
        dropout=dropout,
    )
    second = Conv2D(
        rng.normal(0, 0.5, (2, channels, 2, 1)), rng.normal(0, 0.2, 2), get_activation("sigmoid"), padding=1
    )
    layers = [conv, second]
    if pool == "max":
        layers.append(MaxPool2D((pool_kernel, pool_kernel), (pool_stride, pool_stride)))
    elif pool == "avg":
        layers.append(AvgPool2D((pool_kernel, pool_kernel + 1), (pool_stride, 1)))
    layers.append(Flatten())
    shape = (in_channels, height, width)
    try:
        for layer in layers:
            shape = layer.output_shape(shape)
    except ValueError:
        assume(False)
    layers.append(Dense(rng.normal(0, 0.5, (3, shape[0])), rng.normal(0, 0.2, 3), get_activation("softmax")))
    net = Network((in_channels, height, width), layers)
    x = rng.normal(size=(batch, in_channels, height, width))
    t = rng.integers(0, 3, batch)
    reg = Regularizer(reg_kind, 0.0 if reg_kind == "none" else 0.05)
    masks = _masks(net, x, rng)
    assume(_pool_windows_are_clear(net, x, masks))
    assume(reg_kind != "l1" or np.min(np.abs(conv.W)) > 1e-3)
    checks = _check(net, x, t, get_loss("cross_entropy"), reg, masks)
    assert checks[0].analytic.shape == (channels, in_channels, kh, kw)


@settings(max_examples=30, deadline=None)
@given(
    seed=st.integers(0, 2**31),
    n_inputs=st.integers(1, 5),
    hidden=st.integers(1, 4),
    data=st.data(),
    reg_kind=st.sampled_from(["none", "l2"]),
    dropout=st.sampled_from([0.0, 0.4]),
    batch=st.integers(1, 4),
)
def test_concat_gradients_match_finite_differences(seed, n_inputs, hidden, data, reg_kind, dropout, batch):
    rng = np.random.default_rng(seed)
    columns = data.draw(st.none() | st.lists(st.integers(0, n_inputs - 1), min_size=1, max_size=n_inputs))
    concat = Concat(columns)
    wide = n_inputs if columns is None else len(columns)
    layers = [
        Dense(
            rng.normal(0, 0.6, (hidden, n_inputs)), rng.normal(0, 0.2, hidden), get_activation("sigmoid"), dropout
        ),
        concat,
        Dense(rng.normal(0, 0.6, (1, wide + hidden)), rng.normal(0, 0.2, 1), get_activation("sigmoid")),
    ]
    net = Network(n_inputs, layers)
    x = rng.normal(size=(batch, n_inputs))
    t = rng.uniform(0, 1, (batch, 1))
    masks = _masks(net, x, rng)
    _check(net, x, t, get_loss("bce"), Regularizer(reg_kind, 0.0 if reg_kind == "none" else 0.05), masks)


def test_check_parameter_reaches_every_kernel_weight_and_bias():
    """One parameter at a time (what the inspector checks): a kernel's weights row-major, then its bias."""
    rng = np.random.default_rng(3)
    conv = Conv2D(rng.normal(size=(2, 2, 2, 3)), rng.normal(size=2), get_activation("tanh"), padding=1)
    dense = Dense(rng.normal(size=(2, 2 * 4 * 3)) * 0.3, np.zeros(2), get_activation("sigmoid"))
    net = Network((2, 3, 3), [conv, Flatten(), dense])
    x, t = rng.normal(size=(2, 2, 3, 3)), rng.integers(0, 2, (2, 2)).astype(float)
    loss, reg = get_loss("bce"), Regularizer("l2", 0.05)
    full = gradient_check(net, loss, reg, x, t)[:2]
    for kernel in range(2):
        for source in range(2 * 2 * 3 + 1):
            _, analytic, rel = check_parameter(net, loss, reg, x, t, 1, kernel, source)
            expected = full[1].analytic[kernel] if source == 12 else full[0].analytic[kernel].reshape(-1)[source]
            assert analytic == expected and rel < TOLERANCE
    with pytest.raises(ValueError, match="no parameters"):
        check_parameter(net, loss, reg, x, t, 2, 0, 0)
    with pytest.raises(ValueError, match=r"sources 0\.\.12"):
        check_parameter(net, loss, reg, x, t, 1, 0, 13)
