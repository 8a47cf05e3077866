"""Training in a second process, so that the window draws while the network trains.

One process cannot both train at full speed and redraw 30 times a second: a
redraw of the whole window takes 11–17 ms, so on one core training gets about
half of each second. With a second process each gets a core. The window keeps
its :class:`~nnviz.session.workspace.Workspace`, the one the views read; the
worker gets a replica (:meth:`Workspace.replica`), trains it flat out, and on
request sends what it did since the last request (a
:class:`~nnviz.session.workspace.RunProgress`: the newest trace, the trainer
state, new snapshots, metric points and epoch records, a few kB), which the
window applies (:meth:`Workspace.apply_progress`). The window's workspace is
therefore always a state the worker passed through, bit for bit, and a pause
only has to bring it level with the worker's last one: nothing is handed back
wholesale and nothing is lost if the worker dies.

Messages (pickled, over a pipe), each naming its run so that late replies to an
ended run are ignored:

- window → worker: ``("start", run, replica)`` trains ``replica``;
  ``("progress", run, breakpoints, test_rise_epochs)`` asks for the progress
  (and brings the breakpoints, which the learner may change during a run);
  ``("halt", run)`` stops it; ``("quit",)``.
- worker → window: ``("progress", run, progress, final)``, ``final`` when the
  run is over (halted, or stopped at a breakpoint); ``("error", run, text)``
  (``run`` ``None`` when the message it could not read named it).

The worker trains in chunks of about :data:`CHUNK_S` and reads messages
between them, so it answers within a chunk. It pickles each reply itself and
a thread writes it to the pipe, so a reply the window has not read yet never
holds training up. The process is a fresh interpreter running
:func:`serve_fd` (forking a process with Qt's
threads is unsafe, and ``multiprocessing``'s spawn would run the caller's
main script again), started once and shared by every run (:func:`shared`).

Only installed code runs in it: the interpreter starts isolated (``-I``: no
current folder, no ``PYTHON*`` variables on the import path) and is given the
window's own import path less the current folder (:func:`worker_command`),
so a ``numpy.py`` lying in the folder where the app was started is never imported.
"""

from __future__ import annotations

import atexit
import gc
import json
import os
import pickle
import queue
import signal
import socket
import subprocess
import sys
import threading
import time
import traceback
from dataclasses import dataclass
from multiprocessing.connection import Connection

import nnviz
from nnviz.session.breakpoints import Breakpoints, Stop
from nnviz.session.workspace import RunProgress, Workspace

CHUNK_S = 0.002
"""The worker reads its messages after about this much training."""
SNAPSHOT_EVERY = 32
"""Progress carries the rewind snapshots (about half its bytes) every this many replies (about a
second at 30 a second) and in the last one: only rewinding needs them."""
HALT_TIMEOUT_S = 10.0
"""How long a pause waits for the worker's last progress before giving it up for dead."""
_clock = time.perf_counter


class TrainingProcessError(RuntimeError):
    """The training process failed (it died, or training raised); the message says how."""


class ReplicaError(TrainingProcessError):
    """A workspace could not be sent to the training process (it does not pickle); the process is fine."""


@dataclass(frozen=True)
class Collected:
    """What :meth:`TrainingProcess.collect` applied: whether anything, and how the run ended
    (``over``; ``stop`` is the breakpoint it stopped at, if any)."""

    moved: bool
    over: bool
    stop: Stop | None


class TrainingProcess:
    """The window's side: a worker process that trains one workspace replica at a time."""

    def __init__(self):
        self._process = None
        self._conn = None
        self._run = 0
        self.active = False
        """A run is going on in the worker (started, not yet over)."""
        self._owner: Workspace | None = None
        """The workspace the current run reports to."""
        self._asked = False
        """A progress request of the current run awaits its reply."""

    # -- the process -------------------------------------------------------------------------
    def start(self) -> None:
        """Start the worker process if it is not running (it boots in the background);
        raises :class:`TrainingProcessError` if it cannot be started."""
        if self._process is not None and self._process.poll() is None:
            return
        self.close()
        try:
            ours, theirs = socket.socketpair()
        except OSError as error:
            raise TrainingProcessError(f"cannot start the training process: {error}") from None
        command = worker_command(theirs.fileno())
        try:
            process = subprocess.Popen(command, pass_fds=(theirs.fileno(),), stdin=subprocess.DEVNULL)
            conn = Connection(ours.detach())
        except Exception as error:  # OSError; on platforms without fd passing, others
            ours.close()
            raise TrainingProcessError(f"cannot start the training process: {error}") from None
        finally:
            theirs.close()
        self._process, self._conn = process, conn

    def close(self) -> None:
        """Stop the worker process (a run in it ends without its last progress)."""
        self.active, self._owner = False, None
        process, conn, self._process, self._conn = self._process, self._conn, None, None
        if conn is not None:
            try:
                conn.send(("quit",))
            except OSError:
                pass
            conn.close()
        if process is not None:
            try:
                process.wait(1.0)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(1.0)

    # -- a run -------------------------------------------------------------------------------
    def begin(self, workspace: Workspace) -> None:
        """Train a replica of ``workspace`` in the worker; :meth:`collect` applies its progress.

        A run for another workspace ends without its last progress. Raises
        :class:`ReplicaError` if the workspace does not pickle (nothing else changes),
        :class:`TrainingProcessError` if the process cannot start.
        """
        try:
            data = pickle.dumps(("start", self._run + 1, workspace.replica()), protocol=pickle.HIGHEST_PROTOCOL)
        except Exception as error:  # PicklingError, or TypeError/AttributeError from an object inside
            raise ReplicaError(f"cannot send this experiment to the training process: {error}") from None
        self.start()
        if self.active:
            self._send(("halt", self._run))  # its reply is ignored: the run number moves on
        self._run += 1
        self._send_bytes(data)
        self.active, self._asked, self._owner = True, False, workspace

    def runs_for(self, workspace: Workspace) -> bool:
        """Whether a run reporting to ``workspace`` is going on."""
        return self.active and self._owner is workspace

    def request(self, breakpoints: Breakpoints, test_rise_epochs: int | None) -> None:
        """Ask for the run's progress, unless a request is already waiting for its reply."""
        if self.active and not self._asked:
            self._send(("progress", self._run, breakpoints, test_rise_epochs))
            self._asked = True

    def collect(self, workspace: Workspace, wait: float = 0.0) -> Collected:
        """Apply to ``workspace`` every reply that has arrived (waiting up to ``wait`` s for the
        first); raises :class:`TrainingProcessError` if the worker failed, or if a run for
        another workspace replaced this one's."""
        if self.active and self._owner is not workspace:
            raise TrainingProcessError("the training process was given another network to train")
        moved, stop = False, None
        while self.active and self._poll(wait):
            wait = 0.0
            progress, final = self._receive()
            if progress is None:
                continue
            workspace.apply_progress(progress)
            moved = True
            if final:
                self.active, stop = False, progress.stop
            else:
                self._asked = False
        return Collected(moved, not self.active, stop)

    def halt(self, workspace: Workspace) -> Collected:
        """End the run, ``workspace`` level with the worker's last state: whether it moved, and the
        breakpoint it stopped at if it got there first (nothing for a run of another workspace).

        Raises :class:`TrainingProcessError` if the worker does not answer within
        :data:`HALT_TIMEOUT_S` (it is then stopped) or failed.
        """
        if not self.runs_for(workspace):
            return Collected(False, True, None)
        self._send(("halt", self._run))
        moved, stop = False, None
        deadline = _clock() + HALT_TIMEOUT_S
        while self.active:
            left = deadline - _clock()
            if left <= 0:
                self.close()
                raise TrainingProcessError(f"the training process did not answer within {HALT_TIMEOUT_S:g} s")
            collected = self.collect(workspace, wait=left)
            moved, stop = moved or collected.moved, collected.stop or stop
        return Collected(moved, True, stop)

    # -- the pipe ----------------------------------------------------------------------------
    def _send(self, message: tuple) -> None:
        self._send_bytes(pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL))

    def _send_bytes(self, data: bytes) -> None:
        try:
            self._connection().send_bytes(data)
        except OSError as error:
            self._lost(error)

    def _poll(self, wait: float) -> bool:
        try:
            return self._connection().poll(wait)
        except OSError as error:
            self._lost(error)

    def _connection(self) -> Connection:
        if self._conn is None:
            self._lost(ConnectionError("not started"))
        return self._conn

    def _receive(self) -> tuple[RunProgress | None, bool]:
        """The next reply as ``(progress, final)``; ``(None, False)`` for a reply to an ended run."""
        try:
            message = self._conn.recv()
        except (EOFError, OSError) as error:
            self._lost(error)
        if message[1] is not None and message[1] != self._run:
            return None, False
        if message[0] == "error":
            self.active = False
            raise TrainingProcessError(f"training failed in the training process:\n{message[2]}")
        return message[2], message[3]

    def _lost(self, error: Exception):
        """The pipe failed: stop what is left of the process and say what happened."""
        process = self._process
        if process is not None:
            try:
                process.wait(0.2)
            except subprocess.TimeoutExpired:
                pass
        code = None if process is None else process.poll()
        self.close()
        if code is not None:
            raise TrainingProcessError(f"the training process ended unexpectedly (exit code {code})")
        raise TrainingProcessError(f"lost the training process ({type(error).__name__}: {error or 'pipe closed'})")


_shared: TrainingProcess | None = None


def shared() -> TrainingProcess:
    """The app's training process (one per app process; stopped at exit)."""
    global _shared
    if _shared is None:
        _shared = TrainingProcess()
        atexit.register(_shared.close)
    return _shared


# -- the worker ---------------------------------------------------------------------------------


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
        # Pickled here, while nothing changes the objects; written by the writer thread.
        self.outbox.put(pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL))

    def _write(self) -> None:
        while (data := self.outbox.get()) is not None:
            try:
                self.conn.send_bytes(data)
            except OSError:
                return


_BOOT = (
    "import sys, json; sys.path[:] = json.loads(sys.argv[2]); "
    "from {module} import serve_fd; serve_fd(int(sys.argv[1]))"
)


def worker_command(fd: int, module: str = "nnviz.session.training_process") -> list[str]:
    """The command line of a worker serving the socket ``fd`` with ``module``'s ``serve_fd``: an
    isolated interpreter whose import path is this process's, less the current folder (``''`` or
    its full path). Comparison runs (:mod:`nnviz.session.compare.pool`) start theirs with it too.

    The folder holding the running ``nnviz`` comes last if it was left out (a source checkout
    that is also the current folder), so installed packages come before anything beside it.
    """
    here = os.path.realpath(os.getcwd())
    path = [p for p in sys.path if p and os.path.realpath(p) != here]
    package_root = os.path.dirname(os.path.dirname(os.path.abspath(nnviz.__file__)))
    if package_root not in path:
        path.append(package_root)
    return [sys.executable, "-I", "-c", _BOOT.format(module=module), str(fd), json.dumps(path)]


def serve_fd(fd: int) -> None:
    """The worker's entry point (see :data:`_BOOT`)."""
    serve(Connection(fd))
