"""The small XOR experiment the session and panel tests share (a module of its own: conftest names clash)."""

XOR_SPEC = {
    "nnviz": 1,
    "seed": 1,
    "data": {"dataset": "xor", "samples": 40, "noise": 0.05},
    "network": {"layers": [{"units": 3, "activation": "tanh"}, {"units": 1, "activation": "sigmoid"}]},
    "loss": {"name": "bce"},
    "optimizer": {"name": "sgd", "learning_rate": 0.3},
    "batch_size": 10,
    "lesson": "# XOR\nTry it.",
}
