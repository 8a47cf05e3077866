"""A picture classifier's results: confusion matrix, misclassified test pictures, a pad to draw on."""

from nnviz.qt.image_results.panel import ImageResultsView

__all__ = ["ImageResultsView"]
