"""A clear message when Qt cannot start its platform plugin, instead of a bare abort.

On a minimal Linux the window's platform plugin (xcb) needs three X libraries
that PySide6 does not bring. Qt then reports a fatal error and aborts inside
``QApplication()``; :func:`platform_failure_explained` turns that into one
message naming the packages, and exit code 1.
"""

from __future__ import annotations

import os
import sys
from contextlib import contextmanager

XCB_PACKAGES = "libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1"
HELP = (
    "nnviz: the window cannot open: Qt could not start a platform plugin ({detail}).\n"
    f"On Debian or Ubuntu the window needs X libraries PySide6 does not bring: "
    f"sudo apt-get install {XCB_PACKAGES}\n"
    "Without a display, `nnviz shot` still renders every panel to a file.\n"
)


@contextmanager
def platform_failure_explained():
    """Around the creation of the ``QApplication``: a platform-plugin failure prints :data:`HELP`
    and exits with code 1; every other Qt message goes to stderr as before."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    first_problem: list[str] = []

    def handler(mode, context, message: str) -> None:
        if mode == QtMsgType.QtFatalMsg and "platform plugin" in message:
            detail = first_problem[0] if first_problem else message.splitlines()[0]
            sys.stderr.write(HELP.format(detail=detail))
            sys.stderr.flush()
            os._exit(1)  # Qt aborts after a fatal message; leave first, with the message said
        if "platform plugin" in message and not first_problem:
            first_problem.append(message.splitlines()[0])
        sys.stderr.write(f"{message}\n")

    previous = qInstallMessageHandler(handler)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)
