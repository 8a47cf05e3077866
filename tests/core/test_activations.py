"""Activations: stable for huge inputs, and their derivatives agree with finite differences."""

import numpy as np
import pytest

from nnviz.core.activations import get_activation, softmax, softmax_backward

ELEMENTWISE = ("identity", "sigmoid", "tanh", "relu", "leaky_relu")
HUGE = np.array([[-1e4, -800.0, -50.0, -1.0, 0.0, 1.0, 50.0, 800.0, 1e4]])


@pytest.mark.parametrize("name", (*ELEMENTWISE, "softmax"))
def test_huge_inputs_give_finite_values_without_warnings(name):
    activation = get_activation(name)
    with np.errstate(over="raise", divide="raise", invalid="raise"):  # underflow to 0 is fine
        a = activation.value(HUGE)
        if activation.elementwise:
            d = activation.derivative(HUGE, a)
            assert np.all(np.isfinite(d))
    assert np.all(np.isfinite(a))


def test_saturated_values_are_exact():
    np.testing.assert_array_equal(get_activation("sigmoid").value(np.array([[-1e4, 0.0, 1e4]])), [[0.0, 0.5, 1.0]])
    np.testing.assert_array_equal(get_activation("tanh").value(np.array([[-1e4, 1e4]])), [[-1.0, 1.0]])
    np.testing.assert_allclose(softmax(np.array([[1e4, -1e4, 0.0]])), [[1.0, 0.0, 0.0]])
    np.testing.assert_allclose(softmax(np.array([[1e4, 1e4]])), [[0.5, 0.5]])


@pytest.mark.parametrize("name", ELEMENTWISE)
def test_derivatives_match_finite_differences(name):
    activation = get_activation(name)
    rng = np.random.default_rng(0)
    z = rng.uniform(-6.0, 6.0, (20, 5))
    z = z[np.abs(z) > 1e-3].reshape(-1, 4)  # away from the kink of relu and leaky relu at 0
    h = 1e-6
    numeric = (activation.value(z + h) - activation.value(z - h)) / (2 * h)
    np.testing.assert_allclose(activation.derivative(z, activation.value(z)), numeric, rtol=1e-6, atol=1e-9)


def test_relu_derivative_at_zero_is_zero_as_in_pytorch():
    z = np.zeros((1, 1))
    assert get_activation("relu").derivative(z, z)[0, 0] == 0.0


def test_leaky_relu_uses_its_slope():
    leaky = get_activation("leaky_relu", slope=0.2)
    z = np.array([[-2.0, 3.0]])
    np.testing.assert_allclose(leaky.value(z), [[-0.4, 3.0]])
    np.testing.assert_allclose(leaky.derivative(z, leaky.value(z)), [[0.2, 1.0]])
    assert leaky.describe() == "Leaky ReLU (slope 0.2)"


def test_softmax_backward_matches_finite_differences():
    rng = np.random.default_rng(1)
    z = rng.normal(size=(3, 4))
    grad_a = rng.normal(size=(3, 4))  # ∂L/∂a for L = Σ grad_a·softmax(z)
    h = 1e-6
    numeric = np.zeros_like(z)
    for index in np.ndindex(z.shape):
        step = np.zeros_like(z)
        step[index] = h
        numeric[index] = (np.sum(grad_a * softmax(z + step)) - np.sum(grad_a * softmax(z - step))) / (2 * h)
    np.testing.assert_allclose(softmax_backward(softmax(z), grad_a), numeric, rtol=1e-6, atol=1e-10)


def test_softmax_rows_sum_to_one_and_have_no_elementwise_derivative():
    z = np.random.default_rng(2).normal(size=(5, 3)) * 100
    np.testing.assert_allclose(softmax(z).sum(axis=1), 1.0)
    with pytest.raises(TypeError, match="softmax_backward"):
        get_activation("softmax").derivative(z, softmax(z))
