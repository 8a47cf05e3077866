"""A plots page that does not apply to the network is no tab (its hint stays for exports)."""

from __future__ import annotations

import pytest

from nnviz.presets import load_experiment
from nnviz.qt.controller import Controller
from nnviz.qt.plots import PlotsPanel
from nnviz.session.workspace import Workspace


@pytest.fixture
def panel(qtbot):
    panel = PlotsPanel(Controller(Workspace(load_experiment("wide-and-deep"))))
    qtbot.addWidget(panel)
    panel.resize(700, 300)
    panel.show()
    return panel


def shown_tabs(panel: PlotsPanel) -> set[str]:
    tabs = panel.tabs
    return {tabs.widget(i).key for i in range(tabs.count()) if tabs.isTabVisible(i)}


@pytest.mark.parametrize(
    ("preset", "shown", "hidden"),
    [
        ("wide-and-deep", {"loss", "accuracy", "wide_deep"}, {"softmax", "fit", "layers"}),
        ("digits-cnn", {"loss", "softmax", "layers"}, {"wide_deep", "fit"}),
        ("xor-2-2-1", {"loss", "accuracy"}, {"wide_deep", "softmax", "layers"}),
        ("regression-mse", {"loss", "fit"}, {"accuracy", "wide_deep"}),
    ],
)
def test_only_the_pages_that_apply_are_tabs(panel, preset, shown, hidden):
    panel.controller.set_workspace(Workspace(load_experiment(preset)))
    tabs = shown_tabs(panel)
    assert shown <= tabs and not hidden & tabs
    for key in hidden:
        assert panel.pages[key].showing_hint  # the page and its hint are still there for an export


def test_the_open_tab_falls_back_to_the_loss_when_its_page_stops_applying(panel):
    panel.show_page("wide_deep")
    panel.controller.set_workspace(Workspace(load_experiment("digits-cnn")))
    assert panel.current.key == "loss"
    panel.controller.set_workspace(Workspace(load_experiment("wide-and-deep")))
    assert panel.tabs.isTabVisible(panel.tabs.indexOf(panel.wide_deep))


def test_a_theme_change_keeps_the_hidden_tabs_hidden(panel):
    from nnviz.qt.theme import DARK

    panel.set_theme(DARK)
    assert "softmax" not in shown_tabs(panel) and "wide_deep" in shown_tabs(panel)
