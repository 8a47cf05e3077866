"""Moved to :mod:`nnviz.session.plot_values` (it has no Qt). This name stays only because
``plots/softmax.py`` still imports it and is being changed on another branch at the moment;
once that import points at :mod:`nnviz.session.plot_values`, delete this file."""

from nnviz.session.plot_values import SoftmaxSteps, softmax_steps, true_class

__all__ = ["SoftmaxSteps", "softmax_steps", "true_class"]
