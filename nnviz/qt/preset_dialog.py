"""File › New from Preset: the shipped lessons in their suggested order, with a preview.

The order and the groups are :func:`nnviz.presets.lesson_groups` (plain data); this dialog only
draws them: a tree of numbered groups on the left, the chosen lesson's text rendered on the
right. Double-clicking a lesson or pressing *Open* accepts it. The comparison lessons come last,
in their own group: one opens in the Compare window with its setting, values and text.
"""

from __future__ import annotations

from typing import NamedTuple

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

from nnviz.presets import COMPARISON_GROUP, lesson_groups, preset_lesson, preset_title
from nnviz.qt.i18n import translate
from nnviz.session.compare import presets as comparisons

NAME_ROLE = Qt.ItemDataRole.UserRole
"""Where a lesson's item keeps its preset name (group items keep none)."""
COMPARISON_ROLE = Qt.ItemDataRole.UserRole + 1
"""True on a comparison lesson's item: it opens in the Compare window."""


class Chosen(NamedTuple):
    """What the picker chose: a preset, or (``comparison``) a comparison lesson, by name."""

    name: str
    comparison: bool = False


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

    @property
    def chosen_comparison(self) -> bool:
        """Whether the selected lesson is a comparison lesson (opened in the Compare window)."""
        item = self.tree.currentItem()
        return bool(item is not None and item.data(0, COMPARISON_ROLE))

    def select(self, name: str, comparison: bool = False) -> None:
        """Make the lesson ``name`` (a comparison lesson's if ``comparison``) current and preview it;
        unknown names change nothing."""
        for item in self._lesson_items():
            if item.data(0, NAME_ROLE) == name and bool(item.data(0, COMPARISON_ROLE)) == comparison:
                self.tree.setCurrentItem(item)
                self._show(item)
                return

    def _fill(self) -> None:
        groups = [(title, names, False) for title, names in lesson_groups()]
        groups.append((translate("Lessons", COMPARISON_GROUP), comparisons.comparison_names(), True))
        for number, (title, names, comparison) in enumerate(groups, start=1):
            if not names:
                continue
            group = QTreeWidgetItem(self.tree, [f"{number}. {title}"])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading, not a choice
            for name in names:
                shown = comparisons.comparison_text(name, "name") if comparison else preset_title(name)
                item = QTreeWidgetItem(group, [shown])
                item.setData(0, NAME_ROLE, name)
                item.setData(0, COMPARISON_ROLE, comparison)
                item.setToolTip(
                    0,
                    translate("preset_dialog", "{0}: opens in the Compare window").format(name)
                    if comparison
                    else name,
                )
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
        if item.data(0, COMPARISON_ROLE):
            hint = translate("preset_dialog", "Opens in the Compare window, with this setting and these values.")
            text = comparisons.comparison_text(name, "lesson")
            title = comparisons.comparison_text(name, "name")
            self.preview.setMarkdown(f"## {title}\n\n*{hint}*\n\n{text}\n\n`{comparisons.command(name)}`")
            return
        self.preview.setMarkdown(f"## {preset_title(name)}\n\n{preset_lesson(name)}\n\n`{name}`")

    def _on_tree_current_item_changed(self, current: QTreeWidgetItem | None, _previous) -> None:
        self._show(current)

    def _on_tree_item_double_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        name = item.data(0, NAME_ROLE)
        if name is not None:
            self.tree.setCurrentItem(item)
            self.accept()


def choose_preset(parent: QWidget | None = None, current: str | None = None) -> Chosen | None:
    """Show the picker modally; the chosen preset or comparison lesson, or ``None`` when cancelled."""
    dialog = PresetDialog(parent, current)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen is None:
        return None
    return Chosen(dialog.chosen, dialog.chosen_comparison)
