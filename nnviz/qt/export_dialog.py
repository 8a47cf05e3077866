"""The Export Figure dialog: pick a panel (or the whole window), a scale, a theme and a
background, then save it as PNG, SVG or PDF or copy it to the clipboard.

At 1× a figure has the size the panel has on screen (the network too, whatever its zoom). A
theme other than the one on screen draws a panel afresh from the workspace in that theme, at
that size, out of sight (as ``nnviz shot`` does); the window itself is drawn as shown. A window
with figures of its own (the comparison, the loss landscape) passes them as ``drawn``: each
draws itself in any theme at its size on screen.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize
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

from nnviz.i18n import QT_TRANSLATE_NOOP
from nnviz.qt import export
from nnviz.qt.i18n import translate
from nnviz.qt.theme import THEMES

AS_SHOWN = QT_TRANSLATE_NOOP("export_dialog", "As on screen")
"""The theme choice that exports the panel as it is drawn now."""
WINDOW = "Whole window"

FILTERS = QT_TRANSLATE_NOOP("export_dialog", "PNG image (*.png);;SVG vector image (*.svg);;PDF document (*.pdf)")
NAMES = {
    "Network": QT_TRANSLATE_NOOP("export_dialog", "Network"),
    "Data": QT_TRANSLATE_NOOP("export_dialog", "Data"),
    "Loss": QT_TRANSLATE_NOOP("export_dialog", "Loss"),
    "Accuracy": QT_TRANSLATE_NOOP("export_dialog", "Accuracy"),
    "Gradients": QT_TRANSLATE_NOOP("export_dialog", "Gradients"),
    "Activation": QT_TRANSLATE_NOOP("export_dialog", "Activation"),
    "Softmax": QT_TRANSLATE_NOOP("export_dialog", "Softmax"),
    "Fit": QT_TRANSLATE_NOOP("export_dialog", "Fit"),
    "Layers": QT_TRANSLATE_NOOP("export_dialog", "Layer images"),
    "Wide_deep": QT_TRANSLATE_NOOP("export_dialog", "Wide & Deep"),
    "Confusion": QT_TRANSLATE_NOOP("export_dialog", "Confusion matrix"),
    "Misclassified": QT_TRANSLATE_NOOP("export_dialog", "Misclassified"),
    "Draw": QT_TRANSLATE_NOOP("export_dialog", "Draw"),
    "Comparison": QT_TRANSLATE_NOOP("export_dialog", "Comparison"),
    "Landscape": QT_TRANSLATE_NOOP("export_dialog", "Loss landscape"),
    WINDOW: QT_TRANSLATE_NOOP("export_dialog", "Whole window"),
    "light": QT_TRANSLATE_NOOP("export_dialog", "light"),
    "dark": QT_TRANSLATE_NOOP("export_dialog", "dark"),
    "presentation": QT_TRANSLATE_NOOP("export_dialog", "presentation"),
}
"""What the dialog shows for each figure (by the name its owner gives it) and each theme."""


def _shown(name: str) -> str:
    return translate("export_dialog", NAMES.get(name, name))


class ExportDialog(QDialog):
    """Choices for one figure; :meth:`save_to` and :meth:`copy` do the work (also callable from tests)."""

    def __init__(
        self,
        targets: dict[str, Callable[[], QWidget]],
        parent: QWidget | None = None,
        *,
        workspace=None,
        drawn: dict[str, Callable[[object], tuple[export.Figure, QSize]]] | None = None,
    ):
        super().__init__(parent)
        self.workspace = workspace
        """What a panel in another theme is drawn from (``None``: only "as on screen")."""
        self.drawn = drawn or {}
        """Figures that draw themselves: ``drawn[name](theme)`` → the figure in ``theme`` (``None``:
        the one on screen) and its size on screen."""
        self.setObjectName("export_dialog")
        self.setWindowTitle(translate("export_dialog", "Export figure"))
        self.targets = targets
        self.panel = QComboBox()
        self.panel.setObjectName("export_panel")
        for name in [*targets, *self.drawn]:  # the name is the item's data; its text is in the window's language
            self.panel.addItem(_shown(name), name)
        self.panel.setToolTip(
            translate("export_dialog", "What to export: the network, a plot, the data view or the whole window")
        )
        self.scale = QSpinBox()
        self.scale.setObjectName("export_scale")
        self.scale.setRange(1, 4)
        self.scale.setSuffix("×")
        self.scale.setToolTip(
            translate(
                "export_dialog", "PNG pixels per screen pixel: 2× or more for slides on high-resolution projectors"
            )
        )
        self.theme = QComboBox()
        self.theme.setObjectName("export_theme")
        self.theme.addItem(translate("export_dialog", AS_SHOWN), AS_SHOWN)
        for name in THEMES if workspace is not None or self.drawn else ():
            self.theme.addItem(_shown(name), name)
        self.theme.setToolTip(
            translate("export_dialog", "Draw the figure in this theme (the whole window is drawn as shown)")
        )
        self.panel.currentIndexChanged.connect(self._on_panel_current_index_changed)
        self.transparent = QCheckBox(translate("export_dialog", "Transparent background (PNG, SVG)"))
        self.transparent.setObjectName("export_transparent")
        self.transparent.setToolTip(
            translate("export_dialog", "Leave the background empty, to place the figure on a coloured slide")
        )
        self.status = QLabel()
        self.status.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(translate("export_dialog", "Figure"), self.panel)
        form.addRow(translate("export_dialog", "Scale"), self.scale)
        form.addRow(translate("export_dialog", "Theme"), self.theme)
        form.addRow("", self.transparent)
        form.addRow(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        save = QPushButton(translate("export_dialog", "Save…"))
        save.setToolTip(translate("export_dialog", "Save as PNG, SVG or PDF (by the file name's ending)"))
        copy = QPushButton(translate("export_dialog", "Copy"))
        copy.setToolTip(translate("export_dialog", "Copy the figure to the clipboard as an image"))
        buttons.addButton(save, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        save.clicked.connect(self._on_save_clicked)
        copy.clicked.connect(self.copy)
        form.addRow(buttons)

    def figure(self) -> tuple[export.Figure, QSize, object]:
        """The chosen figure, its size on screen, and what must stay alive while it is drawn."""
        name = self.panel.currentData()
        theme = self.theme.currentData()
        if name in self.drawn:
            figure, size = self.drawn[name](None if theme == AS_SHOWN else THEMES[theme])
            return figure, size, None
        shown = self.targets[name]()
        size = QSize(shown.size())
        if theme == AS_SHOWN or name == WINDOW:
            return export.figure_of(shown), size, None
        from nnviz.qt.shot import panel_widget

        key = name.lower()
        widget, keep = panel_widget(self.workspace, key, THEMES[theme], (size.width(), size.height()))
        return export.figure_of(widget), size, (widget, keep)

    def save_to(self, path: str | Path) -> Path | None:
        """Export the chosen figure to ``path``; shows and returns ``None`` on failure."""
        try:
            figure, size, keep = self.figure()
        except ValueError as error:
            self.status.setText(translate("export_dialog", "Not saved: {error}").format(error=error))
            return None
        try:
            written = export.export(
                figure, path, size=size, scale=self.scale.value(), transparent=self.transparent.isChecked()
            )
        except (OSError, ValueError) as error:
            self.status.setText(translate("export_dialog", "Not saved: {error}").format(error=error))
            return None
        finally:
            _release(keep)
        self.status.setText(translate("export_dialog", "Saved {written}").format(written=written))
        return written

    def copy(self) -> None:
        figure, size, keep = self.figure()
        try:
            export.copy_to_clipboard(export.render_image(figure, size, float(self.scale.value())))
        finally:
            _release(keep)
        self.status.setText(translate("export_dialog", "Copied to the clipboard"))

    def _on_panel_current_index_changed(self, _index: int) -> None:
        self.theme.setEnabled(self.panel.currentData() != WINDOW)

    def _on_save_clicked(self) -> None:
        name = self.panel.currentData().lower().replace(" ", "-").replace("_", "-")
        path, _ = QFileDialog.getSaveFileName(
            self, translate("export_dialog", "Export figure"), f"{name}.png", translate("export_dialog", FILTERS)
        )
        if path:
            self.save_to(path)


def _release(keep) -> None:
    """Let a panel drawn for one export go (its widget first, then its owner and controller)."""
    if keep is not None:
        widget, _ = keep
        widget.hide()
        widget.deleteLater()
