"""``nnviz shot`` prints the file it wrote and nothing of Qt's offscreen platform notices."""

import os
import subprocess
import sys

import pytest


@pytest.mark.parametrize("panel", ["data", "window"])
def test_shot_writes_no_platform_notice(tmp_path, panel):
    out = tmp_path / f"{panel}.png"
    cmd = [sys.executable, "-m", "nnviz", "shot", "xor-2-2-1", "--panel", panel, "--out", str(out)]
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=120, env=dict(os.environ))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(out)
    assert "propagateSizeHints" not in result.stderr
    assert result.stderr == ""
