"""A language switch made live (View › Language) reaches the tool windows left open — Compare (with
a lesson), Wide & Deep Ablation, Loss Landscape and Shared Landscape: each then shows exactly what
a window opened in the new language shows (every label, button, list item, tooltip, title, lesson
text and figure), keeping its state, and English again after switching back."""

import copy

import pytest
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QMessageBox, QTextBrowser, QWidget
from xor_spec import XOR_SPEC

from nnviz.core.experiment import Experiment
from nnviz.presets import load_experiment
from nnviz.qt.app import App
from nnviz.qt.compare.ablation_window import AblationWindow
from nnviz.qt.compare.shared_window import SharedLandscapeWindow
from nnviz.qt.compare.shown_comparison import boundary_epochs
from nnviz.qt.i18n import install_language
from nnviz.qt.landscape_window import LandscapeWindow
from nnviz.session.compare import presets
from nnviz.session.compare.ablation import ablation_plan
from nnviz.session.compare.plan import make_plan
from nnviz.session.compare.results import Comparison
from nnviz.session.compare.train_run import Job, train
from nnviz.session.compare.vary import parse_vary
from nnviz.session.workspace import Workspace

EPOCHS = 6


@pytest.fixture(autouse=True)
def _elsewhere(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # the landscape worker leaves the current folder off its import path
    QStandardPaths.setTestModeEnabled(True)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    yield
    install_language("en")


def make_app(qtbot, monkeypatch, experiment):
    app = App(Workspace(experiment))
    qtbot.addWidget(app.window)
    monkeypatch.setattr(app.documents, "confirm_discard", lambda: True)
    app.window.show()
    return app


def shown_texts(window: QWidget) -> list[str]:
    """Every text ``window`` shows (its own widgets, not those of a window it opened), in order."""
    out = [window.windowTitle()]
    for widget in window.findChildren(QWidget):
        if widget.window() is not window:
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            out.append(widget.text())
        if isinstance(widget, QComboBox):
            out += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QTextBrowser):
            out.append(widget.toPlainText())
        out.append(widget.toolTip())
    return out


def same_picture(qtbot, live: QWidget, fresh: QWidget) -> bool:
    """Whether ``live`` and ``fresh`` paint the same, once the new texts are laid out."""
    qtbot.waitUntil(lambda: live.size() == fresh.size())
    return live.grab().toImage() == fresh.grab().toImage()


def trained(plan) -> Comparison:
    """``plan``'s runs, trained here (quickly) instead of in the window's workers."""
    return Comparison(plan, [train(Job(r, plan.epochs, boundary_epochs(plan.epochs), True)) for r in plan.runs])


def show(window, comparison: Comparison) -> None:
    window.plan = comparison.plan
    window._show(comparison)


def same_size(window, like) -> None:
    window.resize(like.size())
    window.show()


def test_compare_and_shared_landscape_follow_a_switch_and_keep_their_state(qtbot, monkeypatch):
    app = make_app(qtbot, monkeypatch, Experiment(copy.deepcopy(XOR_SPEC)))
    lesson = presets.load(presets.find("compare-hidden-units"))
    live = app.open_compare(lesson)
    live.resize(1366, 768)
    plan = make_plan(lesson.experiment, parse_vary("optimizer.learning_rate=0.01,0.05"), epochs=EPOCHS)
    plan.name = lesson.text("name")
    comparison = trained(plan)
    show(live, comparison)
    live.epoch_slider.setValue(2)  # state the switch must keep
    shared = live.open_shared_landscape()
    qtbot.waitUntil(lambda: shared.figure is not None, timeout=30_000)
    english = (shown_texts(live), shown_texts(shared))
    assert "Compare" in english[0] and "Boundaries at" in english[0]

    for lang in ("zh_CN", "zh_TW"):
        app.set_language(lang)
        fresh = app.open_compare(presets.load(presets.find("compare-hidden-units")))
        same_size(fresh, live)
        show(fresh, comparison)
        fresh.epoch_slider.setValue(2)
        fresh_shared = fresh.open_shared_landscape()
        qtbot.waitUntil(lambda s=fresh_shared: s.figure is not None, timeout=30_000)
        same_size(fresh_shared, shared)
        assert shown_texts(live) == shown_texts(fresh)
        assert shown_texts(shared) == shown_texts(fresh_shared)
        assert live.view.table.header == fresh.view.table.header
        assert same_picture(qtbot, live.view, fresh.view)  # the figure: title, axes, table
        assert same_picture(qtbot, shared.pane, fresh_shared.pane)
        fresh.close()
        assert live.view.epoch == 2 and live.comparison is not None

    app.set_language("en")
    assert (shown_texts(live), shown_texts(shared)) == english


def test_the_ablation_window_follows_a_switch(qtbot, monkeypatch):
    app = make_app(qtbot, monkeypatch, load_experiment("wide-and-deep"))
    monkeypatch.setattr(AblationWindow, "start", lambda self: True)  # trained here instead
    live = app.open_ablation()
    live.resize(1366, 768)
    comparison = trained(ablation_plan(app.controller.workspace.experiment, epochs=2))
    show(live, comparison)
    english = shown_texts(live)
    assert "wide & deep" in live.run_choice.itemText(2)

    app.set_language("zh_CN")
    fresh = app.open_ablation()
    same_size(fresh, live)
    show(fresh, comparison)
    assert shown_texts(live) == shown_texts(fresh) != english
    assert live.comparison.plan.name == "Wide & Deep：只有交叉特征才能捕捉的规则"  # the figure's title
    assert same_picture(qtbot, live.view, fresh.view)

    app.set_language("en")
    assert shown_texts(live) == english


def test_the_loss_landscape_follows_a_switch(qtbot, monkeypatch):
    app = make_app(qtbot, monkeypatch, Experiment(copy.deepcopy(XOR_SPEC)))
    app.controller.workspace.run(3)
    live = app.open_landscape()
    qtbot.addWidget(live)  # closed at the end: its close stops the worker process
    assert live.compute()
    qtbot.waitUntil(lambda: live.figure is not None, timeout=30_000)
    english = shown_texts(live)
    assert "Use selection" in english

    for lang in ("zh_CN", "zh_TW"):
        app.set_language(lang)
        fresh = app.open_landscape()
        same_size(fresh, live)
        fresh.axes = live.axes
        fresh._show(*live.shown[:3])  # the same landscape, without computing it again
        assert shown_texts(live) == shown_texts(fresh) != english
        assert live.figure.labels == fresh.figure.labels
        assert same_picture(qtbot, live.pane, fresh.pane)
        fresh.close()

    app.set_language("en")
    assert shown_texts(live) == english
    assert isinstance(live, LandscapeWindow) and not isinstance(live, SharedLandscapeWindow)
