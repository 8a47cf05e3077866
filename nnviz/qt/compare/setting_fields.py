"""The Compare window's choice of what to vary: a suggested setting by its name — "hidden units,
layer 1" — with its JSON path in the list's second column and the tooltip, or any JSON path
typed in its place; and the values as people write them (``l2 λ=0.001``, a lesson's labels).

The suggestions are :func:`nnviz.session.compare.suggest.suggestions`; the values are read by
:func:`nnviz.session.compare.vary.parse_vary`, given the names of a lesson's values.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QLineEdit, QTreeView

from nnviz.core.experiment import Experiment
from nnviz.qt.i18n import translate
from nnviz.session.compare.suggest import suggestions
from nnviz.session.compare.value_text import values_text
from nnviz.session.compare.vary import Vary, parse_vary

PATH_ROLE = Qt.ItemDataRole.UserRole
"""Where a suggestion's name keeps its JSON path."""
VALUES_ROLE = Qt.ItemDataRole.UserRole + 1
"""Where a suggestion's name keeps the values its field starts with."""


class SettingFields:
    """``setting`` (an editable combo box of named suggestions) and ``values`` (a line edit)."""

    def __init__(self, experiment: Experiment):
        self.experiment = experiment
        self.setting = QComboBox(objectName="compare_setting", editable=True)
        self.setting.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)  # a typed path is not a new name
        self.model = QStandardItemModel(0, 2, self.setting)
        view = QTreeView()
        view.setHeaderHidden(True)
        view.setRootIsDecorated(False)
        view.setAllColumnsShowFocus(True)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.setting.setModel(self.model)
        self.setting.setView(view)
        for label, path, values in suggestions(experiment):
            self.add(label, path, values)
        self.setting.setMinimumContentsLength(22)
        self.values = QLineEdit(objectName="compare_values")
        self.names: dict = {}
        """A lesson's value labels → its values, read back while the path is the lesson's."""
        self.names_path = ""
        self.lesson_label: tuple[int, Callable[[], str]] | None = None
        """The row :meth:`set_vary` added for a lesson's setting, and how its name is made."""
        self.setting.currentIndexChanged.connect(self._on_setting_current_index_changed)
        self._on_setting_current_index_changed(self.setting.currentIndex())
        self._tooltips()

    def retranslate(self) -> None:
        """The suggestions' names and the tooltips in the language installed now (the values typed stay)."""
        for row, (label, _path, _values) in enumerate(suggestions(self.experiment)):
            self.model.item(row, 0).setText(label)
        if self.lesson_label is not None:
            row, make = self.lesson_label
            self.model.item(row, 0).setText(make())
        self._tooltips()

    def _tooltips(self) -> None:
        self.values.setToolTip(
            translate(
                "Compare",
                "The values, separated by commas: numbers, names such as mse, a regularization as l2 λ=0.001, "
                "or JSON",
            )
        )
        self._setting_tooltip(self.setting.currentIndex())

    def add(self, label: str, path: str, values: str) -> int:
        """Offer ``label`` (varying ``path``, starting from ``values``); its row."""
        name = QStandardItem(label)
        name.setData(path, PATH_ROLE)
        name.setData(values, VALUES_ROLE)
        name.setToolTip(path)
        where = QStandardItem(path)
        where.setToolTip(path)
        view = self.setting.view()
        where.setForeground(view.palette().color(QPalette.ColorRole.PlaceholderText))  # the name comes first
        self.model.appendRow([name, where])
        view.setMinimumWidth(sum(view.sizeHintForColumn(c) for c in range(2)) + 24)
        return self.model.rowCount() - 1

    def path(self) -> str:
        """The JSON path to vary: the chosen suggestion's, or the text typed in its place."""
        text = self.setting.currentText().strip()
        for row in range(self.model.rowCount()):
            item = self.model.item(row, 0)
            if item.text() == text:
                return item.data(PATH_ROLE)
        return text

    def vary(self) -> Vary:
        """The setting and values chosen; ``ExperimentError`` names a bad path or value."""
        path = self.path()
        names = self.names if path == self.names_path else None
        return parse_vary(f"{path}={self.values.text()}", names)

    def set_vary(self, vary: Vary, label: Callable[[], str]) -> None:
        """Choose ``vary`` (a lesson's): its suggestion if there is one, else a row named ``label()``
        (in each language); its values written as people read them, its labels read back as its values."""
        rows = [r for r in range(self.model.rowCount()) if self.model.item(r, 0).data(PATH_ROLE) == vary.text]
        text = values_text(vary.path, vary.values, vary.labels)
        if rows:
            row = rows[0]
        else:
            row = self.add(label(), vary.text, text)
            self.lesson_label = (row, label)
        self.names = dict(zip(vary.labels, vary.values))
        self.names_path = vary.text
        self.setting.setCurrentIndex(row)
        self._on_setting_current_index_changed(row)  # the same row again sets no values
        self.values.setText(text)

    def _on_setting_current_index_changed(self, row: int) -> None:
        item = self.model.item(row, 0) if row >= 0 else None
        if item is not None:
            self.values.setText(item.data(VALUES_ROLE))
        self._setting_tooltip(row)

    def _setting_tooltip(self, row: int) -> None:
        item = self.model.item(row, 0) if row >= 0 else None
        general = translate("Compare", "The setting to vary; type any JSON path of the experiment file instead")
        self.setting.setToolTip(general if item is None else f"{item.data(PATH_ROLE)}\n{general}")
