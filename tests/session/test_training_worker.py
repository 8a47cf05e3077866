"""The worker's replies: small ones written at once, large ones by the writer thread, always in order."""

import os
import pickle
import socket
import threading
from multiprocessing.connection import Connection

from nnviz.session import training_worker as tw


def connected_worker(direct_bytes: int | None = None):
    ours, theirs = socket.socketpair()
    window, worker_end = Connection(ours.detach()), Connection(theirs.detach())
    worker = tw.Worker(worker_end)
    if direct_bytes is not None:
        worker.direct_bytes = direct_bytes
    return window, worker


def test_replies_arrive_in_order_whichever_way_they_are_written():
    window, worker = connected_worker(direct_bytes=1000)
    sizes = [10, 50_000, 20, 300_000, 5, 900, 2_000_000, 1]
    received = []
    reader = threading.Thread(target=lambda: received.extend(window.recv() for _ in sizes))
    reader.start()
    for k, size in enumerate(sizes):
        worker._post(("progress", k, b"x" * size, False))
    reader.join(20)
    assert [(m[1], len(m[2])) for m in received] == list(enumerate(sizes))


def test_a_small_reply_is_written_without_the_thread_and_a_large_one_by_it(monkeypatch):
    window, worker = connected_worker(direct_bytes=1000)
    queued = []
    monkeypatch.setattr(worker.outbox, "put", queued.append)
    worker._post(("progress", 1, b"x" * 10, False))
    assert not queued and window.poll(5) and window.recv()[1] == 1
    worker._post(("progress", 2, b"x" * 5000, False))
    assert len(queued) == 1 and pickle.loads(queued[0])[1] == 2
    assert not window.poll(0.05)


def test_the_direct_limit_is_at_most_half_the_socket_buffer():
    ours, theirs = socket.socketpair()
    buffer = theirs.getsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF)
    limit = tw.direct_limit(Connection(theirs.detach()))
    assert 0 < limit <= min(tw.DIRECT_BYTES, buffer // 2)
    ours.close()


def test_a_connection_that_is_no_socket_gets_every_reply_through_the_thread():
    read, write = os.pipe()
    try:
        assert tw.direct_limit(Connection(write, readable=False)) == 0
    finally:
        os.close(read)
