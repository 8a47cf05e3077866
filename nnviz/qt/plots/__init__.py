"""Live plots of training: loss, accuracy, gradient norms, activations, softmax steps, regression fit.

:class:`PlotsPanel` holds one page per plot as tabs; every page reads the
controller's workspace and draws with persistent pyqtgraph items.
"""

from nnviz.qt.plots.panel import PlotsPanel

__all__ = ["PlotsPanel"]
