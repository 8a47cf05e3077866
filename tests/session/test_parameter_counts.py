"""The parameter count of a picture network beside a dense network of the same layer widths,
checked against counting by hand and against the arrays the networks are built with."""

from nnviz.core.experiment import Experiment
from nnviz.presets import load_experiment
from nnviz.session import settings_rules as rules
from nnviz.session.parameter_counts import parameter_counts


def _built_total(network) -> int:
    return sum(p.size for p in network.parameters())


def test_the_digits_cnn_counts_as_counted_by_hand():
    experiment = load_experiment("digits-cnn")
    counts = parameter_counts(experiment.network)
    # By hand: 8 kernels of 1·3·3 plus a bias each; 10 units on 8·4·4 = 128 inputs plus a bias each.
    assert counts.total == 8 * (1 * 3 * 3 + 1) + 10 * (128 + 1) == 1370 == _built_total(experiment.network)
    # The dense network: 64 pixels → 512 (= 8·8·8) → 128 (= 8·4·4) → 10.
    assert counts.widths == [64, 512, 128, 10]
    assert counts.dense_total == 512 * 65 + 128 * 513 + 10 * 129 == 100234
    assert counts.text().replace("\u00a0", " ") == (
        "This network: 1 370 parameters = 8·(1·3·3 + 1) + 10·(128 + 1) = 80 + 1 290.\nA dense network with "
        "the same layer widths (64 → 512 → 128 → 10): 100 234 = 512·(64 + 1) + 128·(512 + 1) + 10·(128 + 1) = "
        "33 280 + 65 664 + 1 290."
    )


def test_the_dense_count_is_the_count_of_that_dense_network_built():
    """Two conv layers, two pools and a hidden dense layer: the dense network of the same widths,
    built as an experiment, has exactly the parameters the comparison says."""
    spec = load_experiment("digits-cnn").spec
    for kind in ("conv2d", "avg_pool2d"):
        spec = rules.with_map_layer(spec, kind)
    spec = rules.with_hidden_layer(spec)
    cnn = Experiment(spec).network
    counts = parameter_counts(cnn)
    assert counts.total == _built_total(cnn)
    assert counts.widths == [64, 512, 128, 128, 32, 16, 10]
    dense = dict(
        spec,
        network={
            "inputs": [1, 8, 8],
            "layers": [{"kind": "flatten"}]
            + [{"units": w, "activation": "relu"} for w in counts.widths[1:-1]]
            + [{"units": 10, "activation": "softmax"}],
        },
    )
    assert counts.dense_total == _built_total(Experiment(dense).network)


def test_a_network_without_maps_has_nothing_to_compare():
    assert parameter_counts(load_experiment("digits-mlp").network) is None
    assert parameter_counts(load_experiment("wide-and-deep").network) is None
