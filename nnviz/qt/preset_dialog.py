"""File › New from Preset: the shipped lessons in their suggested order, with a preview.

The order and the groups are :func:`nnviz.presets.lesson_groups` (plain data); this dialog only
draws them: a tree of numbered groups on the left, the chosen lesson's text rendered on the
right. Double-clicking a lesson or pressing *Open* accepts it. Lessons whose networks the app
does not draw yet (concat) are listed greyed, with the commands that run
them, and cannot be opened here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nnviz.presets import lesson_groups, preset_lesson, preset_title
from nnviz.qt.i18n import translate

NAME_ROLE = Qt.ItemDataRole.UserRole
"""Where a lesson's item keeps its preset name (group items keep none)."""


class PresetDialog(QDialog):
    """Pick a shipped lesson; :attr:`chosen` is its preset name once accepted."""

    def __init__(self, parent: QWidget | None = None, current: str | None = None):
        super().__init__(parent)
        self.setObjectName("preset_dialog")
        self.setWindowTitle(translate("preset_dialog", "New from preset"))
        self.tree = QTreeWidget()
        self.tree.setObjectName("preset_tree")
        self.tree.setHeaderHidden(True)
        self.tree.setToolTip(
            translate("preset_dialog", "The lessons in a suggested order; double-click one to open it")
        )
        self.preview = QTextBrowser()
        self.preview.setObjectName("preset_preview")
        self.preview.setOpenExternalLinks(True)
        buttons = QDialogButtonBox.StandardButton
        self.buttons = QDialogButtonBox(buttons.Open | buttons.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        splitter = QSplitter()
        splitter.addWidget(self.tree)
        splitter.addWidget(self.preview)
        splitter.setSizes([380, 480])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        layout.addWidget(self.buttons)
        self.resize(880, 520)
        self._fill()
        self.tree.currentItemChanged.connect(self._on_tree_current_item_changed)
        self.tree.itemDoubleClicked.connect(self._on_tree_item_double_clicked)
        self.select(current or self._first_name())

    @property
    def chosen(self) -> str | None:
        """The preset name of the selected lesson, ``None`` while a group is selected."""
        item = self.tree.currentItem()
        return item.data(0, NAME_ROLE) if item is not None else None

    def select(self, name: str) -> None:
        """Make the lesson ``name`` current (and preview it); unknown names change nothing."""
        for item in self._lesson_items():
            if item.data(0, NAME_ROLE) == name:
                self.tree.setCurrentItem(item)
                self._show(item)
                return

    def _fill(self) -> None:
        for number, (title, names) in enumerate(lesson_groups(), start=1):
            group = QTreeWidgetItem(self.tree, [f"{number}. {title}"])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading, not a choice
            for name in names:
                item = QTreeWidgetItem(group, [preset_title(name)])
                item.setData(0, NAME_ROLE, name)
                item.setToolTip(0, name)
        self.tree.expandAll()

    def _lesson_items(self) -> list[QTreeWidgetItem]:
        groups = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [g.child(j) for g in groups for j in range(g.childCount())]

    def _first_name(self) -> str:
        items = self._lesson_items()
        return items[0].data(0, NAME_ROLE) if items else ""

    def _show(self, item: QTreeWidgetItem | None) -> None:
        name = item.data(0, NAME_ROLE) if item is not None else None
        self.buttons.button(QDialogButtonBox.StandardButton.Open).setEnabled(name is not None)
        if name is None:
            self.preview.clear()
            return
        self.preview.setMarkdown(f"## {preset_title(name)}\n\n{preset_lesson(name)}\n\n`{name}`")

    def _on_tree_current_item_changed(self, current: QTreeWidgetItem | None, _previous) -> None:
        self._show(current)

    def _on_tree_item_double_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        name = item.data(0, NAME_ROLE)
        if name is not None:
            self.tree.setCurrentItem(item)
            self.accept()


def choose_preset(parent: QWidget | None = None, current: str | None = None) -> str | None:
    """Show the picker modally; the chosen preset name, or ``None`` when cancelled."""
    dialog = PresetDialog(parent, current)
    return dialog.chosen if dialog.exec() == QDialog.DialogCode.Accepted else None
