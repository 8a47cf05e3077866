"""The preset picker: lessons grouped in teaching order, a preview of the lesson, and opening one."""

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from nnviz.presets import lesson_groups, load_experiment, preset_title
from nnviz.qt import documents as documents_module
from nnviz.qt.app import App
from nnviz.qt.preset_dialog import NAME_ROLE, Chosen, PresetDialog
from nnviz.session.workspace import Workspace


def make_dialog(qtbot, current=None):
    dialog = PresetDialog(current=current)
    qtbot.addWidget(dialog)
    return dialog


def test_groups_are_numbered_headings_in_the_suggested_order(qtbot):
    dialog = make_dialog(qtbot)  # kept: the tree dies with its dialog
    tree = dialog.tree
    groups = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())][:-1]  # the comparisons last
    expected = lesson_groups()
    assert [g.text(0) for g in groups] == [f"{i}. {title}" for i, (title, _) in enumerate(expected, start=1)]
    for group, (_, names) in zip(groups, expected, strict=True):
        assert not group.flags() & Qt.ItemFlag.ItemIsSelectable  # a heading cannot be opened
        assert [group.child(j).data(0, NAME_ROLE) for j in range(group.childCount())] == names
        assert group.child(0).text(0) == preset_title(names[0])


def test_the_preview_shows_the_chosen_lessons_text(qtbot):
    dialog = make_dialog(qtbot, current="spiral")
    assert dialog.chosen == "spiral"
    text = dialog.preview.toPlainText()
    assert text.startswith(preset_title("spiral"))
    assert "Two interleaved spiral arms" in text  # rendered: no Markdown stars left
    dialog.select("xor-2-2-1")
    assert "solve XOR" in dialog.preview.toPlainText()


def test_the_first_lesson_is_chosen_at_first_and_open_needs_a_lesson(qtbot):
    dialog = make_dialog(qtbot)
    assert dialog.chosen == "single-neuron"
    open_button = dialog.buttons.button(QDialogButtonBox.StandardButton.Open)
    assert open_button.isEnabled()
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(0))
    assert dialog.chosen is None and not open_button.isEnabled() and dialog.preview.toPlainText() == ""


def test_double_clicking_a_lesson_accepts_it(qtbot):
    dialog = make_dialog(qtbot)
    item = dialog.tree.topLevelItem(2).child(0)
    with qtbot.waitSignal(dialog.accepted):
        dialog.tree.itemDoubleClicked.emit(item, 0)
    assert dialog.chosen == item.data(0, NAME_ROLE)


def test_file_new_from_preset_opens_the_lesson_picked(qtbot, monkeypatch):
    QStandardPaths.setTestModeEnabled(True)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    app = App(Workspace(load_experiment("xor-2-2-1")))
    qtbot.addWidget(app.window)
    offered = []
    monkeypatch.setattr(
        documents_module, "choose_preset", lambda parent, current: offered.append(current) or Chosen("spiral")
    )
    app.new_from_preset()
    assert offered == ["xor-2-2-1"]  # the picker opens at the lesson on screen
    assert app.controller.workspace.experiment.name == preset_title("spiral")


def test_every_lesson_can_be_opened_from_the_picker(qtbot):
    """Every layer kind is drawn: no lesson is greyed or refused (CNN and Wide&Deep included)."""
    dialog = make_dialog(qtbot, current="wide-and-deep")
    assert dialog.chosen == "wide-and-deep"
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Open).isEnabled()
    item = dialog.tree.currentItem()
    dialog.tree.itemDoubleClicked.emit(item, 0)
    assert dialog.result() == dialog.DialogCode.Accepted
