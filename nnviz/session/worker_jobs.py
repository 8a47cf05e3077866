"""The loop every job worker process runs (the comparison pool's and the landscape's): Ctrl+C left
to the window, freed memory kept for the next job, and each ``("job", payload)`` message handed on
until the parent says anything else or goes away."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from multiprocessing.connection import Connection


def jobs(fd: int) -> Iterator[tuple[Connection, object]]:
    """``(connection, payload)`` for each job sent down the socket ``fd``; ends when told to quit
    (any message but a job) or when the connection closes."""
    from nnviz.allocator import keep_freed_memory

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the parent's to handle
    keep_freed_memory()
    conn = Connection(fd)
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message[0] != "job":
            return
        yield conn, message[1]
