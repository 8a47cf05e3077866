"""When Qt cannot start a platform plugin, nnviz says which packages to install and exits 1."""

import os
import subprocess
import sys


def test_a_missing_platform_plugin_names_the_xcb_packages():
    env = {**os.environ, "QT_QPA_PLATFORM": "no-such-platform"}
    result = subprocess.run(
        [sys.executable, "-m", "nnviz", "xor-2-2-1"], capture_output=True, text=True, timeout=60, env=env
    )
    assert result.returncode == 1, result.stderr
    assert "the window cannot open" in result.stderr
    assert "libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1" in result.stderr
    assert "no-such-platform" in result.stderr
