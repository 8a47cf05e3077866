"""How the network canvas fits its view: zoom, the label scale, the lanes' names and the note's strip.

Mixed into :class:`~nnviz.qt.canvas.widget.NetworkCanvas` (a ``QGraphicsView``), whose
``layout``, ``layout_options``, ``item`` (the picture's scene item), ``picture``, ``_lanes``,
``_note``, ``_auto_fit`` and ``_fitting`` it reads and sets. Fitting picks the view's scale
(view pixels per scene pixel) so the whole picture shows above the note; in a view so small
that text would be unreadable, the captions, the legend and a Wide&Deep network's lane names
are laid out larger first, which widens the picture and so shrinks the scale again.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QTransform

from nnviz.qt.canvas.lane_names import name_scale
from nnviz.session.canvas.label_scale import choose_label_scale
from nnviz.session.canvas.layout import LayoutOptions, build_layout

MAX_SPREAD = 2.0
"""The most the gaps between the columns are widened to fill a wide view (beyond, edges grow long
and flat for nothing a learner reads)."""


class Fitting:
    """Zoom to fit, and the text sizes that keep a fitted picture readable (a mixin)."""

    def fit_to_view(self) -> None:
        """Zoom and pan so the whole network fits above the note's strip (when a note shows: it
        must not cover the legend); later resizes keep it fitted. In a view so small that the
        captions and the legend would be unreadable, they are laid out larger first
        (:mod:`nnviz.session.canvas.label_scale`)."""
        self._auto_fit = True
        if self.layout is None:
            return
        if self.source is not None and not self._fitting:
            self._fitting = True
            try:
                room = self.note_room()
                options = self._legend_options(room)
                k = choose_label_scale(
                    lambda k: self._scale_of(replace(options, label_scale=k), room), self.theme.font_scale
                )
                self._relayout(self._spread_options(replace(options, label_scale=k), room))
            finally:
                self._fitting = False
        room = self.note_room()
        if self._lanes is not None:  # from the theme's size up: larger names widen the picture,
            self._place_lanes(self.layout_options.text_scale, force=True)  # which shrinks the zoom
        scale = self._fit_scale(room)
        for _ in range(6 if self._lanes is not None else 0):
            wanted = max(self._lanes.scale, name_scale(scale, self.layout_options.text_scale))
            if scale <= 0 or not self._place_lanes(wanted):
                break
            scale = self._fit_scale(room)
        if scale <= 0:
            return
        rect = self.item.rect
        self.setTransform(QTransform.fromScale(scale, scale))
        self.centerOn(rect.center() + QPointF(0.0, room / (2 * scale)))

    def _fit_scale(self, room: float) -> float:
        """View pixels per scene pixel that fit the picture into the view above ``room``."""
        return self._scale_for(self.item.rect.width(), self.item.rect.height(), room)

    def _scale_for(self, width: float, height: float, room: float) -> float:
        vp = self.viewport().rect()
        return min((vp.width() - 4) / width, (vp.height() - 4 - room) / height)

    def _scale_of(self, options: LayoutOptions, room: float) -> float:
        """The fit scale of the picture laid out with ``options``: from the layout's bounds, without
        drawing it, but for Wide&Deep, whose lane names widen it: laid out and drawn then."""
        if self._lanes is not None:
            self._relayout(options)
            return self._fit_scale(room)
        _, _, w, h = build_layout(self.source.network, options).bounds
        return self._scale_for(w, h, room)

    def _relayout(self, options: LayoutOptions) -> None:
        """Lay the picture out with ``options`` (and draw it so) unless it is drawn with them."""
        self.layout_options = options
        if self._layout_key is None or self._layout_key[2] != options:
            self._redraw()

    def _legend_options(self, room: float) -> LayoutOptions:
        """The layout options at label scale 1, unspread, with the legend stacked (narrow, tall) or
        in rows (wide, short) in large type, whichever fits the view larger: a 1300×1020 view at
        1920×1080 fits the spiral lesson 12 % larger with rows, XOR 34 % larger stacked. Normal
        type keeps rows."""
        options = replace(self.layout_options, label_scale=1.0, spread=1.0, legend_stacked=None)
        if options.text_scale <= 1.0:
            return options
        stacked, rows = (replace(options, legend_stacked=v) for v in (True, False))
        return stacked if self._scale_of(stacked, room) >= self._scale_of(rows, room) else rows

    def _spread_options(self, options: LayoutOptions, room: float) -> LayoutOptions:
        """``options`` with the gaps between the columns widened, for a picture whose fit is limited
        by the view's height, until the network spans the view's width (at most
        :data:`MAX_SPREAD` times the gaps): the zoom stays, the empty strips beside the picture go.
        Not for Wide&Deep, whose lane names are placed after the fit."""
        if self._lanes is not None:
            return options
        vp = self.viewport().rect()
        for _ in range(4):  # the legend may be wider than the columns: then a step widens nothing
            layout = build_layout(self.source.network, options)
            _, _, w, h = layout.bounds
            by_height = (vp.height() - 4 - room) / h
            span = layout.layers[-1].x - layout.layers[0].x
            if by_height <= 0 or span <= 0:
                break
            wanted = 0.998 * (vp.width() - 4) / by_height  # the width that fills the view
            if wanted <= w + 1.0:
                break
            spread = min(MAX_SPREAD, options.spread * (span + wanted - w) / span)
            if spread <= options.spread:
                break
            options = replace(options, spread=spread)
        return options

    def _place_lanes(self, scale: float, force: bool = False) -> bool:
        """Lay the lanes out with names at text scale ``scale``; ``False`` if nothing changed."""
        placed = self._lanes.place(scale, force)
        if placed is None:
            return False
        self.layout, self.picture.wide_lane = placed
        self._set_item_rect()
        return True

    def _set_item_rect(self) -> None:
        left, top, w, h = self.layout.bounds
        self.item.prepareGeometryChange()
        self.item.rect = QRectF(left, top, w, h)
        # A large scene rect lets the view pan freely beyond the picture.
        self.scene().setSceneRect(QRectF(left - 4 * w, top - 4 * h, 9 * w, 9 * h))

    def note_room(self) -> float:
        """Viewport pixels at the bottom kept for the note while it shows: room for two lines at least."""
        if self._note.isHidden():
            return 0.0
        two_lines = 2 * self._note.fontMetrics().lineSpacing() + 14
        return max(self._note.height(), two_lines) + 12.0

    def zoom_by(self, factor: float) -> None:
        self.scale(factor, factor)
        self._auto_fit = False
