"""File › Open on every file of the hostile corpus: a message naming the problem, the session kept;
and the odd but valid files open and draw."""

import pytest
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QMessageBox

from nnviz.presets import load_experiment
from nnviz.qt.app import App
from nnviz.session.workspace import Workspace
from tests.cli.hostile_corpus import ACCEPTED, EXPERIMENT, cases


@pytest.fixture
def app(qtbot, monkeypatch):
    QStandardPaths.setTestModeEnabled(True)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    app = App(Workspace(load_experiment("xor-2-2-1")))
    qtbot.addWidget(app.window)
    app.window.resize(1366, 768)
    app.window.show()
    qtbot.waitExposed(app.window)
    return app


def test_every_bad_file_shows_its_problem_and_keeps_the_session(app, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append((title, text)))
    ws = app.controller.workspace
    ws.run(3)
    wrong = []
    for number, case in enumerate(cases()):
        folder = tmp_path / f"{number:03d}"
        path = case.write(folder)
        monkeypatch.chdir(folder)
        shown.clear()
        opened = app.open_path(str(path))
        text = shown[0][1] if shown else ""
        if opened or len(shown) != 1 or case.expect not in text or any(t in text for t in case.not_in_message):
            wrong.append(f"{case.name}: opened={opened}, shown={text[:200]!r}, expected {case.expect!r}")
        if app.controller.workspace is not ws or ws.stepper.trainer.iteration != 3:
            wrong.append(f"{case.name}: the session changed")
            break
    assert not wrong, "\n".join(wrong)
    assert shown and shown[0][0] == "Cannot open experiment"


@pytest.mark.parametrize("name", sorted(ACCEPTED))
def test_odd_but_valid_files_open_step_and_draw(app, tmp_path, qtbot, name):
    path = tmp_path / EXPERIMENT
    path.write_bytes(ACCEPTED[name])
    assert app.open_path(str(path))
    app.controller.workspace.run(5)
    app.controller.stepped.emit()
    qtbot.wait(50)
    image = app.window.grab()
    assert image.width() > 0 and app.controller.workspace.experiment.path == path
