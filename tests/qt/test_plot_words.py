"""The Activation and Gradients pages speak the learner's language: titles, axis labels, legends
and the layer box of a CNN in Traditional Chinese hold no English word but the names of functions."""

from __future__ import annotations

import re

import pytest

from nnviz.presets import load_experiment
from nnviz.qt.controller import Controller
from nnviz.qt.i18n import install_language
from nnviz.qt.plots import PlotsPanel
from nnviz.session.events import Granularity
from nnviz.session.workspace import Workspace

CODE_NAMES = {"ReLU", "relu", "max", "Softmax", "softmax", "tanh", "sigmoid"}
"""Names written in code, the same in every language (docs/glossary.md)."""


def english_words(text: str) -> list[str]:
    return [w for w in re.findall(r"[A-Za-z]{2,}", text) if w not in CODE_NAMES]


def plot_texts(plot) -> list[str]:
    texts = [plot.titleLabel.text]
    texts += [plot.getAxis(name).labelText for name in ("left", "bottom")]
    if plot.legend is not None:
        texts += [label.text for _, label in plot.legend.items]
    return texts


@pytest.fixture
def cnn_panel(qtbot):
    install_language("zh_TW")
    controller = Controller(Workspace(load_experiment("digits-cnn")))
    panel = PlotsPanel(controller)
    qtbot.addWidget(panel)
    panel.resize(900, 500)
    panel.show()
    controller.step(Granularity.ITERATION)
    controller.workspace.run(2)
    controller.stepped.emit()
    yield panel
    install_language("en")


def test_the_activation_page_of_a_cnn_has_no_english_word(cnn_panel):
    page = cnn_panel.show_page("activation")
    texts = plot_texts(page.curve_plot) + plot_texts(page.hist_plot)
    texts += [page.layer_box.itemText(i) for i in range(page.layer_box.count())]
    assert page.layer_box.itemText(0) == "第 1 層 · ReLU"
    assert page.layer_box.itemText(page.layer_box.count() - 1).startswith("第 4 層（輸出層）")
    assert {w for text in texts for w in english_words(text)} == set(), texts


def test_the_gradients_legend_names_only_the_layers_with_parameters(cnn_panel):
    page = cnn_panel.show_page("gradients")
    assert [label.text for _, label in page.plot.legend.items] == ["第 1 層", "第 4 層（輸出層）"]
    assert {w for text in plot_texts(page.plot) for w in english_words(text)} == set()
