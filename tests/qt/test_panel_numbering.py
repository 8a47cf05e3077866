"""One numbering on screen: the same sample and class number in every panel that names them."""

import pytest

from nnviz.core.numbering import class_label, sample_label
from nnviz.presets import load_experiment
from nnviz.qt.controller import Controller
from nnviz.qt.data_view import DataView
from nnviz.qt.inspector import Inspector
from nnviz.qt.plots import PlotsPanel
from nnviz.session.events import Granularity
from nnviz.session.plot_values import true_class
from nnviz.session.workspace import Workspace


@pytest.fixture
def panels(qtbot):
    controller = Controller(Workspace(load_experiment("softmax-3-classes")))
    inspector, data, plots = Inspector(controller), DataView(controller), PlotsPanel(controller)
    for widget in (inspector, data, plots):
        qtbot.addWidget(widget)
        widget.resize(640, 420)
        widget.show()
        qtbot.waitExposed(widget)
    return controller, inspector, data, plots


def test_the_inspector_softmax_and_data_view_name_the_same_sample_and_class(panels):
    controller, inspector, data, plots = panels
    controller.step(Granularity.ITERATION)
    controller.step(Granularity.PHASE)  # to the end of the next forward pass
    controller.step(Granularity.PHASE)  # the loss
    controller.select_sample(2)
    trace = controller.workspace.stepper.trace
    traced = sample_label(int(trace.samples[2]), 2)
    true = class_label(true_class(trace.t[2]))
    page = plots.show_page("softmax")
    assert traced in inspector.subtitle.text()
    assert traced in data.caption.text()
    assert traced in page.caption.text().lower()
    sentences = " ".join(inspector.sentences)
    assert f"true {true}" in sentences
    assert f"true {true}" in page.caption.text()
    # The data legend names the class by the same number.
    assert f"class {true_class(trace.t[2])}" in data.legend.text()
