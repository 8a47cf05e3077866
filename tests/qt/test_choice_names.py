"""The experiment panel's combo boxes: glossary terms in Chinese, the file's identifiers in English;
the identifier stays the item's data and heads its tooltip (the JSON file writes it)."""

from PySide6.QtCore import Qt

from nnviz.qt.experiment_panel import ExperimentPanel
from nnviz.qt.i18n import install_language

COMBOS = ("loss_combo", "optimizer_combo", "regularization_combo", "init_combo", "output_activation_combo")


def items(panel, name):
    from PySide6.QtWidgets import QComboBox

    box = panel.findChild(QComboBox, name)
    return [
        (box.itemData(i), box.itemText(i), box.itemData(i, Qt.ItemDataRole.ToolTipRole))
        for i in range(box.count())
    ]


def test_in_english_the_items_are_the_identifiers_of_the_file(qtbot, controller):
    panel = ExperimentPanel(controller)
    qtbot.addWidget(panel)
    for name in COMBOS:
        for value, text, tip in items(panel, name):
            assert text == value and tip.startswith(f"{value}: ")


def test_in_chinese_the_items_are_glossary_terms_and_the_tooltip_keeps_the_identifier(qtbot, controller):
    install_language("zh_TW")
    try:
        panel = ExperimentPanel(controller)
        qtbot.addWidget(panel)
        shown = {value: text for name in COMBOS for value, text, _ in items(panel, name)}
        tips = [tip for name in COMBOS for _, _, tip in items(panel, name)]
    finally:
        install_language("en")
    assert shown["cross_entropy"] == "Softmax 交叉熵" and shown["none"] == "無"
    assert shown["xavier_uniform"] == "Xavier 均勻" and shown["identity"] == "恆等"
    assert shown["relu"] == "relu" and shown["adam"] == "adam"  # names of functions written in code
    assert [text for text in shown.values() if "_" in text] == ["leaky_relu"], shown
    assert all(tip.split(":")[0] in shown for tip in tips)
