"""Step sequences: one picture of the network per step of an iteration, for a slide build.

:func:`export_step_frames` steps through the current iteration (the first one
before any training) at a granularity — every unit, every layer or every phase
— and saves the network after each step as ``frame_001.png``, ``frame_002.png``
… and, optionally, all of them as an animated GIF. At unit granularity there is
exactly one frame per event of the iteration. The learner's cursor is put back
where it was afterwards (stepping replays bit-identically).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize

from nnviz.qt import export
from nnviz.qt.canvas_source import WorkspaceSource
from nnviz.qt.controller import Controller
from nnviz.qt.network_canvas import NetworkCanvas
from nnviz.qt.theme import LIGHT, Theme
from nnviz.qt.views import HEATMAP_RESOLUTION, unit_maps
from nnviz.session.events import Granularity
from nnviz.session.workspace import Workspace

GRANULARITIES = {
    "unit": Granularity.UNIT,
    "map": Granularity.MAP,
    "layer": Granularity.LAYER,
    "phase": Granularity.PHASE,
}
FRAME_MS = 900
"""How long each frame of the GIF shows."""


def export_step_frames(
    workspace: Workspace,
    out_dir: str | Path,
    granularity: str = "unit",
    *,
    theme: Theme = LIGHT,
    size: tuple[int, int] = (1000, 650),
    scale: float = 1.0,
    gif: bool = True,
) -> list[Path]:
    """Write the frames (and ``steps.gif``) into ``out_dir``; returns the PNG paths in order."""
    if granularity not in GRANULARITIES:
        raise ValueError(f"granularity must be one of {', '.join(GRANULARITIES)}, got {granularity!r}")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    stepper = workspace.stepper
    start = (stepper.position.iteration, stepper.position.index)
    iteration = start[0] if stepper.trace is not None else 1
    controller = Controller(workspace)
    canvas = NetworkCanvas(WorkspaceSource(controller), theme=theme)
    canvas.resize(*size)
    paths: list[Path] = []
    try:
        _rewind_before(workspace, iteration)
        last = len(stepper.events) - 1
        for _ in range(len(stepper.events)):
            workspace.step(GRANULARITIES[granularity])
            canvas.set_heatmaps(unit_maps(controller, HEATMAP_RESOLUTION))
            canvas.refresh()
            path = out / f"frame_{len(paths) + 1:03d}.png"
            export.write_png(export.CanvasFigure(canvas), path, QSize(*size), scale)
            paths.append(path)
            if (stepper.position.iteration, stepper.position.index) >= (iteration, last):
                break
    finally:
        _move_to(workspace, start)
        canvas.deleteLater()
    if gif:
        write_gif(paths, out / "steps.gif")
    return paths


def _position(workspace: Workspace) -> tuple[int, int]:
    p = workspace.stepper.position
    return p.iteration, p.index


def _rewind_before(workspace: Workspace, iteration: int) -> None:
    """Step back until the cursor is just before ``iteration``'s first event."""
    stepper = workspace.stepper
    for _ in range(len(stepper.events) + 1):
        if stepper.trace is None or stepper.position.iteration < iteration:
            return
        workspace.step_back(Granularity.UNIT)


def _move_to(workspace: Workspace, target: tuple[int, int]) -> None:
    """Step (by unit) until the cursor is at ``(iteration, event index)``; −1 is before the first event."""
    guard = 10 * len(workspace.stepper.events) + 10
    while _position(workspace) > target and guard:
        workspace.step_back(Granularity.UNIT)
        guard -= 1
    while _position(workspace) < target and guard:
        workspace.step(Granularity.UNIT)
        guard -= 1


def write_gif(pngs: list[Path], path: Path, frame_ms: int = FRAME_MS) -> Path:
    """An animated GIF of the PNGs that loops forever (Pillow writes it; Qt only reads GIF)."""
    from PIL import Image

    images = [Image.open(p).convert("RGB").quantize(colors=255, method=Image.Quantize.MEDIANCUT) for p in pngs]
    images[0].save(path, save_all=True, append_images=images[1:], duration=frame_ms, loop=0, optimize=False)
    return path
