"""Stand-ins for the network canvas tests: small trained networks and a fake stepping source."""

from __future__ import annotations

import numpy as np

from nnviz.core.activations import get_activation
from nnviz.core.layers import Dense
from nnviz.core.losses import get_loss
from nnviz.core.network import Network
from nnviz.core.optimizers import make_optimizer
from nnviz.core.training import Trainer
from nnviz.session.step_view import StepView, build_step_view


def iteration_events(sizes: list[int]) -> list[tuple]:
    """The events of one iteration in the order of DESIGN.md, as (phase, layer, unit) tuples."""
    L = len(sizes) - 1
    forward = [("forward", k, j) for k in range(1, L + 1) for j in range(sizes[k])]
    backward = [("backward", k, j) for k in range(L, 0, -1) for j in range(sizes[k])]
    update = [("update", k, None) for k in range(1, L + 1)]
    return [*forward, ("loss", 0, None), *backward, *update]


class FakeSource:
    """A cursor over one iteration's events: everything up to ``position`` is revealed."""

    def __init__(self, network: Network, trace, position: int | None = None, sample: int = 0):
        self.network = network
        self.trace = trace
        self.sample = sample
        self.events = iteration_events(network.sizes)
        self.move_to(len(self.events) - 1 if position is None else position)

    def move_to(self, position: int) -> None:
        self.position = position
        self._seen = set(self.events[: position + 1])
        self.current_event = self.events[position] if position >= 0 else None

    def is_revealed(self, phase: str, layer: int, unit: int | None = None) -> bool:
        return (phase, layer, unit) in self._seen

    def step_view(self) -> StepView:
        return build_step_view(self.network, self.trace, self.current_event, self.is_revealed, self.sample)


def xor_data(n: int = 8) -> tuple[np.ndarray, np.ndarray]:
    x = np.array([[0, 0], [0, 1], [1, 0], [1, 1]] * (n // 4), dtype=float)
    t = (x[:, :1] != x[:, 1:]).astype(float)
    return x, t


def small_trainer(seed: int = 0) -> tuple[Network, Trainer]:
    """The 2-3-1 tanh/sigmoid network of the brief, with its trainer."""
    rng = np.random.default_rng(seed)
    net = Network(
        2,
        [
            Dense(rng.normal(size=(3, 2)), np.zeros(3), get_activation("tanh")),
            Dense(rng.normal(size=(1, 3)), np.zeros(1), get_activation("sigmoid")),
        ],
    )
    x, t = xor_data()
    trainer = Trainer(net, get_loss("bce"), make_optimizer("sgd", learning_rate=0.1), x, t, batch_size=4, rng=rng)
    return net, trainer


def network(sizes: list[int], seed: int = 0, hidden: str = "tanh", out: str = "sigmoid") -> Network:
    rng = np.random.default_rng(seed)
    layers = [
        Dense(
            rng.normal(size=(sizes[k], sizes[k - 1])) / np.sqrt(sizes[k - 1]),
            rng.normal(size=sizes[k]) * 0.1,
            get_activation(out if k == len(sizes) - 1 else hidden),
        )
        for k in range(1, len(sizes))
    ]
    return Network(sizes[0], layers)
