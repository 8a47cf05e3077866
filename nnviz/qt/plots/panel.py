"""The plots panel: loss, accuracy, gradients, activation, softmax, fit, layers and Wide & Deep, as tabs.

The panel follows the controller: ``workspace_replaced`` rebuilds every page,
``stepped`` redraws the page on show (the others are marked stale and redraw
when their tab is opened), ``selection_changed`` points the activation page at
the selected unit's layer. Nothing is drawn while the panel is hidden.

A page that does not apply to the network (it shows only its hint after
``rebuild``: Accuracy for regression, Softmax without a softmax output, Fit for
classification, Layer images for rows of numbers, Wide & Deep without a concat
before the output) is no tab: its tab is hidden, though the page stays, so an
export or ``nnviz shot --panel`` still draws its hint.
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from nnviz.qt.controller import Controller
from nnviz.qt.i18n import translate
from nnviz.qt.pacing import LivePacer
from nnviz.qt.plots.activation import ActivationPage
from nnviz.qt.plots.fit import FitPage
from nnviz.qt.plots.gradients import GradientsPage
from nnviz.qt.plots.layers import LayersPage
from nnviz.qt.plots.loss import AccuracyPage, LossPage
from nnviz.qt.plots.softmax import SoftmaxPage
from nnviz.qt.plots.style import PlotPage, set_quick
from nnviz.qt.plots.wide_deep import WideDeepPage
from nnviz.qt.theme import LIGHT, Theme


class PlotsPanel(QWidget):
    """Tabs of live plots around a :class:`~nnviz.qt.controller.Controller`."""

    def __init__(self, controller: Controller, parent: QWidget | None = None, *, theme: Theme = LIGHT):
        super().__init__(parent)
        self.setObjectName("plots_panel")
        self.controller = controller
        self.theme = theme
        self.loss = LossPage(theme)
        self.accuracy = AccuracyPage(theme)
        self.gradients = GradientsPage(theme)
        self.activation = ActivationPage(theme)
        self.softmax = SoftmaxPage(theme)
        self.fit = FitPage(theme)
        self.layers = LayersPage(theme)
        self.wide_deep = WideDeepPage(theme)
        pages = (
            self.loss,
            self.accuracy,
            self.gradients,
            self.activation,
            self.softmax,
            self.fit,
            self.layers,
            self.wide_deep,
        )
        self.pages: dict[str, PlotPage] = {p.key: p for p in pages}
        self.tabs = QTabWidget()
        self.tabs.setObjectName("plots_tabs")
        self.tabs.setDocumentMode(True)
        for page in self.pages.values():
            self.tabs.addTab(page, tab_text(page))
        self.wide_deep.row_picked.connect(controller.pick_test_row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self._stale: set[str] = set(self.pages)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        controller.workspace_replaced.connect(self.rebuild)
        self.pacer = LivePacer(self, controller)
        controller.stepped.connect(self._on_controller_stepped)
        controller.running_changed.connect(self._on_controller_running_changed)
        controller.selection_changed.connect(self._on_controller_selection_changed)
        self._rebuild_pages()
        self._set_live(controller.running)

    @property
    def current(self) -> PlotPage:
        return self.tabs.currentWidget()

    def show_page(self, key: str) -> PlotPage:
        """Open the tab ``key`` (see :attr:`pages`) and return its page."""
        page = self.pages[key]
        self.tabs.setCurrentWidget(page)
        return page

    def set_theme(self, theme: Theme) -> None:
        """Draw in ``theme``: every page is made again in it, keeping the learner's choices (log
        scale, layer, open tab), so the panel is the same as one built with ``theme=``."""
        self.theme = theme
        current = self.tabs.currentIndex()
        self.tabs.blockSignals(True)
        try:
            for index, (key, old) in enumerate(list(self.pages.items())):
                page = type(old)(theme)
                page.adopt(old)
                self.tabs.removeTab(index)
                self.tabs.insertTab(index, page, tab_text(page))
                self.pages[key] = page
                setattr(self, key, page)
                if isinstance(page, WideDeepPage):
                    page.row_picked.connect(self.controller.pick_test_row)
                old.deleteLater()
            self.tabs.setCurrentIndex(current)
        finally:
            self.tabs.blockSignals(False)
        self.rebuild()
        self._set_live(self.controller.running)

    def rebuild(self) -> None:
        """A new experiment: reset every page, then redraw the one shown."""
        self._rebuild_pages()
        self.refresh()

    def _rebuild_pages(self) -> None:
        workspace = self.controller.workspace
        for page in self.pages.values():
            page.rebuild(workspace)
        self._stale = set(self.pages)
        self._show_applicable_tabs()

    def _show_applicable_tabs(self) -> None:
        """Hide the tab of every page showing only its hint; open the first tab if the open one went."""
        shown = self.tabs.currentIndex()
        for index in range(self.tabs.count()):
            self.tabs.setTabVisible(index, not self.tabs.widget(index).showing_hint)
        if not self.tabs.isTabVisible(shown):  # Qt opened a neighbour: the loss is the place to start
            self.tabs.setCurrentIndex(0)

    def refresh(self) -> None:
        """Redraw the page on show; the others redraw when opened. Nothing while hidden."""
        self._stale = set(self.pages)
        if self.isVisible():
            self._draw(self.current)

    def _on_controller_stepped(self) -> None:
        if self.pacer.due():
            self.refresh()
        else:  # a live run with the panel off screen: drawn when shown or paused
            self._stale = set(self.pages)

    def catch_up(self) -> None:
        """Redraw the page shown if a live run skipped it (see :mod:`nnviz.qt.pacing`)."""
        if self.current.key in self._stale and self.isVisible():
            self._draw(self.current)

    def _on_controller_running_changed(self, running: bool) -> None:
        self._set_live(running)
        if not running:  # a live frame may have thinned the curves: every point again
            self._stale = set(self.pages)
            self.catch_up()

    def _set_live(self, running: bool) -> None:
        """Draw the quick way while a live run goes (see :func:`set_quick`, :attr:`PlotPage.live`)."""
        set_quick(self, running)
        for page in self.pages.values():
            page.live = running

    def _draw(self, page: PlotPage) -> None:
        self._stale.discard(page.key)
        page.draw(self.controller.workspace)

    def _on_tabs_current_changed(self, index: int) -> None:
        page = self.tabs.widget(index)
        if page is not None and page.key in self._stale and self.isVisible():
            self._draw(page)

    def _on_controller_selection_changed(self) -> None:
        selection = self.controller.selection
        if selection is not None:
            self.activation.set_layer(selection.layer)

    def showEvent(self, event: QShowEvent) -> None:  # Qt override
        super().showEvent(event)
        self.catch_up()

    def export_widgets(self) -> dict[str, QWidget]:
        """Every page by name (loss, accuracy, gradients, activation, softmax, fit, layers, wide_deep), each
        brought up to date first so that an export draws the current state."""
        for key in list(self._stale):
            self._draw(self.pages[key])
        return {key: page.export_widget() for key, page in self.pages.items()}


def tab_text(page: PlotPage) -> str:
    """The page's title in the current language, its "&" shown as itself: in a tab it would mark
    a shortcut letter ("Wide & Deep" read "Wide_Deep", the space underlined)."""
    return translate("plots", page.title).replace("&", "&&")
