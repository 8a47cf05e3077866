"""Texts a tool window shows, kept as *how to make them*, so that a language switch made live
(View › Language, :meth:`nnviz.qt.app.App.set_language`) makes every one again in the new
language while the window stays open, with its state (a finished comparison, a computed
landscape, the epoch chosen) untouched.

A window writes each label, button, tooltip, title or message through :meth:`LiveTexts.show`
with a function returning the text (a ``translate("Context", "English")`` call, so that
``pyside6-lupdate`` still collects it); :meth:`LiveTexts.again` calls them all again. The App
finds the open tool windows with :func:`retranslate_windows`.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable

from PySide6.QtWidgets import QComboBox, QWidget

Setter = Callable[[str], object]


class LiveTexts:
    """The texts of one window: a setter (``label.setText``, ``button.setToolTip``…) and what it shows."""

    def __init__(self) -> None:
        self._made: dict[Hashable, tuple[Setter, Callable[[], str]]] = {}

    def show(self, setter: Setter, make: Callable[[], str], key: Hashable | None = None) -> None:
        """Show ``make()`` through ``setter`` now and after every :meth:`again`. A later text for the
        same setter (or ``key``, for setters made on the fly such as a combo box item's) replaces it."""
        self._made[setter if key is None else key] = (setter, make)
        setter(make())

    def show_items(self, combo: QComboBox, items: Iterable[tuple[object, Callable[[], str]]]) -> None:
        """Add an item to ``combo`` for each ``(data, make)``, its text ``make()`` now and after every
        :meth:`again` (an empty ``combo`` forgets the texts of the items it had)."""
        if combo.count() == 0:
            self._made = {k: v for k, v in self._made.items() if not (isinstance(k, tuple) and k[0] is combo)}
        for row, (data, make) in enumerate(items, combo.count()):
            combo.addItem("", data)
            self.show(lambda text, row=row: combo.setItemText(row, text), make, key=(combo, row))

    def forget(self, owner: object) -> None:
        """Drop the texts shown through ``owner``'s setters (a widget about to be deleted)."""
        self._made = {
            key: (setter, make)
            for key, (setter, make) in self._made.items()
            if getattr(setter, "__self__", None) is not owner
        }

    def again(self) -> None:
        """Make every text again (in the language installed now)."""
        for setter, make in list(self._made.values()):
            setter(make())


class Retranslated:
    """A tool window whose texts are :class:`LiveTexts` (mixed into a ``QWidget``); a subclass with
    texts no :class:`LiveTexts` can hold (a figure, a table made in the session) extends
    :meth:`retranslate`."""

    texts: LiveTexts

    def retranslate(self) -> None:
        """Every text the window shows, in the language installed now."""
        self.texts.again()


def retranslate_windows(parent: QWidget) -> int:
    """Retranslate every open :class:`Retranslated` window under ``parent`` (a tool window's own
    tool windows too: Compare's Shared Landscape); how many."""
    windows = [w for w in parent.findChildren(QWidget) if isinstance(w, Retranslated) and w.isWindow()]
    for window in windows:
        window.retranslate()
    return len(windows)
