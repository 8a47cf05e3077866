"""The Export Figure dialog: pick a panel (or the whole window), a scale and a background, then
save it as PNG, SVG or PDF or copy it to the clipboard."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from nnviz.qt import export

FILTERS = "PNG image (*.png);;SVG vector image (*.svg);;PDF document (*.pdf)"


class ExportDialog(QDialog):
    """Choices for one figure; :meth:`save_to` and :meth:`copy` do the work (also callable from tests)."""

    def __init__(self, targets: dict[str, Callable[[], QWidget]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("export_dialog")
        self.setWindowTitle("Export figure")
        self.targets = targets
        self.panel = QComboBox()
        self.panel.setObjectName("export_panel")
        self.panel.addItems(list(targets))
        self.panel.setToolTip("What to export: the network, a plot, the data view or the whole window")
        self.scale = QSpinBox()
        self.scale.setObjectName("export_scale")
        self.scale.setRange(1, 4)
        self.scale.setSuffix("×")
        self.scale.setToolTip("PNG pixels per screen pixel: 2× or more for slides on high-resolution projectors")
        self.transparent = QCheckBox("Transparent background (PNG, SVG)")
        self.transparent.setObjectName("export_transparent")
        self.transparent.setToolTip("Leave the background empty, to place the figure on a coloured slide")
        self.status = QLabel()
        self.status.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow("Figure", self.panel)
        form.addRow("Scale", self.scale)
        form.addRow("", self.transparent)
        form.addRow(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        save = QPushButton("Save…")
        save.setToolTip("Save as PNG, SVG or PDF (by the file name's ending)")
        copy = QPushButton("Copy")
        copy.setToolTip("Copy the figure to the clipboard as an image")
        buttons.addButton(save, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        save.clicked.connect(self._on_save_clicked)
        copy.clicked.connect(self.copy)
        form.addRow(buttons)

    def figure(self) -> export.Figure:
        return export.figure_of(self.targets[self.panel.currentText()]())

    def save_to(self, path: str | Path) -> Path | None:
        """Export the chosen figure to ``path``; shows and returns ``None`` on failure."""
        try:
            written = export.export(
                self.figure(), path, scale=self.scale.value(), transparent=self.transparent.isChecked()
            )
        except (OSError, ValueError) as error:
            self.status.setText(f"Not saved: {error}")
            return None
        self.status.setText(f"Saved {written}")
        return written

    def copy(self) -> None:
        export.copy_to_clipboard(self.figure(), float(self.scale.value()))
        self.status.setText("Copied to the clipboard")

    def _on_save_clicked(self) -> None:
        name = self.panel.currentText().lower().replace(" ", "-")
        path, _ = QFileDialog.getSaveFileName(self, "Export figure", f"{name}.png", FILTERS)
        if path:
            self.save_to(path)
