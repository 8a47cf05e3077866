"""The canvas's view of the controller's workspace (a :class:`~nnviz.qt.network_canvas.CanvasSource`)."""

from __future__ import annotations

from nnviz.core.network import Network
from nnviz.qt.controller import Controller
from nnviz.session.step_view import StepView


class WorkspaceSource:
    """Reads the current workspace on every access, so it stays right across opened files and resets."""

    def __init__(self, controller: Controller):
        self._controller = controller

    @property
    def network(self) -> Network:
        return self._controller.workspace.experiment.network

    @property
    def input_names(self) -> tuple[str, ...]:
        """The name of every input column (``x1``, a CSV header, ``colour=red × size=S``)."""
        return self._controller.workspace.experiment.data.input_names or ()

    def step_view(self) -> StepView:
        return self._controller.workspace.step_view()
