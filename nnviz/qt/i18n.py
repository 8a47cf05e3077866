"""The window's language: Qt translators for nnviz's own ``.qm`` and Qt's ``qtbase``.

:func:`install_language` swaps the application's translators and tells the Qt-free
:mod:`nnviz.i18n` the same language, so text made in the session (step labels, chain-rule
sentences) and text made in the widgets speak one language. The choice is remembered in
``QSettings`` (key ``language``); on a first start the system locale decides.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from nnviz import i18n

SETTINGS_KEY = "language"
_installed: list[QTranslator] = []


def translate(context: str, text: str) -> str:
    """``text`` through Qt's translators (the name is the one ``pyside6-lupdate`` collects)."""
    return QCoreApplication.translate(context, text)


def install_language(lang: str) -> None:
    """Translate the application into ``lang`` (``en``, ``zh_CN``, ``zh_TW``) from now on.

    Numbers keep ``.`` as the decimal point: the default ``QLocale`` stays C, so spin boxes and
    number formatting are the same in every language."""
    i18n.set_language(lang)
    QLocale.setDefault(QLocale.c())
    app = QCoreApplication.instance()
    if app is None:
        return
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if lang == i18n.ENGLISH:
        return
    own = QTranslator(app)
    if own.load(f"nnviz_{lang}", str(i18n.translations_dir())):
        _installed.append(own)
    elif (i18n.translations_dir() / f"nnviz_{lang}.qm").is_file():  # there, but unreadable
        print(
            f"nnviz: warning: nnviz_{lang}.qm: cannot read the translations; the window stays in English",
            file=sys.stderr,
        )
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _installed.append(qt)
    for translator in _installed:
        app.installTranslator(translator)


def remembered_language(settings: QSettings) -> str:
    """The language chosen last time, else the system locale's."""
    value = settings.value(SETTINGS_KEY)
    return i18n.normalize(str(value)) if value else i18n.system_language()
