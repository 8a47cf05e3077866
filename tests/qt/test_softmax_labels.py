"""The softmax page's value labels with ten classes: only where they fit, never over each other,
inside the plot, the true class's always; the caption names the true class once in every language."""

from __future__ import annotations

import itertools

import pytest

from nnviz.presets import load_experiment
from nnviz.qt.i18n import install_language
from nnviz.qt.plots.softmax import SoftmaxPage
from nnviz.qt.theme import LIGHT, PRESENTATION
from nnviz.session.events import Granularity
from nnviz.session.workspace import Workspace


@pytest.fixture
def workspace():
    ws = Workspace(load_experiment("digits-cnn"))
    ws.run(20)
    ws.step(Granularity.ITERATION)
    return ws


def _page(qtbot, ws, theme, width):
    page = SoftmaxPage(theme)
    qtbot.addWidget(page)
    page.resize(width, 420)
    page.show()
    qtbot.waitExposed(page)
    page.rebuild(ws)
    page.draw(ws)
    page.grab()  # a whole paint: the labels (drawn unscaled) take their places as the view is drawn
    return page


@pytest.mark.parametrize(("theme", "width"), [(LIGHT, 1366), (PRESENTATION, 900), (LIGHT, 600)])
def test_value_labels_never_overlap_and_stay_inside_their_plot(qtbot, workspace, theme, width):
    page = _page(qtbot, workspace, theme, width)
    true = page.steps.true_class
    for step in ("z", "exp", "p"):
        box = page.plots[step].vb.sceneBoundingRect()
        shown = [(c, label.sceneBoundingRect()) for c, label in enumerate(page.labels[step]) if label.isVisible()]
        assert true in [c for c, _ in shown]
        for c, rect in shown:
            assert box.left() - 1 <= rect.left() and rect.right() <= box.right() + 1, (step, c)
        for (c1, r1), (c2, r2) in itertools.pairwise(shown):
            assert r1.right() <= r2.left(), (step, c1, c2)
    assert all(f"{page.steps.p[c]:.4g}" in page.graphics.toolTip() for c in range(10))


def test_the_caption_names_the_true_class_once(qtbot, workspace):
    install_language("zh_TW")
    try:
        page = _page(qtbot, workspace, LIGHT, 1000)
        assert "類別 類別" not in page.caption.text()
        assert page.caption.text().count("類別") == 1
    finally:
        install_language("en")
