"""The training process's side of a live run: train the workspace replica the window sends and
answer its requests (see :mod:`nnviz.session.training_process` for the messages).

The worker trains in chunks of about :data:`CHUNK_S` and reads messages
between them, so it answers within a chunk. It pickles each reply itself and
offers it to the socket without waiting (``MSG_DONTWAIT``); whatever the socket
does not take at once, and any reply larger than :data:`DIRECT_BYTES`, a writer
thread writes, after everything queued before it. So a reply the window has
not read yet never holds training up: the window may be busy, or itself
blocked sending a large replica to this worker (a run for another workspace
starts while this one's replies are unread), which would otherwise be a
deadlock. The thread is not the rule because it costs: each of its writes
takes Python's lock from the training loop, and with a thread writing every
reply the worker trained 2-4-2-1 at 0.86–0.88× the speed of the same loop
writing them itself (0.95×), in one A/B run of each.
"""

from __future__ import annotations

import gc
import os
import pickle
import queue
import signal
import socket
import struct
import threading
import time
import traceback
from multiprocessing.connection import Connection

from nnviz.i18n import set_language
from nnviz.session.breakpoints import Stop
from nnviz.session.workspace import Workspace

_clock = time.perf_counter

CHUNK_S = 0.002
"""The worker reads its messages after about this much training."""
SNAPSHOT_EVERY = 32
"""Progress carries the rewind snapshots (about half its bytes) every this many replies (about a
second at 30 a second) and in the last one: only rewinding needs them."""
DIRECT_BYTES = 128 << 10
"""A reply up to this size is offered to the socket by the training loop itself (larger ones are the
writer thread's: framing them would copy them)."""
_DONTWAIT = getattr(socket, "MSG_DONTWAIT", 0)


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
        self.outbox: queue.Queue[tuple[bool, bytes] | None] = queue.Queue()
        """``(raw, data)``: a whole message (``raw`` false) or the rest of one the loop began (true)."""
        self.workspace: Workspace | None = None
        self.run = 0
        self.active = False
        self.chunk = 1
        self.replies = 0
        self.sock = socket_of(conn)
        """``conn``'s socket for writes that do not wait (``None``: every reply goes to the writer thread)."""
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
            set_language(message[3])  # a breakpoint's message is read in the window
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
        if self.sock is None or len(data) > DIRECT_BYTES or self.outbox.unfinished_tasks:
            self.outbox.put((False, data))
            return
        frame = struct.pack("!i", len(data)) + data  # as Connection.send_bytes frames it
        try:
            sent = self.sock.send(frame, _DONTWAIT)
        except BlockingIOError:
            sent = 0
        except OSError:
            return  # the window went away: the next read of the loop ends it
        if sent < len(frame):
            self.outbox.put((True, frame[sent:]))  # the socket is full: never wait for the window here

    def _write(self) -> None:
        try:
            while (item := self.outbox.get()) is not None:
                raw, data = item
                try:
                    if raw:
                        self.sock.sendall(data)
                    else:
                        self.conn.send_bytes(data)
                except OSError:
                    return  # unfinished for good: later replies queue up, and the loop ends at its next read
                self.outbox.task_done()
        finally:
            if self.sock is not None:
                self.sock.close()


def socket_of(conn: Connection) -> socket.socket | None:
    """A socket on ``conn``'s own (duplicated) descriptor, to write without waiting; ``None`` if ``conn``
    is not a socket or the platform cannot write without waiting."""
    if not _DONTWAIT:
        return None
    try:
        fd = os.dup(conn.fileno())
    except OSError:
        return None
    try:
        sock = socket.socket(fileno=fd)
    except OSError:  # not a socket
        os.close(fd)
        return None
    if sock.type != socket.SOCK_STREAM:
        sock.close()
        return None
    return sock


def serve_fd(fd: int) -> None:
    """The worker's entry point (see :func:`nnviz.session.training_process.worker_command`)."""
    serve(Connection(fd))
