"""The training process's side of a live run: train the workspace replica the window sends and
answer its requests (see :mod:`nnviz.session.training_process` for the messages).

The worker trains in chunks of about :data:`CHUNK_S` and reads messages
between them, so it answers within a chunk. It pickles each reply itself and
writes it to the socket when the socket can take it at once (the window asks
for the next reply only after reading the last, so the socket is empty then);
a larger reply goes to a writer thread, so a reply the window has not read yet
never holds training up. The thread is not the rule because it costs: each of
its writes takes Python's lock from the training loop, and with a thread
writing every reply the worker trained 2-4-2-1 at 0.86–0.88× the speed of the
same loop writing them itself (0.95×), in one A/B run of each.
"""

from __future__ import annotations

import gc
import os
import pickle
import queue
import signal
import socket
import threading
import time
import traceback
from multiprocessing.connection import Connection

from nnviz.session.breakpoints import Stop
from nnviz.session.workspace import Workspace

_clock = time.perf_counter

CHUNK_S = 0.002
"""The worker reads its messages after about this much training."""
SNAPSHOT_EVERY = 32
"""Progress carries the rewind snapshots (about half its bytes) every this many replies (about a
second at 30 a second) and in the last one: only rewinding needs them."""
DIRECT_BYTES = 128 << 10
"""A reply up to this size (and half the socket's send buffer) is written by the training loop itself."""


def serve(conn: Connection) -> None:
    """The worker process: train what the window sends until it says quit or goes away."""
    from nnviz.allocator import keep_freed_memory

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the window's to handle
    keep_freed_memory()
    Worker(conn).serve()


class Worker:
    """The worker's loop: one run at a time, messages read between chunks of training."""

    def __init__(self, conn):
        self.conn = conn
        self.outbox: queue.Queue[bytes | None] = queue.Queue()
        self.workspace: Workspace | None = None
        self.run = 0
        self.active = False
        self.chunk = 1
        self.replies = 0
        self.direct_bytes = direct_limit(conn)
        """Replies up to this size are written at once, the rest by the writer thread (see the module)."""
        threading.Thread(target=self._write, name="nnviz progress writer", daemon=True).start()

    def serve(self) -> None:
        while True:
            if not self.active or self.conn.poll():
                try:
                    data = self.conn.recv_bytes()
                except (EOFError, OSError):
                    break
                try:
                    message = pickle.loads(data)
                    if message[0] == "quit":
                        break
                    self._handle(message)
                except Exception:
                    self._failed(None)
            else:
                self._train()
        self.outbox.put(None)

    def _handle(self, message: tuple) -> None:
        kind, run = message[0], message[1]
        if kind == "start":
            gc.unfreeze()
            self.run, self.workspace, self.active, self.chunk = run, message[2], True, 1
            self.workspace.take_progress()  # level with the window's copy from here on
            gc.freeze()  # the replica is long-lived: keep it out of the collector's passes
        elif run != self.run or not self.active:
            return  # a late message for a run that is over
        elif kind == "progress":
            self.workspace.stepper.breakpoints, self.workspace.test_rise_epochs = message[2], message[3]
            self._reply(final=False)
        elif kind == "halt":
            self._reply(final=True)

    def _train(self) -> None:
        start = _clock()
        try:
            stop = self.workspace.run(self.chunk)
        except Exception:
            self._failed(self.run)
            return
        if stop is not None:
            self._reply(final=True, stop=stop)
            return
        elapsed = _clock() - start
        if elapsed > 0:
            self.chunk = max(1, min(4 * self.chunk, round(self.chunk * CHUNK_S / elapsed)))

    def _failed(self, run: int | None) -> None:
        """Training, a reply or reading a message raised: the run is over, and the window gets the
        traceback (``run`` ``None``: the message was unreadable, so it concerns the newest run)."""
        self.active = False
        self._post(("error", run, traceback.format_exc()))

    def _reply(self, *, final: bool, stop: Stop | None = None) -> None:
        if final:
            self.active = False
        self.replies += 1
        snapshots = final or self.replies % SNAPSHOT_EVERY == 0
        progress = self.workspace.take_progress(stop, snapshots=snapshots)
        self._post(("progress", self.run, progress, final))

    def _post(self, message: tuple) -> None:
        # Pickled here, while nothing changes the objects; in order behind anything the thread still writes.
        data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
        if len(data) > self.direct_bytes or self.outbox.unfinished_tasks:
            self.outbox.put(data)
            return
        try:
            self.conn.send_bytes(data)
        except OSError:
            pass  # the window went away: the next read of the loop ends it

    def _write(self) -> None:
        while (data := self.outbox.get()) is not None:
            try:
                self.conn.send_bytes(data)
            except OSError:
                return
            self.outbox.task_done()


def direct_limit(conn: Connection) -> int:
    """How large a reply the worker writes itself on ``conn``: :data:`DIRECT_BYTES`, or half the socket's send
    buffer if that is smaller (on macOS it is 8 KiB), 0 if it cannot be read."""
    try:
        with socket.socket(fileno=os.dup(conn.fileno())) as sock:
            return min(DIRECT_BYTES, sock.getsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF) // 2)
    except (OSError, ValueError):
        return 0


def serve_fd(fd: int) -> None:
    """The worker's entry point (see :data:`_BOOT`)."""
    serve(Connection(fd))
