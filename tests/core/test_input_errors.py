"""Bad input raises a ValueError whose message names the problem."""

import numpy as np
import pytest

from nnviz.core.activations import get_activation
from nnviz.core.layers import Dense
from nnviz.core.losses import get_loss
from nnviz.core.network import Network
from nnviz.core.optimizers import make_optimizer
from nnviz.core.regularizers import Regularizer
from nnviz.core.training import Trainer

TANH, SIGMOID = get_activation("tanh"), get_activation("sigmoid")


def dense(units: int, fan_in: int, activation=TANH, dropout: float = 0.0) -> Dense:
    return Dense(np.full((units, fan_in), 0.1), np.zeros(units), activation, dropout)


def trainer(net: Network, loss_name: str = "mse", x=None, t=None) -> Trainer:
    x = np.zeros((4, net.n_inputs)) if x is None else x
    t = np.zeros((4, net.layers[-1].units)) if t is None else t
    optimizer = make_optimizer("sgd", learning_rate=0.1)
    return Trainer(net, get_loss(loss_name), optimizer, x, t, batch_size=2, rng=np.random.default_rng(0))


def test_wrong_weight_shape_names_the_layer_and_both_shapes():
    with pytest.raises(ValueError, match=r"layer 2: expected weights 1×3 \(units × inputs\), got 1×2"):
        Network(2, [dense(3, 2), dense(1, 2)])


def test_bias_of_the_wrong_length():
    with pytest.raises(ValueError, match=r"bias must have 3 entries \(one per unit\), got shape \(2,\)"):
        Dense(np.zeros((3, 2)), np.zeros(2), TANH)


def test_zero_units_or_inputs_or_layers():
    with pytest.raises(ValueError, match=r"non-empty \(units × fan_in\) matrix, got shape \(0, 2\)"):
        Dense(np.zeros((0, 2)), np.zeros(0), TANH)
    with pytest.raises(ValueError, match="at least one input"):
        Network(0, [dense(1, 1)])
    with pytest.raises(ValueError, match="at least one layer"):
        Network(2, [])


def test_non_finite_weights():
    with pytest.raises(ValueError, match="weights and bias must be finite"):
        Dense(np.array([[np.nan]]), np.zeros(1), TANH)


def test_unknown_activation_lists_the_valid_ones():
    with pytest.raises(ValueError, match="unknown activation 'swish'; expected one of identity, sigmoid"):
        get_activation("swish")
    with pytest.raises(ValueError, match="leaky_relu slope must be in"):
        get_activation("leaky_relu", slope=-1.0)


def test_softmax_on_a_hidden_layer():
    with pytest.raises(ValueError, match="layer 1: softmax is only allowed on the output layer"):
        Network(2, [dense(3, 2, get_activation("softmax")), dense(1, 3)])


def test_dropout_on_the_output_layer():
    with pytest.raises(ValueError, match="dropout is for hidden layers"):
        Network(2, [dense(3, 2), dense(1, 3, dropout=0.5)])
    with pytest.raises(ValueError, match=r"dropout must be a probability in \[0, 1\)"):
        dense(3, 2, dropout=1.0)


def test_hinge_on_a_non_identity_output():
    net = Network(2, [dense(3, 2), dense(3, 3, SIGMOID)])
    with pytest.raises(ValueError, match="hinge needs raw scores from an identity output layer, got sigmoid"):
        trainer(net, "hinge", t=np.zeros(4, dtype=int))


def test_other_invalid_output_and_loss_pairs():
    with pytest.raises(ValueError, match="bce needs outputs in"):
        trainer(Network(2, [dense(1, 2, TANH)]), "bce")
    with pytest.raises(ValueError, match="cross_entropy needs one output unit per class"):
        trainer(Network(2, [dense(1, 2, get_activation("identity"))]), "cross_entropy", t=np.zeros(4, dtype=int))


def test_zero_one_loss_cannot_be_trained_on():
    with pytest.raises(ValueError, match=r"zero_one .* is a metric only"):
        trainer(Network(2, [dense(1, 2, SIGMOID)]), "zero_one")


@pytest.mark.parametrize("bad", [np.nan, np.inf, -np.inf])
def test_trainer_rejects_non_finite_inputs_and_targets(bad):
    net = Network(2, [dense(1, 2, SIGMOID)])
    x = np.zeros((4, 2))
    x[2, 1] = bad
    with pytest.raises(ValueError, match="training inputs must be finite numbers; sample 2 has NaN or infinity"):
        trainer(net, x=x)
    t = np.zeros((4, 1))
    t[3, 0] = bad
    with pytest.raises(ValueError, match="training targets must be finite numbers; sample 3"):
        trainer(net, t=t)


def test_unknown_names_and_bad_hyper_parameters():
    with pytest.raises(ValueError, match="unknown loss 'l3'"):
        get_loss("l3")
    with pytest.raises(ValueError, match="unknown optimizer 'adagrad'"):
        make_optimizer("adagrad")
    with pytest.raises(ValueError, match="learning_rate must be ≥ 0"):
        make_optimizer("sgd", learning_rate=-0.1)
    with pytest.raises(ValueError, match="sgd has no hyper-parameter 'betas'"):
        make_optimizer("sgd", betas=(0.9, 0.99))
    with pytest.raises(ValueError, match="nesterov momentum requires a momentum > 0"):
        make_optimizer("sgd", nesterov=True)
    with pytest.raises(ValueError, match="unknown regularization 'l3'"):
        Regularizer("l3", 0.1)
    with pytest.raises(ValueError, match="lambda must be a finite number"):
        Regularizer("l2", -1.0)
    with pytest.raises(ValueError, match="batch size must be a whole number"):
        Trainer(
            Network(2, [dense(1, 2)]),
            get_loss("mse"),
            make_optimizer("sgd"),
            np.zeros((4, 2)),
            np.zeros((4, 1)),
            batch_size=0,
            rng=np.random.default_rng(0),
        )
