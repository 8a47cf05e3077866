"""The central view of nnviz: the network, drawn live from the stepping cursor.

The implementation lives in :mod:`nnviz.qt.canvas`; this module is its public face.
"""

from nnviz.qt.canvas.widget import NetworkCanvas
from nnviz.session.canvas.frame import LABELS, QUANTITIES
from nnviz.session.canvas.layout import LayoutOptions
from nnviz.session.canvas.source import CanvasSource, StaticSource

__all__ = [
    "LABELS",
    "QUANTITIES",
    "CanvasSource",
    "LayoutOptions",
    "NetworkCanvas",
    "StaticSource",
]
