"""A wheel over the experiment panel scrolls it and never changes a setting it passes over."""

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox

from nnviz.qt.experiment_panel import ExperimentPanel


def wheel_down(widget) -> None:
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_the_wheel_scrolls_past_every_editor(qtbot, controller):
    panel = ExperimentPanel(controller)
    qtbot.addWidget(panel)
    panel.resize(320, 260)
    panel.show()
    qtbot.waitExposed(panel)
    bar = panel._scroll.verticalScrollBar()
    assert bar.maximum() > 0, "the panel must be short enough to scroll"
    editors = panel.findChildren(QAbstractSpinBox) + panel.findChildren(QComboBox)
    # A disabled or hidden editor gets no wheel at all: Qt hands it to the panel.
    editors = [e for e in editors if e.isEnabled() and e.isVisibleTo(panel)]
    assert len(editors) > 5
    for editor in editors:
        spec_before = controller.workspace.experiment.spec
        text_before = editor.lineEdit().text() if editor.lineEdit() else editor.currentText()
        bar.setValue(0)
        wheel_down(editor)
        text_after = editor.lineEdit().text() if editor.lineEdit() else editor.currentText()
        assert text_after == text_before, editor.objectName()
        assert controller.workspace.experiment.spec == spec_before
        assert bar.value() > 0, f"the wheel over {editor.objectName()} did not scroll the panel"
