"""Nothing on the canvas overlaps: at every event of an iteration, in every theme, no badge,
callout, loss box, edge label, caption or legend covers a unit or another label, and every
text fits its box (a learner saw the δ callout run into the loss box and badges cover tiles)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontMetricsF

from nnviz.presets import load_experiment
from nnviz.qt.network_canvas import NetworkCanvas
from nnviz.qt.theme import DARK, LIGHT, PRESENTATION
from nnviz.qt.views import unit_maps
from nnviz.session.canvas.labels import overlaps
from nnviz.session.events import Granularity
from nnviz.session.workspace import Workspace


class WorkspaceView:
    """The canvas source the app uses, without a controller."""

    def __init__(self, workspace: Workspace):
        self.workspace = workspace

    @property
    def network(self):
        return self.workspace.experiment.network

    def step_view(self):
        return self.workspace.step_view()


@pytest.mark.parametrize("theme", [LIGHT, DARK, PRESENTATION], ids=lambda t: t.name)
@pytest.mark.parametrize("name", ["xor-2-2-1", "softmax-3-classes", "circle-2-hidden", "deep-relu"])
@pytest.mark.parametrize("labels", ["off", "weights"])
def test_no_label_covers_a_unit_or_another_label(qtbot, name, theme, labels):
    ws = Workspace(load_experiment(name))
    ws.run(3)
    canvas = NetworkCanvas(WorkspaceView(ws), theme=theme)
    qtbot.addWidget(canvas)
    canvas.set_labels(labels)
    for _ in range(len(ws.stepper.events)):
        ws.step(Granularity.UNIT)
        if ws.experiment.network.n_inputs == 2:
            canvas.set_heatmaps(unit_maps(canvas.source, resolution=8))
        canvas.refresh()
        boxes = canvas.picture.placement.boxes
        assert overlaps(boxes) == [], (ws.step_view().event, overlaps(boxes)[:3])
        left, top, width, _height = canvas.layout.bounds
        for kind, (x, y, w, _h) in boxes:
            if kind not in ("caption", "legend"):
                assert left <= x and x + w <= left + width and top <= y, (kind, ws.step_view().event)


@pytest.mark.parametrize("theme", [LIGHT, PRESENTATION], ids=lambda t: t.name)
def test_every_badge_text_fits_its_box(qtbot, theme):
    ws = Workspace(load_experiment("xor-2-2-1"))
    ws.run(3)
    ws.step(Granularity.PHASE)
    ws.step(Granularity.PHASE)
    ws.step(Granularity.UNIT)  # into the backward pass: values and δ badges
    canvas = NetworkCanvas(WorkspaceView(ws), theme=theme)
    qtbot.addWidget(canvas)
    canvas.set_heatmaps(unit_maps(canvas.source, resolution=8))
    canvas.refresh()
    metrics = QFontMetricsF(theme.font(10))
    badges = [u for u in canvas.picture.units if u.text or u.delta]
    assert badges
    by_kind = {"value": [], "delta": []}
    for kind, rect in canvas.picture.placement.boxes:
        if kind in by_kind:
            by_kind[kind].append(rect)
    for u in badges:
        for text, at, kind in ((u.text, u.value_at, "value"), (u.delta, u.delta_at, "delta")):
            if text and at is not None:
                (rect,) = [
                    r for r in by_kind[kind] if abs(r[0] + r[2] / 2 - at[0]) + abs(r[1] + r[3] / 2 - at[1]) < 1e-6
                ]
                assert metrics.horizontalAdvance(text) <= rect[2], (text, rect)
                assert metrics.height() <= rect[3] + 1, (text, rect)


@pytest.mark.parametrize("theme", [LIGHT, PRESENTATION], ids=lambda t: t.name)
@pytest.mark.parametrize("size", [(715, 394), (1200, 700)])
def test_the_note_under_the_network_never_covers_the_legend(qtbot, theme, size):
    """A learner saw the selection's note (the canvas caption) over the legend."""
    from nnviz.qt.canvas.legend import legend_rect
    from nnviz.session.canvas.labels import intersects

    ws = Workspace(load_experiment("xor-2-2-1"))
    ws.run(3)
    canvas = NetworkCanvas(WorkspaceView(ws), theme=theme)
    qtbot.addWidget(canvas)
    canvas.resize(*size)
    canvas.show()
    qtbot.waitExposed(canvas)
    canvas.refresh()
    canvas.fit_to_view()
    canvas.show_note("∂L/∂w₁₁ = δ₁ · a₁ = 0.0123 · 1.00<br>summed over the batch: −0.0456")
    legend = canvas.mapFromScene(legend_rect(canvas.layout)).boundingRect()
    note = canvas._note.geometry()
    assert not intersects(
        (legend.x(), legend.y(), legend.width(), legend.height()),
        (note.x(), note.y(), note.width(), note.height()),
    )
    picture = canvas.mapFromScene(canvas.item.rect).boundingRect()
    assert canvas.viewport().rect().adjusted(-2, -2, 2, 2).contains(picture)  # still the whole network
    canvas.show_note("")
    assert canvas.note_room() == 0
