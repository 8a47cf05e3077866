"""``nnviz shot --lang``: the figure depends only on the package — the same bytes in two
processes, and the same bytes when the machine's fonts are hidden from Qt."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ARGS = [
    "shot",
    "xor-2-2-1",
    "--lang",
    "zh_CN",
    "--iterations",
    "2",
    "--cursor",
    "backward:2",
    "--panel",
    "network",
]


def shoot(out: Path, env: dict) -> bytes:
    env = {**os.environ, "PYTHONPATH": str(ROOT), **env}
    subprocess.run([sys.executable, "-m", "nnviz", *ARGS, "--out", str(out)], env=env, check=True, timeout=120)
    return out.read_bytes()


def test_a_chinese_figure_is_the_same_bytes_with_the_system_fonts_hidden(tmp_path):
    conf = tmp_path / "fonts.conf"
    conf.write_text(
        f'<?xml version="1.0"?><fontconfig><cachedir>{tmp_path / "cache"}</cachedir></fontconfig>',
        encoding="utf-8",
    )
    with_system = shoot(tmp_path / "a.png", {})
    without = shoot(tmp_path / "b.png", {"FONTCONFIG_FILE": str(conf)})
    assert with_system == without


def test_an_unknown_language_is_bad_input(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "nnviz", "shot", "xor-2-2-1", "--lang", "fr", "--out", str(tmp_path / "x.png")],
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2 and "--lang" in result.stderr
