"""A small CNN (conv 2×2 → average pool → flatten → dense) whose every value is worth checking."""

import numpy as np

RNG = np.random.default_rng(3)
CNN = {
    "nnviz": 1,
    "name": "check cnn",
    "seed": 0,
    "data": {"inputs": np.round(RNG.uniform(-1, 1, (3, 1, 4, 4)), 2).tolist(), "targets": [[1.0], [0.0], [1.0]]},
    "network": {
        "inputs": [1, 4, 4],
        "layers": [
            {
                "kind": "conv2d",
                "channels": 2,
                "kernel": 2,
                "activation": "tanh",
                "weights": [[[[0.5, -0.3], [0.2, 0.4]]], [[[-0.6, 0.1], [0.3, -0.2]]]],
                "bias": [0.1, -0.2],
            },
            {"kind": "avg_pool2d", "kernel": 3},
            {"kind": "flatten"},
            {"units": 1, "activation": "sigmoid", "weights": [[0.7, -0.9]], "bias": [0.05]},
        ],
    },
    "loss": {"name": "mse"},
    "optimizer": {"name": "sgd", "learning_rate": 0.5},
    "batch_size": 3,
    "shuffle": False,
}
