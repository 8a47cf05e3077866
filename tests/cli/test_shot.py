"""``nnviz shot``: every panel and theme, the requested size and format, the same bytes twice."""

import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtGui import QColor, QImage

from nnviz.cli import main
from nnviz.qt.shot import IMAGE_PANELS, PANELS, THEMES
from nnviz.qt.theme import THEMES as QT_THEMES

SETUP = ["xor-2-2-1", "--iterations", "12", "--cursor", "backward:1:2"]
PICTURE_PANELS = ("layers", *IMAGE_PANELS)
"""Panels for networks on pictures: drawn on digits, below (on XOR they are a hint)."""
APP_PANELS = [p for p in PANELS if p not in ("landscape", "kernel_math") and p not in PICTURE_PANELS]
"""The app's panels, drawn at a cursor (the landscape, at the end of an iteration, and the kernel math,
at a conv or pool cell, have their own tests: tests/qt/test_kernel_math_figure.py)."""


def shot(tmp_path, name, *extra):
    out = tmp_path / name
    assert main(["shot", *SETUP, *extra, "--out", str(out)]) == 0
    return out


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("panel", APP_PANELS)
def test_every_panel_and_theme_gives_a_png_of_the_requested_size(qapp, tmp_path, panel, theme):
    out = shot(tmp_path, f"{panel}-{theme}.png", "--panel", panel, "--theme", theme, "--size", "640x400")
    image = QImage(str(out))
    assert (image.width(), image.height()) == (640, 400)
    colours = {image.pixel(x, y) for x in range(0, 640, 37) for y in range(0, 400, 23)}
    assert len(colours) > 2  # not blank


@pytest.mark.parametrize("panel", APP_PANELS)
def test_every_panel_as_svg_and_pdf(qapp, tmp_path, panel):
    svg = shot(tmp_path, f"{panel}.svg", "--panel", panel, "--size", "500x300")
    root = ET.parse(svg).getroot()
    assert root.tag.endswith("svg") and root.get("viewBox") == "0 0 500 300"
    assert root.get("width") == "132.292mm"  # 500 px at 96 dpi
    assert any(el.tag.endswith(("path", "polyline", "rect", "image")) for el in root.iter())
    pdf = shot(tmp_path, f"{panel}.pdf", "--panel", panel, "--size", "500x300")
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and b"/MediaBox [0 0 500.000000 300.000000]" in data


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("panel", PICTURE_PANELS)
def test_the_picture_panels_in_every_theme_and_format(qapp, tmp_path, panel, theme):
    common = ["shot", "digits-cnn", "--iterations", "3", "--panel", panel, "--theme", theme, "--size", "420x300"]
    for suffix in (".png", ".svg", ".pdf"):
        out = tmp_path / f"{panel}-{theme}{suffix}"
        assert main([*common, "--out", str(out)]) == 0
    image = QImage(str(tmp_path / f"{panel}-{theme}.png"))
    assert (image.width(), image.height()) == (420, 300)
    assert image.pixelColor(1, image.height() - 2).name() == QColor(QT_THEMES[theme].background).name()
    assert len({image.pixel(x, y) for x in range(0, 420, 13) for y in range(0, 300, 11)}) > 4
    assert (tmp_path / f"{panel}-{theme}.pdf").read_bytes().startswith(b"%PDF")


def test_scale_multiplies_the_pixels_and_transparency_is_kept(qapp, tmp_path):
    image = QImage(str(shot(tmp_path, "x2.png", "--size", "300x200", "--scale", "2", "--transparent")))
    assert (image.width(), image.height()) == (600, 400)
    assert image.hasAlphaChannel() and image.pixelColor(0, 0).alpha() == 0


@pytest.mark.parametrize("theme", THEMES)
def test_a_corner_of_the_network_figure_has_the_theme_background(qapp, tmp_path, theme):
    image = QImage(str(shot(tmp_path, f"bg-{theme}.png", "--theme", theme, "--size", "400x300")))
    assert image.pixelColor(1, 1).name() == QColor(QT_THEMES[theme].background).name()


def test_a_known_positive_weight_edge_has_the_positive_colour(qapp, tmp_path, write_json):
    doc = {
        "nnviz": 1,
        "data": {"inputs": [[1.0]], "targets": [[1.0]]},
        "network": {"layers": [{"units": 1, "activation": "identity", "weights": [[3.0]], "bias": [0.0]}]},
        "loss": {"name": "mse"},
        "optimizer": {"name": "sgd", "learning_rate": 0.001},
    }
    path = write_json(doc)
    out = tmp_path / "edge.png"
    assert main(["shot", str(path), "--size", "800x500", "--out", str(out)]) == 0
    image = QImage(str(out))
    positive = QColor(QT_THEMES["light"].positive)

    def close(c):
        return (
            abs(c.red() - positive.red()) + abs(c.green() - positive.green()) + abs(c.blue() - positive.blue())
            < 40
        )

    hits = [(x, y) for x in range(800) for y in range(500) if close(image.pixelColor(x, y))]
    assert len(hits) > 80  # the thick edge from the input to the output unit


@pytest.mark.parametrize("suffix", [".png", ".svg", ".pdf"])
def test_two_runs_give_the_same_bytes(tmp_path, suffix):
    outs = []
    for i in range(2):
        out = tmp_path / f"run{i}{suffix}"
        cmd = [
            sys.executable,
            "-m",
            "nnviz",
            "shot",
            *SETUP,
            "--panel",
            "network",
            "--size",
            "500x320",
            "--out",
            str(out),
        ]
        result = subprocess.run(cmd, capture_output=True, text=True, timeout=120, env=_env())
        assert result.returncode == 0, result.stderr
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]


def _env():
    import os

    return {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--cursor", "sideways:1"], "--cursor 'sideways:1'"),
        (["--cursor", "forward:9"], "layer must be 1..2"),
        (["--cursor", "forward:1:7"], "layer 1 has units 1..2"),
        (["--cursor", "loss:1"], "the loss is one event, without a layer or unit"),
        (["--cursor", "forward:\u0661"], "LAYER and UNIT are whole numbers"),  # an Arabic-Indic 1
        (["--cursor", "forward:1: 2"], "LAYER and UNIT are whole numbers"),
        (["--size", "\uff18\uff10\uff10x600"], "--size"),  # full-width digits
        (["--panel", "histogram"], "--panel 'histogram'"),
        (["--theme", "neon"], "--theme 'neon'"),
        (["--size", "big"], "--size 'big'"),
        (["--scale", "9"], "--scale 9"),
        (["--labels", "lots"], "--labels 'lots'"),
    ],
)
def test_bad_shot_options_exit_2_with_a_message(tmp_path, capsys, args, message):
    code = main(["shot", "xor-2-2-1", *args, "--out", str(tmp_path / "x.png")])
    err = capsys.readouterr().err
    assert code == 2 and message in err and "Traceback" not in err


def test_an_unknown_output_format_is_refused(tmp_path, capsys):
    assert main(["shot", "xor-2-2-1", "--out", str(tmp_path / "x.gif")]) == 2
    assert ".png, .svg or .pdf" in capsys.readouterr().err


def test_labels_none_gives_a_figure_without_numbers(qapp, tmp_path):
    import xml.etree.ElementTree as ET

    def texts(labels):
        svg = shot(tmp_path, f"{labels}.svg", "--labels", labels, "--size", "600x400")
        return [el.text.strip() for el in ET.parse(svg).getroot().iter() if el.tag.endswith("text") and el.text]

    assert any(t.startswith(("δ", "L =")) for t in texts("off"))
    assert not any(t.startswith(("δ", "L =")) for t in texts("none"))


def test_a_wide_and_deep_network_is_drawn(qapp, tmp_path):
    out = tmp_path / "wide.png"
    assert main(["shot", "wide-and-deep", "--iterations", "2", "--cursor", "forward:3:1", "--out", str(out)]) == 0
    assert out.stat().st_size > 0


def test_a_conv_network_is_drawn_with_the_cursor_on_a_conv_cell(qapp, tmp_path):
    """``--cursor`` finds a conv layer's cell although its events also name their map cell."""
    out = tmp_path / "cnn.png"
    assert main(["shot", "digits-cnn", "--iterations", "1", "--cursor", "forward:1:10", "--out", str(out)]) == 0
    assert out.stat().st_size > 0
