"""The network canvas without Qt: where everything goes (layout), what one redraw shows (frame,
from the step view), the source it reads, and its tooltip texts. ``nnviz.qt.canvas`` only paints."""
