"""The canvas's view of the controller's workspace (a :class:`~nnviz.qt.network_canvas.CanvasSource`)."""

from __future__ import annotations

from nnviz.core.network import Network
from nnviz.core.trace import IterationTrace
from nnviz.qt.controller import Controller


class WorkspaceSource:
    """Reads the current workspace on every access, so it stays right across opened files and resets."""

    def __init__(self, controller: Controller):
        self._controller = controller

    @property
    def network(self) -> Network:
        return self._controller.workspace.experiment.network

    @property
    def trace(self) -> IterationTrace | None:
        return self._controller.workspace.stepper.trace

    @property
    def current_event(self) -> tuple[str, int, int | None] | None:
        event = self._controller.workspace.stepper.current_event
        return None if event is None else (event.phase, event.layer, event.unit)

    @property
    def sample(self) -> int:
        return self._controller.workspace.sample

    def is_revealed(self, phase: str, layer: int, unit: int | None = None) -> bool:
        return self._controller.workspace.stepper.is_revealed(phase, layer, unit)
