"""The matrix view: a layer as the matrix product Z = A·Wᵀ that computes it (see :mod:`.view`)."""

from nnviz.qt.matrix_view.table import MatrixModel, short
from nnviz.qt.matrix_view.view import MatrixView

__all__ = ["MatrixModel", "MatrixView", "short"]
