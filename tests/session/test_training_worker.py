"""The worker's replies: small ones written at once, large ones by the writer thread, always in order, and
the training loop never waits for a window that is not reading."""

import os
import pickle
import socket
import threading
import time
from multiprocessing.connection import Connection

import pytest

from nnviz.session import training_worker as tw


class StandInWorkspace:
    """Trains by taking a little time; every reply carries ``size`` bytes (``weight``: what makes it large
    to send)."""

    def __init__(self, size: int, weight: bytes = b""):
        self.size, self.weight = size, weight
        self.stepper = StandInStepper()
        self.test_rise_epochs = None

    def take_progress(self, stop=None, *, snapshots=True) -> bytes:
        return b"x" * self.size

    def run(self, iterations: int):
        time.sleep(1e-4)


class StandInStepper:
    breakpoints = None


@pytest.fixture
def pair():
    """``(window, make_worker)``: the window's end of a socket pair and a maker of the worker on the
    other end; the worker's writer thread is stopped and both ends closed afterwards."""
    ours, theirs = socket.socketpair()
    window, worker_end = Connection(ours.detach()), Connection(theirs.detach())
    workers = []

    def make_worker():
        workers.append(tw.Worker(worker_end))
        return workers[-1]

    yield window, make_worker
    for worker in workers:
        worker.outbox.put(None)
    window.close()  # a writer thread still writing gets an error and ends
    worker_end.close()


def send(conn: Connection, message: tuple) -> None:
    conn.send_bytes(pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL))


def test_replies_arrive_in_order_whichever_way_they_are_written(pair):
    window, make_worker = pair
    worker = make_worker()
    sizes = [10, 50_000, 20, 300_000, 5, 900, 2_000_000, 1, 120_000, 3]
    received = []
    reader = threading.Thread(target=lambda: received.extend(window.recv() for _ in sizes))
    reader.start()
    for k, size in enumerate(sizes):
        worker._post(("progress", k, b"x" * size, False))
    reader.join(20)
    assert [(m[1], len(m[2])) for m in received] == list(enumerate(sizes))


def test_a_small_reply_is_written_without_the_thread_and_a_large_one_by_it(pair, monkeypatch):
    window, make_worker = pair
    worker = make_worker()
    queued = []
    monkeypatch.setattr(worker.outbox, "put", queued.append)
    worker._post(("progress", 1, b"x" * 10, False))
    assert not queued and window.poll(5) and window.recv()[1] == 1
    worker._post(("progress", 2, b"x" * (tw.DIRECT_BYTES + 1), False))
    assert len(queued) == 1 and pickle.loads(queued[0][1])[1] == 2
    assert not window.poll(0.05)


def test_a_reply_the_socket_cannot_take_does_not_wait_for_the_window(pair):
    window, make_worker = pair
    worker = make_worker()
    posted = []

    def post_until_full() -> None:
        # Until the socket is full and the thread has the rest (a loop that waits never gets there).
        while worker.outbox.unfinished_tasks == 0 and len(posted) < 100:
            worker._post(("progress", len(posted), b"x" * 50_000, False))
            posted.append(len(posted))
        worker._post(("progress", len(posted), b"x" * 10, False))
        posted.append(len(posted))

    poster = threading.Thread(target=post_until_full)
    poster.start()
    poster.join(5)
    waited = poster.is_alive()
    received = [window.recv()[1] for _ in range(len(posted))] if not waited else []
    while poster.is_alive():  # unblock a loop that waited so the test can end
        window.poll(0.1) and window.recv_bytes()
    assert not waited and received == posted


def test_runs_for_other_workspaces_start_while_the_last_ones_replies_are_unread(pair):
    # As LiveRun.begin does: start a run and ask for its progress; twice more, each time for another
    # workspace (halt, then its replica), without reading a reply. The worker must take the last, large
    # replica although its own unread replies fill the socket: a loop waiting to write one would wait for
    # a window that is itself waiting to send.
    window, make_worker = pair
    worker = make_worker()
    serving = threading.Thread(target=worker.serve, daemon=True)
    serving.start()
    with socket.socket(fileno=os.dup(window.fileno())) as sock:
        buffer = sock.getsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF)
    size = int(0.7 * min(tw.DIRECT_BYTES, buffer // 2))  # each reply fits the socket alone; three do not

    def begin(run: int, replica) -> None:
        if run > 1:
            send(window, ("halt", run - 1))
        send(window, ("start", run, replica, "en"))
        send(window, ("progress", run, None, None))

    def begin_three() -> None:
        begin(1, StandInWorkspace(size))
        begin(2, StandInWorkspace(size))
        begin(3, StandInWorkspace(size, b"r" * 4_000_000))

    sender = threading.Thread(target=begin_three)
    sender.start()
    sender.join(10)
    blocked = sender.is_alive()
    while sender.is_alive():  # unblock a deadlocked pair so the test can end
        window.poll(0.1) and window.recv_bytes()
    send(window, ("quit",))
    serving.join(10)
    assert not blocked and worker.run == 3


def test_a_connection_that_is_no_socket_gets_every_reply_through_the_thread():
    read, write = os.pipe()
    try:
        assert tw.socket_of(Connection(write, readable=False)) is None
    finally:
        os.close(read)
