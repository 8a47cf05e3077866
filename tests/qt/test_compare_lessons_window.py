"""Comparison lessons in the app: the preset picker lists them in a group of their own, one opens
the Compare window with its setting, values, seeds and epochs filled in and its text beside the
figure, and its runs draw what ``nnviz compare LESSON`` draws. The Vary list shows each setting
by its name, the JSON path beside it, and values as people write them."""

import copy

import pytest
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QTextBrowser
from xor_spec import XOR_SPEC

from nnviz.cli import main
from nnviz.core.experiment import Experiment
from nnviz.presets import lesson_groups, load_experiment
from nnviz.qt import documents as documents_module
from nnviz.qt.app import App
from nnviz.qt.compare.setting_fields import PATH_ROLE
from nnviz.qt.compare.window import CompareWindow
from nnviz.qt.preset_dialog import COMPARISON_ROLE, NAME_ROLE, Chosen, PresetDialog
from nnviz.qt.theme import LIGHT
from nnviz.session.compare import presets
from nnviz.session.workspace import Workspace


@pytest.fixture(autouse=True)
def _elsewhere(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # the workers leave the current folder off their import path


def lesson(name):
    return presets.load(presets.find(name))


def lesson_window(qtbot, name) -> CompareWindow:
    chosen = lesson(name)
    w = CompareWindow(chosen.experiment, LIGHT, lesson=chosen)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    return w


def rows(w):
    model = w.fields.model
    return [(model.item(r, 0).text(), model.item(r, 1).text()) for r in range(model.rowCount())]


def test_the_vary_list_names_each_setting_with_its_path_beside_it(qtbot):
    w = CompareWindow(Experiment(copy.deepcopy(XOR_SPEC)), LIGHT)
    qtbot.addWidget(w)
    listed = rows(w)
    assert listed[0] == ("hidden units, layer 1", "network.layers[0].units")
    assert w.setting.currentText() == "hidden units, layer 1"  # the name first, not the path
    assert w.setting.view().isColumnHidden(1) is False
    assert "network.layers[0].units" in w.setting.toolTip()
    names = [name for name, _ in listed]
    assert len(set(names)) == len(names)  # λ and kind are two different rows
    lam, kind = names.index("λ (L2 regularization)"), names.index("regularization kind")
    w.setting.setCurrentIndex(kind)
    assert w.values.text() == "none, l1 λ=0.001, l2 λ=0.001"
    assert [v["kind"] for v in w.fields.vary().values] == ["none", "l1", "l2"]
    w.setting.setCurrentIndex(lam)
    assert w.values.text() == "l2 λ=0, l2 λ=0.001, l2 λ=0.01"
    assert [v.get("lambda") for v in w.fields.vary().values] == [0, 0.001, 0.01]
    assert all("{" not in w.fields.model.item(r, 0).data(PATH_ROLE) for r in range(len(listed)))


def test_a_typed_json_path_is_still_a_setting(qtbot):
    w = CompareWindow(Experiment(copy.deepcopy(XOR_SPEC)), LIGHT)
    qtbot.addWidget(w)
    w.setting.setCurrentText("optimizer.momentum")
    w.values.setText("0, 0.9")
    vary = w.fields.vary()
    assert vary.text == "optimizer.momentum" and vary.values == (0, 0.9)
    assert w.setting.count() == len(rows(w))  # typing adds no row


@pytest.mark.parametrize("name", presets.comparison_names())
def test_a_lesson_opens_with_its_setting_values_seeds_and_text(qtbot, name):
    chosen = lesson(name)
    w = lesson_window(qtbot, name)
    vary = w.fields.vary()
    assert (vary.text, vary.values, vary.labels) == (chosen.vary.text, chosen.vary.values, chosen.vary.labels)
    assert "{" not in w.values.text() and "[" not in w.values.text()  # names, not JSON
    assert w.seeds.value() == chosen.seeds
    assert w.epochs.value() == (chosen.epochs or chosen.experiment.epochs)
    assert chosen.name in w.windowTitle()
    pane = w.findChild(QTextBrowser, "compare_lesson")
    assert pane is not None and pane.isVisible() and pane.width() > 200
    text = pane.toPlainText()
    assert text.startswith(chosen.name) and f"nnviz compare {name}" in text
    assert w.view.width() > 2 * pane.width()  # the figure keeps most of the width
    assert "press Compare" in w.view.hint


def test_a_lessons_runs_draw_what_nnviz_compare_draws(qtbot, tmp_path):
    name = "compare-mse-cross-entropy"
    w = lesson_window(qtbot, name)
    w.epochs.setValue(3)
    with qtbot.waitSignal(w.finished, timeout=120_000):
        assert w.start()
    assert w.comparison is not None, w.message.text()
    assert w.comparison.plan.name == lesson(name).name
    assert w.target.value() == pytest.approx(lesson(name).target_loss)
    ours = w.export_figure(str(tmp_path / "window.png"))
    theirs = tmp_path / "cli.png"
    assert main(["compare", name, "--epochs", "3", "--workers", "1", "--out", str(theirs)]) == 0
    assert ours.read_bytes() == theirs.read_bytes()


def test_the_picker_lists_the_comparison_lessons_last_and_says_where_they_open(qtbot):
    dialog = PresetDialog()
    qtbot.addWidget(dialog)
    tree = dialog.tree
    assert tree.topLevelItemCount() == len(lesson_groups()) + 1
    group = tree.topLevelItem(tree.topLevelItemCount() - 1)
    assert group.text(0) == f"{len(lesson_groups()) + 1}. Comparisons"
    items = [group.child(j) for j in range(group.childCount())]
    assert [i.data(0, NAME_ROLE) for i in items] == presets.comparison_names()
    assert all(i.data(0, COMPARISON_ROLE) for i in items)
    dialog.select("compare-hidden-units", comparison=True)
    assert dialog.chosen == "compare-hidden-units" and dialog.chosen_comparison
    preview = dialog.preview.toPlainText()
    assert preview.startswith(lesson("compare-hidden-units").name)
    assert "Compare window" in preview and "nnviz compare compare-hidden-units" in preview
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Open).isEnabled()
    with qtbot.waitSignal(dialog.accepted):
        tree.itemDoubleClicked.emit(tree.currentItem(), 0)
    dialog.select("spiral")
    assert not dialog.chosen_comparison


def test_file_new_from_preset_opens_a_comparison_lesson_in_the_compare_window(qtbot, monkeypatch):
    QStandardPaths.setTestModeEnabled(True)
    app = App(Workspace(load_experiment("xor-2-2-1")))
    qtbot.addWidget(app.window)
    monkeypatch.setattr(documents_module, "choose_preset", lambda *_: Chosen("compare-hidden-units", True))
    opened = []
    monkeypatch.setattr(app, "open_compare", lambda chosen=None: opened.append(chosen))
    app.documents._open_compare = app.open_compare
    app.new_from_preset()
    assert [o.name for o in opened] == [lesson("compare-hidden-units").name]
    assert app.controller.workspace.experiment.name == load_experiment("xor-2-2-1").name  # the session stays


def test_the_app_opens_the_lesson_window_and_a_bad_lesson_is_said(qtbot, monkeypatch):
    QStandardPaths.setTestModeEnabled(True)
    app = App(Workspace(load_experiment("xor-2-2-1")))
    qtbot.addWidget(app.window)
    w = app.documents.open_comparison_lesson("compare-l2-lambda")
    qtbot.addWidget(w)
    assert isinstance(w, CompareWindow) and w.isVisible() and w.lesson.name == lesson("compare-l2-lambda").name
    assert w.experiment.spec["regularization"]["kind"] == "l2"  # the lesson's experiment, not the session's
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text: said.append(text))
    assert app.documents.open_comparison_lesson("compare-nope") is None
    assert said == ["compare-nope: no such comparison lesson"]


def test_file_open_on_a_lesson_file_opens_the_compare_window_and_keeps_the_session(qtbot, monkeypatch, tmp_path):
    """Found by fuzzing: File › Open read a lesson file as an experiment and listed its keys as unknown."""
    QStandardPaths.setTestModeEnabled(True)
    app = App(Workspace(load_experiment("xor-2-2-1")))
    qtbot.addWidget(app.window)
    app.controller.workspace.run(3)
    opened, said = [], []
    monkeypatch.setattr(app, "open_compare", lambda chosen=None: opened.append(chosen) or chosen)
    app.documents._open_compare = app.open_compare
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text: said.append((title, text)))
    path = tmp_path / "mine.json"
    path.write_text((presets.comparison_dir() / "compare-hidden-units.json").read_text(encoding="utf-8"))
    assert app.open_path(str(path))
    assert [o.name for o in opened] == [lesson("compare-hidden-units").name] and said == []
    broken = tmp_path / "broken.json"
    broken.write_text('{"nnviz_compare": 1, "experiment": "xor-2-2-1", "vary": {"path": "seed"}}')
    assert not app.open_path(str(broken))
    assert said == [("Cannot open comparison lesson", 'broken.json: vary: expected {"path": "…", "values": […]}')]
    assert app.controller.workspace.stepper.trainer.iteration == 3  # the session stays


def test_nnviz_given_a_lesson_file_opens_it_in_the_compare_window(monkeypatch, tmp_path):
    import nnviz.qt.app as app_module

    calls = []
    monkeypatch.setattr(
        app_module, "main", lambda path, lang=None, comparison=None: calls.append((path, comparison)) or 0
    )
    path = tmp_path / "mine.json"
    path.write_text((presets.comparison_dir() / "compare-hidden-units.json").read_text(encoding="utf-8"))
    assert main([str(path)]) == 0
    assert calls == [(None, str(path))]


@pytest.mark.parametrize(("lang", "words"), [("en", ["Layers", "Optimizer"]), ("zh_CN", ["层", "优化器"])])
def test_a_lessons_own_setting_is_named_in_words_not_by_its_key(qtbot, request, lang, words):
    """The Vary field read "the lesson's optimizer" ("本课的 optimizer" in Chinese) for a setting
    none of the suggestions is: it names it as the experiment panel does."""
    from nnviz.qt.i18n import install_language

    install_language(lang)
    request.addfinalizer(lambda: install_language("en"))
    windows = [lesson_window(qtbot, name) for name in ("compare-perceptron-xor", "compare-optimizers")]
    assert [w.setting.currentText() for w in windows] == words
