"""``nnviz shot``: the picture the app shows in a given state, rendered headless to a file.

The state is an experiment (file or preset) after ``iterations`` training
iterations, with the cursor moved into the next iteration up to
``PHASE:LAYER[:UNIT]`` (layers and units count from 1, as in the app's
sentences; ``loss`` needs no layer; a layer without a unit means its last unit).
The panel is built exactly as in the app — the same widget classes, fed by the
same workspace — at the requested size and theme, then written as PNG, SVG or
PDF by :mod:`nnviz.qt.export`. Rendering is offscreen and deterministic.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from nnviz.errors import BadInput
from nnviz.i18n import LANGUAGES, language
from nnviz.session.events import BACKWARD, FORWARD, LOSS, UPDATE, Event, Granularity

IMAGE_PANELS = ("confusion", "misclassified", "draw")
"""A picture classifier's results, drawn in the data view's place (:mod:`nnviz.qt.image_results`)."""
PANELS = (
    "window",
    "network",
    "data",
    "loss",
    "gradients",
    "activation",
    "softmax",
    "layers",
    "wide_deep",
    "landscape",
    "kernel_math",
    *IMAGE_PANELS,
)
THEMES = ("light", "dark", "presentation")
DEFAULT_SIZE = (1200, 800)
OFFSCREEN_NOTICES = ("This plugin does not support propagateSizeHints()",)
"""What Qt's offscreen platform says about itself while a panel is laid out: not news to the user."""


@dataclass(frozen=True)
class ShotRequest:
    experiment: str
    out: Path
    iterations: int = 0
    cursor: str | None = None
    panel: str = "network"
    theme: str = "light"
    size: tuple[int, int] = DEFAULT_SIZE
    scale: float = 1.0
    transparent: bool = False
    labels: str = "off"
    """The canvas's number labels: off (unit values), weights, gradients, updates, activations, none."""
    axes: str | None = None
    """The landscape's two parameters, ``LAYER:UNIT:SOURCE,LAYER:UNIT:SOURCE`` (from 1; b = bias)."""
    lang: str = "en"
    """The language of every word in the figure: en, zh_CN, zh_TW."""


def _whole(text: str) -> int:
    """A whole number written in ASCII digits (``int`` alone also reads "١", "１" or "1_0")."""
    if not (text.isascii() and text.isdigit()):
        raise ValueError(text)
    return int(text)


def parse_size(text: str) -> tuple[int, int]:
    try:
        w, h = (_whole(v) for v in text.lower().split("x"))
    except ValueError:
        raise BadInput(f"--size {text!r}: expected WIDTHxHEIGHT in pixels, e.g. 1200x800") from None
    if not (16 <= w <= 8000 and 16 <= h <= 8000):
        raise BadInput(f"--size {text!r}: width and height must be between 16 and 8000")
    return w, h


def parse_cursor(text: str, sizes: list[int]) -> Event:
    """``PHASE:LAYER[:UNIT]`` (1-based) → the event, checked against the network's layer sizes."""
    parts = text.lower().split(":")
    phase = parts[0]
    n_layers = len(sizes) - 1
    if phase == LOSS:
        if len(parts) > 1:
            raise BadInput(f"--cursor {text!r}: the loss is one event, without a layer or unit: write loss")
        return Event(LOSS, 0, None)
    if phase not in (FORWARD, BACKWARD, UPDATE) or len(parts) < 2:
        raise BadInput(f"--cursor {text!r}: expected forward|backward|update:LAYER[:UNIT] or loss")
    try:
        numbers = [_whole(p) for p in parts[1:]]
    except ValueError:
        raise BadInput(f"--cursor {text!r}: LAYER and UNIT are whole numbers counted from 1") from None
    layer = numbers[0]
    if not 1 <= layer <= n_layers:
        raise BadInput(f"--cursor {text!r}: layer must be 1..{n_layers}")
    if phase == UPDATE:
        if len(numbers) > 1:
            raise BadInput(f"--cursor {text!r}: an update is per layer, without a unit")
        return Event(UPDATE, layer, None)
    unit = numbers[1] if len(numbers) > 1 else sizes[layer]
    if not 1 <= unit <= sizes[layer] or len(numbers) > 2:
        raise BadInput(f"--cursor {text!r}: layer {layer} has units 1..{sizes[layer]}")
    return Event(phase, layer, unit - 1)


def shoot(request: ShotRequest) -> Path:
    """Render the request to ``request.out``; raises ``BadInput`` or ``ExperimentError`` on bad input."""
    if request.panel not in PANELS:
        raise BadInput(f"--panel {request.panel!r}: expected one of {', '.join(PANELS)}")
    if request.theme not in THEMES:
        raise BadInput(f"--theme {request.theme!r}: expected one of {', '.join(THEMES)}")
    from nnviz.session.canvas.frame import LABELS

    if request.labels not in LABELS:
        raise BadInput(f"--labels {request.labels!r}: expected one of {', '.join(LABELS)}")
    if not 1 <= request.scale <= 4:
        raise BadInput(f"--scale {request.scale:g}: expected a number from 1 to 4")
    if request.lang not in LANGUAGES:
        raise BadInput(f"--lang {request.lang!r}: expected one of {', '.join(LANGUAGES)}")
    suffix = request.out.suffix.lower()
    if suffix not in (".png", ".svg", ".pdf"):
        raise BadInput(f"--out {request.out}: the file must end in .png, .svg or .pdf")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Qt seeds its hashes randomly per process, which reorders the fonts embedded in a PDF;
    # a fixed seed (read when Qt first hashes, so before it loads) makes the bytes repeat.
    os.environ.setdefault("QT_HASH_SEED", "0")
    from PySide6.QtCore import QSize, Qt, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from nnviz.presets import load_experiment
    from nnviz.qt import export
    from nnviz.qt.i18n import install_language
    from nnviz.qt.theme import LIGHT, apply_to_application
    from nnviz.qt.theme import THEMES as QT_THEMES
    from nnviz.session import image_results
    from nnviz.session.workspace import Workspace

    if QApplication.instance() is None:
        QApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication.instance() or QApplication(["nnviz-shot"])
    previous_language = language()
    install_language(request.lang)
    experiment = load_experiment(request.experiment)
    if request.panel in IMAGE_PANELS and not image_results.applies(experiment):
        raise BadInput(
            f"--panel {request.panel}: {request.experiment} is not a picture classifier (picture inputs and a "
            "softmax or one sigmoid output, e.g. digits-cnn)"
        )
    theme = QT_THEMES[request.theme]
    if request.panel == "landscape":
        return _shoot_landscape(experiment, request, theme)
    workspace = Workspace(experiment)
    _move(workspace, request)
    if request.panel == "kernel_math":
        from nnviz.session.kernel_math import shown_kernel_math

        if shown_kernel_math(workspace.step_view()) is None:
            raise BadInput(
                "--panel kernel_math: the cursor is on no conv or pool cell; put it on one with --cursor, "
                "e.g. --cursor forward:1:30 on digits-cnn"
            )
    apply_to_application(theme)  # the Qt widgets of a panel (check boxes, tabs) in the theme too
    previous_handler = _hide_offscreen_notices()
    try:
        widget, keep = panel_widget(workspace, request.panel, theme, request.size)
        canvas = widget if request.panel == "network" else keep[0].canvas if request.panel == "window" else None
        if canvas is not None:
            canvas.set_labels(request.labels)
        app.processEvents()
        figure = export.figure_of(widget)
        size = QSize(*request.size)
        try:
            export.export(figure, request.out, size=size, scale=request.scale, transparent=request.transparent)
        except OSError as error:
            raise BadInput(f"--out {request.out}: {error}") from None
        finally:
            widget.hide()  # not close(): the window would ask whether to save the (trained) experiment
            del keep
    finally:
        qInstallMessageHandler(previous_handler)
        apply_to_application(LIGHT)  # in-process callers (tests) get the application back as it was
        install_language(previous_language)
    return request.out


def _shoot_landscape(experiment, request: ShotRequest, theme) -> Path:
    from PySide6.QtCore import QSize

    from nnviz.qt import export
    from nnviz.qt.figure_text import layout_size
    from nnviz.qt.landscape_shot import landscape_figure

    if request.cursor is not None:
        raise BadInput("--cursor: the landscape is taken at the end of an iteration; leave --cursor out")
    layout = layout_size(request.size, theme.font_scale)
    figure = landscape_figure(experiment, request.iterations, request.axes, theme, layout)
    try:
        export.export(
            figure, request.out, size=QSize(*request.size), scale=request.scale, transparent=request.transparent
        )
    except OSError as error:
        raise BadInput(f"--out {request.out}: {error}") from None
    return request.out


def _hide_offscreen_notices():
    """Drop :data:`OFFSCREEN_NOTICES` and pass every other Qt message on; returns the handler it replaced."""
    from PySide6.QtCore import qInstallMessageHandler

    previous = None

    def handler(mode, context, message: str) -> None:
        if message in OFFSCREEN_NOTICES:
            return
        if previous is not None:
            previous(mode, context, message)
        else:
            sys.stderr.write(f"{message}\n")

    previous = qInstallMessageHandler(handler)
    return previous


def _move(workspace, request: ShotRequest) -> None:
    import numpy as np

    from nnviz.progress_line import run_in_steps

    with np.errstate(all="ignore"):
        if request.iterations:
            run_in_steps(request.iterations, workspace.run)
        if request.cursor is None:
            return
        target = parse_cursor(request.cursor, workspace.experiment.network.sizes)
        events = workspace.stepper.events
        workspace.step(Granularity.UNIT)
        guard = len(events) + 1
        # Compared without the event's cell: a conv or pool layer's events also name their map cell.
        key = (target.phase, target.layer, target.unit)
        while guard and (lambda e: (e.phase, e.layer, e.unit))(workspace.stepper.current_event) != key:
            workspace.step(Granularity.UNIT)
            guard -= 1


def panel_widget(workspace, panel: str, theme, size: tuple[int, int]):
    """The app's widget for ``panel``, standalone at ``size``, laid out but never on screen (the
    export dialog draws panels in another theme with it); returns it and what must stay alive."""
    from PySide6.QtCore import Qt

    from nnviz.qt.controller import Controller

    controller = Controller(workspace)
    if panel == "window":
        from nnviz.qt.app import App

        app = App(workspace, theme=theme)
        app.window.resize(*size)
        app.window.show()
        return app.window, (app, controller)
    if panel == "network":
        from nnviz.qt.canvas_source import WorkspaceSource
        from nnviz.qt.network_canvas import NetworkCanvas
        from nnviz.qt.views import HEATMAP_RESOLUTION, unit_maps

        canvas = NetworkCanvas(WorkspaceSource(controller), theme=theme)
        canvas.set_heatmaps(unit_maps(controller, HEATMAP_RESOLUTION))
        canvas.resize(*size)
        canvas.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        canvas.show()
        canvas.refresh()
        return canvas, controller
    if panel == "kernel_math":
        from nnviz.qt.kernel_math_figure import KernelMathFigure
        from nnviz.session.kernel_math import shown_kernel_math

        figure = KernelMathFigure(theme)
        view = workspace.step_view()
        figure.set_math(shown_kernel_math(view), view.sample_text())
        figure.resize(*size)
        figure.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        figure.show()
        return figure, controller
    if panel in ("data", *IMAGE_PANELS):
        from nnviz.qt.data_view import DataView

        owner = DataView(controller, theme=theme)
    else:
        from nnviz.qt.plots import PlotsPanel

        owner = PlotsPanel(controller, theme=theme)
        owner.show_page(panel)
    owner.resize(*size)
    owner.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    owner.show()
    controller.stepped.emit()
    widget = owner.export_widgets()[panel]
    widget.setParent(None)
    widget.resize(*size)
    widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    widget.show()
    return widget, (owner, controller)
