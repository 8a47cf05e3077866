"""Writing a file so that a failed or interrupted write loses nothing.

The text goes to a new temporary file beside the target — created exclusively,
with an unpredictable name, so a symlink or file planted there is never
followed or overwritten — and is then renamed over the target in one step. A target
that is a device, pipe, socket or folder (or a link to one) is refused, never replaced.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from pathlib import Path


def write_atomically(path: Path, data: bytes) -> None:
    """Replace ``path`` by ``data``; on any error the old file (if any) is untouched.

    The new file keeps an existing target's permissions, else gets the usual
    ones for a new file (``0o666`` less the umask). Raises ``OSError``.
    """
    path = Path(path)
    _refuse_special(path)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.chmod(tmp, _mode_for(path))
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def write_text_atomically(path: Path, text: str) -> None:
    """:func:`write_atomically` of ``text`` in UTF-8."""
    write_atomically(path, text.encode("utf-8"))


def _refuse_special(path: Path) -> None:
    """An existing target that is (or links to) a device, pipe, socket or folder is never replaced:
    as root, ``--out /dev/full`` or ``/dev/stdout`` would turn the device or link into a file."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return  # nothing there (or a dangling link): a new file
    if not stat.S_ISREG(mode):
        raise OSError(errno.EPERM, "not a regular file; only a file is replaced", str(path))


def _mode_for(path: Path) -> int:
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
