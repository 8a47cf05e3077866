"""Training a comparison's runs in worker processes, as many at once as there are cores.

Like the live run (:mod:`nnviz.session.training_process`), each worker is a fresh, isolated
interpreter (:func:`~nnviz.session.training_process.worker_command`) talking over a socket
pair with pickled messages:

- pool → worker: ``("job", job)`` trains a :class:`~nnviz.session.compare.train_run.Job`;
  ``("quit",)``.
- worker → pool: ``("epoch", run, epoch)`` at most every :data:`PROGRESS_S`;
  ``("done", run, result)``; ``("error", run, traceback)``.

The pool never blocks: :meth:`Pool.poll` reads what has arrived, hands the next job to an idle
worker and returns, so a window can call it from a timer; :meth:`Pool.run` loops over it for
the command line. :meth:`Pool.cancel` kills the workers it started (each by its own process)
and returns within about a second.
"""

from __future__ import annotations

import os
import pickle
import socket
import subprocess
import threading
import time
import traceback
from collections.abc import Callable
from multiprocessing.connection import Connection, wait

from nnviz.session.compare.train_run import Job, RunResult, train
from nnviz.session.training_process import worker_command
from nnviz.session.worker_jobs import jobs

PROGRESS_S = 0.1
"""A worker reports its epoch at most this often."""


class ComparisonError(RuntimeError):
    """A run failed in its worker, or a worker could not start or died; the message says which."""


def default_workers() -> int:
    """As many workers as the machine has cores (the cores this process may use)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


class Pool:
    """The workers of one comparison; ``jobs`` are trained in order, ``workers`` at a time."""

    def __init__(self, jobs: list[Job], workers: int | None = None):
        self.jobs = list(jobs)
        self.workers = max(1, min(workers or default_workers(), len(self.jobs) or 1))
        self.results: dict[int, RunResult] = {}
        self.epochs_done: dict[int, int] = {}
        self.cancelled = False
        self._queue = list(self.jobs)
        self._procs: list[tuple[subprocess.Popen, Connection]] = []
        self._busy: dict[Connection, Job | None] = {}

    @property
    def total_epochs(self) -> int:
        return sum(job.epochs for job in self.jobs)

    @property
    def progress(self) -> float:
        """Epochs trained over epochs asked, 0–1."""
        return sum(self.epochs_done.values()) / self.total_epochs if self.total_epochs else 1.0

    @property
    def done(self) -> bool:
        return len(self.results) == len(self.jobs)

    def start(self) -> None:
        """Start the workers and give each its first job; raises :class:`ComparisonError`."""
        for _ in range(self.workers):
            ours, theirs = socket.socketpair()
            try:
                command = worker_command(theirs.fileno(), "nnviz.session.compare.pool")
                process = subprocess.Popen(command, pass_fds=(theirs.fileno(),), stdin=subprocess.DEVNULL)
            except OSError as error:
                ours.close()
                self.cancel()
                raise ComparisonError(f"cannot start a comparison worker: {error}") from None
            finally:
                theirs.close()
            conn = Connection(ours.detach())
            self._procs.append((process, conn))
            self._busy[conn] = None
            self._feed(conn)

    def poll(self, wait_s: float = 0.0) -> bool:
        """Read what the workers sent (waiting up to ``wait_s`` for something), give idle workers
        the next jobs; whether every run is done. Raises :class:`ComparisonError` (after
        stopping every worker) when a run failed or a worker died."""
        if self.done or self.cancelled:
            return self.done
        ready = wait([c for c, job in self._busy.items() if job is not None], wait_s)
        for conn in ready:
            try:
                message = conn.recv()
            except (EOFError, OSError):
                job = self._busy[conn]
                self.cancel()
                raise ComparisonError(f"the worker training run {job.run.index + 1} ended unexpectedly") from None
            kind, index = message[0], message[1]
            if kind == "epoch":
                self.epochs_done[index] = message[2]
            elif kind == "done":
                self.results[index] = message[2]
                self.epochs_done[index] = self._busy[conn].epochs
                self._busy[conn] = None
                self._feed(conn)
            else:
                self.cancel()
                raise ComparisonError(f"run {index + 1} failed in its worker:\n{message[2]}")
        if self.done:
            self.close(wait=False)  # a window polling must not wait for the interpreters to end
        return self.done

    def run(self, on_progress: Callable[[float], None] | None = None) -> list[RunResult]:
        """Start, poll until every run is done, stop the workers; the results in job order."""
        try:
            self.start()
            while not self.poll(0.1):
                if on_progress is not None:
                    on_progress(self.progress)
        finally:
            self.close()
        return [self.results[job.run.index] for job in self.jobs]

    def cancel(self) -> None:
        """Stop every worker now (killed, not asked): what finished stays in :attr:`results`."""
        self.cancelled = True
        for process, conn in self._procs:
            if process.poll() is None:
                process.kill()
            conn.close()
        for process, _ in self._procs:
            try:
                process.wait(1.0)
            except subprocess.TimeoutExpired:
                pass
        self._procs.clear()
        self._busy.clear()

    def close(self, wait: bool = True) -> None:
        """Let the workers quit (after the last run); with ``wait``, wait up to a second for them
        and stop any that has not ended; without, a thread per worker waits for it to end."""
        for _, conn in self._procs:
            try:
                conn.send(("quit",))
            except OSError:
                pass
        deadline = time.monotonic() + 1.0
        for process, conn in self._procs:
            conn.close()
            if not wait:
                threading.Thread(target=_reap, args=(process,), name="nnviz worker reaper", daemon=True).start()
                continue
            try:
                process.wait(max(0.0, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        self._procs.clear()
        self._busy.clear()

    def _feed(self, conn: Connection) -> None:
        if not self._queue:
            return
        job = self._queue.pop(0)
        self._busy[conn] = job
        conn.send_bytes(pickle.dumps(("job", job), protocol=pickle.HIGHEST_PROTOCOL))


def _reap(process: subprocess.Popen) -> None:
    """Wait for a worker told to quit, and stop it if it has not ended within a few seconds."""
    try:
        process.wait(5.0)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


# -- the worker ---------------------------------------------------------------------------------


def serve_fd(fd: int) -> None:
    """A worker: train each job it is sent until told to quit or the pool goes away."""
    for conn, job in jobs(fd):
        index = job.run.index
        last = [time.monotonic()]

        def progress(epoch: int, index=index, last=last, conn=conn) -> None:
            now = time.monotonic()
            if now - last[0] >= PROGRESS_S:
                last[0] = now
                conn.send(("epoch", index, epoch))

        try:
            result = train(job, progress)
        except Exception:
            conn.send(("error", index, traceback.format_exc()))
            continue
        conn.send(("done", index, result))
