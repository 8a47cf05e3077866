"""Pacing the panels during a live run: draw only what is on screen, and text a few times a second.

A live run redraws about 30 times a second, and every millisecond a frame
spends drawing is taken from training. So while the controller runs, a panel
asks its :class:`LivePacer` on each ``stepped`` whether to redraw now: not while
it is off screen (a hidden window, or a dock behind another dock's tab — Qt
keeps such a dock "visible" but moves it off the window), and for panels of
text and tables not more often than every :data:`TEXT_INTERVAL_S`: nobody
reads numbers that change 30 times a second. A panel that skipped a redraw is
stale and catches up when the run pauses or when its dock comes to the front
(:func:`nnviz.qt.views.build_views` connects that). Stepping is never paced:
the controller is paused then, so every step redraws every panel.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from nnviz.qt.controller import Controller

TEXT_INTERVAL_S = 0.25
"""While running, text and table panels redraw at most this often."""
_clock = time.monotonic


def on_screen(widget: QWidget) -> bool:
    """Whether some of ``widget`` can be seen: shown, and not behind another dock's tab."""
    return widget.isVisible() and not widget.visibleRegion().isEmpty()


class LivePacer(QObject):
    """Says when its parent panel should redraw during a live run; see the module docstring.

    The panel has a ``catch_up()`` method, called when the run pauses, that redraws
    it if a redraw was skipped. The pacer is the panel's child and keeps no Python
    reference to it, so the panel is freed as soon as it is dropped.
    """

    def __init__(self, panel: QWidget, controller: Controller, interval_s: float = 0.0):
        super().__init__(panel)
        self.interval_s = interval_s
        self._running = controller.running
        self._last = float("-inf")
        controller.running_changed.connect(self._on_controller_running_changed)

    def due(self) -> bool:
        """Whether a ``stepped`` should redraw the panel now (always, unless a live run is on)."""
        now = _clock()
        if self._running:
            if now - self._last < self.interval_s or not on_screen(self.parent()):
                return False
        self._last = now
        return True

    def _on_controller_running_changed(self, running: bool) -> None:
        self._running = running
        if not running:
            self.parent().catch_up()


class PacedPanel:
    """Mixin (before ``QWidget`` in the bases) for a panel whose ``refresh()`` a live run may skip.

    The panel creates ``self.pacer`` and connects ``stepped`` to :meth:`_on_controller_stepped`;
    its ``refresh()`` clears ``_stale``. A skipped redraw is made up on pause or when shown.
    """

    _stale = False

    def _on_controller_stepped(self) -> None:
        if not self.pacer.due():
            self._stale = True  # a live run: redraw a few times a second, and when shown or paused
            return
        self.refresh()

    def catch_up(self) -> None:
        """Redraw if a live run skipped a redraw."""
        if self._stale:
            self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.catch_up()
