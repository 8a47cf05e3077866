"""The main window: the network canvas in the centre, panels in rearrangeable docks.

Left, the whole height: the experiment panel. Right, the whole height: the
inspector over the lesson. Below the canvas: the plots, the matrix view and the
breakpoints (tabbed), and beside them the data view. The window opens no larger
than the screen (:mod:`nnviz.qt.window_size`). The dock layout and window
geometry are remembered with QSettings.
The window builds its widgets and shows status; ``nnviz.qt.app`` wires actions
to the controller.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QFont
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QToolBar, QWidget

from nnviz.qt.actions import create_actions
from nnviz.qt.controller import Controller
from nnviz.qt.dock_layout import arrange_presentation, presentation_stack, size_default
from nnviz.qt.i18n import translate
from nnviz.qt.speed_control import SpeedControl
from nnviz.qt.steady_label import SteadyLabel
from nnviz.qt.window_size import fitted_size, initial_window_size

SETTINGS_ORG = "nnviz"
SETTINGS_APP = "nnviz"
PRESENTATION_HIDES = ("experiment", "breakpoints", "matrix", "lesson")
"""Docks hidden in presentation mode (with the toolbar): the controls, and the lesson the learner
reads alone, not what the lecture shows."""


class MainWindow(QMainWindow):
    """The app window around a :class:`~nnviz.qt.controller.Controller`."""

    file_dropped = Signal(str)
    """A file was dropped on the window."""
    close_requested = Signal(QCloseEvent)
    """The window is about to close; a handler may ``ignore()`` the event (unsaved changes)."""

    def __init__(self, controller: Controller):
        super().__init__()
        self.controller = controller
        self.setObjectName("main_window")
        self.setWindowTitle("nnviz")
        self.setAcceptDrops(True)
        self.actions_by_id = create_actions(self)
        self.docks: dict[str, QDockWidget] = {}
        self._normal_state: QByteArray | None = None
        """While presenting: the toolbar and docks as they were before (what leaving restores)."""
        self._default_state: QByteArray | None = None
        """The docks as built, before a remembered layout was restored (what Reset Layout restores)."""
        self._sizes_pending = True
        """The default dock sizes are still to be applied once the window is shown at its size."""
        self._normal_sized = True
        """While presenting: whether the layout to return to has its sizes (not if presenting from the start)."""
        self._presented: tuple[str, ...] = ()
        """While presenting: the docks of the right column, top to bottom."""
        self.position_label = SteadyLabel()
        self.position_label.setObjectName("position_label")
        self.position_label.setToolTip(translate("main_window", "Iteration, epoch and the event the cursor is on"))
        self.speed = SpeedControl(controller)
        self.statusBar().addPermanentWidget(self.position_label)
        self.toolbar = QToolBar("Debugger")
        self.toolbar.setObjectName("debug_toolbar")
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        # The side columns run the whole height: the settings get room, the bottom row sits under the canvas.
        for corner, area in (
            (Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea),
            (Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea),
        ):
            self.setCorner(corner, area)
        self.setDockOptions(
            QMainWindow.DockOption.AnimatedDocks
            | QMainWindow.DockOption.AllowNestedDocks
            | QMainWindow.DockOption.AllowTabbedDocks
        )

    def set_central(self, widget: QWidget) -> None:
        self.setCentralWidget(widget)

    def add_dock(self, key: str, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        """Put ``widget`` in a dock named ``key`` (the name QSettings remembers it by)."""
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock_{key}")
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        self.docks[key] = dock
        return dock

    @property
    def presenting(self) -> bool:
        return self._normal_state is not None

    def set_presenting(self, presenting: bool) -> None:
        """Hide the controls for a projector — the toolbar (with the speed box) and the docks of
        :data:`PRESENTATION_HIDES`; the menu bar stays — and give the network the whole height
        (:func:`nnviz.qt.dock_layout.arrange_presentation`). Leaving puts back exactly the layout there was."""
        if presenting == self.presenting:
            return
        if presenting:
            if self._default_state is None:  # presenting from the start: Reset Layout's layout is this one
                self._default_state = self.saveState()
            self._normal_state = self.saveState()
            self._normal_sized = not self._sizes_pending
            self.toolbar.hide()
            for key in PRESENTATION_HIDES:
                self.docks[key].hide()
            self._arrange_presentation()
        else:
            state, self._normal_state = self._normal_state, None
            self.restoreState(state)
            # The first restore is laid out under the toolbar and fonts of the mode just left, which
            # shifts the side columns; once that layout is done, a second one puts them back exactly.
            QTimer.singleShot(0, lambda: self._restore_again(state))

    def _restore_again(self, state: QByteArray) -> None:
        if self.presenting:  # presenting again already
            return
        self.restoreState(state)
        if not self._normal_sized:  # presenting since the start: the layout returned to was never sized
            self.apply_default_sizes()

    def refit_presentation(self) -> None:
        """While presenting, the right column again if another experiment wants other docks in it
        (the plots instead of a data view that has only a hint)."""
        if self.presenting and presentation_stack(self.height(), self._data_drawn()) != self._presented:
            self._arrange_presentation()

    def _arrange_presentation(self) -> None:
        data_drawn = self._data_drawn()
        arrange_presentation(self, self.docks, data_drawn)
        self._presented = presentation_stack(self.height(), data_drawn)

    def _data_drawn(self) -> bool:
        """Whether the data view draws the data, not only a hint (see :attr:`DataView.hint_only`)."""
        data = self.docks.get("data")
        return data is None or not getattr(data.widget(), "hint_only", False)

    def follow_application_font(self) -> None:
        """Dock titles in the application's font after it changed (presentation: larger).

        A QDockWidget paints its title in the font the application had when the dock was made,
        as long as its own font equals the application's; a font that differs only in hinting
        makes it use its own, current one."""
        font = QFont(QApplication.font())
        hinting = QFont.HintingPreference
        vertical = font.hintingPreference() != hinting.PreferVerticalHinting
        font.setHintingPreference(hinting.PreferVerticalHinting if vertical else hinting.PreferFullHinting)
        for dock in self.docks.values():
            dock.setFont(font)

    def show_message(self, text: str, ms: int = 8000) -> None:
        self.statusBar().showMessage(text, ms)

    def show_position(self, text: str) -> None:
        """Show the cursor's position at the right of the status bar (every frame of a live run)."""
        self.position_label.update_text(text)

    # -- layout ----------------------------------------------------------------------------------
    def apply_default_sizes(self) -> None:
        """Size the docks as the default layout has them, for the window's current size.

        Dock sizes only hold once the window has its size, so the first show
        applies them (unless a remembered layout was restored) and so does Reset Layout.
        """
        if self.presenting:  # the presentation column for this size; the layout to return to is sized on leaving
            self._arrange_presentation()
            return
        self._sizes_pending = False
        size_default(self, self.docks)

    def reset_layout(self) -> None:
        """Every dock back in its default place and size (leaving presentation mode's hiding too)."""
        if self._default_state is None:
            return
        if self.presenting:
            self._normal_state, self._normal_sized = QByteArray(self._default_state), False
            return
        self.restoreState(self._default_state)
        for dock in self.docks.values():
            dock.show()
        self.apply_default_sizes()
        if "plots" in self.docks:
            self.docks["plots"].raise_()  # the front tab of the bottom row

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._default_state is None:
            self._default_state = self.saveState()
        if self._sizes_pending or self.presenting:
            # After this show has laid the window out at its size.
            QTimer.singleShot(0, self.apply_default_sizes)

    # -- remembered layout -----------------------------------------------------------------------
    def restore_layout(self) -> None:
        settings = QSettings(SETTINGS_ORG, SETTINGS_APP)
        geometry = settings.value("window/geometry")
        state = settings.value("window/state")
        self._default_state = self.saveState()
        available = self.screen().availableGeometry()
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            self.resize(fitted_size(self.size(), available))  # remembered on a larger screen
        else:
            self.resize(initial_window_size(available))
        if isinstance(state, QByteArray):
            self._sizes_pending = False
            if self.presenting:  # the remembered layout is the one to return to
                self._normal_state, self._normal_sized = state, True
            else:
                self.restoreState(state)

    def save_layout(self) -> None:
        settings = QSettings(SETTINGS_ORG, SETTINGS_APP)
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self._normal_state if self.presenting else self.saveState())

    # -- events ------------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        self.close_requested.emit(event)
        if event.isAccepted():
            self.controller.pause()
            self.save_layout()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            if url.isLocalFile():
                self.file_dropped.emit(url.toLocalFile())
                event.acceptProposedAction()
                return
