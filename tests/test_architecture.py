"""Imports point one way, core ← session ← qt: the model layers never load Qt."""

import json
import subprocess
import sys

QT_PACKAGES = {"PySide6", "pyqtgraph", "shiboken6"}

# Run in a fresh interpreter: the test process itself may already have Qt loaded.
PROBE = """
import importlib, json, pkgutil, sys
import nnviz.core, nnviz.session

imported = []
for package in (nnviz.core, nnviz.session):
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        importlib.import_module(info.name)
        imported.append(info.name)
print(json.dumps({"imported": imported, "loaded": sorted(sys.modules)}))
"""


def test_core_and_session_load_no_qt_module():
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert "nnviz.core.network" in report["imported"] and "nnviz.core.gradcheck" in report["imported"]
    qt = [name for name in report["loaded"] if name.split(".")[0] in QT_PACKAGES]
    assert qt == [], f"importing nnviz.core and nnviz.session loaded Qt: {qt}"
