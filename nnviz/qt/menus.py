"""The menu bar and the toolbar: which action sits in which menu, the View menu's choices, and the
titles set again when the language changes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from nnviz import i18n
from nnviz.i18n import LANGUAGE_NAMES, LANGUAGES, QT_TRANSLATE_NOOP
from nnviz.qt import actions as A
from nnviz.qt.i18n import translate
from nnviz.qt.main_window import MainWindow
from nnviz.qt.network_canvas import LABELS, QUANTITIES, NetworkCanvas


class Menus:
    """Builds the window's menus and toolbar around its actions (``window.actions_by_id``)."""

    def __init__(self, window: MainWindow, canvas: NetworkCanvas, set_language: Callable[[str], None]):
        self.window, self.canvas, self._set_language = window, canvas, set_language
        self._translated: list[tuple] = []
        """(setter, context, English source) of every menu title and choice: set again on a language change."""
        self._build()

    def retranslate(self, lang: str) -> None:
        """Every menu title and choice in the language now installed, ``lang`` checked."""
        for setter, context, text in self._translated:
            setter(translate(context, text))
        for action in self.language_group.actions():
            action.setChecked(action.objectName() == f"language.{lang}")

    def _build(self) -> None:
        w, act = self.window, self.window.actions_by_id
        menu = w.menuBar()
        file_menu = self._menu(menu, QT_TRANSLATE_NOOP("Menus", "&File"))
        for key in (A.NEW_FROM_PRESET, A.OPEN):
            file_menu.addAction(act[key])
        self.recent_menu = self._menu(file_menu, QT_TRANSLATE_NOOP("Menus", "Open &Recent"))
        self.recent_menu.setObjectName("recent_menu")
        for key in (
            A.SAVE,
            A.SAVE_AS,
            None,
            A.EXPORT_FIGURE,
            A.EXPORT_WORKED_EXAMPLE,
            A.EXPORT_EXERCISE,
            A.EXPORT_FRAMES,
            None,
            A.QUIT,
        ):
            file_menu.addSeparator() if key is None else file_menu.addAction(act[key])
        edit_menu = self._menu(menu, QT_TRANSLATE_NOOP("Menus", "&Edit"))
        edit_menu.addAction(act[A.UNDO])
        edit_menu.addAction(act[A.REDO])
        exercise_menu = self._menu(menu, QT_TRANSLATE_NOOP("Menus", "E&xercise"))
        exercise_menu.addAction(act[A.EXERCISE_MODE])
        exercise_menu.addAction(act[A.LOAD_ANSWERS])
        exercise_menu.addAction(act[A.PASTE_ANSWERS])
        debug = self._menu(menu, QT_TRANSLATE_NOOP("Menus", "&Debug"))
        steps = (
            A.RUN,
            A.PAUSE,
            A.FASTEST,
            None,
            A.STEP_INTO,
            A.STEP_MAP,
            A.STEP_OVER,
            A.STEP_OUT,
            A.NEXT_ITERATION,
            A.NEXT_EPOCH,
            A.STEP_BACK,
            None,
            A.RESET,
            A.RANDOMIZE,
            None,
            A.COMPARE,
            A.WIDE_DEEP_ABLATION,
            A.LANDSCAPE,
        )
        for key in steps:
            debug.addSeparator() if key is None else debug.addAction(act[key])
        view = self._menu(menu, QT_TRANSLATE_NOOP("Menus", "&View"))
        view.addAction(act[A.FIT_VIEW])
        view.addAction(act[A.RESET_LAYOUT])
        self.edge_group = self._choice_menu(
            self._menu(view, QT_TRANSLATE_NOOP("Menus", "&Edges Show")),
            "edges_show",
            QUANTITIES,
            "auto",
            self.canvas.set_edge_quantity,
            {
                "auto": QT_TRANSLATE_NOOP("Menus", "Follow the Cursor"),
                "weight": QT_TRANSLATE_NOOP("Menus", "Weights w"),
                "gradient": QT_TRANSLATE_NOOP("Menus", "Gradients ∂L/∂w"),
                "update": QT_TRANSLATE_NOOP("Menus", "Updates Δw"),
            },
        )
        self.label_group = self._choice_menu(
            self._menu(view, QT_TRANSLATE_NOOP("Menus", "Number &Labels")),
            "number_labels",
            LABELS,
            "off",
            self.canvas.set_labels,
            {
                "off": QT_TRANSLATE_NOOP("Menus", "Unit Values Only"),
                "weights": QT_TRANSLATE_NOOP("Menus", "Weights"),
                "gradients": QT_TRANSLATE_NOOP("Menus", "Gradients"),
                "updates": QT_TRANSLATE_NOOP("Menus", "Updates Δw"),
                "activations": QT_TRANSLATE_NOOP("Menus", "Activations"),
                "none": QT_TRANSLATE_NOOP("Menus", "No Numbers (clean figure)"),
            },
        )
        view.addSeparator()
        view.addAction(act[A.PRESENTATION])
        view.addAction(act[A.DARK_THEME])
        self._language_menu(self._menu(view, QT_TRANSLATE_NOOP("Menus", "Lan&guage")))
        view.addSeparator()
        for dock in w.docks.values():
            view.addAction(dock.toggleViewAction())
        for key in (A.RUN, A.PAUSE, A.STEP_INTO, A.STEP_OVER, A.STEP_OUT, A.NEXT_ITERATION, A.STEP_BACK, A.RESET):
            w.toolbar.addAction(act[key])
        w.toolbar.addSeparator()
        w.toolbar.addWidget(w.speed)
        w.toolbar.addAction(act[A.FASTEST])

    def _menu(self, parent, title: str) -> QMenu:
        """A submenu whose title follows the language (``title`` is the English source)."""
        menu = parent.addMenu(translate("Menus", title))
        self._translated.append((menu.setTitle, "Menus", title))
        return menu

    def _language_menu(self, menu: QMenu) -> None:
        """View › Language: each language in its own words, the current one checked."""
        menu.setObjectName("language_menu")
        self.language_group = QActionGroup(menu)
        for lang in LANGUAGES:
            action = QAction(LANGUAGE_NAMES[lang], menu, checkable=True)
            action.setObjectName(f"language.{lang}")
            action.setChecked(lang == i18n.language())
            action.triggered.connect(lambda _=False, lang=lang: self._set_language(lang))
            self.language_group.addAction(action)
            menu.addAction(action)

    def _choice_menu(self, menu: QMenu, key: str, values, current: str, apply, texts: dict) -> QActionGroup:
        group = QActionGroup(menu)
        for value in values:
            text = texts.get(value, value)
            action = QAction(translate("Menus", text), menu, checkable=True)
            self._translated.append((action.setText, "Menus", text))
            action.setObjectName(f"{key}.{value}")
            action.setChecked(value == current)
            action.triggered.connect(lambda _=False, v=value: apply(v))
            group.addAction(action)
            menu.addAction(action)
        return group
