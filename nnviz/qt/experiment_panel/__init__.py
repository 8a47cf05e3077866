"""The experiment panel: data, network and training settings (see :mod:`.panel`)."""

from nnviz.qt.experiment_panel.panel import ExperimentPanel

__all__ = ["ExperimentPanel"]
