"""A loss landscape computed in a worker process, with progress and cancel, and remembered.

The window (:mod:`nnviz.qt.landscape_window`) packs what a landscape needs into a
:class:`LandscapeJob` — a copy of the trainer and the rewind snapshot its path replays from,
the iteration's mini-batch and parameters, the view — and hands it to a :class:`LandscapeWorker`:
an isolated interpreter like the live run's and the comparison's
(:func:`~nnviz.session.training_process.worker_command`), kept for the window's life and fed one
job at a time over a socket pair:

- window → worker: ``("job", job)``; ``("quit",)``.
- worker → window: ``("progress", fraction)`` at most every :data:`PROGRESS_S`;
  ``("done", landscape, plane)``; ``("error", message)``.

:meth:`LandscapeWorker.poll` never blocks (the window calls it from a timer);
:meth:`LandscapeWorker.cancel` kills the worker (the next job starts a fresh one). If no
process can start, the job runs in a thread of the caller's process instead.
:func:`cache_key` names a result by the state (a digest of the parameters and mini-batch), the
view and the grid, so asking again for the same landscape needs no work.
"""

from __future__ import annotations

import hashlib
import socket
import subprocess
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait

import numpy as np

from nnviz.core.landscape import Coordinate, Landscape, landscape
from nnviz.core.landscape_plane import Plane, line_plane, pca_plane, plane_landscape, random_plane
from nnviz.session import replica_pickle
from nnviz.session.worker_jobs import jobs

PROGRESS_S = 0.05
"""The worker reports its progress at most this often."""
MAX_PATH = 2000
"""The path keeps at most this many of the remembered states (the latest)."""


@dataclass
class LandscapeJob:
    """Everything a landscape at the end of ``iteration`` needs. ``trainer`` is a copy restored to
    ``state`` (the rewind snapshot at or before ``start``) and replayed to give the path: the
    parameters at the start of iterations ``start + 1 … iteration``, then ``params`` (those the
    iteration's forward pass used, on the mini-batch ``x``, ``t``). ``view`` is ``parameters``
    (``coordinates`` are the axes) or a plane kind (``random``, ``pca``, ``line``)."""

    trainer: object
    state: object
    start: int
    iteration: int
    params: list[np.ndarray]
    x: np.ndarray
    t: np.ndarray
    view: str
    coordinates: tuple[Coordinate, Coordinate] | None
    seed: int = 0
    n: int = 41
    zoom: float = 1.0
    """The grid's half-width as a multiple of the view's default."""


def make_plane(kind: str, params: list, path: list, seed: int) -> Plane:
    """The plane of ``kind`` through ``params`` for the run's ``path``; ``ValueError`` says why it
    cannot be made (a path too short, parameters that did not move)."""
    if kind == "random":
        return random_plane(params, seed)
    if kind == "pca":
        return pca_plane(path, params)
    return line_plane(path[0], params, seed)


def cache_key(job: LandscapeJob) -> tuple:
    """The state (parameters and mini-batch, by digest), the view and the grid (size, range) of ``job``."""
    digest = hashlib.sha256()
    for array in (*job.params, job.x, job.t):
        digest.update(np.ascontiguousarray(array).tobytes())
    return (job.iteration, job.start, digest.hexdigest(), job.view, job.coordinates, job.seed, job.n, job.zoom)


def compute(job: LandscapeJob, progress: Callable[[float], None] | None = None) -> tuple[Landscape, Plane | None]:
    """Replay the path (the first half of ``progress``), then the surface (the second half)."""
    trainer = job.trainer
    trainer.restore(job.state)
    path = []
    with np.errstate(all="ignore"):
        while trainer.iteration < job.iteration - 1:
            if trainer.iteration >= job.start:
                path.append(list(trainer.network.parameters()))
            trainer.step()
            if progress is not None:
                progress(0.5 * trainer.iteration / max(1, job.iteration - 1))
    path.append(job.params)
    args = (trainer.network, trainer.loss, trainer.regularizer, job.x, job.t, job.params)
    rate = trainer.optimizer.learning_rate
    half = None if progress is None else (lambda f: progress(0.5 + 0.5 * f))
    if job.view == "parameters":
        return landscape(
            *args, job.coordinates, learning_rate=rate, n=job.n, zoom=job.zoom, path=path, progress=half
        ), None
    plane = make_plane(job.view, job.params, path, job.seed)
    return plane_landscape(
        *args, plane, learning_rate=rate, n=job.n, zoom=job.zoom, path=path, progress=half
    ), plane


def job_at(stepper, view: str, coordinates=None, seed: int = 0, n: int = 41, zoom: float = 1.0) -> LandscapeJob:
    """The job for ``stepper``'s current iteration (its trace): the path over the last
    :data:`MAX_PATH` iterations, from the session's nearest rewind snapshot."""
    import copy

    trace = stepper.trace
    start = max(0, trace.iteration - MAX_PATH, stepper.snapshots.oldest)
    _, state = stepper.snapshots.nearest(start)
    params = [p for layer in trace.layers if layer.W_before is not None for p in (layer.W_before, layer.b_before)]
    trainer = copy.deepcopy(stepper.trainer)  # the replay moves it: never the session's
    return LandscapeJob(
        trainer, state, start, trace.iteration, params, trace.x, trace.t, view, coordinates, seed, n, zoom
    )


class LandscapeWorker:
    """One worker process at a time, started when the first job comes."""

    def __init__(self):
        self._process: subprocess.Popen | None = None
        self._conn: Connection | None = None
        self._thread_job: dict | None = None
        self.busy = False
        self.progress = 0.0
        self.in_process = True
        """Whether the last job went to a worker process (else it ran in a thread here)."""

    def submit(self, job: LandscapeJob) -> None:
        """Start computing ``job`` (cancel the one going on first)."""
        self.cancel()
        self.progress, self.busy = 0.0, True
        try:
            if self._conn is None:
                self._start()
            self._conn.send_bytes(replica_pickle.dumps(("job", job)))
            self.in_process = True
        except OSError:
            self._stop()
            self.in_process = False
            self._run_in_thread(job)

    def poll(self) -> tuple | None:
        """``("done", landscape, plane)`` or ``("error", message)`` once the job ends; else
        ``None`` (and :attr:`progress` moves on). Never blocks."""
        if not self.busy:
            return None
        if self._thread_job is not None:
            job, self.progress = self._thread_job, self._thread_job["progress"]
            if job["result"] is None:
                return None
            self._thread_job, self.busy = None, False
            return job["result"]
        while self._conn is not None and wait([self._conn], 0):
            try:
                message = self._conn.recv()
            except (EOFError, OSError):
                self._stop()
                self.busy = False
                return ("error", "the landscape worker ended unexpectedly")
            if message[0] == "progress":
                self.progress = message[1]
                continue
            self.busy = False
            return message
        return None

    def cancel(self) -> None:
        """Stop the job going on now: the worker is killed (a thread's result is dropped)."""
        if self.busy and self._thread_job is None:
            self._stop()
        self._thread_job, self.busy = None, False

    def close(self) -> None:
        if self._conn is not None:
            try:
                self._conn.send(("quit",))
            except OSError:
                pass
        self._stop(wait=1.0)

    def _start(self) -> None:
        from nnviz.session.training_process import worker_command

        ours, theirs = socket.socketpair()
        try:
            command = worker_command(theirs.fileno(), "nnviz.session.landscape_job")
            self._process = subprocess.Popen(command, pass_fds=(theirs.fileno(),), stdin=subprocess.DEVNULL)
        except OSError:
            ours.close()
            raise
        finally:
            theirs.close()
        self._conn = Connection(ours.detach())

    def _stop(self, wait: float = 0.0) -> None:
        process, conn = self._process, self._conn
        self._process = self._conn = None
        if conn is not None:
            conn.close()
        if process is not None:
            if wait:
                try:
                    process.wait(wait)
                except subprocess.TimeoutExpired:
                    pass
            if process.poll() is None:
                process.kill()
            threading.Thread(target=process.wait, name="nnviz landscape reaper", daemon=True).start()

    def _run_in_thread(self, job: LandscapeJob) -> None:
        box = {"result": None, "progress": 0.0}

        def report(fraction: float) -> None:
            box["progress"] = fraction

        def work() -> None:
            try:
                box["result"] = ("done", *compute(job, report))
            except Exception as error:  # said in the window; the session is untouched
                box["result"] = ("error", str(error))

        self._thread_job = box
        threading.Thread(target=work, name="nnviz landscape", daemon=True).start()


def serve_fd(fd: int) -> None:
    """A worker: compute each job it is sent until told to quit or the window goes away."""
    for conn, job in jobs(fd):
        last = [0.0]

        def report(fraction: float, last=last, conn=conn) -> None:
            now = time.monotonic()
            if now - last[0] >= PROGRESS_S:
                last[0] = now
                conn.send(("progress", fraction))

        try:
            result = ("done", *compute(job, report))
        except Exception as error:
            result = ("error", str(error))
        try:
            conn.send(result)
        except OSError:
            return
