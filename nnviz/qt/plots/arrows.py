"""Arrows over the input plane: the perceptron's weight vector and an update's vector addition
(geometry from :mod:`nnviz.session.perceptron_arrows`; this only draws it)."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg

from nnviz.qt.theme import Theme

ROLES = ("w", "old", "step", "new")


class ArrowsLayer:
    """One line and one head per role, added to ``plot`` once and updated with :meth:`draw`."""

    def __init__(self, plot: pg.PlotItem, theme: Theme):
        self.lines: dict[str, pg.PlotDataItem] = {}
        self.heads: dict[str, pg.ArrowItem] = {}
        for role in ROLES:
            line = pg.PlotDataItem()
            head = pg.ArrowItem(headLen=10, tipAngle=30, tailLen=0, brush=None)
            line.setZValue(20)
            head.setZValue(21)
            plot.addItem(line)
            plot.addItem(head)
            self.lines[role], self.heads[role] = line, head
        self.set_theme(theme)
        self.draw([])

    def set_theme(self, theme: Theme) -> None:
        colours = {"w": theme.text, "old": theme.muted, "step": theme.selection, "new": theme.text}
        for role, colour in colours.items():
            style = pg.QtCore.Qt.PenStyle.DashLine if role == "old" else pg.QtCore.Qt.PenStyle.SolidLine
            self.lines[role].setPen(pg.mkPen(colour, width=2.2 * theme.line_scale, style=style))
            self.heads[role].setStyle(pen=pg.mkPen(colour), brush=pg.mkBrush(colour))

    def draw(self, arrows) -> None:
        """Show ``arrows`` (:class:`~nnviz.session.perceptron_arrows.Arrow`), hide the other roles."""
        shown = {a.role: a for a in arrows}
        for role in ROLES:
            arrow = shown.get(role)
            line, head = self.lines[role], self.heads[role]
            line.setVisible(arrow is not None)
            head.setVisible(arrow is not None)
            if arrow is None:
                continue
            line.setData([arrow.start[0], arrow.end[0]], [arrow.start[1], arrow.end[1]])
            d = arrow.end - arrow.start
            # ArrowItem's angle 0 points left (towards −x): turn it to point along d.
            head.setStyle(angle=180 - float(np.degrees(np.arctan2(d[1], d[0]))))
            head.setPos(float(arrow.end[0]), float(arrow.end[1]))

    def visible_roles(self) -> list[str]:
        return [role for role in ROLES if self.lines[role].isVisible()]
