"""What is under the network canvas's mouse, and what a click or a double-click does to it.

Mixed into :class:`~nnviz.qt.canvas.widget.NetworkCanvas`: hit testing in scene coordinates
(a unit, an edge, a kernel cell), the tooltip's numbers, the selection — marked from elsewhere
or clicked, with the signal it emits — and the edit or exercise answer a double-click asks for.
Items are tuples: ``("unit", layer, unit)``, ``("edge", edge index)``,
``("kernel", layer, map, source)``.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint

from nnviz.qt.canvas.edit_dialog import ask_new_value
from nnviz.session.canvas.tooltips import edge_tooltip, kernel_tooltip, unit_tooltip

EDGE_TOLERANCE = 5.0
"""Pixels from an edge that still hit it."""


class Picking:
    """Hit testing, tooltips, selection and edits of the canvas (a mixin)."""

    def item_at(self, pos: QPoint) -> tuple | None:
        """What is under the viewport point ``pos``: ``("unit", k, j)``, ``("edge", i)`` or ``None``."""
        if self.layout is None:
            return None
        p = self.mapToScene(pos)
        for g in self.layout.layers:
            hit = g.maps.kernel_at(p.x(), p.y()) if g.maps is not None else None
            if hit is not None:
                return ("kernel", g.index, *hit)
        unit = self.layout.unit_at(p.x(), p.y())
        if unit is not None:
            return ("unit", *unit)
        tolerance = EDGE_TOLERANCE / max(self.transform().m11(), 1e-6)
        edge = self.layout.edge_at(p.x(), p.y(), tolerance)
        return None if edge is None else ("edge", edge)

    def tooltip_for(self, item: tuple | None) -> str:
        if item is None or self.source is None:
            return ""
        if item[0] == "unit":
            return unit_tooltip(self.view, self.frame, item[1], item[2])
        if item[0] == "kernel":
            return kernel_tooltip(self.view, *item[1:])
        return edge_tooltip(self.view, self.layout, item[1])

    def mark_selection(self, layer: int | None, unit: int = 0, source: int | None = None) -> None:
        """Ring what was selected elsewhere (the matrices, a breakpoint), emitting nothing: unit
        ``unit`` of ``layer``, or with ``source`` the edge from it (the fan-in: the bias);
        ``layer`` ``None`` clears. An edge the layout does not draw marks its unit."""
        item = None
        # A layer the layout does not have yet: the network grew and its new layout comes next.
        if layer is not None and self.layout is not None and layer < len(self.layout.layers):
            item = ("unit", layer, unit)
            if source is not None and self.layout.layers[layer].maps is not None:
                item = ("kernel", layer, unit, source)
            elif source is not None:
                into = self.layout.edges_into(layer, unit)
                drawn = into[self.layout.edge_source[into] == source]
                item = ("edge", int(drawn[0])) if len(drawn) else item
        if item != self.picture.selection:
            self.picture.selection = item
            self._redraw()

    def select(self, item: tuple | None) -> None:
        """Select a unit or an edge (as a click does) and emit the matching signal."""
        self.picture.selection = item
        self._redraw()
        if item is None:
            return
        if item[0] == "unit":
            self.unit_selected.emit(item[1], item[2])
            return
        if item[0] == "kernel":
            self.edge_selected.emit(*item[1:])
            return
        k, j, src = self._edge_ids(item[1])
        if self.layout.is_bundle(item[1]):
            self.unit_selected.emit(k, j)
        else:
            self.edge_selected.emit(k, j, src)

    def edit(self, item: tuple | None) -> None:
        """Ask for a new value of an edge's weight, or of a unit's bias, and emit the request."""
        if item is None or self.source is None:
            return
        if item[0] == "kernel":
            k, j, src = item[1:]
        elif item[0] == "edge":
            k, j, src = self._edge_ids(item[1])
            if self.layout.is_bundle(item[1]):
                return
        else:
            k, j = item[1], item[2]
            if k == 0 or self.layout.is_bias(k, j):
                return
            if self.layout.layers[k].maps is not None:
                if self.view.exercise is not None:  # the exercise mode says what it covers
                    self.answer_requested.emit(k, j, -1)
                return  # a map cell has no weights of its own: its kernel's are beside the maps
            src = self.layout.sizes[k - 1]  # a unit's own number is its bias
        if self.view.exercise is not None:
            self.answer_requested.emit(k, j, src if item[0] == "edge" else -1)
            return
        value = ask_new_value(self, self.view, k, j, src, kernel=item[0] == "kernel")
        if value is not None:
            self.parameter_edit_requested.emit(k, j, src, value)

    def _edge_ids(self, i: int) -> tuple[int, int, int]:
        lay = self.layout
        return int(lay.edge_layer[i]), int(lay.edge_unit[i]), int(lay.edge_source[i])
