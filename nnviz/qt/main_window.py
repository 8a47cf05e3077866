"""The main window: the network canvas in the centre, panels in rearrangeable docks.

Left: the experiment panel and the lesson. Right: the inspector and the
breakpoints. Bottom: the plots, the data view and the matrix view. The dock
layout and window geometry are remembered with QSettings. The window builds its
widgets and shows status; ``nnviz.qt.app`` wires actions to the controller.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QSpinBox, QToolBar, QWidget

from nnviz.qt.actions import create_actions
from nnviz.qt.controller import Controller

SETTINGS_ORG = "nnviz"
SETTINGS_APP = "nnviz"


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
        self.position_label = QLabel()
        self.position_label.setObjectName("position_label")
        self.position_label.setToolTip("Iteration, epoch and the event the cursor is on")
        self.speed = QSpinBox()
        self.speed.setObjectName("speed")
        self.speed.setRange(0, 10_000)
        self.speed.setSpecialValueText("auto")
        self.speed.setSuffix(" it/frame")
        self.speed.setToolTip("Training iterations per redraw while running; auto fills each frame's time budget")
        self.statusBar().addPermanentWidget(self.position_label)
        self.toolbar = QToolBar("Debugger")
        self.toolbar.setObjectName("debug_toolbar")
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
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
        existing = [d for d in self.docks.values() if self.dockWidgetArea(d) == area]
        self.addDockWidget(area, dock)
        if existing and area == Qt.DockWidgetArea.BottomDockWidgetArea:
            self.tabifyDockWidget(existing[-1], dock)
        self.docks[key] = dock
        return dock

    def show_message(self, text: str, ms: int = 8000) -> None:
        self.statusBar().showMessage(text, ms)

    def show_position(self, text: str) -> None:
        self.position_label.setText(text)

    # -- remembered layout -----------------------------------------------------------------------
    def restore_layout(self) -> None:
        settings = QSettings(SETTINGS_ORG, SETTINGS_APP)
        geometry = settings.value("window/geometry")
        state = settings.value("window/state")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 880)
        if isinstance(state, QByteArray):
            self.restoreState(state)

    def save_layout(self) -> None:
        settings = QSettings(SETTINGS_ORG, SETTINGS_APP)
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())

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
