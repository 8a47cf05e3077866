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

- window → worker: ``("start", run, replica, language)`` trains ``replica``, the worker's text
  (a breakpoint's message) in the window's ``language`` (:func:`nnviz.i18n.language`);
  ``("progress", run, breakpoints, test_rise_epochs)`` asks for the progress
  (and brings the breakpoints, which the learner may change during a run);
  ``("halt", run)`` stops it; ``("quit",)``.
- worker → window: ``("progress", run, progress, final)``, ``final`` when the
  run is over (halted, or stopped at a breakpoint); ``("error", run, text)``
  (``run`` ``None`` when the message it could not read named it).

The worker's loop is :mod:`nnviz.session.training_worker`. The process is a
fresh interpreter running its ``serve_fd`` (forking a process with Qt's threads
is unsafe, and ``multiprocessing``'s spawn would run the caller's main script
again), started once and shared by every run (:func:`shared`).

Only installed code runs in it: the interpreter starts isolated (``-I``: no
current folder, no ``PYTHON*`` variables on the import path) and is given the
window's own import path less the current folder (:func:`worker_command`),
so a ``numpy.py`` lying in the folder where the app was started is never imported.
"""

from __future__ import annotations

import atexit
import json
import os
import pickle
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection

import nnviz
from nnviz import i18n
from nnviz.i18n import translate
from nnviz.session import replica_pickle
from nnviz.session.breakpoints import Breakpoints, Stop
from nnviz.session.workspace import RunProgress, Workspace

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
            raise _cannot_start(error) from None
        command = worker_command(theirs.fileno())
        try:
            process = subprocess.Popen(command, pass_fds=(theirs.fileno(),), stdin=subprocess.DEVNULL)
            conn = Connection(ours.detach())
        except Exception as error:  # OSError; on platforms without fd passing, others
            ours.close()
            raise _cannot_start(error) from None
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
            data = replica_pickle.dumps(("start", self._run + 1, workspace.replica(), i18n.language()))
        except Exception as error:  # PicklingError, or TypeError/AttributeError from an object inside
            raise ReplicaError(
                translate("TrainingProcess", "cannot send this experiment to the training process: {0}").format(
                    error
                )
            ) from None
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
                raise TrainingProcessError(
                    translate("TrainingProcess", "the training process did not answer within {0:g} s").format(
                        HALT_TIMEOUT_S
                    )
                )
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
            raise TrainingProcessError(
                translate("TrainingProcess", "training failed in the training process:\n{0}").format(message[2])
            )
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
            raise TrainingProcessError(
                translate("TrainingProcess", "the training process ended unexpectedly (exit code {0})").format(
                    code
                )
            )
        raise TrainingProcessError(
            translate("TrainingProcess", "lost the training process ({0}: {1})").format(
                type(error).__name__, error or "pipe closed"
            )
        )


def _cannot_start(error: Exception) -> TrainingProcessError:
    message = translate("TrainingProcess", "cannot start the training process: {0}")
    return TrainingProcessError(message.format(error))


_shared: TrainingProcess | None = None


def shared() -> TrainingProcess:
    """The app's training process (one per app process; stopped at exit)."""
    global _shared
    if _shared is None:
        _shared = TrainingProcess()
        atexit.register(_shared.close)
    return _shared


_BOOT = (
    "import sys, json; sys.path[:] = json.loads(sys.argv[2]); "
    "from {module} import serve_fd; serve_fd(int(sys.argv[1]))"
)


def worker_command(fd: int, module: str = "nnviz.session.training_worker") -> list[str]:
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
