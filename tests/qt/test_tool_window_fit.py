"""The secondary windows (Compare, Loss Landscape, Shared Landscape) open within the screen they are
on: at 1280×820 a Compare window on a 1366×768 laptop had its Open as Session and Export Figure…
row under the task bar."""

import json
import os
import subprocess
import sys

import pytest

from nnviz.qt.figure_text import layout_size
from nnviz.qt.window_size import FRAME

OPEN_ON_SCREEN = """
import json
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QApplication
QStandardPaths.setTestModeEnabled(True)
qt = QApplication([])
from nnviz.presets import load_experiment
from nnviz.qt.app import App
from nnviz.qt.compare.shared_window import SharedLandscapeWindow
from nnviz.session.compare import presets
from nnviz.session.compare.plan import make_plan
from nnviz.session.compare.results import Comparison
from nnviz.session.compare.train_run import Job, train
from nnviz.session.compare.vary import parse_vary
from nnviz.session.workspace import Workspace
app = App(Workspace(load_experiment("xor-2-2-1")))
app.controller.workspace.run(2)
windows = {"compare": app.open_compare(presets.load(presets.find("compare-optimizers"))),
           "landscape": app.open_landscape()}
plan = make_plan(app.controller.workspace.experiment, parse_vary("optimizer.learning_rate=0.1,0.3"), epochs=2)
comparison = Comparison(plan, [train(Job(r, 2, [0, 1, 2], True)) for r in plan.runs])
windows["shared"] = SharedLandscapeWindow(comparison, app.theme)
windows["shared"].show()
for _ in range(20):
    qt.processEvents()
available = qt.primaryScreen().availableGeometry()
view = windows["compare"].view
print(json.dumps({"available": [available.width(), available.height()],
                  "view": [view.width(), view.height()],
                  **{k: [w.width(), w.height()] for k, w in windows.items()}}))
"""


@pytest.mark.parametrize("screen", [(1366, 768), (1920, 1080)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_each_tool_window_opens_within_the_screen(tmp_path, screen):
    config = tmp_path / "screen.json"
    config.write_text(
        json.dumps({"screens": [{"name": "s", "x": 0, "y": 0, "width": screen[0], "height": screen[1]}]})
    )
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    result = subprocess.run(
        [sys.executable, "-c", OPEN_ON_SCREEN],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report.pop("available") == list(screen)
    view = report.pop("view")
    for name, (width, height) in report.items():
        assert width <= screen[0] and height + FRAME.height() <= screen[1], name
    if screen == (1920, 1080):  # where there is room, the size they were designed at
        assert report["compare"] == [1520, 900] and report["shared"] == [1100, 780]
        # The comparison beside the lesson is drawn in the light type as it is, not scaled down.
        assert layout_size(tuple(view), 1.0) == tuple(view)
