"""``nnviz shot --panel landscape``: a picture of the requested size, the same bytes twice, and a
bad ``--axes`` exits 2 naming it."""

import json
import os
import subprocess
import sys

import pytest
from PySide6.QtGui import QImage

from nnviz.cli import main

SETUP = ["xor-2-2-1", "--panel", "landscape", "--iterations", "40", "--axes", "1:1:1,2:1:b"]


def test_the_landscape_is_a_png_of_the_requested_size(qapp, tmp_path):
    out = tmp_path / "l.png"
    assert main(["shot", *SETUP, "--size", "800x560", "--out", str(out)]) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (800, 560)
    assert len({image.pixel(x, y) for x in range(0, 800, 17) for y in range(0, 560, 13)}) > 20


def test_two_runs_give_the_same_bytes(tmp_path):
    outs = []
    for i in range(2):
        out = tmp_path / f"l{i}.svg"
        cmd = [sys.executable, "-m", "nnviz", "shot", *SETUP, "--size", "600x420", "--out", str(out)]
        result = subprocess.run(
            cmd, capture_output=True, text=True, timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        )
        assert result.returncode == 0, result.stderr
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]


@pytest.mark.parametrize(
    ("axes", "message"),
    [
        ("1:1:1", "--axes '1:1:1': expected two parameters"),
        ("1:3:1,2:1:b", "--axes '1:3:1': layer 1 has units 1..2"),
        ("1:1:x,2:1:b", "--axes '1:1:x': expected LAYER:UNIT:SOURCE"),
        ("1:1:1,1:1:1", "the two parameters are the same"),
    ],
)
def test_bad_axes_exit_2_naming_them(qapp, tmp_path, capsys, axes, message):
    code = main(["shot", "xor-2-2-1", "--panel", "landscape", "--axes", axes, "--out", str(tmp_path / "x.png")])
    err = capsys.readouterr().err
    assert code == 2 and message in err and "Traceback" not in err, err


@pytest.mark.parametrize("kind", ["random", "pca", "line"])
def test_a_plane_is_drawn_and_named(qapp, tmp_path, kind):
    out = tmp_path / f"{kind}.png"
    args = ["shot", "xor-2-2-1", "--panel", "landscape", "--iterations", "20", "--axes", kind]
    assert main([*args, "--size", "700x500", "--out", str(out)]) == 0
    assert (QImage(str(out)).width(), QImage(str(out)).height()) == (700, 500)


def test_a_plane_that_cannot_be_made_exits_2_naming_it(qapp, tmp_path, capsys):
    args = ["shot", "xor-2-2-1", "--panel", "landscape", "--iterations", "2", "--axes", "pca"]
    code = main([*args, "--out", str(tmp_path / "x.png")])
    err = capsys.readouterr().err
    assert code == 2 and "--axes pca: the principal components need a path of at least 3 points" in err, err


def test_a_cnn_landscape_is_taken_over_its_dense_layer_by_default(qapp, tmp_path, capsys):
    from nnviz.presets import load_experiment
    from nnviz.qt.landscape_shot import parse_axes

    network = load_experiment("digits-cnn").network
    first, last = parse_axes(None, network)
    assert network.layers[first.layer - 1].kind == "dense" and (first.unit, first.source) == (0, 0)
    assert last.layer == len(network.layers) and last.source == network.layers[-1].W.shape[1]  # its bias
    out = tmp_path / "cnn.png"
    assert (
        main(
            [
                "shot",
                "digits-cnn",
                "--panel",
                "landscape",
                "--iterations",
                "2",
                "--size",
                "600x420",
                "--out",
                str(out),
            ]
        )
        == 0
    )
    assert QImage(str(out)).width() == 600


@pytest.mark.parametrize(("axes", "flag"), [([], "--panel landscape"), (["--axes", "random"], "--axes random")])
def test_a_landscape_too_large_to_compute_exits_2_naming_its_size(qapp, tmp_path, capsys, axes, flag):
    """Found by fuzzing: a wide network on a large batch was a MemoryError (exit 1) or hours of work."""
    wide = {
        "nnviz": 1,
        "data": {"dataset": "spiral", "samples": 3000},
        "network": {
            "layers": [{"units": 1024, "activation": "tanh"}] * 2 + [{"units": 1, "activation": "sigmoid"}]
        },
        "loss": {"name": "bce"},
        "optimizer": {"name": "sgd", "learning_rate": 0.1},
    }
    path = tmp_path / "wide.json"
    path.write_text(json.dumps(wide))
    code = main(
        ["shot", str(path), "--iterations", "1", "--panel", "landscape", *axes, "--out", str(tmp_path / "l.png")]
    )
    err = capsys.readouterr().err
    assert code == 2 and err.startswith(f"nnviz: error: {flag}: about ") and "× 3,000 samples" in err, err


def test_axes_on_another_panel_exit_2_instead_of_being_ignored(tmp_path, capsys):
    """As --cursor on the landscape and --landscape-axes without --landscape are refused, --axes
    away from the landscape is a mistake to name, not a figure drawn without it."""
    code = main(["shot", "xor-2-2-1", "--panel", "network", "--axes", "pca", "--out", str(tmp_path / "x.png")])
    err = capsys.readouterr().err
    assert code == 2 and "--axes pca: only --panel landscape has axes" in err, err
    assert not (tmp_path / "x.png").exists()
