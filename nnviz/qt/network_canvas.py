"""The central view of nnviz: the network, drawn live from the stepping cursor.

The implementation lives in :mod:`nnviz.qt.canvas`; this module is its public face.
"""

from nnviz.qt.canvas.frame import LABELS, QUANTITIES, shown_parameters
from nnviz.qt.canvas.layout import BIAS, LayoutOptions
from nnviz.qt.canvas.source import CanvasSource, StaticSource
from nnviz.qt.canvas.widget import NetworkCanvas

__all__ = [
    "BIAS",
    "LABELS",
    "QUANTITIES",
    "CanvasSource",
    "LayoutOptions",
    "NetworkCanvas",
    "StaticSource",
    "shown_parameters",
]
