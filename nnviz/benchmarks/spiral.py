"""The experiment the live, comparison and landscape benchmarks train: the spiral (500 points,
noise 0.1, half of them for testing), tanh hidden layers, one sigmoid output with bce, SGD,
batch 10, seed 0."""

from __future__ import annotations


def spiral_spec(name: str, hidden: tuple[int, ...], learning_rate: float, **extra) -> dict:
    """The spec, named ``name``, with ``hidden`` tanh layers; ``extra`` top-level keys are added
    (e.g. a ``regularization``)."""
    layers = [{"units": n, "activation": "tanh"} for n in hidden] + [{"units": 1, "activation": "sigmoid"}]
    return {
        "nnviz": 1,
        "name": name,
        "seed": 0,
        "data": {"dataset": "spiral", "samples": 500, "noise": 0.1, "test_fraction": 0.5},
        "network": {"inputs": 2, "layers": layers},
        "loss": {"name": "bce"},
        "optimizer": {"name": "sgd", "learning_rate": learning_rate},
        "batch_size": 10,
        **extra,
    }
